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

	tpOversample = 4  // true-peak oversampling factor (BS.1770-4 Annex 2)
	tpHalf       = 24 // true-peak interpolator half-width, input samples
	tpBeta       = 7.0
)

// biquad is a second-order IIR section in transposed direct form II.
type biquad struct {
	b0, b1, b2, a1, a2 float64
	z1, z2             float64
}

func (f *biquad) step(x float64) float64 {
	y := f.b0*x + f.z1
	f.z1 = f.b1*x - f.a1*y + f.z2
	f.z2 = f.b2*x - f.a2*y
	return y
}

// flushDenormals zeroes a decayed state so silence never runs on subnormal arithmetic.
func (f *biquad) flushDenormals() {
	if math.Abs(f.z1) < 1e-30 {
		f.z1 = 0
	}
	if math.Abs(f.z2) < 1e-30 {
		f.z2 = 0
	}
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

// LoudnessMeter is a Writer that measures ITU-R BS.1770-4 integrated loudness (K-weighted,
// gated: 400 ms blocks with 75 % overlap, absolute gate -70 LUFS, relative gate -10 LU) and true
// peak (4× oversampled, Annex 2) of a mono stream. It keeps one energy per 100 ms of audio, not
// the samples (0.8 kB per minute). The stream is taken to start in silence; non-finite samples
// count as 0. The zero value is not usable; call NewLoudnessMeter.
type LoudnessMeter struct {
	rate        int
	shelf, high biquad

	n      int64      // samples received
	sub    int64      // index of the current 100 ms sub-block
	subEnd int64      // sample index where the current sub-block ends
	acc    float64    // sum of squares of the current sub-block
	recent [3]float64 // sums of the previous three sub-blocks, oldest first
	recLen [3]int64   // their lengths
	blocks []float64  // mean square of each complete 400 ms block

	samplePeak float64
	tp         truePeak
}

// NewLoudnessMeter returns a meter for a stream at sampleRate, which must lie in
// [MinSampleRate, MaxSampleRate].
func NewLoudnessMeter(sampleRate int) (*LoudnessMeter, error) {
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil, fmt.Errorf("%w: loudness meter rate %d", ErrSampleRate, sampleRate)
	}
	m := &LoudnessMeter{rate: sampleRate, blocks: make([]float64, 0, 600)}
	m.tp.init()
	m.Reset()
	return m, nil
}

// Reset starts a new measurement.
func (m *LoudnessMeter) Reset() {
	m.shelf, m.high = kWeighting(m.rate)
	m.n, m.sub, m.acc = 0, 0, 0
	m.subEnd = m.subBound(1)
	m.recent, m.recLen = [3]float64{}, [3]int64{}
	m.blocks = m.blocks[:0]
	m.samplePeak = 0
	m.tp.reset()
}

// subBound is the first sample of 100 ms sub-block k: round(k·rate/10).
func (m *LoudnessMeter) subBound(k int64) int64 {
	return (2*k*int64(m.rate) + subBlocksPerS) / (2 * subBlocksPerS)
}

// Write measures p. It never fails.
func (m *LoudnessMeter) Write(p []float32) error {
	for _, x32 := range p {
		x := float64(x32)
		if x-x != 0 { // NaN or ±Inf
			x = 0
		}
		if a := math.Abs(x); a > m.samplePeak {
			m.samplePeak = a
		}
		m.tp.push(float32(x))
		y := m.high.step(m.shelf.step(x))
		m.acc += y * y
		m.n++
		if m.n == m.subEnd {
			m.endSubBlock()
		}
	}
	m.shelf.flushDenormals()
	m.high.flushDenormals()
	return nil
}

func (m *LoudnessMeter) endSubBlock() {
	start := m.subBound(m.sub)
	length := m.subEnd - start
	if m.sub >= subBlocksPer-1 {
		sum := m.acc + m.recent[0] + m.recent[1] + m.recent[2]
		n := length + m.recLen[0] + m.recLen[1] + m.recLen[2]
		m.blocks = append(m.blocks, sum/float64(n))
	}
	m.recent = [3]float64{m.recent[1], m.recent[2], m.acc}
	m.recLen = [3]int64{m.recLen[1], m.recLen[2], length}
	m.acc = 0
	m.sub++
	m.subEnd = m.subBound(m.sub + 1)
}

// Integrated is the gated integrated loudness so far, in LUFS; -Inf when no 400 ms block
// passes the gates (silence, or less than 400 ms of audio).
func (m *LoudnessMeter) Integrated() float64 {
	absGate := math.Pow(10, (absGateLUFS-lufsOffset)/10) // as a mean square
	var sum float64
	var n int
	for _, z := range m.blocks {
		if z > absGate {
			sum += z
			n++
		}
	}
	if n == 0 {
		return math.Inf(-1)
	}
	relGate := sum / float64(n) * math.Pow(10, relGateLU/10)
	sum, n = 0, 0
	for _, z := range m.blocks {
		if z > absGate && z > relGate {
			sum += z
			n++
		}
	}
	return lufsOffset + 10*math.Log10(sum/float64(n))
}

// Blocks is the number of complete 400 ms gating blocks measured.
func (m *LoudnessMeter) Blocks() int { return len(m.blocks) }

// SamplePeak is the largest absolute sample value so far, in dBFS; -Inf for silence.
func (m *LoudnessMeter) SamplePeak() float64 { return 20 * math.Log10(m.samplePeak) }

// TruePeak is the largest absolute value of the 4× oversampled signal so far, in dBTP, taking
// the stream to end (in silence) here; -Inf for silence. It does not change the meter.
func (m *LoudnessMeter) TruePeak() float64 {
	return 20 * math.Log10(max(m.samplePeak, m.tp.peak, m.tp.tailPeak()))
}

// truePeak interpolates tpOversample-1 values between consecutive samples with a Kaiser-windowed
// sinc (cutoff at the Nyquist frequency, 48 taps per phase) and tracks their largest magnitude;
// the samples themselves are covered by the sample peak. Interpolation error stays below 1e-3 of
// full scale up to 0.45·fs. (Annex 2's example filter is shorter; any interpolator meeting its
// intent may be used.)
type truePeak struct {
	coef [tpOversample - 1][2 * tpHalf]float32 // row q-1: kernel at offsets q/4 + tpHalf-1-j
	ring [4 * tpHalf]float32                   // last 2·tpHalf samples, stored twice
	pos  int                                   // ring[pos : pos+2·tpHalf] is the window, oldest first
	peak float64
}

func (t *truePeak) init() {
	i0b := besselI0(tpBeta)
	for q := 1; q < tpOversample; q++ {
		row := &t.coef[q-1]
		var sum float64
		var v [2 * tpHalf]float64
		for j := range v {
			x := float64(q)/tpOversample + float64(tpHalf-1-j)
			if u := x / tpHalf; u > -1 && u < 1 {
				v[j] = sinc(x) * besselI0(tpBeta*math.Sqrt(1-u*u)) / i0b
			}
			sum += v[j]
		}
		for j := range v {
			row[j] = float32(v[j] / sum)
		}
	}
}

func (t *truePeak) reset() {
	clear(t.ring[:])
	t.pos = 0
	t.peak = 0
}

// push adds a sample and evaluates the interpolated values tpHalf samples back, between the
// window's two middle samples.
func (t *truePeak) push(x float32) {
	const w = 2 * tpHalf
	t.ring[t.pos] = x
	t.ring[t.pos+w] = x
	t.pos++
	if t.pos == w {
		t.pos = 0
	}
	win := t.ring[t.pos : t.pos+w]
	for q := range t.coef {
		if a := math.Abs(float64(dot(t.coef[q][:], win))); a > t.peak {
			t.peak = a
		}
	}
}

// tailPeak evaluates the interpolated values still pending at the end of the stream, with
// silence after it, without changing t.
func (t *truePeak) tailPeak() float64 {
	const w = 2 * tpHalf
	var win [2 * w]float32
	copy(win[:w], t.ring[t.pos:t.pos+w])
	var peak float64
	for s := 1; s <= tpHalf; s++ {
		cur := win[s : s+w]
		for q := range t.coef {
			if a := math.Abs(float64(dot(t.coef[q][:], cur))); a > peak {
				peak = a
			}
		}
	}
	return peak
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
