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
//     (noiseBlock).
//
// The excitation (pulse positions, period interpolation, noise, the gate that silences pauses)
// is the MLSA vocoder's, sample for sample, so the two differ only in how the filter is
// applied: TestWaveformSpectrumMatchesMLSA bounds the difference. Responses that run past the
// end of a phrase stay in the accumulator and are added to the next phrase's first samples, so
// phrases join without a click.
type waveform struct {
	env   *envelope
	fp    int
	alpha float64
	rnd   rng
	seed  uint64 // the noise generator's initial state

	// Excitation state, as the MLSA vocoder keeps it.
	started bool
	p1      float64 // period in effect (samples), 0 unvoiced
	pc      float64 // pulse counter
	prevG   float64 // excitation gate where the current frame starts

	// Envelopes where the current frame starts (prev) and ends (cur): spectra, and impulse
	// responses computed from them when a pulse needs them.
	prevH, curH []complex128
	prevh, curh []float64
	prevOK      bool // prevh is prevH's response
	curOK       bool
	prevLen     int // prevh's length (see envelope.impulse)
	curLen      int

	acc []float64 // overlap-add accumulator; acc[0] is the next sample out

	// The noise blocks' transform and scratch.
	noiseFFT *dsp.RealFFT
	nx       []float64
	NX       []complex128
	out      []float32
}

func newWaveform(order int, alpha float64, fp int, seed uint64) (*waveform, error) {
	env, err := newEnvelope(order, alpha)
	if err != nil {
		return nil, err
	}
	nf, err := dsp.NewRealFFT(noiseSize)
	if err != nil {
		return nil, fmt.Errorf("hts: %w", err)
	}
	return &waveform{
		env:      env,
		fp:       fp,
		alpha:    alpha,
		rnd:      rng{next: 1 + seed},
		seed:     1 + seed,
		prevH:    make([]complex128, half+1),
		curH:     make([]complex128, half+1),
		prevh:    make([]float64, fftSize),
		curh:     make([]float64, fftSize),
		acc:      make([]float64, fp+fftSize),
		noiseFFT: nf,
		nx:       make([]float64, noiseSize),
		NX:       make([]complex128, noiseSize/2+1),
		out:      make([]float32, 0, blockSize),
	}, nil
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
	for t, pos := 0, 0; t < F; t++ {
		gate := 1.0
		if fr[t].pau {
			gate = 0
		}
		p := 0.0
		if fr[t].voiced {
			p = fs / math.Max(minF0, math.Min(maxF0, math.Exp(vc.lf0[t])))
		}
		k := min(fp, n-pos) // samples of this frame in the phrase
		last := t == F-1
		if !wf.started {
			wf.env.spectrum(wf.prevH, mc[t*V:(t+1)*V])
			wf.prevOK = false
			wf.prevG = gate
			wf.p1 = 0 // the first frame is noise
			wf.pc = p
			wf.started = true
		}
		pinc := 0.0
		if wf.p1 == 0 || p == 0 {
			wf.pc = p
		} else {
			pinc = (p - wf.p1) / float64(fp)
		}
		active := gate > 0 || wf.prevG > 0
		// This frame's envelope is needed when the frame sounds, when the next one starts
		// from it, and at the phrase's end, where the next phrase starts from it.
		if active || last || !fr[t+1].pau {
			wf.env.spectrum(wf.curH, mc[t*V:(t+1)*V])
			wf.curOK = false
		}
		gcur, ginc := wf.prevG, (gate-wf.prevG)/float64(fp)
		switch {
		case !active:
			// Silence: no excitation; what still rings from earlier pulses is in acc.
			wf.p1 += pinc * float64(k)
		case wf.p1 == 0:
			wf.noiseBlock(k, gcur, ginc)
			gcur += ginc * float64(k)
		default:
			for j := 0; j < k; j++ {
				wf.pc++
				if wf.pc >= wf.p1 {
					wf.pulse(j, math.Sqrt(wf.p1)*gcur)
					wf.pc -= wf.p1
				}
				wf.p1 += pinc
				gcur += ginc
			}
		}
		for j := 0; j < k; j++ {
			y := wf.acc[j] * vc.gain
			if math.IsNaN(y) || math.IsInf(y, 0) {
				// Only a broken model gets here: drop what is ringing rather than emit
				// garbage for the rest of the stream.
				clear(wf.acc)
				y = 0
			}
			out = append(out, float32(limit(y)))
			if len(out) == blockSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		copy(wf.acc, wf.acc[k:])
		clear(wf.acc[len(wf.acc)-k:])
		pos += k
		if k < fp {
			// The phrase ended inside this frame: the next phrase starts from where the
			// interpolation stopped, so nothing jumps.
			f := float64(k) / float64(fp)
			for i := range wf.prevH {
				wf.prevH[i] += complex(f, 0) * (wf.curH[i] - wf.prevH[i])
			}
			wf.prevOK = false
			wf.prevG = gcur
			break
		}
		wf.prevH, wf.curH = wf.curH, wf.prevH
		wf.prevh, wf.curh = wf.curh, wf.prevh
		wf.prevOK, wf.prevLen = wf.curOK, wf.curLen
		wf.prevG = gate
		wf.p1 = p
	}
	wf.out = out[:0]
	return flush()
}

// pulse adds a pulse of amplitude a at sample j of the current frame: the impulse response
// interpolated between the frame's two envelopes.
func (wf *waveform) pulse(j int, a float64) {
	if a == 0 {
		return
	}
	if !wf.prevOK {
		wf.prevLen = wf.env.impulse(wf.prevh, wf.prevH)
		wf.prevOK = true
	}
	if !wf.curOK {
		wf.curLen = wf.env.impulse(wf.curh, wf.curH)
		wf.curOK = true
	}
	f := float64(j) / float64(wf.fp)
	a0, a1 := a*(1-f), a*f
	L := max(wf.prevLen, wf.curLen)
	dst := wf.acc[j : j+L : j+L]
	h0 := wf.prevh[:L:L]
	h1 := wf.curh[:L:L]
	for i := range dst {
		dst[i] += a0*h0[i] + a1*h1[i]
	}
}

// noiseBlock adds k samples of Gaussian noise, gated from g by dg a sample, filtered by the
// envelope in the middle of the frame. The block is filtered by circular convolution over
// noiseSize samples, with the envelope at every other bin of the full spectrum: the output's
// spectrum is the noise's times the envelope at every bin, exactly; only its time course
// differs, the part of a response longer than noiseSize−k samples folding onto the block's
// start, and for noise that part is noise of the same spectrum. Half the size halves the cost.
func (wf *waveform) noiseBlock(k int, g, dg float64) {
	x := wf.nx[:noiseSize]
	for j := 0; j < k; j++ {
		x[j] = wf.rnd.gauss() * g
		g += dg
	}
	clear(x[k:])
	X := wf.NX[:noiseSize/2+1]
	wf.noiseFFT.Forward(X, x)
	// The envelope in the middle of the block (a frame, or the part of one that ends a phrase).
	f := complex(float64(k)/float64(2*wf.fp), 0)
	step := fftSize / noiseSize
	for i := range X {
		a, b := wf.prevH[i*step], wf.curH[i*step]
		X[i] *= a + f*(b-a)
	}
	wf.noiseFFT.Inverse(x, X)
	acc := wf.acc[:noiseSize]
	for i, v := range x {
		acc[i] += v
	}
}
