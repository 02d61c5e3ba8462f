package formant

import "math"

// lfState generates the Liljencrants–Fant glottal flow derivative (Fant, Liljencrants & Lin
// 1985), shaped by Fant's Rd parameter, with unit excitation (E(te) = −1). Parameters are solved
// once per period; samples come from complex-exponential recurrences.
type lfState struct {
	rd float64
	// per period (samples)
	te, ta, tb     float64
	alpha, wg, e0  float64
	eps, epsTb     float64
	zr, zi, cr, ci float64 // e^{(α+jω)τ} and its one-sample step
	ret, retStep   float64
	phase          uint8 // 0 open (uninit), 1 open, 2 return (uninit), 3 return
}

// lfShape returns tp, te, ta as fractions of the period for a given Rd (Fant 1995 regressions).
func lfShape(rd float64) (tp, te, ta float64) {
	ra := (-1 + 4.8*rd) / 100
	rk := (22.4 + 11.8*rd) / 100
	rg := rk * (0.5 + 1.2*rk) / (0.44*rd - 4*ra*(0.5+1.2*rk))
	tp = 1 / (2 * rg)
	te = tp * (1 + rk)
	ta = ra
	return tp, te, ta
}

// period solves the model for a period of t0 samples whose open phase and return-phase
// constant have the shape of a period of shape samples (t0 itself, or the unperturbed period
// when jitter lengthens or shortens only the closed phase).
func (l *lfState) period(shape, t0 float64) {
	rd := l.rd
	if !(rd >= 0.3) {
		rd = 0.3
	}
	tpF, teF, taF := lfShape(rd)
	teF = math.Min(teF, 0.95)
	tpF = math.Min(tpF, 0.9*teF)
	tp := tpF * shape
	l.te = math.Min(teF*shape, 0.95*t0)
	tp = math.Min(tp, 0.9*l.te)
	l.ta = math.Max(taF*shape, 0.05)
	l.tb = t0 - l.te
	l.wg = math.Pi / tp
	// ε·ta = 1 − e^{−ε·tb}, Newton from 1/ta.
	eps := 1 / l.ta
	for i := 0; i < 8; i++ {
		e := math.Exp(-eps * l.tb)
		f := eps*l.ta - 1 + e
		d := l.ta - l.tb*e
		if d == 0 {
			break
		}
		next := eps - f/d
		if !(next > 0) {
			break
		}
		eps = next
	}
	l.eps = eps
	l.epsTb = math.Exp(-eps * l.tb)
	// Return-phase area with Ee = 1.
	ret := -(1 / (eps * l.ta)) * ((1-l.epsTb)/eps - l.tb*l.epsTb)
	sw, cw := math.Sincos(l.wg * l.te)
	area := func(a float64) float64 {
		// open-phase area with E0 fixed by E(te) = −1
		w := l.wg
		return -((a*sw - w*cw) + w*math.Exp(-a*l.te)) / ((a*a + w*w) * sw)
	}
	lo, hi := -20/l.te, 100/l.te
	flo, fhi := area(lo)+ret, area(hi)+ret
	a := 0.0
	if flo*fhi < 0 {
		for i := 0; i < 50; i++ {
			mid := 0.5 * (lo + hi)
			fm := area(mid) + ret
			if (fm < 0) == (flo < 0) {
				lo, flo = mid, fm
			} else {
				hi = mid
			}
		}
		a = 0.5 * (lo + hi)
	}
	l.alpha = a
	l.e0 = -1 / (math.Exp(a*l.te) * sw)
	s1, c1 := math.Sincos(l.wg)
	g := math.Exp(a)
	l.cr, l.ci = g*c1, g*s1
	l.phase = 0
}

// next returns the flow derivative at position tau (samples) of the current period; calls
// within a period must advance tau by one sample each.
func (l *lfState) next(tau float64) float64 {
	if l.wg == 0 {
		return 0
	}
	if tau < l.te {
		if l.phase != 1 {
			g := math.Exp(l.alpha * tau)
			s, c := math.Sincos(l.wg * tau)
			l.zr, l.zi = g*c, g*s
			l.phase = 1
		} else {
			l.zr, l.zi = l.zr*l.cr-l.zi*l.ci, l.zr*l.ci+l.zi*l.cr
		}
		return l.e0 * l.zi
	}
	if l.phase != 3 {
		l.ret = math.Exp(-l.eps * (tau - l.te))
		l.retStep = math.Exp(-l.eps)
		l.phase = 3
	} else {
		l.ret *= l.retStep
	}
	return -(l.ret - l.epsTb) / (l.eps * l.ta)
}
