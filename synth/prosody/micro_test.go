package prosody

import (
	"math"
	"testing"
)

// TestMicroProsody: over a flat 100 Hz contour, a vowel starts higher after a voiceless
// obstruent (+5 %) and lower after a voiced one (−2 %), plus its intrinsic F0 (high vowels +2 %,
// low −2 %), which is all that remains once the perturbation has faded; consonants and vowels
// without either keep the contour.
func TestMicroProsody(t *testing.T) {
	ws := words(t, "cat bead follow.")
	segs := buildSegments(ws, false)
	times := make([]int, len(segs)+1)
	for i := range times {
		times[i] = 3200 * i // 200 ms a segment at 16 kHz: room for every ramp
	}
	total := times[len(segs)] + 1600
	flat := []Point{{0, 100}, {total, 100}}
	ph := Phrase{F0: microProsody(flat, segs, times, 16000)}
	at := func(i int, frac float64) float64 {
		return ph.F0At(times[i] + int(frac*float64(times[i+1]-times[i])))
	}
	for _, c := range []struct {
		seg        int
		frac, want float64
		what       string
	}{
		{1, 0, 100 * (1 + 0.05 - 0.02), "ae after k: onset"},
		{1, 0.5, 100 * (1 - 0.02), "ae: middle, intrinsic only"},
		{0, 0.5, 100, "k"},
		{4, 0, 100 * (1 - 0.02 + 0.02), "iy after b: onset"},
		{4, 0.5, 100 * (1 + 0.02), "iy: middle"},
		{7, 0, 100 * (1 + 0.05 - 0.02), "aa after f: onset"},
		{9, 0.5, 100, "ow: no intrinsic shift, after l"},
	} {
		if got := at(c.seg, c.frac); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s (segment %d %s): %.3f Hz, want %.3f", c.what, c.seg, segs[c.seg].ph, got, c.want)
		}
	}
}
