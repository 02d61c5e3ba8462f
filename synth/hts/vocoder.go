package hts

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// Params tune the HTS vocoder. The zero value is the voice as trained.
type Params struct {
	// GainDB is added to the voice's level, in dB (−40 … +12).
	GainDB float64 `json:"gain_db"`
	// ReferenceHz is the voice's neutral key: the phrase's pitch level (Phrase.KeyHz, the
	// planner's base pitch or mean F0) at which the model's own F0 is left unchanged. The ratio
	// of a phrase's key to it shifts the model's F0, so the request's pitch and the style's
	// pitch offset apply on top of the voice's own intonation. A phrase with no key is measured
	// by the start of its contour instead. 0 ignores the phrase's pitch.
	ReferenceHz float64 `json:"reference_hz"`
	// PitchSemitones shifts the voice's F0 (−12 … +12), for a variant speaker.
	PitchSemitones float64 `json:"pitch_semitones"`
	// PhraseDurations keeps the phrase's phone durations as they are. By default each word
	// keeps its span (so word timings hold) but its phones share it as the voice's duration
	// model predicts them relative to one another.
	PhraseDurations bool `json:"phrase_durations"`
	// Warp is added to the voice's all-pass constant α (−0.2 … +0.2): positive values move the
	// spectral envelope down (a longer vocal tract), negative values up.
	Warp float64 `json:"warp"`
}

// ParseParams reads Params from JSON; empty input gives the defaults. Unknown fields and
// out-of-range values are errors.
func ParseParams(raw []byte) (Params, error) {
	var p Params
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || string(t) == "null" {
		return p, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Params{}, fmt.Errorf("hts: params: %w", err)
	}
	if dec.More() {
		return Params{}, errors.New("hts: params: trailing data after the JSON object")
	}
	return p, p.validate()
}

func (p Params) validate() error {
	bad := func(x, lo, hi float64) bool { return math.IsNaN(x) || x < lo || x > hi }
	switch {
	case bad(p.GainDB, -40, 12):
		return fmt.Errorf("hts: params: gain_db %v not in [-40, 12]", p.GainDB)
	case bad(p.ReferenceHz, 0, 1000) || p.ReferenceHz > 0 && p.ReferenceHz < 20:
		return fmt.Errorf("hts: params: reference_hz %v not in [20, 1000] (or 0)", p.ReferenceHz)
	case bad(p.PitchSemitones, -12, 12):
		return fmt.Errorf("hts: params: pitch_semitones %v not in [-12, 12]", p.PitchSemitones)
	case bad(p.Warp, -0.2, 0.2):
		return fmt.Errorf("hts: params: warp %v not in [-0.2, 0.2]", p.Warp)
	}
	return nil
}

// Output level: the HTS engine's samples are on the 16-bit scale.
const (
	int16Scale   = 1.0 / 32768
	limitKnee    = 0.7   // soft limiter: linear below, saturating towards limitCeil above
	limitCeil    = 0.885 // just under −1 dBFS
	blockSize    = 1024  // samples per Write
	maxShiftLn   = math.Ln2
	minF0, maxF0 = 40.0, 800.0
)

// Vocoder renders prosodic phrases with an HTS voice: full-context labels from the phrase, state
// durations fitted to the phrase's phone durations, MLPG with global variance, and pulse/noise
// excitation of each frame's minimum-phase envelope by overlap-add. It keeps the overlap-add and
// excitation state between phrases, so consecutive phrases join without a click. It is not safe for concurrent use.
type Vocoder struct {
	v     *Voice
	p     Params
	gain  float64
	alpha float64

	wave *waveform // excitation and overlap-add state, carried between phrases

	// Scratch.
	g      *mlpg
	gl     *mlpg
	mcep   []float64 // frames × order+1
	lf0    []float64 // frames; 0 unvoiced
	frames []frameInfo
	memo   answers // a label's answers to the voice's questions
	runEnd []int32 // where each run of frames of one spectrum PDF ends
	on     []bool  // frames (or voiced frames) GV applies to
	inside []bool  // frames × windows: the window lies inside the phrase
	idx    []int   // the voiced frames
}

// scratchBools returns (*buf)[:n] cleared, growing *buf when it is shorter.
func scratchBools(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

type frameInfo struct {
	mcp, lf0 []float32
	pau      bool
	voiced   bool
}

// New makes a vocoder for voice v rendering at the voice's own sample rate. The seed drives
// the noise excitation; the same seed gives the same output.
func New(v *Voice, p Params, seed uint64) (*Vocoder, error) {
	if v == nil {
		return nil, errors.New("hts: nil voice")
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	if v.mcp < 0 || v.lf0 < 0 {
		return nil, errors.New("hts: the voice needs an MCP and an LF0 stream")
	}
	ms, ls := v.Streams[v.mcp], v.Streams[v.lf0]
	if ms.MSD || !ls.MSD || ls.VecLen != 1 || ms.VecLen < 2 {
		return nil, errors.New("hts: the voice's MCP stream must be continuous and its LF0 stream one-dimensional MSD")
	}
	order := ms.VecLen - 1
	alpha := v.Alpha + p.Warp
	if !(alpha > -0.95 && alpha < 0.95) {
		return nil, fmt.Errorf("hts: all-pass constant %v out of range", alpha)
	}
	wave, err := newWaveform(order, alpha, v.FramePeriod, seed, v.folds)
	if err != nil {
		return nil, err
	}
	return &Vocoder{
		v:     v,
		p:     p,
		gain:  int16Scale * math.Pow(10, p.GainDB/20),
		alpha: alpha,
		wave:  wave,
		g:     newMLPG(ms.Windows),
		gl:    newMLPG(ls.Windows),
	}, nil
}

// Render synthesises ph, writing exactly ph.Samples() samples in blocks of at most 1024.
func (vc *Vocoder) Render(ctx context.Context, ph *prosody.Phrase, w audio.Writer) error {
	if ph == nil {
		return errors.New("hts: nil phrase")
	}
	if w == nil {
		return errors.New("hts: nil writer")
	}
	for i, s := range ph.Segments {
		if s.Samples < 0 {
			return fmt.Errorf("hts: segment %d has negative duration %d", i, s.Samples)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	n := ph.Samples()
	if n == 0 {
		return nil
	}
	if err := vc.generate(ph, n); err != nil {
		return err
	}
	return vc.synth(ctx, n, w)
}

// generate fills vc.frames, vc.mcep and vc.lf0 for a phrase of n samples.
func (vc *Vocoder) generate(ph *prosody.Phrase, n int) error {
	v := vc.v
	fp := v.FramePeriod
	F := (n + fp - 1) / fp
	u := buildUtterance(ph)
	labels := u.labels()
	ns := v.NumStates
	ms, ls := v.Streams[v.mcp], v.Streams[v.lf0]

	if cap(vc.frames) < F {
		vc.frames = make([]frameInfo, F)
	}
	fr := vc.frames[:F]
	for i := range fr {
		fr[i] = frameInfo{}
	}
	dur := make([]int, ns)
	memo := &vc.memo
	if !vc.p.PhraseDurations {
		vc.modelDurations(u, labels)
	}
	cum, f0 := 0, 0
	labStart := make([]int, len(u.labs)) // each label's first frame
	for i, lab := range u.labs {
		labStart[i] = f0
		cum += lab.samples
		end := (cum + fp/2) / fp
		if i == len(u.labs)-1 {
			end = F
		}
		end = min(end, F)
		T := end - f0
		if T <= 0 {
			continue
		}
		label := labels[i]
		memo.reset(v, label)
		d := v.Duration.find(label, 0, memo)
		if d == nil {
			return fmt.Errorf("hts: no duration model covers label %q", label)
		}
		stateDurations(dur, d[:ns], d[ns:2*ns], T)
		pau := matchAny(v.GVOff, label)
		t := f0
		for s := 0; s < ns; s++ {
			if dur[s] == 0 {
				continue
			}
			mp := ms.Model.find(label, s+2, memo)
			lp := ls.Model.find(label, s+2, memo)
			if mp == nil || lp == nil {
				return fmt.Errorf("hts: no model covers state %d of label %q", s+2, label)
			}
			voiced := lp[len(lp)-1] > 0.5
			for k := 0; k < dur[s]; k++ {
				fr[t] = frameInfo{mcp: mp, lf0: lp, pau: pau, voiced: voiced}
				t++
			}
		}
		f0 = end
	}
	if f0 != F {
		return fmt.Errorf("hts: internal error: %d of %d frames assigned", f0, F)
	}
	endVoicing(fr, u.labs, labStart)

	// Spectrum: MLPG per dimension, then GV.
	V := ms.VecLen
	K := len(ms.Windows)
	if cap(vc.mcep) < F*V {
		vc.mcep = make([]float64, F*V)
	}
	mc := vc.mcep[:F*V]
	var gvPDF []float32
	if ms.UseGV && len(labels) > 0 {
		gvPDF = ms.GV.find(labels[0], 0, nil)
	}
	on := scratchBools(&vc.on, F)
	for t := range fr {
		on[t] = !fr[t].pau
	}
	inside := scratchBools(&vc.inside, F*K) // the same for every dimension
	for t := 0; t < F; t++ {
		for k := 0; k < K; k++ {
			inside[t*K+k] = k == 0 || windowInside(ms.Windows[k], t, F, nil)
		}
	}
	// Runs of frames of one state share a PDF: each run's means and precisions are read once
	// per dimension.
	if cap(vc.runEnd) < F {
		vc.runEnd = make([]int32, 0, F)
	}
	runEnd := vc.runEnd[:0]
	for t := 0; t < F; t++ {
		if t == F-1 || &fr[t+1].mcp[0] != &fr[t].mcp[0] {
			runEnd = append(runEnd, int32(t+1))
		}
	}
	vc.runEnd = runEnd
	g := vc.g
	for d := 0; d < V; d++ {
		g.prepare(F) // every frame's means and precisions are written below
		t := 0
		for _, end := range runEnd {
			p := fr[t].mcp
			var mu, prec [maxWindows]float64
			for k := 0; k < K; k++ {
				mu[k] = float64(p[k*V+d])
				prec[k] = precision(float64(p[V*K+k*V+d]))
			}
			for ; t < int(end); t++ {
				for k := 0; k < K; k++ {
					g.mu[t*K+k] = mu[k]
					pr := prec[k]
					if !inside[t*K+k] {
						pr = 0
					}
					g.prec[t*K+k] = pr
				}
			}
		}
		c := g.solve(F)
		if gvPDF != nil {
			g.applyGV(c, on, float64(gvPDF[d]), float64(gvPDF[V+d]))
		}
		for t := 0; t < F; t++ {
			mc[t*V+d] = c[t]
		}
	}

	// Log F0 over the voiced frames.
	if cap(vc.lf0) < F {
		vc.lf0 = make([]float64, F)
	}
	lf := vc.lf0[:F]
	if cap(vc.idx) < F {
		vc.idx = make([]int, 0, F)
	}
	idx := vc.idx[:0]
	for t := range fr {
		lf[t] = 0
		if fr[t].voiced {
			idx = append(idx, t)
		}
	}
	if T := len(idx); T > 0 {
		KL := len(ls.Windows)
		gl := vc.gl
		gl.prepare(T) // every frame's means and precisions are written below
		for i, t := range idx {
			p := fr[t].lf0
			for k := 0; k < KL; k++ {
				gl.mu[i*KL+k] = float64(p[k])
				prec := precision(float64(p[KL+k]))
				if k > 0 && !windowInside(ls.Windows[k], t, F, fr) {
					prec = 0
				}
				gl.prec[i*KL+k] = prec
			}
		}
		c := gl.solve(T)
		if ls.UseGV && len(labels) > 0 {
			if gp := ls.GV.find(labels[0], 0, nil); gp != nil {
				onv := scratchBools(&vc.on, T) // on is done with
				for i, t := range idx {
					onv[i] = !fr[t].pau
				}
				gl.applyGV(c, onv, float64(gp[0]), float64(gp[1]))
			}
		}
		shift := vc.p.PitchSemitones * math.Ln2 / 12
		if key := phraseKey(ph); vc.p.ReferenceHz > 0 && key > 0 {
			s := math.Log(key / vc.p.ReferenceHz)
			shift += math.Max(-maxShiftLn, math.Min(maxShiftLn, s))
		}
		// The style's and the request's range scale the model's excursions around the voice's
		// neutral key (the mean of the phrase's voiced frames when the voice names none).
		rs, center := ph.RangeScale, math.Log(vc.p.ReferenceHz)
		if rs <= 0 {
			rs = 1
		}
		if vc.p.ReferenceHz <= 0 {
			center = 0
			for i := range idx {
				center += c[i] / float64(len(idx))
			}
		}
		for i, t := range idx {
			lf[t] = center + (c[i]-center)*rs + shift
		}
		if n := len(u.syls); n > 0 {
			nuc := n - 1
			for nuc > 0 && !u.syls[nuc].accent {
				nuc--
			}
			if !u.syls[nuc].accent {
				nuc = n - 1
			}
			endFromPlan(lf, fr, labStart[u.syls[nuc].first], fp, ph)
		}
	}
	if ph.Quality.Whisper >= 0.5 {
		// A whisper: every frame is excited by noise, through the same spectral envelope. The
		// excitation cannot mix pulses and noise in a frame (the voice has no aperiodicity
		// stream), so a whisper is all or nothing, from half up.
		for t := range fr {
			fr[t].voiced = false
		}
	}
	return nil
}

// phraseKey is the pitch level of the phrase: its planned key, or else the start of its contour
// (0 if it has neither).
func phraseKey(ph *prosody.Phrase) float64 {
	switch {
	case ph.KeyHz > 0:
		return ph.KeyHz
	case len(ph.F0) > 0:
		return ph.F0[0].Hz
	}
	return 0
}

// endVoicing makes voicing end with the phrase's last sonorant, and last to its end. A
// voiceless coda after it ([ps] of "sleeps", [t] of "restaurant") is voiceless, whatever the
// trees' voicing weights say near the pause (they leak pulses into the coda, heard as a buzz at
// an odd pitch); and the trees' last state often turns a final vowel into noise through the
// vowel's filter, a whisper whose resonances a listener (and a pitch tracker) hears as a squeak
// above the voice. labStart holds each label's first frame.
func endVoicing(fr []frameInfo, labs []lab, labStart []int) {
	set := func(i int, voiced bool) {
		end := len(fr)
		if i+1 < len(labStart) {
			end = labStart[i+1]
		}
		for t := labStart[i]; t < end; t++ {
			fr[t].voiced = voiced
		}
	}
	for i := len(labs) - 1; i >= 0; i-- {
		switch l := labs[i]; {
		case l.pau:
		case l.ph.IsSonorant():
			set(i, true)
			return
		case l.ph.Voiced():
			return
		default:
			set(i, false)
		}
	}
}

// endFromPlan gives the phrase's end the plan's movement: from the nuclear (last accented)
// syllable, starting at frame a0, the contour follows the plan's log-F0 movement from the
// voice's own value there, so the level and the voice's character stay and the shape of the
// nuclear accent and boundary tone is the plan's. The voice's log-F0 trees know only the end
// tones Festival's front end predicted for its training sentences (L-L%, L-H%, none): never the
// high rise of a yes/no question, and a final fall often left short of the speaker's low.
//
// A final fall ends as far below the voice's level as the plan's low lies below the plan's
// level (the levels are the phrase's mean log F0 over its voiced frames), not a fixed interval
// under the voice's value at the nucleus: the low of a statement is the bottom of the speaker's
// range, and a nucleus the trees put high would otherwise leave the end high too. Where the
// voice's nucleus lies further above the plan than the phrase does, the difference is taken off
// in step with the plan's fall, so the accent keeps the voice's height and the fall reaches the
// low where the plan does.
func endFromPlan(lf []float64, fr []frameInfo, a0, fp int, ph *prosody.Phrase) {
	a := a0
	for a < len(fr) && !fr[a].voiced {
		a++
	}
	if a >= len(fr) {
		return
	}
	z := len(fr) - 1
	for z > a && !fr[z].voiced {
		z--
	}
	base := lf[a]
	from := math.Log(ph.F0At(a * fp))
	to := math.Log(ph.F0At(z * fp))
	over := 0.0 // how much further the voice lies above the plan at the nucleus than overall
	if to < from {
		d, n := 0.0, 0
		for t := range fr {
			if fr[t].voiced {
				d += lf[t] - math.Log(ph.F0At(t*fp))
				n++
			}
		}
		over = math.Max(0, base-from-d/float64(n))
	}
	for t := a; t < len(fr); t++ {
		if fr[t].voiced {
			p := math.Log(ph.F0At(t * fp))
			lf[t] = base + p - from
			if over > 0 {
				lf[t] -= over * math.Max(0, math.Min(1, (from-p)/(from-to)))
			}
		}
	}
}

// modelDurations shares each word's samples among its phones in proportion to the durations
// the voice's duration model predicts for them (the sum of their state means).
func (vc *Vocoder) modelDurations(u *utterance, labels []string) {
	ns := vc.v.NumStates
	pred := make([]float64, len(u.labs))
	memo := &vc.memo
	for i, l := range u.labs {
		if l.pau {
			continue
		}
		memo.reset(vc.v, labels[i])
		if d := vc.v.Duration.find(labels[i], 0, memo); d != nil {
			for s := 0; s < ns; s++ {
				pred[i] += math.Max(1, float64(d[s]))
			}
		}
	}
	for i := 0; i < len(u.labs); {
		if u.labs[i].pau {
			i++
			continue
		}
		w := u.syls[u.labs[i].syl].word
		j := i
		total, ptotal := 0, 0.0
		for j < len(u.labs) && !u.labs[j].pau && u.syls[u.labs[j].syl].word == w {
			total += u.labs[j].samples
			ptotal += pred[j]
			j++
		}
		if ptotal > 0 {
			cum, prev := 0.0, 0
			for k := i; k < j; k++ {
				cum += pred[k]
				end := int(math.Floor(float64(total)*cum/ptotal + 0.5))
				if k == j-1 {
					end = total
				}
				u.labs[k].samples = end - prev
				prev = end
			}
		}
		i = j
	}
}

func resetMemo(m []uint8, n int) []uint8 {
	if cap(m) < n {
		return make([]uint8, n)
	}
	m = m[:n]
	clear(m)
	return m
}

// windowInside reports whether every frame a window reaches from frame t lies inside [0, F)
// and, when fr is given (the MSD stream), is voiced.
func windowInside(w []float64, t, F int, fr []frameInfo) bool {
	h := len(w) / 2
	for j := -h; j <= h; j++ {
		if j == 0 || w[j+h] == 0 {
			continue
		}
		u := t + j
		if u < 0 || u >= F {
			return false
		}
		if fr != nil && !fr[u].voiced {
			return false
		}
	}
	return true
}

// synth renders the generated frames (see wave.go), writing n samples.
func (vc *Vocoder) synth(ctx context.Context, n int, w audio.Writer) error {
	return vc.wave.render(ctx, vc, n, w)
}

// limit is a soft limiter: linear up to limitKnee, then saturating towards limitCeil.
func limit(x float64) float64 {
	a := math.Abs(x)
	if a <= limitKnee {
		return x
	}
	r := limitCeil - limitKnee
	y := limitKnee + r*math.Tanh((a-limitKnee)/r)
	return math.Copysign(y, x)
}

// NativeRate is the sample rate of the embedded slt voice; the engine resamples.
const NativeRate = 32000

// Factory validates the params of a voice using the embedded slt model and returns a
// constructor of its vocoders. The model is not loaded here: the first vocoder loads it (once
// per process), so a catalog listing the voice costs nothing until the voice speaks.
func Factory(sampleRate int, raw []byte) (func(seed uint64) (*Vocoder, error), error) {
	p, err := ParseParams(raw)
	if err != nil {
		return nil, err
	}
	if sampleRate != NativeRate {
		return nil, fmt.Errorf("hts: the slt voice renders at %d Hz only (asked for %d)", NativeRate, sampleRate)
	}
	return func(seed uint64) (*Vocoder, error) {
		v, err := Slt()
		if err != nil {
			return nil, err
		}
		return New(v, p, seed)
	}, nil
}
