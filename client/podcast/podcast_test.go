package podcast

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

const episode = `---
title: Test
voices: Alice=ava, Bob=joe
gap: 300ms
---
Alice: Welcome back to the show! Today we talk about speech synthesis.
Bob: Thanks, Alice. It's great to be here. <break time="400ms"/> Formant synthesizers are tiny.

Alice: And they still sound <emphasis>surprisingly</emphasis> clear, don't they?
Bob: They do. Let's hear a few examples.
`

func request(t testing.TB, src string) synth.Request {
	t.Helper()
	sc, err := script.Parse(strings.NewReader(src), "test.txt", script.Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := sc.Request(testkit.Engine(t).Catalog())
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// recording is the engine (Validate included) recording everything it synthesizes.
type recording struct {
	*synth.Engine
	rec testkit.Recorder
}

func (r *recording) Synthesize(ctx context.Context, req synth.Request, s synth.Sink) (synth.Summary, error) {
	return r.Engine.Synthesize(ctx, req, client.Tee{s, &r.rec})
}

// readDir lists the names in dir.
func readDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// loudness measures the WAV file at path.
func loudness(t *testing.T, path string) (lufs, truePeak float64) {
	t.Helper()
	samples, rate := testkit.ReadWAV(t, path)
	lufs, tp, err := audio.MeasureLoudness(samples, rate)
	if err != nil {
		t.Fatal(err)
	}
	return lufs, tp
}

// Loudness targets are checked against the tolerance EBU R 128 (2014) allows around its
// target, ±0.5 LU; the true peak against the ceiling itself.
const lufsTolerance = 0.5

func TestRenderLoudness(t *testing.T) {
	dir := t.TempDir()
	out, vtt := filepath.Join(dir, "ep.wav"), filepath.Join(dir, "ep.vtt")
	var progress []Progress
	syn := &recording{Engine: testkit.Engine(t)}
	res, err := Render(context.Background(), syn, request(t, episode), Options{
		Output: out, Captions: vtt,
		Progress: func(p Progress) { progress = append(progress, p) }, ProgressInterval: time.Nanosecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	samples, rate := testkit.ReadWAV(t, out)
	if int64(len(samples)) != res.Samples || rate != res.SampleRate || len(samples) != len(syn.rec.Samples) {
		t.Errorf("file has %d samples at %d Hz, result says %d at %d, the engine made %d", len(samples), rate, res.Samples, res.SampleRate, len(syn.rec.Samples))
	}
	lufs, tp, err := audio.MeasureLoudness(samples, rate)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("before %.2f LUFS %.2f dBTP; after %.2f LUFS %.2f dBTP (gain %.2f dB, limited %v); %v at %.1f×RT",
		res.LoudnessBefore, res.TruePeakBefore, lufs, tp, res.GainDB, res.Limited, res.Duration, res.Speed)
	if math.Abs(res.LoudnessBefore-DefaultTargetLUFS) < 1 {
		t.Fatalf("the test is weak: the engine already renders at %.2f LUFS", res.LoudnessBefore)
	}
	if math.Abs(lufs-DefaultTargetLUFS) > lufsTolerance {
		t.Errorf("integrated loudness %.2f LUFS, want %.1f ± %.1f", lufs, DefaultTargetLUFS, lufsTolerance)
	}
	if tp > DefaultTruePeakLimit {
		t.Errorf("true peak %.2f dBTP, want ≤ %.1f", tp, DefaultTruePeakLimit)
	}
	// The result describes the file: the same measures of the same 16-bit samples, within half
	// the 0.1 LU (dB) to which chorus render prints them.
	if math.Abs(lufs-res.LoudnessAfter) > 0.05 || math.Abs(tp-res.TruePeakAfter) > 0.05 {
		t.Errorf("result reports %.2f LUFS %.2f dBTP, file measures %.2f %.2f", res.LoudnessAfter, res.TruePeakAfter, lufs, tp)
	}
	cues := strings.Count(string(testkit.ReadFile(t, vtt)), " --> ")
	if res.Words != len(syn.rec.Words) || res.Cues != cues || cues == 0 || res.Speed <= 0 ||
		res.Duration != time.Duration(float64(res.Samples)/float64(res.SampleRate)*float64(time.Second)) {
		t.Errorf("result %+v; the engine gave %d words, the captions hold %d cues", res, len(syn.rec.Words), cues)
	}
	// Progress: monotonic, ends done with every turn.
	if len(progress) < 2 || !progress[len(progress)-1].Done {
		t.Fatalf("progress %+v", progress)
	}
	last := progress[len(progress)-1]
	if last.Turns != last.TotalTurns || last.Fraction() != 1 || last.AudioSeconds != float64(res.Samples)/float64(res.SampleRate) {
		t.Errorf("last progress %+v", last)
	}
	for i := 1; i < len(progress); i++ {
		a, b := progress[i-1], progress[i]
		if b.Words < a.Words || b.Turns < a.Turns || b.AudioSeconds < a.AudioSeconds || b.Fraction() < a.Fraction() {
			t.Errorf("progress goes back: %+v then %+v", a, b)
		}
	}
	if names := readDir(t, dir); !reflect.DeepEqual(names, []string{"ep.vtt", "ep.wav"}) {
		t.Errorf("directory holds %v, want the WAV and the captions", names)
	}
}

// TestRenderCaptionsAligned: every cue starts at a word's start, and the audio is where the
// words say: gain and limiter do not shift it.
func TestRenderCaptionsAligned(t *testing.T) {
	dir := t.TempDir()
	syn := &recording{Engine: testkit.Engine(t)}
	res, err := Render(context.Background(), syn, request(t, episode), Options{
		Output: filepath.Join(dir, "ep.wav"), Captions: filepath.Join(dir, "ep.srt"),
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "ep.srt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var starts []time.Duration
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if a, _, ok := strings.Cut(sc.Text(), " --> "); ok {
			d, err := parseStamp(a)
			if err != nil {
				t.Fatal(err)
			}
			starts = append(starts, d)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(starts) != res.Cues || len(starts) < 3 {
		t.Fatalf("%d cues in the file, result says %d", len(starts), res.Cues)
	}
	// SRT has no voice tags: each turn's first cue names its speaker.
	srt, err := os.ReadFile(filepath.Join(dir, "ep.srt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, turn := range []string{"\nAlice: Welcome", "\nBob: Thanks,", "\nAlice: And"} {
		if !strings.Contains(string(srt), turn) {
			t.Errorf("no cue opens with %q:\n%s", turn[1:], srt)
		}
	}
	// Every cue starts at the start of a word, within the half millisecond to which SRT rounds.
	for i, s := range starts {
		best := time.Hour
		for _, w := range syn.rec.Words {
			d := s - time.Duration(float64(w.Start)/float64(res.SampleRate)*float64(time.Second))
			best = min(best, max(d, -d))
		}
		if best > time.Millisecond/2 {
			t.Errorf("cue %d at %v is %v from the nearest word start", i, s, best)
		}
	}
	// The file is the synthesized audio through the phase rotator, a gain and a limiter that
	// acts only on peaks, so it correlates best with the rotated synthesized audio at lag 0: any
	// delay would move the audio away from the word timings (and the captions). (The rotator's
	// own delay is bounded by TestRotatorDelay.) Lags up to 20 ms are searched, four times the
	// limiter's 5 ms look-ahead. A delay moves all of the audio, so two seconds of it (from the
	// first word on) show it as well as the whole.
	samples, _ := testkit.ReadWAV(t, filepath.Join(dir, "ep.wav"))
	rot := newRotator(res.SampleRate)
	rotated := make([]float32, len(syn.rec.Samples))
	for i, x := range syn.rec.Samples {
		rotated[i] = float32(rot.step(float64(x)))
	}
	from := int(syn.rec.Words[0].Start)
	to := min(len(samples), from+2*res.SampleRate)
	if lag := bestLag(samples[from:to], rotated[from:to], res.SampleRate/50); lag != 0 {
		t.Errorf("the file is shifted by %d samples against the synthesized audio", lag)
	}
}

// bestLag returns the lag in -maxLag…maxLag at which y[i+lag] correlates best with x[i].
func bestLag(y, x []float32, maxLag int) int {
	best, bestC := 0, math.Inf(-1)
	for lag := -maxLag; lag <= maxLag; lag++ {
		var c float64
		for i := max(0, -lag); i < len(x) && i+lag < len(y); i++ {
			c += float64(x[i]) * float64(y[i+lag])
		}
		if c > bestC {
			best, bestC = lag, c
		}
	}
	return best
}

func parseStamp(s string) (time.Duration, error) {
	var h, m, sec, ms int
	if _, err := fmt.Sscanf(s, "%d:%d:%d,%d", &h, &m, &sec, &ms); err != nil {
		return 0, err
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second + time.Duration(ms)*time.Millisecond, nil
}

// failing sends some audio, then fails.
type failing struct{ after int }

var errBoom = errors.New("boom")

func (f failing) Synthesize(ctx context.Context, req synth.Request, s synth.Sink) (synth.Summary, error) {
	buf := make([]float32, 2400)
	for i := range buf {
		buf[i] = float32(0.3 * math.Sin(float64(i)/5))
	}
	for k := 0; k < f.after; k++ {
		if err := s.Audio(buf); err != nil {
			return synth.Summary{}, err
		}
		if err := s.Word(synth.WordTiming{Word: "la", Start: int64(k * 2400), End: int64(k*2400 + 2000)}); err != nil {
			return synth.Summary{}, err
		}
	}
	return synth.Summary{Samples: int64(f.after * 2400), SampleRate: 24000}, errBoom
}

func TestRenderNoPartialFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	vtt := filepath.Join(dir, "ep.vtt")
	req := synth.Request{Parts: []synth.Part{{Text: "hello"}}, SampleRate: 24000}
	_, err := Render(context.Background(), failing{after: 50}, req, Options{Output: out, Captions: vtt})
	if !errors.Is(err, errBoom) {
		t.Fatalf("err = %v", err)
	}
	if names := readDir(t, dir); len(names) != 0 {
		t.Errorf("left behind: %v", names)
	}
	// An existing episode is left untouched by a render cancelled before it starts, and by one
	// cancelled once synthesis is done, while the episode file is being written.
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Render(ctx, testkit.Engine(t), request(t, episode), Options{Output: out, Captions: vtt}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	stopAtDone := func(p Progress) {
		if p.Done {
			cancel()
		}
	}
	if _, err := Render(ctx, testkit.Engine(t), request(t, episode), Options{Output: out, Captions: vtt, Progress: stopAtDone}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while writing: err = %v", err)
	}
	if b := testkit.ReadFile(t, out); string(b) != "old" {
		t.Errorf("existing output changed to %d bytes", len(b))
	}
	if names := readDir(t, dir); !reflect.DeepEqual(names, []string{"ep.wav"}) {
		t.Errorf("directory holds %v, want the old episode only", names)
	}
	// Bad options fail before any work.
	for _, o := range []Options{{}, {Output: out, Captions: filepath.Join(dir, "x.txt")}, {Output: out, TargetLUFS: 3},
		{Output: filepath.Join(dir, "missing", "ep.wav")}} {
		syn := &recording{Engine: testkit.Engine(t)}
		if _, err := Render(context.Background(), syn, request(t, episode), o); err == nil || syn.rec.Calls != 0 {
			t.Errorf("%+v: %v after %d blocks of audio; want an error before any", o, err, syn.rec.Calls)
		}
	}
}

// plain hides the engine's Validate, as a remote synthesizer would.
type plain struct{ s Synthesizer }

func (p plain) Synthesize(ctx context.Context, req synth.Request, s synth.Sink) (synth.Summary, error) {
	return p.s.Synthesize(ctx, req, s)
}

func TestRenderUnknownRate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	res, err := Render(context.Background(), plain{testkit.Engine(t)}, request(t, "A: Hello there, this is a short test of the unknown rate path."), Options{Output: out, TargetLUFS: -20})
	if err != nil {
		t.Fatal(err)
	}
	if lufs, tp := loudness(t, out); math.Abs(lufs+20) > lufsTolerance || tp > DefaultTruePeakLimit {
		t.Errorf("%.2f LUFS %.2f dBTP, want -20 ± %.1f and ≤ %.1f (result %+v)", lufs, tp, lufsTolerance, DefaultTruePeakLimit, res)
	}
}

// TestRenderNoNormalize: with NoNormalize the episode holds the synthesized samples themselves.
func TestRenderNoNormalize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	req := request(t, "A: Hello there.")
	res, err := Render(context.Background(), testkit.Engine(t), req, Options{Output: out, NoNormalize: true})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := testkit.Render(t, testkit.Engine(t), req)
	got, _ := testkit.ReadWAV(t, out)
	if len(got) != len(want.Samples) {
		t.Fatalf("%d samples, the synthesis made %d", len(got), len(want.Samples))
	}
	for i := range got {
		if audio.ToInt16(got[i]) != audio.ToInt16(want.Samples[i]) {
			t.Fatalf("sample %d is %g, synthesized %g", i, got[i], want.Samples[i])
		}
	}
	if res.GainDB != 0 || res.Limited {
		t.Errorf("result %+v", res)
	}
}

// announcing is a synthesizer without Validate that announces the rate through Start, as the
// gRPC client does.
type announcing struct{ s *synth.Engine }

func (a announcing) Synthesize(ctx context.Context, req synth.Request, s synth.Sink) (synth.Summary, error) {
	rate, err := a.s.Validate(req)
	if err != nil {
		return synth.Summary{}, err
	}
	st, ok := s.(interface{ Start(int) error })
	if !ok {
		return synth.Summary{}, errors.New("sink has no Start")
	}
	if err := st.Start(rate); err != nil {
		return synth.Summary{}, err
	}
	return a.s.Synthesize(ctx, req, s)
}

// TestRenderAnnouncedRate: a synthesizer that tells the rate only through Start (as the gRPC
// client does) gets an episode at the target loudness, measured while it synthesized: progress
// reports the audio's length, which it knows only from the announced rate.
func TestRenderAnnouncedRate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	var last Progress
	res, err := Render(context.Background(), announcing{testkit.Engine(t)}, request(t, "A: Hello there, the rate comes from the stream's format."),
		Options{Output: out, Progress: func(p Progress) { last = p }})
	if err != nil {
		t.Fatal(err)
	}
	if lufs, tp := loudness(t, out); math.Abs(lufs-DefaultTargetLUFS) > lufsTolerance || tp > DefaultTruePeakLimit {
		t.Errorf("%.2f LUFS %.2f dBTP", lufs, tp)
	}
	if !last.Done || last.AudioSeconds != float64(res.Samples)/float64(res.SampleRate) {
		t.Errorf("last progress %+v, want done with %v of audio", last, res.Duration)
	}
}

// TestRenderExample renders a shipped example script end to end (script → request → episode
// with captions) and checks the episode's loudness and caption file.
func TestRenderExample(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a minute of audio")
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "examples", "podcast-panel.json"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := Render(context.Background(), testkit.Engine(t), request(t, string(src)), Options{
		Output: filepath.Join(dir, "panel.wav"), Captions: filepath.Join(dir, "panel.vtt"),
	})
	if err != nil {
		t.Fatal(err)
	}
	vtt, err := os.ReadFile(filepath.Join(dir, "panel.vtt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"WEBVTT\n", "<v Host>Good evening", "<v Speaker 2>"} {
		if !strings.Contains(string(vtt), want) {
			t.Errorf("captions lack %q:\n%s", want, vtt)
		}
	}
	if lufs, tp := loudness(t, filepath.Join(dir, "panel.wav")); math.Abs(lufs-DefaultTargetLUFS) > lufsTolerance || tp > DefaultTruePeakLimit {
		t.Errorf("%.2f LUFS %.2f dBTP", lufs, tp)
	}
	// Read speech runs at about 150–190 words a minute; outside 80–300, words were dropped or
	// repeated, or silence was added.
	if wpm := float64(res.Words) / res.Duration.Minutes(); wpm < 80 || wpm > 300 {
		t.Errorf("%d words in %v: %.0f words a minute", res.Words, res.Duration, wpm)
	}
}
