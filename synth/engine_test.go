package synth_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/chorus-tts/chorus/synth"
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
		cat, err := voices.Load()
		if err != nil {
			engErr = err
			return
		}
		eng, engErr = synth.New(cat)
	})
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

// recorder is a Sink that keeps everything.
type recorder struct {
	samples []float32
	words   []synth.WordTiming
	calls   int
	onAudio func(r *recorder) error
}

func (r *recorder) Audio(p []float32) error {
	r.samples = append(r.samples, p...)
	r.calls++
	if r.onAudio != nil {
		return r.onAudio(r)
	}
	return nil
}

func (r *recorder) Word(w synth.WordTiming) error {
	r.words = append(r.words, w)
	return nil
}

func stats(p []float32) (rms, peak, mean float64, bad int) {
	var s2, s float64
	for _, x := range p {
		v := float64(x)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			bad++
			continue
		}
		s += v
		s2 += v * v
		peak = max(peak, math.Abs(v))
	}
	n := float64(max(len(p), 1))
	return math.Sqrt(s2 / n), peak, s / n, bad
}

func render(t *testing.T, req synth.Request) (*recorder, synth.Summary) {
	t.Helper()
	rec := &recorder{}
	sum, err := engine(t).Synthesize(context.Background(), req, rec)
	if err != nil {
		t.Fatalf("Synthesize: %v", err)
	}
	if int64(len(rec.samples)) != sum.Samples {
		t.Fatalf("summary says %d samples, sink got %d", sum.Samples, len(rec.samples))
	}
	return rec, sum
}

func TestSpeechIsPlausible(t *testing.T) {
	for _, v := range engine(t).Catalog().Voices() {
		t.Run(v.Name, func(t *testing.T) {
			text := "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background."
			rec, sum := render(t, synth.Request{Parts: []synth.Part{{Voice: v.Name, Text: text}}, WordTimings: true})
			words := len(strings.Fields(text))
			sec := sum.Seconds()
			if sec < 0.2*float64(words) || sec > 0.8*float64(words) {
				t.Errorf("%.2f s for %d words: implausible", sec, words)
			}
			rms, peak, mean, bad := stats(rec.samples)
			if bad > 0 {
				t.Fatalf("%d NaN/Inf samples", bad)
			}
			if rms < 0.01 {
				t.Errorf("RMS %.4f: too quiet", rms)
			}
			if peak > 0.891 { // −1 dBFS
				t.Errorf("peak %.3f exceeds −1 dBFS", peak)
			}
			if math.Abs(mean) > 0.01 {
				t.Errorf("DC offset %.4f", mean)
			}
			if len(rec.words) != words {
				t.Errorf("%d word timings for %d words", len(rec.words), words)
			}
			var last int64
			for _, w := range rec.words {
				if w.Start < last || w.End <= w.Start || w.End > sum.Samples {
					t.Errorf("bad timing %+v (previous end %d, total %d)", w, last, sum.Samples)
				}
				last = w.End
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	req := synth.Request{Parts: []synth.Part{{Text: "Determinism matters, even for noise."}}}
	a, _ := render(t, req)
	b, _ := render(t, req)
	if len(a.samples) != len(b.samples) {
		t.Fatalf("lengths differ: %d vs %d", len(a.samples), len(b.samples))
	}
	for i := range a.samples {
		if a.samples[i] != b.samples[i] {
			t.Fatalf("sample %d differs", i)
		}
	}
}

func TestRequestOptions(t *testing.T) {
	base, bsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}})
	fast, fsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, Rate: 2})
	if r := float64(fsum.Samples) / float64(bsum.Samples); r < 0.4 || r > 0.65 {
		t.Errorf("rate 2 gave %.2f of the normal duration", r)
	}
	hi, hsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, SampleRate: 48000})
	if hsum.SampleRate != 48000 {
		t.Fatalf("rate %d", hsum.SampleRate)
	}
	if r := float64(hsum.Samples) / float64(bsum.Samples) * float64(bsum.SampleRate) / 48000; math.Abs(r-1) > 0.01 {
		t.Errorf("resampled duration ratio %.3f", r)
	}
	quiet, _ := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, GainDB: -20})
	r1, _, _, _ := stats(base.samples)
	r2, _, _, _ := stats(quiet.samples)
	if db := 20 * math.Log10(r2/r1); math.Abs(db+20) > 0.5 {
		t.Errorf("gain -20 dB changed RMS by %.2f dB", db)
	}
	_, _ = fast, hi
}

func TestMultiVoice(t *testing.T) {
	cat := engine(t).Catalog()
	var names []string
	for _, v := range cat.Voices() {
		names = append(names, v.Name)
	}
	req := synth.Request{WordTimings: true}
	for i, n := range names {
		req.Parts = append(req.Parts, synth.Part{Speaker: "S" + n, Voice: n, Text: "Turn number one by " + n + ".", PauseBefore: 200 * min(i, 1)})
	}
	rec, sum := render(t, req)
	speakers := map[string]bool{}
	for _, w := range rec.words {
		speakers[w.Speaker] = true
	}
	if len(speakers) != len(names) {
		t.Errorf("timings name %d speakers, want %d", len(speakers), len(names))
	}
	if sum.SampleRate != cat.Voices()[0].SampleRate {
		t.Errorf("output rate %d, want the first voice's %d", sum.SampleRate, cat.Voices()[0].SampleRate)
	}
}

// TestStreamsEarly checks that audio leaves before later sentences are synthesized: the sink
// stops the render at its first write, long before a long text could have been rendered.
func TestStreamsEarly(t *testing.T) {
	text := strings.Repeat("This sentence is one of many in a long text. ", 200)
	stop := errors.New("stop")
	rec := &recorder{onAudio: func(*recorder) error { return stop }}
	_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: text}}}, rec)
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if rec.calls != 1 {
		t.Errorf("sink called %d times after returning an error", rec.calls)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	text := strings.Repeat("Cancellation must stop the work promptly. ", 200)
	rec := &recorder{onAudio: func(r *recorder) error {
		if r.calls == 3 {
			cancel()
		}
		return nil
	}}
	_, err := engine(t).Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: text}}}, rec)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rec.calls > 10 {
		t.Errorf("%d writes after cancel", rec.calls-3)
	}
}

func TestBadRequests(t *testing.T) {
	long := strings.Repeat("a", synth.MaxTextBytes+1)
	cases := []struct {
		name  string
		req   synth.Request
		kind  error
		field string
	}{
		{"empty", synth.Request{Parts: []synth.Part{{Text: "  \n"}}}, synth.ErrInvalidArgument, "text"},
		{"no parts", synth.Request{}, synth.ErrInvalidArgument, "input"},
		{"too long", synth.Request{Parts: []synth.Part{{Text: long}}}, synth.ErrInvalidArgument, "text"},
		{"bad utf8", synth.Request{Parts: []synth.Part{{Text: "ok \xff\xfe"}}}, synth.ErrInvalidArgument, "text"},
		{"unknown voice", synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}, synth.ErrNotFound, "voice"},
		{"unknown style", synth.Request{Parts: []synth.Part{{Style: "grumpy", Text: "hi"}}}, synth.ErrNotFound, "style"},
		{"rate low", synth.Request{Parts: []synth.Part{{Text: "hi"}}, Rate: 0.1}, synth.ErrInvalidArgument, "speaking_rate"},
		{"rate nan", synth.Request{Parts: []synth.Part{{Text: "hi"}}, Rate: math.NaN()}, synth.ErrInvalidArgument, "speaking_rate"},
		{"pitch", synth.Request{Parts: []synth.Part{{Text: "hi"}}, PitchSemitones: 13}, synth.ErrInvalidArgument, "pitch"},
		{"gain", synth.Request{Parts: []synth.Part{{Text: "hi"}}, GainDB: 17}, synth.ErrInvalidArgument, "volume_gain_db"},
		{"sample rate", synth.Request{Parts: []synth.Part{{Text: "hi"}}, SampleRate: 96000}, synth.ErrInvalidArgument, "sample_rate"},
		{"turn field", synth.Request{Parts: []synth.Part{{Text: "hi"}, {Field: "input.script.turns[1]", Voice: "zed", Text: "x"}}}, synth.ErrNotFound, "input.script.turns[1].voice"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			_, err := engine(t).Synthesize(context.Background(), tc.req, rec)
			if !errors.Is(err, tc.kind) {
				t.Fatalf("err = %v, want %v", err, tc.kind)
			}
			var fe *synth.FieldError
			if !errors.As(err, &fe) || !strings.Contains(fe.Field, tc.field) {
				t.Errorf("err %v does not name field %q", err, tc.field)
			}
			if len(rec.samples) != 0 {
				t.Errorf("audio written for a bad request")
			}
		})
	}
	_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}, &recorder{})
	if !strings.Contains(err.Error(), engine(t).Catalog().Default().Name) {
		t.Errorf("unknown-voice error does not list the voices: %v", err)
	}
}

func FuzzSynthesize(f *testing.F) {
	for _, s := range []string{"Hello.", "$5", "???", "\x00\x01", "ﷺ 😀 e\u0301", "1234567890123456789012345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			s = s[:2000]
		}
		rec := &recorder{}
		_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: s}}}, rec)
		if err != nil && !errors.Is(err, synth.ErrInvalidArgument) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		_, _, _, bad := stats(rec.samples)
		if bad > 0 {
			t.Fatalf("NaN in output")
		}
	})
}

func BenchmarkSynthesize(b *testing.B) {
	e := engine(b)
	text := "The source of the huge river is the clear spring. Kick the ball straight and follow through. Help the woman get back to her feet."
	var samples int64
	var rate int
	for b.Loop() {
		sum, err := e.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: text}}}, discard{})
		if err != nil {
			b.Fatal(err)
		}
		samples, rate = sum.Samples, sum.SampleRate
	}
	audioSec := float64(samples) / float64(rate)
	b.ReportMetric(audioSec*float64(b.N)/b.Elapsed().Seconds(), "xRT")
}

type discard struct{}

func (discard) Audio([]float32) error       { return nil }
func (discard) Word(synth.WordTiming) error { return nil }
