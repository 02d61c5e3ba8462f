package hts

import (
	"fmt"
	"math"
	"sync"

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
	*foldTable
	fft *dsp.RealFFT
	cep []float64
	// The half-size transform and its spectrum, for spectrumEven; nil when the folded
	// cepstrum is too long for it.
	fftHalf *dsp.RealFFT
	even    []complex128
}

// foldTable is step 1's matrix for one order and α. It is read-only once made, so the
// envelopes of every vocoder of a voice share it (foldCache): it takes order+1 transforms to
// make, about 0.6 ms, which a request would otherwise pay for every group of phrases.
//
// The folded cepstrum is computed eight coefficients at a time: group g (coefficients
// 8g…8g+7) takes c_m for m in [lo[g], hi[g]), and fold[off[g]+m−lo[g]][i] is the weight of
// c_m in coefficient 8g+i (zero where that coefficient has none of c_m). Eight sums, each in
// ascending m, run side by side: each waits on its last addition, and eight of them keep the
// core busy where four left it waiting half the time.
type foldTable struct {
	fold    [][foldWidth]float64
	off     []int
	lo, hi  []int
	maxLast int // one past the last folded coefficient that is not negligible
}

// maxFoldTables bounds a foldCache: a voice's vocoders use one α each (the voice's own, shifted
// by a catalog voice's warp), so a few tables cover a catalog; beyond that tables are made
// afresh, not kept.
const maxFoldTables = 8

// foldCache holds a voice's fold tables by order and α; safe for concurrent use.
type foldCache struct {
	mu sync.Mutex
	m  map[foldKey]*foldTable
}

type foldKey struct {
	order int
	alpha float64
}

// table returns the fold table for order and α, made on first use.
func (c *foldCache) table(order int, alpha float64) (*foldTable, error) {
	if c == nil {
		return newFoldTable(order, alpha)
	}
	k := foldKey{order, alpha}
	c.mu.Lock()
	defer c.mu.Unlock()
	if t, ok := c.m[k]; ok {
		return t, nil
	}
	t, err := newFoldTable(order, alpha)
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = make(map[foldKey]*foldTable)
	}
	if len(c.m) < maxFoldTables {
		c.m[k] = t
	}
	return t, nil
}

const half = fftSize / 2

// foldWidth is how many folded coefficients foldCepstrum sums side by side.
const foldWidth = 8

// newEnvelope makes an envelope for order and α with a table of its own.
func newEnvelope(order int, alpha float64) (*envelope, error) {
	t, err := newFoldTable(order, alpha)
	if err != nil {
		return nil, err
	}
	return newEnvelopeWith(order, t)
}

// newEnvelopeWith makes an envelope on a fold table made for order.
func newEnvelopeWith(order int, t *foldTable) (*envelope, error) {
	f, err := dsp.NewRealFFT(fftSize)
	if err != nil {
		return nil, fmt.Errorf("hts: %w", err)
	}
	groups := len(t.lo)
	e := &envelope{
		order:     order,
		foldTable: t,
		fft:       f,
		cep:       make([]float64, foldWidth*groups),
	}
	if len(e.cep) <= fftSize/2 {
		if e.fftHalf, err = dsp.NewRealFFT(fftSize / 2); err != nil {
			return nil, fmt.Errorf("hts: %w", err)
		}
		e.even = make([]complex128, half/2+1)
	}
	return e, nil
}

// newFoldTable computes step 1's matrix for order and α.
func newFoldTable(order int, alpha float64) (*foldTable, error) {
	f, err := dsp.NewRealFFT(fftSize)
	if err != nil {
		return nil, fmt.Errorf("hts: %w", err)
	}
	beta := make([]float64, half+1)
	for k := range beta {
		w := 2 * math.Pi * float64(k) / fftSize
		beta[k] = w + 2*math.Atan2(alpha*math.Sin(w), 1-alpha*math.Cos(w))
	}
	// rows[m][n] is the folded cepstrum's coefficient n for c_m = 1, cut after its last value
	// above 1e-9 (the sum over 45 coefficients of magnitude < 10 stays below 1e-7 neper).
	rows := make([][]float64, order+1)
	spec := make([]complex128, half+1)
	cep := make([]float64, fftSize)
	maxLast := 0
	for m := range rows {
		for k := range spec {
			spec[k] = complex(math.Cos(float64(m)*beta[k]), 0)
		}
		f.Inverse(cep, spec)
		row := make([]float64, half+1)
		row[0], row[half] = cep[0], cep[half]
		for n := 1; n < half; n++ {
			row[n] = 2 * cep[n]
		}
		last := 0
		for n := half; n >= 0; n-- {
			if math.Abs(row[n]) > 1e-9 {
				last = n + 1
				break
			}
		}
		rows[m] = row[:last]
		maxLast = max(maxLast, last)
	}
	groups := (maxLast + foldWidth - 1) / foldWidth
	t := &foldTable{
		off:     make([]int, groups+1),
		lo:      make([]int, groups),
		hi:      make([]int, groups),
		maxLast: maxLast,
	}
	for g := range groups {
		lo, hi := order+1, 0
		for m, row := range rows {
			if len(row) > foldWidth*g {
				lo, hi = min(lo, m), m+1
			}
		}
		t.lo[g], t.hi[g] = lo, hi
		for m := lo; m < hi; m++ {
			var w [foldWidth]float64
			for i := range w {
				if n := foldWidth*g + i; n < len(rows[m]) {
					w[i] = rows[m][n]
				}
			}
			t.fold = append(t.fold, w)
		}
		t.off[g+1] = len(t.fold)
	}
	return t, nil
}

// spectrum writes into H (half+1 bins) the minimum-phase spectrum of mel-cepstrum c. It
// reports false, with H zeroed, when the envelope is not finite (a broken model): the caller
// then renders silence rather than garbage.
func (e *envelope) spectrum(H []complex128, c []float64) bool {
	e.foldCepstrum(c)
	e.fft.ForwardPrefix(H, e.cep)
	// e^709 is the largest finite exponential, and a phase beyond 1e4 radians no envelope
	// has: either is a broken model.
	if !expSpectrum(H[:half+1], 700, 1e4) {
		clear(H[:half+1])
		return false
	}
	return true
}

// canHalve reports whether spectrumEven is available: the folded cepstrum must be shorter than
// the half-size transform, so that it does not wrap around in it.
func (e *envelope) canHalve() bool { return e.fftHalf != nil }

// spectrumEven is spectrum at the even bins only (H[0], H[2], … H[half]; the odd ones are left
// as they were), at half the cost: the folded cepstrum is shorter than fftSize/2, so its
// transform of that size is the full one at every other bin, exactly (but for rounding).
func (e *envelope) spectrumEven(H []complex128, c []float64) bool {
	e.foldCepstrum(c)
	E := e.even[:half/2+1]
	e.fftHalf.ForwardPrefix(E, e.cep)
	ok := expSpectrum(E, 700, 1e4)
	if !ok {
		clear(E)
	}
	H = H[:half+1]
	for i, v := range E {
		H[2*i] = v
	}
	return ok
}

// foldCepstrum writes into e.cep the folded cepstrum of mel-cepstrum c up to maxLast, rounded
// up to a group of eight; the transforms pad it with zeros (for slt, 1024 − 176 of them, which
// lets the full-size one skip its first pass).
func (e *envelope) foldCepstrum(c []float64) {
	cep := e.cep
	c = c[:e.order+1]
	for g, lo := range e.lo {
		cs := c[lo:e.hi[g]]
		w := e.fold[e.off[g]:e.off[g+1]][:len(cs)]
		var s0, s1, s2, s3, s4, s5, s6, s7 float64
		for j, cm := range cs {
			r := &w[j]
			s0 += cm * r[0]
			s1 += cm * r[1]
			s2 += cm * r[2]
			s3 += cm * r[3]
			s4 += cm * r[4]
			s5 += cm * r[5]
			s6 += cm * r[6]
			s7 += cm * r[7]
		}
		d := (*[foldWidth]float64)(cep[foldWidth*g : foldWidth*g+foldWidth])
		d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] = s0, s1, s2, s3, s4, s5, s6, s7
	}
}

// impulse writes into h (fftSize samples) the impulse response of spectrum H (H is left
// unchanged) and returns its length: past it every sample is below 1e-6 of the peak (−120
// dB, nothing a 16-bit sample holds), so overlap-add can stop there.
func (e *envelope) impulse(h []float64, H []complex128) int {
	e.fft.Inverse(h, H)
	h = h[:fftSize]
	// The peak's square, four samples at a time (independent comparisons; a NaN is passed
	// over, as it was by the comparison with the peak it replaces).
	var p0, p1, p2, p3 float64
	for i := 0; i+3 < len(h); i += 4 {
		q := (*[4]float64)(h[i : i+4])
		if v := q[0] * q[0]; v > p0 {
			p0 = v
		}
		if v := q[1] * q[1]; v > p1 {
			p1 = v
		}
		if v := q[2] * q[2]; v > p2 {
			p2 = v
		}
		if v := q[3] * q[3]; v > p3 {
			p3 = v
		}
	}
	thr := 1e-12 * max(p0, p1, p2, p3) // (1e-6 of the peak)²
	for n := len(h) - 1; n >= 0; n-- {
		if h[n]*h[n] > thr {
			return n + 1
		}
	}
	return 0
}
