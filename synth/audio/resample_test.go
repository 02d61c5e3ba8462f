package audio

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// ratePairs covers the common rates both ways plus odd pairs, including one that takes the
// interpolated-phase path (8001→48000 reduces to 16000/2667).
var ratePairs = [][2]int{
	{24000, 48000}, {48000, 24000},
	{16000, 22050}, {22050, 16000},
	{22050, 24000}, {24000, 22050},
	{8000, 48000}, {48000, 8000},
	{16000, 8000}, {8000, 16000},
	{44100, 48000}, {48000, 44100},
	{11025, 16000}, {8001, 48000}, {47999, 16000},
}

func resampleAll(t testing.TB, from, to int, in []float32) []float32 {
	t.Helper()
	var out Buffer
	r, err := NewResampler(&out, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.Samples
}

func sine(n, rate int, freq, amp, phase float64) []float32 {
	p := make([]float32, n)
	for i := range p {
		p[i] = float32(amp * math.Sin(2*math.Pi*freq*float64(i)/float64(rate)+phase))
	}
	return p
}

// fitTone least-squares fits a·sin + b·cos at freq to p and returns the amplitude and the RMS of
// the residual.
func fitTone(p []float32, rate int, freq float64) (amp, resid float64) {
	var ss, cc, sc, ys, yc float64
	w := 2 * math.Pi * freq / float64(rate)
	for i, y := range p {
		s, c := math.Sincos(w * float64(i))
		ss += s * s
		cc += c * c
		sc += s * c
		ys += float64(y) * s
		yc += float64(y) * c
	}
	det := ss*cc - sc*sc
	a := (ys*cc - yc*sc) / det
	b := (yc*ss - ys*sc) / det
	var e float64
	for i, y := range p {
		s, c := math.Sincos(w * float64(i))
		d := float64(y) - a*s - b*c
		e += d * d
	}
	return math.Hypot(a, b), math.Sqrt(e / float64(len(p)))
}

// removeTone returns p minus its least-squares fit at freq, so that a weak tone nearby can be
// measured without leakage from a strong one.
func removeTone(p []float32, rate int, freq float64) []float32 {
	var ss, cc, sc, ys, yc float64
	w := 2 * math.Pi * freq / float64(rate)
	for i, y := range p {
		s, c := math.Sincos(w * float64(i))
		ss += s * s
		cc += c * c
		sc += s * c
		ys += float64(y) * s
		yc += float64(y) * c
	}
	det := ss*cc - sc*sc
	a := (ys*cc - yc*sc) / det
	b := (yc*ss - ys*sc) / det
	out := make([]float32, len(p))
	for i, y := range p {
		s, c := math.Sincos(w * float64(i))
		out[i] = float32(float64(y) - a*s - b*c)
	}
	return out
}

// fitTones least-squares fits sinusoids at the given frequencies jointly (normal equations,
// Gauss-Jordan with partial pivoting) and returns their amplitudes and the residual. A joint fit
// separates tones closer than the window can resolve, where fitting one at a time would not.
func fitTones(p []float32, rate int, freqs ...float64) ([]float64, []float64) {
	k := 2 * len(freqs)
	cols := make([][]float64, k)
	for j, f := range freqs {
		w := 2 * math.Pi * f / float64(rate)
		cols[2*j] = make([]float64, len(p))
		cols[2*j+1] = make([]float64, len(p))
		for i := range p {
			s, c := math.Sincos(w * float64(i))
			cols[2*j][i], cols[2*j+1][i] = s, c
		}
	}
	a := make([][]float64, k)
	for r := range a {
		a[r] = make([]float64, k+1)
		for c := 0; c < k; c++ {
			for i := range p {
				a[r][c] += cols[r][i] * cols[c][i]
			}
		}
		for i, y := range p {
			a[r][k] += cols[r][i] * float64(y)
		}
	}
	for c := 0; c < k; c++ {
		piv := c
		for r := c + 1; r < k; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[piv][c]) {
				piv = r
			}
		}
		a[c], a[piv] = a[piv], a[c]
		for r := 0; r < k; r++ {
			if r != c {
				m := a[r][c] / a[c][c]
				for cc := c; cc <= k; cc++ {
					a[r][cc] -= m * a[c][cc]
				}
			}
		}
	}
	x := make([]float64, k)
	for c := 0; c < k; c++ {
		x[c] = a[c][k] / a[c][c]
	}
	amps := make([]float64, len(freqs))
	for j := range freqs {
		amps[j] = math.Hypot(x[2*j], x[2*j+1])
	}
	res := make([]float64, len(p))
	for i, y := range p {
		v := float64(y)
		for c := 0; c < k; c++ {
			v -= x[c] * cols[c][i]
		}
		res[i] = v
	}
	return amps, res
}

func db(x float64) float64 { return 20 * math.Log10(x) }

// Design figures of the resampler (resample.go) the tests hold it to, and the margins of the
// measurements.
var (
	// rsRipple is the Kaiser design's passband ripple, which equals its stopband ripple
	// δ = 10^(−rsAtten/20): ±20·log10(1+δ) dB, 0.00027 dB for 90 dB.
	rsRipple = db(1 + math.Pow(10, -rsAtten/20))
	// fitMargin is what the least-squares tone fit adds: it is exact for a pure tone, and the
	// float32 rounding in the input and the filter (below −100 dB re the tone) moves an
	// amplitude by less than 1e-5 dB and a −90 dB estimate by less than 0.1 dB.
	fitMargin    = 1e-5
	stopbandFitD = 0.1
)

// halfLSB is half a step of the 16-bit PCM the output is delivered in (full scale ±1).
const halfLSB = 1.0 / (1 << 16)

// middle drops a margin at each end, where the zero padding outside the stream shows.
func middle(p []float32, margin int) []float32 { return p[margin : len(p)-margin] }

func TestResampledLength(t *testing.T) {
	tests := []struct{ n, from, to, want int }{
		{0, 16000, 22050, 0},
		{-5, 16000, 22050, 0},
		{1, 16000, 22050, 1}, // 1.378
		{3, 16000, 22050, 4}, // 4.134
		{16000, 16000, 22050, 22050},
		{1, 16000, 24000, 2}, // 1.5: halves round up
		{3, 48000, 8000, 1},  // 0.5
		{2, 48000, 8000, 0},  // 0.333
		{9, 48000, 8000, 2},  // 1.5
		{1000, 24000, 48000, 2000},
		{7, 22050, 22050, 7},
		{5, 0, 16000, 0},
		{5, 16000, -1, 0},
		{math.MaxInt, 8000, 48000, math.MaxInt}, // saturates
	}
	for _, tt := range tests {
		if got := ResampledLength(tt.n, tt.from, tt.to); got != tt.want {
			t.Errorf("ResampledLength(%d, %d, %d) = %d, want %d", tt.n, tt.from, tt.to, got, tt.want)
		}
	}
	// Monotone, and exact for whole seconds.
	for _, rp := range ratePairs {
		prev := 0
		for n := 0; n < 3000; n++ {
			v := ResampledLength(n, rp[0], rp[1])
			if v < prev {
				t.Fatalf("%v: not monotone at %d", rp, n)
			}
			prev = v
		}
		if v := ResampledLength(3*rp[0], rp[0], rp[1]); v != 3*rp[1] {
			t.Errorf("%v: 3 s → %d samples", rp, v)
		}
	}
}

func TestResamplerLength(t *testing.T) {
	for _, rp := range ratePairs {
		for _, n := range []int{0, 1, 2, 3, 5, 17, 100, 1023, 1024, 1025, 4099, 12345} {
			out := resampleAll(t, rp[0], rp[1], make([]float32, n))
			if want := ResampledLength(n, rp[0], rp[1]); len(out) != want {
				t.Errorf("%d→%d, %d samples in: %d out, want %d", rp[0], rp[1], n, len(out), want)
			}
		}
	}
}

func TestResamplerChunkingInvariance(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, rp := range ratePairs {
		in := make([]float32, 5000+rng.IntN(3000))
		for i := range in {
			in[i] = float32(rng.Float64()*2 - 1)
		}
		want := resampleAll(t, rp[0], rp[1], in)
		for trial := 0; trial < 4; trial++ {
			var out Buffer
			r, err := NewResampler(&out, rp[0], rp[1])
			if err != nil {
				t.Fatal(err)
			}
			for rest := in; len(rest) > 0; {
				var n int
				switch trial {
				case 0:
					n = 1
				default:
					n = rng.IntN(3000 / trial)
				}
				n = min(n, len(rest))
				if err := r.Write(rest[:n]); err != nil {
					t.Fatal(err)
				}
				rest = rest[n:]
			}
			if err := r.Flush(); err != nil {
				t.Fatal(err)
			}
			if len(out.Samples) != len(want) {
				t.Fatalf("%v trial %d: %d samples, want %d", rp, trial, len(out.Samples), len(want))
			}
			for i := range want {
				if math.Float32bits(out.Samples[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%v trial %d: sample %d = %v, want %v", rp, trial, i, out.Samples[i], want[i])
				}
			}
		}
	}
}

func TestResamplerReuseAfterFlush(t *testing.T) {
	in := sine(3000, 16000, 440, 0.5, 0)
	var out Buffer
	r, err := NewResampler(&out, 16000, 22050)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := r.Write(in); err != nil {
			t.Fatal(err)
		}
		if err := r.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	n := ResampledLength(len(in), 16000, 22050)
	if len(out.Samples) != 2*n {
		t.Fatalf("got %d samples, want %d", len(out.Samples), 2*n)
	}
	for i := 0; i < n; i++ {
		if out.Samples[i] != out.Samples[n+i] {
			t.Fatalf("second stream differs at %d", i)
		}
	}
}

func TestResamplerReset(t *testing.T) {
	in := sine(3000, 22050, 440, 0.5, 0)
	want := resampleAll(t, 22050, 16000, in)
	var out Buffer
	r, err := NewResampler(&out, 22050, 16000)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(sine(1000, 22050, 1000, 0.9, 0)); err != nil {
		t.Fatal(err)
	}
	r.Reset()
	out.Samples = out.Samples[:0]
	if err := r.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := r.Flush(); err != nil {
		t.Fatal(err)
	}
	if len(out.Samples) != len(want) {
		t.Fatalf("%d samples after Reset, want %d", len(out.Samples), len(want))
	}
	for i := range want {
		if out.Samples[i] != want[i] {
			t.Fatalf("sample %d differs after Reset", i)
		}
	}
	(&Resampler{}).Reset() // no panic
}

func TestResamplerSineAmplitudeAndFrequency(t *testing.T) {
	for _, rp := range ratePairs {
		from, to := rp[0], rp[1]
		lower := float64(min(from, to))
		for _, f := range []float64{100, 997, 0.3 * lower, 0.44 * lower} {
			t.Run(fmt.Sprintf("%d-%d/%.0fHz", from, to, f), func(t *testing.T) {
				out := resampleAll(t, from, to, sine(from/2, from, f, 0.5, 0.3))
				amp, resid := fitTone(middle(out, to/20), to, f)
				// Passband: flat within the design's ripple.
				if e := db(amp / 0.5); math.Abs(e) > rsRipple+fitMargin {
					t.Errorf("amplitude error %.5f dB, design ripple ±%.5f dB", e, rsRipple)
				}
				// Everything else is images of the tone, each at least rsAtten dB down; when
				// up-sampling the output holds one per multiple k·from ± f below its Nyquist
				// frequency, and their powers add.
				images := 0
				for k := 1; float64(k*from)-f < float64(to)/2 && from < to; k++ {
					images++
					if float64(k*from)+f < float64(to)/2 {
						images++
					}
				}
				limit := -rsAtten + 10*math.Log10(float64(max(images, 1))) + stopbandFitD
				if r := db(resid / (0.5 / math.Sqrt2)); r > limit {
					t.Errorf("residual %.1f dB re tone, design limit %.1f dB (%d images)", r, limit, images)
				}
			})
		}
	}
}

// TestResamplerStopband checks that components above the lower Nyquist frequency are removed:
// when down-sampling they would alias, when up-sampling the input's images would appear. The
// design (resample.go) attenuates everything from rsStopband·min(from, to) up by rsAtten dB;
// the test holds it to that, less what the design method itself is known to miss by, and
// stopbandFitD for the measurement. The filter length comes from Kaiser's estimate
// M = (A − 7.95)/(2.285·Δω), which predicts the length a Kaiser window needs for attenuation A
// to within ±2 taps (Kaiser 1974; Oppenheim & Schafer, Discrete-Time Signal Processing, §7.6).
// Read the other way, two taps at 2.285·Δω dB each are what the realised attenuation may fall
// short of A: kaiserSlack below, 0.7 dB for a 2:1 ratio, 1 dB for 22050→16000.
//
// A Kaiser low-pass's stopband ripple is largest in the first lobes past the edge, which are a
// fraction of from/taps Hz wide (the kernel spans taps input samples). The test steps through
// the first four from/taps past the edge at a 32nd of that, climbs to the peak of the two
// highest lobes found (golden-section search to 0.25 Hz, so each peak is read to well within
// 0.1 dB), and samples the rest of the band more coarsely.
func TestResamplerStopband(t *testing.T) {
	for _, rp := range ratePairs {
		from, to := rp[0], rp[1]
		lower := float64(min(from, to))
		dw := 2 * math.Pi * (rsStopband - rsPassband) * lower / float64(from) // as in design
		kaiserSlack := 2 * 2.285 * dw
		floor := -rsAtten + kaiserSlack + stopbandFitD
		r, err := NewResampler(&Buffer{}, from, to)
		if err != nil {
			t.Fatal(err)
		}
		// leak is what a component d Hz past the stopband edge leaves in the output, in dB. The
		// tone lasts 20 ms beyond the filter's span; the outputs within half a span of either
		// end, where the zero padding outside the stream shows, are left out.
		n, margin := 2*r.taps+from/50, r.half*to/from+2
		leak := func(d float64) float64 {
			if from > to {
				// A tone d above the output Nyquist frequency, measured where it aliases.
				f := 0.5*lower + d
				out := resampleAll(t, from, to, sine(n, from, f, 1, 0))
				alias := math.Abs(f - float64(to)*math.Round(f/float64(to)))
				a, _ := fitTone(middle(out, margin), to, alias)
				return db(a)
			}
			// A tone whose first image lies d above the input Nyquist frequency; every image
			// k·from ± f below the output's Nyquist frequency counts, fitted jointly with the
			// tone (its first image is only 2d away), their powers added.
			f := 0.5*lower - d
			out := resampleAll(t, from, to, sine(n, from, f, 1, 0))
			freqs := []float64{f}
			for k := 1; float64(k*from)-f < float64(to)/2; k++ {
				freqs = append(freqs, float64(k*from)-f)
				if float64(k*from)+f < float64(to)/2 {
					freqs = append(freqs, float64(k*from)+f)
				}
			}
			amps, _ := fitTones(middle(out, margin), to, freqs...)
			power := 0.0
			for _, a := range amps[1:] {
				power += a * a
			}
			return 10 * math.Log10(power+1e-30)
		}
		lobe := float64(from) / float64(r.taps)
		span := float64(max(from, to))/2 - 0.5*lower // down-sampling: up to the input's Nyquist
		if from < to {
			span = 0.5 * lower // up-sampling: images of tones down to 0 Hz
		}
		t.Run(fmt.Sprintf("%d-%d", from, to), func(t *testing.T) {
			t.Parallel()
			type point struct{ d, att float64 }
			var fine []point
			step := lobe / 32
			for d := step / 2; d < 4*lobe; d += step {
				fine = append(fine, point{d, leak(d)})
			}
			worst := point{0, math.Inf(-1)}
			for k := 1; k <= 16; k++ {
				d := 4*lobe + (span-4*lobe-2)*float64(k)/16
				if a := leak(d); a > worst.att {
					worst = point{d, a}
				}
			}
			// The two highest local maxima of the fine scan, refined.
			var peaks []int
			for i := range fine {
				if (i == 0 || fine[i].att >= fine[i-1].att) && (i == len(fine)-1 || fine[i].att >= fine[i+1].att) {
					peaks = append(peaks, i)
				}
			}
			slices.SortFunc(peaks, func(a, b int) int { return cmp.Compare(fine[b].att, fine[a].att) })
			for _, i := range peaks[:min(2, len(peaks))] {
				lo, hi := max(fine[i].d-step, 0.25), fine[i].d+step
				const g = 0.6180339887498949
				a, b := hi-g*(hi-lo), lo+g*(hi-lo)
				fa, fb := leak(a), leak(b)
				for hi-lo > 0.25 {
					if fa > fb {
						hi, b, fb = b, a, fa
						a = hi - g*(hi-lo)
						fa = leak(a)
					} else {
						lo, a, fa = a, b, fb
						b = lo + g*(hi-lo)
						fb = leak(b)
					}
				}
				for _, p := range []point{fine[i], {a, fa}, {b, fb}} {
					if p.att > worst.att {
						worst = p
					}
				}
			}
			t.Logf("worst: %.2f dB, %.1f Hz past the stopband edge", worst.att, worst.d)
			if worst.att > floor {
				t.Errorf("a component %.1f Hz past the stopband edge leaves %.2f dB in the output: the design attenuates by %g dB (less %.2f dB for Kaiser's length estimate)", worst.d, worst.att, rsAtten, kaiserSlack)
			}
		})
	}
}

func TestResamplerDC(t *testing.T) {
	for _, rp := range ratePairs {
		in := make([]float32, 4000)
		for i := range in {
			in[i] = 0.5
		}
		out := resampleAll(t, rp[0], rp[1], in)
		// Every phase is normalized to unit DC gain; float32 coefficients and sums must keep
		// a constant within half a step of the 16-bit output.
		for i, x := range middle(out, rp[1]/40) {
			if math.Abs(float64(x)-0.5) > halfLSB {
				t.Fatalf("%v: sample %d = %v, want 0.5", rp, i, x)
			}
		}
	}
}

// TestResamplerAlignment checks zero delay: a click at input position n peaks at output
// position ResampledLength(n). The kernel's main lobe falls off monotonically on both sides, so
// the largest output sample is the one nearest the click's exact position, at most half a
// sample away; ResampledLength rounds, so it too is within half a sample.
func TestResamplerAlignment(t *testing.T) {
	for _, rp := range ratePairs {
		for _, pos := range []int{1000, 1001, 2345} {
			in := make([]float32, 4000)
			in[pos] = 1
			out := resampleAll(t, rp[0], rp[1], in)
			best := 0
			for i, x := range out {
				if x > out[best] {
					best = i
				}
			}
			exact := float64(pos) * float64(rp[1]) / float64(rp[0])
			if math.Abs(float64(best)-exact) > 0.5 {
				t.Errorf("%v: click at %d peaks at %d, want %.2f", rp, pos, best, exact)
			}
			if got := ResampledLength(pos, rp[0], rp[1]); math.Abs(float64(got)-exact) > 0.5 {
				t.Errorf("%v: mapping %d → %d, want ≈%.2f", rp, pos, got, exact)
			}
		}
	}
}

func TestResamplerIdentity(t *testing.T) {
	in := sine(1000, 22050, 440, 0.7, 0)
	out := resampleAll(t, 22050, 22050, in)
	if len(out) != len(in) {
		t.Fatalf("len %d", len(out))
	}
	for i := range in {
		if in[i] != out[i] {
			t.Fatalf("sample %d changed", i)
		}
	}
}

func TestResamplerErrors(t *testing.T) {
	var b Buffer
	for _, rp := range [][2]int{{0, 16000}, {16000, 0}, {7999, 16000}, {16000, 48001}, {-1, -1}} {
		if _, err := NewResampler(&b, rp[0], rp[1]); !errors.Is(err, ErrSampleRate) {
			t.Errorf("%v: err = %v, want ErrSampleRate", rp, err)
		}
	}
	if _, err := NewResampler(nil, 16000, 24000); err == nil {
		t.Error("nil destination accepted")
	}
	boom := errors.New("boom")
	r, err := NewResampler(WriterFunc(func([]float32) error { return boom }), 16000, 24000)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(make([]float32, 5000)); !errors.Is(err, boom) {
		t.Errorf("Write err = %v", err)
	}
	if err := r.Flush(); !errors.Is(err, boom) {
		t.Errorf("Flush err = %v", err)
	}
}

func TestResamplerNonFinite(t *testing.T) {
	in := sine(2000, 16000, 440, 0.5, 0)
	in[100] = float32(math.NaN())
	in[200] = float32(math.Inf(1))
	in[300] = float32(math.Inf(-1))
	for _, x := range resampleAll(t, 16000, 22050, in) {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) || math.Abs(float64(x)) > 1 {
			t.Fatalf("bad output sample %v", x)
		}
	}
	// Absurd finite magnitudes are clamped, so filter sums cannot overflow: with every input at
	// most rsMaxIn, no output can exceed rsMaxIn times the largest sum of |coefficients| of a
	// phase (an interpolated phase mixes two rows, so it is bounded by the larger). That bound
	// allows for the ringing of the step at the start.
	for i := range in {
		in[i] = math.MaxFloat32
	}
	r, err := NewResampler(&Buffer{}, 48000, 8000)
	if err != nil {
		t.Fatal(err)
	}
	gain := 0.0
	for p := 0; p*r.taps < len(r.coef); p++ {
		sum := 0.0
		for _, c := range r.coef[p*r.taps : (p+1)*r.taps] {
			sum += math.Abs(float64(c))
		}
		gain = max(gain, sum)
	}
	for _, x := range resampleAll(t, 48000, 8000, in) {
		if math.IsInf(float64(x), 0) || math.Abs(float64(x)) > gain*rsMaxIn {
			t.Fatalf("bad output sample %v", x)
		}
	}
}

func TestResamplerAllocs(t *testing.T) {
	for _, rp := range [][2]int{{24000, 48000}, {16000, 22050}, {8001, 48000}} {
		r, err := NewResampler(WriterFunc(func([]float32) error { return nil }), rp[0], rp[1])
		if err != nil {
			t.Fatal(err)
		}
		in := sine(777, rp[0], 300, 0.5, 0)
		var werr error
		allocs := testing.AllocsPerRun(50, func() {
			werr = errors.Join(werr, r.Write(in))
		})
		if allocs != 0 {
			t.Errorf("%v: %v allocs per Write", rp, allocs)
		}
		if werr != nil {
			t.Fatal(werr)
		}
	}
}

func benchResampler(b *testing.B, from, to int) {
	r, err := NewResampler(WriterFunc(func([]float32) error { return nil }), from, to)
	if err != nil {
		b.Fatal(err)
	}
	in := sine(from/50, from, 440, 0.5, 0) // 20 ms chunks
	b.ResetTimer()
	for b.Loop() {
		if err := r.Write(in); err != nil {
			b.Fatal(err)
		}
	}
	audioSec := float64(b.N) * float64(len(in)) / float64(from)
	b.ReportMetric(audioSec/b.Elapsed().Seconds(), "xRT")
}

func BenchmarkResample24kTo48k(b *testing.B)   { benchResampler(b, 24000, 48000) }
func BenchmarkResample16kTo22050(b *testing.B) { benchResampler(b, 16000, 22050) }
func BenchmarkResample22050To16k(b *testing.B) { benchResampler(b, 22050, 16000) }
func BenchmarkResample48kTo8k(b *testing.B)    { benchResampler(b, 48000, 8000) }
func BenchmarkResample8001To48k(b *testing.B)  { benchResampler(b, 8001, 48000) }
func BenchmarkNewResampler16kTo22050(b *testing.B) {
	for b.Loop() {
		if _, err := NewResampler(&Buffer{}, 16000, 22050); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzResampler: any rate pair, any samples (NaN and ±Inf included), any chunking: no panic,
// exact length, finite output, and the same output as one Write.
func FuzzResampler(f *testing.F) {
	f.Add(uint16(8000), uint16(40000), []byte{0, 0, 0x80, 0x3f, 0, 0, 0xc0, 0x7f}, uint8(1))
	f.Add(uint16(14050), uint16(0), []byte("some bytes that become floats"), uint8(3))
	f.Add(uint16(1), uint16(2), bytes.Repeat([]byte{0xff, 0xff, 0x7f, 0x7f}, 300), uint8(200)) // MaxFloat32
	f.Fuzz(func(t *testing.T, a, b uint16, data []byte, step uint8) {
		from := MinSampleRate + int(a)%(MaxSampleRate-MinSampleRate+1)
		to := MinSampleRate + int(b)%(MaxSampleRate-MinSampleRate+1)
		in := make([]float32, len(data)/4)
		for i := range in {
			in[i] = math.Float32frombits(uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24)
		}
		want := resampleAll(t, from, to, in)
		var out Buffer
		r, err := NewResampler(&out, from, to)
		if err != nil {
			t.Fatal(err)
		}
		n := 1 + int(step)
		for rest := in; len(rest) > 0; rest = rest[min(n, len(rest)):] {
			if err := r.Write(rest[:min(n, len(rest))]); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.Flush(); err != nil {
			t.Fatal(err)
		}
		if len(out.Samples) != ResampledLength(len(in), from, to) || len(want) != len(out.Samples) {
			t.Fatalf("%d→%d: %d in, %d/%d out", from, to, len(in), len(out.Samples), len(want))
		}
		for i, x := range out.Samples {
			if from != to && (x != x || math.IsInf(float64(x), 0)) {
				t.Fatalf("non-finite output %v", x)
			}
			if math.Float32bits(x) != math.Float32bits(want[i]) {
				t.Fatalf("chunked output differs at %d", i)
			}
		}
	})
}
