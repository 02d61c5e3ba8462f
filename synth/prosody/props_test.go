package prosody

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/text"
)

// randomSentence draws a sentence from the test lexicon with random breaks and emphasis.
func randomSentence(r *rand.Rand, vocab []string) string {
	n := 1 + r.IntN(30)
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		if r.IntN(12) == 0 {
			b.WriteByte('*')
		}
		b.WriteString(vocab[r.IntN(len(vocab))])
		switch x := r.IntN(20); {
		case i == n-1:
			b.WriteByte('.')
		case x == 0:
			b.WriteByte(',')
		case x == 1:
			b.WriteByte(';')
		}
	}
	return b.String()
}

// TestProperties checks, over many random sentences, the properties every plan must have:
// the invariants, the final contour each sentence kind asks for, rate scaling and pitch shift.
func TestProperties(t *testing.T) {
	vocab := make([]string, 0, len(lexicon))
	for w := range lexicon {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	r := rand.New(rand.NewPCG(1, 2))
	for it := 0; it < 300; it++ {
		s := randomSentence(r, vocab)
		kind := text.Kind(r.IntN(4))
		o := Options{SampleRate: []int{8000, 16000, 22050, 48000}[r.IntN(4)], Seed: r.Uint64()}
		ps := plan(t, s, kind, male, o)
		p := ps[len(ps)-1]
		switch kind {
		case text.YesNo:
			if last(p) <= first(p) {
				t.Errorf("%q yes/no: ends %.1f Hz, starts %.1f Hz", s, last(p), first(p))
			}
		default:
			if last(p) >= first(p) || last(p) >= male.BaseHz {
				t.Errorf("%q kind %d: ends %.1f Hz, starts %.1f Hz", s, kind, last(p), first(p))
			}
		}
		fast := o
		fast.Rate = 2
		base, half := totalSamples(ps), totalSamples(plan(t, s, kind, male, fast))
		// One rounding of the running clock per total: they agree to within one sample.
		if want := float64(base) / 2; math.Abs(float64(half)-want) > 1 {
			t.Errorf("%q at rate 2: %d samples, want %.1f ±1", s, half, want)
		}
		up := o
		up.PitchSemitones = 12
		ups := plan(t, s, kind, male, up)
		for i := range ps {
			for j, pt := range ps[i].F0 {
				if got := ups[i].F0[j]; got.Pos != pt.Pos || math.Abs(got.Hz-2*pt.Hz) > 1e-6 {
					t.Fatalf("%q: +12 st moved point %d from %v to %v", s, j, pt, got)
				}
			}
		}
	}
}
