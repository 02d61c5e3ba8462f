package dsp

import (
	"math"
	"testing"
)

// floatTol bounds float64 rounding in these filters: coefficients and responses are a few dozen
// operations on values near 1, each rounding to 2^-53, amplified at most by the cancellation in
// 1−B−C (above 1e-3 for every resonator here).
const floatTol = 1e-12

// levelJND is the just-noticeable difference in level, about 1 dB.
const levelJND = 1.0

// fitAmp is the least-squares amplitude of a sinusoid at w radians per sample in y.
func fitAmp(y []float64, w float64) float64 {
	var ss, cc, sc, ys, yc float64
	for i, v := range y {
		s, c := math.Sincos(w * float64(i))
		ss += s * s
		cc += c * c
		sc += s * c
		ys += v * s
		yc += v * c
	}
	det := ss*cc - sc*sc
	return math.Hypot((ys*cc-yc*sc)/det, (yc*ss-ys*sc)/det)
}

func TestResonatorPeakAndDC(t *testing.T) {
	const sr = 24000.0
	for _, tc := range []struct{ f, bw float64 }{
		{500, 60}, {1500, 90}, {2500, 150}, {3300, 250}, {270, 100}, {4900, 1000},
	} {
		var r Resonator
		r.Set(tc.f, tc.bw, sr)
		if g := r.Response(0, sr); math.Abs(g-1) > floatTol {
			t.Errorf("F=%v: DC gain %v, want 1", tc.f, g)
		}
		// The peak is at F: within a tenth of the bandwidth (the conjugate pole pulls the
		// magnitude peak off the pole angle by a fraction of B that grows with B/F, under 0.1
		// for these), plus the 1 Hz scan step and one more for rounding the peak to it.
		best, bestF := 0.0, 0.0
		for f := 1.0; f < sr/2; f += 1 {
			if g := r.Response(f, sr); g > best {
				best, bestF = g, f
			}
		}
		if math.Abs(bestF-tc.f) > 0.1*tc.bw+2 {
			t.Errorf("F=%v BW=%v: peak at %v Hz", tc.f, tc.bw, bestF)
		}
		// Half-power bandwidth close to BW for narrow resonances: equal to first order in B/F,
		// off by under B/F ≤ 10 % of B, plus the 1 Hz scan step on each side.
		if tc.bw/tc.f < 0.1 {
			lo, hi := bestF, bestF
			for r.Response(lo, sr) > best/math.Sqrt2 {
				lo--
			}
			for r.Response(hi, sr) > best/math.Sqrt2 {
				hi++
			}
			if bw := hi - lo; math.Abs(bw-tc.bw) > 0.1*tc.bw+2 {
				t.Errorf("F=%v: -3 dB bandwidth %v, want %v", tc.f, bw, tc.bw)
			}
		}
	}
}

func TestResonatorTimeDomainMatchesResponse(t *testing.T) {
	const sr = 16000.0
	var r Resonator
	r.Set(1000, 100, sr)
	// Drive with a sine at F; steady-state amplitude should equal Response(F). After 10000
	// samples the transient has decayed by r^10000 = e^(−π·100·10000/16000), far below
	// rounding, and a least-squares fit reads the amplitude exactly.
	w := 2 * math.Pi * 1000 / sr
	var tail []float64
	for n := 0; n < 20000; n++ {
		y := r.Step(math.Sin(w * float64(n)))
		if n >= 10000 {
			tail = append(tail, y)
		}
	}
	if amp, want := fitAmp(tail, w), r.Response(1000, sr); math.Abs(amp-want)/want > 1e-9 {
		t.Errorf("steady-state amplitude %v, response %v", amp, want)
	}
	// Step response settles to 1 (DC gain): after 5000 samples the transient is gone.
	r.Reset()
	y := 0.0
	for n := 0; n < 5000; n++ {
		y = r.Step(1)
	}
	if math.Abs(y-1) > floatTol {
		t.Errorf("step response settles to %v, want 1", y)
	}
}

func TestAntiresonatorNotchAndInverse(t *testing.T) {
	const sr = 22050.0
	var z Antiresonator
	var r Resonator
	z.Set(450, 100, sr)
	r.Set(450, 100, sr)
	if g := z.Response(0, sr); math.Abs(g-1) > floatTol {
		t.Errorf("DC gain %v", g)
	}
	// The notch is as deep as the matching resonator's peak is high: a DC-normalized two-pole
	// resonator peaks at about its Q = F/B, here 4.5 (12 dB above the level JND, so clearly a
	// notch); the product check below makes it exact.
	if g := z.Response(450, sr); g > 100.0/450 {
		t.Errorf("gain at the notch %v, want about B/F = %v", g, 100.0/450)
	}
	for _, f := range []float64{0, 100, 450, 1000, 5000} {
		if p := z.Response(f, sr) * r.Response(f, sr); math.Abs(p-1) > floatTol {
			t.Errorf("antiresonator × resonator at %v Hz = %v, want 1", f, p)
		}
	}
	// In the time domain the cascade is the identity.
	z.Reset()
	r.Reset()
	n := NewNoise(1)
	for i := 0; i < 1000; i++ {
		x := n.Uniform()
		if y := z.Step(r.Step(x)); math.Abs(y-x) > floatTol {
			t.Fatalf("sample %d: %v != %v", i, y, x)
		}
	}
}

func TestPassThroughSettings(t *testing.T) {
	const sr = 16000.0
	for _, tc := range []struct{ f, bw float64 }{{9000, 100}, {1000, 0}, {-5, 100}, {math.NaN(), 100}, {1000, math.Inf(1)}} {
		var r Resonator
		var z Antiresonator
		r.Set(tc.f, tc.bw, sr)
		z.Set(tc.f, tc.bw, sr)
		for _, x := range []float64{1, -0.5, 0.25} {
			if y := r.Step(x); y != x && !math.IsInf(tc.bw, 1) {
				t.Errorf("resonator %+v not pass-through: %v -> %v", tc, x, y)
			}
			if y := z.Step(x); math.IsNaN(y) || math.IsInf(y, 0) {
				t.Errorf("antiresonator %+v gave %v", tc, y)
			}
		}
	}
}

func TestTilt(t *testing.T) {
	const sr = 24000.0
	for _, db := range []float64{0, 3, 10, 24, 41} {
		var o OnePole
		o.SetTilt(db, 3000, sr)
		// SetTilt solves for the coefficient exactly: only rounding is left.
		got := -20 * math.Log10(o.Response(3000, sr))
		if math.Abs(got-db) > 1e-9 {
			t.Errorf("tilt %v dB: attenuation at 3 kHz %v dB", db, got)
		}
		if g := o.Response(0, sr); math.Abs(g-1) > floatTol {
			t.Errorf("tilt %v: DC gain %v", db, g)
		}
	}
}

func TestDCBlocker(t *testing.T) {
	d := NewDCBlocker(20, 24000)
	y := 0.0
	for i := 0; i < 24000; i++ {
		y = d.Step(0.5)
	}
	// The step decays as R^n, R = 1−2π·20/24000: after a second, 0.5·R^24000 ≈ 0.5·e^(−126).
	if math.Abs(y) > floatTol {
		t.Errorf("DC not removed: %v", y)
	}
	// A 1 kHz sine passes almost unchanged, with the gain of y = x − x₁ + R·y₁ at w,
	// |1 − e^{−jw}| / |1 − R·e^{−jw}| (0.02 dB here); the transient is gone after half a second,
	// and a least-squares fit reads the amplitude exactly.
	d = NewDCBlocker(20, 24000)
	w := 2 * math.Pi * 1000 / 24000
	var tail []float64
	for i := 0; i < 24000; i++ {
		v := d.Step(math.Sin(w * float64(i)))
		if i >= 12000 {
			tail = append(tail, v)
		}
	}
	want := math.Sqrt((2 - 2*math.Cos(w)) / (1 - 2*d.R*math.Cos(w) + d.R*d.R))
	if amp := fitAmp(tail, w); math.Abs(amp-want) > 1e-9 || 20*math.Log10(want) > levelJND {
		t.Errorf("1 kHz amplitude %v, want %v (and within the level JND of 1)", amp, want)
	}
}

func TestNoise(t *testing.T) {
	a, b := NewNoise(7), NewNoise(7)
	c := NewNoise(8)
	same := 0
	for i := 0; i < 100; i++ {
		x, y, z := a.Uint64(), b.Uint64(), c.Uint64()
		if x != y {
			t.Fatal("same seed, different streams")
		}
		if x == z {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 7 and 8 share %d values", same)
	}
	z := NewNoise(0)
	if z.Uint64() == 0 && z.Uint64() == 0 {
		t.Error("seed 0 stuck at zero")
	}
	// Moments of n draws, each within 5 standard errors of its expectation (a correct generator
	// misses by that much with probability under 1e-6): uniform on [-1, 1) has mean 0, variance
	// 1/3 and Var(u²) = 1/5 − 1/9; the Gaussian mean 0, variance 1 and Var(v²) = 2.
	const n = 200000
	se := func(v float64) float64 { return 5 * math.Sqrt(v/n) }
	var sum, sum2, gsum, gsum2 float64
	g := NewNoise(3)
	for i := 0; i < n; i++ {
		u := g.Uniform()
		if u < -1 || u >= 1 {
			t.Fatalf("uniform %v out of range", u)
		}
		sum += u
		sum2 += u * u
		v := g.Gauss()
		gsum += v
		gsum2 += v * v
	}
	if m := sum / n; math.Abs(m) > se(1.0/3) {
		t.Errorf("uniform mean %v", m)
	}
	if v := sum2 / n; math.Abs(v-1.0/3) > se(1.0/5-1.0/9) {
		t.Errorf("uniform variance %v, want 1/3", v)
	}
	if m := gsum / n; math.Abs(m) > se(1) {
		t.Errorf("gauss mean %v", m)
	}
	if v := gsum2 / n; math.Abs(v-1) > se(2) {
		t.Errorf("gauss variance %v, want 1", v)
	}
}

// GaussFill is Gauss in bulk: the same values in the same order, and the generator left where
// that many calls leave it.
func TestGaussFillIsGauss(t *testing.T) {
	a, b := NewNoise(11), NewNoise(11)
	buf := make([]float64, 37)
	for round := 0; round < 5; round++ {
		a.GaussFill(buf[:round*9])
		for i, v := range buf[:round*9] {
			if w := b.Gauss(); v != w {
				t.Fatalf("round %d, value %d: %v, want %v", round, i, v, w)
			}
		}
		if x, y := a.Uint64(), b.Uint64(); x != y {
			t.Fatalf("round %d: the streams part after the fill", round)
		}
	}
}

func TestDecibels(t *testing.T) {
	// Exact decades and the 6.0206 dB of a factor 2 (20·log10 2 = 6.020599913...); 1e-12
	// relative is a few float64 roundings of Exp and Log10.
	for _, c := range []struct{ db, amp float64 }{
		{0, 1}, {20, 10}, {-20, 0.1}, {-96, 1.5848931924611134e-05}, {20 * math.Log10(2), 2}, {-20 * math.Log10(2), 0.5},
	} {
		if got := DBToAmplitude(c.db); math.Abs(got-c.amp) > 1e-12*c.amp {
			t.Errorf("DBToAmplitude(%v) = %v, want %v", c.db, got, c.amp)
		}
		if got := AmplitudeToDB(c.amp); math.Abs(got-c.db) > 1e-12*max(1, math.Abs(c.db)) {
			t.Errorf("AmplitudeToDB(%v) = %v, want %v", c.amp, got, c.db)
		}
	}
	if DBToAmplitude(math.Inf(-1)) != 0 || !math.IsNaN(DBToAmplitude(math.NaN())) || !math.IsInf(AmplitudeToDB(0), -1) {
		t.Error("limits: −Inf dB is 0, NaN stays NaN, 0 is −Inf dB")
	}
}

func BenchmarkResonator(b *testing.B) {
	var r Resonator
	r.Set(500, 60, 24000)
	x := 0.0
	for i := 0; i < b.N; i++ {
		x = r.Step(x*1e-3 + 1)
	}
	_ = x
}

func TestSetPeak(t *testing.T) {
	const sr = 24000.0
	for _, tc := range []struct{ f, bw float64 }{{2500, 150}, {4900, 1000}, {1800, 100}, {6000, 2000}} {
		var r Resonator
		r.SetPeak(tc.f, tc.bw, sr)
		best := 0.0
		for f := 1.0; f < sr/2; f++ {
			best = math.Max(best, r.Response(f, sr))
		}
		// A is the denominator's magnitude at the pole angle: gain 1 there exactly; the true
		// peak, pulled off F by the conjugate pole, stays within the level JND of it.
		if 20*math.Log10(best) > levelJND || math.Abs(r.Response(tc.f, sr)-1) > floatTol {
			t.Errorf("F=%v BW=%v: peak gain %v, gain at F %v, want ≈1", tc.f, tc.bw, best, r.Response(tc.f, sr))
		}
	}
	var r Resonator
	r.SetPeak(13000, 100, sr)
	if y := r.Step(1); y != 0 {
		t.Errorf("above Nyquist: output %v, want silence", y)
	}
}

func TestRunMatchesStep(t *testing.T) {
	n := NewNoise(5)
	x := make([]float64, 257)
	for i := range x {
		x[i] = n.Uniform()
	}
	var r1, r2 Resonator
	r1.Set(700, 130, 16000)
	r2 = r1
	var z1, z2 Antiresonator
	z1.Set(450, 100, 16000)
	z2 = z1
	o1 := OnePole{D: 0.4}
	o2 := o1
	d1 := NewDCBlocker(30, 16000)
	d2 := d1
	var p1, p2, q1, q2 Resonator
	p1.Set(1500, 90, 16000)
	q1.Set(2500, 150, 16000)
	p2, q2 = p1, q1
	buf := append([]float64(nil), x...)
	// Run in two uneven blocks to check the state carries over.
	for _, part := range [][]float64{buf[:100], buf[100:]} {
		r2.Run(part)
		z2.Run(part)
		o2.Run(part)
		d2.Run(part)
		RunPair(&p2, &q2, part)
	}
	for i, v := range x {
		want := q1.Step(p1.Step(d1.Step(o1.Step(z1.Step(r1.Step(v))))))
		if buf[i] != want {
			t.Fatalf("sample %d: Run %v, Step %v", i, buf[i], want)
		}
	}
}

func TestRunQuadMatchesStep(t *testing.T) {
	n := NewNoise(9)
	x := make([]float64, 301)
	for i := range x {
		x[i] = n.Uniform()
	}
	var a, b [4]Resonator
	for i, f := range []float64{500, 1500, 2500, 3500} {
		a[i].Set(f, 80+20*float64(i), 24000)
	}
	b = a
	quad := [4]*Resonator{&b[0], &b[1], &b[2], &b[3]}
	buf := append([]float64(nil), x...)
	for _, part := range [][]float64{buf[:77], buf[77:78], buf[78:]} {
		RunQuad(&quad, part)
	}
	for i, v := range x {
		want := a[3].Step(a[2].Step(a[1].Step(a[0].Step(v))))
		if buf[i] != want {
			t.Fatalf("sample %d: RunQuad %v, Step %v", i, buf[i], want)
		}
	}
}

// TestOnePoleZeroIsIdentity: with D = 0 Run leaves the block alone and still carries its state,
// so a later non-zero D starts from the last input, as Step would.
func TestOnePoleZeroIsIdentity(t *testing.T) {
	var a, b OnePole
	x := []float64{0.5, -0.25, 0.75}
	buf := append([]float64(nil), x...)
	b.Run(buf)
	for i, v := range x {
		if y := a.Step(v); y != buf[i] || y != v {
			t.Fatalf("sample %d: Run %v, Step %v, input %v", i, buf[i], y, v)
		}
	}
	a.D, b.D = 0.5, 0.5
	next := []float64{0.1}
	b.Run(next)
	if want := a.Step(0.1); next[0] != want {
		t.Errorf("after D changes: Run %v, Step %v", next[0], want)
	}
}
