package diphone

import "math"

// Conventions: the database stores predictor coefficients a1..ap of the synthesis filter
// s[n] = Σ a_j·s[n−j] + e[n], i.e. A(z) = 1 + Σ c_j z^−j with c_j = −a_j. Reflection
// coefficients k_m follow the same polynomial: c_m of the order-m polynomial is k_m.

// maxReflection bounds reflection coefficients so every filter we run is strictly stable.
const maxReflection = 0.9995

// predictorToReflection converts predictor coefficients a (len p) to reflection coefficients,
// writing them to k (len p) and using tmp (len ≥ 2p) as scratch. It reports false when the
// filter is not minimum phase (some |k| ≥ 1) or the input is not finite.
func predictorToReflection(k, a, tmp []float64) bool {
	p := len(a)
	cur := tmp[:p]
	nxt := tmp[p : 2*p]
	for j := range a {
		cur[j] = -a[j]
	}
	for m := p; m >= 1; m-- {
		km := cur[m-1]
		if !(math.Abs(km) < 1) {
			return false
		}
		k[m-1] = km
		den := 1 - km*km
		for j := 1; j < m; j++ {
			nxt[j-1] = (cur[j-1] - km*cur[m-j-1]) / den
		}
		cur, nxt = nxt, cur
	}
	return true
}

// reflectionToPredictor converts reflection coefficients k (len p) to predictor coefficients a
// (len p, synthesis convention), using tmp (len ≥ p) as scratch.
func reflectionToPredictor(a, k, tmp []float64) {
	p := len(k)
	c := tmp[:p]
	for m := 1; m <= p; m++ {
		km := k[m-1]
		// c_j(m) = c_j(m-1) + k_m c_{m-j}(m-1), for j < m, symmetric update in place.
		for j := 1; j <= (m-1)/2; j++ {
			x, y := c[j-1], c[m-j-1]
			c[j-1] = x + km*y
			c[m-j-1] = y + km*x
		}
		if (m-1)%2 == 1 {
			h := (m - 1 + 1) / 2
			c[h-1] += km * c[h-1]
		}
		c[m-1] = km
	}
	for j := range a {
		a[j] = -c[j]
	}
}

// lattice is an all-pole lattice synthesis filter of fixed order. Its state survives
// coefficient changes gracefully, which is why the vocoder uses it.
type lattice struct {
	b []float64 // b[m] = backward error of stage m at the previous sample, m = 0..p-1
}

func newLattice(order int) lattice { return lattice{b: make([]float64, order)} }

// step filters one excitation sample through reflection coefficients k.
func (l *lattice) step(x float64, k []float64) float64 {
	p := len(k)
	b := l.b[:p]
	f := x
	for m := p - 1; m >= 0; m-- {
		f -= k[m] * b[m]
		if m+1 < p {
			b[m+1] = k[m]*f + b[m]
		}
	}
	b[0] = f
	return f
}

// stepDamped is step with every unit delay scaled by g (0 < g ≤ 1): the filter 1/A(z/g), whose
// poles sit g times as far from the origin, each resonance's bandwidth widened by
// −ln(g)·rate/π Hz with its frequency kept. With g = 1 it equals step.
func (l *lattice) stepDamped(x float64, k []float64, g float64) float64 {
	p := len(k)
	b := l.b[:p]
	f := x
	for m := p - 1; m >= 0; m-- {
		bm := g * b[m]
		f -= k[m] * bm
		if m+1 < p {
			b[m+1] = k[m]*f + bm
		}
	}
	b[0] = f
	return f
}
