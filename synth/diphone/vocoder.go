package diphone

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// NativeRate is the sample rate of the embedded databases and of every Vocoder New makes; the
// engine resamples.
const NativeRate = 16000

// ErrSampleRate reports a sample rate other than NativeRate.
var ErrSampleRate = errors.New("diphone: the embedded voices render at 16000 Hz only")

// Params tune the diphone vocoder. The zero value is the calibrated default.
type Params struct {
	// Voice names the embedded database: "kal" (the default, also meant by "") or "ked".
	Voice string `json:"voice"`
	// GainDB is added to the calibrated output level, in dB (−40 … +12).
	GainDB float64 `json:"gain_db"`
	// PitchScale multiplies the phrase's F0 contour (0 means 1; 0.5 … 2).
	PitchScale float64 `json:"pitch_scale"`
	// SourcePitch ignores the F0 contour and keeps the recorded pitch periods.
	SourcePitch bool `json:"source_pitch"`
	// JoinFrames is how many frames each side of a diphone join are blended to hide the
	// spectral step (0 means the default, 3; −1 turns smoothing off; at most 8).
	JoinFrames int `json:"join_frames"`
	// NoiseFloorDB is the RMS level, in dBFS, of a steady white noise floor added to the output
	// (room tone), −100 to −50; 0, the default, adds none, and pauses are then digitally silent
	// once their excitation has faded. The recordings the databases come from had one, but
	// the databases keep no pauses. It is not scaled by GainDB. Like the formant vocoder's, it
	// is for the recognizer more than for listeners: PocketSphinx estimates the background from
	// the quietest frames, and digital zeros are nothing it was trained on.
	NoiseFloorDB float64 `json:"noise_floor_db"`
}

// ParseParams reads Params from JSON; empty input gives the defaults. Unknown fields and
// out-of-range values are errors.
func ParseParams(raw []byte) (Params, error) {
	var p Params
	if len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return p, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Params{}, fmt.Errorf("diphone: params: %w", err)
	}
	if dec.More() {
		return Params{}, errors.New("diphone: params: trailing data after the JSON object")
	}
	if err := p.validate(); err != nil {
		return Params{}, err
	}
	return p, nil
}

func (p Params) validate() error {
	if _, ok := findEmbedded(p.Voice); !ok {
		return fmt.Errorf("diphone: params: voice %q is not an embedded voice (have %s)", p.Voice, strings.Join(Voices(), ", "))
	}
	switch {
	case math.IsNaN(p.GainDB) || p.GainDB < -40 || p.GainDB > 12:
		return fmt.Errorf("diphone: params: gain_db %v not in [-40, 12]", p.GainDB)
	case math.IsNaN(p.PitchScale) || p.PitchScale != 0 && (p.PitchScale < 0.5 || p.PitchScale > 2):
		return fmt.Errorf("diphone: params: pitch_scale %v not in [0.5, 2] (or 0 for 1)", p.PitchScale)
	case p.JoinFrames < -1 || p.JoinFrames > 8:
		return fmt.Errorf("diphone: params: join_frames %d not in [-1, 8]", p.JoinFrames)
	case math.IsNaN(p.NoiseFloorDB) || p.NoiseFloorDB != 0 && (p.NoiseFloorDB < minNoiseFloorDB || p.NoiseFloorDB > maxNoiseFloorDB):
		return fmt.Errorf("diphone: params: noise_floor_db %v not in [%v, %v] (or 0 for none)", p.NoiseFloorDB, minNoiseFloorDB, maxNoiseFloorDB)
	}
	return nil
}

// The range of Params.NoiseFloorDB when it is set: from the level of 16-bit quantization noise
// (about −101 dBFS RMS) to a floor that starts to mask weak frication.
const minNoiseFloorDB, maxNoiseFloorDB = -100.0, -50.0

// Synthesis constants.
const (
	blockSize    = 1024   // samples per Write
	maxHalf      = 400    // longest half window of a residual frame, samples
	minPeriod    = 40     // shortest target pitch period, samples (400 Hz)
	maxPeriod    = 320    // longest target pitch period, samples (50 Hz)
	silenceFade  = 320    // excitation in a pause fades to zero over this many samples from speech
	calibration  = 4.8e-5 // database units → full scale, before Params.GainDB
	limitKnee    = 0.7    // soft limiter: linear below, saturating towards limitCeil above
	limitCeil    = 0.885  // just under −1 dBFS
	maxLevelStep = 8.0    // largest level step (dB) at a join that smoothing corrects
	maxEvenDB    = 3.0    // largest change (dB) evenCycles makes to one cycle
	// whisperNoise scales the noise that replaces a voiced frame's residual in a whisper, per
	// unit of the residual's RMS: set so that a whispered sentence measures about as loud as
	// the voiced one (the style's gain then makes it softer).
	whisperNoise = 2.5
	// whisperBandwidthHz widens every resonance of a full whisper's filter: whispered vowels
	// measure formant bandwidths of the order of 100–200 Hz wider than voiced ones (the glottis
	// stays open, so the trachea's losses reach the vocal tract); the middle of that span. Without
	// it, noise through a high vowel's narrow F1 rings nearly periodically and is heard (and
	// tracked) as voicing at F1.
	whisperBandwidthHz = 150.0
	floorSeed          = 0x6e6f697365666c72 // mixed into the seed of the noise floor's generator
)

// Vocoder renders prosodic phrases with a diphone voice by residual-excited LPC and
// pitch-synchronous overlap-add. One Vocoder serves one utterance: it keeps filter, pitchmark
// and overlap-add state between phrases so consecutive phrases join smoothly. It is not safe
// for concurrent use.
type Vocoder struct {
	voice *Voice
	p     Params
	gain  float64
	join  int
	log   *slog.Logger

	// State carried between phrases.
	prevLeft  string    // diphone-left name of the previous phrase's last segment
	nextPM    float64   // next target pitchmark, relative to the next phrase's start
	lastK     []float64 // reflection coefficients in force at the end of the last phrase
	lat       lattice
	tail      []float64 // overlap-add excitation spilling into the next phrase
	dcX, dcY  float64   // DC blocker state
	tX, tY    float64   // tilt filter state (high-pass input and output)
	rng       *rand.PCG // breath noise
	lastNoise float64
	// The noise floor (Params.NoiseFloorDB): amplitude of its uniform noise (0: none) and its
	// own generator, so that it leaves the breath noise's sequence as it was.
	floor      float64
	floorNoise dsp.Noise

	// Scratch, reused.
	frames []srcFrame
	segs   []segPlan
	ks     []float64
	gains  []float64 // per frame of v.frames: join level correction, linear
	pend   []float64
	pms    []targetPM
	levels []float64 // per frame of v.frames: level of its cycle, dB (NaN outside voiced sonorants)
	even   []float64 // per frame of v.frames: gain evening its level with its neighbours'
	noEven bool      // leave cycle levels as recorded (tests)
	out    []float32
	kcur   []float64
}

// New makes a vocoder for the embedded voice p.Voice (kal unless it says otherwise), decoding
// the voice on its first use. sampleRate must be NativeRate. The seed drives the breath noise
// (Phrase.Quality.Breath); the same seed gives the same output.
func New(sampleRate int, p Params, seed uint64) (*Vocoder, error) {
	if sampleRate != NativeRate {
		return nil, fmt.Errorf("%w (asked for %d)", ErrSampleRate, sampleRate)
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	v, err := EmbeddedVoice(p.Voice)
	if err != nil {
		return nil, err
	}
	voc, err := NewWithVoice(v, p)
	if err != nil {
		return nil, err
	}
	voc.rng = rand.NewPCG(seed, 0x6b616c)
	voc.floorNoise = dsp.NewNoise(seed ^ floorSeed)
	return voc, nil
}

// NewWithVoice makes a vocoder for any prepared voice at the voice's own sample rate (p.Voice,
// which names an embedded voice for New, must still be valid and is otherwise not used).
func NewWithVoice(v *Voice, p Params) (*Vocoder, error) {
	if v == nil {
		return nil, errors.New("diphone: nil voice")
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	if p.PitchScale == 0 {
		p.PitchScale = 1
	}
	join := p.JoinFrames
	switch join {
	case 0:
		join = 3
	case -1:
		join = 0
	}
	o := v.Order
	floor := 0.0
	if p.NoiseFloorDB != 0 {
		floor = math.Sqrt(3) * dsp.DBToAmplitude(p.NoiseFloorDB) // uniform noise on [−1, 1) has an RMS of 1/√3
	}
	return &Vocoder{
		voice:      v,
		p:          p,
		gain:       calibration * dsp.DBToAmplitude(p.GainDB),
		join:       join,
		log:        slog.Default(),
		prevLeft:   "pau",
		lastK:      make([]float64, o),
		lat:        newLattice(o),
		out:        make([]float32, blockSize),
		kcur:       make([]float64, o),
		rng:        rand.NewPCG(0, 0x6b616c),
		floor:      floor,
		floorNoise: dsp.NewNoise(floorSeed),
	}, nil
}

// SetLogger sets where warnings (missing diphones) go; the default is slog.Default().
func (v *Vocoder) SetLogger(l *slog.Logger) {
	if l != nil {
		v.log = l
	}
}

// srcFrame is one source LPC frame in a phrase's concatenated unit sequence.
type srcFrame struct {
	unit  int     // database unit holding the frame
	local int     // frame index within the unit
	t     float64 // source time within its segment, samples
	join  bool    // a join precedes this frame (it does not continue the previous one)
	seg   int     // index into Vocoder.segs
}

// segPlan maps one target segment onto its source frames.
type segPlan struct {
	start, n     int     // target samples
	f0, nf       int     // frames [f0, f0+nf) of Vocoder.frames
	src          float64 // source duration, samples
	voiced       bool
	sonorant     bool
	silent       bool
	fadeL, fadeR bool // speech adjoins on the left / right (for pause fading)
}

// targetPM is one output pitchmark waiting to be filtered through.
type targetPM struct {
	pos   float64
	frame int
}

// Render synthesises ph, writing exactly ph.Samples() samples in blocks of at most 1024.
func (v *Vocoder) Render(ctx context.Context, ph *prosody.Phrase, w audio.Writer) error {
	if ph == nil {
		return errors.New("diphone: nil phrase")
	}
	if w == nil {
		return errors.New("diphone: nil writer")
	}
	for i, s := range ph.Segments {
		if s.Samples < 0 {
			return fmt.Errorf("diphone: segment %d has negative duration %d", i, s.Samples)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	n := ph.Samples()
	if n == 0 {
		return nil
	}
	v.plan(ph)
	return v.synth(ctx, ph, n, w)
}

// plan chooses units and source frames for every segment and smooths the joins.
func (v *Vocoder) plan(ph *prosody.Phrase) {
	segs := make([]prosody.Segment, 0, len(ph.Segments))
	for _, s := range ph.Segments {
		if s.Samples > 0 {
			segs = append(segs, s)
		}
	}
	names := phraseNames(segs, v.voice.rules)
	voice := v.voice
	v.frames = v.frames[:0]
	v.segs = v.segs[:0]
	// Unit i joins segment i-1 (or the previous phrase) and segment i (or a final pause).
	choices := make([]unitChoice, len(segs)+1)
	for i := range choices {
		l := v.prevLeft
		if i > 0 {
			l = names[i-1].left
		}
		r := "pau"
		if i < len(segs) {
			r = names[i].right
		} else if i > 0 && baseName(segs[i-1]) != "pau" {
			// The phrase runs on into the next one: end its last phone as in running
			// speech (before a schwa) rather than as before a pause.
			r = "ax"
		}
		c := voice.resolve(l, r)
		if c.fallback == "default" {
			v.log.Warn("diphone: missing diphone, using the default", "diphone", l+"-"+r)
		}
		choices[i] = c
	}
	pos := 0
	for i, s := range segs {
		sp := segPlan{start: pos, n: s.Samples, f0: len(v.frames)}
		pos += s.Samples
		sp.silent = baseName(s) == "pau"
		sp.voiced = s.Phone.Voiced() && !sp.silent
		sp.sonorant = s.Phone.IsSonorant()
		if sp.silent {
			sp.fadeL = i > 0 && baseName(segs[i-1]) != "pau"
			sp.fadeR = i+1 < len(segs) && baseName(segs[i+1]) != "pau"
		}
		// Right half of unit i, then left half of unit i+1.
		ru := voice.units[choices[i].right]
		mid := voice.pm[ru.frame0+ru.middle]
		for j := ru.middle + 1; j < ru.nf; j++ {
			v.frames = append(v.frames, srcFrame{unit: choices[i].right, local: j,
				t: float64(voice.pm[ru.frame0+j] - mid), seg: i})
		}
		rdur := float64(voice.pm[ru.frame0+ru.nf-1] - mid)
		lu := voice.units[choices[i+1].left]
		for j := 0; j <= lu.middle; j++ {
			v.frames = append(v.frames, srcFrame{unit: choices[i+1].left, local: j,
				t: rdur + float64(voice.pm[lu.frame0+j]), seg: i})
		}
		sp.src = rdur + float64(voice.pm[lu.frame0+lu.middle])
		sp.nf = len(v.frames) - sp.f0
		v.segs = append(v.segs, sp)
	}
	if len(segs) > 0 {
		v.prevLeft = names[len(segs)-1].left
	}
	// A frame continues the previous one when it is the next frame of the same unit.
	for i := range v.frames {
		if i == 0 {
			v.frames[i].join = true
			continue
		}
		a, b := v.frames[i-1], v.frames[i]
		v.frames[i].join = !(a.unit == b.unit && b.local == a.local+1)
	}
	v.smoothJoins()
	v.evenCycles()
}

// smoothJoins loads every frame's reflection coefficients and spreads the step at each join
// linearly over v.join frames on either side, meeting at the midpoint.
func (v *Vocoder) smoothJoins() {
	o := v.voice.Order
	nf := len(v.frames)
	if cap(v.ks) < nf*o {
		v.ks = make([]float64, nf*o)
	}
	v.ks = v.ks[:nf*o]
	if cap(v.gains) < nf {
		v.gains = make([]float64, nf)
	}
	v.gains = v.gains[:nf]
	for i, f := range v.frames {
		g := v.voice.units[f.unit].frame0 + f.local
		for j := 0; j < o; j++ {
			v.ks[i*o+j] = float64(v.voice.refl[g*o+j])
		}
		v.gains[i] = 0
	}
	if v.join == 0 {
		for i := range v.gains {
			v.gains[i] = 1
		}
		return
	}
	// Level steps at joins inside sonorants, in dB, spread like the coefficients (limited to
	// ±maxLevelStep). Joins in stops, fricatives and pauses keep their levels: there the
	// estimate is unreliable and steps are often real.
	for i := 1; i < nf; i++ {
		if !v.frames[i].join || v.frames[i].seg != v.frames[i-1].seg || !v.segs[v.frames[i].seg].sonorant {
			continue
		}
		a := v.voice.frameIndex(v.frames[i-1].unit, v.frames[i-1].local)
		b := v.voice.frameIndex(v.frames[i].unit, v.frames[i].local)
		d := float64(v.voice.level[b] - v.voice.level[a])
		d = math.Max(-maxLevelStep, math.Min(maxLevelStep, d))
		for s := 0; s < v.join; s++ {
			w := 0.5 * (1 - float64(s)/float64(v.join))
			l, r := i-1-s, i+s
			if l >= 0 && (s == 0 || !v.frames[l+1].join) {
				v.gains[l] += w * d
			}
			if r < nf && (s == 0 || !v.frames[r].join) {
				v.gains[r] -= w * d
			}
		}
	}
	for i := range v.gains {
		v.gains[i] = dsp.DBToAmplitude(v.gains[i])
	}
	raw := append([]float64(nil), v.ks...)
	for i := 1; i < nf; i++ {
		if !v.frames[i].join {
			continue
		}
		// Spread over frames on each side, but not past the neighbouring joins.
		for j := 0; j < o; j++ {
			d := raw[i*o+j] - raw[(i-1)*o+j]
			for s := 0; s < v.join; s++ {
				w := 0.5 * (1 - float64(s)/float64(v.join))
				l, r := i-1-s, i+s
				if l >= 0 && (s == 0 || !v.frames[l+1].join) {
					v.ks[l*o+j] += w * d
				}
				if r < nf && (s == 0 || !v.frames[r].join) {
					v.ks[r*o+j] -= w * d
				}
			}
		}
	}
	for i := range v.ks {
		v.ks[i] = math.Max(-maxReflection, math.Min(maxReflection, v.ks[i]))
	}
}

// synth generates the pitchmarks, overlap-adds the residual and filters it, block by block.
func (v *Vocoder) synth(ctx context.Context, ph *prosody.Phrase, n int, w audio.Writer) error {
	voice := v.voice
	o := voice.Order
	// Pending excitation covers [blockStart, blockStart+len(pend)).
	if cap(v.pend) < 2*blockSize+2*maxHalf+maxPeriod {
		v.pend = make([]float64, 2*blockSize+2*maxHalf+maxPeriod)
	}
	pend := v.pend[:cap(v.pend)]
	clear(pend)
	copy(pend, v.tail)
	v.tail = v.tail[:0]

	v.pms = v.pms[:0]
	pmPos := v.nextPM
	effort := math.Max(-1, math.Min(1, ph.Quality.Effort))
	if math.IsNaN(effort) {
		effort = 0
	}
	breath := math.Max(0, math.Min(1, ph.Quality.Breath))
	if math.IsNaN(breath) {
		breath = 0
	}
	whisper := math.Max(0, math.Min(1, ph.Quality.Whisper))
	if math.IsNaN(whisper) {
		whisper = 0
	}
	effortGain := dsp.DBToAmplitude(3 * effort) // +3 dB at full effort
	// A whisper's open glottis couples the vocal tract to the trachea, which widens its
	// resonances' bandwidths: whisperBandwidthHz at a full whisper, through poles drawn in.
	damp := math.Exp(-math.Pi * whisperBandwidthHz * whisper / float64(voice.SampleRate))
	seg := 0
	genDone := len(v.segs) == 0
	// Coefficient interpolation: from (aPos, aK) to the next queued pitchmark.
	aPos := 0.0
	aK := append([]float64(nil), v.lastK...)
	qi := 0 // next pitchmark in v.pms to interpolate towards

	for bs := 0; bs < n; bs += blockSize {
		if err := ctx.Err(); err != nil {
			return err
		}
		be := min(n, bs+blockSize)
		// Generate every pitchmark whose window can reach this block.
		for !genDone && pmPos < float64(be+maxHalf) {
			if pmPos >= float64(n) {
				genDone = true
				break
			}
			ip := int(pmPos)
			for seg+1 < len(v.segs) && ip >= v.segs[seg].start+v.segs[seg].n {
				seg++
			}
			sp := &v.segs[seg]
			fi := v.pickFrame(sp, pmPos)
			fr := v.frames[fi]
			u := voice.units[fr.unit]
			g := u.frame0 + fr.local
			pm := int(voice.pm[g])
			prev := 0
			if fr.local > 0 {
				prev = int(voice.pm[g-1])
			}
			next := u.resLen
			if fr.local+1 < u.nf {
				next = int(voice.pm[g+1])
			}
			srcPeriod := float64(pm - prev)
			period := srcPeriod
			if sp.voiced && !v.p.SourcePitch {
				if f0 := ph.F0At(ip) * v.p.PitchScale; f0 > 0 {
					period = float64(NativeRate) / f0
				}
			}
			period = math.Max(minPeriod, math.Min(maxPeriod, period))
			amp := v.gain * v.gains[fi] * v.even[fi] * v.excitationGain(sp, ip)
			if amp > 0 {
				pulse, noise, white := 1.0, 0.0, 0.0
				if breath > 0 && sp.voiced {
					// Breathiness: weaker pulses plus noise at the frame's residual level.
					pulse = 1 - 0.4*breath
					noise = 2 * breath * float64(voice.resRMS[g])
				}
				if whisper > 0 && sp.voiced {
					// A whisper: the recorded voicing gives way to noise at its level, through
					// the same vocal-tract filter.
					pulse *= 1 - whisper
					white = whisperNoise * whisper * float64(voice.resRMS[g])
				}
				v.overlapAdd(pend, bs, ip, u, pm, min(pm-prev, maxHalf), min(next-pm, maxHalf), amp*effortGain, pulse, noise, white)
			}
			v.pms = append(v.pms, targetPM{pos: float64(ip), frame: fi})
			pmPos += period
		}
		// Filter the block.
		out := v.out[:be-bs]
		for i := range out {
			t := float64(bs + i)
			// Advance the interpolation segment.
			for qi < len(v.pms) && v.pms[qi].pos <= t {
				aPos = v.pms[qi].pos
				copy(aK, v.ks[v.pms[qi].frame*o:(v.pms[qi].frame+1)*o])
				qi++
			}
			k := v.kcur
			if qi < len(v.pms) {
				bp := v.pms[qi]
				bK := v.ks[bp.frame*o : (bp.frame+1)*o]
				f := (t - aPos) / (bp.pos - aPos)
				for j := range k {
					k[j] = aK[j] + f*(bK[j]-aK[j])
				}
			} else {
				copy(k, aK)
			}
			var x float64
			if whisper > 0 {
				x = v.lat.stepDamped(pend[i], k, damp)
			} else {
				x = v.lat.step(pend[i], k)
			}
			// DC blocker, spectral tilt for vocal effort, then the soft limiter.
			y := x - v.dcX + 0.995*v.dcY
			v.dcX, v.dcY = x, y
			y = v.tilt(y, effort)
			if v.floor != 0 {
				y += v.floor * v.floorNoise.Uniform()
			}
			out[i] = float32(softLimit(y))
		}
		if err := w.Write(out); err != nil {
			return err
		}
		// Shift the pending excitation by one block.
		used := be - bs
		copy(pend, pend[used:])
		clear(pend[len(pend)-used:])
	}
	// Carry state into the next phrase.
	v.tail = append(v.tail[:0], pend[:2*maxHalf]...)
	v.nextPM = pmPos - float64(n)
	if v.nextPM < 0 {
		v.nextPM = 0
	}
	if len(v.pms) > 0 {
		last := v.pms[len(v.pms)-1]
		copy(v.lastK, v.ks[last.frame*o:(last.frame+1)*o])
	}
	return nil
}

// evenCycles evens out the levels of successive voiced cycles. A recorded period's grain is
// reused at a new period: period-to-period fluctuation of the recording (shimmer, and the
// alternating strong and weak pulses of creaky, phrase-final voicing) then recurs at the new
// rate, and where frames advance about one a cycle a strong-weak alternation makes every
// second cycle alike, which a listener hears as roughness and a pitch tracker reads an octave
// low. So each source frame of a voiced sonorant takes the binomial average of its own and its
// neighbours' levels within its unit (grain energy times filter gain, in dB; joins have their
// own level correction), at most maxEvenDB away from its own; frames repeated or skipped at
// the new pitch then all carry a smooth level. The binomial averages (1 4 6 4 1 and 1 2 1)
// keep a steady rise or fall and remove a strong-weak alternation entirely; a unit's first and
// last frames are averaged with their one neighbour.
func (v *Vocoder) evenCycles() {
	nf := len(v.frames)
	if cap(v.even) < nf {
		v.even = make([]float64, nf)
	}
	v.even = v.even[:nf]
	lv := v.levels[:0]
	for i, f := range v.frames {
		v.even[i] = 1
		sp := &v.segs[f.seg]
		if !sp.voiced || !sp.sonorant {
			lv = append(lv, math.NaN())
			continue
		}
		lv = append(lv, float64(v.voice.grain[v.voice.frameIndex(f.unit, f.local)]))
	}
	v.levels = lv
	if v.noEven {
		return
	}
	// run reports whether frames lo..hi are successive voiced frames of one unit.
	run := func(lo, hi int) bool {
		if lo < 0 || hi >= len(lv) {
			return false
		}
		for j := lo; j <= hi; j++ {
			if math.IsNaN(lv[j]) || j > lo && v.frames[j].join {
				return false
			}
		}
		return true
	}
	for i := range lv {
		if math.IsNaN(lv[i]) {
			continue
		}
		// The five-frame average where the unit's frames reach that far, else three, mirrored
		// at the unit's first and last frames.
		var s float64
		switch {
		case run(i-2, i+2):
			s = (lv[i-2] + 4*lv[i-1] + 6*lv[i] + 4*lv[i+1] + lv[i+2]) / 16
		case run(i-1, i+1):
			s = (lv[i-1] + 2*lv[i] + lv[i+1]) / 4
		case run(i, i+1):
			s = (lv[i] + lv[i+1]) / 2
		case run(i-1, i):
			s = (lv[i-1] + lv[i]) / 2
		default:
			continue
		}
		v.even[i] = dsp.DBToAmplitude(math.Max(-maxEvenDB, math.Min(maxEvenDB, s-lv[i])))
	}
}

// pickFrame returns the index (into v.frames) of the segment's source frame nearest to the
// source time that target position pos maps to.
func (v *Vocoder) pickFrame(sp *segPlan, pos float64) int {
	// Proportional time map. (Keeping stop releases at their recorded length instead was
	// tried: it raised the recognizer's word error rate by about 2 points.)
	rel := math.Max(0, math.Min(1, (pos-float64(sp.start))/float64(sp.n)))
	st := rel * sp.src
	best, bestD := sp.f0, math.Inf(1)
	for i := sp.f0; i < sp.f0+sp.nf; i++ {
		d := math.Abs(v.frames[i].t - st)
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// excitationGain is 1 in speech and fades to 0 inside pauses, away from adjoining speech.
func (v *Vocoder) excitationGain(sp *segPlan, pos int) float64 {
	if !sp.silent {
		return 1
	}
	g := 0.0
	if sp.fadeL {
		g = math.Max(g, 1-float64(pos-sp.start)/silenceFade)
	}
	if sp.fadeR {
		g = math.Max(g, 1-float64(sp.start+sp.n-pos)/silenceFade)
	}
	return g
}

// overlapAdd adds the residual of unit u around pitchmark pm, windowed by an asymmetric Hann
// window of half-lengths lw and rw, centred at target sample pos.
func (v *Vocoder) overlapAdd(pend []float64, bs, pos int, u unit, pm, lw, rw int, amp, pulse, noise, white float64) {
	res := v.voice.residual[u.res0 : u.res0+u.resLen]
	add := func(d int, w float64) {
		i, r := pos+d-bs, pm+d
		if i < 0 || i >= len(pend) || r < 0 || r >= len(res) {
			return
		}
		x := pulse * float64(muLawTable[res[r]])
		if noise > 0 {
			x += noise * v.noise()
		}
		if white > 0 {
			x += white * v.whiteNoise()
		}
		pend[i] += amp * w * x
	}
	// Each half is 0.5·(1+cos θ), θ running from 0 at the pitchmark to ±π at the ends; cos θ
	// comes from a rotation recurrence instead of a call per sample.
	for _, h := range [2]struct{ n, dir, from int }{{rw, 1, 0}, {lw, -1, 1}} {
		if h.n < 1 {
			continue
		}
		delta := math.Pi / float64(h.n)
		cd, sd := math.Cos(delta), math.Sin(delta)
		c, s := 1.0, 0.0
		if h.from == 1 {
			c, s = cd, sd
		}
		for m := h.from; m < h.n; m++ {
			add(h.dir*m, 0.5*(1+c))
			c, s = c*cd-s*sd, s*cd+c*sd
		}
	}
}

// noise returns high-passed noise (the first difference of uniform noise, unit variance) from
// the vocoder's seeded generator: aspiration noise is weak at low frequencies.
func (v *Vocoder) noise() float64 {
	n := v.uniform() * math.Sqrt(1.5)
	d := n - v.lastNoise
	v.lastNoise = n
	return d
}

// whiteNoise returns white noise of unit variance from the vocoder's seeded generator: a
// whisper's source, turbulence at the glottis, is broadband, not weak at low frequencies as
// breath beside voicing is.
func (v *Vocoder) whiteNoise() float64 { return v.uniform() * math.Sqrt(3) }

// uniform returns uniform noise on [-1, 1) from the vocoder's seeded generator.
func (v *Vocoder) uniform() float64 { return float64(v.rng.Uint64()>>11)*(1.0/(1<<53))*2 - 1 }

// tilt applies the vocal-effort spectral tilt, a high shelf above about 1 kHz: +6 dB at full
// positive effort, −6 dB at full negative effort, unity below. Its state runs across phrases.
func (v *Vocoder) tilt(x, effort float64) float64 {
	const alpha = 0.675 // exp(−2π·1000/16000): one-pole high-pass corner near 1 kHz
	hp := alpha * (v.tY + x - v.tX)
	v.tX, v.tY = x, hp
	g := effort
	if g < 0 {
		g *= 0.5
	}
	return x + g*hp
}

// softLimit is the identity below limitKnee and saturates smoothly towards limitCeil.
func softLimit(x float64) float64 {
	a := math.Abs(x)
	if a <= limitKnee {
		return x
	}
	r := limitCeil - limitKnee
	y := limitKnee + r*math.Tanh((a-limitKnee)/r)
	if x < 0 {
		return -y
	}
	return y
}
