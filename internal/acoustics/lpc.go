package acoustics

import (
	"math"
	"math/cmplx"
	"sort"
)

const (
	lpcWindowSec    = 0.025 // longest LPC window
	lpcMinWindowSec = 0.006 // shortest LPC window
	lpcPeriods      = 2.0   // LPC window in pitch periods, between those bounds
	minOverF0       = 1.1   // a resonance below this multiple of F0 is the source, not a formant
	preEmphasis     = 0.97
	formantMinHz    = 150.0
	formantEdgeHz   = 150.0 // below the Nyquist frequency
	formantMaxBW    = 800.0 // widest resonance taken as a formant
	formantSharpBW  = 400.0 // preferred formant bandwidth limit
	dkMaxIter       = 100   // root-finding sweeps
)

// lpc returns the prediction polynomial a[0..order] (a[0] = 1) of the autocorrelation method for
// frame, or nil when the frame is silent or degenerate.
func lpc(frame []float64, order int) []float64 {
	if order < 1 || len(frame) <= order {
		return nil
	}
	r := make([]float64, order+1)
	for k := range r {
		var s float64
		for i := k; i < len(frame); i++ {
			s += frame[i] * frame[i-k]
		}
		r[k] = s
	}
	if !(r[0] > 1e-12) {
		return nil
	}
	r[0] *= 1 + 1e-9 // white-noise correction keeps the recursion well conditioned
	a := make([]float64, order+1)
	tmp := make([]float64, order+1)
	a[0] = 1
	e := r[0]
	for i := 1; i <= order; i++ {
		acc := r[i]
		for j := 1; j < i; j++ {
			acc += a[j] * r[i-j]
		}
		k := -acc / e
		if math.Abs(k) >= 1 {
			return nil
		}
		copy(tmp, a)
		for j := 1; j < i; j++ {
			a[j] = tmp[j] + k*tmp[i-j]
		}
		a[i] = k
		e *= 1 - k*k
		if !(e > 0) {
			return nil
		}
	}
	return a
}

// roots finds the roots of the monic polynomial z^p + a[1] z^(p−1) + … + a[p] by the
// Durand–Kerner iteration; nil if it does not converge to finite values.
func roots(a []float64) []complex128 {
	p := len(a) - 1
	if p < 1 {
		return nil
	}
	eval := func(z complex128) complex128 {
		v := complex(1, 0)
		for _, c := range a[1:] {
			v = v*z + complex(c, 0)
		}
		return v
	}
	z := make([]complex128, p)
	seed := complex(0.4, 0.9)
	z[0] = 1
	for k := 1; k < p; k++ {
		z[k] = z[k-1] * seed
	}
	// Prediction polynomials of speech converge in under 30 sweeps; a polynomial that has not
	// after dkMaxIter is degenerate and its frame is skipped.
	converged := false
	for iter := 0; iter < dkMaxIter && !converged; iter++ {
		var worst float64
		for k := range z {
			den := complex(1, 0)
			for j := range z {
				if j != k {
					den *= z[k] - z[j]
				}
			}
			if den == 0 {
				den = complex(1e-12, 0)
			}
			step := eval(z[k]) / den
			z[k] -= step
			worst = max(worst, cmplx.Abs(step))
		}
		converged = worst < 1e-12
	}
	if !converged {
		return nil
	}
	for _, v := range z {
		if cmplx.IsNaN(v) || cmplx.IsInf(v) {
			return nil
		}
	}
	return z
}

// formantCandidates returns the resonance frequencies (Hz, ascending) of the all-pole filter a at
// rate that are inside the band and narrow enough to be formants. Resonances narrower than
// formantSharpBW are preferred; wider ones (up to formantMaxBW) are admitted only when there are
// fewer than three sharp ones, as a weak F3 can be.
func formantCandidates(a []float64, rate, f0 float64) []float64 {
	var sharp, all []float64
	for _, z := range roots(a) {
		if imag(z) <= 0 {
			continue
		}
		mag := cmplx.Abs(z)
		if mag <= 0 || mag >= 1 {
			continue
		}
		f := cmplx.Phase(z) * rate / (2 * math.Pi)
		bw := -math.Log(mag) * rate / math.Pi
		if f < formantMinHz || f < minOverF0*f0 || f > rate/2-formantEdgeHz || bw > formantMaxBW {
			continue
		}
		all = append(all, f)
		if bw < formantSharpBW {
			sharp = append(sharp, f)
		}
	}
	out := sharp
	if len(sharp) < 3 {
		out = all
	}
	sort.Float64s(out)
	return out
}

// formants runs LPC on every voiced frame within formantFloorDB of the loudest voiced one.
func (a *analysis) formants() FormantEstimate {
	voiced := func(f frame) bool { return f.f0 > 0 }
	floor := a.loudest(voiced) * math.Pow(10, -formantFloorDB/20)
	if floor <= 0 {
		return FormantEstimate{}
	}
	order := 2 + int(a.rate/1000)
	maxW := int(math.Round(lpcWindowSec * a.rate))
	buf := make([]float64, maxW)
	var c1, c2, c3, sc []float64
	for _, f := range a.frames {
		if !voiced(f) || f.rms < floor {
			continue
		}
		// About lpcPeriods pitch periods: long enough to span the glottal cycle, short enough
		// that the window does not resolve harmonics, which would draw poles of their own.
		sec := min(max(lpcPeriods/f.f0, lpcMinWindowSec), lpcWindowSec)
		w := min(maxW, int(math.Round(sec*a.rate)))
		start := f.center - w/2
		for i := 0; i < w; i++ {
			hamming := 0.54 - 0.46*math.Cos(2*math.Pi*float64(i)/float64(w-1))
			buf[i] = (a.at(start+i) - preEmphasis*a.at(start+i-1)) * hamming
		}
		cand := formantCandidates(lpc(buf[:w], order), a.rate, f.f0)
		if len(cand) < 3 {
			continue
		}
		c1 = append(c1, cand[0])
		c2 = append(c2, cand[1])
		c3 = append(c3, cand[2])
		sc = append(sc, math.Sqrt(cand[1]*cand[2]))
	}
	if len(c1) == 0 {
		return FormantEstimate{}
	}
	e := FormantEstimate{F1: logMean(c1), F2: logMean(c2), F3: logMean(c3), Frames: len(c1)}
	e.Scale = logMean(sc)
	return e
}

// logMean is the geometric interquartile mean of v (the geometric mean of its middle half): as
// robust as the median to outliers, but it moves smoothly when the mix of values changes, where a
// median can jump across the gap between two clusters. v is reordered.
func logMean(v []float64) float64 {
	sort.Float64s(v)
	k := len(v) / 4
	mid := v[k : len(v)-k]
	var s float64
	for _, x := range mid {
		s += math.Log(x)
	}
	return math.Exp(s / float64(len(mid)))
}
