package main

import (
	"path/filepath"
	"reflect"
	"testing"

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
