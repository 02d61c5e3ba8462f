package podcast

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/voices"
)

var (
	engOnce sync.Once
	eng     *synth.Engine
	engErr  error
)

func engine(t testing.TB) *synth.Engine {
	t.Helper()
	engOnce.Do(func() {
		var cat *voices.Catalog
		if cat, engErr = voices.Load(); engErr == nil {
			eng, engErr = synth.New(cat)
		}
	})
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

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
	req, err := sc.Request(engine(t).Catalog())
	if err != nil {
		t.Fatal(err)
	}
	return req
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
		t.Fatal(err)
	}
	return s, rate
}

// recorder wraps a synthesizer and keeps the word timings it produced.
type recorder struct {
	Synthesizer
	words []synth.WordTiming
}

type teeSink struct {
	synth.Sink
	r *recorder
}

func (t teeSink) Word(w synth.WordTiming) error {
	t.r.words = append(t.r.words, w)
	return t.Sink.Word(w)
}

func (r *recorder) Synthesize(ctx context.Context, req synth.Request, s synth.Sink) (synth.Summary, error) {
	return r.Synthesizer.Synthesize(ctx, req, teeSink{s, r})
}

func TestRenderLoudness(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	var progress []Progress
	res, err := Render(context.Background(), engine(t), request(t, episode), Options{
		Output: out, Captions: filepath.Join(dir, "ep.vtt"),
		Progress: func(p Progress) { progress = append(progress, p) }, ProgressInterval: time.Nanosecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	samples, rate := readWAV(t, out)
	if int64(len(samples)) != res.Samples || rate != res.SampleRate {
		t.Errorf("file has %d samples at %d Hz, result says %d at %d", len(samples), rate, res.Samples, res.SampleRate)
	}
	lufs, tp, err := audio.MeasureLoudness(samples, rate)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("before %.2f LUFS %.2f dBTP; after %.2f LUFS %.2f dBTP (gain %.2f dB, limited %v); %v at %.1f×RT",
		res.LoudnessBefore, res.TruePeakBefore, lufs, tp, res.GainDB, res.Limited, res.Duration, res.Speed)
	if math.Abs(lufs-DefaultTargetLUFS) > 0.5 {
		t.Errorf("integrated loudness %.2f LUFS, want %.1f ± 0.5", lufs, DefaultTargetLUFS)
	}
	if tp > DefaultTruePeakLimit {
		t.Errorf("true peak %.2f dBTP, want ≤ %.1f", tp, DefaultTruePeakLimit)
	}
	if math.Abs(lufs-res.LoudnessAfter) > 0.05 || math.Abs(tp-res.TruePeakAfter) > 0.05 {
		t.Errorf("result reports %.2f LUFS %.2f dBTP, file measures %.2f %.2f", res.LoudnessAfter, res.TruePeakAfter, lufs, tp)
	}
	if math.Abs(res.LoudnessBefore-lufs) < 1 {
		t.Errorf("the test is weak: the engine already renders at %.2f LUFS", res.LoudnessBefore)
	}
	if res.Speed <= 0 || res.Duration < 5*time.Second || res.Cues == 0 || res.Words == 0 {
		t.Errorf("result %+v", res)
	}
	// Progress: monotonic, ends done with every turn.
	if len(progress) < 2 || !progress[len(progress)-1].Done {
		t.Fatalf("progress %+v", progress)
	}
	last := progress[len(progress)-1]
	if last.Turns != last.TotalTurns || last.Fraction() != 1 || last.AudioSeconds <= 0 {
		t.Errorf("last progress %+v", last)
	}
	for i := 1; i < len(progress); i++ {
		a, b := progress[i-1], progress[i]
		if b.Words < a.Words || b.Turns < a.Turns || b.AudioSeconds < a.AudioSeconds || b.Fraction() < a.Fraction() {
			t.Errorf("progress goes back: %+v then %+v", a, b)
		}
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Errorf("directory holds %d files, want the WAV and the captions", len(ents))
	}
}

func TestRenderCaptionsAligned(t *testing.T) {
	dir := t.TempDir()
	rec := &recorder{Synthesizer: engine(t)}
	res, err := Render(context.Background(), rec, request(t, episode), Options{
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
	if len(starts) != res.Cues || len(starts) < 3 {
		t.Fatalf("%d cues in the file, result says %d", len(starts), res.Cues)
	}
	// Every cue starts at the start of a word, within a millisecond of rounding.
	for i, s := range starts {
		best := time.Hour
		for _, w := range rec.words {
			d := s - time.Duration(float64(w.Start)/float64(res.SampleRate)*float64(time.Second))
			best = min(best, max(d, -d))
		}
		if best > time.Millisecond {
			t.Errorf("cue %d at %v is %v from the nearest word start", i, s, best)
		}
	}
	// And the audio is where the words say: the limiter and gain keep timing. A word's span
	// holds most of its energy near it: the RMS of each word is above that of the silence
	// before the first word.
	samples, rate := readWAV(t, filepath.Join(dir, "ep.wav"))
	first := rec.words[0]
	lead := rms(samples[:first.Start*int64(rate)/int64(res.SampleRate)])
	for _, w := range rec.words[:5] {
		if r := rms(samples[w.Start:w.End]); r < 10*lead+1e-4 {
			t.Errorf("word %q at %d–%d has RMS %g (lead-in %g)", w.Word, w.Start, w.End, r, lead)
		}
	}
}

func parseStamp(s string) (time.Duration, error) {
	var h, m, sec, ms int
	if _, err := fmt.Sscanf(s, "%d:%d:%d,%d", &h, &m, &sec, &ms); err != nil {
		return 0, err
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second + time.Duration(ms)*time.Millisecond, nil
}

func rms(p []float32) float64 {
	if len(p) == 0 {
		return 0
	}
	var s float64
	for _, x := range p {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s / float64(len(p)))
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
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
	// An existing episode is left untouched.
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Render(ctx, engine(t), request(t, episode), Options{Output: out, Captions: vtt}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Errorf("existing output changed to %d bytes", len(b))
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("left behind: %v", ents)
	}
	// Bad options fail before any work.
	for _, o := range []Options{{}, {Output: out, Captions: filepath.Join(dir, "x.txt")}, {Output: out, TargetLUFS: 3},
		{Output: filepath.Join(dir, "missing", "ep.wav")}} {
		if _, err := Render(context.Background(), engine(t), request(t, episode), o); err == nil {
			t.Errorf("%+v accepted", o)
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
	res, err := Render(context.Background(), plain{engine(t)}, request(t, "A: Hello there, this is a short test of the unknown rate path."), Options{Output: out, TargetLUFS: -20})
	if err != nil {
		t.Fatal(err)
	}
	samples, rate := readWAV(t, out)
	lufs, tp, _ := audio.MeasureLoudness(samples, rate)
	if math.Abs(lufs+20) > 0.5 || tp > -1 {
		t.Errorf("%.2f LUFS %.2f dBTP, want -20 and ≤ -1 (result %+v)", lufs, tp, res)
	}
}

func TestRenderNoNormalize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	res, err := Render(context.Background(), engine(t), request(t, "A: Hello there."), Options{Output: out, NoNormalize: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.GainDB != 0 || math.Abs(res.LoudnessAfter-res.LoudnessBefore) > 0.1 {
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

func TestRenderAnnouncedRate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	var last Progress
	_, err := Render(context.Background(), announcing{engine(t)}, request(t, "A: Hello there, the rate comes from the stream's format."),
		Options{Output: out, Progress: func(p Progress) { last = p }})
	if err != nil {
		t.Fatal(err)
	}
	samples, rate := readWAV(t, out)
	lufs, tp, _ := audio.MeasureLoudness(samples, rate)
	if math.Abs(lufs+16) > 0.5 || tp > -1 || last.AudioSeconds <= 0 {
		t.Errorf("%.2f LUFS %.2f dBTP, progress %+v", lufs, tp, last)
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
	res, err := Render(context.Background(), engine(t), request(t, string(src)), Options{
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
	if math.Abs(res.LoudnessAfter+16) > 0.5 || res.TruePeakAfter > -1 || res.Duration < 10*time.Second {
		t.Errorf("result %+v", res)
	}
}
