package prosody

import (
	"errors"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// fakeTimer gives vowels 120 ms and other phones 40 ms, and records what it was shown.
type fakeTimer struct {
	seen   []*Phrase
	linked bool // every phrase it saw had its neighbours linked (count > 1)
	err    error
	extra  int     // phones to add to (or, negative, drop from) each answer
	bad    float64 // when non-zero, the first phone's duration
}

func (f *fakeTimer) PhoneSeconds(ph *Phrase) ([]float64, error) {
	if f.err != nil {
		return nil, f.err
	}
	f.seen = append(f.seen, ph)
	c := ph.Sentence
	if (c.Index > 0) != (c.Prev != nil) || (c.Index < c.Count-1) != (c.Next != nil) {
		f.linked = false
	}
	out := make([]float64, 0, len(ph.Segments))
	for _, s := range ph.Segments[:len(ph.Segments)-1] {
		out = append(out, fakeSeconds(s.Phone))
	}
	if f.extra > 0 {
		out = append(out, make([]float64, f.extra)...)
	} else {
		out = out[:len(out)+f.extra]
	}
	if f.bad != 0 {
		out[0] = f.bad
	}
	return out, nil
}

func fakeSeconds(p phone.Phone) float64 {
	if p.IsVowel() {
		return 0.120
	}
	return 0.040
}

func TestPlanTimer(t *testing.T) {
	const s = "the cat sat, on the mat. "
	for _, rate := range []float64{1, 2} {
		o := opts
		o.Rate = rate
		ft := &fakeTimer{linked: true}
		v := male
		v.Durations, v.Timer = DurationVocoder, ft
		got := plan(t, s, text.Statement, v, o)
		ref := plan(t, s, text.Statement, male, o)
		if len(got) != 2 || len(ref) != 2 || len(ft.seen) != 2 {
			t.Fatalf("rate %g: %d phrases (%d without the timer), timer saw %d", rate, len(got), len(ref), len(ft.seen))
		}
		if !ft.linked {
			t.Errorf("rate %g: the timer saw phrases not linked to their neighbours", rate)
		}
		for pi := range got {
			segs := got[pi].Segments
			for i, sg := range segs[:len(segs)-1] {
				// The layout rounds a running clock, so a phone may be a sample off its share.
				want := fakeSeconds(sg.Phone) * float64(o.SampleRate) / rate
				if math.Abs(float64(sg.Samples)-want) > 1 {
					t.Errorf("rate %g, phrase %d, phone %d (%v): %d samples, want %.1f from the timer", rate, pi, i, sg.Phone, sg.Samples, want)
				}
			}
			// Pauses keep their planned lengths.
			p, q := segs[len(segs)-1].Samples, ref[pi].Segments[len(ref[pi].Segments)-1].Samples
			if abs(p-q) > 1 {
				t.Errorf("rate %g, phrase %d: pause of %d samples, %d without the timer", rate, pi, p, q)
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestPlanTimerStretchesEmphasis(t *testing.T) {
	v := male
	v.Durations, v.Timer = DurationVocoder, &fakeTimer{linked: true}
	plain := plan(t, "the cat sat.", text.Statement, v, opts)
	emph := plan(t, "the *cat sat.", text.Statement, v, opts)
	stretched := 0
	for i, sg := range emph[0].Segments {
		a, b := float64(plain[0].Segments[i].Samples), float64(sg.Samples)
		switch {
		case math.Abs(b-a) <= 1:
		case math.Abs(b-a*emphasisStretch) <= 1 && sg.Phone.IsVowel():
			stretched++
		default:
			t.Errorf("segment %d (%v): %v samples emphasized, %v plain", i, sg.Phone, b, a)
		}
	}
	if stretched != 1 {
		t.Errorf("%d vowels stretched by emphasis, want 1 (cat's)", stretched)
	}
}

func TestPlanTimerErrors(t *testing.T) {
	boom := errors.New("boom")
	for name, tc := range map[string]struct {
		v    Voice
		want error
	}{
		"vocoder durations without a timer": {Voice{BaseHz: 110, Durations: DurationVocoder}, ErrInvalid},
		"timer error":                       {Voice{BaseHz: 110, Timer: &fakeTimer{err: boom}}, boom},
		"one phone too many":                {Voice{BaseHz: 110, Timer: &fakeTimer{extra: 1}}, nil},
		"one phone too few":                 {Voice{BaseHz: 110, Timer: &fakeTimer{extra: -1}}, nil},
		"NaN":                               {Voice{BaseHz: 110, Timer: &fakeTimer{bad: math.NaN()}}, nil},
		"negative":                          {Voice{BaseHz: 110, Timer: &fakeTimer{bad: -0.1}}, nil},
		"an hour":                           {Voice{BaseHz: 110, Timer: &fakeTimer{bad: 3600}}, nil},
	} {
		_, err := Plan(words(t, "the cat sat."), text.Statement, tc.v, opts)
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: err = %v, want %v", name, err, tc.want)
		}
	}
}
