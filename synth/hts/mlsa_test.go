package hts

import (
	"math"
	"math/cmplx"
	"testing"
)

// The MLSA filter's log magnitude response must be the mel-cepstrum's: ln H(z) = Σ c_m z̃^-m
// with z̃^-1 the all-pass, so ln|H(e^jω)| = Σ c_m cos(m·β(ω)), β the warped frequency.
func TestMLSAResponseMatchesMelCepstrum(t *testing.T) {
	const alpha, m = 0.45, 12
	c := make([]float64, m+1)
	c[1], c[2], c[3], c[5], c[9], c[12] = 0.4, -0.25, 0.15, 0.1, -0.05, 0.03
	b := make([]float64, m+1)
	mcToB(b, c, alpha)
	f := newMLSA(m, alpha)
	const n = 4096
	h := make([]float64, n)
	for i := range h {
		x := 0.0
		if i == 0 {
			x = math.Exp(b[0])
		}
		h[i] = f.filter(x, b)
	}
	for _, w := range []float64{0.05, 0.3, 0.7, 1.2, 2.0, 2.8, 3.1} {
		var H complex128
		for i, v := range h {
			H += complex(v, 0) * cmplx.Exp(complex(0, -w*float64(i)))
		}
		beta := w + 2*math.Atan(alpha*math.Sin(w)/(1-alpha*math.Cos(w)))
		want := c[0]
		for k := 1; k <= m; k++ {
			want += c[k] * math.Cos(float64(k)*beta)
		}
		// The fifth-order Padé approximation of exp is accurate to about 1e-4 for |F| ≤ 1
		// (these coefficients keep |F| under 1); 0.005 nepers is 0.04 dB.
		if got := math.Log(cmplx.Abs(H)); math.Abs(got-want) > 0.005 {
			t.Errorf("ω=%.2f: ln|H| = %.4f, want %.4f", w, got, want)
		}
	}
}

func TestMLSAZeroCepstrumPassesInput(t *testing.T) {
	f := newMLSA(24, 0.45)
	b := make([]float64, 25)
	for i, x := range []float64{1, -0.5, 0.25, 0, 3} {
		if y := f.filter(x, b); math.Abs(y-x) > 1e-15 {
			t.Errorf("sample %d: %v, want %v", i, y, x)
		}
	}
}

func TestRNGIsGaussianAndRepeatable(t *testing.T) {
	a, b := rng{next: 1}, rng{next: 1}
	sum, sq := 0.0, 0.0
	const n = 100000
	for i := 0; i < n; i++ {
		x := a.gauss()
		if y := b.gauss(); x != y {
			t.Fatalf("draw %d differs: %v vs %v", i, x, y)
		}
		sum += x
		sq += x * x
	}
	mean, v := sum/n, sq/n-(sum/n)*(sum/n)
	// Standard error of the mean is 1/√n ≈ 0.003; of the variance √(2/n) ≈ 0.0045: 5σ bounds.
	if math.Abs(mean) > 0.016 || math.Abs(v-1) > 0.023 {
		t.Errorf("mean %v variance %v, want 0 and 1", mean, v)
	}
}
