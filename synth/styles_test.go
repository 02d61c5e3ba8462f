package synth_test

import (
	"math"
	"sort"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// styleText is read in every style: statements, a question and a list, so that the contour has
// accents, falls and a rise for the range to act on.
const styleText = "We walked down to the harbour early in the morning. The boats were already out, " +
	"and the market was busy with buyers. Did you ever see the lighthouse? It stands on the rocks " +
	"at the far end of the bay, white and red, and it has guided ships for two hundred years."

// styleMeasure is what a listener hears change with a style: the median F0 (Hz), the spread of
// F0 (10th to 90th percentile of voiced frames, in semitones) and the time from the first word's
// start to the last word's end (s).
type styleMeasure struct{ medianHz, spreadST, seconds float64 }

func measureStyle(t *testing.T, eng *synth.Engine, voice, style string) styleMeasure {
	t.Helper()
	rec, sum := testkit.Render(t, eng, synth.Request{WordTimings: true, Parts: []synth.Part{{Voice: voice, Style: style, Text: styleText}}})
	var f0 []float64
	for _, f := range acoustics.PitchTrack(rec.Samples, sum.SampleRate) {
		if f > 0 {
			f0 = append(f0, f)
		}
	}
	if len(f0) < 50 || len(rec.Words) < 10 {
		t.Fatalf("%s %s: %d voiced frames, %d words", voice, style, len(f0), len(rec.Words))
	}
	sort.Float64s(f0)
	q := func(p float64) float64 { return f0[int(p*float64(len(f0)-1))] }
	span := rec.Words[len(rec.Words)-1].End - rec.Words[0].Start
	return styleMeasure{
		medianHz: q(0.5),
		spreadST: 12 * math.Log2(q(0.9)/q(0.1)),
		seconds:  float64(span) / float64(sum.SampleRate),
	}
}

// TestStylesAreHeard: every style of the catalog changes what it says it changes, measured on
// the audio of one voice per vocoder (formant, diphone, HTS): the median F0 moves by the
// style's pitch shift, the F0 spread scales with its range, and the speech lasts as its rate
// says. Each measured change must go the asked way and reach at least half the asked size in
// semitones, range ratio or duration ratio: a change smaller than half of what the catalog
// promises is one a listener may not hear as the style (half is this test's own margin for the
// pitch tracker and for the interplay of range and median; the F0 difference limen in speech,
// about 0.3–0.5 semitones, is below the smallest shift asked, 1 semitone). Changes asked for
// below a perceptible size (under 1 semitone, range within ±15 %, rate within ±4 %) are not
// checked.
func TestStylesAreHeard(t *testing.T) {
	eng := testkit.Engine(t)
	cat := eng.Catalog()
	for _, voice := range []string{"joe", "kal", "slt"} {
		base := measureStyle(t, eng, voice, "neutral")
		for _, name := range cat.StyleNames() {
			st, _ := cat.Style(name)
			if name == "neutral" {
				continue
			}
			m := measureStyle(t, eng, voice, name)
			shift := 12 * math.Log2(m.medianHz/base.medianHz)
			rng := m.spreadST / base.spreadST
			rate := base.seconds / m.seconds
			t.Logf("%s %-9s pitch %+.2f st (asked %+.1f), range ×%.2f (asked ×%.2f), rate ×%.2f (asked ×%.2f)",
				voice, name, shift, st.PitchSemitones, rng, st.RangeScale, rate, st.RateScale)
			if a := st.PitchSemitones; math.Abs(a) >= 1 && shift*a < 0.5*a*a {
				t.Errorf("%s %s: median F0 moved %+.2f semitones, asked %+.1f", voice, name, shift, a)
			}
			if a := st.RangeScale; math.Abs(math.Log(a)) >= math.Log(1.15) && math.Log(rng)*math.Log(a) < 0.5*math.Log(a)*math.Log(a) {
				t.Errorf("%s %s: F0 spread ×%.2f, asked ×%.2f", voice, name, rng, a)
			}
			if a := st.RateScale; math.Abs(math.Log(a)) >= math.Log(1.04) && math.Log(rate)*math.Log(a) < 0.5*math.Log(a)*math.Log(a) {
				t.Errorf("%s %s: rate ×%.2f, asked ×%.2f", voice, name, rate, a)
			}
		}
	}
}
