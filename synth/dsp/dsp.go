// Package dsp holds the small signal-processing blocks the vocoders are built from: two-pole
// resonators and antiresonators, one-pole filters, a DC blocker and a seeded noise generator.
package dsp

import "math"

// Resonator is a two-pole digital resonator (Klatt 1980): y[n] = A·x[n] + B·y[n−1] + C·y[n−2],
// with A chosen so the gain at 0 Hz is 1. The zero value passes its input through unchanged.
type Resonator struct {
	A, B, C float64
	y1, y2  float64
}

// resonatorCoeffs returns Klatt's A, B, C for a resonance at f Hz with bandwidth bw Hz.
func resonatorCoeffs(f, bw, sampleRate float64) (a, b, c float64) {
	t := 1 / sampleRate
	r := math.Exp(-math.Pi * bw * t)
	c = -r * r
	b = 2 * r * math.Cos(2*math.Pi*f*t)
	a = 1 - b - c
	return a, b, c
}

// Set sets the resonance frequency and bandwidth in Hz, keeping the filter state. A bandwidth
// ≤ 0 or a frequency outside [0, sampleRate/2) makes the resonator a pass-through.
func (r *Resonator) Set(f, bw, sampleRate float64) {
	if !(bw > 0) || !(f >= 0) || f >= sampleRate/2 || !(sampleRate > 0) {
		r.A, r.B, r.C = 1, 0, 0
		return
	}
	r.A, r.B, r.C = resonatorCoeffs(f, bw, sampleRate)
}

// Step filters one sample.
func (r *Resonator) Step(x float64) float64 {
	y := (r.A*x + r.C*r.y2) + r.B*r.y1
	r.y2 = r.y1
	r.y1 = y
	return y
}

// Reset clears the filter state.
func (r *Resonator) Reset() { r.y1, r.y2 = 0, 0 }

// Energy is the sum of squares of the filter state, a cheap measure of ringing.
func (r *Resonator) Energy() float64 { return r.y1*r.y1 + r.y2*r.y2 }

// Response is the filter's magnitude response at f Hz.
func (r *Resonator) Response(f, sampleRate float64) float64 {
	w := 2 * math.Pi * f / sampleRate
	// denominator 1 − B e^{−jw} − C e^{−2jw}
	re := 1 - r.B*math.Cos(w) - r.C*math.Cos(2*w)
	im := r.B*math.Sin(w) + r.C*math.Sin(2*w)
	return math.Abs(r.A) / math.Hypot(re, im)
}

// Antiresonator is a two-zero filter, the inverse of a Resonator at the same frequency and
// bandwidth: y[n] = A·x[n] + B·x[n−1] + C·x[n−2], gain 1 at 0 Hz. The zero value passes its
// input through unchanged.
type Antiresonator struct {
	A, B, C float64
	x1, x2  float64
}

// Set sets the notch frequency and bandwidth in Hz, keeping the filter state. Out-of-range
// settings make it a pass-through.
func (z *Antiresonator) Set(f, bw, sampleRate float64) {
	if !(bw > 0) || !(f >= 0) || f >= sampleRate/2 || !(sampleRate > 0) {
		z.A, z.B, z.C = 1, 0, 0
		return
	}
	a, b, c := resonatorCoeffs(f, bw, sampleRate)
	if a == 0 {
		z.A, z.B, z.C = 1, 0, 0
		return
	}
	z.A, z.B, z.C = 1/a, -b/a, -c/a
}

// Step filters one sample.
func (z *Antiresonator) Step(x float64) float64 {
	y := z.A*x + z.B*z.x1 + z.C*z.x2
	z.x2 = z.x1
	z.x1 = x
	return y
}

// Reset clears the filter state.
func (z *Antiresonator) Reset() { z.x1, z.x2 = 0, 0 }

// Response is the filter's magnitude response at f Hz.
func (z *Antiresonator) Response(f, sampleRate float64) float64 {
	w := 2 * math.Pi * f / sampleRate
	re := z.A + z.B*math.Cos(w) + z.C*math.Cos(2*w)
	im := -z.B*math.Sin(w) - z.C*math.Sin(2*w)
	return math.Hypot(re, im)
}

// OnePole is a one-pole low-pass filter y[n] = (1−D)·x[n] + D·y[n−1], gain 1 at 0 Hz.
type OnePole struct {
	D  float64
	y1 float64
}

// SetTilt chooses D so the filter attenuates by db decibels at f Hz (Klatt's spectral tilt TL
// is the attenuation at 3 kHz). db ≤ 0 makes the filter a pass-through.
func (o *OnePole) SetTilt(db, f, sampleRate float64) {
	o.D = TiltCoeff(db, f, sampleRate)
}

// TiltCoeff returns the one-pole coefficient D giving db decibels of attenuation at f Hz.
func TiltCoeff(db, f, sampleRate float64) float64 {
	if !(db > 0) || !(f > 0) || !(sampleRate > 0) || f >= sampleRate/2 {
		return 0
	}
	g2 := math.Pow(10, -db/10) // squared linear gain
	cw := math.Cos(2 * math.Pi * f / sampleRate)
	// (1−D)² = g²(1 − 2D·cos w + D²)  ⇒  (1−g²)D² − 2(1 − g²·cos w)D + (1−g²) = 0
	qa := 1 - g2
	qb := -2 * (1 - g2*cw)
	disc := qb*qb - 4*qa*qa
	if disc < 0 {
		disc = 0
	}
	d := (-qb - math.Sqrt(disc)) / (2 * qa)
	if d < 0 {
		d = 0
	}
	if d > 0.999 {
		d = 0.999
	}
	return d
}

// Step filters one sample.
func (o *OnePole) Step(x float64) float64 {
	y := (1-o.D)*x + o.D*o.y1
	o.y1 = y
	return y
}

// Response is the filter's magnitude response at f Hz.
func (o *OnePole) Response(f, sampleRate float64) float64 {
	w := 2 * math.Pi * f / sampleRate
	return math.Abs(1-o.D) / math.Hypot(1-o.D*math.Cos(w), o.D*math.Sin(w))
}

// Reset clears the filter state.
func (o *OnePole) Reset() { o.y1 = 0 }

// DCBlocker removes DC: y[n] = x[n] − x[n−1] + R·y[n−1], a high-pass with its corner near
// (1−R)·sampleRate/2π.
type DCBlocker struct {
	R      float64
	X1, Y1 float64 // state: the last input and output (exported for callers that fuse loops)
}

// NewDCBlocker returns a DC blocker with its corner at about cutoff Hz.
func NewDCBlocker(cutoff, sampleRate float64) DCBlocker {
	r := 1 - 2*math.Pi*cutoff/sampleRate
	if r < 0 {
		r = 0
	}
	return DCBlocker{R: r}
}

// Step filters one sample.
func (d *DCBlocker) Step(x float64) float64 {
	y := x - d.X1 + d.R*d.Y1
	d.X1 = x
	d.Y1 = y
	return y
}

// Noise is a fast deterministic pseudo-random generator (xorshift64*), seeded explicitly.
type Noise struct {
	s uint64
}

// NewNoise returns a generator seeded with seed (any value, zero included).
func NewNoise(seed uint64) Noise {
	// splitmix64 scrambles the seed so nearby seeds give unrelated streams; never zero.
	z := seed + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	if z == 0 {
		z = 0x2545f4914f6cdd1d
	}
	return Noise{s: z}
}

// Uint64 returns the next 64 random bits.
func (n *Noise) Uint64() uint64 {
	x := n.s
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	n.s = x
	return x * 0x2545f4914f6cdd1d
}

// Uniform returns a value uniformly distributed in [−1, 1).
func (n *Noise) Uniform() float64 {
	return float64(int64(n.Uint64())) * (1.0 / (1 << 63))
}

// Gauss returns an approximately Gaussian value with zero mean and unit variance (sum of two
// uniforms per 32-bit half, four in all: cheap and bounded by ±√12).
func (n *Noise) Gauss() float64 {
	u := n.Uint64()
	a := float64(uint32(u)) + float64(uint32(u>>32))
	v := n.Uint64()
	b := float64(uint32(v)) + float64(uint32(v>>32))
	// each uint32 is uniform on [0, 2^32) with variance 2^64/12; four of them: mean 2^33
	return (a + b - (1 << 33)) * (math.Sqrt(3) / (1 << 32))
}

// GaussFill fills dst with Gauss's next len(dst) values, in order: the same values as that
// many calls, without a call per value.
func (n *Noise) GaussFill(dst []float64) {
	s := n.s
	next := func() uint64 {
		s ^= s >> 12
		s ^= s << 25
		s ^= s >> 27
		return s * 0x2545f4914f6cdd1d
	}
	for i := range dst {
		u := next()
		a := float64(uint32(u)) + float64(uint32(u>>32))
		v := next()
		b := float64(uint32(v)) + float64(uint32(v>>32))
		dst[i] = (a + b - (1 << 33)) * (math.Sqrt(3) / (1 << 32))
	}
	n.s = s
}

// DBToAmplitude converts decibels to a linear amplitude factor, 10^(db/20): the one conversion
// every package of the engine uses. It goes through Exp, several times cheaper than Pow; NaN
// gives NaN, −Inf gives 0.
func DBToAmplitude(db float64) float64 { return math.Exp(db * (math.Ln10 / 20)) }

// AmplitudeToDB converts a linear amplitude factor to decibels, 20·log10(a); 0 gives −Inf.
func AmplitudeToDB(a float64) float64 { return 20 * math.Log10(a) }

// SetPeak sets the resonator like Set but scales A so the gain at the resonance peak is about 1
// instead of the gain at 0 Hz: the form used in a parallel formant bank, where each branch's
// amplitude control should set its peak level directly.
func (r *Resonator) SetPeak(f, bw, sampleRate float64) {
	if !(bw > 0) || !(f > 0) || f >= sampleRate/2 || !(sampleRate > 0) {
		r.A, r.B, r.C = 0, 0, 0
		return
	}
	t := 1 / sampleRate
	rr := math.Exp(-math.Pi * bw * t)
	cw := math.Cos(2 * math.Pi * f * t)
	r.C = -rr * rr
	r.B = 2 * rr * cw
	c2 := 2*cw*cw - 1 // cos 2θ
	// |(1 − r e^{jθ} z⁻¹)(1 − r e^{−jθ} z⁻¹)| at z = e^{jθ}
	r.A = (1 - rr) * math.Sqrt(1-2*rr*c2+rr*rr)
}

// Energy is the sum of squares of the filter state.
func (d *DCBlocker) Energy() float64 { return d.X1*d.X1 + d.Y1*d.Y1 }

// Run filters x in place (a block at a time: the state stays in registers).
func (r *Resonator) Run(x []float64) {
	a, b, c, y1, y2 := r.A, r.B, r.C, r.y1, r.y2
	for i, v := range x {
		// (a·v + c·y2) does not depend on the previous sample's output, which keeps the
		// loop-carried dependency to one multiply and one add.
		y := (a*v + c*y2) + b*y1
		y2 = y1
		y1 = y
		x[i] = y
	}
	r.y1, r.y2 = y1, y2
}

// RunPair filters x in place through r then s. Interleaving two sections in one loop lets
// their recursions overlap, roughly doubling throughput over two Run calls.
func RunPair(r, s *Resonator, x []float64) {
	a1, b1, c1, p1, q1 := r.A, r.B, r.C, r.y1, r.y2
	a2, b2, c2, p2, q2 := s.A, s.B, s.C, s.y1, s.y2
	for i, v := range x {
		y := (a1*v + c1*q1) + b1*p1
		q1 = p1
		p1 = y
		z := (a2*y + c2*q2) + b2*p2
		q2 = p2
		p2 = z
		x[i] = z
	}
	r.y1, r.y2 = p1, q1
	s.y1, s.y2 = p2, q2
}

// Run filters x in place.
func (z *Antiresonator) Run(x []float64) {
	a, b, c, x1, x2 := z.A, z.B, z.C, z.x1, z.x2
	for i, v := range x {
		x[i] = a*v + b*x1 + c*x2
		x2 = x1
		x1 = v
	}
	z.x1, z.x2 = x1, x2
}

// Energy is the sum of squares of the filter state.
func (z *Antiresonator) Energy() float64 { return z.x1*z.x1 + z.x2*z.x2 }

// Run filters x in place.
func (o *OnePole) Run(x []float64) {
	d, y1 := o.D, o.y1
	if d == 0 {
		// y = x exactly: skip the loop (the default voice has no extra tilt).
		if len(x) > 0 {
			o.y1 = x[len(x)-1]
		}
		return
	}
	g := 1 - d
	for i, v := range x {
		y1 = g*v + d*y1
		x[i] = y1
	}
	o.y1 = y1
}

// Run filters x in place.
func (d *DCBlocker) Run(x []float64) {
	r, x1, y1 := d.R, d.X1, d.Y1
	for i, v := range x {
		y1 = v - x1 + r*y1
		x1 = v
		x[i] = y1
	}
	d.X1, d.Y1 = x1, y1
}

// RunQuad filters x in place through four resonators in cascade (r[0] first), equal to four
// Run calls in turn. One pass keeps the four recursions in flight together, so the loop is
// bound by arithmetic throughput instead of one resonator's feedback latency.
func RunQuad(r *[4]*Resonator, x []float64) {
	r0, r1, r2, r3 := r[0], r[1], r[2], r[3]
	a0, b0, c0, p0, q0 := r0.A, r0.B, r0.C, r0.y1, r0.y2
	a1, b1, c1, p1, q1 := r1.A, r1.B, r1.C, r1.y1, r1.y2
	a2, b2, c2, p2, q2 := r2.A, r2.B, r2.C, r2.y1, r2.y2
	a3, b3, c3, p3, q3 := r3.A, r3.B, r3.C, r3.y1, r3.y2
	for i, v := range x {
		y0 := (a0*v + c0*q0) + b0*p0
		q0, p0 = p0, y0
		y1 := (a1*y0 + c1*q1) + b1*p1
		q1, p1 = p1, y1
		y2 := (a2*y1 + c2*q2) + b2*p2
		q2, p2 = p2, y2
		y3 := (a3*y2 + c3*q3) + b3*p3
		q3, p3 = p3, y3
		x[i] = y3
	}
	r0.y1, r0.y2 = p0, q0
	r1.y1, r1.y2 = p1, q1
	r2.y1, r2.y2 = p2, q2
	r3.y1, r3.y2 = p3, q3
}
