package podcast

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// TestRotatorIsAllPass checks that the rotator changes phase only: its impulse response carries
// exactly the energy of the impulse (Parseval: |H| = 1 at every frequency means Σh² = 1), and a
// steady sine at any frequency comes out at the amplitude it went in with. The bounds are
// numerical (float64 arithmetic over a response that has decayed below 1e-12 by the end).
func TestRotatorIsAllPass(t *testing.T) {
	for _, rate := range []int{8000, 16000, 24000, 48000} {
		r := newRotator(rate)
		if len(r.s) != len(rotatorSections) {
			t.Fatalf("%d Hz: %d sections, want %d", rate, len(r.s), len(rotatorSections))
		}
		energy := 0.0
		for i := 0; i < 4*rate; i++ {
			x := 0.0
			if i == 0 {
				x = 1
			}
			y := r.step(x)
			energy += y * y
		}
		if math.Abs(energy-1) > 1e-9 {
			t.Errorf("%d Hz: impulse response energy %.12f, want 1", rate, energy)
		}
		for _, hz := range []float64{50, 200, 400, 1000, 3000} {
			if 2*hz >= float64(rate) {
				continue
			}
			r := newRotator(rate)
			peak := 0.0
			for i := 0; i < 3*rate; i++ {
				y := r.step(math.Sin(2 * math.Pi * hz * float64(i) / float64(rate)))
				if i >= 2*rate { // after the transient (the slowest section's decays in ~50 ms)
					peak = math.Max(peak, math.Abs(y))
				}
			}
			// The sampled peak of a sine misses the true one by at most 1 − cos(π·hz/rate).
			if lo := math.Cos(math.Pi * hz / float64(rate)); peak < lo-1e-6 || peak > 1+1e-6 {
				t.Errorf("%d Hz: a %g Hz sine comes out with amplitude %.6f, want 1", rate, hz, peak)
			}
		}
	}
}

// TestRotatorLowersSpeechPeaks renders speech with the default voice and every recorded voice
// and checks that the rotator leaves the loudness where it was (within 0.1 LU, the accuracy EBU
// Tech 3341 asks of a meter: an all-pass keeps the spectrum's magnitude, and only the gating
// blocks' edges can see the few milliseconds of delay), never raises the true peak (0.1 dB), and
// lowers it by at least 1 dB for the diphone voices, whose LPC residual pulses give the highest
// peak-to-loudness ratio of the catalog: a rotator that does nothing gives 0 dB, and broadcast
// processors count on 2–3 dB on speech (these voices measure 1.4–2.7 dB, moving with their
// prosody). What the rotator is for, speakers matching in a finished episode, is checked on the
// outcome by TestEpisodeMixesEngines (client/script). (The HTS voice's pulses are
// minimum-phase responses, already spread, so it gains little.)
func TestRotatorLowersSpeechPeaks(t *testing.T) {
	e := testkit.Engine(t)
	const rate = 24000
	const text = "The small boat drifted slowly toward the northern shore, past the rocks. " +
		"Bright lamps were hung along the wall before the evening meal began."
	voices := []string{e.Catalog().Default().Name}
	for _, v := range e.Catalog().Voices() {
		if v.Recorded() {
			voices = append(voices, v.Name)
		}
	}
	for _, v := range voices {
		rec, _ := testkit.Render(t, e, synth.Request{SampleRate: rate, Parts: []synth.Part{{Voice: v, Text: text}}})
		l0, p0, err := audio.MeasureLoudness(rec.Samples, rate)
		if err != nil {
			t.Fatal(err)
		}
		r := newRotator(rate)
		y := make([]float32, len(rec.Samples))
		for i, x := range rec.Samples {
			y[i] = float32(r.step(float64(x)))
		}
		l1, p1, err := audio.MeasureLoudness(y, rate)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %.2f LUFS, %.2f dBTP → %.2f LUFS, %.2f dBTP", v, l0, p0, l1, p1)
		if math.Abs(l1-l0) > 0.1 {
			t.Errorf("%s: the rotator moved the loudness from %.3f to %.3f LUFS", v, l0, l1)
		}
		if p1 > p0+0.1 {
			t.Errorf("%s: the rotator raised the true peak from %.2f to %.2f dBTP", v, p0, p1)
		}
		if rv, _ := e.Catalog().Voice(v); rv.Vocoder == "diphone" && p0-p1 < 1 {
			t.Errorf("%s: true peak %.2f → %.2f dBTP, want at least 1 dB lower", v, p0, p1)
		}
	}
}

// TestRotatorDelay bounds how far the rotator moves speech against its captions: its group delay,
// τ(ω) = Re{DFT(n·h)/DFT(h)} from the impulse response h, stays under 10 ms at 100–400 Hz, where
// it is largest (captions are placed to the millisecond; audio-visual sync is noticed from about
// 45 ms, ITU-R BT.1359), and under 1 ms from 2 kHz up, where the consonant onsets that mark a
// word's start are heard.
func TestRotatorDelay(t *testing.T) {
	const rate = 24000
	r := newRotator(rate)
	h := make([]float64, rate/4) // the response has decayed below 1e-12 long before 250 ms
	for i := range h {
		x := 0.0
		if i == 0 {
			x = 1
		}
		h[i] = r.step(x)
	}
	delay := func(hz float64) float64 { // seconds
		var hr, hi, nr, ni float64
		for n, v := range h {
			s, c := math.Sincos(-2 * math.Pi * hz * float64(n) / rate)
			hr, hi = hr+v*c, hi+v*s
			nr, ni = nr+float64(n)*v*c, ni+float64(n)*v*s
		}
		return (nr*hr + ni*hi) / (hr*hr + hi*hi) / rate
	}
	for _, tc := range []struct{ hz, max float64 }{{100, 0.010}, {200, 0.010}, {400, 0.010}, {2000, 0.001}, {4000, 0.001}, {8000, 0.001}} {
		d := delay(tc.hz)
		t.Logf("%5.0f Hz: %.2f ms", tc.hz, d*1000)
		if d > tc.max || d < 0 {
			t.Errorf("group delay at %g Hz is %.2f ms, want 0 to %g ms", tc.hz, d*1000, tc.max*1000)
		}
	}
}
