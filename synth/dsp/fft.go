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
	tw  []complex128 // per radix-2 stage of size s ≥ 8, e^(−2πij/s) for j < s/2, stage after stage
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
	for size := 8; size <= m; size <<= 1 {
		for j := 0; j < size/2; j++ {
			s, c := math.Sincos(-2 * math.Pi * float64(j) / float64(size))
			f.tw = append(f.tw, complex(c, s))
		}
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
	f.butterflies(z)
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
		// The inverse transform is the conjugate of the forward one of the conjugate.
		z[f.rev[k]] = conj(e + complex(-imag(o), real(o)))
	}
	f.butterflies(z)
	s := 1 / float64(m)
	for i, v := range z {
		x[2*i] = real(v) * s
		x[2*i+1] = -imag(v) * s
	}
}

// butterflies runs the forward transform's stages on z, already in bit-reversed order: the
// first two radix-2 stages fused (their twiddles are 1 and −i), then one pass per stage.
func (f *RealFFT) butterflies(z []complex128) {
	m := len(z)
	if m == 2 {
		z[0], z[1] = z[0]+z[1], z[0]-z[1]
		return
	}
	for g := 0; g+3 < m; g += 4 {
		q := z[g : g+4 : g+4]
		b0, b1 := q[0]+q[1], q[0]-q[1]
		b2, b3 := q[2]+q[3], q[2]-q[3]
		b3 = complex(imag(b3), -real(b3)) // −i·b3
		q[0], q[2] = b0+b2, b0-b2
		q[1], q[3] = b1+b3, b1-b3
	}
	tw := f.tw
	for size := 8; size <= m; size <<= 1 {
		h := size / 2
		w := tw[:h:h]
		tw = tw[h:]
		for start := 0; start < m; start += size {
			lo := z[start : start+h : start+h]
			hi := z[start+h : start+size : start+size]
			for j, wj := range w {
				t := wj * hi[j]
				u := lo[j]
				lo[j] = u + t
				hi[j] = u - t
			}
		}
	}
}

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }
