package main

import (
	"bytes"
	"context"
	"math"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/voices"
)

// fakePlayer records what it was asked to play, running the synthesis into a buffer.
type fakePlayer struct {
	reqs    []synth.Request
	samples int
}

func (p *fakePlayer) Play(ctx context.Context, s client.Synthesizer, req synth.Request) (synth.Summary, error) {
	p.reqs = append(p.reqs, req)
	var b collect
	sum, err := s.Synthesize(ctx, req, &b)
	p.samples += len(b.buf.Samples)
	return sum, err
}

type collect struct{ buf audio.Buffer }

func (c *collect) Audio(p []float32) error       { return c.buf.Write(p) }
func (c *collect) Word(w synth.WordTiming) error { return nil }

// cmd runs one command line in-process.
type cmdResult struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, stdin string, p Player, args ...string) cmdResult {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := run(ctx, args, strings.NewReader(stdin), &out, &errb, p)
	return cmdResult{code, out.String(), errb.String()}
}

func readWAV(t *testing.T, path string) ([]float32, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, rate, err := audio.ReadWAV(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s, rate
}

func TestSayWritesWAV(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "hello.wav")
	// Flags after the text.
	r := runCmd(t, "", nil, "say", "Hello", "there.", "-o", out, "--voice", "ava", "--rate", "1.2", "--sample-rate", "16000")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	s, rate := readWAV(t, out)
	if rate != 16000 || len(s) < 16000/4 {
		t.Errorf("%d samples at %d Hz", len(s), rate)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}

	// Text from stdin, explicitly with "-" and implicitly from a pipe.
	for _, args := range [][]string{{"say", "-o", filepath.Join(dir, "a.wav"), "-"}, {"say", "-o", filepath.Join(dir, "b.wav")}} {
		if r := runCmd(t, "Read from standard input.", nil, args...); r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
	}
	a, _ := readWAV(t, filepath.Join(dir, "a.wav"))
	b, _ := readWAV(t, filepath.Join(dir, "b.wav"))
	if len(a) == 0 || len(a) != len(b) {
		t.Errorf("stdin renders: %d and %d samples", len(a), len(b))
	}
}

func TestSayPlaysWithoutOutputFile(t *testing.T) {
	p := &fakePlayer{}
	r := runCmd(t, "", p, "say", "--style", "calm", "--pitch", "2", "--gain", "-3", "Play", "me.")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if len(p.reqs) != 1 || p.samples == 0 {
		t.Fatalf("player got %d requests, %d samples", len(p.reqs), p.samples)
	}
	req := p.reqs[0]
	if req.Parts[0].Text != "Play me." || req.Parts[0].Style != "calm" || req.PitchSemitones != 2 || req.GainDB != -3 {
		t.Errorf("request %+v", req)
	}
}

func TestErrorsExitNonZeroWithOneLine(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.wav")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"say", "--rate", "9", "-o", out, "hi"}, 1, "--rate: 9 is out of range"},
		{[]string{"say", "--voice", "nobody", "-o", out, "hi"}, 1, "available voices: ava"},
		{[]string{"say", "--style", "grumpy", "-o", out, "hi"}, 1, "--style"},
		{[]string{"say", "-o", out, "-"}, 1, "nothing to say"},
		{[]string{"say", "-o", filepath.Join(dir, "missing", "x.wav"), "hi"}, 1, "no such file or directory"},
		{[]string{"render", filepath.Join(dir, "nope.txt"), "-o", out}, 1, "nope.txt"},
		{[]string{"render", "-o", out}, 2, "want one SCRIPT"},
		{[]string{"say", "--bogus", "hi"}, 2, "flag provided but not defined"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"voices", "extra"}, 2, "unexpected argument"},
		{[]string{"say", "--server", "127.0.0.1:1", "--connect-timeout", "3s", "-o", out, "hi"}, 1, "cannot connect"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d mentioning %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
		if tc.code == 1 && (strings.Count(r.stderr, "\n") != 1 || strings.Contains(r.stderr, "Usage") || strings.Contains(r.stderr, "goroutine")) {
			t.Errorf("%q: runtime errors are one line without usage: %q", tc.args, r.stderr)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed command left %s", out)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	if r := runCmd(t, "", nil, "say", "--help"); r.code != 0 || !strings.Contains(r.stderr, "-sample-rate Hz") {
		t.Errorf("--help: exit %d, %q", r.code, r.stderr)
	}
}

func TestVoicesTextAndLicenses(t *testing.T) {
	r := runCmd(t, "", nil, "voices")
	if r.code != 0 || !strings.Contains(r.stdout, "joe *") || !strings.Contains(r.stdout, "cheerful") {
		t.Errorf("voices: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "text", "Hello world. It's 5 o'clock!")
	if r.code != 0 || r.stdout != "hello world\nit's five o'clock\n" {
		t.Errorf("text: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "Hello world.", nil, "text", "--phonemes")
	if r.code != 0 || r.stdout != "HH AH0 L OW1 W ER1 L D\n" {
		t.Errorf("text --phonemes: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	lex := filepath.Join(t.TempDir(), "lex.txt")
	if err := os.WriteFile(lex, []byte("chorus\tK AO1 R AX0 S\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runCmd(t, "", nil, "text", "chorus", "--phonemes", "--lexicon", lex)
	if r.code != 0 || r.stdout != "K AO1 R AH0 S\n" {
		t.Errorf("text --lexicon: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "Hello world.", nil, "text", "--by-word")
	if r.code != 0 || r.stdout != "hello\tHH AH0 L OW1\nworld\tW ER1 L D\n" {
		t.Errorf("text --by-word: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "licenses")
	if r.code != 0 || !strings.Contains(r.stdout, "Pronunciation lexicon") || !strings.Contains(r.stdout, "Diphone") || len(r.stdout) < 500 {
		t.Errorf("licenses: exit %d, %d bytes", r.code, len(r.stdout))
	}
}

const episode = `---
voices: Ann=mia, Ben=sam
---
Ann: Welcome to the show.
Ben: Thanks, Ann.
It is good to be here.
Ann: Bye!
`

// startServer serves the real engine on a loopback port.
func startServer(t *testing.T) string {
	t.Helper()
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := synth.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g, _ := server.NewGRPCServer(server.New(eng, nil, server.Options{}))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _ = g.Serve(lis) }()
	t.Cleanup(func() { g.Stop(); wg.Wait() })
	return lis.Addr().String()
}

func TestRenderLocalAndOverLoopbackAgree(t *testing.T) {
	addr := startServer(t)
	dir := t.TempDir()
	scriptPath := filepath.Join(dir, "ep.txt")
	if err := os.WriteFile(scriptPath, []byte(episode), 0o644); err != nil {
		t.Fatal(err)
	}
	local, remote, piped := filepath.Join(dir, "local.wav"), filepath.Join(dir, "remote.wav"), filepath.Join(dir, "piped.wav")
	if r := runCmd(t, "", nil, "render", scriptPath, "-o", local); r.code != 0 {
		t.Fatalf("local render: exit %d: %s", r.code, r.stderr)
	}
	if r := runCmd(t, "", nil, "render", scriptPath, "--server", addr, "-o", remote); r.code != 0 {
		t.Fatalf("remote render: exit %d: %s", r.code, r.stderr)
	}
	if r := runCmd(t, episode, nil, "render", "-", "-o", piped, "--server", addr); r.code != 0 {
		t.Fatalf("piped render: exit %d: %s", r.code, r.stderr)
	}
	lb, _ := os.ReadFile(local)
	rb, _ := os.ReadFile(remote)
	pb, _ := os.ReadFile(piped)
	if len(lb) < 1000 || !bytes.Equal(lb, rb) || !bytes.Equal(lb, pb) {
		t.Fatalf("renders differ: %d, %d, %d bytes", len(lb), len(rb), len(pb))
	}
	s, rate := readWAV(t, local)
	if secs := float64(len(s)) / float64(rate); secs < 2 || secs > 12 {
		t.Errorf("episode of 11 words lasts %.2f s", secs)
	}
	if rate != 24000 {
		t.Errorf("episode rate %d Hz, want the 24000 Hz episode default", rate)
	}
	lufs, tp, err := audio.MeasureLoudness(s, rate)
	if err != nil || math.Abs(lufs+16) > 0.5 || tp > -1 {
		t.Errorf("episode loudness %.2f LUFS, true peak %.2f dBTP (%v): want -16 LUFS, <= -1 dBTP", lufs, tp, err)
	}

	// The other commands over gRPC give what they give in-process.
	for _, args := range [][]string{{"voices"}, {"text", "Dr. Smith paid $5."}, {"text", "--phonemes", "Read it."}} {
		l := runCmd(t, "", nil, args...)
		r := runCmd(t, "", nil, append(args, "--server", addr)...)
		if l.code != 0 || r.code != 0 || l.stdout != r.stdout {
			t.Errorf("%q: local %d %q, remote %d %q %s", args, l.code, l.stdout, r.code, r.stdout, r.stderr)
		}
	}
	// Errors over gRPC read like local ones.
	r := runCmd(t, "", nil, "say", "--server", addr, "--rate", "9", "-o", filepath.Join(dir, "x.wav"), "hi")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "chorus say: --rate: ") {
		t.Errorf("remote error: exit %d %q", r.code, r.stderr)
	}
	// A bad script names its file and line.
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("no speaker here\n"), 0o644)
	r = runCmd(t, "", nil, "render", bad, "-o", filepath.Join(dir, "x.wav"))
	if r.code != 1 || !strings.Contains(r.stderr, "bad.txt:1") {
		t.Errorf("bad script: exit %d %q", r.code, r.stderr)
	}
}

func TestDemoScriptRenders(t *testing.T) {
	out := filepath.Join(t.TempDir(), "demo.wav")
	if r := runCmd(t, "", nil, "render", filepath.Join("..", "..", "examples", "demo.txt"), "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	s, rate := readWAV(t, out)
	if secs := float64(len(s)) / float64(rate); secs < 10 {
		t.Errorf("demo lasts %.2f s", secs)
	}
}

type panicking struct{}

func (panicking) Play(context.Context, client.Synthesizer, synth.Request) (synth.Summary, error) {
	panic("bug")
}

func TestPanicEndsInOneLine(t *testing.T) {
	r := runCmd(t, "", panicking{}, "say", "hi")
	if r.code != 1 || r.stderr != "chorus: internal error: bug\n" {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
}

func TestCaptions(t *testing.T) {
	dir := t.TempDir()
	scriptPath := filepath.Join(dir, "ep.txt")
	if err := os.WriteFile(scriptPath, []byte(episode), 0o644); err != nil {
		t.Fatal(err)
	}
	vtt := filepath.Join(dir, "ep.vtt")
	r := runCmd(t, "", nil, "render", scriptPath, "-o", filepath.Join(dir, "ep.wav"), "--captions", vtt)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	b, err := os.ReadFile(vtt)
	if err != nil || !strings.HasPrefix(string(b), "WEBVTT") || !strings.Contains(string(b), "<v Ann>Welcome to the show.") || !strings.Contains(string(b), "<v Ben>") {
		t.Errorf("captions %q, %v", b, err)
	}
	// Captions of a played say; a bad extension is a usage error before any work.
	p := &fakePlayer{}
	srt := filepath.Join(dir, "say.srt")
	if r := runCmd(t, "", p, "say", "Hello there.", "--captions", srt); r.code != 0 || !p.reqs[0].WordTimings {
		t.Fatalf("say --captions: exit %d %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(srt); !strings.HasPrefix(string(b), "1\n00:00:00") {
		t.Errorf("srt %q", b)
	}
	if r := runCmd(t, "", p, "say", "hi", "--captions", filepath.Join(dir, "x.txt")); r.code != 2 || len(p.reqs) != 1 {
		t.Errorf("bad caption name: exit %d, %d plays", r.code, len(p.reqs))
	}
}
