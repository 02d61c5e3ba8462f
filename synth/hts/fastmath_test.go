package hts

import (
	"math"
	"math/cmplx"
	"testing"
)

func TestFastMathAccuracy(t *testing.T) {
	const n = 200001
	H := make([]complex128, n)
	in := make([]complex128, n)
	for i := range in {
		x := -700 + 1400*float64(i)/(n-1) + 1e-7*float64(i%13)
		// Phases: dense near 0, where the envelope's lie, and out to ±1e4.
		y := (x / 7) * math.Pow(10, float64(i%3))
		in[i] = complex(math.Min(x, 699.9), math.Max(-9999, math.Min(9999, y)))
	}
	copy(H, in)
	if !expSpectrum(H, 700, 1e4) {
		t.Fatal("expSpectrum refused arguments within its range")
	}
	worst := 0.0
	for i, v := range in {
		want := cmplx.Exp(v)
		// Relative to the magnitude: the phase's error shows as an error in the parts.
		worst = math.Max(worst, cmplx.Abs(H[i]-want)/cmplx.Abs(want))
	}
	// Ten times the error seen (the reduction of the phase loses about 1e-16·|y|), and far
	// below the 1e-7 relative change that moves a 16-bit sample.
	if worst > 1e-12 {
		t.Errorf("expSpectrum: worst relative error %g", worst)
	}
	t.Logf("worst relative error %.2g", worst)
	under := []complex128{complex(-800, 1)}
	if !expSpectrum(under, 700, 1e4) || under[0] != 0 {
		t.Errorf("e^(-800+1i) = %v, want 0", under[0])
	}
}

// Arguments outside the range (a broken model's envelope) are refused, not turned into
// infinities or NaN.
func TestExpSpectrumRefusesOutOfRange(t *testing.T) {
	for _, v := range []complex128{
		complex(700, 0), complex(math.Inf(1), 0), complex(math.NaN(), 0),
		complex(0, 1e4), complex(0, -1e4), complex(0, math.NaN()), complex(0, math.Inf(-1)),
	} {
		H := []complex128{1, v, 2}
		if expSpectrum(H, 700, 1e4) {
			t.Errorf("expSpectrum accepted %v", v)
		}
	}
}
