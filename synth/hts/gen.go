package hts

import (
	"math"
)

// stateDurations splits a phone of T frames over its states. mean and vari are the duration
// model's per-state means and variances (frames). It is the HTS engine's rule for a given total
// (hts_engine's rate-controlled durations, applied per phone as in its phone-alignment mode):
// d_i = μ_i + ρσ²_i with ρ = (T − Σμ)/Σσ², each at least one frame while the phone has a frame
// per state, rounded so that the durations add up to exactly T. A phone of fewer frames than
// states gives its frames to the longest states.
func stateDurations(dst []int, mean, vari []float32, T int) {
	n := len(dst)
	for i := range dst {
		dst[i] = 0
	}
	if T <= 0 {
		return
	}
	sm, sv := 0.0, 0.0
	for i := 0; i < n; i++ {
		sm += float64(mean[i])
		sv += float64(vari[i])
	}
	rho := 0.0
	if sv > 0 {
		rho = (float64(T) - sm) / sv
	}
	var buf [8]float64 // HTS voices have five states: no allocation per phone
	ideal := buf[:0]
	if n > len(buf) {
		ideal = make([]float64, 0, n)
	}
	ideal = ideal[:n]
	floor := 1.0
	if T < n {
		floor = 0
	}
	sum := 0.0
	for i := 0; i < n; i++ {
		ideal[i] = math.Max(floor, float64(mean[i])+rho*float64(vari[i]))
		sum += ideal[i]
	}
	if T < n {
		// Fewer frames than states: one frame each to the T longest states.
		for k := 0; k < T; k++ {
			best := -1
			for i := 0; i < n; i++ {
				if dst[i] == 0 && (best < 0 || ideal[i] > ideal[best]) {
					best = i
				}
			}
			dst[best] = 1
		}
		return
	}
	// Cumulative rounding: each state ends at round(T·cum/sum), so the total is exactly T; a
	// state whose share rounds to nothing still gets a frame, taken from the longest state.
	cum := 0.0
	prev := 0
	for i := 0; i < n; i++ {
		cum += ideal[i]
		end := int(math.Floor(float64(T)*cum/sum + 0.5))
		if i == n-1 {
			end = T
		}
		dst[i] = end - prev
		prev = end
	}
	for i := 0; i < n; i++ {
		for dst[i] < 1 {
			big := 0
			for j := range dst {
				if dst[j] > dst[big] {
					big = j
				}
			}
			dst[big]--
			dst[i]++
		}
	}
}

// Precision guards of the HTS engine.
func precision(v float64) float64 {
	switch {
	case math.Abs(v) >= 1e19:
		return 0
	case v >= 0 && v <= 1e-19:
		return 1e38
	}
	return 1 / v
}

// mlpg holds the scratch of the parameter generation of one dimension.
type mlpg struct {
	wins [][]float64
	half int // largest half-width of a window
	// narrow is set when every window is one or three wide (static, Δ, Δ² as HTS voices
	// have them): then win3[k] holds window k's coefficients a, b, e at offsets −1, 0, +1
	// followed by the products aa, bb, ee, be, ab, ae, and solve takes solveNarrow.
	narrow bool
	win3   [][9]float64
	// std is set when the narrow windows are HTS's three shapes: static (one wide), Δ (zero
	// in the middle) and Δ² (any three): solveNarrow then leaves out the products of a zero
	// coefficient, which add nothing to its sums (x + 0 = x), so the result is the same.
	std bool
	// Per window, its non-zero coefficients (offset i, w_i) and products w_i·w_j, j ≥ i
	// (offset i, band column j−i): what one frame adds to r and R.
	rterms [][]rTerm
	Rterms [][]bandTerm
	// Per frame: for each window k, mean and precision of o_t^k.
	mu, prec []float64 // T × K
	band     []float64 // T × (bw+1): R(t, t+d)
	raw      []float64 // band before factorisation, for applyGV
	r        []float64
	c        []float64
	tmp      []float64
	grad     []float64
	onw      []float64
}

type rTerm struct {
	i int
	w float64
}

type bandTerm struct {
	i, d int
	ww   float64
}

func newMLPG(wins [][]float64) *mlpg {
	g := &mlpg{wins: wins}
	for _, w := range wins {
		h := len(w) / 2
		g.half = max(g.half, h)
		var rt []rTerm
		var Rt []bandTerm
		for i := -h; i <= h; i++ {
			if w[i+h] == 0 {
				continue
			}
			rt = append(rt, rTerm{i, w[i+h]})
			for j := i; j <= h; j++ {
				if w[j+h] != 0 {
					Rt = append(Rt, bandTerm{i, j - i, w[i+h] * w[j+h]})
				}
			}
		}
		g.rterms = append(g.rterms, rt)
		g.Rterms = append(g.Rterms, Rt)
	}
	g.narrow = g.half == 1
	for _, w := range wins {
		switch len(w) {
		case 1, 3:
			a, b, e := 0.0, w[len(w)/2], 0.0
			if len(w) == 3 {
				a, e = w[0], w[2]
			}
			g.win3 = append(g.win3, [9]float64{a, b, e, a * a, b * b, e * e, b * e, a * b, a * e})
		default:
			g.narrow = false
		}
	}
	if g.narrow && len(g.win3) == 3 {
		w0, w1 := g.win3[0], g.win3[1]
		g.std = w0[0] == 0 && w0[2] == 0 && w1[1] == 0
	}
	return g
}

func (g *mlpg) bw() int { return 2 * g.half }

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = 0
	}
	return s
}

// reset prepares for T frames: mu and prec cleared for the caller to fill; the rest is
// scratch that solve and applyGV overwrite or clear themselves.
func (g *mlpg) reset(T int) {
	g.prepare(T)
	clear(g.mu)
	clear(g.prec)
}

// prepare is reset for a caller that writes every mean and precision: nothing is cleared.
func (g *mlpg) prepare(T int) {
	K := len(g.wins)
	size := func(s []float64, n int) []float64 {
		if cap(s) < n {
			return make([]float64, n)
		}
		return s[:n]
	}
	g.mu = size(g.mu, T*K)
	g.prec = size(g.prec, T*K)
	g.band = size(g.band, T*(g.bw()+1))
	g.raw = size(g.raw, T*(g.bw()+1))
	g.r = size(g.r, T)
	g.c = size(g.c, T)
	g.tmp = size(g.tmp, T)
}

// solve builds R = WᵀPW and r = WᵀPμ from g.mu and g.prec and solves Rc = r (LDLᵀ on the band).
func (g *mlpg) solve(T int) []float64 {
	if g.narrow {
		return g.solveNarrow(T)
	}
	bw := g.bw()
	B := bw + 1
	R, r := g.band, g.r
	for i := range R[:T*B] {
		R[i] = 0
	}
	for i := range r[:T] {
		r[i] = 0
	}
	g.build(T)
	copy(g.raw[:T*B], R[:T*B])
	bandLDL(R, T, bw)
	c := g.c[:T]
	// Forward: L y = r.
	for t := 0; t < T; t++ {
		s := r[t]
		for d := 1; d <= bw && t-d >= 0; d++ {
			s -= R[(t-d)*B+d] * c[t-d]
		}
		c[t] = s
	}
	// D z = y; Lᵀ c = z.
	for t := T - 1; t >= 0; t-- {
		s := c[t] / R[t*B]
		for d := 1; d <= bw && t+d < T; d++ {
			s -= R[t*B+d] * c[t+d]
		}
		c[t] = s
	}
	return c
}

// solveNarrow is solve for windows at most three wide (a band two wide), in two passes over
// the frames instead of five: the first builds row t of R and r, factorises it (LDLᵀ) and
// runs the forward substitution, the second the back substitution. Row t is gathered from
// the frames t−1, t, t+1 whose windows reach frame t, rather than scattered from each frame
// into three rows, so no sum waits on a store. The arithmetic is solve's, in another order:
// the results differ from it by rounding only (TestNarrowSolveMatchesGeneral).
func (g *mlpg) solveNarrow(T int) []float64 {
	K := len(g.wins)
	raw := g.raw[:3*T]
	f := g.band[:3*T] // row t: 1/D_t, L(t+1, t), L(t+2, t)
	r := g.r[:T]
	c := g.c[:T]
	mu, prec := g.mu[:T*K], g.prec[:T*K]
	// What frame u's windows add, per product of coefficients: aa = Σ_k a_k²·p_k(u), etc.,
	// with a, b, e a window's coefficients at offsets −1, 0, +1, and ra = Σ_k a_k·p_k·μ_k(u).
	type terms struct{ aa, bb, ee, be, ab, ae, ra, rb, re float64 }
	at := func(u int) (s terms) {
		if u < 0 || u >= T {
			return s
		}
		for k, w := range g.win3 {
			p := prec[u*K+k]
			if p == 0 {
				continue
			}
			pm := p * mu[u*K+k]
			s.aa += w[3] * p
			s.bb += w[4] * p
			s.ee += w[5] * p
			s.be += w[6] * p
			s.ab += w[7] * p
			s.ae += w[8] * p
			s.ra += w[0] * pm
			s.rb += w[1] * pm
			s.re += w[2] * pm
		}
		return s
	}
	// K = 3 (std): window 0 has b only, window 1 a and e only; written out in the loop below
	// (as a function the compiler leaves it a call).
	std := g.std
	var w0, w1, w2 [9]float64
	if std {
		w0, w1, w2 = g.win3[0], g.win3[1], g.win3[2]
	}
	prv, cur := terms{}, at(0)
	// The factor's last two rows (D, L(·+1, ·), L(·+2, ·)) and the forward substitution's
	// last two values.
	var d1, l11, l12, d2, l22, y1, y2 float64
	for t := 0; t < T; t++ {
		var nxt terms
		if u := t + 1; !std {
			nxt = at(u)
		} else if u < T {
			p3 := (*[3]float64)(prec[3*u : 3*u+3])
			m3 := (*[3]float64)(mu[3*u : 3*u+3])
			if p := p3[0]; p != 0 {
				nxt.bb = w0[4] * p
				nxt.rb = w0[1] * (p * m3[0])
			}
			if p := p3[1]; p != 0 {
				pm := p * m3[1]
				nxt.aa = w1[3] * p
				nxt.ee = w1[5] * p
				nxt.ae = w1[8] * p
				nxt.ra = w1[0] * pm
				nxt.re = w1[2] * pm
			}
			if p := p3[2]; p != 0 {
				pm := p * m3[2]
				nxt.aa += w2[3] * p
				nxt.bb += w2[4] * p
				nxt.ee += w2[5] * p
				nxt.be += w2[6] * p
				nxt.ab += w2[7] * p
				nxt.ae += w2[8] * p
				nxt.ra += w2[0] * pm
				nxt.rb += w2[1] * pm
				nxt.re += w2[2] * pm
			}
		}
		// Frame t−1 reaches c_t through its window's +1 coefficient (e), frame t through b,
		// frame t+1 through a.
		r0 := prv.ee + cur.bb + nxt.aa
		r1 := cur.be + nxt.ab // R(t, t+1)
		r2 := nxt.ae          // R(t, t+2)
		if t+2 >= T {
			r2 = 0
			if t+1 >= T {
				r1 = 0
			}
		}
		rt := prv.re + cur.rb + nxt.ra
		raw[3*t], raw[3*t+1], raw[3*t+2] = r0, r1, r2
		r[t] = rt
		// LDLᵀ, row t: L(t, t−1) = l11 and L(t, t−2) = l22 come from the rows before.
		if t >= 1 {
			r0 -= l11 * l11 * d1
			r1 -= l11 * d1 * l12
			rt -= l11 * y1
		}
		if t >= 2 {
			r0 -= l22 * l22 * d2
			rt -= l22 * y2
		}
		if r0 == 0 || math.IsNaN(r0) {
			r0 = 1e-30
		}
		inv := 1 / r0
		a, b := r1*inv, r2*inv
		f[3*t], f[3*t+1], f[3*t+2] = inv, a, b
		c[t] = rt
		// Shift: row t becomes the previous row, row t−1 the one before.
		d2, l22, y2 = d1, l12, y1
		d1, l11, l12, y1 = r0, a, b, rt
		prv, cur = cur, nxt
	}
	// D z = y; Lᵀ c = z.
	var c1, c2 float64 // c[t+1], c[t+2]
	for t := T - 1; t >= 0; t-- {
		v := c[t]*f[3*t] - f[3*t+1]*c1 - f[3*t+2]*c2
		c[t] = v
		c2, c1 = c1, v
	}
	return c
}

// build accumulates R (upper band) and r.
func (g *mlpg) build(T int) {
	K := len(g.wins)
	B := g.bw() + 1
	R, r := g.band[:T*B], g.r[:T]
	for k := range g.wins {
		rt, Rt := g.rterms[k], g.Rterms[k]
		h := len(g.wins[k]) / 2
		for t := 0; t < T; t++ {
			p := g.prec[t*K+k]
			if p == 0 {
				continue
			}
			pm := p * g.mu[t*K+k]
			if t >= h && t+h < T {
				// Every term inside the sequence: no bounds to check.
				for _, e := range rt {
					r[t+e.i] += pm * e.w
				}
				for _, e := range Rt {
					R[(t+e.i)*B+e.d] += p * e.ww
				}
				continue
			}
			for _, e := range rt {
				if ti := t + e.i; ti >= 0 && ti < T {
					r[ti] += pm * e.w
				}
			}
			for _, e := range Rt {
				if ti, tj := t+e.i, t+e.i+e.d; ti >= 0 && tj < T {
					R[ti*B+e.d] += p * e.ww
				}
			}
		}
	}
}

// bandLDL factorises the symmetric band matrix R (upper band, bw off-diagonals) as LDLᵀ in place.
func bandLDL(R []float64, T, bw int) {
	B := bw + 1
	for t := 0; t < T; t++ {
		// D_t = R_tt − Σ_k L(t,k)² D_k for k in [t−bw, t).
		for d := 1; d <= bw && t-d >= 0; d++ {
			k := t - d
			l := R[k*B+d] // L(t, k) already divided by D_k
			R[t*B] -= l * l * R[k*B]
			// Off-diagonals of row t: R(t, t+e) −= L(t,k) D_k L(t+e,k) for t+e ≤ k+bw.
			for e := 1; d+e <= bw && t+e < T; e++ {
				R[t*B+e] -= l * R[k*B] * R[k*B+d+e]
			}
		}
		dt := R[t*B]
		if dt == 0 || math.IsNaN(dt) {
			dt = 1e-30
			R[t*B] = dt
		}
		for e := 1; e <= bw && t+e < T; e++ {
			R[t*B+e] /= dt
		}
	}
}

// rc computes (Rc)_t from the unfactorised band matrix into dst.
func bandMul(dst, R []float64, c []float64, T, bw int) {
	B := bw + 1
	edge := func(t int) {
		s := R[t*B] * c[t]
		for d := 1; d <= bw; d++ {
			if t+d < T {
				s += R[t*B+d] * c[t+d]
			}
			if t-d >= 0 {
				s += R[(t-d)*B+d] * c[t-d]
			}
		}
		dst[t] = s
	}
	if T <= 2*bw || bw != 2 {
		for t := 0; t < T; t++ {
			edge(t)
		}
		return
	}
	// The band of the three windows (static, Δ, Δ²) is two wide: unrolled, no bounds to test.
	edge(0)
	edge(1)
	for t := 2; t < T-2; t++ {
		dst[t] = R[t*3]*c[t] + R[t*3+1]*c[t+1] + R[t*3+2]*c[t+2] + R[(t-1)*3+1]*c[t-1] + R[(t-2)*3+2]*c[t-2]
	}
	edge(T - 2)
	edge(T - 1)
}

// bandEdges is bandMul for a band two wide (bw = 2, T > 4) on its first and last two rows only.
func bandEdges(dst, R []float64, c []float64, T int) {
	for _, t := range [4]int{0, 1, T - 2, T - 1} {
		s := R[t*3] * c[t]
		for d := 1; d <= 2; d++ {
			if t+d < T {
				s += R[t*3+d] * c[t+d]
			}
			if t-d >= 0 {
				s += R[(t-d)*3+d] * c[t-d]
			}
		}
		dst[t] = s
	}
}

// Global variance parameters (hts_engine 1.07).
const (
	gvIterations = 5
	gvStepInit   = 0.1
	gvStepDec    = 0.5
	gvStepInc    = 1.2
)

// applyGV moves c towards the global variance gvMean (with precision weight gvPrec) on the
// frames where on[t], by the HTS engine's scaling and five gradient steps. It follows solve on
// the same means and precisions (it reuses the R and r solve built).
func (g *mlpg) applyGV(c []float64, on []bool, gvMean, gvPrec float64) {
	g.applyGVWith(c, on, gvMean, gvPrec, true)
}

// applyGVWith is applyGV; fuse lets it compute R·c inside the gradient's loop for a band two
// wide (the tests compare it with bandMul's).
func (g *mlpg) applyGVWith(c []float64, on []bool, gvMean, gvPrec float64, fuse bool) {
	T := len(c)
	c, on = c[:T], on[:T]
	// on as weights 1 and 0, so that the sums over the frames where on[t] take no branch
	// and run four partial sums side by side (a sum that waits on its last addition is
	// what these passes' time went to).
	g.onw = grow(g.onw, T)
	onw := g.onw[:T]
	n := 0
	for t, o := range on {
		if o {
			onw[t] = 1
			n++
		}
	}
	if n == 0 {
		return
	}
	// The mean is summed in the pass that last changed c; the variance takes a pass of its own.
	variance := func(m float64) float64 {
		var v0, v1, v2, v3 float64
		t := 0
		for ; t+3 < T; t += 4 {
			d0, d1 := (c[t]-m)*onw[t], (c[t+1]-m)*onw[t+1]
			d2, d3 := (c[t+2]-m)*onw[t+2], (c[t+3]-m)*onw[t+3]
			v0 += d0 * d0
			v1 += d1 * d1
			v2 += d2 * d2
			v3 += d3 * d3
		}
		for ; t < T; t++ {
			d := (c[t] - m) * onw[t]
			v0 += d * d
		}
		return ((v0 + v1) + (v2 + v3)) / float64(n)
	}
	sumOn := func() float64 {
		var s0, s1, s2, s3 float64
		t := 0
		for ; t+3 < T; t += 4 {
			s0 += c[t] * onw[t]
			s1 += c[t+1] * onw[t+1]
			s2 += c[t+2] * onw[t+2]
			s3 += c[t+3] * onw[t+3]
		}
		for ; t < T; t++ {
			s0 += c[t] * onw[t]
		}
		return (s0 + s1) + (s2 + s3)
	}
	fn := float64(n)
	m := sumOn() / fn
	v := variance(m)
	if v <= 0 {
		return
	}
	ratio := math.Sqrt(gvMean / v)
	for t := range c {
		if on[t] {
			c[t] = ratio*(c[t]-m) + m
		}
	}
	sum := sumOn()
	// R and r, unfactorised, as solve built them.
	B := g.bw() + 1
	R := g.raw[:T*B]
	r := g.r[:T]
	Rc := g.tmp[:T]
	w := 1.0 / float64(len(g.wins)*T)
	fT := float64(T)
	step := gvStepInit
	prev := 0.0
	g.grad = grow(g.grad, T)
	grad := g.grad[:T]
	for it := 1; it <= gvIterations; it++ {
		m = sum / fn
		v = variance(m)
		// Rc = R·c: bandMul's, but for the band two wide (HTS's windows) its inner rows are
		// computed in the gradient's loop below, with the same sums.
		fused := fuse && B == 3 && T > 4
		if fused {
			bandEdges(Rc, R, c, T)
		} else {
			bandMul(Rc, R, c, T, g.bw())
		}
		gvObj := -0.5 * v * gvPrec * (v - 2*gvMean)
		dv := -2 * gvPrec * (v - gvMean) / fT
		k0 := 2 / (fT * fT) * (fT - 1) * gvPrec * (v - gvMean)
		k1 := 2 / (fT * fT) * 2 * gvPrec
		var hmm0, hmm1 float64
		for t := range grad {
			ct, rt, rc := c[t], r[t], Rc[t]
			if fused && t >= 2 && t < T-2 {
				rc = R[t*3]*ct + R[t*3+1]*c[t+1] + R[t*3+2]*c[t+2] + R[(t-1)*3+1]*c[t-1] + R[(t-2)*3+2]*c[t-2]
			}
			x := w * ct * (rt - 0.5*rc)
			if t&1 == 0 {
				hmm0 += x
			} else {
				hmm1 += x
			}
			d := ct - m
			h := -w*R[t*B] - (k0 + k1*d*d)
			num := w*(rt-rc) + dv*d*onw[t]
			grad[t] = num / h
		}
		obj := -((hmm0 + hmm1) + gvObj)
		if it > 1 {
			if obj > prev {
				step *= gvStepDec
			}
			if obj < prev {
				step *= gvStepInc
			}
		}
		var s0, s1 float64
		t := 0
		for ; t+1 < T; t += 2 {
			c[t] += step * grad[t]
			c[t+1] += step * grad[t+1]
			s0 += c[t] * onw[t]
			s1 += c[t+1] * onw[t+1]
		}
		for ; t < T; t++ {
			c[t] += step * grad[t]
			s0 += c[t] * onw[t]
		}
		sum = s0 + s1
		prev = obj
	}
}
