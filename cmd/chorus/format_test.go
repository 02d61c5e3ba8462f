package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// encodeFile is what package encode makes of the render of req in format f, written to a file
// (as -o writes through a temporary file, which can seek).
func encodeFile(t *testing.T, req synth.Request, f encode.Format) []byte {
	t.Helper()
	rec, sum := testkit.Render(t, testkit.Engine(t), req)
	p := filepath.Join(t.TempDir(), "want."+f.Extension())
	fh, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	e, err := encode.New(fh, f, sum.SampleRate, encode.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Write(rec.Samples); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	return testkit.ReadFile(t, p)
}

// TestSayFormats: say -o picks the format from the file's extension, or from --format, and
// writes what package encode makes of the render.
func TestSayFormats(t *testing.T) {
	dir := t.TempDir()
	const text = "Every format, one engine."
	req := synth.Request{Parts: []synth.Part{{Text: text}}}
	for _, tc := range []struct {
		args []string
		file string
		f    encode.Format
	}{
		{nil, "a.flac", encode.FLAC},
		{nil, "a.MP3", encode.MP3},
		{nil, "a.ulaw", encode.MuLaw},
		{nil, "a.raw", encode.PCM},
		{[]string{"--format", "flac"}, "noext", encode.FLAC},
		{[]string{"--format", "mp3"}, "b.mp3", encode.MP3},
	} {
		out := filepath.Join(dir, tc.file)
		args := append([]string{"say", text, "-o", out}, tc.args...)
		if r := runCmd(t, "", nil, args...); r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		if got, want := testkit.ReadFile(t, out), encodeFile(t, req, tc.f); !bytes.Equal(got, want) {
			t.Errorf("%q: %d bytes, not the %d bytes of the render as %s", args, len(got), len(want), tc.f)
		}
	}
	// Ogg Opus: not byte-comparable (a random stream serial number), so its header is checked.
	out := filepath.Join(dir, "a.opus")
	if r := runCmd(t, "", nil, "say", text, "-o", out); r.code != 0 {
		t.Fatalf("opus: exit %d: %s", r.code, r.stderr)
	}
	if b := testkit.ReadFile(t, out); !bytes.HasPrefix(b, []byte("OggS")) || !bytes.Contains(b[:100], []byte("OpusHead")) {
		t.Errorf("a.opus does not start with an Ogg page holding OpusHead")
	}
	// Standard output: WAV unless --format says otherwise.
	r := runCmd(t, "", nil, "say", text, "-o", "-", "--format", "flac")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "fLaC") {
		t.Errorf("-o - --format flac: exit %d, stdout starts %.4q: %s", r.code, r.stdout, r.stderr)
	}
}

// TestFormatErrors: an extension that names no format, an unknown --format, or a --format that
// contradicts -o is a usage error naming the choices, and nothing is written.
func TestFormatErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"say", "hi", "-o", filepath.Join(dir, "a.aac")}, []string{`".aac"`, ".wav", ".flac", ".opus", ".mp3"}},
		{[]string{"say", "hi", "-o", filepath.Join(dir, "a.wav"), "--format", "wma"}, []string{`"wma"`, encode.Choices()}},
		{[]string{"say", "hi", "-o", filepath.Join(dir, "a.wav"), "--format", "mp3"}, []string{"--format mp3", "names wav"}},
		{[]string{"render", "ep.txt", "-o", filepath.Join(dir, "ep.m4a")}, []string{`".m4a"`, ".mp3"}},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != 2 {
			t.Errorf("%q: exit %d, want 2 (stderr %q)", tc.args, r.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stderr, w) {
				t.Errorf("%q: stderr %q does not say %q", tc.args, r.stderr, w)
			}
		}
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 0 {
		t.Errorf("files written despite the errors: %v (%v)", entries, err)
	}
}

// TestRenderFormat: render -o ep.flac writes the episode as FLAC, holding as many samples as the
// WAV episode of the same script.
func TestRenderFormat(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "ep.txt")
	writeFile(t, script, "A: Hello there.\nB: And hello to you, in FLAC.\n")
	for _, f := range []string{"ep.wav", "ep.flac"} {
		if r := runCmd(t, "", nil, "render", script, "-o", filepath.Join(dir, f)); r.code != 0 {
			t.Fatalf("%s: exit %d: %s", f, r.code, r.stderr)
		}
	}
	wav, _ := testkit.ReadWAV(t, filepath.Join(dir, "ep.wav"))
	fl := testkit.ReadFile(t, filepath.Join(dir, "ep.flac"))
	if len(fl) < 42 || string(fl[:4]) != "fLaC" {
		t.Fatalf("ep.flac is not a FLAC file")
	}
	si := fl[8:] // STREAMINFO's body: 36-bit sample count from the low 4 bits of its byte 13
	n := uint64(si[13]&0x0F)<<32 | uint64(binary.BigEndian.Uint32(si[14:18]))
	if n != uint64(len(wav)) {
		t.Errorf("ep.flac holds %d samples, ep.wav %d", n, len(wav))
	}
}
