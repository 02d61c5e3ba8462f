// Package formant is Chorus's default vocoder: a Klatt-style cascade/parallel formant
// synthesizer driven by rule-generated parameter tracks, with no data files.
//
// Per phrase, a planner turns the segments into parameter frames, one per control block
// (about 2 ms): formant tracks from the phone table (Klatt 1980) with locus rules at stops,
// offglides for diphthongs and smoothed transitions; source amplitudes with bursts, post-stop
// aspiration, voice bars and nasal murmur (pole–zero pair, and a notch at the antiformant of the
// closed mouth by place). The renderer runs a KLGLOTT88 or LF glottal source with flutter,
// cycle-to-cycle jitter and shimmer, and breath noise through a cascade of formant resonators
// (F1–F8, higher ones dropped near Nyquist), and frication through a parallel bank, updating
// coefficients once per block and amplitudes per sample; a voice may add a steady noise floor
// (room tone) under it all. All state lives in the Vocoder, so the phrases of an utterance join
// seamlessly.
package formant

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// ErrSampleRate reports an unsupported sample rate.
var ErrSampleRate = errors.New("formant: unsupported sample rate")

// ErrPhrase reports an unusable phrase (nil, or a segment with a negative duration).
var ErrPhrase = errors.New("formant: invalid phrase")

// MaxPhraseSeconds bounds one phrase's duration (the parameter track is held in memory).
const MaxPhraseSeconds = 600

const (
	chunkSize = 1024 // samples per Write
	nCascade  = 8    // cascade formants F1–F8 (F4–F8 fixed)
	maxF0     = 600.0
	minF0     = 40.0
	// Source levels relative to each other (voicing, aspiration, frication, bypass) and the
	// fixed overall level; the balance was tuned by ear, spectrograms and recognizer WER.
	voiceScale = 0.11
	aspScale   = 0.030
	// whisperAH is the aspiration, per unit of the voicing it replaces, of a whisper: set so
	// that a whispered sentence measures about as loud as the voiced one (the style's gain then
	// makes it softer); whisperB1 is the bandwidth (Hz) a full whisper adds to F1.
	whisperAH   = 1.3
	whisperB1   = 200.0
	fricScale   = 0.10
	bypassScale = 0.15
	levelScale  = 1.5 // fixed voice level: normal speech peaks between about −8 and −3 dBFS
	clipKnee    = 0.85
	// quietEnergy is the filter-state energy below which a silent block is rendered as exact
	// zeros, or the noise floor alone (amplitude ~1e-6, far below one 16-bit step).
	quietEnergy = 1e-12
	clipCeil    = 0.8912             // −1 dBFS
	floorSeed   = 0x6e6f697365666c72 // mixed into the seed of the noise floor's generator
)

// Vocoder renders phrases of one utterance. It keeps all filter and source state between
// Render calls, so an utterance rendered phrase by phrase is continuous. Not safe for concurrent
// use; make one per utterance.
type Vocoder struct {
	sr     float64
	p      Params
	blk    int
	gain   float64
	nyqLim float64

	pl     planner
	frames []frame
	f0s    []float64
	buf    []float32
	last   frame
	hasLst bool
	lastF0 float64

	// glottal source
	tau, t0, te float64 // position in the period, period and open phase (samples)
	prevU       float64
	pAV, pAVS   float64 // amplitudes latched at the period onset
	tilt        dsp.OnePole
	avsLP       dsp.Resonator
	noise       dsp.Noise
	clock       int64 // samples since the vocoder was made (flutter time)
	perturb     perturber
	lf          lfState
	oq, aturb   float64
	ahBreath    float64
	// Whisper: voicing is scaled by voicing (1 − whisper) and the latched amplitude pAW (the
	// voicing the period would have had) drives aspiration by ahWhisper instead.
	voicing, ahWhisper float64
	pAW                float64
	tiltDB             float64
	effortGain         float64

	// tract
	casc    [nCascade]dsp.Resonator
	cF, cB  [nCascade]float64 // cached settings
	cOn     [nCascade]bool    // below Nyquist, in use
	nCasc   int
	np      dsp.Resonator
	nz      dsp.Antiresonator
	cNZ     float64
	mzZ     dsp.Antiresonator // the nasal murmur's oral antiformant (a zero) ...
	mzP     dsp.Resonator     // ... and the wide pole that makes it a notch
	cMZ     float64           // its cached frequency and depth
	cMW     float64
	mzOn    bool
	par     [5]dsp.Resonator // parallel F2–F6
	pF, pB  [5]float64       // their cached settings
	active  [nCascade + 1]*dsp.Resonator
	nActive int
	nasalOn bool
	parOn   bool
	prevFn  float64
	// The bypass's one-pole low-pass (labiodental frication): its pole and state.
	bypassPole, bypassLP float64

	bv, bs, bx, nzb, tmp []float64 // per-block work buffers
	dc                   dsp.DCBlocker

	// The noise floor (Params.NoiseFloorDB): amplitude of its uniform noise (0: none) and its
	// own generator, so that it leaves the source's noise sequence as it was.
	floor      float64
	floorNoise dsp.Noise
}

// New returns a vocoder for one utterance at sampleRate (8000–48000 Hz) with voice parameters
// p, whose noise sources are seeded with seed (same seed and input → same output).
func New(sampleRate int, p Params, seed uint64) (*Vocoder, error) {
	if sampleRate < audio.MinSampleRate || sampleRate > audio.MaxSampleRate {
		return nil, fmt.Errorf("%w: %d Hz (want %d–%d)", ErrSampleRate, sampleRate, audio.MinSampleRate, audio.MaxSampleRate)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	sr := float64(sampleRate)
	v := &Vocoder{
		sr:      sr,
		p:       p,
		blk:     max(8, sampleRate/500),
		gain:    levelScale * dsp.DBToAmplitude(p.GainDB),
		nyqLim:  0.45 * sr,
		buf:     make([]float32, chunkSize),
		noise:   dsp.NewNoise(seed),
		dc:      dsp.NewDCBlocker(30, sr),
		lastF0:  110,
		perturb: newPerturber(p, seed),
		voicing: 1,
	}
	if p.NoiseFloorDB != 0 {
		// Uniform noise on [−1, 1) has an RMS of 1/√3.
		v.floor = math.Sqrt(3) * dsp.DBToAmplitude(p.NoiseFloorDB)
		v.floorNoise = dsp.NewNoise(seed ^ floorSeed)
	}
	v.pl.sr = sr
	v.bypassPole = math.Exp(-2 * math.Pi * labiodentalCornerHz / sr)
	v.pl.aspGain, v.pl.fricGain = dsp.DBToAmplitude(p.AspirationDB), dsp.DBToAmplitude(p.FricationDB)
	v.bv = make([]float64, v.blk)
	v.bs = make([]float64, v.blk)
	v.bx = make([]float64, v.blk)
	v.nzb = make([]float64, v.blk)
	v.tmp = make([]float64, v.blk)
	v.avsLP.Set(0, 200, sr)
	v.t0 = sr / 110
	v.tau = v.t0 // first period starts at once
	v.te = p.OpenQuotient * v.t0
	// Cascade: F1–F3 follow the track; F4–F6 are fixed per voice. Formants too close to
	// Nyquist are dropped (the resonator would alias or be unstable).
	for i := range v.casc {
		v.casc[i].Set(0, 0, sr) // pass-through until set
	}
	v.np.Set(270*p.TractScale, 100*p.BandwidthScale, sr)
	v.nz.Set(270*p.TractScale, 100*p.BandwidthScale, sr)
	v.cNZ = 270
	return v, nil
}

// SampleRate is the rate the vocoder renders at.
func (v *Vocoder) SampleRate() int { return int(v.sr) }

// setQuality derives the per-phrase source settings from the voice and the phrase's quality.
func (v *Vocoder) setQuality(q prosody.Quality) {
	e := math.Max(-1, math.Min(1, q.Effort))
	b := math.Max(0, math.Min(1, q.Breath))
	if math.IsNaN(e) {
		e = 0
	}
	if math.IsNaN(b) {
		b = 0
	}
	v.oq = math.Max(0.3, math.Min(0.95, v.p.OpenQuotient-0.1*e+0.2*b))
	v.tiltDB = math.Max(0, math.Min(41, v.p.SpectralTiltDB-5*e+8*b))
	v.tilt.SetTilt(v.tiltDB, 3000, v.sr)
	v.aturb = math.Min(1, v.p.Breathiness+0.5*b)
	v.ahBreath = 0.25 * b
	w := math.Max(0, math.Min(1, q.Whisper))
	if math.IsNaN(w) {
		w = 0
	}
	v.voicing = 1 - w
	v.ahWhisper = whisperAH * w
	v.effortGain = dsp.DBToAmplitude(3 * e)
	v.lf.rd = math.Max(0.3, math.Min(2.7, v.p.Rd*math.Exp(-0.4*e)+1.2*b))
}

// Render synthesises exactly ph.Samples() samples into w, in chunks of at most 1024 samples.
// It checks ctx before each chunk and returns ctx.Err() or the writer's error, wrapped.
func (v *Vocoder) Render(ctx context.Context, ph *prosody.Phrase, w audio.Writer) error {
	if ph == nil {
		return fmt.Errorf("%w: nil phrase", ErrPhrase)
	}
	for i, s := range ph.Segments {
		if s.Samples < 0 {
			return fmt.Errorf("%w: segment %d has %d samples", ErrPhrase, i, s.Samples)
		}
	}
	n := ph.Samples()
	if n == 0 {
		return ctx.Err()
	}
	if n > MaxPhraseSeconds*int(v.sr) {
		return fmt.Errorf("%w: %d samples is longer than %d s", ErrPhrase, n, MaxPhraseSeconds)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	v.setQuality(ph.Quality)
	v.pl.plan(ph)
	nb := (n + v.blk - 1) / v.blk
	if cap(v.frames) < nb+1 {
		v.frames = make([]frame, nb+1)
	}
	frames := v.frames[:nb+1]
	v.pl.track(ph, v.blk, frames)
	v.joinFrames(frames)
	f0s := v.f0Track(ph, nb)

	pos := 0
	blkIdx := 0
	inBlk := 0
	var st blockState
	for pos < n {
		if err := ctx.Err(); err != nil {
			return err
		}
		m := min(chunkSize, n-pos)
		out := v.buf[:m]
		for j := 0; j < m; {
			if inBlk == 0 {
				bl := min(v.blk, n-blkIdx*v.blk)
				v.startBlock(&st, &frames[blkIdx], &frames[blkIdx+1], f0s[blkIdx], bl)
			}
			run := min(m-j, st.len-inBlk)
			v.synth(&st, out[j:j+run])
			j += run
			inBlk += run
			if inBlk == st.len {
				inBlk = 0
				blkIdx++
			}
		}
		if err := w.Write(out); err != nil {
			return fmt.Errorf("formant: write: %w", err)
		}
		pos += m
	}
	return nil
}

// joinFrames cross-fades the first 10 ms of the track from the previous phrase's last frame,
// so that glued phrases join without a jump in any parameter.
func (v *Vocoder) joinFrames(frames []frame) {
	if v.hasLst {
		xf := v.pl.ms(10)
		for k := range frames {
			x := float64(k*v.blk) / xf
			if x >= 1 {
				break
			}
			frames[k] = lerpFrame(&v.last, &frames[k], x)
		}
	}
	v.last = frames[len(frames)-1]
	v.hasLst = true
}

func lerpFrame(a, b *frame, x float64) frame {
	l := func(p, q float64) float64 { return p + (q-p)*x }
	var f frame
	for i := 0; i < 3; i++ {
		f.f[i] = l(a.f[i], b.f[i])
		f.b[i] = l(a.b[i], b.b[i])
	}
	for i := range f.par {
		f.par[i] = l(a.par[i], b.par[i])
	}
	f.fnz = l(a.fnz, b.fnz)
	f.mw = l(a.mw, b.mw)
	f.mz = murmurZeroOf(a, b)
	f.av, f.avs, f.ah, f.af, f.ab = l(a.av, b.av), l(a.avs, b.avs), l(a.ah, b.ah), l(a.af, b.af), l(a.ab, b.ab)
	f.f6, f.b6 = b.f6, b.b6
	f.asp = l(a.asp, b.asp)
	f.lpb = l(a.lpb, b.lpb)
	return f
}

// f0Track samples the pitch contour at each block's centre. Missing or invalid values reuse the
// last valid pitch so voicing never stops for lack of a contour.
func (v *Vocoder) f0Track(ph *prosody.Phrase, nb int) []float64 {
	if cap(v.f0s) < nb {
		v.f0s = make([]float64, nb)
	}
	f0s := v.f0s[:nb]
	pi := 0
	pts := ph.F0
	for k := range f0s {
		pos := k*v.blk + v.blk/2
		f := 0.0
		if len(pts) > 0 {
			for pi+1 < len(pts) && pts[pi+1].Pos <= pos {
				pi++
			}
			switch {
			case pos <= pts[0].Pos:
				f = pts[0].Hz
			case pi+1 >= len(pts):
				f = pts[len(pts)-1].Hz
			default:
				a, b := pts[pi], pts[pi+1]
				if b.Pos > a.Pos {
					f = a.Hz + (b.Hz-a.Hz)*float64(pos-a.Pos)/float64(b.Pos-a.Pos)
				} else {
					f = b.Hz
				}
			}
		}
		if !(f > 0) || math.IsInf(f, 0) {
			f = v.lastF0
		}
		f = math.Max(minF0, math.Min(maxF0, f))
		v.lastF0 = f
		f0s[k] = f
	}
	return f0s
}

// blockState holds per-sample increments for one control block.
type blockState struct {
	len                 int
	av, avs, ah, af, ab float64
	dav, davs, dah, daf float64
	dab                 float64
	par, dpar           [5]float64
	f0                  float64
	lpb                 float64 // the block's share of low-passed bypass noise
	silent              bool
}

// startBlock sets filter coefficients for a block from the mid-point of its two frames and
// prepares linear amplitude ramps.
func (v *Vocoder) startBlock(st *blockState, a, b *frame, f0 float64, n int) {
	s := v.p.TractScale
	bws := v.p.BandwidthScale
	st.len = n
	inv := 1 / float64(n)
	st.av, st.dav = a.av, (b.av-a.av)*inv
	st.avs, st.davs = a.avs, (b.avs-a.avs)*inv
	st.ah, st.dah = a.ah, (b.ah-a.ah)*inv
	st.af, st.daf = a.af, (b.af-a.af)*inv
	st.ab, st.dab = a.ab, (b.ab-a.ab)*inv
	for i := range st.par {
		st.par[i], st.dpar[i] = a.par[i], (b.par[i]-a.par[i])*inv
	}
	st.f0 = f0
	st.lpb = 0.5 * (a.lpb + b.lpb)
	st.silent = a.av == 0 && b.av == 0 && a.avs == 0 && b.avs == 0 && a.ah == 0 && b.ah == 0 && a.af == 0 && b.af == 0 && a.ab == 0 && b.ab == 0 && v.ahBreath == 0

	// Cascade formants.
	var f, bw [nCascade]float64
	for i := 0; i < 3; i++ {
		f[i] = 0.5 * (a.f[i] + b.f[i])
		bw[i] = 0.5 * (a.b[i] + b.b[i])
	}
	// Keep formants apart (MITalk: 200 Hz) and ordered.
	if f[1] < f[0]+200 {
		f[1] = f[0] + 200
	}
	if f[2] < f[1]+200 {
		f[2] = f[1] + 200
	}
	f[3], bw[3] = 3300, 250
	f[4], bw[4] = 3750, 200
	// F6–F8 keep some energy above 4 kHz. A stronger higher-pole correction (more poles, a
	// high shelf) and brighter frication were tried and raised the recognizer's word error rate.
	f[5], bw[5] = 4900, 400
	f[6], bw[6] = 5900, 500
	f[7], bw[7] = 6900, 600
	if f[3] < f[2]+250 {
		f[3] = f[2] + 250
	}
	// A whisper's glottis stays open: the trachea's coupling damps F1 (as in the open phase of
	// breathy voice, Klatt & Klatt 1990), so noise through it does not ring as a tone.
	bw[0] += whisperB1 * (1 - v.voicing)
	for i := range f {
		fi := f[i] * s
		bi := bw[i] * bws
		if fi != v.cF[i] || bi != v.cB[i] {
			v.cF[i], v.cB[i] = fi, bi
			v.cOn[i] = fi+bi/2 < v.nyqLim
			if v.cOn[i] {
				v.casc[i].Set(fi, bi, v.sr)
			} else {
				v.casc[i].Set(0, 0, v.sr) // dropped: pass-through
			}
		}
	}
	nz := 0.5 * (a.fnz + b.fnz)
	if math.Abs(nz-270) < 0.5 {
		// The nasal pole-zero pair is transparent: bypass it, with cleared state so that it
		// re-enters as an exact identity.
		if v.nasalOn {
			v.nasalOn = false
			v.np.Reset()
			v.nz.Reset()
			v.cNZ = 270
			v.nz.Set(270*s, 100*bws, v.sr)
		}
	} else {
		v.nasalOn = true
		if nz != v.cNZ {
			v.cNZ = nz
			v.nz.Set(nz*s, 100*bws, v.sr)
		}
	}
	v.setMurmurZero(a, b)
	v.nActive = 0
	if v.nasalOn {
		v.active[0] = &v.np
		v.nActive = 1
	}
	for i := range v.casc {
		if v.cOn[i] {
			v.active[v.nActive] = &v.casc[i]
			v.nActive++
		}
	}
	// Parallel branch: F2, F3 follow the track; F4–F6 fixed, F6 per phone.
	parOn := a.af > 0 || b.af > 0 || a.ab > 0 || b.ab > 0
	if parOn {
		f6, b6 := b.f6, b.b6
		if f6 == 0 {
			f6, b6 = 4900, 1000
		}
		pf := [5]float64{f[1], f[2], 3300, 3750, f6}
		pb := [5]float64{200, 250, 300, 300, b6}
		for i := range v.par {
			if pf[i] == v.pF[i] && pb[i] == v.pB[i] {
				continue
			}
			v.pF[i], v.pB[i] = pf[i], pb[i]
			v.par[i].SetPeak(pf[i]*s, pb[i]*bws, v.sr)
			if i > 0 {
				// These branches take differenced noise (+6 dB/oct, so frication has
				// little low-frequency energy); undo its gain at the resonance.
				v.par[i].A /= 2 * math.Sin(math.Pi*math.Min(pf[i]*s, v.nyqLim)/v.sr)
			}
		}
	}
	v.parOn = parOn || v.parEnergy() > 1e-14
}

// labiodentalCornerHz is the corner of the one-pole low-pass that shapes labiodental frication
// ([f v]). The noise source at the lips has no cavity in front of it to shape it, and its
// spectrum is flat to falling (Jongman, Wayland & Wong 2000: the flattest and weakest of the
// English fricatives; Stevens, Acoustic Phonetics ch. 8). Festival's recorded kal [f] (25
// tokens in Harvard sentences 1–40, long-term spectrum in 500 Hz bands) falls 7 dB from 0.5 to
// 7.5 kHz and sits 13 dB under kal's [s] at 5–7.5 kHz; ours was flat to the Nyquist frequency,
// as strong there as our [s], and the recognizer's phone pass heard 68 of joe's 113 [f] as [s].
// A pole at 2 kHz leaves the bypass's level below 1 kHz and takes about 10 dB off at 7 kHz:
// kal's [f] within 3 dB in every band, 21.6 dB under the vowels (kal's 20.9; it was 15.6).
// Harvard 1–200 (tuning), joe: 44.33 → 43.24 % WER (20 sentences better, 13 worse) with the
// vocoder's seed, 45.87 → 43.63 % (30 better, 7 worse) with another; words with [f v] missed
// 79 → 70 and 85 → 71 of 195.
const labiodentalCornerHz = 2000

// The nasal murmur's antiformant is a notch: a zero of bandwidth murmurZeroBW over a pole of
// bandwidth murmurPoleBW at the same frequency. At depth w the zero's bandwidth moves from the
// pole's (w = 0: the pair cancels exactly) to its own, so the notch fades in and out with the
// murmur without a step.
const murmurZeroBW, murmurPoleBW = 100.0, 1000.0

// murmurZeroOf is the murmur antiformant's frequency between frames a and b: b's, or a's when b
// has none (the murmur ends there).
func murmurZeroOf(a, b *frame) float64 {
	if b.mz != 0 {
		return b.mz
	}
	return a.mz
}

// setMurmurZero sets the murmur's notch for the block between frames a and b.
func (v *Vocoder) setMurmurZero(a, b *frame) {
	w := 0.5 * (a.mw + b.mw)
	fz := murmurZeroOf(a, b)
	if w < 1e-3 || fz == 0 || fz*v.p.TractScale+murmurPoleBW >= v.nyqLim {
		if v.mzOn {
			v.mzOn = false
			v.mzZ.Reset()
			v.mzP.Reset()
			v.cMZ, v.cMW = 0, 0
		}
		return
	}
	v.mzOn = true
	if fz == v.cMZ && w == v.cMW {
		return
	}
	v.cMZ, v.cMW = fz, w
	bws := v.p.BandwidthScale
	f := fz * v.p.TractScale
	v.mzP.Set(f, murmurPoleBW*bws, v.sr)
	v.mzZ.Set(f, (murmurPoleBW-w*(murmurPoleBW-murmurZeroBW))*bws, v.sr)
}

func (v *Vocoder) parEnergy() float64 {
	e := 0.0
	for i := range v.par {
		e += v.par[i].Energy()
	}
	return e
}

func (v *Vocoder) cascEnergy() float64 {
	e := v.np.Energy()
	for i := range v.casc {
		e += v.casc[i].Energy()
	}
	return e
}

// newPeriod starts a glottal period at clock (samples since the vocoder was made; it sets the
// flutter's phase) and the current pitch, and latches the voicing amplitudes. The period and
// the amplitudes carry the period's jitter and shimmer.
func (v *Vocoder) newPeriod(clock int64, f0, av, avs float64) {
	if fl := v.p.Flutter; fl > 0 {
		t := float64(clock) / v.sr
		d := (fl / 50) * (f0 / 100) * (math.Sin(2*math.Pi*12.7*t) + math.Sin(2*math.Pi*7.1*t) + math.Sin(2*math.Pi*4.7*t))
		f0 += d
	}
	f0 = math.Max(minF0, math.Min(maxF0, f0))
	v.perturb.next()
	// Jitter lengthens or shortens the closed phase only: the open phase, and so the instant
	// of closure (the main excitation) within the period, keeps the unperturbed length. The
	// intervals between excitations are then the perturbed periods themselves; jittering the
	// open phase with them would average consecutive periods and halve the jitter heard.
	nominal := v.sr / f0
	v.t0 = nominal * v.perturb.periodF
	v.te = math.Min(v.oq*nominal, v.t0-1)
	v.pAW = av * v.perturb.amplitF
	v.pAV, v.pAVS = v.pAW*v.voicing, avs*v.perturb.amplitF*v.voicing
	if v.p.Source == SourceLF {
		v.lf.period(nominal, v.t0)
	}
}

// synth renders len(out) samples of the current block (at most one control block). It works
// stage by stage over the block so each filter's state stays in registers.
func (v *Vocoder) synth(st *blockState, out []float32) {
	if st.silent && !v.parOn && v.cascEnergy() < quietEnergy && v.dc.Energy() < quietEnergy && v.nz.Energy() < quietEnergy && v.mzZ.Energy()+v.mzP.Energy() < quietEnergy && (v.prevU == 0 || v.voicing == 0) && v.pAV == 0 && v.pAVS == 0 && v.pAW == 0 {
		// (A whisper has no glottal flow to close: its voicing is scaled to zero.)
		// Fast path: nothing sounds and the filters have rung out.
		v.quiet(st, out)
		return
	}
	n := len(out)
	bv, bs, bx, nzb := v.bv[:n], v.bs[:n], v.bx[:n], v.nzb[:n]
	lf := v.p.Source == SourceLF
	vs := voiceScale * v.effortGain
	// AVS ramps linearly over the block, so it is zero throughout when it is at both ends and
	// nothing latched earlier is still sounding.
	anyAVS := v.pAVS > 0 || st.avs > 0 || st.avs+st.davs*float64(n) > 0
	// Without extra tilt or quasi-sinusoidal voicing the voicing goes straight into the
	// excitation: one pass instead of three.
	direct := v.tilt.D == 0 && !anyAVS && v.avsLP.Energy() == 0
	// The per-sample state lives in locals (registers) through the loop and is stored back at
	// the end: kept in the struct, every sample would wait on a store and a reload.
	tau, t0, te, prevU := v.tau, v.t0, v.te, v.prevU
	invTe := 1 / te
	pAV, pAVS, pAW := v.pAV, v.pAVS, v.pAW
	noise := v.noise
	ah, dah, ahBreath, ahWhisper := st.ah, st.dah, v.ahBreath, v.ahWhisper
	aturb := v.aturb
	for j := 0; j < n; j++ {
		tau++
		if tau >= t0 {
			tau -= t0
			fj := float64(j)
			v.newPeriod(v.clock+int64(j+1), st.f0, st.av+st.dav*fj, st.avs+st.davs*fj)
			t0, te, pAV, pAVS, pAW = v.t0, v.te, v.pAV, v.pAVS, v.pAW
			invTe = 1 / te
			anyAVS = anyAVS || pAVS > 0
		}
		// Glottal flow derivative, unit amplitude at closure.
		var g float64
		if lf {
			g = v.lf.next(tau)
		} else if tau < te {
			x := tau * invTe
			u := te * x * x * (1 - x)
			g = u - prevU
			prevU = u
		} else {
			g = -prevU
			prevU = 0
		}
		nz := noise.Uniform() * 1.7320508
		voiced := pAV > 0 || pAVS > 0
		if voiced && tau > 0.5*t0 {
			nz *= 0.5
		}
		nzb[j] = nz
		x := (ah + dah*float64(j) + ahBreath*pAV + ahWhisper*pAW) * aspScale * nz
		if voiced && tau < te {
			x += aturb * pAV * vs * 0.08 * nz
		}
		if direct {
			x += vs * (g * pAV)
		} else {
			bv[j] = g * pAV
			bs[j] = g * pAVS
		}
		bx[j] = x
	}
	v.clock += int64(n)
	v.tau, v.prevU, v.noise = tau, prevU, noise
	if !direct {
		v.tilt.Run(bv)
		if anyAVS || v.avsLP.Energy() > 0 {
			v.avsLP.Run(bs)
			for j := range bx {
				bx[j] += vs * (bv[j] + 2*bs[j])
			}
		} else {
			for j := range bx {
				bx[j] += vs * bv[j]
			}
		}
	}
	if v.nasalOn {
		v.nz.Run(bx)
	}
	if v.mzOn {
		v.mzZ.Run(bx)
		v.mzP.Run(bx)
	}
	act := v.active[:v.nActive]
	for len(act) >= 4 {
		dsp.RunQuad((*[4]*dsp.Resonator)(act[:4]), bx)
		act = act[4:]
	}
	for len(act) >= 2 {
		dsp.RunPair(act[0], act[1], bx)
		act = act[2:]
	}
	if len(act) == 1 {
		act[0].Run(bx)
	}
	if v.parOn {
		fn, fd, tmp := v.bv[:n], v.bs[:n], v.tmp[:n]
		prev := v.prevFn
		for j := range fn {
			f := (st.af + st.daf*float64(j)) * fricScale * nzb[j]
			fn[j] = f
			fd[j] = f - prev
			prev = f
		}
		v.prevFn = prev
		sign := -1.0
		for i := range v.par {
			in := fd
			if i == 0 {
				in = fn
			}
			g0, dg := st.par[i]*sign, st.dpar[i]*sign
			sign = -sign
			if g0 == 0 && dg == 0 && v.par[i].Energy() < 1e-18 {
				continue
			}
			copy(tmp, in)
			v.par[i].Run(tmp)
			for j := range tmp {
				bx[j] += (g0 + dg*float64(j)) * tmp[j]
			}
		}
		lp, pole, w := v.bypassLP, v.bypassPole, st.lpb
		for j := range fn {
			lp = fn[j] + pole*(lp-fn[j])
			bx[j] += (st.ab + st.dab*float64(j)) * bypassScale * (fn[j] + w*(lp-fn[j]))
		}
		v.bypassLP = lp
	}
	// DC blocker, level, noise floor and clipping in one pass.
	gain := v.gain
	r, x1, y1 := v.dc.R, v.dc.X1, v.dc.Y1
	floor, fnoise := v.floor, v.floorNoise
	for j, x := range bx {
		y1 = x - x1 + r*y1
		x1 = x
		y := y1 * gain
		if floor != 0 {
			y += floor * fnoise.Uniform()
		}
		if math.Abs(y) <= clipKnee {
			out[j] = float32(y)
		} else {
			out[j] = softClip(y)
		}
	}
	v.dc.X1, v.dc.Y1 = x1, y1
	v.floorNoise = fnoise
	fn := float64(n)
	st.av += st.dav * fn
	st.avs += st.davs * fn
	st.ah += st.dah * fn
	st.af += st.daf * fn
	st.ab += st.dab * fn
	for i := range st.par {
		st.par[i] += st.dpar[i] * fn
	}
}

// quiet renders a block of silence (the noise floor alone) while keeping the glottal clock
// running.
func (v *Vocoder) quiet(st *blockState, out []float32) {
	if v.floor != 0 {
		for j := range out {
			out[j] = float32(v.floor * v.floorNoise.Uniform())
		}
	} else {
		for j := range out {
			out[j] = 0
		}
	}
	// Let the DC blocker and filters settle to exact zero.
	for i := range v.casc {
		v.casc[i].Reset()
	}
	v.np.Reset()
	v.nz.Reset()
	v.mzZ.Reset()
	v.mzP.Reset()
	v.dc = dsp.NewDCBlocker(30, v.sr)
	v.bypassLP = 0
	n := float64(len(out))
	v.clock += int64(len(out))
	v.tau += n
	if v.voicing == 0 {
		v.prevU = 0 // a whisper's flow is silent: the next voicing starts as after a closure
	}
	for v.tau >= v.t0 {
		v.tau -= v.t0
		v.newPeriod(v.clock, st.f0, 0, 0)
	}
	st.av += st.dav * n
	st.avs += st.davs * n
	st.ah += st.dah * n
	st.af += st.daf * n
	st.ab += st.dab * n
}

// softClip is the identity below the knee and bends smoothly so |y| < −1 dBFS.
func softClip(y float64) float32 {
	a := math.Abs(y)
	if a <= clipKnee {
		return float32(y)
	}
	if math.IsNaN(y) {
		return 0
	}
	r := clipCeil - clipKnee
	a = clipKnee + r*math.Tanh((a-clipKnee)/r)
	return float32(math.Copysign(a, y))
}
