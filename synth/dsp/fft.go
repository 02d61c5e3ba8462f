package dsp

import (
	"fmt"
	"math"
	"math/bits"
)

// RealFFT is a discrete Fourier transform of real sequences of one power-of-two length n,
// computed as a complex FFT of length n/2 (radix 2, precomputed twiddles) on the even and odd
// samples packed as real and imaginary parts. Forward gives bins 0…n/2 of
// X[k] = Σ x[j]·e^(−2πijk/n); Inverse is its exact inverse (it scales by 1/n). A RealFFT holds
// scratch space, so it is not safe for concurrent use.
type RealFFT struct {
	n   int
	rev []int32      // bit reversal of the n/2-point transform
	tw  []complex128 // e^(−2πik/(n/2)), k < n/4: the complex transform's twiddles
	rtw []complex128 // e^(−2πik/n), k ≤ n/2: the real-input split's twiddles
	z   []complex128
}

// NewRealFFT returns a transform of length n, a power of two of at least 4.
func NewRealFFT(n int) (*RealFFT, error) {
	if n < 4 || n&(n-1) != 0 {
		return nil, fmt.Errorf("dsp: FFT length %d is not a power of two ≥ 4", n)
	}
	m := n / 2
	f := &RealFFT{
		n:   n,
		rev: make([]int32, m),
		tw:  make([]complex128, max(m/2, 1)),
		rtw: make([]complex128, m+1),
		z:   make([]complex128, m),
	}
	shift := bits.UintSize - bits.Len(uint(m-1))
	for i := range f.rev {
		if m == 1 {
			break
		}
		f.rev[i] = int32(bits.Reverse(uint(i)) >> shift)
	}
	for k := range f.tw {
		s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(m))
		f.tw[k] = complex(c, s)
	}
	for k := range f.rtw {
		s, c := math.Sincos(-2 * math.Pi * float64(k) / float64(n))
		f.rtw[k] = complex(c, s)
	}
	return f, nil
}

// Len is the transform length n.
func (f *RealFFT) Len() int { return f.n }

// Forward writes the spectrum of x (length n) into X (length n/2+1).
func (f *RealFFT) Forward(X []complex128, x []float64) {
	m := f.n / 2
	x = x[:2*m]
	X = X[:m+1]
	z := f.z[:m]
	for i, r := range f.rev {
		z[r] = complex(x[2*i], x[2*i+1])
	}
	f.butterflies(z, false)
	// Split: E[k] = (Z[k] + conj Z[m−k])/2, O[k] = −i(Z[k] − conj Z[m−k])/2, X[k] = E + W^k·O.
	z0 := z[0]
	X[0] = complex(real(z0)+imag(z0), 0)
	X[m] = complex(real(z0)-imag(z0), 0)
	for k := 1; k <= m/2; k++ {
		a, b := z[k], conj(z[m-k])
		e := (a + b) * 0.5
		o := (a - b) * complex(0, -0.5)
		w := f.rtw[k]
		X[k] = e + w*o
		// Bin m−k from the same pair: E[m−k] = conj E[k], O[m−k] = conj O[k], W^(m−k) = −conj W^k.
		X[m-k] = conj(e) - conj(w)*conj(o)
	}
}

// Inverse writes into x (length n) the real sequence whose spectrum is X (bins 0…n/2; the
// imaginary parts of bins 0 and n/2 are ignored, as a real sequence has none).
func (f *RealFFT) Inverse(x []float64, X []complex128) {
	m := f.n / 2
	x = x[:2*m]
	X = X[:m+1]
	z := f.z[:m]
	// E[k] = (X[k] + conj X[m−k])/2, O[k] = (X[k] − conj X[m−k])/2 · W^−k, Z[k] = E + i·O,
	// written to the bit-reversed slot so the butterflies run in place.
	for k := 0; k < m; k++ {
		a, b := X[k], conj(X[m-k])
		if k == 0 {
			a, b = complex(real(X[0]), 0), complex(real(X[m]), 0)
		}
		e := (a + b) * 0.5
		o := (a - b) * 0.5 * conj(f.rtw[k])
		z[f.rev[k]] = e + complex(-imag(o), real(o))
	}
	f.butterflies(z, true)
	s := 1 / float64(m)
	for i, v := range z {
		x[2*i] = real(v) * s
		x[2*i+1] = imag(v) * s
	}
}

// butterflies runs the radix-2 stages on z, already in bit-reversed order; inv conjugates the
// twiddles (an unscaled inverse transform).
func (f *RealFFT) butterflies(z []complex128, inv bool) {
	m := len(z)
	for size := 2; size <= m; size <<= 1 {
		half := size / 2
		step := m / size
		for start := 0; start < m; start += size {
			lo := z[start : start+half : start+half]
			hi := z[start+half : start+size : start+size]
			for j := range lo {
				w := f.tw[j*step]
				if inv {
					w = conj(w)
				}
				t := w * hi[j]
				u := lo[j]
				lo[j] = u + t
				hi[j] = u - t
			}
		}
	}
}

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }
