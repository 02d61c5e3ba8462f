package dsp

import (
	"math"
	"math/cmplx"
	"testing"
)

// naiveDFT is the definition, X[k] = Σ x[j]·e^(−2πijk/n), for k ≤ n/2.
func naiveDFT(x []float64) []complex128 {
	n := len(x)
	X := make([]complex128, n/2+1)
	for k := range X {
		for j, v := range x {
			X[k] += complex(v, 0) * cmplx.Exp(complex(0, -2*math.Pi*float64(j*k%n)/float64(n)))
		}
	}
	return X
}

func TestRealFFTMatchesDFT(t *testing.T) {
	for _, n := range []int{4, 8, 16, 64, 512, 1024} {
		f, err := NewRealFFT(n)
		if err != nil {
			t.Fatal(err)
		}
		rng := NewNoise(uint64(n))
		x := make([]float64, n)
		for i := range x {
			x[i] = rng.Uniform()
		}
		want := naiveDFT(x)
		got := make([]complex128, n/2+1)
		f.Forward(got, x)
		// Rounding grows like log n·ε·Σ|x| ≤ n·1e-15 here.
		tol := float64(n) * 1e-13
		for k := range want {
			if cmplx.Abs(got[k]-want[k]) > tol {
				t.Fatalf("n=%d bin %d: %v, want %v", n, k, got[k], want[k])
			}
		}
		back := make([]float64, n)
		f.Inverse(back, got)
		for i := range x {
			if math.Abs(back[i]-x[i]) > 1e-13 {
				t.Fatalf("n=%d: inverse sample %d = %v, want %v", n, i, back[i], x[i])
			}
		}
	}
}

// The inverse must treat its input as a real sequence's half spectrum: a spectrum built from
// cosines and sines of known amplitude gives back those waves.
func TestRealFFTInverseOfKnownSpectrum(t *testing.T) {
	const n = 256
	f, err := NewRealFFT(n)
	if err != nil {
		t.Fatal(err)
	}
	X := make([]complex128, n/2+1)
	X[0] = 0.5 * n              // constant 0.5
	X[3] = complex(n/2, 0)      // cos(2π·3j/n)
	X[10] = complex(0, -n)      // 2·sin(2π·10j/n)
	X[n/2] = complex(0.25*n, 7) // alternating ±0.25; the imaginary part has no meaning
	x := make([]float64, n)
	f.Inverse(x, X)
	for j := range x {
		w := 2 * math.Pi * float64(j) / n
		want := 0.5 + math.Cos(3*w) + 2*math.Sin(10*w) + 0.25*math.Cos(math.Pi*float64(j))
		if math.Abs(x[j]-want) > 1e-12 {
			t.Fatalf("sample %d = %v, want %v", j, x[j], want)
		}
	}
}

// ForwardPrefix must give Forward's spectrum of the zero-padded sequence, bit for bit, for
// every prefix length: the short ones (up to n/4) that skip the first pass, and the others.
func TestForwardPrefixIsForwardOfPadded(t *testing.T) {
	for _, n := range []int{4, 8, 16, 32, 512, 1024} {
		f, err := NewRealFFT(n)
		if err != nil {
			t.Fatal(err)
		}
		rng := NewNoise(uint64(n) + 7)
		for _, l := range []int{0, 1, 2, n/4 - 1, n / 4, n/4 + 1, n / 2, n - 1, n} {
			x := make([]float64, n)
			for i := range x[:l] {
				x[i] = rng.Gauss()
			}
			want := make([]complex128, n/2+1)
			f.Forward(want, x)
			got := make([]complex128, n/2+1)
			for i := range got {
				got[i] = complex(math.NaN(), 0) // every bin must be written
			}
			f.ForwardPrefix(got, x[:l])
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("n=%d, %d samples: bin %d = %v, want %v", n, l, k, got[k], want[k])
				}
			}
		}
	}
}

func TestNewRealFFTRejectsBadLengths(t *testing.T) {
	for _, n := range []int{-4, 0, 1, 2, 3, 6, 100} {
		if _, err := NewRealFFT(n); err == nil {
			t.Errorf("NewRealFFT(%d) accepted", n)
		}
	}
}

func BenchmarkRealFFT512(b *testing.B) {
	f, err := NewRealFFT(512)
	if err != nil {
		b.Fatal(err)
	}
	x := make([]float64, 512)
	X := make([]complex128, 257)
	for i := range x {
		x[i] = float64(i % 7)
	}
	for b.Loop() {
		f.Forward(X, x)
		f.Inverse(x, X)
	}
}
