package audio

import (
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/dsp"
)

// K-weighting (ITU-R BS.1770-4): a high-shelf pre-filter modelling the head, then the RLB
// high-pass. The standard tabulates both biquads for 48 kHz only; these are the analog prototype
// parameters that reproduce its table through the bilinear transform (prewarped at f0), which
// lets the meter derive the same response at any sample rate.
const (
	kShelfF0 = 1681.974450955533 // Hz
	kShelfG  = 3.999843853973347 // dB, high-frequency gain
	kShelfQ  = 0.7071752369554196
	kShelfVb = 0.4996667741545416 // exponent: band gain Vb = Vh^kShelfVb

	kHighF0 = 38.13547087602444 // Hz
	kHighQ  = 0.5003270373238773

	lufsOffset = -0.691 // dB, BS.1770 calibration constant

	absGateLUFS   = -70.0 // absolute gate
	relGateLU     = -10.0 // relative gate, below the absolute-gated loudness
	subBlocksPer  = 4     // a 400 ms gating block is 4 sub-blocks of 100 ms (75 % overlap)
	subBlocksPerS = 10    // 100 ms sub-blocks per second

	tpOversample = 4 // true-peak oversampling factor (BS.1770-4 Annex 2)
	tpHalf       = TruePeakHalf
	tpBeta       = 7.0
)

// TruePeakHalf is the half-width of the true-peak interpolator, in samples: the values it places
// between x[i] and x[i+1] are computed from the window x[i-TruePeakHalf+1 : i+TruePeakHalf+1].
const TruePeakHalf = 24

// biquad is the coefficients of a second-order IIR section: (b0 + b1/z + b2/z²) / (1 + a1/z +
// a2/z²).
type biquad struct {
	b0, b1, b2, a1, a2 float64
}

// flushDenormals zeroes a decayed state so silence never runs on subnormal arithmetic.
func flushDenormals(z float64) float64 {
	if math.Abs(z) < 1e-30 {
		return 0
	}
	return z
}

// kWeighting returns the two K-weighting stages for a sample rate.
//
// At 48 kHz the shelf is the standard's own bilinear design. At other rates bilinear warping
// would bend the shelf's transition (0.05 dB at 997 Hz at 16 kHz, 0.2 dB at 8 kHz), so the
// shelf is a magnitude-matched biquad instead (Vicanek, "Matched Second Order Digital Filters",
// 2016): impulse-invariant poles, and a numerator whose squared magnitude equals the analog
// prototype's at 0 Hz, f0 and the Nyquist frequency. Its response stays within 0.01 dB of the
// 48 kHz filter at 16 kHz and above, 0.04 dB at 8 kHz.
func kWeighting(rate int) (shelf, high biquad) {
	fs := float64(rate)
	vh := dsp.DBToAmplitude(kShelfG)
	vb := math.Pow(vh, kShelfVb)
	if rate == 48000 {
		k := math.Tan(math.Pi * kShelfF0 / fs)
		a0 := 1 + k/kShelfQ + k*k
		shelf = biquad{
			b0: (vh + vb*k/kShelfQ + k*k) / a0,
			b1: 2 * (k*k - vh) / a0,
			b2: (vh - vb*k/kShelfQ + k*k) / a0,
			a1: 2 * (k*k - 1) / a0,
			a2: (1 - k/kShelfQ + k*k) / a0,
		}
	} else {
		shelf = matchedShelf(fs, vh, vb)
	}

	// The standard's high-pass numerator is exactly (1, -2, 1) at 48 kHz, which leaves a passband
	// gain of 1+K48/Q+K48² (+0.043 dB) that the -0.691 dB constant calibrates against. Keep that
	// passband gain at every rate so the calibration holds everywhere.
	k := math.Tan(math.Pi * kHighF0 / fs)
	k48 := math.Tan(math.Pi * kHighF0 / 48000)
	a0 := 1 + k/kHighQ + k*k
	g := (1 + k48/kHighQ + k48*k48) / a0
	high = biquad{
		b0: g, b1: -2 * g, b2: g,
		a1: 2 * (k*k - 1) / a0,
		a2: (1 - k/kHighQ + k*k) / a0,
	}
	return shelf, high
}

// matchedShelf designs the K-weighting shelf at rate fs by magnitude matching (see kWeighting).
func matchedShelf(fs, vh, vb float64) biquad {
	// Squared magnitude of the analog prototype (vh s² + vb s/Q + 1)/(s² + s/Q + 1), s = jf/f0.
	analog := func(f float64) float64 {
		o := f / kShelfF0
		n := (1-vh*o*o)*(1-vh*o*o) + (vb*o/kShelfQ)*(vb*o/kShelfQ)
		d := (1-o*o)*(1-o*o) + (o/kShelfQ)*(o/kShelfQ)
		return n / d
	}
	w0 := 2 * math.Pi * kShelfF0 / fs
	zeta := 1 / (2 * kShelfQ) // < 1: complex poles
	r := math.Exp(-zeta * w0)
	a1 := -2 * r * math.Cos(w0*math.Sqrt(1-zeta*zeta))
	a2 := r * r
	// A biquad's squared magnitude is (X0·φ0 + X1·φ1 + X2·φ2) / (A0·φ0 + A1·φ1 + A2·φ2) with
	// φ1 = sin²(ω/2), φ0 = 1-φ1, φ2 = 4·φ0·φ1.
	ad0 := (1 + a1 + a2) * (1 + a1 + a2)
	ad1 := (1 - a1 + a2) * (1 - a1 + a2)
	ad2 := -4 * a2
	n0 := analog(0) * ad0
	n1 := analog(fs/2) * ad1
	p1 := math.Pow(math.Sin(w0/2), 2)
	p0 := 1 - p1
	p2 := 4 * p0 * p1
	n2 := (analog(kShelfF0)*(ad0*p0+ad1*p1+ad2*p2) - n0*p0 - n1*p1) / p2
	// Back from squared-magnitude terms to coefficients.
	s0, s1 := math.Sqrt(n0), math.Sqrt(n1)
	w := (s0 + s1) / 2
	b0 := (w + math.Sqrt(w*w+n2)) / 2
	return biquad{b0: b0, b1: (s0 - s1) / 2, b2: -n2 / (4 * b0), a1: a1, a2: a2}
}

// KWeighting is the K-weighting filter of ITU-R BS.1770-4 (the head's high shelf, then the RLB
// high-pass) at one sample rate, run as one fused loop over the two sections. The zero value
// passes nothing (every sum is 0); use NewKWeighting.
//
// The sections run in direct form I: each output waits only on a product and a difference of
// the outputs before it (transposed form II chains three operations per sample, which is what
// a loop like this is bound by). The high-pass numerator is g·(1, -2, 1); its gain g is folded
// into the shelf's numerator, which leaves the high-pass two products, and the loop's
// coefficients and memories fit in registers.
type KWeighting struct {
	rate        int
	shelf, high biquad
	// Memories: the last two inputs, shelf outputs and high-pass outputs.
	x1, x2, y1, y2, z1, z2 float64
}

// NewKWeighting returns the K-weighting at sampleRate, which must lie in [MinSampleRate,
// MaxSampleRate].
func NewKWeighting(sampleRate int) (*KWeighting, error) {
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil, fmt.Errorf("%w: K-weighting rate %d", ErrSampleRate, sampleRate)
	}
	k := &KWeighting{rate: sampleRate}
	k.Reset()
	return k, nil
}

// Reset clears the filter's memory: the next sample follows silence.
func (k *KWeighting) Reset() {
	if k.rate != 0 {
		k.shelf, k.high = kWeighting(k.rate)
	}
	k.x1, k.x2, k.y1, k.y2, k.z1, k.z2 = 0, 0, 0, 0, 0, 0
}

// SumSquares filters p (continuing from the previous call) and returns the sum of the squares
// of the weighted samples. Non-finite samples count as 0.
func (k *KWeighting) SumSquares(p []float32) float64 {
	g := k.high.b0 // the high-pass numerator is g·(1, -2, 1)
	b0, b1, b2 := k.shelf.b0*g, k.shelf.b1*g, k.shelf.b2*g
	sa1, sa2, ha1, ha2 := k.shelf.a1, k.shelf.a2, k.high.a1, k.high.a2
	x1, x2, y1, y2, z1, z2 := k.x1, k.x2, k.y1, k.y2, k.z1, k.z2
	var acc float64
	for _, x32 := range p {
		x := float64(x32)
		if x-x != 0 { // NaN or ±Inf
			x = 0
		}
		y := b0*x + b1*x1 + b2*x2 - sa1*y1 - sa2*y2
		z := y - 2*y1 + y2 - ha1*z1 - ha2*z2
		x2, x1 = x1, x
		y2, y1 = y1, y
		z2, z1 = z1, z
		acc += z * z
	}
	k.x1, k.x2 = x1, x2
	k.y1, k.y2 = flushDenormals(y1), flushDenormals(y2)
	k.z1, k.z2 = flushDenormals(z1), flushDenormals(z2)
	return acc
}

// Gating collects the K-weighted energy of a mono stream in the 100 ms sub-blocks of BS.1770-4's
// gating (400 ms blocks, 75 % overlap) and computes the gated integrated loudness from them. It
// keeps one value per 100 ms (0.8 kB per minute), not the samples. Feed it sums of squares of
// K-weighted samples (KWeighting.SumSquares) in stream order; a LoudnessMeter does both. The
// zero value measures nothing; use NewGating.
type Gating struct {
	rate   int
	n      int64      // samples received
	sub    int64      // index of the current 100 ms sub-block
	subEnd int64      // sample index where the current sub-block ends
	acc    float64    // sum of squares of the current sub-block
	recent [3]float64 // sums of the previous three sub-blocks, oldest first
	recLen [3]int64   // their lengths
	blocks []float64  // mean square of each complete 400 ms block

	absSum float64 // sum and count of the blocks above the absolute gate
	absN   int
}

// NewGating returns the gating of a stream at sampleRate, which must lie in [MinSampleRate,
// MaxSampleRate].
func NewGating(sampleRate int) (*Gating, error) {
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil, fmt.Errorf("%w: loudness gating rate %d", ErrSampleRate, sampleRate)
	}
	g := &Gating{rate: sampleRate, blocks: make([]float64, 0, 600)}
	g.Reset()
	return g, nil
}

// Reset starts a new measurement.
func (g *Gating) Reset() {
	g.n, g.sub, g.acc = 0, 0, 0
	g.subEnd = SubBlockStart(g.rate, 1)
	g.recent, g.recLen = [3]float64{}, [3]int64{}
	g.blocks = g.blocks[:0]
	g.absSum, g.absN = 0, 0
}

// SubBlockStart is the first sample of 100 ms gating sub-block k of a stream at rate:
// round(k·rate/10), so sub-blocks at rates that are not multiples of 10 Hz alternate in length.
func SubBlockStart(rate int, k int64) int64 {
	return (2*k*int64(rate) + subBlocksPerS) / (2 * subBlocksPerS)
}

// Left is the number of samples until the current sub-block ends (at least 1).
func (g *Gating) Left() int {
	if g.rate == 0 {
		return math.MaxInt32
	}
	return int(g.subEnd - g.n)
}

// Add counts n samples whose K-weighted squares sum to sumSquares. A stretch longer than Left
// is spread over the sub-blocks it covers in proportion to their share of it; callers that
// know better split it at Left.
func (g *Gating) Add(sumSquares float64, n int) {
	if g.rate == 0 || n <= 0 {
		return
	}
	for n > 0 {
		k := min(n, g.Left())
		part := sumSquares
		if k < n {
			part = sumSquares * float64(k) / float64(n)
		}
		g.acc += part
		sumSquares -= part
		n -= k
		g.n += int64(k)
		if g.n == g.subEnd {
			g.endSubBlock()
		}
	}
}

func (g *Gating) endSubBlock() {
	start := SubBlockStart(g.rate, g.sub)
	length := g.subEnd - start
	if g.sub >= subBlocksPer-1 {
		sum := g.acc + g.recent[0] + g.recent[1] + g.recent[2]
		n := length + g.recLen[0] + g.recLen[1] + g.recLen[2]
		z := sum / float64(n)
		g.blocks = append(g.blocks, z)
		if z > absGate() {
			g.absSum += z
			g.absN++
		}
	}
	g.recent = [3]float64{g.recent[1], g.recent[2], g.acc}
	g.recLen = [3]int64{g.recLen[1], g.recLen[2], length}
	g.acc = 0
	g.sub++
	g.subEnd = SubBlockStart(g.rate, g.sub+1)
}

// absGate is the absolute gate as a mean square.
func absGate() float64 { return math.Pow(10, (absGateLUFS-lufsOffset)/10) }

// Integrated is the gated integrated loudness so far, in LUFS; -Inf when no 400 ms block
// passes the gates (silence, or less than 400 ms of audio).
func (g *Gating) Integrated() float64 {
	if g.absN == 0 {
		return math.Inf(-1)
	}
	ag := absGate()
	relGate := g.absSum / float64(g.absN) * math.Pow(10, relGateLU/10)
	var sum float64
	var n int
	for _, z := range g.blocks {
		if z > ag && z > relGate {
			sum += z
			n++
		}
	}
	return lufsOffset + 10*math.Log10(sum/float64(n))
}

// AbsoluteGated is the loudness of the blocks above the absolute gate so far, in LUFS (-Inf
// when there are none): the first stage of the gating, kept as it goes, so it costs nothing to
// read. The relative gate only drops blocks below this mean, so Integrated is never lower.
func (g *Gating) AbsoluteGated() float64 {
	if g.absN == 0 {
		return math.Inf(-1)
	}
	return lufsOffset + 10*math.Log10(g.absSum/float64(g.absN))
}

// Blocks is the number of complete 400 ms gating blocks measured.
func (g *Gating) Blocks() int { return len(g.blocks) }

// tpKernel is the true-peak interpolator: a Kaiser-windowed sinc (cutoff at the Nyquist
// frequency, 2·TruePeakHalf taps per phase) placing tpOversample-1 values between consecutive
// samples. Interpolation error stays below 1e-3 of full scale up to 0.45·fs. (Annex 2's example
// filter is shorter; any interpolator meeting its intent may be used.)
//
// The phases are mirror images: the kernel at offset 3/4 is the one at 1/4 reversed, the one at
// 1/2 is symmetric. So a window w is folded once into sums a_j = w[j] + w[47-j] and differences
// d_j = w[j] - w[47-j], and the three values come from 24 terms each: the 1/2 value is Σ mid·a,
// the 1/4 and 3/4 values are Σ even·a ± Σ odd·d, where even and odd are the symmetric and
// antisymmetric halves of the 1/4 kernel. That is 3 products per pair instead of 6.
type tpKernel struct {
	even, odd, mid [TruePeakHalf]float32
	gain           float32 // the largest sum of absolute coefficients of a phase, rounded up
	// farQ and farH are the sums of absolute coefficients of the quarter (and three-quarter)
	// and half phases outside the tpNear pairs of taps nearest the value, rounded up; farQ2 and
	// farH2 the square roots of their sums of squares.
	farQ, farH, farQ2, farH2 float32
}

// tpNear is how many pairs of taps around a value nearBound computes exactly.
const tpNear = 4

// truePeakKernel is built once: it depends on nothing but the constants above.
var truePeakKernel = newTPKernel()

func newTPKernel() *tpKernel {
	const w = 2 * tpHalf
	i0b := besselI0(tpBeta)
	row := func(q int) [w]float64 {
		var v [w]float64
		var sum float64
		for j := range v {
			x := float64(q)/tpOversample + float64(tpHalf-1-j)
			if u := x / tpHalf; u > -1 && u < 1 {
				v[j] = sinc(x) * besselI0(tpBeta*math.Sqrt(1-u*u)) / i0b
			}
			sum += v[j]
		}
		for j := range v {
			v[j] /= sum // unit gain at 0 Hz
		}
		return v
	}
	quarter, half := row(1), row(2)
	k := &tpKernel{}
	var l1q, l1h float64
	for j := 0; j < tpHalf; j++ {
		k.even[j] = float32((quarter[j] + quarter[w-1-j]) / 2)
		k.odd[j] = float32((quarter[j] - quarter[w-1-j]) / 2)
		k.mid[j] = float32((half[j] + half[w-1-j]) / 2)
		e, o, m := float64(k.even[j]), float64(k.odd[j]), float64(k.mid[j])
		l1q += math.Abs(e+o) + math.Abs(e-o)
		l1h += 2 * math.Abs(m)
	}
	// Rounded up by 1e-5, far more than float32 sums of 48 terms can add, so a value computed
	// here never exceeds gain times the largest magnitude in its window.
	k.gain = float32(max(l1q, l1h) * (1 + 1e-5))
	var farQ, farH, farQ2, farH2 float64
	for j := 0; j < tpHalf-tpNear; j++ {
		e, o, m := float64(k.even[j]), float64(k.odd[j]), float64(k.mid[j])
		farQ += math.Abs(e+o) + math.Abs(e-o)
		farH += 2 * math.Abs(m)
		farQ2 += (e+o)*(e+o) + (e-o)*(e-o)
		farH2 += 2 * m * m
	}
	k.farQ, k.farH = float32(farQ*(1+1e-5)), float32(farH*(1+1e-5))
	k.farQ2, k.farH2 = float32(math.Sqrt(farQ2)*(1+1e-5)), float32(math.Sqrt(farH2)*(1+1e-5))
	return k
}

// nearBound bounds the magnitudes of the three values of window w, whose samples are at most
// wmax in magnitude and whose squares sum to at most energy: the tpNear pairs of taps nearest
// the values exactly, the others by the smaller of two bounds, their coefficients' magnitudes
// times wmax and (Cauchy-Schwarz) the root of their squares times the root of energy. It
// costs a sixth of the values themselves.
func (k *tpKernel) nearBound(w []float32, wmax, energy float32) float32 {
	w = w[:2*tpHalf]
	var e, o, m float32
	for j := tpHalf - tpNear; j < tpHalf; j++ {
		x, y := w[j], w[2*tpHalf-1-j]
		a, d := x+y, x-y
		e += k.even[j] * a
		o += k.odd[j] * d
		m += k.mid[j] * a
	}
	rms := float32(math.Sqrt(float64(energy)))
	q := max(abs32(e+o), abs32(e-o)) + min(k.farQ*wmax, k.farQ2*rms)
	h := abs32(m) + min(k.farH*wmax, k.farH2*rms)
	// The near sums round differently from the full ones: a relative 1e-5 covers it.
	return max(q, h) * (1 + 1e-5)
}

// values returns the interpolated values at 1/4, 1/2 and 3/4 of the way from w[tpHalf-1] to
// w[tpHalf]; w holds 2·tpHalf samples.
func (k *tpKernel) values(w []float32) (q1, q2, q3 float32) {
	w = w[:2*tpHalf]
	var e0, e1, o0, o1, m0, m1 float32
	for j := 0; j < tpHalf; j += 2 {
		x0, y0 := w[j], w[2*tpHalf-1-j]
		x1, y1 := w[j+1], w[2*tpHalf-2-j]
		a0, d0 := x0+y0, x0-y0
		a1, d1 := x1+y1, x1-y1
		e0 += k.even[j] * a0
		o0 += k.odd[j] * d0
		m0 += k.mid[j] * a0
		e1 += k.even[j+1] * a1
		o1 += k.odd[j+1] * d1
		m1 += k.mid[j+1] * a1
	}
	e, o := e0+e1, o0+o1
	return e + o, m0 + m1, e - o
}

// peak is the largest magnitude of the three values of window w.
func (k *tpKernel) peak(w []float32) float32 {
	a, b, c := k.values(w)
	return max(abs32(a), abs32(b), abs32(c))
}

func abs32(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }

// TruePeakGain bounds the true-peak interpolator: no interpolated value exceeds TruePeakGain
// times the largest magnitude in its window. Peak searches use it to skip quiet stretches.
func TruePeakGain() float64 { return float64(truePeakKernel.gain) }

// InterSamplePeak returns the largest magnitude among the values the true-peak interpolator
// (4× oversampling, BS.1770-4 Annex 2) places between x[i] and x[i+1], for every i whose window
// lies in x: TruePeakHalf-1 ≤ i < len(x)-TruePeakHalf. Samples must be finite. It is 0 when x
// holds no full window.
func InterSamplePeak(x []float32) float32 {
	k := truePeakKernel
	var pk float32
	for w := 0; w+2*tpHalf <= len(x); w++ {
		pk = max(pk, k.peak(x[w:w+2*tpHalf]))
	}
	return pk
}

// InterSamplePeakAbove is InterSamplePeak for searches that care only about values above
// floor: the result is never below the true peak, and is the true peak whenever that exceeds
// floor. Windows whose cheap bound (the nearest taps exactly, the rest by the largest sample)
// cannot exceed floor, or the largest value found so far, are not computed in full.
func InterSamplePeakAbove(x []float32, floor float32) float32 {
	k := truePeakKernel
	var wmax float32
	for _, v := range x {
		wmax = max(wmax, abs32(v))
	}
	if wmax*k.gain <= floor {
		return wmax * k.gain
	}
	// The sum of squares of the window, slid along in float64 (a few dozen steps cannot move
	// it by a millionth of float32's resolution), rounded up.
	var sum float64
	for _, v := range x[:min(len(x), 2*tpHalf)] {
		sum += float64(v) * float64(v)
	}
	var exact, bound float32
	for w := 0; w+2*tpHalf <= len(x); w++ {
		if w > 0 {
			a, b := float64(x[w-1]), float64(x[w+2*tpHalf-1])
			sum += b*b - a*a
		}
		win := x[w : w+2*tpHalf]
		energy := float32(max(sum, 0)*(1+1e-6) + 1e-20)
		nb := k.nearBound(win, wmax, energy)
		switch {
		case nb <= exact:
		case nb <= floor:
			bound = max(bound, nb)
		default:
			exact = max(exact, k.peak(win))
		}
	}
	return max(exact, bound)
}

// Sizes of the true-peak tracker's buffer.
const (
	tpHist  = 2*tpHalf - 1 // samples kept from before the current chunk
	tpChunk = 1024         // samples taken per step
	tpGroup = 16           // windows whose skip is decided together
)

// peakTracker follows the true peak of a stream: the interpolated values between consecutive
// samples, evaluated once each sample's window is complete (TruePeakHalf samples late). Groups
// of windows whose largest sample, times TruePeakGain, cannot beat the peak so far are skipped,
// so a stream is searched in full only where it is near its peak; the result is the same.
type peakTracker struct {
	buf  [tpHist + tpChunk]float32 // history, then the chunk being scanned
	bm   [(tpHist + tpChunk + tpGroup - 1) / tpGroup]float32
	peak float32
}

// scan evaluates the windows completed by the n samples in buf[tpHist:tpHist+n] and keeps the
// last tpHist samples as history.
func (t *peakTracker) scan(n int) {
	k := truePeakKernel
	end := tpHist + n
	for b := 0; b*tpGroup < end; b++ {
		var m float32
		for _, x := range t.buf[b*tpGroup : min(end, (b+1)*tpGroup)] {
			m = max(m, abs32(x))
		}
		t.bm[b] = m
	}
	// Window w is buf[w : w+2·tpHalf]; n windows end in the new samples.
	for g := 0; g*tpGroup < n; g++ {
		w0, w1 := g*tpGroup, min(n, (g+1)*tpGroup)
		var m float32
		for b := g; b <= (w1-1+2*tpHalf-1)/tpGroup; b++ {
			m = max(m, t.bm[b])
		}
		if m*k.gain <= t.peak {
			continue
		}
		for w := w0; w < w1; w++ {
			t.peak = max(t.peak, k.peak(t.buf[w:w+2*tpHalf]))
		}
	}
	copy(t.buf[:tpHist], t.buf[n:n+tpHist])
}

// tail evaluates the values still pending at the end of the stream, with silence after it,
// without changing t.
func (t *peakTracker) tail() float32 {
	var win [tpHist + tpHalf]float32
	copy(win[:], t.buf[:tpHist])
	return InterSamplePeak(win[:])
}

// LoudnessMeter is a Writer that measures ITU-R BS.1770-4 integrated loudness (K-weighted,
// gated: 400 ms blocks with 75 % overlap, absolute gate -70 LUFS, relative gate -10 LU) and true
// peak (4× oversampled, Annex 2) of a mono stream: a KWeighting feeding a Gating, and a true-peak
// search that skips what cannot reach the peak so far. It keeps one energy per 100 ms of audio,
// not the samples. The stream is taken to start in silence; non-finite samples count as 0. The
// zero value measures nothing; call NewLoudnessMeter.
type LoudnessMeter struct {
	rate       int
	k          KWeighting
	g          Gating
	samplePeak float32
	tp         peakTracker
}

// NewLoudnessMeter returns a meter for a stream at sampleRate, which must lie in
// [MinSampleRate, MaxSampleRate].
func NewLoudnessMeter(sampleRate int) (*LoudnessMeter, error) {
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil, fmt.Errorf("%w: loudness meter rate %d", ErrSampleRate, sampleRate)
	}
	m := &LoudnessMeter{
		rate: sampleRate,
		k:    KWeighting{rate: sampleRate},
		g:    Gating{rate: sampleRate, blocks: make([]float64, 0, 600)},
	}
	m.Reset()
	return m, nil
}

// Reset starts a new measurement.
func (m *LoudnessMeter) Reset() {
	m.k.Reset()
	m.g.Reset()
	m.samplePeak = 0
	m.tp = peakTracker{}
}

// Write measures p. It never fails.
func (m *LoudnessMeter) Write(p []float32) error {
	if m.rate == 0 {
		return nil
	}
	for len(p) > 0 {
		n := min(len(p), tpChunk)
		x := m.tp.buf[tpHist : tpHist+n]
		pk := m.samplePeak
		for i, v := range p[:n] {
			if v-v != 0 { // NaN or ±Inf
				v = 0
			}
			x[i] = v
			pk = max(pk, abs32(v))
		}
		m.samplePeak = pk
		for q := x; len(q) > 0; {
			k := min(len(q), m.g.Left())
			m.g.Add(m.k.SumSquares(q[:k]), k)
			q = q[k:]
		}
		m.tp.scan(n)
		p = p[n:]
	}
	return nil
}

// Integrated is the gated integrated loudness so far, in LUFS; -Inf when no 400 ms block
// passes the gates (silence, or less than 400 ms of audio).
func (m *LoudnessMeter) Integrated() float64 { return m.g.Integrated() }

// Blocks is the number of complete 400 ms gating blocks measured.
func (m *LoudnessMeter) Blocks() int { return m.g.Blocks() }

// SamplePeak is the largest absolute sample value so far, in dBFS; -Inf for silence.
func (m *LoudnessMeter) SamplePeak() float64 { return 20 * math.Log10(float64(m.samplePeak)) }

// TruePeak is the largest absolute value of the 4× oversampled signal so far, in dBTP, taking
// the stream to end (in silence) here; -Inf for silence. It does not change the meter.
func (m *LoudnessMeter) TruePeak() float64 {
	return 20 * math.Log10(float64(max(m.samplePeak, m.tp.peak, m.tp.tail())))
}

// MeasureLoudness returns the integrated loudness (LUFS) and true peak (dBTP) of p at rate.
func MeasureLoudness(p []float32, rate int) (lufs, truePeakDB float64, err error) {
	m, err := NewLoudnessMeter(rate)
	if err != nil {
		return 0, 0, err
	}
	_ = m.Write(p)
	return m.Integrated(), m.TruePeak(), nil
}
