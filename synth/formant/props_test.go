package formant

import (
	"context"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// steady renders one phone held for 0.4 s between pauses at a flat F0 (held, perturb_test.go)
// and returns the middle 60 ms.
func steady(t *testing.T, p Params, sr int, ph phone.Phone, f0 float64) []float32 {
	t.Helper()
	x, start, n := held(t, p, sr, ph, f0, 0.4)
	mid := start + n/2
	w := sr * 6 / 100
	return x[mid-w/2 : mid+w/2]
}

// spectrumDB is the Hann-windowed magnitude (dB) of x at frequency f.
func spectrumDB(x []float32, sr int, f float64) float64 {
	re, im := 0.0, 0.0
	n := float64(len(x))
	for i, v := range x {
		w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/n)
		ph := 2 * math.Pi * f * float64(i) / float64(sr)
		re += w * float64(v) * math.Cos(ph)
		im -= w * float64(v) * math.Sin(ph)
	}
	return 20 * math.Log10(math.Hypot(re, im)+1e-12)
}

// peakIn returns the frequency of the strongest spectral component in [lo, hi] (10 Hz steps).
func peakIn(x []float32, sr int, lo, hi float64) float64 {
	best, bestF := math.Inf(-1), lo
	for f := lo; f <= hi; f += 10 {
		if d := spectrumDB(x, sr, f); d > best {
			best, bestF = d, f
		}
	}
	return bestF
}

func TestVowelFormants(t *testing.T) {
	const sr = 16000
	const f0 = 70 // low F0: dense harmonics sample the envelope
	for _, scale := range []float64{1.0, 1.17} {
		p := DefaultParams()
		p.TractScale = scale
		p.Flutter = 0
		for _, tc := range []struct {
			ph     phone.Phone
			f1, f2 float64 // onset targets (male), from the phone table
			o1, o2 float64 // offglide targets, where the vowel has one
		}{
			{phone.AA, 700, 1220, 700, 1220},
			{phone.IY, 320, 2250, 300, 2300},
			{phone.UW, 350, 1250, 320, 900},
			{phone.AE, 640, 1780, 660, 1620},
		} {
			x := steady(t, p, sr, tc.ph, f0)
			f1 := peakIn(x, sr, 200*scale, 1000*scale)
			f2 := peakIn(x, sr, math.Max(f1+250, 900*scale), 2600*scale)
			// Tolerance: the formant difference limen (5 %, Flanagan 1955); half the harmonic
			// spacing, since peakIn finds the strongest harmonic, which may lie up to F0/2
			// from the formant; and the whole offglide, since the middle of the vowel may be
			// anywhere on it.
			tol := func(f, off float64) float64 { return 0.05*f*scale + f0/2 + math.Abs(off-f)*scale }
			if d := math.Abs(f1 - tc.f1*scale); d > tol(tc.f1, tc.o1) {
				t.Errorf("scale %.2f %v: F1 peak %v Hz, want %v ±%.0f", scale, tc.ph, f1, tc.f1*scale, tol(tc.f1, tc.o1))
			}
			if d := math.Abs(f2 - tc.f2*scale); d > tol(tc.f2, tc.o2) {
				t.Errorf("scale %.2f %v: F2 peak %v Hz, want %v ±%.0f", scale, tc.ph, f2, tc.f2*scale, tol(tc.f2, tc.o2))
			}
		}
	}
}

func bandEnergy(x []float32, sr int, lo, hi float64) float64 {
	e := 0.0
	for f := lo; f < hi; f += 50 {
		e += math.Pow(10, spectrumDB(x, sr, f)/10)
	}
	return 10 * math.Log10(e+1e-30)
}

// Periodicity is a normalized autocorrelation r at the period; a harmonics-to-noise ratio
// relates to it as HNR = 10·log10(r/(1−r)), so r = 0.5 is the boundary HNR = 0 dB: above, the
// periodic part dominates (voiced); below, the noise does (voiceless).
const voicedR = 0.5

// levelJND is the just-noticeable difference in level, about 1 dB.
const levelJND = 1.0

func TestFricativeSpectra(t *testing.T) {
	const sr = 24000
	p := DefaultParams()
	s := steady(t, p, sr, phone.S, 100)
	sh := steady(t, p, sr, phone.SH, 100)
	f := steady(t, p, sr, phone.F, 100)
	// [s]: energy concentrated above 4 kHz, 10 dB (ten times the power, so at least 90 % of
	// the two bands' energy) over 0.3–2 kHz; [ʃ]: lower, its peak in 2–4 kHz, where it must be
	// audibly (more than the level JND) stronger than [s]; [f]: flat and weak.
	if hi, lo := bandEnergy(s, sr, 4000, 8000), bandEnergy(s, sr, 300, 2000); hi < lo+10 {
		t.Errorf("[s]: 4–8 kHz %.1f dB vs 0.3–2 kHz %.1f dB: not sibilant", hi, lo)
	}
	if a, b := bandEnergy(sh, sr, 2000, 4000), bandEnergy(s, sr, 2000, 4000); a < b+levelJND {
		t.Errorf("[ʃ] 2–4 kHz %.1f dB not above [s] %.1f dB", a, b)
	}
	if acoustics.RMS(f) >= acoustics.RMS(s) {
		t.Errorf("[f] RMS %.4f not weaker than [s] %.4f", acoustics.RMS(f), acoustics.RMS(s))
	}
	// Voiceless fricatives are aperiodic; vowels are periodic at F0; [z] has voicing under
	// its frication, so it is more periodic than [s].
	rs := periodicity(s, sr, 100)
	if rs > voicedR {
		t.Errorf("[s] periodicity %.2f, want noise (below %g)", rs, voicedR)
	}
	if r := periodicity(steady(t, p, sr, phone.AA, 100), sr, 100); r < voicedR {
		t.Errorf("[ɑ] periodicity %.2f, want voiced (above %g)", r, voicedR)
	}
	// The held [z] ends in a pause, before which it devoices after the first fifth of its
	// frication (finalVoicingFrom): its voicing is measured in that fifth, 60 ms from 20 ms in.
	zx, zs, _ := held(t, p, sr, phone.Z, 100, 0.4)
	z := zx[zs+sr/50 : zs+sr/50+sr*6/100]
	if r := periodicity(z, sr, 100); r <= rs {
		t.Errorf("[z] periodicity %.2f, not above [s] %.2f: no voicing", r, rs)
	}
}

func TestNasalMurmur(t *testing.T) {
	const sr = 16000
	p := DefaultParams()
	m := steady(t, p, sr, phone.M, 100)
	a := steady(t, p, sr, phone.AA, 100)
	// The murmur is dominated by low frequencies, with weak upper formants: relative to its low
	// band, 10 dB (a tenth of the power) weaker above 1 kHz than the vowel's.
	mRatio := bandEnergy(m, sr, 1000, 3000) - bandEnergy(m, sr, 100, 500)
	aRatio := bandEnergy(a, sr, 1000, 3000) - bandEnergy(a, sr, 100, 500)
	if mRatio > aRatio-10 {
		t.Errorf("[m] high/low %.1f dB vs [ɑ] %.1f dB: murmur not low enough", mRatio, aRatio)
	}
	if acoustics.RMS(m) >= acoustics.RMS(a) {
		t.Errorf("[m] RMS %.4f not below vowel %.4f", acoustics.RMS(m), acoustics.RMS(a))
	}
}

func TestStopBurstAndAspiration(t *testing.T) {
	const sr = 24000
	ph, err := vocodertest.BuildPhrase(sr, "AA1 | T AA1", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true, F0Start: 110, F0End: 100})
	if err != nil {
		t.Fatal(err)
	}
	v, err := New(sr, DefaultParams(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var b audio.Buffer
	if err := v.Render(context.Background(), ph, &b); err != nil {
		t.Fatal(err)
	}
	// Locate the T segment.
	start := 0
	for _, s := range ph.Segments[:2] {
		start += s.Samples
	}
	tSeg := ph.Segments[2]
	closure := b.Samples[start+sr*5/1000 : start+tSeg.Samples/2]
	burst := b.Samples[start+tSeg.Samples-sr*10/1000 : start+tSeg.Samples]
	asp := b.Samples[start+tSeg.Samples+sr*5/1000 : start+tSeg.Samples+sr*30/1000]
	// A voiceless closure has no source: only the vowel's decaying ringing is left, at least
	// 20 dB (a hundredth of the power) under the burst.
	if acoustics.RMS(closure) > 0.1*acoustics.RMS(burst) {
		t.Errorf("closure RMS %.4f not silent relative to burst %.4f", acoustics.RMS(closure), acoustics.RMS(burst))
	}
	if bandEnergy(burst, sr, 3000, 6000) < bandEnergy(burst, sr, 100, 1000) {
		t.Error("[t] burst lacks high-frequency energy")
	}
	if r := periodicity(asp, sr, 105); r > voicedR {
		t.Errorf("aspiration after [t] periodicity %.2f: voicing started too early", r)
	}
	// Audible: within 35 dB of the phrase, what acoustics.ActiveSeconds counts as active.
	if acoustics.RMS(asp) < math.Pow(10, -35.0/20)*acoustics.RMS(b.Samples) {
		t.Errorf("aspiration after [t] missing (RMS %.5f)", acoustics.RMS(asp))
	}
}

func TestSeedsAndDeterminism(t *testing.T) {
	const sr = 16000
	ph, err := vocodertest.BuildPhrase(sr, "S IY1 | HH ER1", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	run := func(seed uint64) []float32 {
		v, err := New(sr, DefaultParams(), seed)
		if err != nil {
			t.Fatal(err)
		}
		var b audio.Buffer
		if err := v.Render(context.Background(), ph, &b); err != nil {
			t.Fatal(err)
		}
		return b.Samples
	}
	a, b, c := run(1), run(1), run(2)
	same := true
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("same seed differs at %d", i)
		}
		if a[i] != c[i] {
			same = false
		}
	}
	if same {
		t.Error("different seeds gave identical noise")
	}
}

func TestEffortAndBreath(t *testing.T) {
	const sr = 16000
	mk := func(q prosody.Quality) []float32 {
		v, err := New(sr, DefaultParams(), 1)
		if err != nil {
			t.Fatal(err)
		}
		ph := &prosody.Phrase{Segments: []prosody.Segment{{Phone: phone.Sil, Samples: 800}, {Phone: phone.AA, Stress: 1, Samples: 6400}, {Phone: phone.Sil, Samples: 800}},
			F0: []prosody.Point{{Pos: 0, Hz: 110}}, Quality: q}
		var b audio.Buffer
		if err := v.Render(context.Background(), ph, &b); err != nil {
			t.Fatal(err)
		}
		return b.Samples[2400:5600]
	}
	soft, loud := mk(prosody.Quality{Effort: -1}), mk(prosody.Quality{Effort: 1})
	tiltSoft := bandEnergy(soft, sr, 2000, 4000) - bandEnergy(soft, sr, 100, 1000)
	tiltLoud := bandEnergy(loud, sr, 2000, 4000) - bandEnergy(loud, sr, 100, 1000)
	// Audibly brighter: by more than the level JND.
	if tiltLoud < tiltSoft+levelJND {
		t.Errorf("effort +1 not brighter: tilt %.1f dB vs %.1f dB at effort −1", tiltLoud, tiltSoft)
	}
	if periodicity(mk(prosody.Quality{Breath: 1}), sr, 110) >= periodicity(mk(prosody.Quality{}), sr, 110) {
		t.Error("breath 1 is not less periodic than modal voice")
	}
}

// periodicity is the best normalised autocorrelation for lags within ±15% of the period at f0.
func periodicity(x []float32, sr int, f0 float64) float64 {
	lag0 := float64(sr) / f0
	best := 0.0
	for lag := int(lag0 * 0.85); lag <= int(lag0*1.15); lag++ {
		var xy, xx, yy float64
		for i := 0; i+lag < len(x); i++ {
			a, b := float64(x[i]), float64(x[i+lag])
			xy += a * b
			xx += a * a
			yy += b * b
		}
		if xx > 0 && yy > 0 {
			best = math.Max(best, xy/math.Sqrt(xx*yy))
		}
	}
	return best
}

// harmonicLevel is the mean level (dB) of the harmonics of f0 in [lo, hi]: each harmonic's
// level is the peak of the Hann-windowed spectrum within ±f0/2 of it, so the estimate samples
// the spectral envelope at the harmonics whatever their exact frequency.
func harmonicLevel(x []float32, sr int, f0, lo, hi float64) float64 {
	sum, n := 0.0, 0
	for k := math.Ceil(lo / f0); k*f0 <= hi; k++ {
		best := math.Inf(-1)
		for f := (k - 0.5) * f0; f <= (k+0.5)*f0; f++ {
			best = math.Max(best, spectrumDB(x, sr, f))
		}
		sum += best
		n++
	}
	return sum / float64(max(n, 1))
}

// TestSampleRatesDropHighFormants checks that the cascade formants which do not fit below
// Nyquist at a rate (the vocoder drops F whenever F + B/2 reaches 0.45·rate) leave no resonance
// behind. With no pole at or above it, the envelope of an all-pole cascade falls with frequency
// above its highest kept formant, so at a dropped formant's frequency F the harmonics within
// ±B/2 must not be stronger than those in the band B wide just below. A formant kept there (or
// a resonator built for it anyway) raises the band around F above its neighbour.
//
// Measurement: the vowel is rendered at 70 Hz, so every band holds at least two harmonics; each
// is read at its spectral peak in a 60 ms Hann window, where neighbours 70 Hz (4 bins) away leak
// in below −30 dB, under 0.3 dB of error — so no margin is added to the 0 dB bound.
func TestSampleRatesDropHighFormants(t *testing.T) {
	const f0 = 70.0
	// The fixed upper cascade formants (Hz, bandwidth Hz before BandwidthScale) of vocoder.go;
	// they scale with TractScale.
	upper := []struct{ f, bw float64 }{{3300, 250}, {3750, 200}, {4900, 400}, {5900, 500}, {6900, 600}}
	checked := 0
	for _, sr := range []int{8000, 11025, 16000, 22050, 24000, 48000} {
		for _, scale := range []float64{1.0, 1.04, 1.17} {
			p := DefaultParams()
			p.TractScale = scale
			p.Flutter = 0
			x := steady(t, p, sr, phone.IY, f0)
			if n := acoustics.NonFinite(x); n > 0 {
				t.Fatalf("%d Hz, tract scale %.2f: %d non-finite samples", sr, scale, n)
			}
			// A steady vowel far above the conformance floor for a whole phrase (−40 dBFS),
			// whatever the rate: dropping formants must not drop the vowel.
			if db := 20 * math.Log10(acoustics.RMS(x)); db < -40 {
				t.Errorf("%d Hz, tract scale %.2f: vowel RMS %.1f dBFS", sr, scale, db)
			}
			for _, u := range upper {
				f, bw := u.f*scale, u.bw*p.BandwidthScale
				if f+bw/2 < 0.45*float64(sr) || f >= float64(sr)/2 {
					continue // kept, or beyond Nyquist where no resonator can be built
				}
				checked++
				at := harmonicLevel(x, sr, f0, f-bw/2, f+bw/2)
				below := harmonicLevel(x, sr, f0, f-3*bw/2, f-bw/2)
				if at > below {
					t.Errorf("%d Hz, tract scale %.2f: dropped formant %.0f Hz still resonates: %.1f dB around it, %.1f dB just below",
						sr, scale, f, at, below)
				}
			}
		}
	}
	if checked < 4 {
		t.Fatalf("only %d dropped formants checked", checked)
	}
}

func BenchmarkRender(b *testing.B) {
	const sr = 24000
	var phs []*prosody.Phrase
	for _, s := range []string{
		"DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S",
		"G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K | B L UW1 | B AE1 K G R AW2 N D",
		"IH1 T S | IY1 Z IY0 | T UW1 | T EH1 L | DH AH0 | D EH1 P TH | AH1 V | AH0 | W EH1 L",
	} {
		ph, err := vocodertest.BuildPhrase(sr, s, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
		if err != nil {
			b.Fatal(err)
		}
		phs = append(phs, ph)
	}
	total := 0
	for _, ph := range phs {
		total += ph.Samples()
	}
	w := audio.WriterFunc(func([]float32) error { return nil })
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := New(sr, DefaultParams(), uint64(i))
		if err != nil {
			b.Fatal(err)
		}
		for _, ph := range phs {
			if err := v.Render(context.Background(), ph, w); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := float64(total) / sr * float64(b.N)
	b.ReportMetric(sec/b.Elapsed().Seconds(), "xRT")
}

// TestSibilantPeak: [s] has its spectral peak between 4 and 5 kHz, as Festival's recorded kal
// voice has it (Praat, six [s] in sock, seat, sun, sue, miss, lass: peaks 4.35–4.73 kHz) and
// Klatt's (1980) F6 of 4.9 kHz puts it: the 4–5 kHz band is audibly (more than the level JND)
// stronger than the bands on either side.
func TestSibilantPeak(t *testing.T) {
	const sr = 24000
	for _, ph := range []phone.Phone{phone.S, phone.Z} {
		x := steady(t, DefaultParams(), sr, ph, 100)
		peak := bandEnergy(x, sr, 4000, 5000)
		for _, b := range [][2]float64{{3000, 4000}, {5000, 6000}, {6000, 7000}} {
			if e := bandEnergy(x, sr, b[0], b[1]); e > peak-levelJND {
				t.Errorf("%v: %g–%g Hz %.1f dB vs 4–5 kHz %.1f dB: peak not in 4–5 kHz", ph, b[0], b[1], e, peak)
			}
		}
	}
}
