package hts

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/prosody"
)

// TestEndFromPlanReachesPlannedLow: in a phrase where the voice follows the plan at a constant
// ratio but for a nucleus it puts higher, a final fall ends at that ratio to the plan's low (the
// bottom of the range), not as far under the high nucleus as the plan falls, and the nucleus
// keeps the voice's height; a rise keeps the plan's movement from the voice's value.
func TestEndFromPlanReachesPlannedLow(t *testing.T) {
	const fp, n, a0 = 80, 200, 150 // samples a frame, frames, the nucleus's first frame
	const k, bump = 1.3, 1.2       // the voice over the plan, and its nucleus over that
	for _, tc := range []struct {
		name     string
		to       float64 // the plan's end, Hz, from 170 at the nucleus
		wantHigh bool    // the end keeps the voice's relative movement
	}{
		{"fall", 130, false},
		{"rise", 260, true},
	} {
		ph := &prosody.Phrase{F0: []prosody.Point{{Pos: 0, Hz: 170}, {Pos: a0 * fp, Hz: 170}, {Pos: (n - 1) * fp, Hz: tc.to}}}
		fr := make([]frameInfo, n)
		lf := make([]float64, n)
		for i := range fr {
			fr[i].voiced = true
			lf[i] = math.Log(k * ph.F0At(i*fp))
			if i >= a0 && i < a0+3 {
				lf[i] += math.Log(bump)
			}
		}
		endFromPlan(lf, fr, a0, fp, ph)
		if got, want := math.Exp(lf[a0]), k*bump*170; math.Abs(got/want-1) > 1e-9 {
			t.Errorf("%s: the nucleus at %.1f Hz, want the voice's %.1f", tc.name, got, want)
		}
		want := k * tc.to // the voice's ratio to the plan, at the plan's low
		if tc.wantHigh {
			want = k * bump * tc.to // the plan's movement from the voice's nucleus
		}
		// The nucleus's three frames raise the phrase's mean ratio by 3/200 of 1.2: 0.3 %.
		if got := math.Exp(lf[n-1]); math.Abs(got/want-1) > 0.005 {
			t.Errorf("%s: ends at %.1f Hz, want %.1f", tc.name, got, want)
		}
		for i := a0 + 1; i < n; i++ {
			if tc.to < 170 && lf[i] > lf[i-1]+1e-12 || tc.to > 170 && lf[i] < lf[i-1]-1e-12 {
				t.Errorf("%s: frame %d moves against the plan (%.2f after %.2f Hz)", tc.name, i, math.Exp(lf[i]), math.Exp(lf[i-1]))
			}
		}
	}
}
