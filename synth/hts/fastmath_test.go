package hts

import (
	"math"
	"math/cmplx"
	"testing"
)

func TestFastMathAccuracy(t *testing.T) {
	worst := 0.0
	for i := 0; i <= 200000; i++ {
		x := -700 + 1400*float64(i)/200000 + 1e-7*float64(i%13)
		// Phases: dense near 0, where the envelope's lie, and out to ±1e4.
		y := (x / 7) * math.Pow(10, float64(i%3))
		re, im := fastCexp(x, y)
		want := cmplx.Exp(complex(x, y))
		// Relative to the magnitude: the phase's error shows as an error in the parts.
		worst = math.Max(worst, cmplx.Abs(complex(re, im)-want)/cmplx.Abs(want))
	}
	// Ten times the error seen (the reduction of the phase loses about 1e-16·|y|), and far
	// below the 1e-7 relative change that moves a 16-bit sample.
	if worst > 1e-12 {
		t.Errorf("fastCexp: worst relative error %g", worst)
	}
	if re, im := fastCexp(-800, 1); re != 0 || im != 0 {
		t.Errorf("fastCexp(-800, 1) = %g%+gi, want 0", re, im)
	}
	t.Logf("worst relative error %.2g", worst)
}
