package hts

import (
	"context"
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
)

// noiseSize is the length of the circular convolutions that filter a frame of noise.
const noiseSize = fftSize / 2

// waveform is the HTS vocoder's waveform stage: the source-filter model of the MLSA vocoder
// (a pulse train at F0 in voiced frames, Gaussian noise in unvoiced ones, through the filter
// exp(Σ c_m z̃^−m)) computed by overlap-add of the filter's minimum-phase impulse response
// instead of a sample-by-sample MLSA filter:
//
//   - each 5 ms frame's mel-cepstrum gives the filter's spectrum H and impulse response h
//     (envelope.go);
//   - a glottal pulse at sample j of a frame adds its amplitude times the response
//     interpolated between the previous frame's and this frame's, (1−j/fp)·h_prev + (j/fp)·h,
//     so the envelope moves sample by sample as the MLSA filter's coefficients do;
//   - a frame of noise excitation is filtered as one block: its spectrum times the envelope in
//     the middle of the frame, (H_prev + H)/2, back to the time domain and added in
//     (noiseBlock);
//   - an envelope that no pulse uses (voiceless stretches) is computed at the even bins only,
//     all a noise block reads, by a transform of half the size: the same values at half the
//     cost (envelope.spectrumEven).
//
// The excitation (pulse positions and amplitudes, period interpolation) is the MLSA vocoder's, sample for sample, so for voiced speech the two differ only in
// how the filter is applied: TestWaveformSpectrumMatchesMLSA bounds the difference. The noise
// is dsp.Noise's (a sum of uniforms: near enough to Gaussian for an excitation, and a fraction
// of the cost of hts_engine's Box–Muller draws). Responses that run past the
// end of a phrase stay in the accumulator and are added to the next phrase's first samples, so
// phrases join without a click.
type waveform struct {
	env   *envelope
	fp    int
	alpha float64
	rnd   dsp.Noise

	// Excitation state, as the MLSA vocoder keeps it.
	started bool
	p1      float64 // period in effect (samples), 0 unvoiced
	pc      float64 // pulse counter

	// Envelopes where the current frame starts (prev) and ends (cur); the last one computed
	// from its frame's own cepstrum (lo, frame loT) and one computed ahead (hi, frame hiT,
	// when hiT ≥ 0), between which frames are interpolated (see span).
	prev, cur, lo, hi *slot
	loT, hiT          int

	acc []float64 // overlap-add accumulator; acc[0] is the next sample out
	// accBuf holds acc (fp+fftSize samples) at accOff, with zeros past it: acc advances along
	// it frame by frame and is moved back to its start only when it reaches the end (advance),
	// instead of being shifted by a frame each frame.
	accBuf []float64
	accOff int

	// halve lets envelopes that no pulse uses be computed at the even bins only (see set);
	// always on but in the test that compares the two.
	halve bool
	evens int // envelopes computed at the even bins only

	quiet bool // noise excitation off (tests that measure what pulses leave ringing)

	// The noise blocks' transform and scratch.
	noiseFFT *dsp.RealFFT
	nx       []float64
	NX       []complex128
	out      []float32
}

// slot holds one frame's envelope: its spectrum H and, once a pulse needs it, its impulse
// response h (hLen samples long). A slot no pulse will use may hold the spectrum at the even
// bins only (even), all that noise blocks read.
type slot struct {
	H    []complex128
	h    []float64
	hOK  bool
	hLen int
	even bool
}

func newSlot() *slot {
	return &slot{H: make([]complex128, half+1), h: make([]float64, fftSize)}
}

// set computes the envelope of mel-cepstrum c into s: in full when full (a pulse will need its
// response), otherwise at the even bins if that is available.
func (wf *waveform) set(s *slot, c []float64, full bool) {
	s.even = !full && wf.halve && wf.env.canHalve()
	if s.even {
		wf.env.spectrumEven(s.H, c)
		wf.evens++
	} else {
		wf.env.spectrum(s.H, c)
	}
	s.hOK = false
}

// lerp sets s to a + w·(b − a); with the response too when withH (the transform is linear;
// a and b are then full).
func (wf *waveform) lerp(s, a, b *slot, w float64, withH bool) {
	s.even = a.even || b.even
	step := 1
	if s.even {
		step = 2
	}
	for i := 0; i < len(s.H); i += step {
		s.H[i] = complex(real(a.H[i])+w*(real(b.H[i])-real(a.H[i])), imag(a.H[i])+w*(imag(b.H[i])-imag(a.H[i])))
	}
	s.hOK = false
	if withH {
		wf.response(a)
		wf.response(b)
		s.hLen = max(a.hLen, b.hLen)
		for i := range s.h[:s.hLen] {
			s.h[i] = a.h[i] + w*(b.h[i]-a.h[i])
		}
		clear(s.h[s.hLen:])
		s.hOK = true
	}
}

// keep copies s into d.
func keep(d, s *slot) {
	copy(d.H, s.H)
	d.hOK, d.hLen, d.even = s.hOK, s.hLen, s.even
	if s.hOK {
		copy(d.h, s.h)
	}
}

// response makes sure s.h holds the impulse response of s.H. A slot with the even bins only
// has none (render computes in full every envelope a pulse uses, so this does not happen):
// its pulses are dropped rather than filtered by a half-known spectrum.
func (wf *waveform) response(s *slot) {
	if !s.hOK {
		s.hLen = 0
		if !s.even {
			s.hLen = wf.env.impulse(s.h, s.H)
		}
		s.hOK = true
	}
}

// newWaveform makes the waveform stage for order and α; folds, if not nil, holds the voice's
// fold tables.
func newWaveform(order int, alpha float64, fp int, seed uint64, folds *foldCache) (*waveform, error) {
	t, err := folds.table(order, alpha)
	if err != nil {
		return nil, err
	}
	env, err := newEnvelopeWith(order, t)
	if err != nil {
		return nil, err
	}
	if fp < 1 || fp > noiseSize {
		// A frame of noise is filtered as one block of noiseSize samples.
		return nil, fmt.Errorf("hts: frame period %d samples not in [1, %d]", fp, noiseSize)
	}
	nf, err := dsp.NewRealFFT(noiseSize)
	if err != nil {
		return nil, fmt.Errorf("hts: %w", err)
	}
	wf := &waveform{
		env:      env,
		fp:       fp,
		alpha:    alpha,
		rnd:      dsp.NewNoise(seed),
		prev:     newSlot(),
		cur:      newSlot(),
		lo:       newSlot(),
		hi:       newSlot(),
		accBuf:   make([]float64, accSpans*(fp+fftSize)),
		halve:    true,
		noiseFFT: nf,
		nx:       make([]float64, noiseSize),
		NX:       make([]complex128, noiseSize/2+1),
		out:      make([]float32, 0, blockSize),
	}
	wf.acc = wf.accBuf[: fp+fftSize : fp+fftSize]
	return wf, nil
}

// render writes the n samples of the frames vc.generate left in vc.frames, vc.mcep, vc.lf0.
func (wf *waveform) render(ctx context.Context, vc *Vocoder, n int, w audio.Writer) error {
	fp := wf.fp
	V := vc.v.Streams[vc.v.mcp].VecLen
	fs := float64(vc.v.SampleRate)
	fr := vc.frames
	mc := vc.mcep
	out := wf.out[:0]
	flush := func() error {
		if len(out) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.Write(out); err != nil {
			return err
		}
		out = wf.out[:0]
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	F := (n + fp - 1) / fp
	wf.loT, wf.hiT = -2, -1 // frame numbers restart with each phrase
	for t, pos := 0, 0; t < F; t++ {
		p := 0.0
		if fr[t].voiced {
			p = fs / math.Max(minF0, math.Min(maxF0, math.Exp(vc.lf0[t])))
		}
		k := min(fp, n-pos) // samples of this frame in the phrase
		if !wf.started {
			wf.set(wf.prev, mc[t*V:(t+1)*V], true)
			wf.p1 = 0 // the first frame is noise
			wf.pc = p
			wf.started = true
		}
		pinc := 0.0
		if wf.p1 == 0 || p == 0 {
			// An unvoiced frame is noise from its first sample, also after voicing (the
			// MLSA vocoder's rule: pulses only where this frame and the one before are
			// voiced); an onset's counter starts at its period.
			wf.p1 = 0
			wf.pc = p
		} else {
			pinc = (p - wf.p1) / float64(fp)
		}
		// A frame's envelope is used by pulses in the frame itself (when the previous frame
		// was voiced) and in the next one (when it is voiced): those are computed in full.
		need := func(a, b int) bool { // some frame in [a, b] needs its envelope in full
			for j := a; j <= b; j++ {
				if j == t && wf.p1 != 0 || j > t && fr[j-1].voiced || fr[j].voiced {
					return true
				}
			}
			return false
		}
		// Pulses in this frame or the next need the frame's response.
		pulses := wf.p1 != 0 || fr[t].voiced
		switch {
		case wf.hiT == t:
			// The end of an interpolated run: the envelope computed ahead.
			wf.cur, wf.hi = wf.hi, wf.cur
			wf.hiT = -1
			keep(wf.lo, wf.cur)
			wf.loT = t
		case wf.hiT > t:
			wf.lerp(wf.cur, wf.lo, wf.hi, float64(t-wf.loT)/float64(wf.hiT-wf.loT), pulses)
		default:
			if d := wf.span(mc, t, V, F); d > 0 {
				if wf.lo.even && need(t, t+d-1) {
					// Frames interpolated from lo need its response: lo again, in full
					// (lo is always the envelope of its own frame, t−1).
					wf.set(wf.lo, mc[(t-1)*V:t*V], true)
				}
				wf.set(wf.hi, mc[(t+d)*V:(t+d+1)*V], need(t, t+d))
				wf.hiT = t + d
				// lo is frame t−1's envelope, as prev is: one response serves both.
				if wf.prev.hOK && !wf.prev.even && !wf.lo.hOK {
					keep(wf.lo, wf.prev)
				}
				wf.lerp(wf.cur, wf.lo, wf.hi, 1/float64(d+1), pulses)
				if wf.lo.hOK && !wf.prev.hOK {
					keep(wf.prev, wf.lo)
				}
			} else {
				wf.set(wf.cur, mc[t*V:(t+1)*V], pulses)
				keep(wf.lo, wf.cur)
				wf.loT = t
			}
		}
		switch {
		case wf.p1 == 0:
			wf.noiseBlock(k)
		default:
			pc, p1 := wf.pc, wf.p1 // in registers through the loop
			for j := 0; j < k; j++ {
				pc++
				if pc >= p1 {
					wf.pulse(j, math.Sqrt(p1))
					pc -= p1
				}
				p1 += pinc
			}
			wf.pc, wf.p1 = pc, p1
		}
		gain := vc.gain
		for j := 0; j < k; j++ {
			y := wf.acc[j] * gain
			// One comparison for the common case: below the limiter's knee (and not NaN).
			if a := math.Abs(y); !(a <= limitKnee) {
				if !(a <= math.MaxFloat64) {
					// NaN or infinite: only a broken model gets here. Drop what is ringing
					// rather than emit garbage for the rest of the stream.
					clear(wf.acc)
					y = 0
				}
				y = limit(y)
			}
			out = append(out, float32(y))
			if len(out) == blockSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		wf.advance(k)
		pos += k
		if k < fp {
			// The phrase ended inside this frame: the next phrase starts from where the
			// interpolation stopped, so nothing jumps.
			f := complex(float64(k)/float64(fp), 0)
			a, b := wf.prev, wf.cur
			for i := range a.H {
				a.H[i] += f * (b.H[i] - a.H[i])
			}
			a.hOK = false
			a.even = a.even || b.even
			break
		}
		wf.prev, wf.cur = wf.cur, wf.prev
		wf.p1 = p
	}
	wf.out = out[:0]
	return flush()
}

// accSpans is how many accumulators long accBuf is: acc is moved back once every
// (accSpans−1)·(fp+fftSize)/fp frames or so.
const accSpans = 8

// advance moves acc on by k samples (those just written out): what it held from sample k on is
// its start, and its last k samples are zeros.
func (wf *waveform) advance(k int) {
	n := len(wf.acc)
	if wf.accOff+k+n > len(wf.accBuf) {
		copy(wf.accBuf, wf.accBuf[wf.accOff+k:wf.accOff+n])
		clear(wf.accBuf[n-k : wf.accOff+n])
		wf.accOff = 0
	} else {
		wf.accOff += k
	}
	wf.acc = wf.accBuf[wf.accOff : wf.accOff+n : wf.accOff+n]
}

// pulse adds a pulse of amplitude a at sample j of the current frame: the impulse response
// interpolated between the frame's two envelopes.
func (wf *waveform) pulse(j int, a float64) {
	if a == 0 {
		return
	}
	wf.response(wf.prev)
	wf.response(wf.cur)
	f := float64(j) / float64(wf.fp)
	a0, a1 := a*(1-f), a*f
	L := max(wf.prev.hLen, wf.cur.hLen)
	dst := wf.acc[j : j+L : j+L]
	h0 := wf.prev.h[:L:L]
	h1 := wf.cur.h[:L:L]
	for i := range dst {
		dst[i] += a0*h0[i] + a1*h1[i]
	}
}

// noiseBlock adds k samples of Gaussian noise, filtered by the
// envelope in the middle of the frame. The block is filtered by circular convolution over
// noiseSize samples, with the envelope at every other bin of the full spectrum: the output's
// spectrum is the noise's times the envelope at every bin, exactly; only its time course
// differs, the part of a response longer than noiseSize−k samples folding onto the block's
// start, and for noise that part is noise of the same spectrum. Half the size halves the cost.
func (wf *waveform) noiseBlock(k int) {
	if wf.quiet {
		return
	}
	x := wf.nx[:noiseSize]
	wf.rnd.GaussFill(x[:k])
	clear(x[k:])
	X := wf.NX[:noiseSize/2+1]
	wf.noiseFFT.Forward(X, x)
	// The envelope in the middle of the block (a frame, or the part of one that ends a phrase).
	f := complex(float64(k)/float64(2*wf.fp), 0)
	step := fftSize / noiseSize
	for i := range X {
		a, b := wf.prev.H[i*step], wf.cur.H[i*step]
		X[i] *= a + f*(b-a)
	}
	wf.noiseFFT.Inverse(x, X)
	acc := wf.acc[:noiseSize]
	for i, v := range x {
		acc[i] += v
	}
}

// Envelope interpolation. Frames between two computed envelopes take their linear
// interpolation when that is within skipTolerance of their own envelopes: the spectra of
// MLPG's smooth trajectories mostly move in straight lines, and where they do the frames'
// transforms are saved. The error is estimated from the cepstra. The complex log spectrum of
// mel-cepstrum c is Σ c_m e^(−imβ(ω)), so by Parseval (on the warped frequency axis) the rms
// difference of two envelopes' log spectra is √(Δc_0² + ½Σ_{m≥1} Δc_m²) neper; and the
// interpolation (1−w)e^u + w·e^v of two spectra is off the log-domain one e^((1−w)u+wv) by
// about w(1−w)|u−v|²/2, whose mean is w(1−w)/2 times the mean square difference.
// skipTolerance is 0.25 dB rms, a quarter of the just-noticeable difference of a spectral
// envelope's level (about 1 dB), on frames between two exact ones at most maxSkip+1 frames
// (20 ms) apart. On the test sentences it saves the transforms of 11 % of the frames and moves
// the output's band levels from the exact MLSA filter's by 0.002 dB rms. Looser tolerances save
// more (0.75 dB: 30 %) but cost the recognizer words on Harvard sentences 201-300 (PocketSphinx
// WER 31.5 % at 0.75 dB, 30.7 % at 0.25 dB, 30.8 % without interpolation).
const (
	skipTolerance = 0.25 / 8.685889638 // neper
	maxSkip       = 3
)

// span returns how many frames from t on (at most maxSkip) may be interpolated between frame
// t−1 (held in lo, computed from its own cepstrum) and the frame after them, or 0.
func (wf *waveform) span(mc []float64, t, V, F int) int {
	if wf.loT != t-1 {
		return 0
	}
	a := mc[(t-1)*V : t*V]
	ms := func(x, y []float64, w float64) float64 { // mean square of x − ((1−w)a + w·y)
		d := x[0] - a[0] - w*(y[0]-a[0])
		s := d * d
		for m := 1; m < len(x); m++ {
			d := x[m] - a[m] - w*(y[m]-a[m])
			s += 0.5 * d * d
		}
		return s
	}
	for d := min(maxSkip, F-1-t); d > 0; d-- {
		b := mc[(t+d)*V : (t+d+1)*V]
		spread := ms(b, b, 0) // mean square difference of the two ends
		ok := true
		for j := t; j < t+d && ok; j++ {
			w := float64(j-t+1) / float64(d+1)
			ok = math.Sqrt(ms(mc[j*V:(j+1)*V], b, w))+w*(1-w)/2*spread <= skipTolerance
		}
		if ok {
			return d
		}
	}
	return 0
}
