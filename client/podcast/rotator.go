package podcast

import "math"

// A phase rotator is the all-pass filter broadcast processors put before a peak limiter. Voiced
// speech is a train of asymmetric glottal pulses: most of each pulse's energy sits in the low
// harmonics, and they line up in phase into a sharp peak on one side of the waveform. Delaying
// the low frequencies a little more than the high ones (a few milliseconds around 200 Hz) spreads
// each pulse without changing the spectrum's magnitude, so the loudness stays where it was while
// the peaks come down by 2–3 dB. That matters in an episode: one gain takes every speaker to the
// loudness target, and the true-peak limiter then takes the most from the voice with the highest
// peak-to-loudness ratio (the recorded diphone voices, whose LPC residual pulses are sharpest),
// which made those speakers 2–4 LU quieter than the others before the rotator.
//
// The rotator is four second-order all-pass sections, two at 200 Hz and two at 400 Hz, with
// Q = 0.7: low enough in frequency to reach the harmonics that build the peaks (F0 of 80–250 Hz
// and the first few multiples), gentle enough (group delay about 7 ms at 100–200 Hz, 3.6 ms at
// 400 Hz, under 0.2 ms from 2 kHz up; TestRotatorDelay) to leave the sound of speech and its
// timing alone: a phase change of this size within a pitch period's low harmonics is not audible
// on speech, which is why it is routine in broadcast chains.
var rotatorSections = []struct{ hz, q float64 }{{200, 0.7}, {200, 0.7}, {400, 0.7}, {400, 0.7}}

// allPass is one second-order all-pass section (the RBJ cookbook's), transposed direct form II.
// Its numerator is its denominator reversed: b0 = a2, b1 = a1, b2 = 1.
type allPass struct {
	a1, a2 float64
	s1, s2 float64
}

func (f *allPass) step(x float64) float64 {
	y := f.a2*x + f.s1
	f.s1 = f.a1*x - f.a1*y + f.s2
	f.s2 = x - f.a2*y
	return y
}

// rotator is the phase rotator for one sample rate; its state runs on through the episode.
type rotator struct{ s []allPass }

// newRotator designs the rotator for rate; sections at or above half the rate are left out (they
// cannot occur at the rates podcasts render, 8 kHz and up).
func newRotator(rate int) *rotator {
	r := &rotator{}
	for _, sec := range rotatorSections {
		if 2*sec.hz >= float64(rate) {
			continue
		}
		w := 2 * math.Pi * sec.hz / float64(rate)
		alpha := math.Sin(w) / (2 * sec.q)
		a0 := 1 + alpha
		r.s = append(r.s, allPass{a1: -2 * math.Cos(w) / a0, a2: (1 - alpha) / a0})
	}
	return r
}

// step filters one sample.
func (r *rotator) step(x float64) float64 {
	for i := range r.s {
		x = r.s[i].step(x)
	}
	return x
}
