package acoustics_test

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
)

// harmonics returns dur seconds of a periodic signal at f0 whose k-th harmonic has amplitude
// amp(k) (harmonics at or above 0.45·rate are left out), normalized to peak 0.5.
func harmonics(f0 float64, rate int, dur float64, amp func(k int) float64) []float32 {
	n := int(dur * float64(rate))
	y := make([]float64, n)
	for k := 1; float64(k)*f0 < 0.45*float64(rate); k++ {
		a := amp(k)
		if a == 0 {
			continue
		}
		w := 2 * math.Pi * float64(k) * f0 / float64(rate)
		for i := range y {
			y[i] += a * math.Cos(w*float64(i))
		}
	}
	return normalize(y, 0.5)
}

func normalize(y []float64, peak float64) []float32 {
	var m float64
	for _, v := range y {
		m = max(m, math.Abs(v))
	}
	out := make([]float32, len(y))
	for i, v := range y {
		if m > 0 {
			out[i] = float32(v / m * peak)
		}
	}
	return out
}

func sine(f float64, rate int, dur float64) []float32 {
	return harmonics(f, rate, dur, func(k int) float64 { return float64(boolInt(k == 1)) })
}

// pulses is a band-limited pulse train: every harmonic at equal amplitude.
func pulses(f0 float64, rate int, dur float64) []float32 {
	return harmonics(f0, rate, dur, func(int) float64 { return 1 })
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// withNoise adds white Gaussian noise at the given signal-to-noise ratio.
func withNoise(x []float32, snrDB float64, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 1))
	sigma := acoustics.RMS(x) * math.Pow(10, -snrDB/20)
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = v + float32(sigma*rng.NormFloat64())
	}
	return out
}

func noise(n int, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 2))
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(0.2 * rng.NormFloat64())
	}
	return out
}

func semitones(a, b float64) float64 { return 12 * math.Log2(a/b) }

// Tolerances of the measures, each from a reason independent of what the code measures today.
const (
	// f0DL is the difference limen for the F0 of steady synthetic vowels, 0.3–0.5 % (Flanagan
	// & Saslow 1958; Klatt 1973): a median F0 off by more than this would be audible.
	f0DL = 0.005
	// frameF0Tol bounds a single 10 ms frame's F0: 1 %, the upper end of the F0 difference
	// limens measured in speech-like contexts (Klatt 1973), since one frame is heard in context.
	frameF0Tol = 0.01
	// goodFrames is the share of frames that must be within frameF0Tol: F0Range reads the 10th
	// and 90th percentiles, which stay on correct frames as long as fewer than 10 % are wrong.
	goodFrames = 0.90
	// formantDL is the difference limen for a formant frequency, 3–5 % (Flanagan 1955).
	formantDL = 0.05
	// levelJND is the just-noticeable difference in level, about 1 dB: an HNR error below it
	// cannot be heard as more or less noise.
	levelJND = 1.0
)

// formantTol is the tolerance (relative to f) of a formant or formant-scale estimate at pitch
// f0: the formant difference limen, or half the harmonic spacing when that is larger, since
// harmonics f0 apart sample the spectral envelope and LPC estimates are pulled towards them by
// up to about that much at high pitch (Vallabha & Tuller 2002).
func formantTol(f, f0 float64) float64 { return max(formantDL, f0/2/f) }

func TestPitchTrackKnownF0(t *testing.T) {
	tests := []struct {
		name string
		x    []float32
		rate int
		f0   float64
	}{
		{"sine 100 Hz @16k", sine(100, 16000, 1), 16000, 100},
		{"sine 220 Hz @24k", sine(220, 24000, 1), 24000, 220},
		{"sine 440 Hz @8k", sine(440, 8000, 1), 8000, 440},
		{"sine 55 Hz @24k", sine(55, 24000, 1), 24000, 55},
		{"pulses 80 Hz @24k", pulses(80, 24000, 1), 24000, 80},
		{"pulses 150 Hz @44.1k", pulses(150, 44100, 1), 44100, 150},
		{"pulses 300 Hz @48k", pulses(300, 48000, 1), 48000, 300},
		{"pulses 517 Hz @22.05k", pulses(517, 22050, 1), 22050, 517},
		{"pulses 123.4 Hz @11.025k", pulses(123.4, 11025, 1), 11025, 123.4},
		{"pulses 120 Hz + noise 10 dB", withNoise(pulses(120, 24000, 1), 10, 1), 24000, 120},
		{"pulses 250 Hz + noise 5 dB", withNoise(pulses(250, 24000, 1), 5, 2), 24000, 250},
		{"sine 180 Hz + noise 6 dB", withNoise(sine(180, 16000, 1), 6, 3), 16000, 180},
		// Weak fundamental, strong second harmonic: the period is still 1/f0, not an octave up.
		{"weak fundamental 140 Hz", harmonics(140, 24000, 1, func(k int) float64 {
			return []float64{0, 0.1, 1, 0.6, 0.3}[min(k, 4)]
		}), 24000, 140},
		// Missing fundamental: harmonics 2..12 only.
		{"missing fundamental 200 Hz", harmonics(200, 24000, 1, func(k int) float64 {
			return float64(boolInt(k >= 2 && k <= 12))
		}), 24000, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			track := acoustics.PitchTrack(tc.x, tc.rate)
			want := int(float64(len(tc.x)) / (float64(tc.rate) * acoustics.FrameSeconds))
			if len(track) != want {
				t.Fatalf("%d frames, want %d", len(track), want)
			}
			inner := track[5 : len(track)-5]
			var good, voiced int
			for _, f := range inner {
				if f > 0 {
					voiced++
				}
				if math.Abs(f/tc.f0-1) <= frameF0Tol {
					good++
				}
			}
			if frac := float64(good) / float64(len(inner)); frac < goodFrames {
				t.Errorf("%d of %d inner frames within %g%% of %g Hz (%d voiced); track %v", good, len(inner), 100*frameF0Tol, tc.f0, voiced, inner)
			}
			if m := acoustics.MedianF0(tc.x, tc.rate); math.Abs(m/tc.f0-1) > f0DL {
				t.Errorf("median F0 %.2f Hz, want %g ±%g%%", m, tc.f0, 100*f0DL)
			}
		})
	}
}

func TestPitchTrackGlide(t *testing.T) {
	// Exponential glide 100 → 250 Hz over 1.5 s, pulse-like (five harmonics).
	const rate, dur, f0a, f0b = 24000, 1.5, 100.0, 250.0
	n := int(dur * rate)
	y := make([]float64, n)
	var phase float64
	for i := range y {
		f := f0a * math.Pow(f0b/f0a, float64(i)/float64(n))
		phase += 2 * math.Pi * f / rate
		for k := 1; k <= 5; k++ {
			y[i] += math.Sin(float64(k)*phase) / float64(k)
		}
	}
	track := acoustics.PitchTrack(normalize(y, 0.5), rate)
	// A frame's estimate may be the F0 anywhere in its 25 ms window, over which this glide moves
	// by a factor (f0b/f0a)^(0.025/dur): half that span either side, on top of frameF0Tol.
	tol := frameF0Tol + (math.Pow(f0b/f0a, 0.025/dur)-1)/2
	for i := 3; i < len(track)-3; i++ {
		tm := (float64(i) + 0.5) * acoustics.FrameSeconds
		want := f0a * math.Pow(f0b/f0a, tm/dur)
		if math.Abs(track[i]/want-1) > tol {
			t.Errorf("frame %d (%.3f s): %.1f Hz, want %.1f ±%.1f%%", i, tm, track[i], want, 100*tol)
		}
	}
}

func TestPitchTrackUnvoiced(t *testing.T) {
	tests := []struct {
		name    string
		x       []float32
		rate    int
		maxFrac float64
	}{
		// No frame of these has an F0 in range: every voiced frame is an error.
		{"white noise", noise(24000, 7), 24000, 0},
		{"silence", make([]float32, 16000), 16000, 0},
		{"DC", func() []float32 {
			x := make([]float32, 16000)
			for i := range x {
				x[i] = 0.3
			}
			return x
		}(), 16000, 0},
		{"tone above 600 Hz range", sine(1500, 16000, 1), 16000, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			track := acoustics.PitchTrack(tc.x, tc.rate)
			var voiced int
			for _, f := range track {
				if f > 0 {
					voiced++
				}
			}
			if frac := float64(voiced) / float64(max(1, len(track))); frac > tc.maxFrac {
				t.Errorf("%.0f%% of frames voiced, want at most %.0f%%", 100*frac, 100*tc.maxFrac)
			}
		})
	}
}

func TestPitchTrackVoicedThenSilent(t *testing.T) {
	// 0.5 s of 150 Hz, 0.5 s of silence, 0.5 s of noise, 0.5 s of 210 Hz.
	const rate = 16000
	var x []float32
	x = append(x, pulses(150, rate, 0.5)...)
	x = append(x, make([]float32, rate/2)...)
	x = append(x, noise(rate/2, 9)...)
	x = append(x, pulses(210, rate, 0.5)...)
	track := acoustics.PitchTrack(x, rate)
	check := func(from, to int, want float64) {
		t.Helper()
		for i := from; i < to; i++ {
			if want == 0 && track[i] != 0 || want > 0 && math.Abs(track[i]/want-1) > frameF0Tol {
				t.Errorf("frame %d: %.1f Hz, want %g", i, track[i], want)
			}
		}
	}
	check(3, 47, 150)
	check(53, 97, 0)
	check(103, 147, 0)
	check(153, 197, 210)
}

// resonate passes x through a cascade of two-pole resonators at the given centre frequencies and
// bandwidths (Hz).
func resonate(x []float64, rate int, freqs, bws []float64) []float64 {
	y := append([]float64(nil), x...)
	for k, f := range freqs {
		r := math.Exp(-math.Pi * bws[k] / float64(rate))
		c1 := 2 * r * math.Cos(2*math.Pi*f/float64(rate))
		c2 := -r * r
		var y1, y2 float64
		for i, v := range y {
			out := (1-c1-c2)*v + c1*y1 + c2*y2
			y2, y1 = y1, out
			y[i] = out
		}
	}
	return y
}

// vowel excites a resonator cascade with a glottal-like pulse train (impulses smoothed by two
// one-pole low-passes, about −12 dB/octave) at f0, with F0 vibrato of ±3 %, so the harmonics
// sweep across the formants as in speech.
func vowel(f0 float64, rate int, dur float64, freqs, bws []float64) []float32 {
	n := int(dur * float64(rate))
	src := make([]float64, n)
	var phase float64
	for i := range src {
		f := f0 * (1 + 0.03*math.Sin(2*math.Pi*5*float64(i)/float64(rate)))
		phase += f / float64(rate)
		if phase >= 1 {
			phase--
			src[i] = 1
		}
	}
	a := math.Exp(-2 * math.Pi * 100 / float64(rate))
	for pass := 0; pass < 2; pass++ {
		var s float64
		for i, v := range src {
			s = (1-a)*v + a*s
			src[i] = s
		}
	}
	return normalize(resonate(src, rate, freqs, bws), 0.5)
}

func TestFormantsOfResonators(t *testing.T) {
	bws := []float64{60, 90, 120}
	tests := []struct {
		rate  int
		f0    float64
		freqs []float64
	}{
		{16000, 100, []float64{500, 1500, 2500}},
		{24000, 100, []float64{500, 1500, 2500}},
		{24000, 120, []float64{730, 1090, 2440}}, // /ɑ/
		{24000, 130, []float64{270, 2290, 3010}}, // /i/
		// At F0 210 Hz the third harmonic (630 Hz) pulls the F1 estimate (formantTol).
		{22050, 210, []float64{600, 1800, 3000}},
		{44100, 110, []float64{400, 1200, 2700}},
		{48000, 150, []float64{650, 1700, 2600}},
		{11025, 100, []float64{500, 1500, 2500}},
	}
	for _, tc := range tests {
		t.Run("", func(t *testing.T) {
			x := vowel(tc.f0, tc.rate, 1, tc.freqs, bws)
			e := acoustics.Formants(x, tc.rate)
			got := []float64{e.F1, e.F2, e.F3}
			t.Logf("rate %d, F0 %g: want %v, got %.0f (%d frames)", tc.rate, tc.f0, tc.freqs, got, e.Frames)
			if e.Frames < 50 {
				t.Errorf("only %d frames analysed", e.Frames)
			}
			for k := range got {
				if tol := formantTol(tc.freqs[k], tc.f0); math.Abs(got[k]/tc.freqs[k]-1) > tol {
					t.Errorf("F%d = %.0f Hz, want %g ±%.1f%%", k+1, got[k], tc.freqs[k], 100*tol)
				}
			}
			want := math.Sqrt(tc.freqs[1] * tc.freqs[2])
			if s, tol := acoustics.FormantScale(x, tc.rate), formantTol(want, tc.f0); math.Abs(s/want-1) > tol {
				t.Errorf("FormantScale %.0f Hz, want %.0f ±%.1f%%", s, want, 100*tol)
			}
		})
	}
}

// sayVowels speaks ten vowels (Peterson & Barney's adult male means) in turn at f0, with every
// formant and bandwidth ×k.
func sayVowels(k, f0 float64) []float32 {
	vowels := [][]float64{{270, 2290, 3010}, {390, 1990, 2550}, {530, 1840, 2480}, {660, 1720, 2410},
		{730, 1090, 2440}, {570, 840, 2410}, {440, 1020, 2240}, {300, 870, 2240}, {520, 1190, 2390},
		{490, 1350, 1690}}
	bws := []float64{60, 90, 120}
	var x []float32
	for _, v := range vowels {
		fs := []float64{v[0] * k, v[1] * k, v[2] * k}
		b := []float64{bws[0] * k, bws[1] * k, bws[2] * k}
		x = append(x, vowel(f0, 24000, 0.2, fs, b)...)
	}
	return x
}

func TestFormantScaleIsIndependentOfPitch(t *testing.T) {
	// The same tract at different F0: no drift while F1 stays above F0. A drift smaller than the
	// formant tolerance at the higher pitch cannot be heard (formantTol).
	tests := []struct {
		k   float64
		f0s []float64
	}{
		{1, []float64{90, 110, 150, 200}},
		{1.2, []float64{110, 200, 280}},
	}
	for _, tc := range tests {
		ref := acoustics.FormantScale(sayVowels(tc.k, tc.f0s[0]), 24000)
		for _, f0 := range tc.f0s[1:] {
			s := acoustics.FormantScale(sayVowels(tc.k, f0), 24000)
			t.Logf("tract ×%g: F0 %g Hz scale %.0f Hz, at F0 %g Hz %.0f Hz", tc.k, tc.f0s[0], ref, f0, s)
			if tol := formantTol(ref, f0); math.Abs(s/ref-1) > tol {
				t.Errorf("tract ×%g: FormantScale %.0f Hz at F0 %g Hz, %.0f Hz at %g Hz: more than %.1f%% apart", tc.k, ref, tc.f0s[0], s, f0, 100*tol)
			}
		}
	}
}

func TestFormantScaleTracksVocalTractLength(t *testing.T) {
	say := sayVowels
	// The ratio must be right to within formantTol of the unscaled tract: a change of tract
	// length smaller than the formant difference limen is not heard; at 200 Hz the harmonics
	// sample the envelope more coarsely than that (the low-F1 vowels, F1 270–300 Hz, barely
	// above F0, lose frames to a pole on the second harmonic).
	for _, tc := range []struct{ f0, k float64 }{
		{110, 1.2}, {110, 1.1}, {110, 1.35}, {200, 1.2},
	} {
		base := acoustics.FormantScale(say(1, tc.f0), 24000)
		scaled := acoustics.FormantScale(say(tc.k, tc.f0), 24000)
		ratio := scaled / base
		t.Logf("F0 %g: scale %.0f → %.0f Hz, ratio %.3f (want %g)", tc.f0, base, scaled, ratio, tc.k)
		if math.Abs(ratio/tc.k-1) > formantTol(base, tc.f0) {
			t.Errorf("F0 %g: formants ×%g moved FormantScale ×%.3f", tc.f0, tc.k, ratio)
		}
	}
}

func TestHNROrdersNoiseLevels(t *testing.T) {
	clean := pulses(140, 16000, 1)
	hClean := acoustics.HNR(clean, 16000)
	// A healthy speaker's sustained vowel measures about 20 dB (Boersma 1993, Praat's
	// harmonicity): an exactly periodic signal must read above that.
	if hClean < 20 {
		t.Errorf("clean pulse train HNR %.1f dB, want ≥ 20", hClean)
	}
	// HNR looks below 4 kHz. The pulses' equal harmonics reach 0.45·16 kHz, the white noise
	// 8 kHz: below 4 kHz the harmonics keep 4000/7200 of their energy, the noise 4000/8000, so
	// the expected reading is the SNR plus 10·log10(8000/7200).
	bandGain := 10 * math.Log10(8000.0/7200)
	prev := hClean
	for _, snr := range []float64{20, 10, 5} {
		h := acoustics.HNR(withNoise(clean, snr, uint64(snr)), 16000)
		t.Logf("SNR %g dB: HNR %.1f dB", snr, h)
		if h >= prev {
			t.Errorf("SNR %g dB: HNR %.1f dB not below the cleaner signal's %.1f dB", snr, h, prev)
		}
		if want := snr + bandGain; math.Abs(h-want) > levelJND {
			t.Errorf("SNR %g dB: HNR %.1f dB, want %.1f ±%g dB", snr, h, want, levelJND)
		}
		prev = h
	}
}

func TestActiveSecondsIgnoresSilence(t *testing.T) {
	const rate = 16000
	var x []float32
	x = append(x, make([]float32, rate/4)...)
	x = append(x, pulses(150, rate, 1)...)
	x = append(x, make([]float32, rate)...)
	x = append(x, sine(300, rate, 0.5)...)
	x = append(x, make([]float32, rate/4)...)
	r := acoustics.Measure(x, rate)
	// Seconds is a sample count over the rate: exact up to float64 rounding.
	if math.Abs(r.Seconds-3) > 1e-9 {
		t.Errorf("Seconds %.3f, want 3", r.Seconds)
	}
	// Activity is decided per 10 ms frame: each of the four edges may be off by one frame.
	if math.Abs(r.ActiveSeconds-1.5) > 4*acoustics.FrameSeconds {
		t.Errorf("ActiveSeconds %.3f, want 1.5 ±0.04", r.ActiveSeconds)
	}
	// Voicing is decided over the 25 ms window around each frame: an edge may move by up to
	// 1.5 frames (half the window, rounded up to frames), four edges.
	if math.Abs(r.VoicedSeconds-1.5) > 4*1.5*acoustics.FrameSeconds {
		t.Errorf("VoicedSeconds %.3f, want 1.5 ±0.06", r.VoicedSeconds)
	}
	if got := acoustics.ActiveSeconds(x, rate); got != r.ActiveSeconds {
		t.Errorf("ActiveSeconds() %.3f differs from Measure's %.3f", got, r.ActiveSeconds)
	}
	// Voiced F0 is 150 Hz for 2/3 of the voiced time and 300 Hz for the rest: 12 semitones apart,
	// each end read from frames within frameF0Tol.
	if math.Abs(r.F0Range-12) > 2*semitones(1+frameF0Tol, 1) {
		t.Errorf("F0Range %.2f semitones, want 12", r.F0Range)
	}
}

func fill(n int, v float32) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = v
	}
	return x
}

func finiteReport(r acoustics.Report) bool {
	for _, v := range []float64{r.Seconds, r.ActiveSeconds, r.VoicedSeconds, r.MedianF0, r.F0Range,
		r.Formants.F1, r.Formants.F2, r.Formants.F3, r.FormantScale, r.HNR} {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < -100 {
			return false
		}
	}
	return true
}

func TestDegenerateInput(t *testing.T) {
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	mixed := pulses(150, 16000, 0.5)
	for i := 0; i < len(mixed); i += 97 {
		mixed[i] = nan
		if i%2 == 0 {
			mixed[i] = -inf
		}
	}
	huge := pulses(150, 16000, 0.5)
	for i := range huge {
		huge[i] *= 1e37
	}
	tests := []struct {
		name       string
		x          []float32
		rate       int
		wantFrames int // -1: nil track
	}{
		{"nil", nil, 16000, 0},
		{"one sample", []float32{0.5}, 16000, 0},
		{"shorter than a frame", sine(200, 16000, 0.005), 16000, 0},
		{"one frame", sine(200, 16000, 0.01), 16000, 1},
		{"four frames", pulses(200, 16000, 0.04), 16000, 4},
		{"all NaN", fill(80, nan), 8000, 1},
		{"all +Inf", fill(800, inf), 8000, 10},
		{"NaN and Inf sprinkled", mixed, 16000, 50},
		{"huge amplitude", huge, 16000, 50},
		{"rate 0", sine(200, 16000, 0.1), 0, -1},
		{"negative rate", sine(200, 16000, 0.1), -16000, -1},
		{"rate too high", sine(200, 16000, 0.1), 10_000_000, -1},
		{"lowest rate", sine(200, 4000, 0.5), 4000, 50},
		{"highest rate", sine(200, 384000, 0.05), 384000, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			track := acoustics.PitchTrack(tc.x, tc.rate)
			if tc.wantFrames < 0 {
				if track != nil {
					t.Errorf("track of %d frames for an invalid rate, want nil", len(track))
				}
			} else if len(track) != tc.wantFrames {
				t.Errorf("%d frames, want %d", len(track), tc.wantFrames)
			}
			for i, f := range track {
				if math.IsNaN(f) || f < 0 || f > 0 && (f < acoustics.MinF0*0.97 || f > acoustics.MaxF0/0.97) {
					t.Errorf("frame %d: F0 %v", i, f)
				}
			}
			if r := acoustics.Measure(tc.x, tc.rate); !finiteReport(r) {
				t.Errorf("non-finite or absurd report %+v", r)
			}
		})
	}
	// Sprinkled NaNs must not derail the pitch of what is there.
	if m := acoustics.MedianF0(mixed, 16000); math.Abs(m/150-1) > f0DL {
		t.Errorf("median F0 with NaNs %.1f Hz, want 150", m)
	}
	if m := acoustics.MedianF0(huge, 16000); math.Abs(m/150-1) > f0DL {
		t.Errorf("median F0 at huge amplitude %.1f Hz, want 150", m)
	}
}

func FuzzMeasure(f *testing.F) {
	enc := func(x []float32) []byte {
		b := make([]byte, 4*len(x))
		for i, v := range x {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		return b
	}
	f.Add(enc(pulses(150, 8000, 0.2)), 8000)
	f.Add(enc(noise(800, 1)), 16000)
	f.Add([]byte{0, 0, 0xc0, 0x7f, 1, 2, 3}, 4000)
	f.Add([]byte{}, 24000)
	f.Fuzz(func(t *testing.T, b []byte, rate int) {
		if len(b) > 1<<13 {
			b = b[:1<<13]
		}
		x := make([]float32, len(b)/4)
		for i := range x {
			x[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		if rate > 48000 { // keep each run fast; higher rates are exercised by the table test
			rate = 4000 + rate%44000
		}
		track := acoustics.PitchTrack(x, rate)
		valid := rate >= acoustics.MinSampleRate && rate <= acoustics.MaxSampleRate
		if !valid && track != nil {
			t.Fatalf("rate %d: track %v, want nil", rate, track)
		}
		if valid {
			if want := int(float64(len(x)) / (float64(rate) * acoustics.FrameSeconds)); len(track) != want {
				t.Fatalf("%d frames, want %d", len(track), want)
			}
		}
		for i, f0 := range track {
			if math.IsNaN(f0) || f0 < 0 || f0 > 0 && (f0 < acoustics.MinF0*0.97 || f0 > acoustics.MaxF0/0.97) {
				t.Fatalf("frame %d: F0 %v", i, f0)
			}
		}
		if r := acoustics.Measure(x, rate); !finiteReport(r) {
			t.Fatalf("report %+v", r)
		}
	})
}

func BenchmarkMeasure(b *testing.B) {
	const rate = 24000
	x := vowel(120, rate, 3, []float64{500, 1500, 2500}, []float64{60, 90, 120})
	b.ResetTimer()
	for b.Loop() {
		acoustics.Measure(x, rate)
	}
	perCall := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(perCall/3, "xRT")
}

// syllableTrain is a 150 Hz pulse train whose amplitude swells rate times a second between 0.1
// and 1, like syllables.
func syllableTrain(rate float64, dur float64) []float32 {
	const sr = 16000
	x := pulses(150, sr, dur)
	for i := range x {
		tm := float64(i) / sr
		x[i] *= float32(0.1 + 0.9*(1-math.Cos(2*math.Pi*rate*tm))/2)
	}
	return x
}

func TestSyllableCount(t *testing.T) {
	tests := []struct {
		name string
		x    []float32
		want int
	}{
		{"3/s for 3 s", syllableTrain(3, 3), 9},
		{"5/s for 2 s", syllableTrain(5, 2), 10},
		{"7/s for 2 s", syllableTrain(7, 2), 14},
		{"steady tone", pulses(150, 16000, 2), 1},
		{"noise", noise(32000, 11), 0},
		{"silence", make([]float32, 16000), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := acoustics.Measure(tc.x, 16000)
			t.Logf("%d syllables in %.2f s active: %.2f/s", r.Syllables, r.ActiveSeconds, r.SyllableRate)
			// ±1: the swells at the two ends of a train are cut off, and one of them may count.
			if r.Syllables < tc.want-1 || r.Syllables > tc.want+1 || (tc.want == 0 && r.Syllables != 0) {
				t.Errorf("%d syllables, want %d ±1", r.Syllables, tc.want)
			}
			if tc.want > 1 {
				want := float64(r.Syllables) / r.ActiveSeconds
				// The same division: equal up to float64 rounding.
				if got := acoustics.SyllableRate(tc.x, 16000); math.Abs(got-want) > 1e-9 {
					t.Errorf("SyllableRate %.3f, want Syllables/ActiveSeconds %.3f", got, want)
				}
			}
		})
	}
}

func TestLevels(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(-1))
	for _, c := range []struct {
		name      string
		x         []float32
		rms, peak float64
		nonFinite int
	}{
		{"empty", nil, 0, 0, 0},
		{"square wave", []float32{0.5, -0.5, 0.5, -0.5}, 0.5, 0.5, 0},
		// 3-4-5: sqrt((9+16)/2) / 10 = sqrt(12.5)/10.
		{"pair", []float32{0.3, -0.4}, math.Sqrt(0.125), 0.4, 0},
		{"non-finite as zero", []float32{nan, 1, inf, -1}, math.Sqrt(0.5), 1, 2},
	} {
		// 1e-7: the float32 inputs (0.3, 0.4) carry up to 6e-8 relative rounding error.
		if got := acoustics.RMS(c.x); math.Abs(got-c.rms) > 1e-7 {
			t.Errorf("%s: RMS %g, want %g", c.name, got, c.rms)
		}
		if got := acoustics.Peak(c.x); math.Abs(got-c.peak) > 1e-7 {
			t.Errorf("%s: Peak %g, want %g", c.name, got, c.peak)
		}
		if got := acoustics.NonFinite(c.x); got != c.nonFinite {
			t.Errorf("%s: NonFinite %d, want %d", c.name, got, c.nonFinite)
		}
	}
}
