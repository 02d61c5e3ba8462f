package hts

import "math"

// Padé approximant coefficients of exp(·) of order 5 used by the MLSA filter (Imai, 1983, as
// the HTS engine uses them).
var pade5 = [6]float64{1, 0.4999391, 0.1107098, 0.01369984, 0.0009564853, 0.00003041721}

const padeOrder = 5

// mlsa is a mel-log spectrum approximation filter (γ = 0) of order m with all-pass constant
// alpha, as two cascaded stages exp(F1)·exp(F2), each a fifth-order Padé approximant. Its state
// persists from sample to sample and from phrase to phrase.
type mlsa struct {
	m     int
	alpha float64
	// Stage 1: one first-order section per Padé branch; s1[l] is branch l's state and e1[l] its
	// last output (e1[0]: the stage's last input after feedback).
	s1 [padeOrder + 1]float64
	e1 [padeOrder + 1]float64
	// Stage 2: per Padé branch, a chain of all-pass sections s2[l*(m+1)+k], k = 1..m; e2[l] as e1.
	s2 []float64
	e2 [padeOrder + 1]float64
}

func newMLSA(m int, alpha float64) *mlsa {
	return &mlsa{m: m, alpha: alpha, s2: make([]float64, (padeOrder+1)*(m+1))}
}

// mcToB converts mel-cepstrum c (c[0..m]) into the MLSA filter coefficients b.
func mcToB(b, c []float64, alpha float64) {
	m := len(c) - 1
	b[m] = c[m]
	for i := m - 1; i >= 0; i-- {
		b[i] = c[i] - alpha*b[i+1]
	}
}

// filter runs one sample x (already scaled by exp(b[0])) through the filter with coefficients b.
func (f *mlsa) filter(x float64, b []float64) float64 {
	a := f.alpha
	aa := 1 - a*a
	// Stage 1: F1(z) = b1·(1−α²)z⁻¹/(1−αz⁻¹).
	out := 0.0
	b1 := b[1]
	for l := padeOrder; l >= 1; l-- {
		f.s1[l] = aa*f.e1[l-1] + a*f.s1[l]
		e := f.s1[l] * b1
		f.e1[l] = e
		v := e * pade5[l]
		if l&1 == 1 {
			x += v
		} else {
			x -= v
		}
		out += v
	}
	f.e1[0] = x
	x = out + x

	// Stage 2: F2(z) = Σ_{k≥2} b_k Φ_k(z).
	out = 0
	m := f.m
	for l := padeOrder; l >= 1; l-- {
		s := f.s2[(l-1)*(m+1) : l*(m+1)]
		in := f.e2[l-1]
		// The chain: s_1 = (1−α²)·in + α·s_1; s_k = s_{k−1}(old) + α(s_k(old) − s_{k−1}(new)).
		old := s[1]
		s[1] = aa*in + a*s[1]
		y := 0.0
		for k := 2; k <= m; k++ {
			o := s[k]
			s[k] = old + a*(o-s[k-1])
			old = o
			y += s[k] * b[k]
		}
		f.e2[l] = y
		v := y * pade5[l]
		if l&1 == 1 {
			x += v
		} else {
			x -= v
		}
		out += v
	}
	f.e2[0] = x
	return out + x
}

// rng is the excitation's Gaussian noise: a C-library style linear congruential generator
// (next = next·1103515245 + 12345, bits 16–30) and the polar Box–Muller method, as the HTS
// engine draws it.
type rng struct {
	next  uint64
	spare float64
	has   bool
}

func (r *rng) uniform() float64 {
	r.next = r.next*1103515245 + 12345
	return float64((r.next>>16)%32768) / 32767
}

func (r *rng) gauss() float64 {
	if r.has {
		r.has = false
		return r.spare
	}
	for {
		r1 := 2*r.uniform() - 1
		r2 := 2*r.uniform() - 1
		s := r1*r1 + r2*r2
		if s > 1 || s == 0 {
			continue
		}
		f := math.Sqrt(-2 * math.Log(s) / s)
		r.spare, r.has = r2*f, true
		return r1 * f
	}
}
