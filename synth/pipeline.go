package synth

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// The pipeline, stage by stage. Each stage is a package whose output is printable data:
//
//	request  → resolve    validate; pick each part's voice and style; parse inline tags (markup)
//	text     → sentences  split, normalize to spoken-form words (text), pronounce them (g2p)
//	words    → phrases    weak forms of function words (postlex.go); phrasing, durations and F0 (prosody.Plan)
//	phrases  → groups     runs of phrases one vocoder renders in turn (plan, below)
//	groups   → samples    the voice's Vocoder, streamed or rendered ahead (render.go)
//	samples  → sink       gain → resampler → Sink, with word timings (render.go)
//
// Synthesize runs them; plan runs the front end and prosody, render.go the vocoders and output.

// leadInMillis is the silence before the first word of an utterance, so players that start
// mid-buffer do not clip the onset.
const leadInMillis = 60

// Synthesize renders req into sink, phrase by phrase: the first audio is written while later
// sentences are still text. It returns the totals, or the first error (ctx's error if cancelled,
// an *AudioLimitError once the next phrase would take the audio past the request's limit).
func (e *Engine) Synthesize(ctx context.Context, req Request, sink Sink) (Summary, error) {
	parts, rate, err := e.resolve(ctx, req)
	if err != nil {
		return Summary{}, err
	}
	r := e.newRender(&req, rate, sink)
	err = r.run(ctx, func(ctx context.Context, emit func(*group) error) error {
		return r.plan(ctx, parts, emit)
	})
	if err == nil {
		err = r.finishSegment()
	}
	// run has waited for the planner, the only writer of r.dropped.
	return Summary{Samples: r.out.n, SampleRate: rate, Dropped: r.dropped}, err
}

// Validate checks a request without synthesizing it and returns the output sample rate.
func (e *Engine) Validate(req Request) (int, error) {
	_, rate, err := e.resolve(context.Background(), req)
	return rate, err
}

// resolved is a validated part.
type resolved struct {
	Part
	index int // in Request.Parts
	entry *voiceEntry
	style voices.Style
	src   *partSource // the text the front end reads (markup parsed when Part.Markup is set)
	// prosody is an SSML run's <prosody>: rate, pitch and level relative to the request's.
	prosody markup.Prosody
}

// resolve is the first stage: it validates req and resolves every part's voice, style and
// markup. It returns the parts and the output sample rate.
func (e *Engine) resolve(ctx context.Context, req Request) ([]resolved, int, error) {
	if err := req.validateScalars(); err != nil {
		return nil, 0, err
	}
	if err := req.validateText(); err != nil {
		return nil, 0, err
	}
	out := make([]resolved, 0, len(req.Parts))
	for i, p := range req.Parts {
		name := p.Voice
		if name == "" {
			name = e.catalog.Default().Name
		}
		ent, ok := e.entry(name)
		if !ok {
			return nil, 0, notFoundPart(i, FieldVoice, "no voice named %q; available voices: %s", p.Voice, strings.Join(e.catalog.Names(), ", "))
		}
		st, ok := e.catalog.Style(p.Style)
		if !ok {
			return nil, 0, notFoundPart(i, FieldStyle, "no style named %q; available styles: %s", p.Style, strings.Join(e.catalog.StyleNames(), ", "))
		}
		if p.SSML {
			runs, err := e.resolveSSML(i, p, ent, st)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, runs...)
			continue
		}
		r := resolved{Part: p, index: i, entry: ent, style: st}
		if p.Markup {
			spans, err := markup.Parse(p.Text)
			if err != nil {
				return nil, 0, invalidPart(i, FieldText, "%v", err)
			}
			r.src = newMarkupSource(p.Text, spans)
		} else {
			r.src = newPlainSource(p.Text)
		}
		out = append(out, r)
	}
	// Nothing to say is an error before any audio: read each part as far as its first word.
	var dropped text.Dropped
	ok, err := e.speakable(ctx, e.lexicon, out, &dropped)
	if err != nil {
		return nil, 0, err
	}
	if !ok {
		whole := -1
		if len(out) == 1 {
			whole = 0
		}
		if dropped.Empty() {
			return nil, 0, invalidPart(whole, FieldText, "has nothing to say: no words, only punctuation, symbols without a reading or pauses")
		}
		return nil, 0, invalidPart(whole, FieldText, "has nothing the voices can say: they cannot read %s", dropped.String())
	}
	rate := req.SampleRate
	if rate == 0 {
		rate = e.firstVoice(req).voice.SampleRate
	}
	return out, rate, nil
}

// plan runs the front end and prosody over every part in order and emits the groups. It owns the
// prosody seeds and the vocoder seeds (through the grouper), so the plan is the same however it
// is rendered.
func (r *render) plan(ctx context.Context, parts []resolved, emit func(*group) error) error {
	pl := r.newPlanner(emit)
	for i := range parts {
		pl.begin(&parts[i], i == 0)
		if err := pl.feed(ctx, &parts[i], false); err != nil {
			return err
		}
		if err := pl.end(); err != nil {
			return err
		}
	}
	return nil
}

// planner is the state of plan across parts, and across the pieces of text of a part that
// arrives in pieces (Stream): a part is begun, fed its text once or piece by piece, and ended.
type planner struct {
	r           *render
	gr          grouper
	prosodySeed uint64

	// The current part.
	rate        int // the voice's native rate
	leadSamples int // silence waiting for the next phrase
	pv          prosody.Voice
	po          prosody.Options
	strong      bool           // the voice keeps function words' strong forms (voices.Prosody.StrongForms)
	keep        []string       // the function words the voice keeps strong (voices.Prosody.StrongWords)
	marks       []sentenceMark // marks waiting for a word (after a sentence without words)
	// open, when set, makes a sentence that does not end with sentence-final punctuation end
	// with the break its punctuation asks for, so it sounds continued (a clause cut off by
	// the stream's wait policy).
	open bool
}

func (r *render) newPlanner(emit func(*group) error) *planner {
	return &planner{r: r, gr: grouper{emit: emit, trail: map[string]int{}, limit: r.maxAudio}}
}

// begin starts part p; first says it is the request's first part (which gets the lead-in).
func (pl *planner) begin(p *resolved, first bool) {
	pl.rate = p.entry.voice.SampleRate
	pl.gr.startPart(p)
	lead := p.PauseBefore // ms of silence before the part's first phrase
	if first {
		lead += leadInMillis
	}
	pl.leadSamples = lead * pl.rate / 1000
	pl.pv, pl.po = prosodyOptions(pl.r.req, p)
	pl.strong = p.entry.voice.Prosody.StrongForms
	pl.keep = p.entry.voice.Prosody.StrongWords
	pl.marks = nil
}

// feed plans the sentences of p's text (all of it, or the piece p.src holds).
func (pl *planner) feed(ctx context.Context, p *resolved, open bool) error {
	r := pl.r
	wantMarks := r.req.Events&EventMarks != 0
	rate := pl.rate
	if p.entry.timer != nil && pl.pv.Timer == nil {
		t, err := p.entry.timer()
		if err != nil {
			return err
		}
		pl.pv.Timer = t
	}
	// text → sentences of pronounced words
	return r.e.sentences(ctx, r.lexFor(p.entry), p, &r.dropped, func(s sentence) error {
		pl.leadSamples += s.pauseBefore * rate / 1000
		if wantMarks && len(pl.marks) > 0 {
			for i := range pl.marks {
				pl.marks[i].Word = 0
			}
			s.marks = append(pl.marks, s.marks...)
			pl.marks = nil
		}
		if len(s.Words) == 0 {
			if wantMarks {
				pl.marks = append(pl.marks, s.marks...)
			}
			return nil
		}
		if open && s.open {
			last := &s.Words[len(s.Words)-1]
			last.Break = max(text.Minor, s.trail)
		}
		// words → phrases
		pl.prosodySeed++
		pl.po.Seed = pl.prosodySeed
		ws := s.Words
		if !pl.strong {
			ws = reduceWeakForms(ws, pl.keep)
		}
		phrases, err := prosody.Plan(ws, s.Kind, pl.pv, pl.po)
		if err != nil {
			return fmt.Errorf("synth: prosody: %w", err)
		}
		// phrases → groups
		wi := 0 // index into s.Words across the sentence's phrases (one WordSpan per word)
		for k := range phrases {
			ph := phrases[k]
			if pl.leadSamples > 0 {
				ph.PrependSilence(pl.leadSamples)
				pl.leadSamples = 0
			}
			var refs []tokenRef
			if r.req.WordTimings {
				refs = make([]tokenRef, len(ph.Words))
				for j := range ph.Words {
					refs[j] = s.tokenRef(wi + j)
				}
			}
			var mp []markPos
			if wantMarks {
				mp = placeMarks(s, &ph, wi, k == len(phrases)-1)
			}
			wi += len(ph.Words)
			if err := pl.gr.add(ph, refs, mp); err != nil {
				return err
			}
		}
		return nil
	})
}

// end finishes the current part: pauses or marks with nothing after them, then its last group.
func (pl *planner) end() error {
	if pl.leadSamples > 0 || len(pl.marks) > 0 {
		var ph prosody.Phrase
		if pl.leadSamples > 0 {
			ph.PrependSilence(pl.leadSamples)
		}
		var mp []markPos
		for _, m := range pl.marks {
			mp = append(mp, markPos{name: m.Name, pos: ph.Samples()})
		}
		pl.leadSamples, pl.marks = 0, nil
		if err := pl.gr.add(ph, nil, mp); err != nil {
			return err
		}
	}
	return pl.gr.endPart()
}

// prosodyOptions are the prosody model's inputs for part p of req: the voice's own, then the
// request's and the style's adjustments.
func prosodyOptions(req *Request, p *resolved) (prosody.Voice, prosody.Options) {
	v := p.entry.voice
	pv := prosody.Voice{BaseHz: v.Prosody.BaseHz, RangeSemitones: v.Prosody.RangeSemitones, Tempo: v.Prosody.Tempo,
		VowelScale: v.Prosody.VowelScale, ConsonantScale: v.Prosody.ConsonantScale,
		Durations: v.Prosody.Durations, Intonation: v.Prosody.Intonation, Phrasing: v.Prosody.Phrasing, Reduction: v.Prosody.Reduction, F0Mean: v.Prosody.F0MeanHz, F0Std: v.Prosody.F0StdHz}
	po := prosody.Options{
		SampleRate:     v.SampleRate,
		Rate:           prosodyRate(req.rate()*p.style.RateScale, p.prosody),
		PitchSemitones: prosodyPitch(req.PitchSemitones+p.style.PitchSemitones, p.prosody),
		RangeScale:     math.Min(p.style.RangeScale*p.prosody.RangeScale(), 4),
		Effort:         p.style.Effort,
		Breath:         p.style.Breath,
		Whisper:        p.style.Whisper,
	}
	return pv, po
}

// A request is rendered as a sequence of groups. A group is a run of phrases of one part that one
// vocoder renders in turn, so they join seamlessly. A new group starts wherever the voice's
// previous phrase ended with at least resetMillis of silence (commas, sentence ends, breaks): the
// old vocoder's filters have rung out in its own output by then, so the next phrase starts on a
// fresh vocoder, seeded by the group's ordinal. Groups therefore do not depend on each other and
// may be rendered concurrently, and the output is the same whatever the concurrency, because the
// grouping and the seeds come from the plan alone.
const resetMillis = 100

// plannedPhrase is a phrase ready for a vocoder, with the input token of each of its words.
type plannedPhrase struct {
	ph     prosody.Phrase
	tokens []tokenRef // per ph.Words (nil unless word timings were asked for)
	marks  []markPos  // SSML marks in the phrase (nil unless asked for)
}

// tokenRef ties a word to its token: a word event spans its token's first word to its last.
type tokenRef struct {
	tok         *Token
	first, last bool // the token's first and last word
}

// tokenRef returns word i's token reference.
func (s *sentence) tokenRef(i int) tokenRef {
	if i >= len(s.TokenOf) {
		return tokenRef{}
	}
	k := s.TokenOf[i]
	return tokenRef{
		tok:   &s.Tokens[k],
		first: i == 0 || s.TokenOf[i-1] != k,
		last:  i == len(s.TokenOf)-1 || s.TokenOf[i+1] != k,
	}
}

// group is a unit of rendering; see above.
type group struct {
	part    *resolved
	first   bool // the first group of its part: the output segment (rate, gain) switches here
	fresh   bool // starts on a new vocoder made with seed
	seed    uint64
	phrases []plannedPhrase
	samples int // native samples in all phrases

	// Set by a prefetch: done closes when buf, voc and err are final.
	done chan struct{}
	buf  []float32
	voc  Vocoder
	err  error
}

// grouper cuts the planned phrases of a request into groups and emits each when it is complete.
// It also holds the request to its limits: no phrase longer than MaxPhraseSeconds, and no audio
// past limit (when > 0), checked as each phrase is planned, before any of it is rendered.
type grouper struct {
	emit    func(*group) error
	trail   map[string]int // per voice: silence at the end of its last phrase (absent: none yet)
	seeds   uint64         // vocoder seeds handed out
	part    *resolved
	cur     *group
	limit   time.Duration // the most audio the request may produce; 0: no limit
	planned time.Duration // the audio of the phrases added so far (rounded up)
}

// startPart begins the groups of part p.
func (gr *grouper) startPart(p *resolved) {
	gr.part = p
	gr.cur = &group{part: p, first: true}
}

// add appends a phrase of the current part, first emitting the current group when the phrase
// may start on a fresh vocoder.
func (gr *grouper) add(ph prosody.Phrase, tokens []tokenRef, marks []markPos) error {
	v := gr.part.entry.voice
	if err := gr.account(ph.Samples(), v.SampleRate); err != nil {
		var le *AudioLimitError
		if errors.As(err, &le) && len(gr.cur.phrases) > 0 {
			// The audio planned so far fits: it is written up to the cap, then the error.
			if eerr := gr.emit(gr.cur); eerr != nil {
				return eerr
			}
			gr.cur = &group{part: gr.part}
		}
		return err
	}
	reset := resetMillis * v.SampleRate / 1000
	lead, all := ph.LeadingSilence()
	prev, spoken := gr.trail[v.Name]
	// Only silence the old vocoder rendered itself counts: it must have rung out in its own
	// output, or cutting it off would leave a step.
	if !spoken || prev >= reset {
		if len(gr.cur.phrases) > 0 {
			if err := gr.emit(gr.cur); err != nil {
				return err
			}
			gr.cur = &group{part: gr.part}
		}
		if len(gr.cur.phrases) == 0 {
			gr.seeds++
			gr.cur.fresh, gr.cur.seed = true, gr.seeds
		}
	}
	if all {
		gr.trail[v.Name] = prev + lead
	} else {
		gr.trail[v.Name] = ph.TrailingSilence()
	}
	gr.cur.samples += ph.Samples()
	gr.cur.phrases = append(gr.cur.phrases, plannedPhrase{ph: ph, tokens: tokens, marks: marks})
	return nil
}

// account adds a phrase of n samples at rate to the audio planned, or fails if the phrase is
// longer than a phrase may be or would take the audio past the limit.
func (gr *grouper) account(n, rate int) error {
	if n > MaxPhraseSeconds*rate {
		return invalidPart(gr.part.index, FieldText, "a phrase would last %d s, more than the %d s one phrase may: break the text up with punctuation, or shorten its custom pronunciations", n/rate, MaxPhraseSeconds)
	}
	// Rounded up, so that the audio written never lasts longer than planned.
	d := time.Duration((int64(n)*int64(time.Second) + int64(rate) - 1) / int64(rate))
	if gr.limit > 0 && gr.planned+d > gr.limit {
		return &AudioLimitError{Limit: gr.limit, Part: gr.part.index}
	}
	gr.planned += d
	return nil
}

// flush emits the current group now, if it has phrases, so that it is rendered without waiting
// for the next phrase. The output does not change: the next phrase either starts a fresh group
// anyway or continues on the same vocoder, which the renderer keeps per voice.
func (gr *grouper) flush() error {
	if len(gr.cur.phrases) == 0 {
		return nil
	}
	if err := gr.emit(gr.cur); err != nil {
		return err
	}
	gr.cur = &group{part: gr.part}
	return nil
}

// endPart emits the part's last group (possibly without phrases: it still switches the output
// segment to the part's rate and gain).
func (gr *grouper) endPart() error { return gr.emit(gr.cur) }
