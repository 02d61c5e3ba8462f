package formant

import (
	"math"

	"github.com/chorus-tts/chorus/synth/dsp"
)

// Cycle-to-cycle perturbation of the glottal source. A natural modal voice never repeats a
// period exactly: consecutive periods differ by about half a percent in length (jitter) and a
// few percent in amplitude (shimmer). Without them a held vowel sounds mechanically steady.
//
// The defaults are the means measured on sustained /a/ of adult men with normal voices by
// Felippe, Grillo & Grechi (2006, Rev. Bras. Otorrinolaringol. 72(5), 659–664): jitter
// 0.49 %, shimmer 0.22 dB. A shimmer of s dB is a mean relative amplitude step of
// 10^(s/20) − 1, so 0.22 dB is 2.5 %. Both stay well below the thresholds Praat and MDVP give
// for pathological voices (local jitter 1.040 %, local shimmer 3.810 %).
const (
	defaultJitter  = 0.5 // percent, local
	defaultShimmer = 2.0 // percent, local
)

// localToSigma converts a local perturbation (the mean absolute difference of consecutive
// values over their mean, in percent) into the standard deviation of independent relative
// perturbations that produce it: the difference of two independent normal deviates of
// deviation σ has deviation σ√2, and its mean absolute value is σ√2·√(2/π) = 2σ/√π.
func localToSigma(pct float64) float64 { return pct / 100 * math.Sqrt(math.Pi) / 2 }

// perturber draws the jitter and shimmer factors of each glottal period from its own seeded
// stream, so that renders stay deterministic and the breath and frication noise is the same
// noise whatever the perturbation settings.
type perturber struct {
	rng              dsp.Noise
	sigmaT, sigmaA   float64 // relative deviations of period and amplitude
	periodF, amplitF float64 // the factors of the current period
}

// perturbSeed separates the perturbation stream from the noise stream of the same seed.
const perturbSeed = 0x243f6a8885a308d3

func newPerturber(p Params, seed uint64) perturber {
	return perturber{
		rng:     dsp.NewNoise(seed ^ perturbSeed),
		sigmaT:  localToSigma(p.Jitter),
		sigmaA:  localToSigma(p.Shimmer),
		periodF: 1,
		amplitF: 1,
	}
}

// next draws the factors for a new period: the period's length and its voicing amplitude are
// multiplied by them. Both are drawn every period, so the stream does not depend on the input.
// The Gaussian draws are bounded by ±√12 deviations, so the factors stay positive for any
// setting Validate admits (at most 1 ± 0.61).
func (q *perturber) next() {
	q.periodF = 1 + q.sigmaT*q.rng.Gauss()
	q.amplitF = 1 + q.sigmaA*q.rng.Gauss()
}
