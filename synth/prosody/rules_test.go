package prosody

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestDurationRules checks single segments against Klatt's rules worked out by hand:
// DUR = (INH − MIN′)·PRCNT/100 + MIN′ (+25 ms aspiration), MIN′ = MIN/2 when unstressed.
func TestDurationRules(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		ph       phone.Phone
		n        int // n-th occurrence in the phrase
		want     float64
		why      string
	}{
		{"cat.", phone.K, 0, 80, "word-initial, stressed, no cluster: inherent"},
		{"cat.", phone.AE, 0, 80 + 150*1.4*0.7 + 25, "final ×1.4, before voiceless plosive ×0.7 (final, unreduced), aspiration +25"},
		{"cat.", phone.T, 0, 50 + 25*1.4*0.85, "final coda ×1.4, non-initial ×0.85"},
		{"*cat.", phone.AE, 0, 80 + 150*1.4*1.4*0.7 + 25, "emphasis ×1.4"},
		{"the cat sat on the mat.", phone.AH, 0, 30 + 110*0.6*0.7*1.06, "reduced 'the': non-final ×0.6, unstressed ×0.7 MIN/2, open word-final 120 reduced to 106"},
		{"visits.", phone.IH, 0, 40 + 95*0.6*0.85*0.8*1.18, "non-final, non-word-final, polysyllabic, before voiced fricative 160 reduced to 118"},
		{"visits.", phone.AH, 0, 30 + 110*1.4*0.8*0.7*0.7, "final, polysyllabic, unstressed, before voiceless plosive 70"},
		{"visits.", phone.Z, 0, 20 + 55*0.85*0.7, "non-initial, unstressed ×0.7 with MIN/2, between vowels"},
		{"visits.", phone.T, 0, 25 + 50*1.4*0.85*0.7*0.7, "final coda, non-initial, unstressed, one consonant neighbour ×0.7"},
		{"visits.", phone.S, 0, 30 + 75*1.4*0.85*0.7*0.7, "final coda, non-initial, unstressed, one consonant neighbour"},
		{"follow.", phone.L, 0, 20 + 60*0.85*0.1, "unstressed prevocalic liquid ×0.1"},
		{"follow.", phone.OW, 0, 40 + 180*1.4*0.8*0.7*1.2, "final unstressed open word-final 120"},
		{"wonderful.", phone.ER, 0, 40 + 140*0.6*0.85*0.8*0.5, "word-medial unstressed ×0.5"},
		{"on.", phone.N, 0, 50 + 10*1.4*1.4*0.85, "phrase-final post-vocalic nasal ×1.4 on top of rule 2"},
		{"saw it.", phone.AO, 0, 100 + 140*0.6*1.06*1.2, "vowel before vowel ×1.2"},
		{"saw it.", phone.IH, 0, 20 + 115*1.4*0.7*0.7*0.7, "vowel after vowel ×0.7, reduced function word"},
		{"street.", phone.T, 0, 50 + 25*0.85*0.5, "consonant between consonants ×0.5"},
		{"street.", phone.R, 0, 30 + 50*0.85*0.7, "no aspiration after S+plosive"},
		{"play.", phone.L, 0, 40 + 40*0.85*0.7 + 25, "stressed sonorant after voiceless plosive: aspiration +25"},
		{"play.", phone.EY, 0, 100 + 90*1.4*1.2, "final open syllable"},
	} {
		ws := words(t, tc.sentence)
		segs := buildSegments(ws, false)
		durations(segs)
		n, got := tc.n, math.NaN()
		for _, s := range segs {
			if s.ph == tc.ph {
				if n == 0 {
					got = s.ms
					break
				}
				n--
			}
		}
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%q %v#%d: %.3f ms, want %.3f (%s)", tc.sentence, tc.ph, tc.n, got, tc.want, tc.why)
		}
	}
}

// TestRule9ReducedOutsideFinal checks that the post-vocalic voicing effect is strong in the
// phrase-final syllable and reduced elsewhere (MITalk; not Festival's inverted condition).
func TestRule9ReducedOutsideFinal(t *testing.T) {
	iy := func(s string) []float64 {
		segs := buildSegments(words(t, s), false)
		durations(segs)
		var out []float64
		for _, sg := range segs {
			if sg.ph == phone.IY {
				out = append(out, sg.ms)
			}
		}
		return out
	}
	mid := iy("bees beat bees.")
	nonFinal := mid[0] / mid[1]
	final := iy("bees.")[0] / iy("beat.")[0]
	if !(final > nonFinal && nonFinal > 1) {
		t.Errorf("IY before Z / before T: final %.2f, non-final %.2f; want final > non-final > 1", final, nonFinal)
	}
	// The exact factors: 160/70 in final position, (70+0.3·160)/(70+0.3·70) elsewhere, applied
	// to the part above MIN.
	if want := (55 + 100*0.6*1.18) / (55 + 100*0.6*0.91); math.Abs(nonFinal-want) > 1e-9 {
		t.Errorf("non-final ratio %.4f, want %.4f", nonFinal, want)
	}
}
