package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth/audio"
)

const episode = `---
voices: Ann=mia, Ben=sam
---
Ann: Welcome to the show.
Ben: Thanks, Ann.
It is good to be here.
Ann: Bye!
`

// checkSpeakingRate fails t unless the episode in the WAV file at path speaks the words of the
// script src at the pace of speech. Read speech runs at about 150–190 words a minute, and the
// pauses of a script of short turns slow it down: outside 80–300 words a minute, a good share
// of the words was dropped or repeated, or silence was added. (A single dropped word is not
// seen here; TestCaptions checks each turn.)
func checkSpeakingRate(t *testing.T, path, src string) {
	t.Helper()
	sc, err := script.Parse(strings.NewReader(src), path, script.Options{})
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, turn := range sc.Turns {
		words += len(strings.Fields(turn.Text))
	}
	s, rate := testkit.ReadWAV(t, path)
	minutes := float64(len(s)) / float64(rate) / 60
	if wpm := float64(words) / minutes; wpm < 80 || wpm > 300 {
		t.Errorf("%s: %d words in %.2f s: %.0f words a minute", filepath.Base(path), words, 60*minutes, wpm)
	}
}

func TestRenderLocalAndOverLoopbackAgree(t *testing.T) {
	addr := startServer(t)
	dir := t.TempDir()
	scriptPath := filepath.Join(dir, "ep.txt")
	writeFile(t, scriptPath, episode)
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
	lb, rb, pb := testkit.ReadFile(t, local), testkit.ReadFile(t, remote), testkit.ReadFile(t, piped)
	if len(lb) < 1000 || !bytes.Equal(lb, rb) || !bytes.Equal(lb, pb) {
		t.Fatalf("renders differ: %d, %d, %d bytes", len(lb), len(rb), len(pb))
	}
	checkSpeakingRate(t, local, episode)
	s, rate := testkit.ReadWAV(t, local)
	if rate != episodeRate {
		t.Errorf("episode rate %d Hz, want the %d Hz episode default", rate, episodeRate)
	}
	// -16 LUFS is the podcast target the renderer normalizes to; ±0.5 LU is the tolerance EBU
	// R 128 (2014) allows around its target. -1 dBTP is the renderer's true-peak ceiling.
	lufs, tp, err := audio.MeasureLoudness(s, rate)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(lufs+16) > 0.5 || tp > -1 {
		t.Errorf("episode loudness %.2f LUFS, true peak %.2f dBTP: want -16 LUFS, <= -1 dBTP", lufs, tp)
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
	writeFile(t, bad, "no speaker here\n")
	r = runCmd(t, "", nil, "render", bad, "-o", filepath.Join(dir, "x.wav"))
	if r.code != 1 || !strings.Contains(r.stderr, "bad.txt:1") {
		t.Errorf("bad script: exit %d %q", r.code, r.stderr)
	}
}

func TestDemoScriptRenders(t *testing.T) {
	demo := filepath.Join("..", "..", "examples", "demo.txt")
	out := filepath.Join(t.TempDir(), "demo.wav")
	if r := runCmd(t, "", nil, "render", demo, "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	checkSpeakingRate(t, out, string(testkit.ReadFile(t, demo)))
}

// TestRenderPlaysWhatItWrote: render --play -o writes the episode and then plays it: the player
// receives exactly the samples of the file. --play alone plays the same episode and writes
// nothing.
func TestRenderPlaysWhatItWrote(t *testing.T) {
	dir := t.TempDir()
	scriptPath, out := filepath.Join(dir, "ep.txt"), filepath.Join(dir, "ep.wav")
	writeFile(t, scriptPath, episode)
	p := &fakePlayer{}
	if r := runCmd(t, "", p, "render", scriptPath, "--play", "-o", out); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if len(p.reqs) != 1 {
		t.Fatalf("%d plays, want 1", len(p.reqs))
	}
	s, _ := testkit.ReadWAV(t, out)
	checkSpeakingRate(t, out, episode)
	if len(s) == 0 || !reflect.DeepEqual(pcm16(p.got.Samples), pcm16(s)) {
		t.Errorf("the player received %d samples, the file holds %d", len(p.got.Samples), len(s))
	}

	alone := &fakePlayer{}
	if r := runCmd(t, "", alone, "render", scriptPath, "--play"); r.code != 0 || r.stdout != "" || strings.Contains(r.stderr, "wrote") {
		t.Fatalf("--play alone: exit %d, %d bytes on stdout: %s", r.code, len(r.stdout), r.stderr)
	}
	if !reflect.DeepEqual(pcm16(alone.got.Samples), pcm16(s)) {
		t.Errorf("--play alone played %d samples, the episode has %d", len(alone.got.Samples), len(s))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("--play alone left files: %v", entries)
	}
}

// TestRenderToStandardOutput: "-o -", and standard output redirected without -o, get the
// episode: the same bytes as a file.
func TestRenderToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	scriptPath, out := filepath.Join(dir, "ep.txt"), filepath.Join(dir, "ep.wav")
	writeFile(t, scriptPath, episode)
	if r := runCmd(t, "", nil, "render", scriptPath, "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := testkit.ReadFile(t, out)
	r := runCmd(t, "", nil, "render", scriptPath, "-o", "-")
	if r.code != 0 || r.stdout != string(want) {
		t.Errorf("-o -: exit %d, %d bytes, want the %d of the file: %s", r.code, len(r.stdout), len(want), r.stderr)
	}
	f, err := os.Create(filepath.Join(dir, "redirected.wav"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if code, stderr := runFiles(t, nil, f, nil, "render", scriptPath); code != 0 {
		t.Fatalf("render > file: exit %d: %s", code, stderr)
	}
	if got := testkit.ReadFile(t, f.Name()); !bytes.Equal(got, want) {
		t.Errorf("render > file: %d bytes, want the %d of the file", len(got), len(want))
	}
}

func TestCaptions(t *testing.T) {
	dir := t.TempDir()
	scriptPath := filepath.Join(dir, "ep.txt")
	writeFile(t, scriptPath, episode)
	vtt := filepath.Join(dir, "ep.vtt")
	r := runCmd(t, "", nil, "render", scriptPath, "-o", filepath.Join(dir, "ep.wav"), "--captions", vtt)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	b := string(testkit.ReadFile(t, vtt))
	if !strings.HasPrefix(b, "WEBVTT") || !strings.Contains(b, "<v Ann>Welcome to the show.") || !strings.Contains(b, "<v Ben>") || !strings.Contains(b, "<v Ann>Bye!") {
		t.Errorf("captions %q", b)
	}
	// Captions of a played say; a bad extension is a usage error before any work.
	p := &fakePlayer{}
	srt := filepath.Join(dir, "say.srt")
	if r := runCmd(t, "", p, "say", "Hello there.", "--captions", srt); r.code != 0 || len(p.reqs) != 1 || !p.reqs[0].WordTimings {
		t.Fatalf("say --captions: exit %d %s", r.code, r.stderr)
	}
	if b := string(testkit.ReadFile(t, srt)); !strings.HasPrefix(b, "1\n00:00:00") || !strings.Contains(b, "Hello there.") {
		t.Errorf("srt %q", b)
	}
	if r := runCmd(t, "", p, "say", "hi", "--captions", filepath.Join(dir, "x.txt")); r.code != 2 || len(p.reqs) != 1 {
		t.Errorf("bad caption name: exit %d, %d plays", r.code, len(p.reqs))
	}
	if _, err := os.Stat(filepath.Join(dir, "x.txt")); !os.IsNotExist(err) {
		t.Errorf("a refused caption file exists: %v", err)
	}
}

// TestRenderReportsStageDirections: a script's stage directions are acted on, not read, and
// render says what became of each, first five and a count of the rest.
func TestRenderReportsStageDirections(t *testing.T) {
	dir := t.TempDir()
	scriptPath, out := filepath.Join(dir, "ep.txt"), filepath.Join(dir, "ep.wav")
	writeFile(t, scriptPath, "A: (laughs) Hello there.\nB: [excitedly] We won! *sighs* [pause] [beat] (chuckles) Right.\n")
	r := runCmd(t, "", nil, "render", scriptPath, "-o", out)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		`ep.txt:1: stage direction "(laughs)": a 500 ms pause (not voiced)`,
		`ep.txt:2: stage direction "[excitedly]": style excited`,
		`ep.txt:2: stage direction "[beat]": a 300 ms pause`,
		`ep.txt: 1 more stage directions`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, `"(chuckles)"`) {
		t.Errorf("the sixth direction is listed, want it counted:\n%s", r.stderr)
	}
}

// TestPodcastIsRender: "chorus podcast" is the render command under the name people reach for
// first; it writes the same episode as "chorus render" for the same script.
func TestPodcastIsRender(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.txt")
	writeFile(t, script, "Alice: Welcome back.\nBob: Glad to be here.\n")
	a, b := filepath.Join(dir, "a.wav"), filepath.Join(dir, "b.wav")
	if r := runCmd(t, "", nil, "render", script, "-o", a); r.code != 0 {
		t.Fatalf("render: exit %d: %s", r.code, r.stderr)
	}
	if r := runCmd(t, "", nil, "podcast", script, "-o", b); r.code != 0 {
		t.Fatalf("podcast: exit %d: %s", r.code, r.stderr)
	}
	if !bytes.Equal(testkit.ReadFile(t, a), testkit.ReadFile(t, b)) {
		t.Error("chorus podcast wrote a different episode from chorus render")
	}
}
