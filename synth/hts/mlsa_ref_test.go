package hts

import (
	"math"

	"github.com/chorus-tts/chorus/synth/prosody"
)

// The exact MLSA filter (fifth-order Padé, as hts_engine runs it): the waveform stage this
// package used before the overlap-add one in wave.go, kept as the reference the tests measure
// that stage against.

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
	// Stage 2: per Padé branch l (1..5), a chain of all-pass sections s_k, k = 1..m, stored
	// interleaved at s2[k*5+l−1]; e2[l] as e1.
	s2 []float64
	e2 [padeOrder + 1]float64
}

func newMLSA(m int, alpha float64) *mlsa {
	return &mlsa{m: m, alpha: alpha, s2: make([]float64, padeOrder*(m+1))}
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

	// Stage 2: F2(z) = Σ_{k≥2} b_k Φ_k(z). Every branch's input is the previous sample's
	// output of the branch below it, so the five all-pass chains are independent within a
	// sample: they run side by side (state interleaved, s2[k*5+l−1]), which lets the processor
	// overlap them instead of waiting on one chain's dependencies.
	m := f.m
	s2 := f.s2[:(m+1)*padeOrder]
	b = b[:m+1]
	in0, in1, in2, in3, in4 := f.e2[0], f.e2[1], f.e2[2], f.e2[3], f.e2[4]
	o0, o1, o2, o3, o4 := s2[5], s2[6], s2[7], s2[8], s2[9] // old s_1 of each branch
	s2[5] = aa*in0 + a*o0
	s2[6] = aa*in1 + a*o1
	s2[7] = aa*in2 + a*o2
	s2[8] = aa*in3 + a*o3
	s2[9] = aa*in4 + a*o4
	var y0, y1, y2, y3, y4 float64
	for k := 2; k <= m; k++ {
		q := s2[k*5 : k*5+5 : k*5+5]
		p := s2[(k-1)*5 : (k-1)*5+5 : (k-1)*5+5]
		bk := b[k]
		n0, n1, n2, n3, n4 := q[0], q[1], q[2], q[3], q[4]
		q[0] = o0 + a*(n0-p[0])
		q[1] = o1 + a*(n1-p[1])
		q[2] = o2 + a*(n2-p[2])
		q[3] = o3 + a*(n3-p[3])
		q[4] = o4 + a*(n4-p[4])
		o0, o1, o2, o3, o4 = n0, n1, n2, n3, n4
		y0 += q[0] * bk
		y1 += q[1] * bk
		y2 += q[2] * bk
		y3 += q[3] * bk
		y4 += q[4] * bk
	}
	// Branch l (1..5) took input e2[l−1] and gives y_{l−1}.
	f.e2[1], f.e2[2], f.e2[3], f.e2[4], f.e2[5] = y0, y1, y2, y3, y4
	v1, v2, v3, v4, v5 := y0*pade5[1], y1*pade5[2], y2*pade5[3], y3*pade5[4], y4*pade5[5]
	x += v1 - v2 + v3 - v4 + v5
	f.e2[0] = x
	return v1 + v2 + v3 + v4 + v5 + x
}

// quiet reports whether the filter's state has decayed to nothing (so, with no input, its
// output is zero to within 1e-12 and it can be skipped).
func (f *mlsa) quiet() bool {
	const eps = 1e-12
	for _, v := range f.s2 {
		if v > eps || v < -eps {
			return false
		}
	}
	for l := range f.e1 {
		if math.Abs(f.e1[l]) > eps || math.Abs(f.s1[l]) > eps || math.Abs(f.e2[l]) > eps {
			return false
		}
	}
	return true
}

// clear zeroes the state.
func (f *mlsa) clear() {
	for i := range f.s2 {
		f.s2[i] = 0
	}
	f.s1, f.e1, f.e2 = [padeOrder + 1]float64{}, [padeOrder + 1]float64{}, [padeOrder + 1]float64{}
}

// renderMLSA renders phrase ph with a fresh copy of vc's settings through the exact MLSA
// filter: the same parameters (generate) and the same excitation as the vocoder (pulses sample
// for sample; the noise is hts_engine's generator, not the vocoder's), with the filter's
// coefficients interpolated per sample.
func renderMLSA(vc *Vocoder, ph *prosody.Phrase, seed uint64) ([]float64, error) {
	n := ph.Samples()
	if err := vc.generate(ph, n); err != nil {
		return nil, err
	}
	v := vc.v
	fp := v.FramePeriod
	V := v.Streams[v.mcp].VecLen
	fs := float64(v.SampleRate)
	fr, mc := vc.frames, vc.mcep
	filt := newMLSA(V-1, vc.alpha)
	rnd := rng{next: 1 + seed}
	b, prevB, inc := make([]float64, V), make([]float64, V), make([]float64, V)
	var p1, pc float64
	out := make([]float64, 0, n)
	for t := 0; len(out) < n; t++ {
		mcToB(b, mc[t*V:(t+1)*V], vc.alpha)
		p := 0.0
		if fr[t].voiced {
			p = fs / math.Max(minF0, math.Min(maxF0, math.Exp(vc.lf0[t])))
		}
		if t == 0 {
			copy(prevB, b)
			p1, pc = 0, p
		}
		pinc := 0.0
		if p1 == 0 || p == 0 {
			p1, pc = 0, p
		} else {
			pinc = (p - p1) / float64(fp)
		}
		cur := prevB
		for k := range b {
			inc[k] = (b[k] - cur[k]) / float64(fp)
		}
		egain, eratio := math.Exp(cur[0]), math.Exp(inc[0])
		for j := 0; j < fp && len(out) < n; j++ {
			var x float64
			if p1 == 0 {
				x = rnd.gauss()
			} else {
				pc++
				if pc >= p1 {
					x = math.Sqrt(p1)
					pc -= p1
				}
			}
			out = append(out, filt.filter(x*egain, cur)*vc.gain)
			p1 += pinc
			egain *= eratio
			for k := range cur {
				cur[k] += inc[k]
			}
		}
		copy(prevB, b)
		p1 = p
	}
	return out, nil
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
