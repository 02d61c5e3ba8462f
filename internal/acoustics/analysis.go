package acoustics

import (
	"math"
	"sort"
)

// Limits and constants of the analysis.
const (
	// FrameSeconds is the hop between analysis frames: PitchTrack returns one value per frame.
	FrameSeconds = 0.010
	// MinF0 and MaxF0 bound the pitch search, in Hz.
	MinF0, MaxF0 = 50.0, 600.0
	// MinSampleRate and MaxSampleRate bound the accepted input rates, in Hz.
	MinSampleRate, MaxSampleRate = 4000, 384000
)

const (
	yinWindowSec   = 0.025 // YIN integration window
	yinThreshold   = 0.15  // first dip below this is the period
	yinFallback    = 0.10  // otherwise the first dip within this of the deepest
	voicingMax     = 0.35  // a dip above this is unvoiced
	silenceDB      = 40.0  // frames this far below the loudest are silent
	pitchCutoffHz  = 1000  // the pitch search sees the signal below this
	pitchRateHz    = 5000  // and runs at a rate of at least this
	octaveWindow   = 15    // frames each side for the octave guard's local median
	octaveTol      = 0.2   // octaves: how near to ×2 or ×½ a jump must be to be folded
	minVoicedRun   = 3     // frames; shorter voiced runs are dropped
	f0Slack        = 0.97  // reported F0 stays within MinF0·0.97 … MaxF0/0.97
	hnrCapDB       = 40.0  // HNR ceiling
	hnrCutoffHz    = 4000  // HNR sees the signal below this
	hnrPeriods     = 3     // HNR correlation window in periods
	hnrSearch      = 10    // HNR lag search: ±10 steps of 0.15 % around the period
	activeDB       = 35.0  // ActiveSeconds threshold below the loudest frame
	formantFloorDB = 30.0  // voiced frames this far below the loudest voiced one skip LPC
)

// frame is one 10 ms analysis frame.
type frame struct {
	center int     // sample index in the analysis signal
	f0     float64 // Hz, 0 when unvoiced
	hnr    float64 // dB, valid when f0 > 0
	rms    float64 // over the 25 ms window centred on the frame
	act    float64 // RMS over the frame's own 10 ms
}

// analysis is a signal prepared for measurement: decimated to rate and split into frames.
type analysis struct {
	y      []float64 // the signal at rate
	lp     []float64 // y low-passed at pitchCutoffHz and decimated to prate, for the pitch search
	rate   float64
	prate  float64 // rate of lp
	pstep  int     // rate / prate
	frames []frame
}

// finite converts to float64, reading NaN and ±Inf as 0.
func finite(x []float32) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = finiteValue(v)
	}
	return out
}

// analyze prepares x for measurement and tracks its pitch; nil when the rate is out of range.
func analyze(x []float32, sampleRate int) *analysis {
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil
	}
	y, rate := decimate(finite(x), sampleRate)
	n := int(float64(len(x)) / (float64(sampleRate) * FrameSeconds))
	a := &analysis{y: y, rate: rate, frames: make([]frame, n)}
	// The pitch search needs nothing above the cut-off, so it runs at a lower rate: four times
	// cheaper at 12 kHz.
	a.pstep = max(1, int(rate/pitchRateHz))
	a.prate = rate / float64(a.pstep)
	lp := lowpass(y, rate, pitchCutoffHz)
	a.lp = make([]float64, (len(lp)+a.pstep-1)/a.pstep)
	for i := range a.lp {
		a.lp[i] = lp[i*a.pstep]
	}
	for i := range a.frames {
		a.frames[i].center = int(math.Round((float64(i) + 0.5) * FrameSeconds * rate))
	}
	a.energy()
	a.yin()
	a.octaveGuard()
	a.dropShortRuns()
	return a
}

// decimate low-passes and decimates x by the integer factor that brings a rate above 20 kHz into
// 10–20 kHz; lower rates are returned as they are.
func decimate(x []float64, rate int) ([]float64, float64) {
	m := rate / 10000
	if m < 2 {
		return x, float64(rate)
	}
	// Blackman-windowed sinc, cut-off at 0.84 of the new Nyquist frequency.
	taps := 48*m + 1
	half := taps / 2
	fc := 0.42 / float64(m)
	h := make([]float64, taps)
	var sum float64
	for i := range h {
		k := float64(i - half)
		s := 2 * fc
		if k != 0 {
			s = math.Sin(2*math.Pi*fc*k) / (math.Pi * k)
		}
		w := 0.42 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(taps-1)) + 0.08*math.Cos(4*math.Pi*float64(i)/float64(taps-1))
		h[i] = s * w
		sum += h[i]
	}
	for i := range h {
		h[i] /= sum
	}
	out := make([]float64, (len(x)+m-1)/m)
	for j := range out {
		c := j * m
		var acc float64
		lo := max(0, half-c)
		hi := min(taps, len(x)-c+half)
		for i := lo; i < hi; i++ {
			acc += h[i] * x[c+i-half]
		}
		out[j] = acc
	}
	return out, float64(rate) / float64(m)
}

// lowpass filters x with a fourth-order Butterworth low-pass (two bilinear-transform biquads).
func lowpass(x []float64, rate, cutoff float64) []float64 {
	out := append([]float64(nil), x...)
	w := 2 * math.Pi * cutoff / rate
	cw, sw := math.Cos(w), math.Sin(w)
	for _, q := range []float64{0.54119610, 1.30656296} {
		alpha := sw / (2 * q)
		a0 := 1 + alpha
		b0 := (1 - cw) / 2 / a0
		b1 := (1 - cw) / a0
		b2 := b0
		a1 := -2 * cw / a0
		a2 := (1 - alpha) / a0
		var x1, x2, y1, y2 float64
		for i, v := range out {
			y := b0*v + b1*x1 + b2*x2 - a1*y1 - a2*y2
			x2, x1 = x1, v
			y2, y1 = y1, y
			out[i] = y
		}
	}
	return out
}

// at returns y[i], or 0 outside the signal.
func (a *analysis) at(i int) float64 { return sample(a.y, i) }

func sample(y []float64, i int) float64 {
	if i < 0 || i >= len(y) {
		return 0
	}
	return y[i]
}

// energy fills each frame's RMS over the analysis window and over the frame itself.
func (a *analysis) energy() {
	w := max(1, int(math.Round(yinWindowSec*a.rate)))
	for i := range a.frames {
		f := &a.frames[i]
		f.rms = a.rmsAround(f.center, w)
		lo := int(math.Round(float64(i) * FrameSeconds * a.rate))
		hi := int(math.Round(float64(i+1) * FrameSeconds * a.rate))
		f.act = a.rmsAround((lo+hi)/2, max(1, hi-lo))
	}
}

// rmsAround is the RMS of the w samples of y centred on c.
func (a *analysis) rmsAround(c, w int) float64 {
	var e float64
	for j := c - w/2; j < c-w/2+w; j++ {
		v := a.at(j)
		e += v * v
	}
	return math.Sqrt(e / float64(w))
}

// loudest returns the largest frame RMS among frames for which keep is true.
func (a *analysis) loudest(keep func(frame) bool) float64 {
	var m float64
	for _, f := range a.frames {
		if keep(f) {
			m = max(m, f.rms)
		}
	}
	return m
}

// yin estimates each audible frame's period with the YIN difference function.
func (a *analysis) yin() {
	w := int(math.Round(yinWindowSec * a.prate))
	tauMin := max(2, int(math.Floor(a.prate/MaxF0)))
	tauMax := int(math.Ceil(a.prate / MinF0))
	floor := a.loudest(func(frame) bool { return true }) * math.Pow(10, -silenceDB/20)
	if floor <= 0 {
		return
	}
	buf := make([]float64, w+tauMax+1)
	d := make([]float64, tauMax+2)
	dn := make([]float64, tauMax+2)
	for i := range a.frames {
		f := &a.frames[i]
		if f.rms < floor {
			continue
		}
		start := f.center/a.pstep - (w+tauMax)/2
		for j := range buf {
			buf[j] = sample(a.lp, start+j)
		}
		for tau := 1; tau <= tauMax+1 && tau+w <= len(buf); tau++ {
			var s float64
			for j := 0; j < w; j++ {
				diff := buf[j] - buf[j+tau]
				s += diff * diff
			}
			d[tau] = s
		}
		last := min(tauMax+1, len(buf)-w)
		dn[0] = 1
		var cum float64
		for tau := 1; tau <= last; tau++ {
			cum += d[tau]
			if cum <= 0 {
				dn[tau] = 1
				continue
			}
			dn[tau] = d[tau] * float64(tau) / cum
		}
		if shorterPeriod(dn, tauMin) {
			continue // periodic, but faster than MaxF0: not voice
		}
		tau := pickDip(dn[:last+1], tauMin, min(tauMax, last-1))
		if tau <= 0 || dn[tau] >= voicingMax {
			continue
		}
		// Parabolic interpolation of the dip.
		p := float64(tau)
		if l, c, r := dn[tau-1], dn[tau], dn[tau+1]; l+r-2*c > 0 {
			off := 0.5 * (l - r) / (l + r - 2*c)
			if math.Abs(off) < 1 {
				p += off
			}
		}
		f0 := a.prate / p
		if f0 < MinF0*f0Slack || f0 > MaxF0/f0Slack {
			continue
		}
		f.f0 = f0
	}
}

// harmonicity fills each voiced frame's HNR from the normalized cross-correlation, over
// hnrPeriods periods, between the signal (low-passed at hnrCutoffHz) and itself one period later,
// the period refined to a twentieth of a sample by windowed-sinc interpolation.
func (a *analysis) harmonicity() {
	hy := lowpass(a.y, a.rate, min(hnrCutoffHz, 0.4*a.rate))
	for i := range a.frames {
		f := &a.frames[i]
		if f.f0 <= 0 {
			continue
		}
		t0 := a.rate / f.f0
		w := int(math.Round(hnrPeriods * t0))
		start := f.center - int((float64(w)+t0)/2)
		seg := make([]float64, w)
		var e0 float64
		for j := range seg {
			seg[j] = sample(hy, start+j)
			e0 += seg[j] * seg[j]
		}
		best := 0.0
		for step := -hnrSearch; step <= hnrSearch; step++ {
			lag := t0 * (1 + 0.0015*float64(step))
			// Every sample of the window sits at the same fraction past a sample, so one set
			// of kernel weights serves the whole window.
			whole := math.Floor(lag)
			var kern [8]float64
			for k := range kern {
				kern[k] = lanczos(lag - whole - float64(k-3))
			}
			var c, e1 float64
			for j, v := range seg {
				base := start + j + int(whole)
				var u float64
				for k, wk := range kern {
					u += wk * sample(hy, base+k-3)
				}
				c += v * u
				e1 += u * u
			}
			if e0 > 0 && e1 > 0 {
				best = max(best, c/math.Sqrt(e0*e1))
			}
		}
		f.hnr = hnrDB(best)
	}
}

// lanczos is the Lanczos (a = 4) windowed-sinc interpolation kernel.
func lanczos(x float64) float64 {
	if x == 0 {
		return 1
	}
	if math.Abs(x) >= 4 {
		return 0
	}
	px := math.Pi * x
	return 4 * math.Sin(px) * math.Sin(px/4) / (px * px)
}

// shorterPeriod reports whether dn dips below the YIN threshold at a lag under tauMin.
func shorterPeriod(dn []float64, tauMin int) bool {
	for t := 2; t < tauMin && t < len(dn); t++ {
		if dn[t] < yinThreshold {
			return true
		}
	}
	return false
}

// pickDip returns the lag of the period dip in dn between lo and hi inclusive, or 0.
func pickDip(dn []float64, lo, hi int) int {
	if lo < 1 || hi <= lo || hi >= len(dn) {
		return 0
	}
	descend := func(t int) int {
		for t < hi && dn[t+1] < dn[t] {
			t++
		}
		return t
	}
	for t := lo; t <= hi; t++ {
		if dn[t] < yinThreshold {
			return descend(t)
		}
	}
	best := lo
	for t := lo; t <= hi; t++ {
		if dn[t] < dn[best] {
			best = t
		}
	}
	for t := lo; t <= hi; t++ {
		if dn[t] <= dn[best]+yinFallback && dn[t] <= dn[t-1] && (t == hi || dn[t] <= dn[t+1]) {
			return descend(t)
		}
	}
	return best
}

// hnrDB is the harmonics-to-noise ratio of a normalized correlation r.
func hnrDB(r float64) float64 {
	lo, hi := 1e-4, 1/(1+math.Pow(10, -hnrCapDB/10))
	r = min(max(r, lo), hi)
	return 10 * math.Log10(r/(1-r))
}

// octaveGuard folds back a frame's F0 that sits 2, 3 or 4 times above or below the median of
// its neighbourhood: the octave (and twelfth) errors of period picking.
func (a *analysis) octaveGuard() {
	orig := make([]float64, len(a.frames))
	for i, f := range a.frames {
		orig[i] = f.f0
	}
	var near []float64
	for i := range a.frames {
		if orig[i] == 0 {
			continue
		}
		near = near[:0]
		for j := max(0, i-octaveWindow); j <= min(len(orig)-1, i+octaveWindow); j++ {
			if orig[j] > 0 {
				near = append(near, orig[j])
			}
		}
		if len(near) < 3 {
			continue
		}
		m := median(near)
		for k := 2.0; k <= 4; k++ {
			folded := 0.0
			switch oct := math.Log2(orig[i] / m); {
			case math.Abs(oct-math.Log2(k)) < octaveTol:
				folded = orig[i] / k
			case math.Abs(oct+math.Log2(k)) < octaveTol:
				folded = orig[i] * k
			}
			if folded >= MinF0*f0Slack && folded <= MaxF0/f0Slack {
				a.frames[i].f0 = folded
			}
		}
	}
}

// dropShortRuns unvoices voiced runs shorter than minVoicedRun frames.
func (a *analysis) dropShortRuns() {
	for i := 0; i < len(a.frames); {
		if a.frames[i].f0 == 0 {
			i++
			continue
		}
		j := i
		for j < len(a.frames) && a.frames[j].f0 > 0 {
			j++
		}
		if j-i < minVoicedRun {
			for k := i; k < j; k++ {
				a.frames[k].f0 = 0
			}
		}
		i = j
	}
}

// median returns the median of v (0 for none); v is reordered.
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	sort.Float64s(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return 0.5 * (v[n/2-1] + v[n/2])
}
