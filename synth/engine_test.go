package synth_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
)

func engine(t testing.TB) *synth.Engine { return testkit.Engine(t) }

// render synthesizes req and checks that the summary counts what the sink received.
func render(t *testing.T, req synth.Request) (*testkit.Recorder, synth.Summary) {
	t.Helper()
	rec, sum := testkit.Render(t, engine(t), req)
	if int64(len(rec.Samples)) != sum.Samples {
		t.Fatalf("summary says %d samples, sink got %d", sum.Samples, len(rec.Samples))
	}
	return rec, sum
}

// mean is the DC offset of p.
func mean(p []float32) float64 {
	var s float64
	for _, x := range p {
		s += float64(x)
	}
	return s / float64(max(len(p), 1))
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
			if bad := acoustics.NonFinite(rec.Samples); bad > 0 {
				t.Fatalf("%d NaN/Inf samples", bad)
			}
			rms, peak := acoustics.RMS(rec.Samples), acoustics.Peak(rec.Samples)
			if rms < 0.01 {
				t.Errorf("RMS %.4f: too quiet", rms)
			}
			if peak > 0.891 { // −1 dBFS
				t.Errorf("peak %.3f exceeds −1 dBFS", peak)
			}
			if m := mean(rec.Samples); math.Abs(m) > 0.01 {
				t.Errorf("DC offset %.4f", m)
			}
			if len(rec.Words) != words {
				t.Errorf("%d word timings for %d words", len(rec.Words), words)
			}
			var last int64
			for _, w := range rec.Words {
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
	if len(a.Samples) != len(b.Samples) {
		t.Fatalf("lengths differ: %d vs %d", len(a.Samples), len(b.Samples))
	}
	for i := range a.Samples {
		if a.Samples[i] != b.Samples[i] {
			t.Fatalf("sample %d differs", i)
		}
	}
}

func TestRequestOptions(t *testing.T) {
	base, bsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}})
	_, fsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, Rate: 2})
	// Every duration the prosody model plans is divided by the rate; only the 60 ms lead-in of
	// an utterance is not speech and stays. Durations are rounded to whole samples once per
	// sentence, so the two renders may differ from the exact ratio by a sample or two.
	lead := int64(60 * bsum.SampleRate / 1000)
	if got, want := fsum.Samples-lead, (bsum.Samples-lead)/2; got < want-2 || got > want+2 {
		t.Errorf("rate 2: %d samples of speech, want half of %d", got, bsum.Samples-lead)
	}
	hi, hsum := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, SampleRate: 48000})
	if hsum.SampleRate != 48000 {
		t.Fatalf("rate %d", hsum.SampleRate)
	}
	// Resampling keeps the duration to the sample: n samples at rate a become ceil(n·b/a) at b.
	if want := (bsum.Samples*48000 + int64(bsum.SampleRate) - 1) / int64(bsum.SampleRate); hsum.Samples != want {
		t.Errorf("resampled to %d samples, want %d", hsum.Samples, want)
	}
	if acoustics.NonFinite(hi.Samples) > 0 || acoustics.Peak(hi.Samples) > 1 {
		t.Errorf("resampled output is not finite or clips")
	}
	quiet, _ := render(t, synth.Request{Parts: []synth.Part{{Text: "A quick test of options."}}, GainDB: -20})
	r1, r2 := acoustics.RMS(base.Samples), acoustics.RMS(quiet.Samples)
	// The gain is one multiplication per sample in float32 (relative error under 1e-7, far below
	// 0.001 dB); nothing else differs between the two renders.
	if db := 20 * math.Log10(r2/r1); math.Abs(db+20) > 0.001 {
		t.Errorf("gain -20 dB changed RMS by %.4f dB", db)
	}
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
	for _, w := range rec.Words {
		speakers[w.Speaker] = true
	}
	if len(speakers) != len(names) {
		t.Errorf("timings name %d speakers, want %d", len(speakers), len(names))
	}
	if sum.SampleRate != cat.Voices()[0].SampleRate {
		t.Errorf("output rate %d, want the first voice's %d", sum.SampleRate, cat.Voices()[0].SampleRate)
	}
}

// TestSinkErrorStopsRender: the first error from the sink ends the render at once, with that
// error, and nothing more is written. (TestStreamsEarly, in pipeline_test.go, proves the first
// write happens before the text is all planned.)
func TestSinkErrorStopsRender(t *testing.T) {
	text := strings.Repeat("This sentence is one of many in a long text. ", 200)
	stop := errors.New("stop")
	rec := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error { return stop }}
	_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: text}}}, rec)
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if rec.Calls != 1 {
		t.Errorf("sink called %d times after returning an error", rec.Calls)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	text := strings.Repeat("Cancellation must stop the work promptly. ", 200)
	rec := &testkit.Recorder{OnAudio: func(r *testkit.Recorder) error {
		if r.Calls == 3 {
			cancel()
		}
		return nil
	}}
	_, err := engine(t).Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: text}}}, rec)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rec.Calls > 10 {
		t.Errorf("%d writes after cancel", rec.Calls-3)
	}
}

func TestBadRequests(t *testing.T) {
	long := strings.Repeat("a", synth.MaxTextBytes+1)
	hi := []synth.Part{{Text: "hi"}}
	cases := []struct {
		name  string
		req   synth.Request
		kind  error
		part  int // -1: a field of the request
		field synth.Field
	}{
		{"empty", synth.Request{Parts: []synth.Part{{Text: "  \n"}}}, synth.ErrInvalidArgument, 0, synth.FieldText},
		{"all empty", synth.Request{Parts: []synth.Part{{Text: "  \n"}, {}}}, synth.ErrInvalidArgument, -1, synth.FieldText},
		{"no parts", synth.Request{}, synth.ErrInvalidArgument, -1, synth.FieldParts},
		{"too many parts", synth.Request{Parts: make([]synth.Part, synth.MaxParts+1)}, synth.ErrInvalidArgument, -1, synth.FieldParts},
		{"too long", synth.Request{Parts: []synth.Part{{Text: long}}}, synth.ErrInvalidArgument, 0, synth.FieldText},
		{"too long together", synth.Request{Parts: []synth.Part{{Text: long[:100]}, {Text: long[100:]}}}, synth.ErrInvalidArgument, -1, synth.FieldText},
		{"bad utf8", synth.Request{Parts: []synth.Part{{Text: "ok"}, {Text: "ok \xff\xfe"}}}, synth.ErrInvalidArgument, 1, synth.FieldText},
		{"pause", synth.Request{Parts: []synth.Part{{Text: "ok", PauseBefore: -1}}}, synth.ErrInvalidArgument, 0, synth.FieldPauseBefore},
		{"unknown voice", synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}, synth.ErrNotFound, 0, synth.FieldVoice},
		{"unknown style", synth.Request{Parts: []synth.Part{{Style: "grumpy", Text: "hi"}}}, synth.ErrNotFound, 0, synth.FieldStyle},
		{"second part's voice", synth.Request{Parts: []synth.Part{{Text: "hi"}, {Voice: "zed", Text: "x"}}}, synth.ErrNotFound, 1, synth.FieldVoice},
		{"markup", synth.Request{Parts: []synth.Part{{Text: "hi"}, {Text: "<blink>x", Markup: true}}}, synth.ErrInvalidArgument, 1, synth.FieldText},
		{"rate low", synth.Request{Parts: hi, Rate: 0.1}, synth.ErrInvalidArgument, -1, synth.FieldRate},
		{"rate nan", synth.Request{Parts: hi, Rate: math.NaN()}, synth.ErrInvalidArgument, -1, synth.FieldRate},
		{"pitch", synth.Request{Parts: hi, PitchSemitones: 13}, synth.ErrInvalidArgument, -1, synth.FieldPitch},
		{"gain", synth.Request{Parts: hi, GainDB: 17}, synth.ErrInvalidArgument, -1, synth.FieldGain},
		{"sample rate", synth.Request{Parts: hi, SampleRate: 96000}, synth.ErrInvalidArgument, -1, synth.FieldSampleRate},
		{"lexicon", synth.Request{Parts: hi, Lexicon: map[string]phone.Pron{"x": nil}}, synth.ErrInvalidArgument, -1, synth.FieldLexicon},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &testkit.Recorder{}
			_, err := engine(t).Synthesize(context.Background(), tc.req, rec)
			if !errors.Is(err, tc.kind) {
				t.Fatalf("err = %v, want %v", err, tc.kind)
			}
			var fe *synth.FieldError
			if !errors.As(err, &fe) || fe.Part != tc.part || fe.Field != tc.field {
				t.Errorf("err %v (%+v) does not name part %d field %q", err, fe, tc.part, tc.field)
			}
			if len(rec.Samples) != 0 {
				t.Errorf("audio written for a bad request")
			}
		})
	}
	_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}, &testkit.Recorder{})
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
		rec := &testkit.Recorder{}
		_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: s}}}, rec)
		if err != nil && !errors.Is(err, synth.ErrInvalidArgument) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		if bad := acoustics.NonFinite(rec.Samples); bad > 0 {
			t.Fatalf("%d NaN/Inf samples in the output", bad)
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

// A voice's name is matched ignoring case, in a part and in SSML's <voice name>: the same
// samples as the lower-case name, which every voice's name is.
func TestVoiceNameIgnoresCase(t *testing.T) {
	eng := testkit.Engine(t)
	render := func(p synth.Part) []float32 {
		t.Helper()
		rec, _ := testkit.Render(t, eng, synth.Request{Parts: []synth.Part{p}})
		return rec.Samples
	}
	want := render(synth.Part{Voice: "kit", Text: "Good morning."})
	for _, p := range []synth.Part{
		{Voice: "Kit", Text: "Good morning."},
		{Voice: "KIT", Text: "Good morning."},
		{Voice: "kit", SSML: true, Text: `<speak><voice name="KIT">Good morning.</voice></speak>`},
	} {
		if got := render(p); !slices.Equal(got, want) {
			t.Errorf("%+v: %d samples differ from kit's %d", p, len(got), len(want))
		}
	}
	if other := render(synth.Part{Voice: "ava", Text: "Good morning."}); slices.Equal(other, want) {
		t.Error("ava sounds exactly like kit: the test cannot tell voices apart")
	}
}
