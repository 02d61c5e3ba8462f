package prosody

import (
	"errors"
	"fmt"
	"math"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// ErrInvalid marks input Plan cannot use: bad options or voice settings, or a word without a
// usable pronunciation. Errors returned by Plan wrap it.
var ErrInvalid = errors.New("prosody: invalid input")

// Word is one pronounced word of a sentence, the input of Plan.
type Word struct {
	Text     string     // spoken form, copied into the phrase's WordSpans
	Pron     phone.Pron // pronunciation with syllables and stress; must hold at least one phone
	Break    text.Break // prosodic boundary after the word
	Emphasis bool       // explicitly emphasized: bigger accent, longer vowel
	Function bool       // function word (see IsFunctionWord): unaccented and reduced
	Letter   bool       // a spelled letter name; always treated as a content word
	// PauseMillis, when > 0, is an explicit pause after the word (markup such as <break>): it
	// ends a phrase there and replaces the pause its break would get. It is not scaled by rate.
	PauseMillis int
}

// Voice is a speaker's prosodic baseline.
type Voice struct {
	BaseHz         float64 // baseline F0 in Hz, e.g. 110 male, 200 female; 40..500
	RangeSemitones float64 // typical pitch-accent excursion in semitones; 0..24 (0 = monotone accents)
	Tempo          float64 // speaking-rate multiplier, 1 = normal, >1 faster; 0 means 1; 0.25..4
	// VowelScale and ConsonantScale multiply the rule durations of vowels and of consonants
	// (0 means 1; 0.25..4). They let a voice shift time between vowels and consonants, for
	// instance a diphone voice whose recorded consonants need more time than the rules give.
	VowelScale, ConsonantScale float64
	// Durations names the trained phone statistics ("kal", "ked") with which Festival's
	// z-score duration tree sizes the phones; "" or "rules" keeps Klatt's rules; "vocoder"
	// (DurationVocoder) needs Timer.
	Durations string
	// Timer, when set, sizes the phones instead of Durations: Plan lays the sentence out
	// once, asks the timer for each phrase's phone durations, and lays it out again on them
	// (scaled like any duration by VowelScale, ConsonantScale, an emphasis and the rate).
	// Pauses keep their planned lengths.
	Timer Timer
	// Intonation is "model" for accents and end tones from Festival's ToBI trees and F0 targets
	// from its regression tables, mapped onto F0Mean and F0Std; "" or "rules" keeps the rule
	// accents and contour.
	Intonation string
	// F0Mean and F0Std are the voice's F0 mean and standard deviation in Hz, onto which the
	// model's targets are mapped (0: derived from BaseHz and RangeSemitones).
	F0Mean, F0Std float64
	// Reduction is "model" for Festival's vowel-reduction tree (postlex_vowel_reduce_cart_data,
	// which Festival's kal and ked voices use): after accents are predicted, a syllable's ah,
	// ih, aa, ae or eh becomes ax where the tree says so (it keeps its stress); "" or "none" keeps the
	// vowels (function words still take their weak forms before Plan).
	Reduction string
	// Phrasing is "model" for phrase breaks inside a sentence's unpunctuated runs from
	// Festival's part-of-speech tagger and phrase-break model (Phrase_Method prob_models);
	// "" or "rules" breaks only at punctuation. Either way a run still longer than 12 words
	// is split.
	Phrasing string
}

// Options are per-request style settings.
type Options struct {
	SampleRate     int     // samples per second of the vocoder; 1000..384000
	Rate           float64 // speaking rate, >1 faster; 0 means 1; 0.25..4 intended, 1/16..16 accepted (request rate × style scale)
	PitchSemitones float64 // shift of the whole contour, -12..+12
	RangeScale     float64 // multiplies the voice's range; 0 means 1; 0..4
	Effort         float64 // copied into Phrase.Quality; -1..1
	Breath         float64 // copied into Phrase.Quality; 0..1
	Whisper        float64 // copied into Phrase.Quality; 0..1
	Seed           uint64  // seeds the small random variation of accent heights
}

// Pause lengths at normal rate, in milliseconds, by the break that ends a phrase. They are divided
// by the speaking rate (Options.Rate × Voice.Tempo) like every other duration.
const (
	PauseSplitMs       = 100 // a long unpunctuated run split by Plan
	PauseMinorMs       = 200 // comma
	PauseMajorMs       = 350 // clause: ; : —
	PauseSentenceEndMs = 520 // end of sentence
	PauseParagraphMs   = 900 // end of paragraph
)

// maxRunWords is the longest run of words Plan keeps in one phrase without punctuation.
const maxRunWords = 12

// MaxPauseMillis bounds an explicit pause after a word.
const MaxPauseMillis = 10000

// boundary is the break that ends a phrase, including the split Plan inserts itself.
type boundary uint8

const (
	bSplit boundary = iota
	bMinor
	bMajor
	bSentence
	bParagraph
)

func (b boundary) pauseMs() float64 {
	switch b {
	case bMinor:
		return PauseMinorMs
	case bMajor:
		return PauseMajorMs
	case bSentence:
		return PauseSentenceEndMs
	case bParagraph:
		return PauseParagraphMs
	}
	return PauseSplitMs
}

// settings are validated options with defaults applied.
type settings struct {
	sr      float64
	speed   float64 // Rate × Tempo
	vowel   float64 // Voice.VowelScale, defaulted
	cons    float64 // Voice.ConsonantScale, defaulted
	baseHz  float64 // voice base shifted by PitchSemitones
	rangeSt float64 // accent excursion in semitones after RangeScale
	rs      float64 // RangeScale, defaulted (Phrase.RangeScale)
	quality Quality
	seed    uint64
	// f0Mean and f0Std map the model's F0 targets (shifted by PitchSemitones; the deviation
	// scaled by RangeScale).
	f0Mean, f0Std float64
}

// key is the pitch level a phrase's contour is drawn around (Phrase.KeyHz).
func (s settings) key(model bool, kind text.Kind) float64 {
	k := s.baseHz
	if model {
		k = s.f0Mean
	}
	if kind == text.Exclamation {
		k *= math.Exp2(exclRaiseSt / 12)
	}
	return k
}

func inRange(x, lo, hi float64) bool { return !math.IsNaN(x) && x >= lo && x <= hi }

func validate(kind text.Kind, v Voice, o Options) (settings, error) {
	var s settings
	if o.SampleRate < 1000 || o.SampleRate > 384000 {
		return s, fmt.Errorf("%w: sample rate %d Hz outside 1000..384000", ErrInvalid, o.SampleRate)
	}
	rate, tempo, rs := o.Rate, v.Tempo, o.RangeScale
	if rate == 0 {
		rate = 1
	}
	if tempo == 0 {
		tempo = 1
	}
	if rs == 0 {
		rs = 1
	}
	switch {
	case !inRange(rate, 1.0/16, 16):
		return s, fmt.Errorf("%w: rate %g outside 1/16..16", ErrInvalid, o.Rate)
	case !inRange(tempo, 0.25, 4):
		return s, fmt.Errorf("%w: voice tempo %g outside 0.25..4", ErrInvalid, v.Tempo)
	case v.VowelScale != 0 && !inRange(v.VowelScale, 0.25, 4):
		return s, fmt.Errorf("%w: voice vowel scale %g outside 0.25..4", ErrInvalid, v.VowelScale)
	case v.ConsonantScale != 0 && !inRange(v.ConsonantScale, 0.25, 4):
		return s, fmt.Errorf("%w: voice consonant scale %g outside 0.25..4", ErrInvalid, v.ConsonantScale)
	case !inRange(rs, 0, 4):
		return s, fmt.Errorf("%w: range scale %g outside 0..4", ErrInvalid, o.RangeScale)
	case !inRange(v.BaseHz, 40, 500):
		return s, fmt.Errorf("%w: voice base F0 %g Hz outside 40..500", ErrInvalid, v.BaseHz)
	case !inRange(v.RangeSemitones, 0, 24):
		return s, fmt.Errorf("%w: voice range %g semitones outside 0..24", ErrInvalid, v.RangeSemitones)
	case !inRange(o.PitchSemitones, -12, 12):
		return s, fmt.Errorf("%w: pitch shift %g semitones outside -12..12", ErrInvalid, o.PitchSemitones)
	case !inRange(o.Effort, -1, 1):
		return s, fmt.Errorf("%w: effort %g outside -1..1", ErrInvalid, o.Effort)
	case !inRange(o.Breath, 0, 1):
		return s, fmt.Errorf("%w: breath %g outside 0..1", ErrInvalid, o.Breath)
	case !inRange(o.Whisper, 0, 1):
		return s, fmt.Errorf("%w: whisper %g outside 0..1", ErrInvalid, o.Whisper)
	case v.Intonation != "" && v.Intonation != IntonationRules && v.Intonation != IntonationModel:
		return s, fmt.Errorf("%w: voice intonation %q: want %q or %q", ErrInvalid, v.Intonation, IntonationRules, IntonationModel)
	case v.Reduction != "" && v.Reduction != ReductionNone && v.Reduction != ReductionModel:
		return s, fmt.Errorf("%w: voice reduction %q: want %q or %q", ErrInvalid, v.Reduction, ReductionNone, ReductionModel)
	case v.Phrasing != "" && v.Phrasing != PhrasingRules && v.Phrasing != PhrasingModel:
		return s, fmt.Errorf("%w: voice phrasing %q: want %q or %q", ErrInvalid, v.Phrasing, PhrasingRules, PhrasingModel)
	case v.Durations == DurationVocoder && v.Timer == nil:
		return s, fmt.Errorf("%w: voice durations %q without a timer", ErrInvalid, DurationVocoder)
	case v.F0Mean != 0 && !inRange(v.F0Mean, 40, 500):
		return s, fmt.Errorf("%w: voice F0 mean %g Hz outside 40..500", ErrInvalid, v.F0Mean)
	case !inRange(v.F0Std, 0, 200):
		return s, fmt.Errorf("%w: voice F0 standard deviation %g Hz outside 0..200", ErrInvalid, v.F0Std)
	case kind > text.Exclamation:
		return s, fmt.Errorf("%w: unknown sentence kind %d", ErrInvalid, kind)
	}
	s.sr = float64(o.SampleRate)
	s.speed = rate * tempo
	s.vowel, s.cons = 1, 1
	if v.VowelScale != 0 {
		s.vowel = v.VowelScale
	}
	if v.ConsonantScale != 0 {
		s.cons = v.ConsonantScale
	}
	s.baseHz = v.BaseHz * math.Exp2(o.PitchSemitones/12)
	s.rangeSt, s.rs = v.RangeSemitones*rs, rs
	s.f0Mean, s.f0Std = v.F0Mean, v.F0Std
	if s.f0Mean == 0 {
		s.f0Mean = v.BaseHz
	}
	if s.f0Std == 0 {
		s.f0Std = s.f0Mean * (math.Exp2(v.RangeSemitones/12) - 1) * defaultStdOfRange
	}
	s.f0Mean *= math.Exp2(o.PitchSemitones / 12)
	s.f0Std *= rs * math.Exp2(o.PitchSemitones/12)
	s.quality = Quality{Effort: o.Effort, Breath: o.Breath, Whisper: o.Whisper}
	s.seed = o.Seed
	return s, nil
}

func validateWord(i int, w Word) error {
	n := 0
	for _, syl := range w.Pron {
		if syl.Stress > phone.Secondary {
			return fmt.Errorf("%w: word %d %q: stress %d", ErrInvalid, i, w.Text, syl.Stress)
		}
		for _, p := range syl.Phones {
			if p == phone.Sil || int(p) >= phone.Count {
				return fmt.Errorf("%w: word %d %q: phone %d is not speech", ErrInvalid, i, w.Text, p)
			}
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("%w: word %d %q has no pronunciation", ErrInvalid, i, w.Text)
	}
	if w.PauseMillis > MaxPauseMillis {
		return fmt.Errorf("%w: word %d %q: pause %d ms exceeds %d", ErrInvalid, i, w.Text, w.PauseMillis, MaxPauseMillis)
	}
	if w.Break > text.Paragraph {
		return fmt.Errorf("%w: word %d %q: unknown break %d", ErrInvalid, i, w.Text, w.Break)
	}
	return nil
}

// group is a run of words forming one prosodic phrase.
type group struct {
	lo, hi  int // words[lo:hi]
	end     boundary
	last    bool // the sentence's final phrase
	pauseMs int  // explicit pause (Word.PauseMillis) replacing end's, if > 0
}

// Plan turns one sentence's pronounced words into prosodic phrases: it splits the sentence at its
// breaks (and runs of more than 12 unpunctuated words at a function-word boundary), sizes each
// phone by Klatt's duration rules, closes each phrase with a pause sized by its break (the last
// phrase's at least a sentence-end pause; see the Pause constants), and draws the pitch contour
// (declination, pitch accents, the boundary tone the sentence kind asks for). Leading silence
// before an utterance is the caller's business. An empty sentence gives no phrases.
//
// Durations are in samples at o.SampleRate, rounded cumulatively over the whole sentence so they
// do not drift; every segment has at least one sample. Segment.Stress is the effective stress:
// function words are reduced to 0 unless emphasized or carrying the phrase's only accent.
// Phrase.Words has one span per input word, in order, covering the word's segments exactly.
// Errors wrap ErrInvalid.
func Plan(words []Word, kind text.Kind, v Voice, o Options) ([]Phrase, error) {
	s, err := validate(kind, v, o)
	if err != nil {
		return nil, err
	}
	for i, w := range words {
		if err := validateWord(i, w); err != nil {
			return nil, err
		}
	}
	if len(words) == 0 {
		return nil, nil
	}
	var breaks []bool
	if v.Phrasing == PhrasingModel {
		if breaks, err = modelBreaks(words, kind); err != nil {
			return nil, err
		}
	}
	groups := phraseGroups(words, breaks)
	var m *modelRun
	var bases []int
	if v.namedDurations() || v.Intonation == IntonationModel || v.Reduction == ReductionModel {
		var err error
		if m, err = newModelRun(words, groups, kind, v); err != nil {
			return nil, err
		}
		bases = phraseBases(groups, m.fs)
	}
	ctx := sentenceContexts(words, groups)
	segs := make([][]pseg, len(groups))
	for gi, g := range groups {
		segs[gi] = buildSegments(words[g.lo:g.hi], kind == text.WhQuestion && g.lo == 0)
		if m != nil && m.intonation {
			m.applyAccents(words, g.lo, segs[gi])
		}
		if m != nil && m.reduced != nil {
			m.applyReduction(g.lo, segs[gi])
		}
		if m != nil && m.stats != nil {
			m.modelDurations(segs[gi], bases[gi])
		} else {
			durations(segs[gi])
		}
	}
	b := builder{words: words, kind: kind, s: s, m: m, bases: bases, groups: groups, ctx: ctx}
	out := b.phrases(segs)
	if v.Timer == nil {
		return out, nil
	}
	// The timer reads each phrase whole, its neighbours included (an HTS voice's labels), and
	// sizes its phones; the phrases are then laid out again on those durations.
	for gi := range out {
		secs, err := v.Timer.PhoneSeconds(&out[gi])
		if err != nil {
			return nil, fmt.Errorf("prosody: phone durations: %w", err)
		}
		if len(secs) != len(segs[gi]) {
			return nil, fmt.Errorf("prosody: the timer sized %d phones of a phrase of %d", len(secs), len(segs[gi]))
		}
		for i, d := range secs {
			if !inRange(d, 0, maxTimerSec) {
				return nil, fmt.Errorf("prosody: the timer gave phone %d a duration of %v s", i, d)
			}
			d = math.Max(d, minModelDurSec)
			if segs[gi][i].emph {
				d *= emphasisStretch
			}
			segs[gi][i].ms = d * 1000
		}
	}
	return b.phrases(segs), nil
}

// maxTimerSec bounds a phone's duration from a Timer.
const maxTimerSec = 2.0

// A Timer sizes phones with a model of its own, such as an HTS voice's duration trees, which
// the voice's other models were trained with.
type Timer interface {
	// PhoneSeconds returns the duration at the normal rate, in seconds, of each of ph's
	// segments but the last (the pause that ends the phrase). ph is a planned phrase, linked
	// to its neighbours; it must not be changed.
	PhoneSeconds(ph *Phrase) ([]float64, error)
}

// builder lays out a sentence's phrases on their segments' durations.
type builder struct {
	words  []Word
	kind   text.Kind
	s      settings
	m      *modelRun
	bases  []int
	groups []group
	ctx    []SentenceContext
}

// phrases lays the groups' segments out in time (the vowel and consonant scales and the rate
// applied), with their word spans and contours, and links each phrase to its neighbours.
// segs[gi] holds group gi's segments, their durations at the normal rate in ms.
func (b *builder) phrases(segs [][]pseg) []Phrase {
	s, m := b.s, b.m
	rng := newJitter(s.seed)
	out := make([]Phrase, 0, len(b.groups))
	clock := 0.0 // sentence time in samples, unrounded
	done := 0    // samples emitted in earlier phrases
	for gi, g := range b.groups {
		segs := segs[gi]
		ph := Phrase{Quality: s.quality, Sentence: b.ctx[gi], KeyHz: s.key(m != nil && m.intonation, b.kind), RangeScale: s.rs}
		start := float64(done)
		pos := 0
		ph.Segments = make([]Segment, 0, len(segs)+1)
		times := make([]int, len(segs)+1) // start of each segment, and of the pause
		for i := range segs {
			scale := s.cons
			if segs[i].ph.IsVowel() {
				scale = s.vowel
			}
			clock += segs[i].ms * scale / 1000 * s.sr / s.speed
			times[i] = pos
			pos += place(&ph, segs[i].seg(), clock, start, pos)
		}
		times[len(segs)] = pos
		if g.pauseMs > 0 {
			clock += float64(g.pauseMs) / 1000 * s.sr
		} else {
			clock += g.end.pauseMs() / 1000 * s.sr / s.speed
		}
		pos += place(&ph, Segment{Phone: phone.Sil}, clock, start, pos)
		ph.Words = wordSpans(b.words[g.lo:g.hi], segs, times)
		if m != nil && m.intonation {
			ph.F0 = m.contour(segs, times, pos, g, b.bases[gi], b.kind, s, rng)
			ph.EndTone = m.endTone(gi)
		} else {
			ph.F0 = contour(segs, times, pos, g, b.kind, s, rng)
		}
		ph.F0 = microProsody(ph.F0, segs, times, s.sr)
		out = append(out, ph)
		done += pos
	}
	for i := range out {
		if i > 0 {
			out[i].Sentence.Prev = &out[i-1]
		}
		if i+1 < len(out) {
			out[i].Sentence.Next = &out[i+1]
		}
	}
	return out
}

// place appends seg with the duration that brings the sentence to the rounded clock (at least
// one sample, so a segment forced longer is made up by the following ones) and returns it.
func place(ph *Phrase, seg Segment, clock, start float64, pos int) int {
	n := int(math.Round(clock)-start) - pos
	if n < 1 {
		n = 1
	}
	seg.Samples = n
	ph.Segments = append(ph.Segments, seg)
	return n
}

func wordSpans(words []Word, segs []pseg, times []int) []WordSpan {
	spans := make([]WordSpan, 0, len(words))
	for i, sg := range segs {
		if sg.wordStart {
			spans = append(spans, WordSpan{Text: words[sg.word].Text, Start: times[i]})
		}
		spans[len(spans)-1].End = times[i+1]
	}
	return spans
}

// phraseGroups splits the sentence at breaks, at the phrase breaks of the model where
// modelBreak[i] is true (nil: none), and in long runs.
func phraseGroups(words []Word, modelBreak []bool) []group {
	ends := make([]boundary, len(words))
	isEnd := make([]bool, len(words))
	lo := 0
	for i, w := range words {
		last := i == len(words)-1
		if w.Break == text.NoBreak && !last && w.PauseMillis <= 0 {
			if i < len(modelBreak) && modelBreak[i] {
				isEnd[i], ends[i] = true, bSplit
			}
			continue
		}
		switch w.Break {
		case text.NoBreak:
			ends[i] = bMinor // an explicit pause inside a sentence: continuation
		case text.Minor:
			ends[i] = bMinor
		case text.Major:
			ends[i] = bMajor
		case text.Paragraph:
			ends[i] = bParagraph
		default:
			ends[i] = bSentence
		}
		if last && ends[i] < bSentence {
			ends[i] = bSentence
		}
		isEnd[i] = true
		splitRun(words, lo, i+1, isEnd, ends)
		lo = i + 1
	}
	var gs []group
	lo = 0
	for i := range words {
		if isEnd[i] {
			gs = append(gs, group{lo: lo, hi: i + 1, end: ends[i], pauseMs: max(words[i].PauseMillis, 0)})
			lo = i + 1
		}
	}
	gs[len(gs)-1].last = true
	return gs
}

// splitRun marks split boundaries inside words[lo:hi] until no piece is longer than maxRunWords.
// It prefers a boundary before a conjunction, then before a function word that follows a content
// word, as near the middle as possible, and keeps at least three words on each side.
func splitRun(words []Word, lo, hi int, isEnd []bool, ends []boundary) {
	n := hi - lo
	if n <= maxRunWords {
		return
	}
	best, bestScore := -1, math.Inf(-1)
	mid := float64(lo+hi) / 2
	for k := lo + 3; k <= hi-3; k++ { // new phrase starts at word k
		score := -math.Abs(float64(k)-mid) / float64(n)
		prevContent := !isFunction(words[k-1])
		switch {
		case isFunction(words[k]) && conjunctions[words[k].Text]:
			score += 1.5
		case isFunction(words[k]) && prevContent:
			score += 1
		case !isFunction(words[k-1]) && !isFunction(words[k]):
			score += 0.2
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	isEnd[best-1] = true
	ends[best-1] = bSplit
	splitRun(words, lo, best, isEnd, ends)
	splitRun(words, best, hi, isEnd, ends)
}

func isFunction(w Word) bool { return w.Function && !w.Letter }

// sentenceContexts places each phrase group in the sentence.
func sentenceContexts(words []Word, gs []group) []SentenceContext {
	syls := make([]int, len(gs))
	total, nw := 0, 0
	for gi, g := range gs {
		for _, w := range words[g.lo:g.hi] {
			for _, sy := range w.Pron {
				if len(sy.Phones) > 0 {
					syls[gi]++
				}
			}
		}
		total += syls[gi]
		nw += g.hi - g.lo
	}
	out := make([]SentenceContext, len(gs))
	for gi := range gs {
		c := SentenceContext{Index: gi, Count: len(gs), Syllables: total, Words: nw}
		if gi > 0 {
			c.PrevSyllables, c.PrevWords = syls[gi-1], gs[gi-1].hi-gs[gi-1].lo
		}
		if gi+1 < len(gs) {
			c.NextSyllables, c.NextWords = syls[gi+1], gs[gi+1].hi-gs[gi+1].lo
		}
		out[gi] = c
	}
	return out
}
