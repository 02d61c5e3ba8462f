package audio

import (
	"math"
	"testing"
)

// TestToInt16MatchesRound compares ToInt16 with math.Round over every float32 grid point near
// the rounding boundaries and a sweep of the whole range.
func TestToInt16MatchesRound(t *testing.T) {
	ref := func(x float32) int16 {
		v := math.Round(float64(x) * 32767)
		return int16(math.Max(-32768, math.Min(32767, v)))
	}
	check := func(x float32) {
		if got, want := ToInt16(x), ref(x); got != want {
			t.Fatalf("ToInt16(%g) = %d, math.Round gives %d", x, got, want)
		}
	}
	for k := -32769; k <= 32768; k++ {
		// The float32 values closest to each half-step boundary (k+0.5)/32767, both sides.
		b := float32((float64(k) + 0.5) / 32767)
		x := b
		for i := 0; i < 3; i++ {
			check(x)
			check(-x)
			x = math.Nextafter32(x, 2)
		}
		x = b
		for i := 0; i < 3; i++ {
			x = math.Nextafter32(x, -2)
			check(x)
			check(-x)
		}
	}
	for _, x := range []float32{0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 1, -1, 1.5, -1.5, float32(math.Inf(1)), float32(math.Inf(-1))} {
		check(x)
	}
	if got := ToInt16(float32(math.NaN())); got != 0 {
		t.Errorf("ToInt16(NaN) = %d, want 0", got)
	}
}
