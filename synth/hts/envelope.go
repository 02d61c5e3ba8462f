package hts

import (
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/dsp"
)

// fftSize is the length of the spectra and impulse responses of the waveform stage: 1024
// samples, 32 ms at 32 kHz. slt's sharpest envelopes (a low first formant, narrow) ring for
// long: measured on a sentence, the exact response keeps up to −26 dB of its energy past 512
// samples, −54 dB past 768 and under −90 dB past 1024, so at this length the circular
// convolutions wrap nothing audible (TestEnvelopeIsTheMelCepstrum).
const fftSize = 1024

// envelope turns a mel-cepstrum into the minimum-phase spectrum and impulse response of the
// filter exp(Σ c_m z̃^−m) (z̃^−1 the first-order all-pass of constant α), the system the MLSA
// filter approximates, sampled at fftSize frequencies:
//
//  1. the log magnitude ln|H(ω)| = Σ c_m cos(m·β(ω)), β the all-pass's warped frequency, has
//     a real cepstrum linear in c: the matrix from c to the folded (causal) cepstrum
//     ĉ[0] = c[0], ĉ[n] = 2c[n] (0 < n < N/2), ĉ[N/2] = c[N/2] is computed once per α;
//  2. the minimum-phase spectrum is H = exp(FFT(ĉ)), its real part the log magnitude and its
//     imaginary part the minimum phase;
//  3. the impulse response is the inverse FFT of H.
type envelope struct {
	order int
	// fold[m*(half+1)+n] is the folded cepstrum's coefficient n for c_m = 1.
	fold []float64
	// last[m] is one past the last n at which fold for c_m is not negligible (below 1e-9 the
	// sum over 45 coefficients of magnitude < 10 stays below 1e-7 neper).
	last    []int
	maxLast int // the largest of last
	fft     *dsp.RealFFT
	cep     []float64
}

const half = fftSize / 2

func newEnvelope(order int, alpha float64) (*envelope, error) {
	f, err := dsp.NewRealFFT(fftSize)
	if err != nil {
		return nil, fmt.Errorf("hts: %w", err)
	}
	e := &envelope{
		order: order,
		fold:  make([]float64, (order+1)*(half+1)),
		last:  make([]int, order+1),
		fft:   f,
		cep:   make([]float64, fftSize),
	}
	beta := make([]float64, half+1)
	for k := range beta {
		w := 2 * math.Pi * float64(k) / fftSize
		beta[k] = w + 2*math.Atan2(alpha*math.Sin(w), 1-alpha*math.Cos(w))
	}
	spec := make([]complex128, half+1)
	cep := make([]float64, fftSize)
	for m := 0; m <= order; m++ {
		for k := range spec {
			spec[k] = complex(math.Cos(float64(m)*beta[k]), 0)
		}
		f.Inverse(cep, spec)
		row := e.fold[m*(half+1) : (m+1)*(half+1)]
		row[0] = cep[0]
		for n := 1; n < half; n++ {
			row[n] = 2 * cep[n]
		}
		row[half] = cep[half]
		for n := half; n >= 0; n-- {
			if math.Abs(row[n]) > 1e-9 {
				e.last[m] = n + 1
				break
			}
		}
		e.maxLast = max(e.maxLast, e.last[m])
	}
	return e, nil
}

// spectrum writes into H (half+1 bins) the minimum-phase spectrum of mel-cepstrum c. It
// reports false, with H zeroed, when the envelope is not finite (a broken model): the caller
// then renders silence rather than garbage.
func (e *envelope) spectrum(H []complex128, c []float64) bool {
	// Only the first maxLast coefficients are ever written; the rest of cep stays zero.
	cep := e.cep
	clear(cep[:e.maxLast])
	for m, cm := range c[:e.order+1] {
		if cm == 0 {
			continue
		}
		row := e.fold[m*(half+1) : m*(half+1)+e.last[m]]
		dst := cep[:len(row)]
		for n, a := range row {
			dst[n] += cm * a
		}
	}
	e.fft.Forward(H, cep)
	H = H[:half+1]
	for k, v := range H {
		lm, ph := real(v), imag(v)
		// e^709 is the largest finite exponential, and a phase beyond 1e4 radians no
		// envelope has: either is a broken model.
		if !(lm < 700) || !(ph < 1e4 && ph > -1e4) {
			clear(H)
			return false
		}
		re, im := fastCexp(lm, ph)
		H[k] = complex(re, im)
	}
	return true
}

// impulse writes into h (fftSize samples) the impulse response of spectrum H (H is left
// unchanged) and returns its length: past it every sample is below 1e-6 of the peak (−120
// dB, nothing a 16-bit sample holds), so overlap-add can stop there.
func (e *envelope) impulse(h []float64, H []complex128) int {
	e.fft.Inverse(h, H)
	peak := 0.0
	for _, v := range h {
		if a := math.Abs(v); a > peak {
			peak = a
		}
	}
	thr := 1e-6 * peak
	for n := len(h) - 1; n >= 0; n-- {
		if math.Abs(h[n]) > thr {
			return n + 1
		}
	}
	return 0
}
