package hts

import (
	"math"
	"testing"
)

func TestFastMathAccuracy(t *testing.T) {
	rel := func(got, want float64) float64 {
		if want == 0 {
			return math.Abs(got)
		}
		return math.Abs(got-want) / math.Abs(want)
	}
	worstE, worstS := 0.0, 0.0
	for i := 0; i <= 200000; i++ {
		x := -700 + 1400*float64(i)/200000 + 1e-7*float64(i%13)
		worstE = math.Max(worstE, rel(fastExp(x), math.Exp(x)))
		// Phases: dense near 0, where the envelope's lie, and out to ±1e4.
		y := (x / 7) * math.Pow(10, float64(i%3))
		s, c := fastSincos(y)
		ws, wc := math.Sincos(y)
		// Absolute error: sine and cosine are bounded; near their zeros relative error
		// would measure only the argument's reduction.
		worstS = math.Max(worstS, math.Max(math.Abs(s-ws), math.Abs(c-wc)))
	}
	// Bounds ten times the errors seen, and far below the 1e-7 relative change that moves a
	// 16-bit sample.
	if worstE > 1e-13 {
		t.Errorf("fastExp: worst relative error %g", worstE)
	}
	if worstS > 1e-12 {
		t.Errorf("fastSincos: worst absolute error %g", worstS)
	}
	if fastExp(-800) != 0 {
		t.Errorf("fastExp(-800) = %g, want 0", fastExp(-800))
	}
	t.Logf("worst: exp %.2g relative, sincos %.2g absolute", worstE, worstS)
}
