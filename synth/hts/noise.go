package hts

import "math"

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
