package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// pcm16 quantizes p as a WAV file does.
func pcm16(p []float32) []int16 {
	out := make([]int16, len(p))
	for i, x := range p {
		out[i] = audio.ToInt16(x)
	}
	return out
}

// sameAudio fails t unless the WAV file at path holds exactly the render of req, at its rate.
func sameAudio(t *testing.T, path string, req synth.Request) {
	t.Helper()
	want, sum := testkit.Render(t, testkit.Engine(t), req)
	got, rate := testkit.ReadWAV(t, path)
	if rate != sum.SampleRate || !reflect.DeepEqual(pcm16(got), pcm16(want.Samples)) {
		t.Errorf("%s: %d samples at %d Hz; want the render of %+v: %d at %d Hz", filepath.Base(path), len(got), rate, req, len(want.Samples), sum.SampleRate)
	}
}

// TestSayWritesWAV: say -o writes the WAV of exactly the request its text and flags describe,
// with flags before or after the text, and the text from the arguments or standard input.
func TestSayWritesWAV(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "hello.wav")
	// Flags after the text.
	r := runCmd(t, "", nil, "say", "Hello", "there.", "-o", out, "--voice", "ava", "--rate", "1.2", "--sample-rate", "16000")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
	sameAudio(t, out, synth.Request{Parts: []synth.Part{{Voice: "ava", Text: "Hello there."}}, Rate: 1.2, SampleRate: 16000})

	// Text from stdin, explicitly with "-" and implicitly from a pipe.
	for _, args := range [][]string{{"say", "-o", filepath.Join(dir, "a.wav"), "-"}, {"say", "-o", filepath.Join(dir, "b.wav")}} {
		if r := runCmd(t, "Read from standard input.", nil, args...); r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		sameAudio(t, args[2], synth.Request{Parts: []synth.Part{{Text: "Read from standard input."}}})
	}
}

// TestSayPlaysWithoutOutputFile: without -o, say hands the player the request its flags describe
// and the player receives the audio.
func TestSayPlaysWithoutOutputFile(t *testing.T) {
	p := &fakePlayer{}
	r := runCmd(t, "", p, "say", "--style", "calm", "--pitch", "2", "--gain", "-3", "Play", "me.")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := synth.Request{Parts: []synth.Part{{Style: "calm", Text: "Play me."}}, PitchSemitones: 2, GainDB: -3}
	if !reflect.DeepEqual(p.reqs, []synth.Request{want}) {
		t.Errorf("player got %+v, want %+v", p.reqs, want)
	}
	rec, _ := testkit.Render(t, testkit.Engine(t), want)
	if !reflect.DeepEqual(p.got.Samples, rec.Samples) {
		t.Errorf("the player received %d samples, the request renders %d", len(p.got.Samples), len(rec.Samples))
	}
}

// wavOf decodes a WAV stream (sizes patched in or left "unknown" by a streaming writer).
func wavOf(t *testing.T, b []byte) ([]float32, int) {
	t.Helper()
	s, rate, err := audio.ReadWAV(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%d bytes: %v", len(b), err)
	}
	return s, rate
}

// sameAudioBytes fails t unless the WAV stream b holds exactly the render of req.
func sameAudioBytes(t *testing.T, what string, b []byte, req synth.Request) {
	t.Helper()
	want, sum := testkit.Render(t, testkit.Engine(t), req)
	got, rate := wavOf(t, b)
	if rate != sum.SampleRate || !reflect.DeepEqual(pcm16(got), pcm16(want.Samples)) {
		t.Errorf("%s: %d samples at %d Hz; want the render of %+v: %d at %d Hz", what, len(got), rate, req, len(want.Samples), sum.SampleRate)
	}
}

// runFiles runs one command line in-process with real files as its standard streams.
func runFiles(t *testing.T, stdin, stdout *os.File, p Player, args ...string) (int, string) {
	t.Helper()
	var errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var in io.Reader = strings.NewReader("")
	if stdin != nil {
		in = stdin
	}
	code := run(ctx, args, in, stdout, &errb, p)
	return code, errb.String()
}

var hello = synth.Request{Parts: []synth.Part{{Text: "Read this to the stream."}}}

// TestSayToStandardOutput: "-o -" writes the WAV to stdout; without -o, say writes it there when
// stdout is redirected to a file or a pipe (and does not play), and plays otherwise.
func TestSayToStandardOutput(t *testing.T) {
	text := hello.Parts[0].Text
	// -o - into a writer that cannot seek.
	r := runCmd(t, "", nil, "say", "-o", "-", text)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("-o -: exit %d: %q", r.code, r.stderr)
	}
	sameAudioBytes(t, "-o - to a buffer", []byte(r.stdout), hello)

	// Redirected to a regular file: the header holds the real sizes.
	f, err := os.Create(filepath.Join(t.TempDir(), "redirected.wav"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := &fakePlayer{}
	if code, stderr := runFiles(t, nil, f, p, "say", text); code != 0 {
		t.Fatalf("say > file: exit %d: %s", code, stderr)
	}
	if len(p.reqs) != 0 {
		t.Errorf("say > file played %d times", len(p.reqs))
	}
	b := testkit.ReadFile(t, f.Name())
	sameAudio(t, f.Name(), hello)
	if riff := binary.LittleEndian.Uint32(b[4:8]); len(b) < 44 || int(riff) != len(b)-8 {
		t.Errorf("RIFF size %d in a file of %d bytes", riff, len(b))
	}

	// Appended to (">>"): the stream follows what was there, its header stating an unknown
	// length, since a header cannot be completed in place in a file opened for appending.
	const before = "what was there\n"
	appended := filepath.Join(t.TempDir(), "appended.wav")
	writeFile(t, appended, before)
	af, err := os.OpenFile(appended, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer af.Close()
	if code, stderr := runFiles(t, nil, af, p, "say", text); code != 0 {
		t.Fatalf("say >> file: exit %d: %s", code, stderr)
	}
	b = testkit.ReadFile(t, appended)
	if !strings.HasPrefix(string(b), before+"RIFF\xff\xff\xff\xff") {
		t.Fatalf("say >> file: %.40q", b)
	}
	sameAudioBytes(t, "say >> file", b[len(before):], hello)

	// Redirected to a pipe: streamed.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	got := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(pr) // the test fails below on what it read
		got <- b
	}()
	code, stderr := runFiles(t, nil, pw, p, "say", text)
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	if code != 0 || len(p.reqs) != 0 {
		t.Fatalf("say | reader: exit %d, %d plays: %s", code, len(p.reqs), stderr)
	}
	sameAudioBytes(t, "say | reader", <-got, hello)
}

// TestSayToStandardOutputOfAProcess runs chorus as a process: with its stdout a pipe (as
// "chorus say hi | aplay") or a file (as "chorus say hi > hi.wav"), say writes the WAV there.
func TestSayToStandardOutputOfAProcess(t *testing.T) {
	text := hello.Parts[0].Text
	for _, args := range [][]string{{"say", text}, {"say", "-o", "-", text}} {
		cmd := chorusCmd(t, "no-device.conf", args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%q | reader: %v: %s", args, err, stderr.String())
		}
		sameAudioBytes(t, fmt.Sprintf("%q | reader", args), out, hello)
	}
	path := filepath.Join(t.TempDir(), "hi.wav")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	cmd := chorusCmd(t, "no-device.conf", "say", text)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = f, &stderr
	err = cmd.Run()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("say > hi.wav: %v: %s", err, stderr.String())
	}
	sameAudio(t, path, hello)
}

// TestSayMarkup: --markup reads inline tags as the engine does with Part.Markup; without it the
// same text is read literally.
func TestSayMarkup(t *testing.T) {
	dir := t.TempDir()
	src := `Say <say-as interpret-as="characters">TTS</say-as>, <break time="300ms"/> <emphasis>now</emphasis>.`
	a, b := filepath.Join(dir, "a.wav"), filepath.Join(dir, "b.wav")
	if r := runCmd(t, "", nil, "say", "--markup", "-o", a, src); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sameAudio(t, a, synth.Request{Parts: []synth.Part{{Text: src, Markup: true}}})
	if r := runCmd(t, src, nil, "say", "-o", b); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sameAudio(t, b, synth.Request{Parts: []synth.Part{{Text: src}}})

	r := runCmd(t, "", nil, "text", "--markup", `Say <say-as interpret-as="characters">TTS</say-as> on the <sub alias="World Wide Web">WWW</sub>.`)
	if r.code != 0 || r.stdout != "say t t s on the world wide web\n" {
		t.Errorf("text --markup: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "text", "--markup", "--phonemes", `A <phoneme alphabet="ipa" ph="ˈtʃɔːrəs">chorus</phoneme>.`)
	if r.code != 0 || r.stdout != "AH0 CH AO1 R AH0 S\n" {
		t.Errorf("text --markup --phonemes: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
}

// TestUnspeakableIsNamed: characters the voice cannot speak are named on stderr; the rest is
// spoken (exit 0). With markup, the tags are not text and a <sub> alias is what is checked.
func TestUnspeakableIsNamed(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.wav")
	for _, tc := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"say", "-o", out, "Tokyo is 東京 🜁."}, []string{"3 characters", "U+6771", "U+4EAC", "Han", "U+1F701"}, nil},
		{[]string{"text", "Tokyo is 東京 🜁."}, []string{"U+6771", "U+1F701"}, nil},
		{[]string{"say", "--markup", "-o", out, `Go <break time="1s"/> to <sub alias="Kyōto 京">K</sub>.`}, []string{"1 character", "U+4EAC"}, []string{"U+003C", "'<'"}},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != 0 {
			t.Errorf("%q: exit %d: %s", tc.args, r.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%q: stderr %q does not name %q", tc.args, r.stderr, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(r.stderr, w) {
				t.Errorf("%q: stderr %q names %q", tc.args, r.stderr, w)
			}
		}
	}
	if r := runCmd(t, "", nil, "say", "-o", out, "Plain English, 5 km/h, $3 & 50%."); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Errorf("plain text: exit %d, %q", r.code, r.stderr)
	}
}
