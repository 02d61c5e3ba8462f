package hts

import (
	"context"
	"math"
	"math/cmplx"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// speechFrames generates a sentence's parameters and returns the vocoder with the indices of
// its speech (non-pause) frames.
func speechFrames(t *testing.T) (*Vocoder, []int) {
	t.Helper()
	vc := newTestVocoder(t, Params{})
	ph := testPhrase(t, NativeRate, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S")
	if err := vc.generate(ph, ph.Samples()); err != nil {
		t.Fatal(err)
	}
	var idx []int
	for f := range vc.frames {
		if !vc.frames[f].pau {
			idx = append(idx, f)
		}
	}
	if len(idx) < 200 {
		t.Fatalf("only %d speech frames", len(idx))
	}
	return vc, idx
}

// warpedLogMagnitude is the definition: ln|H(e^jω)| = Σ c_m cos(m·β(ω)), β the warped frequency.
func warpedLogMagnitude(c []float64, alpha, w float64) float64 {
	beta := w + 2*math.Atan2(alpha*math.Sin(w), 1-alpha*math.Cos(w))
	s := 0.0
	for m, cm := range c {
		s += cm * math.Cos(float64(m)*beta)
	}
	return s
}

// The impulse response's magnitude response must be the mel-cepstral envelope everywhere, not
// only at the fftSize frequencies it was computed on: between them it differs by the part of
// the response that wrapped around, which the choice of fftSize keeps under −90 dB.
func TestEnvelopeIsTheMelCepstrum(t *testing.T) {
	vc, frames := speechFrames(t)
	V := vc.v.Streams[vc.v.mcp].VecLen
	env := vc.wave.env
	H := make([]complex128, half+1)
	h := make([]float64, fftSize)
	const dense = 8 * fftSize // evaluate between the bins as well
	fft, err := dsp.NewRealFFT(dense)
	if err != nil {
		t.Fatal(err)
	}
	pad := make([]float64, dense)
	D := make([]complex128, dense/2+1)
	worst := 0.0
	for i, f := range frames {
		if i%4 != 0 {
			continue // every fourth frame: the dense check is slow
		}
		c := vc.mcep[f*V : (f+1)*V]
		if !env.spectrum(H, c) {
			t.Fatalf("frame %d: envelope not finite", f)
		}
		if n := env.impulse(h, H); n < 1 || n > fftSize {
			t.Fatalf("frame %d: response length %d", f, n)
		}
		copy(pad, h)
		fft.Forward(D, pad)
		want := make([]float64, len(D))
		top := math.Inf(-1)
		for k := range D {
			want[k] = warpedLogMagnitude(c, vc.alpha, 2*math.Pi*float64(k)/dense)
			top = math.Max(top, want[k])
		}
		for k, v := range D {
			// Within 60 dB (6.9 Np) of the peak: below that nothing is audible and the
			// wrapped tail's −90 dB is no longer small by comparison.
			if want[k] < top-6.9 {
				continue
			}
			d := math.Abs(math.Log(cmplx.Abs(v)) - want[k])
			worst = math.Max(worst, d)
			// 0.03 Np is 0.26 dB, a quarter of the smallest audible envelope change.
			if d > 0.03 {
				t.Fatalf("frame %d, %.0f Hz: ln|H| %.4f, want %.4f", f, float64(k)*NativeRate/dense, math.Log(cmplx.Abs(v)), want[k])
			}
		}
	}
	t.Logf("%d frames: worst log-magnitude error %.2g Np", len(frames)/4, worst)
}

// The response must be the minimum-phase one, as the MLSA filter's is. Where the fifth-order
// Padé approximation holds (a log-magnitude range within ±4 Np of c0, where its error is below
// 1e-3), the MLSA filter's response is the reference and the two must agree to −40 dB of the
// response's energy; any other phase (zero, maximum, a delay) is far off.
func TestEnvelopeIsMinimumPhase(t *testing.T) {
	vc, frames := speechFrames(t)
	V := vc.v.Streams[vc.v.mcp].VecLen
	env := vc.wave.env
	H := make([]complex128, half+1)
	h := make([]float64, fftSize)
	checked := 0
	worst := math.Inf(-1)
	for _, f := range frames {
		c := vc.mcep[f*V : (f+1)*V]
		rng := 0.0
		for k := 0; k <= 256; k++ {
			rng = math.Max(rng, math.Abs(warpedLogMagnitude(c, vc.alpha, math.Pi*float64(k)/256)-c[0]))
		}
		if rng > 4 {
			continue
		}
		env.spectrum(H, c)
		if n := env.impulse(h, H); n < 1 || n > fftSize {
			t.Fatalf("frame %d: response length %d", f, n)
		}
		b := make([]float64, V)
		mcToB(b, c, vc.alpha)
		m := newMLSA(V-1, vc.alpha)
		var e, d float64
		for i := range h {
			x := 0.0
			if i == 0 {
				x = math.Exp(b[0])
			}
			r := m.filter(x, b)
			e += r * r
			d += (r - h[i]) * (r - h[i])
		}
		errDB := 10 * math.Log10(d/e)
		if errDB > -40 {
			t.Errorf("frame %d: response differs from the MLSA filter's by %.1f dB of its energy", f, errDB)
		}
		worst = math.Max(worst, errDB)
		checked++
	}
	if checked < 100 {
		t.Fatalf("only %d frames within the Padé approximation's range", checked)
	}
	t.Logf("%d frames: worst difference from the MLSA response %.1f dB", checked, worst)
}

// The stage's output must have the spectrum the exact MLSA filter gives the same excitation.
// Over the voiced frames of a sentence, the level in bands (400 Hz wide up to 2 kHz, quarter
// octaves above: each holds at least two harmonics, so the bands measure the envelope, not
// where a harmonic falls) may differ by at most 1 dB rms: about the just-noticeable
// difference of a spectral envelope's level.
func TestWaveformSpectrumMatchesMLSA(t *testing.T) {
	for _, words := range []string{
		"DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S",
		"G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K | B L UW1 | B AE1 K G R AW2 N D",
	} {
		ph := testPhrase(t, NativeRate, words)
		vc := newTestVocoder(t, Params{})
		got := render(t, vc, ph)
		ref, err := renderMLSA(newTestVocoder(t, Params{}), ph, 1)
		if err != nil {
			t.Fatal(err)
		}
		fr := vc.frames
		fp := vc.v.FramePeriod
		const win = 1024
		edges := []float64{100, 500, 900, 1300, 1700, 2100}
		for f := edges[len(edges)-1] * math.Pow(2, 0.25); f < 15000; f *= math.Pow(2, 0.25) {
			edges = append(edges, f)
		}
		fft, err := dsp.NewRealFFT(win)
		if err != nil {
			t.Fatal(err)
		}
		bands := func(x []float64) []float64 {
			X := make([]complex128, win/2+1)
			w := make([]float64, win)
			for i := range w {
				w[i] = x[i] * (0.5 - 0.5*math.Cos(2*math.Pi*(float64(i)+0.5)/win))
			}
			fft.Forward(X, w)
			p := make([]float64, len(edges)-1)
			for k, v := range X {
				hz := float64(k) * NativeRate / win
				for b := range p {
					if hz >= edges[b] && hz < edges[b+1] {
						p[b] += real(v)*real(v) + imag(v)*imag(v)
					}
				}
			}
			return p
		}
		var sum float64
		var count, frames int
		// Frame t's excitation follows the voicing of frame t−1; the window spans ±3.2
		// frames around its centre at the end of frame t, so five frames either side voiced
		// keeps noise out of it.
		for t0 := 5; t0+5 < len(fr); t0++ {
			ok := true
			for u := t0 - 5; u <= t0+5; u++ {
				ok = ok && fr[u].voiced && !fr[u].pau
			}
			c := (t0 + 1) * fp
			if !ok || c-win/2 < 0 || c+win/2 > len(got) {
				continue
			}
			g := make([]float64, win)
			for i := range g {
				g[i] = float64(got[c-win/2+i])
			}
			pg, pr := bands(g), bands(ref[c-win/2:c+win/2])
			top := 0.0
			for _, v := range pr {
				top = math.Max(top, v)
			}
			for b := range pr {
				// Bands more than 50 dB under the frame's strongest hold nothing audible.
				if pr[b] < top*1e-5 {
					continue
				}
				d := 10 * math.Log10(pg[b]/pr[b])
				sum += d * d
				count++
			}
			frames++
		}
		if frames < 20 {
			t.Fatalf("%q: only %d voiced frames compared", words, frames)
		}
		lsd := math.Sqrt(sum / float64(count))
		t.Logf("%d voiced frames: band level difference %.3f dB rms", frames, lsd)
		if lsd > 1 {
			t.Errorf("%q: band level difference %.2f dB rms over %d voiced frames, want ≤ 1 dB", words, lsd, frames)
		}
	}
}

func newTestVocoder(t *testing.T, p Params) *Vocoder {
	t.Helper()
	vc, err := New(sltVoice(t), p, 1)
	if err != nil {
		t.Fatal(err)
	}
	return vc
}

// What still rings when a phrase ends (the responses of its last pulses) must sound at the
// start of the next phrase, added to that phrase's own output: the stage is linear before the
// limiter, so the next phrase's output minus the same phrase rendered without the carried tail
// is the tail itself.
func TestRingOutCarriesIntoNextPhrase(t *testing.T) {
	mk := func(words string, lead bool) *prosody.Phrase {
		ph, err := vocodertest.BuildPhrase(NativeRate, words, vocodertest.PhraseOptions{LeadSilence: lead, F0Start: 120, F0End: 120})
		if err != nil {
			t.Fatal(err)
		}
		return ph
	}
	a, b := mk("AA1 L OW1 | M AY1", true), mk("IY1 L AA1 M AA2", false)
	with, without := newTestVocoder(t, Params{}), newTestVocoder(t, Params{})
	render(t, with, a)
	render(t, without, a)
	tail := make([]float64, len(with.wave.acc))
	for i, v := range with.wave.acc {
		tail[i] = v * with.gain
	}
	e := 0.0
	for _, v := range tail[:len(tail)/4] {
		e += v * v
	}
	if r := math.Sqrt(e / float64(len(tail)/4)); r < 1e-3 {
		t.Fatalf("nothing rings after a phrase that ends in a vowel (RMS %g)", r)
	}
	clear(without.wave.acc)
	got, base := render(t, with, b), render(t, without, b)
	for i, v := range tail {
		d := float64(got[i]) - float64(base[i])
		// float32 output: a few units in 1e-7 of full scale.
		if math.Abs(d-v) > 1e-6 {
			t.Fatalf("sample %d of the next phrase: %.6f above the phrase alone, want the tail's %.6f", i, d, v)
		}
	}
}

// Envelopes that no pulse uses are computed at the even bins only (all a noise block reads):
// the output must be the one with every envelope in full, but for rounding. A pulse reaching
// for a half-known envelope would drop its response (or filter with stale odd bins) and
// change samples by far more. Phrases rendered one after another on one vocoder, ending
// inside a frame and between frames, with pauses, voiced and voiceless stretches.
func TestEvenEnvelopesChangeNothing(t *testing.T) {
	phrases := []*prosody.Phrase{
		testPhrase(t, NativeRate, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S"),
		testPhrase(t, NativeRate, "S IH1 K S | TH IH1 NG Z"),
	}
	mk := func(words string, lead bool, extra int) *prosody.Phrase {
		ph, err := vocodertest.BuildPhrase(NativeRate, words, vocodertest.PhraseOptions{LeadSilence: lead})
		if err != nil {
			t.Fatal(err)
		}
		ph.Segments[len(ph.Segments)-1].Samples += extra
		return ph
	}
	// No trailing pause: the next phrase starts from a voiced or a voiceless end.
	phrases = append(phrases, mk("M AY1 | F AA1 DH ER0", true, 37), mk("S T AA1 P S", false, 0), mk("HH IY1 | S EH1 D | S OW1", false, 91))
	full, halved := newTestVocoder(t, Params{}), newTestVocoder(t, Params{})
	full.wave.halve = false
	peak, worst := 0.0, 0.0
	for i, ph := range phrases {
		a, b := render(t, full, ph), render(t, halved, ph)
		if len(a) != len(b) {
			t.Fatalf("phrase %d: %d and %d samples", i, len(a), len(b))
		}
		for j := range a {
			peak = math.Max(peak, math.Abs(float64(a[j])))
			worst = math.Max(worst, math.Abs(float64(a[j])-float64(b[j])))
		}
	}
	if full.wave.evens != 0 || halved.wave.evens < 50 {
		t.Fatalf("envelopes at the even bins: %d with halving off, %d on (want 0 and some)", full.wave.evens, halved.wave.evens)
	}
	// float32 output: a sample rounds to within 6e-8 of its value; rounding in the two
	// transforms moves values by about 1e-13 relative. 1e-6 of the peak allows a few units in
	// the last place, and is far below anything audible.
	if worst > 1e-6*peak {
		t.Errorf("output differs by up to %.3g (peak %.3g) with envelopes at the even bins", worst, peak)
	}
	t.Logf("%d envelopes at the even bins; largest difference %.2g of a %.2g peak", halved.wave.evens, worst, peak)
}

// The same on frames built to exercise every path: a cepstrum that moves in a straight line
// (so that runs of frames are interpolated, across voicing changes too) under voicing that
// switches on and off: voiced runs of one to five frames, voiceless ones of one to twelve,
// at pitches whose periods are longer and shorter than a frame.
func TestEvenEnvelopesChangeNothingInInterpolatedRuns(t *testing.T) {
	src, frames := speechFrames(t)
	V := src.v.Streams[src.v.mcp].VecLen
	a := src.mcep[frames[len(frames)/3]*V : (frames[len(frames)/3]+1)*V]
	b := src.mcep[frames[2*len(frames)/3]*V : (frames[2*len(frames)/3]+1)*V]
	const F = 240
	fp := src.v.FramePeriod
	setup := func(vc *Vocoder) {
		vc.frames = make([]frameInfo, F)
		vc.mcep = make([]float64, F*V)
		vc.lf0 = make([]float64, F)
		runs, voiced := 0, false
		for f := 0; f < F; runs++ {
			run := runs/2%5 + 1
			if !voiced {
				run = runs/2%12 + 1
			}
			for j := 0; j < run && f < F; j++ {
				vc.frames[f].voiced = voiced
				vc.lf0[f] = math.Log(float64(150 + 25*(f%7))) // 150 to 300 Hz
				w := float64(f) / F
				for m := range V {
					vc.mcep[f*V+m] = a[m] + w*(b[m]-a[m])
				}
				f++
			}
			voiced = !voiced
		}
	}
	full, halved := newTestVocoder(t, Params{}), newTestVocoder(t, Params{})
	full.wave.halve = false
	setup(full)
	setup(halved)
	var x, y audio.Buffer
	n := F*fp - 23 // ending inside the last frame
	if err := full.wave.render(context.Background(), full, n, &x); err != nil {
		t.Fatal(err)
	}
	if err := halved.wave.render(context.Background(), halved, n, &y); err != nil {
		t.Fatal(err)
	}
	peak, worst := 0.0, 0.0
	for j := range x.Samples {
		peak = math.Max(peak, math.Abs(float64(x.Samples[j])))
		worst = math.Max(worst, math.Abs(float64(x.Samples[j])-float64(y.Samples[j])))
	}
	if full.wave.evens != 0 || halved.wave.evens < 10 {
		t.Fatalf("envelopes at the even bins: %d with halving off, %d on (want 0 and some)", full.wave.evens, halved.wave.evens)
	}
	// As in TestEvenEnvelopesChangeNothing.
	if worst > 1e-6*peak {
		t.Errorf("output differs by up to %.3g (peak %.3g) with envelopes at the even bins", worst, peak)
	}
	t.Logf("%d envelopes at the even bins; largest difference %.2g of a %.2g peak", halved.wave.evens, worst, peak)
}

// A voiceless frame is noise from its first sample, also the first one after voicing: the MLSA
// vocoder (hts_engine's excitation, which Festival's slt uses) sends pulses only through frames
// whose predecessor is voiced and which are voiced themselves, so a voiced run's last pulse is
// in its last voiced frame and the next frame, the onset of [s], [t], [k], is the consonant's
// noise. Pulses alone are the same whatever the noise seed, noise is not: in each frame that
// follows a run of voiced frames (long enough that the noise before the run has died away in
// the overlap-add), two seeds must give different samples. Pulses carried on at the old period
// into that frame (the bug this guards against) give the same samples to rounding.
func TestVoicelessFrameAfterVoicingIsNoise(t *testing.T) {
	ph := testPhrase(t, NativeRate, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S")
	out := make([][]float32, 2)
	var vc *Vocoder
	for i := range out {
		var err error
		if vc, err = New(sltVoice(t), Params{}, uint64(i+1)); err != nil {
			t.Fatal(err)
		}
		out[i] = render(t, vc, ph)
	}
	fp := vc.v.FramePeriod
	fr := vc.frames
	checked := 0
	for f := 8; f < len(fr); f++ {
		if fr[f].voiced || fr[f].pau {
			continue
		}
		run := 0
		for run < f && fr[f-1-run].voiced {
			run++
		}
		// The response of a frame's noise lasts at most fftSize samples: after a run of
		// this many voiced frames nothing of the noise before it is left.
		if run*fp < fftSize {
			continue
		}
		var e, d float64
		for j := f * fp; j < (f+1)*fp && j < len(out[0]); j++ {
			a, b := float64(out[0][j]), float64(out[1][j])
			e += a*a + b*b
			d += (a - b) * (a - b)
		}
		// The ring of the run's last pulses is the same for both seeds; pulses alone give
		// the same samples (a difference of 0). Noise under the consonant's envelope adds a
		// difference of twice its power, here 0.3 % to 96 % of the frame's (the quiet ones
		// are stop closures, where the vowel's ring dominates): 1e-4 is far below that.
		if e == 0 || d < 1e-4*e {
			t.Errorf("frame %d, first voiceless after %d voiced: the same with two noise seeds (difference %.2g of the power): pulses, not noise", f, run, d/e)
		}
		checked++
	}
	if checked < 2 {
		t.Fatalf("only %d voiceless frames after long voiced runs", checked)
	}
	t.Logf("%d voiceless frames after voicing checked", checked)
}

// advance must do what shifting the accumulator by k samples did (its contents from sample k
// on at its start, zeros after), also across the moves back to the start of its buffer:
// checked against a plain shift over more frames than the buffer holds.
func TestAccumulatorAdvancesAsAShift(t *testing.T) {
	wf, err := newWaveform(24, 0.42, 160, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := make([]float64, len(wf.acc))
	rnd := dsp.NewNoise(3)
	for f := 0; f < 3*accSpans*len(ref)/100; f++ {
		k := 160
		if f%7 == 3 {
			k = 37 // a phrase ending inside a frame
		}
		// Something written into the accumulator's first part, as pulses and noise blocks do.
		for i := range min(len(ref), 300+f%500) {
			v := rnd.Gauss()
			wf.acc[i] += v
			ref[i] += v
		}
		wf.advance(k)
		copy(ref, ref[k:])
		clear(ref[len(ref)-k:])
		for i := range ref {
			if wf.acc[i] != ref[i] {
				t.Fatalf("frame %d: acc[%d] = %v, want %v", f, i, wf.acc[i], ref[i])
			}
		}
	}
}
