package formant

import (
	"math"
	"testing"
)

// TestAspirationRisesAfterRelease: after the release of an aspirated stop the aspiration builds
// up as the glottal flow rises and the release's frication gives way to it (Stevens, Acoustic
// Phonetics ch. 8), instead of starting at its full level under the burst: the planned
// aspiration level (Klatt dB, before the track's smoothing) at the start of the vowel, where the
// planner puts the aspiration, is 12 dB under its level, half-way up after aspRiseMs/2 and at
// its level from aspRiseMs on. The rendered rise is confounded with the formant transitions
// and the track's smoothing, so the plan is checked; the levels are exact sums.
func TestAspirationRisesAfterRelease(t *testing.T) {
	for _, phones := range []string{"P AA1", "T AA1", "K AA1"} {
		ph, pl := planPhones(t, phones)
		vi := -1
		for i := range pl.segs {
			if pl.segs[i].aspIn > 0 {
				vi = i
				break
			}
		}
		if vi < 0 {
			t.Fatalf("%s: no aspirated segment in the plan", phones)
		}
		s := &pl.segs[vi]
		if float64(s.aspIn) <= pl.ms(aspRiseMs) {
			t.Fatalf("%s: aspiration %d samples, not longer than its rise", phones, s.aspIn)
		}
		for _, c := range []struct{ atMs, under float64 }{
			{0, 12}, {aspRiseMs / 2, 6}, {aspRiseMs, 0}, {aspRiseMs + 5, 0},
		} {
			var fr frame
			pl.amps(vi, pl.ms(c.atMs), &fr, ph)
			if want := s.aspAmp - c.under; math.Abs(fr.ah-want) > 1e-9 {
				t.Errorf("%s: aspiration %.0f ms after the release %.2f dB, want %.2f (%.0f dB under its level %.0f)", phones, c.atMs, fr.ah, want, c.under, s.aspAmp)
			}
		}
	}
}
