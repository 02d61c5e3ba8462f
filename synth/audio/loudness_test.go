package audio

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/chorus-tts/chorus/synth/dsp"
)

// tpInterpErr is the true-peak interpolator's design accuracy (loudness.go): below 1e-3 of full
// scale up to 0.45·fs.
const tpInterpErr = 1e-3

// interpDB is that error in dB at amplitude a.
func interpDB(a float64) float64 { return 20 * math.Log10(1+tpInterpErr/a) }

// write writes each p to m and fails the test on an error.
func write(t *testing.T, m *LoudnessMeter, ps ...[]float32) {
	t.Helper()
	for _, p := range ps {
		if err := m.Write(p); err != nil {
			t.Fatal(err)
		}
	}
}

var loudnessRates = []int{48000, 44100, 24000, 22050, 16000, 11025, 8000} // 11025: 100 ms is 1102.5 samples

// TestKWeighting48k checks the derived coefficients against the table in BS.1770-4 (48 kHz).
func TestKWeighting48k(t *testing.T) {
	shelf, high := kWeighting(48000)
	tests := []struct {
		name      string
		got, want float64
	}{
		{"shelf b0", shelf.b0, 1.53512485958697},
		{"shelf b1", shelf.b1, -2.69169618940638},
		{"shelf b2", shelf.b2, 1.19839281085285},
		{"shelf a1", shelf.a1, -1.69065929318241},
		{"shelf a2", shelf.a2, 0.73248077421585},
		{"high b0", high.b0, 1},
		{"high b1", high.b1, -2},
		{"high b2", high.b2, 1},
		{"high a1", high.a1, -1.99004745483398},
		{"high a2", high.a2, 0.99007225036621},
	}
	for _, tt := range tests {
		// The standard prints 14 decimals: half a unit of the last, plus float64 rounding.
		if math.Abs(tt.got-tt.want) > 1e-14 {
			t.Errorf("%s = %.14f, want %.14f", tt.name, tt.got, tt.want)
		}
	}
}

// response is the magnitude response of the K-weighting at freq, in dB.
func kResponse(rate int, freq float64) float64 {
	shelf, high := kWeighting(rate)
	w := 2 * math.Pi * freq / float64(rate)
	z1 := complex(math.Cos(w), -math.Sin(w)) // z^-1
	z2 := z1 * z1
	h := func(f biquad) complex128 {
		num := complex(f.b0, 0) + complex(f.b1, 0)*z1 + complex(f.b2, 0)*z2
		den := 1 + complex(f.a1, 0)*z1 + complex(f.a2, 0)*z2
		return num / den
	}
	v := h(shelf) * h(high)
	return 20 * math.Log10(math.Hypot(real(v), imag(v)))
}

// meterTol is the accuracy EBU Tech 3341 asks of a loudness meter on its test signals, ±0.1 LU. A
// K-weighting error of d dB at a frequency moves a tone there by d LU, so the weighting is held to
// the same figure.
const meterTol = 0.1

// TestKWeightingAnyRate checks that the response at other rates follows the 48 kHz reference
// well below their Nyquist frequency.
func TestKWeightingAnyRate(t *testing.T) {
	for _, rate := range loudnessRates {
		for _, f := range []float64{20, 50, 100, 500, 997, 2000, 3000} {
			if f > 0.4*float64(rate) {
				continue
			}
			d := kResponse(rate, f) - kResponse(48000, f)
			if math.Abs(d) > meterTol {
				t.Errorf("%d Hz at %d: %+.3f dB from the 48 kHz response", int(f), rate, d)
			}
		}
	}
}

func TestLoudnessSine(t *testing.T) {
	tests := []struct {
		amp  float64
		want float64
	}{
		{1, -3.01},
		{0.1, -23.01},         // -20 dBFS
		{0.5, -3.01 - 6.0206}, // -6 dBFS
	}
	for _, rate := range loudnessRates {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%d/%g", rate, tt.amp), func(t *testing.T) {
				lufs, _, err := MeasureLoudness(sine(2*rate, rate, 997, tt.amp, 0), rate)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%.4f LUFS", lufs)
				if math.Abs(lufs-tt.want) > meterTol {
					t.Errorf("%.3f LUFS, want %.2f", lufs, tt.want)
				}
			})
		}
	}
}

func TestLoudnessSilence(t *testing.T) {
	for _, n := range []int{0, 100, 48000 * 3} {
		lufs, tp, err := MeasureLoudness(make([]float32, n), 48000)
		if err != nil {
			t.Fatal(err)
		}
		if !math.IsInf(lufs, -1) || !math.IsInf(tp, -1) {
			t.Errorf("%d zeros: %v LUFS, %v dBTP; want -Inf", n, lufs, tp)
		}
	}
	measure := func(p []float32, rate int) float64 {
		t.Helper()
		lufs, _, err := MeasureLoudness(p, rate)
		if err != nil {
			t.Fatal(err)
		}
		return lufs
	}
	// Less than one 400 ms block of a loud tone has no gating block yet.
	if lufs := measure(sine(16000*399/1000, 16000, 997, 1, 0), 16000); !math.IsInf(lufs, -1) {
		t.Errorf("399 ms: %v LUFS, want -Inf", lufs)
	}
	if lufs := measure(sine(16000*400/1000, 16000, 997, 1, 0), 16000); math.IsInf(lufs, 0) {
		t.Errorf("400 ms: %v LUFS", lufs)
	}
	// Below the absolute gate.
	if lufs := measure(sine(48000, 48000, 997, dsp.DBToAmplitude(-70), 0), 48000); !math.IsInf(lufs, -1) {
		t.Errorf("-73 LUFS tone: %v, want -Inf (absolute gate)", lufs)
	}
}

// TestLoudnessGating: long silence after a tone does not pull the value down (absolute gate);
// quiet passages 13 LU below the programme are ignored (relative gate).
func TestLoudnessGating(t *testing.T) {
	for _, rate := range []int{16000, 22050} {
		tone := sine(5*rate, rate, 997, 0.1, 0)
		m, err := NewLoudnessMeter(rate)
		if err != nil {
			t.Fatal(err)
		}
		write(t, m, tone, make([]float32, 10*rate))
		// 5 s of tone fill 47 blocks; three more straddle its end with 3/4, 1/2 and 1/4 of the
		// tone's energy, all above both gates.
		want := -23.01 + 10*math.Log10((47+1.5)/50.0)
		got := m.Integrated()
		t.Logf("%d: tone+silence %.4f LUFS (%d blocks), want %.4f", rate, got, m.Blocks(), want)
		if math.Abs(got-want) > meterTol {
			t.Errorf("%d: tone then silence: %.3f LUFS, want %.3f", rate, got, want)
		}

		m.Reset()
		write(t, m, sine(3*rate, rate, 997, dsp.DBToAmplitude(-33), 0), sine(20*rate, rate, 997, 0.1, 0), sine(3*rate, rate, 997, dsp.DBToAmplitude(-33), 0))
		got = m.Integrated()
		t.Logf("%d: -36/-23/-36 LUFS programme: %.4f LUFS", rate, got)
		if math.Abs(got-(-23.01)) > meterTol {
			t.Errorf("%d: quiet passages not gated: %.3f LUFS, want -23.01", rate, got)
		}
	}
}

// TestLoudnessChunking: the meter's reading does not depend on how the stream is split.
func TestLoudnessChunking(t *testing.T) {
	p := sine(3*22050, 22050, 440, 0.3, 0)
	for i := range p {
		p[i] *= float32(i%5000) / 5000
	}
	one, err := NewLoudnessMeter(22050)
	if err != nil {
		t.Fatal(err)
	}
	write(t, one, p)
	many, err := NewLoudnessMeter(22050)
	if err != nil {
		t.Fatal(err)
	}
	for rest := p; len(rest) > 0; {
		n := min(len(rest), 1+len(rest)%977)
		write(t, many, rest[:n])
		rest = rest[n:]
	}
	if one.Integrated() != many.Integrated() || one.TruePeak() != many.TruePeak() {
		t.Errorf("one write %v/%v, many %v/%v", one.Integrated(), one.TruePeak(), many.Integrated(), many.TruePeak())
	}
}

func TestTruePeak(t *testing.T) {
	const rate = 48000
	fade := func(p []float32) []float32 {
		n := rate / 100 // 10 ms raised-cosine fades
		for i := 0; i < n; i++ {
			g := float32(0.5 - 0.5*math.Cos(math.Pi*float64(i)/float64(n)))
			p[i] *= g
			p[len(p)-1-i] *= g
		}
		return p
	}
	impulse := make([]float32, 1000)
	impulse[500] = 1
	// The interpolator's design error is below tpInterpErr of full scale (loudness.go), which at
	// amplitude a is 20·log10(1+tpInterpErr/a) dB. The impulse's interpolated values are the
	// kernel's, all below its sample: its true peak is the sample peak, exact but for rounding.
	tests := []struct {
		name           string
		p              []float32
		wantTP, wantSP float64
		tol            float64
	}{
		// Samples at ±0.7071 (-3.01 dBFS); the 4× grid lands on the true crest.
		{"fs/4 at 45°", fade(sine(rate, rate, rate/4, 1, math.Pi/4)), 0, -3.0103, interpDB(1)},
		{"fs/4 at 0°", fade(sine(rate, rate, rate/4, 1, 0)), 0, 0, interpDB(1)},
		// The 4× grid passes within 1/8 of a grid step of the crest at 997 Hz: 1e-5 dB.
		{"997 Hz -6 dB", sine(rate, rate, 997, 0.5, 0), -6.0206, -6.0206, interpDB(0.5) + 1e-5},
		{"impulse", impulse, 0, 0, 1e-6},
	}
	for _, tt := range tests {
		m, err := NewLoudnessMeter(rate)
		if err != nil {
			t.Fatal(err)
		}
		write(t, m, tt.p)
		tp, sp := m.TruePeak(), m.SamplePeak()
		t.Logf("%s: true peak %.4f dBTP, sample peak %.4f dBFS", tt.name, tp, sp)
		if math.Abs(tp-tt.wantTP) > tt.tol {
			t.Errorf("%s: true peak %.4f dBTP, want %.4f ±%.4f", tt.name, tp, tt.wantTP, tt.tol)
		}
		// Sample peaks are float32 samples (2^-24 relative, 5e-7 dB); over a second of 997 Hz
		// some sample falls within 1/96000 of a period of a crest (4e-9 dB); wantSP is written
		// to 1e-4 dB.
		if math.Abs(sp-tt.wantSP) > 1e-4 {
			t.Errorf("%s: sample peak %.4f dBFS, want %.4f", tt.name, sp, tt.wantSP)
		}
	}
}

// TestTruePeakTail: TruePeak evaluates the interpolated values still pending at the end of the
// stream as if silence followed, without changing the meter.
func TestTruePeakTail(t *testing.T) {
	burst := sine(8, 48000, 12000, 1, math.Pi/4) // ±0.7071, crests between the samples
	m, err := NewLoudnessMeter(48000)
	if err != nil {
		t.Fatal(err)
	}
	write(t, m, burst)
	tail := m.TruePeak()
	if again := m.TruePeak(); again != tail {
		t.Fatalf("TruePeak changed the meter: %v then %v", tail, again)
	}
	if sp := m.SamplePeak(); tail < sp+1 {
		t.Errorf("burst: true peak %.3f dBTP not above sample peak %.3f", tail, sp)
	}
	write(t, m, make([]float32, 100))
	// The same sums, in another order: equal up to float32 rounding (5e-7 dB).
	if padded := m.TruePeak(); math.Abs(padded-tail) > 1e-6 {
		t.Errorf("tail estimate %.6f dBTP, with the silence written %.6f", tail, padded)
	}
}

func TestLoudnessMeterErrors(t *testing.T) {
	for _, r := range []int{0, -1, 7999, 48001} {
		if _, err := NewLoudnessMeter(r); err == nil {
			t.Errorf("rate %d accepted", r)
		}
	}
	if _, _, err := MeasureLoudness(nil, 1); err == nil {
		t.Error("MeasureLoudness accepted rate 1")
	}
	m, err := NewLoudnessMeter(16000)
	if err != nil {
		t.Fatal(err)
	}
	write(t, m, []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}, sine(16000, 16000, 997, 0.1, 0))
	if v := m.Integrated(); math.IsNaN(v) || math.IsInf(v, 0) {
		t.Errorf("non-finite input poisoned the meter: %v", v)
	}
	// A −20 dBFS tone: at most the interpolator's error above it.
	if v := m.TruePeak(); math.IsNaN(v) || v > -20+interpDB(0.1) {
		t.Errorf("non-finite input poisoned the peak: %v", v)
	}
}

func TestLoudnessAllocs(t *testing.T) {
	m, err := NewLoudnessMeter(24000)
	if err != nil {
		t.Fatal(err)
	}
	p := sine(480, 24000, 440, 0.5, 0)
	var werr error
	if a := testing.AllocsPerRun(100, func() { werr = errors.Join(werr, m.Write(p)) }); a != 0 {
		t.Errorf("%v allocs per Write", a)
	}
	if werr != nil {
		t.Fatal(werr)
	}
}

func BenchmarkLoudnessMeter24k(b *testing.B) {
	m, err := NewLoudnessMeter(24000)
	if err != nil {
		b.Fatal(err)
	}
	p := sine(480, 24000, 440, 0.5, 0)
	for b.Loop() {
		if err := m.Write(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(p))/24000/b.Elapsed().Seconds(), "xRT")
}

// TestTruePeakInterpolation checks the oversampling filter directly: the values it interpolates
// between the samples of a sine match the sine up to 0.45·fs.
func TestTruePeakInterpolation(t *testing.T) {
	k := truePeakKernel
	for _, fr := range []float64{0.01, 0.1, 0.25, 0.33, 0.4, 0.45} {
		x := sine(2000, 1, fr, 1, 0.3)
		worst := 0.0
		for c := 200; c < 1800; c++ {
			win := x[c-2*tpHalf+1 : c+1]
			v1, v2, v3 := k.values(win)
			for q, v := range []float32{v1, v2, v3} {
				at := float64(c-tpHalf) + float64(q+1)/tpOversample
				e := math.Abs(float64(v) - math.Sin(2*math.Pi*fr*at+0.3))
				worst = math.Max(worst, e)
			}
		}
		if worst > tpInterpErr {
			t.Errorf("%.2f·fs: interpolation error %.5f", fr, worst)
		}
	}
}

// TestKWeightingSumSquares: the fused cascade equals the two biquads run one after the other,
// sample by sample in transposed direct form II (another form of the same coefficients),
// however the stream is split.
func TestKWeightingSumSquares(t *testing.T) {
	const rate = 22050
	x := sine(rate, rate, 440, 0.3, 0)
	for i := range x {
		x[i] += float32(0.2 * math.Sin(float64(i)*float64(i)/1e6)) // a chirp
	}
	shelf, high := kWeighting(rate)
	var want float64
	var s1, s2, h1, h2 float64 // transposed direct form II memories
	for _, v := range x {
		in := float64(v)
		y := shelf.b0*in + s1
		s1 = shelf.b1*in - shelf.a1*y + s2
		s2 = shelf.b2*in - shelf.a2*y
		z := high.b0*y + h1
		h1 = high.b1*y - high.a1*z + h2
		h2 = high.b2*y - high.a2*z
		want += z * z
	}
	k, err := NewKWeighting(rate)
	if err != nil {
		t.Fatal(err)
	}
	var got float64
	for rest := x; len(rest) > 0; {
		n := min(len(rest), 1+len(rest)%1013)
		got += k.SumSquares(rest[:n])
		rest = rest[n:]
	}
	// Two forms of the same filter round differently: 1e-9 relative is far below the meter's
	// 0.1 LU (2 %).
	if math.Abs(got-want) > 1e-9*want {
		t.Errorf("sum of squares %.12g, transposed direct form II %.12g", got, want)
	}
	k.Reset()
	if again := k.SumSquares(x); math.Abs(again-want) > 1e-9*want {
		t.Errorf("after Reset: %.12g, want %.12g", again, want)
	}
	if _, err := NewKWeighting(7999); err == nil {
		t.Error("rate 7999 accepted")
	}
	var zero KWeighting
	if s := zero.SumSquares(x); s != 0 {
		t.Errorf("zero KWeighting: %g", s)
	}
}

// TestGating: energy given in stretches that cross sub-blocks is spread in proportion; the
// first stage of the gating is kept as it goes and never exceeds the integrated loudness.
func TestGating(t *testing.T) {
	const rate = 11025 // sub-blocks of 1102 and 1103 samples
	tone := sine(3*rate, rate, 997, 0.1, 0)
	quiet := sine(3*rate, rate, 997, 0.01, 0)
	p := append(append([]float32{}, tone...), quiet...)
	m, err := NewLoudnessMeter(rate)
	if err != nil {
		t.Fatal(err)
	}
	write(t, m, p)
	// The same energies, in stretches of 500 samples that ignore the sub-blocks.
	g, err := NewGating(rate)
	if err != nil {
		t.Fatal(err)
	}
	k, err := NewKWeighting(rate)
	if err != nil {
		t.Fatal(err)
	}
	for rest := p; len(rest) > 0; {
		n := min(len(rest), 500)
		g.Add(k.SumSquares(rest[:n]), n)
		rest = rest[n:]
	}
	if g.Blocks() != m.Blocks() {
		t.Fatalf("%d blocks, the meter %d", g.Blocks(), m.Blocks())
	}
	// Within a stretch the tone's energy is even, so spreading it is exact but where a stretch
	// holds the change of level: 0.01 LU is a tenth of the meter's accuracy.
	if d := g.Integrated() - m.Integrated(); math.Abs(d) > 0.01 {
		t.Errorf("spread: %.4f LUFS, the meter %.4f", g.Integrated(), m.Integrated())
	}
	// The quiet half is 20 LU down: the relative gate drops it, the absolute one keeps it, so
	// its blocks (about half of them, at 1 % of the energy) pull the first stage's mean down
	// by up to 3 dB (less the blocks that straddle the change, which both stages keep).
	if a, i := m.g.AbsoluteGated(), m.Integrated(); a-i > -2 || a-i < -3.01 {
		t.Errorf("absolute-gated %.3f, integrated %.3f LUFS", a, i)
	}
	if left := g.Left(); left < 1 || left > rate/10+1 {
		t.Errorf("Left = %d", left)
	}
	// Silence is below the absolute gate: neither stage counts it. (It comes first: after an
	// abrupt end the weighting's ringing would leave one block between the two gates.)
	m.Reset()
	write(t, m, make([]float32, 3*rate), tone)
	if a, i := m.g.AbsoluteGated(), m.Integrated(); math.Abs(a-i) > 1e-9 {
		t.Errorf("silence, then a tone: absolute-gated %v, integrated %v", a, i)
	}
	var zero Gating
	zero.Add(1, 100)
	if !math.IsInf(zero.Integrated(), -1) || !math.IsInf(zero.AbsoluteGated(), -1) || zero.Blocks() != 0 {
		t.Error("zero Gating measured something")
	}
	if SubBlockStart(11025, 1) != 1103 || SubBlockStart(11025, 2) != 2205 {
		t.Errorf("sub-blocks at 11025 Hz start at %d, %d", SubBlockStart(11025, 1), SubBlockStart(11025, 2))
	}
}

// TestTruePeakGain: no window of samples within ±1 has an interpolated value above the gain,
// and a window of signs matching the kernel reaches it (it is the kernel's sum of magnitudes,
// rounded up by 1e-5).
func TestTruePeakGain(t *testing.T) {
	k := truePeakKernel
	g := float32(TruePeakGain())
	worst := float32(0)
	for q := 0; q < 3; q++ {
		var w [2 * tpHalf]float32
		for j := range w {
			// The kernel of phase q at tap j, from the folded halves.
			var c float32
			jj := min(j, 2*tpHalf-1-j)
			switch {
			case q == 1:
				c = k.mid[jj]
			case (q == 0) == (j < tpHalf):
				c = k.even[jj] + k.odd[jj]
			default:
				c = k.even[jj] - k.odd[jj]
			}
			w[j] = 1
			if c < 0 {
				w[j] = -1
			}
		}
		worst = max(worst, k.peak(w[:]))
	}
	if worst > g || worst < g*(1-2e-5) {
		t.Errorf("worst window %g, gain %g", worst, g)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	x := make([]float32, 10000)
	for i := range x {
		x[i] = float32(rng.Float64()*2 - 1)
	}
	if p := InterSamplePeak(x); p > g || p <= 1 {
		t.Errorf("noise within ±1: inter-sample peak %g (gain %g)", p, g)
	}
	if p := InterSamplePeak(x[:2*tpHalf-1]); p != 0 {
		t.Errorf("no full window: %g", p)
	}
}

// TestTruePeakSkips: the meter's search, which skips what cannot beat its peak so far, finds
// the peak a search of every window finds, on bursts of every loudness in every chunking.
func TestTruePeakSkips(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	x := make([]float32, 48000)
	for i := range x {
		env := 0.005 * float64(1+i%5000) / 50 // rising bursts, each louder somewhere than before
		if (i/700)%3 == 0 {
			env /= 20
		}
		x[i] = float32(env * (rng.Float64()*2 - 1))
	}
	// Then a short burst at a quarter of the rate, sampled at 45°, after silence: its true peak
	// is 3 dB over its samples, and only windows reaching back into the silence see it whole.
	x = append(x, make([]float32, 500)...)
	x = append(x, sine(8, 48000, 12000, 0.9, math.Pi/4)...)
	x = append(x, make([]float32, 500)...)
	padded := make([]float32, tpHist+len(x)+tpHalf) // silence before and after
	copy(padded[tpHist:], x)
	want := InterSamplePeak(padded)
	for _, chunk := range []int{1, 100, 4096, len(x)} {
		m, err := NewLoudnessMeter(48000)
		if err != nil {
			t.Fatal(err)
		}
		for rest := x; len(rest) > 0; {
			n := min(chunk, len(rest))
			write(t, m, rest[:n])
			rest = rest[n:]
		}
		var sp float32
		for _, v := range x {
			sp = max(sp, abs32(v))
		}
		got := m.TruePeak()
		if w := 20 * math.Log10(float64(max(want, sp))); got != w {
			t.Errorf("chunks of %d: true peak %.9f dBTP, every window %.9f", chunk, got, w)
		}
	}
}

// TestInterSamplePeakAbove: never below the true peak, and the true peak whenever that exceeds
// the floor, for floors around it.
func TestInterSamplePeakAbove(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for trial := range 500 {
		x := make([]float32, 2*tpHalf+rng.IntN(60))
		amp := rng.Float64()
		for i := range x {
			x[i] = float32(amp * (rng.Float64()*2 - 1) * math.Sin(float64(i)*rng.Float64()))
		}
		switch trial % 5 {
		case 0: // a burst at a quarter of the rate: peaks between the samples
			copy(x[tpHalf-2:], sine(4, 4, 1, amp, math.Pi/4))
		case 1:
			// One window, every sample's sign matched to the quarter phase's coefficient, its
			// nearest taps antisymmetric (so the half phase gets nothing from them): the far
			// taps add the most they can to the largest value.
			x = x[:2*tpHalf]
			k := truePeakKernel
			for j := range tpHalf {
				if j >= tpHalf-tpNear {
					x[j] = float32(math.Copysign(amp, float64(k.odd[j])))
					x[2*tpHalf-1-j] = -x[j]
					continue
				}
				x[j] = float32(math.Copysign(amp, float64(k.even[j]+k.odd[j])))
				x[2*tpHalf-1-j] = float32(math.Copysign(amp, float64(k.even[j]-k.odd[j])))
			}
		case 2: // the same for the half phase, with silence at its nearest taps
			x = x[:2*tpHalf]
			k := truePeakKernel
			for j := range tpHalf {
				v := float32(math.Copysign(amp, float64(k.mid[j])))
				if j >= tpHalf-tpNear {
					v = 0
				}
				x[j], x[2*tpHalf-1-j] = v, v
			}
		}
		want := InterSamplePeak(x)
		for _, f := range []float32{0, want * 0.5, want * 0.99, want * 1.01, want * 2} {
			got := InterSamplePeakAbove(x, f)
			if got < want || (want > f && got != want) {
				t.Fatalf("trial %d, floor %g: %g, the true peak %g", trial, f, got, want)
			}
		}
	}
}
