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
	rev []int32         // bit reversal of the n/2-point transform
	tw  []complex128    // twiddles of the radix-2 pass, if there is one (see stages)
	tw4 [][3]complex128 // w^j, w^2j, w^3j of the radix-4 passes, pass after pass
	rtw []complex128    // e^(−2πik/n), k ≤ n/2: the real-input split's twiddles
	st  []stage         // the passes of the n/2-point transform after the first
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
		st:  stages(m),
	}
	shift := bits.UintSize - bits.Len(uint(m-1))
	for i := range f.rev {
		if m == 1 {
			break
		}
		f.rev[i] = int32(bits.Reverse(uint(i)) >> shift)
	}
	w := func(j, size int) complex128 {
		s, c := math.Sincos(-2 * math.Pi * float64(j) / float64(size))
		return complex(c, s)
	}
	for _, st := range f.st {
		if st.radix == 2 {
			for j := 0; j < st.size/2; j++ {
				f.tw = append(f.tw, w(j, st.size))
			}
			continue
		}
		for j := 0; j < st.size/4; j++ {
			f.tw4 = append(f.tw4, [3]complex128{w(j, st.size), w(2*j, st.size), w(3*j, st.size)})
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
	f.butterflies(z, nil)
	f.split(X, z)
}

// ForwardPrefix is Forward for a sequence that is zero past its first len(x) samples (len(x) ≤
// n): X gets the spectrum of x padded with zeros to length n. Up to n/4 samples the zeros make
// the butterflies' first pass a copy, and it is skipped: the result is Forward's, bit for bit.
func (f *RealFFT) ForwardPrefix(X []complex128, x []float64) {
	m := f.n / 2
	X = X[:m+1]
	z := f.z[:m]
	sample := func(j int) float64 {
		if j < len(x) {
			return x[j]
		}
		return 0
	}
	if m < 4 || len(x) > m/2 {
		for i, r := range f.rev {
			z[r] = complex(sample(2*i), sample(2*i+1))
		}
		f.butterflies(z, nil)
		f.split(X, z)
		return
	}
	// Samples 2i and 2i+1 (i < m/4, the only ones that can be non-zero) go to z[rev[i]], a
	// multiple of four: the first pass turns its group, whose other three values are the
	// samples 2i + n/4, 2i + n/2 and 2i + 3n/4, all zero, into four copies of it.
	if len(f.st) > 0 && f.st[0].radix == 2 {
		// The copies and the radix-2 pass of size 8 in one sweep: the block of eight at
		// rev[i] (i < m/8) is the copies of pair i, then those of pair i + m/8 (the bit
		// reversal of m/8 is 4), which the pass combines with the twiddles w^j, j < 4, as
		// passesFrom does.
		w := (*[4]complex128)(f.tw[:4])
		for i, g := range f.rev[:m/8] {
			v := complex(sample(2*i), sample(2*i+1))
			u := complex(sample(2*i+m/4), sample(2*i+m/4+1))
			q := (*[8]complex128)(z[g : g+8])
			for j, wj := range w {
				t := wj * u
				q[j], q[j+4] = v+t, v-t
			}
		}
		f.passesFrom(z, 1)
		f.split(X, z)
		return
	}
	for i, g := range f.rev[:m/4] {
		v := complex(sample(2*i), sample(2*i+1))
		q := z[g : g+4 : g+4]
		q[0], q[1], q[2], q[3] = v, v, v, v
	}
	f.passes(z)
	f.split(X, z)
}

// split turns the n/2-point transform z of the packed samples into bins 0…n/2 of the real
// sequence's spectrum.
func (f *RealFFT) split(X, z []complex128) {
	m := f.n / 2
	// Split: E[k] = (Z[k] + conj Z[m−k])/2, O[k] = −i(Z[k] − conj Z[m−k])/2, X[k] = E + W^k·O.
	z0 := z[0]
	X[0] = complex(real(z0)+imag(z0), 0)
	X[m] = complex(real(z0)-imag(z0), 0)
	// Bins 1…m/2 from the front of z and X, bins m−1…m/2 from the back: resliced so that the
	// compiler sees every index in range.
	h := m / 2
	zl, zh := z[1:h+1], z[h:m]
	Xl, Xh := X[1:h+1], X[h:m]
	w := f.rtw[1 : h+1]
	zh, Xh, w = zh[:len(zl)], Xh[:len(zl)], w[:len(zl)]
	for i, a := range zl {
		j := len(zl) - 1 - i // bin m−k, k = i+1
		b := conj(zh[j])
		// Halving and multiplying by −i/2 part by part: Go multiplies by a complex
		// constant in full.
		e := complex(0.5*(real(a)+real(b)), 0.5*(imag(a)+imag(b)))
		o := complex(0.5*(imag(a)-imag(b)), -0.5*(real(a)-real(b)))
		wk := w[i]
		Xl[i] = e + wk*o
		// Bin m−k from the same pair: E[m−k] = conj E[k], O[m−k] = conj O[k], W^(m−k) = −conj W^k.
		Xh[j] = conj(e) - conj(wk)*conj(o)
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
	// written conjugated (the inverse transform is the conjugate of the forward one of the
	// conjugate) to the bit-reversed slot so the butterflies run in place. Bin m−k comes from
	// the same pair: E[m−k] = conj E[k], O[m−k] = conj O[k]. The inverse's 1/m joins the
	// halving: m is a power of two, so scaling by it is exact at any step and the result is
	// the same, bit for bit, as scaling at the end.
	s := 0.5 / float64(m)
	{
		a, b := real(X[0]), real(X[m])
		z[0] = complex((a+b)*s, -(a-b)*s)
	}
	h := m / 2
	Xl, Xh := X[1:h+1], X[h:m]
	rl, rh := f.rev[1:h+1], f.rev[h:m]
	w := f.rtw[1 : h+1]
	Xh, rl, rh, w = Xh[:len(Xl)], rl[:len(Xl)], rh[:len(Xl)], w[:len(Xl)]
	for i, a := range Xl {
		j := len(Xl) - 1 - i // bin m−k, k = i+1
		b := conj(Xh[j])
		e := complex(s*(real(a)+real(b)), s*(imag(a)+imag(b)))
		o := complex(s*(real(a)-real(b)), s*(imag(a)-imag(b))) * conj(w[i])
		z[rl[i]] = conj(e + complex(-imag(o), real(o)))
		if j != 0 { // k ≠ m−k
			e, o = conj(e), conj(o)
			z[rh[j]] = conj(e + complex(-imag(o), real(o)))
		}
	}
	if f.butterflies(z, x) {
		return
	}
	for i, v := range z {
		p := (*[2]float64)(x[2*i : 2*i+2])
		p[0], p[1] = real(v), -imag(v)
	}
}

type stage struct{ size, radix int }

// stages lists the passes after the first (which combines pairs of pairs, size 4): one radix-2
// pass of size 8 when log2 m is odd, then radix-4 passes, each four times the size.
func stages(m int) []stage {
	var st []stage
	size := 4
	if bits.TrailingZeros(uint(m))%2 == 1 && m > 4 {
		size = 8
		st = append(st, stage{8, 2})
	}
	for size < m {
		size *= 4
		st = append(st, stage{size, 4})
	}
	return st
}

// butterflies runs the forward transform on z, already in bit-reversed order. With that order
// the four quarters of a block of size s hold the transforms of the samples 4n, 4n+2, 4n+1 and
// 4n+3 of the block's sequence, which a radix-4 step combines with the twiddles w^j, w^2j,
// w^3j (w = e^(−2πi/s)).
//
// With out (2·len(z) values) the last pass, when it is a radix-4 one, writes its results to out
// as the inverse transform's samples, real and negated imaginary parts (Inverse's conjugation),
// instead of back to z, and butterflies reports true.
func (f *RealFFT) butterflies(z []complex128, out []float64) bool {
	m := len(z)
	if m == 2 {
		z[0], z[1] = z[0]+z[1], z[0]-z[1]
		return false
	}
	if len(f.st) > 0 && f.st[0].radix == 2 {
		// The first pass and the radix-2 pass of size 8 in one sweep: a block of eight is two
		// groups of four, then combined; the same operations, with each value loaded and
		// stored once instead of twice. The twiddle of j = 0 is exactly 1.
		w := (*[4]complex128)(f.tw[:4])
		for g := 0; g+7 < m; g += 8 {
			q := (*[8]complex128)(z[g : g+8])
			a0, a1, a2, a3 := first4(q[0], q[1], q[2], q[3])
			c0, c1, c2, c3 := first4(q[4], q[5], q[6], q[7])
			t1, t2, t3 := w[1]*c1, w[2]*c2, w[3]*c3
			q[0], q[4] = a0+c0, a0-c0
			q[1], q[5] = a1+t1, a1-t1
			q[2], q[6] = a2+t2, a2-t2
			q[3], q[7] = a3+t3, a3-t3
		}
		return f.passesOut(z, 1, out)
	}
	for g := 0; g+3 < m; g += 4 {
		q := (*[4]complex128)(z[g : g+4])
		q[0], q[1], q[2], q[3] = first4(q[0], q[1], q[2], q[3])
	}
	return f.passesOut(z, 0, out)
}

// first4 is the first pass on a group of four (the transforms of its pairs combined).
func first4(x0, x1, x2, x3 complex128) (y0, y1, y2, y3 complex128) {
	b0, b1 := x0+x1, x0-x1
	b2, b3 := x2+x3, x2-x3
	b3 = complex(imag(b3), -real(b3)) // −i·b3
	return b0 + b2, b1 + b3, b0 - b2, b1 - b3
}

// passes runs the passes after the first (the radix-2 one of size 8 and the radix-4 ones).
func (f *RealFFT) passes(z []complex128) { f.passesFrom(z, 0) }

// passesFrom runs the passes after the first from f.st[from] on.
func (f *RealFFT) passesFrom(z []complex128, from int) { f.passesOut(z, from, nil) }

// passesOut is passesFrom; with out, a last pass of radix 4 writes to out as butterflies says.
func (f *RealFFT) passesOut(z []complex128, from int, out []float64) bool {
	m := len(z)
	tw4 := f.tw4
	for i, st := range f.st[from:] {
		if st.radix == 2 {
			h := st.size / 2
			w := f.tw[:h:h]
			for start := 0; start < m; start += st.size {
				lo := z[start : start+h : start+h][:len(w)]
				hi := z[start+h : start+st.size : start+st.size][:len(w)]
				for j, wj := range w {
					t := wj * hi[j]
					u := lo[j]
					lo[j] = u + t
					hi[j] = u - t
				}
			}
			continue
		}
		q := st.size / 4
		w := tw4[:q:q]
		tw4 = tw4[q:]
		if out != nil && from+i == len(f.st)-1 && st.size == m {
			lastPassOut(out, z, w)
			return true
		}
		for start := 0; start < m; start += st.size {
			// Resliced to len(w): the compiler then knows every index below is in range.
			x0 := z[start : start+q : start+q][:len(w)]
			x2 := z[start+q : start+2*q : start+2*q][:len(w)]
			x1 := z[start+2*q : start+3*q : start+3*q][:len(w)]
			x3 := z[start+3*q : start+4*q : start+4*q][:len(w)]
			for j := range w {
				// Outputs j, j+q, j+2q, j+3q: the quarters in order (x2 is the second).
				x0[j], x2[j], x1[j], x3[j] = butterfly4(x0[j], x1[j], x2[j], x3[j], &w[j])
			}
		}
	}
	return false
}

// lastPassOut is the last radix-4 pass (one block, the whole of z) writing Inverse's output:
// the same butterflies as passesOut's, each result r stored as out[2i] = Re r,
// out[2i+1] = −Im r.
func lastPassOut(out []float64, z []complex128, w [][3]complex128) {
	q := len(w)
	x0 := z[0:q:q][:len(w)]
	x2 := z[q : 2*q : 2*q][:len(w)]
	x1 := z[2*q : 3*q : 3*q][:len(w)]
	x3 := z[3*q : 4*q : 4*q][:len(w)]
	o0 := out[0 : 2*q : 2*q]
	o1 := out[2*q : 4*q : 4*q]
	o2 := out[4*q : 6*q : 6*q]
	o3 := out[6*q : 8*q : 8*q]
	for j := range w {
		r0, r1, r2, r3 := butterfly4(x0[j], x1[j], x2[j], x3[j], &w[j])
		p0 := (*[2]float64)(o0[2*j : 2*j+2])
		p1 := (*[2]float64)(o1[2*j : 2*j+2])
		p2 := (*[2]float64)(o2[2*j : 2*j+2])
		p3 := (*[2]float64)(o3[2*j : 2*j+2])
		p0[0], p0[1] = real(r0), -imag(r0)
		p1[0], p1[1] = real(r1), -imag(r1)
		p2[0], p2[1] = real(r2), -imag(r2)
		p3[0], p3[1] = real(r3), -imag(r3)
	}
}

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }

// butterfly4 is one radix-4 butterfly: x1, x2 and x3 turned by their twiddles ws, then the four
// outputs of the quarters in order (j, j+q, j+2q, j+3q of the pass).
func butterfly4(x0, x1, x2, x3 complex128, ws *[3]complex128) (r0, r1, r2, r3 complex128) {
	a, b, c, d := x0, ws[0]*x1, ws[1]*x2, ws[2]*x3
	t0, t1 := a+c, a-c
	t2, t3 := b+d, b-d
	t3 = complex(imag(t3), -real(t3)) // −i·(b−d)
	return t0 + t2, t1 + t3, t0 - t2, t1 - t3
}
