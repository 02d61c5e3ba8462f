package prosody

import (
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

// Data-driven prosody: Festival's trained models (package model) evaluated on the features of
// features.go. A voice chooses them in its Voice settings: Durations names the phone statistics
// of the z-score duration tree, Intonation "model" takes accents and end tones from the ToBI
// trees and F0 targets from the linear-regression tables.

// Intonation methods of Voice.Intonation.
const (
	IntonationRules = "rules" // rule accents and contour (pitch.go); the default
	IntonationModel = "model" // ToBI accent and tone trees, F0 from the regression tables
)

// Vowel reduction of Voice.Reduction.
const (
	ReductionNone  = "none"  // vowels as the lexicon has them; the default
	ReductionModel = "model" // Festival's vowel-reduction tree
)

// Phrasing methods of Voice.Phrasing.
const (
	PhrasingRules = "rules" // phrases end at punctuation only; the default
	PhrasingModel = "model" // and where Festival's phrase-break model puts a break
)

// DurationRules is Voice.Durations' name for Klatt's duration rules, the default.
const DurationRules = "rules"

// DurationVocoder is Voice.Durations' name for the vocoder's own duration model, which the
// caller supplies as Voice.Timer.
const DurationVocoder = "vocoder"

// namedDurations reports whether v's phones are sized by trained statistics of the model set.
func (v Voice) namedDurations() bool {
	return v.Durations != "" && v.Durations != DurationRules && v.Durations != DurationVocoder
}

// models is the decoded embedded model set: read-only data, decoded once on first use and
// checked to ask only features the extractor answers (loadModels).
var models = sync.OnceValues(loadModels)

// Models returns Festival's trained prosody models, decoded once.
func Models() (*model.Set, error) { return models() }

// Duration model constants (Festival's Duration_Tree_ZScores).
const (
	zClamp          = 3     // z-scores are clamped to ±3
	minModelDurSec  = 0.010 // and durations floored at 10 ms
	unknownMeanSec  = 0.080 // a phone without statistics
	unknownStdSec   = 0.020
	defaultStretch  = 1.1 // Duration_Stretch of the kal and ked voices
	emphasisStretch = 1.4 // an emphasized word's accented vowel (rule 8's factor)
)

// modelRun is the model side of one Plan call.
type modelRun struct {
	set        *model.Set
	fs         *fsent
	stats      map[string]model.PhoneStat // nil: rule durations
	durTree    *model.Tree                // the z-score tree of Voice.Durations (Set.DurationTree)
	stretch    float64
	intonation bool
	reduced    []bool // per syllable of fs, when Voice.Reduction is "model": its vowel became ax
}

// newModelRun lays the sentence out for the models and predicts its accents and end tones, which
// both the duration features (accented, last_accent...) and the F0 targets read.
func newModelRun(words []Word, gs []group, kind text.Kind, v Voice) (*modelRun, error) {
	return buildModelRun(words, gs, kind, v, true)
}

// buildModelRun is newModelRun; with lastAccent false the accents are the tree's alone, as
// Festival predicts them (for the tests that compare with Festival), without the nuclear
// accent on a falling sentence's last content word (accentLastContentWord).
func buildModelRun(words []Word, gs []group, kind text.Kind, v Voice, lastAccent bool) (*modelRun, error) {
	set, err := models()
	if err != nil {
		return nil, fmt.Errorf("prosody: %w", err)
	}
	m := &modelRun{set: set, intonation: v.Intonation == IntonationModel}
	if v.namedDurations() {
		st, ok := set.Stats[v.Durations]
		if !ok {
			return nil, fmt.Errorf("%w: no duration statistics named %q", ErrInvalid, v.Durations)
		}
		m.stats = st
		m.durTree = set.DurationTree(v.Durations)
		m.stretch = defaultStretch
		if x := set.Stretch[v.Durations]; x > 0 {
			m.stretch = x
		}
	}
	m.fs = newFsent(words, gs, kind)
	if m.durTree != nil && asksPhrasePOS(m.durTree) {
		// slt's tree asks phr_pos: tag the words as Festival's phrasing module does. The
		// shared kal tree asks none, so kal and ked skip the tagger.
		m.fs.setPhrasePOS(set, words, gs, kind)
	}
	m.predictIntonation()
	if lastAccent && kind != text.YesNo {
		accentLastContentWord(m.fs, words)
	}
	if v.Reduction == ReductionModel {
		m.reduce()
	}
	return m, nil
}

// reduce runs the vowel-reduction tree over every syllable, after the accents as in Festival
// (PostLex follows Intonation), and turns the vowels it picks into ax in the sentence the
// duration tree reads. Only the vowels of postlex_vowel_reduce_table's radio entry are
// reduced; the syllable keeps its stress.
func (m *modelRun) reduce() {
	fs := m.fs
	m.reduced = make([]bool, len(fs.syls))
	if m.set.Reduce == nil {
		return
	}
	for i, sy := range fs.syls {
		if sy.vowel < 0 {
			continue
		}
		to, ok := m.set.ReduceTable[radio[fs.segs[sy.vowel].ph].name]
		if !ok || to != radio[phone.AX].name {
			continue
		}
		if m.set.Reduce.Class(m.feats(sylItem(i))) == "1" {
			fs.segs[sy.vowel].ph = phone.AX
			m.reduced[i] = true
		}
	}
}

// applyReduction gives a phrase's segments the reduced vowels of reduce.
func (m *modelRun) applyReduction(lo int, segs []pseg) {
	for i := range segs {
		sg := &segs[i]
		if sg.nucleus && m.reduced[m.sylOf(lo, sg)] {
			sg.ph = phone.AX
		}
	}
}

// feats returns the features of item it for the models: answered by id through the feature
// names compiled once per model set (by name for a tree or table outside it), each kept once
// computed (see featsOf): take a new one after changing the sentence.
func (m *modelRun) feats(it item) *itemFeats {
	t, _ := featureTables() // nil (by name) only if models() failed, before any modelRun
	return m.fs.featsOf(it, t)
}

// predictIntonation runs the accent tree, then the tone tree, over every syllable, as
// Festival's Intonation_Tree does (the tone tree asks no accent features, so the order of the
// two passes does not matter). The tone tree gets features taken after the accent is set.
func (m *modelRun) predictIntonation() {
	fs := m.fs
	f := m.feats(sylItem(0))
	for i := range fs.syls {
		f.moveTo(sylItem(i))
		fs.syls[i].accent = m.set.Accent.Class(f)
		f.moveTo(sylItem(i)) // anew: the syllable's accent changed
		fs.syls[i].tone = m.set.Tone.Class(f)
	}
}

// nuclearAccent is the accent given to a falling sentence's last content word when the accent
// tree left it without one.
const nuclearAccent = "H*"

// accentLastContentWord gives the last content word of a falling sentence (a statement, a
// wh-question, an exclamation) a pitch accent on its primary-stressed syllable when the accent
// tree gave it none; fs holds words (all of them, in order). In a broad-focus English sentence
// the nuclear accent falls on the last content word (Chomsky and Halle's nuclear stress rule;
// Ladd 1996's default accent), and a final fall is heard as one on the last word: Festival's
// tree leaves many final nouns, verbs and adjectives unaccented ("We ate the plums.", "The map
// was wrong.", "The clock struck nine."), so the fall came on an earlier word and the last
// word, up to half of a short sentence's voicing, lay flat at the low, which then became the
// sentence's median. Function words (the lexicon's and Festival's guess_pos lists) do not
// count, and words after the last content word stay unaccented. Called after the tone tree:
// the tone tree asks no accent features, so the boundary tones stand.
func accentLastContentWord(fs *fsent, words []Word) {
	for wi := len(fs.words) - 1; wi >= 0; wi-- {
		fw := fs.words[wi]
		if fw.gpos != "content" || wi >= len(words) || isFunction(words[wi]) || fw.last < fw.first {
			continue
		}
		best := -1 // the primary-stressed syllable, else the first stressed one, else the first
		for sy := fw.first; sy <= fw.last; sy++ {
			y := fs.syls[sy]
			if y.accent != toneNone {
				return
			}
			switch {
			case y.vowel < 0:
			case best < 0, y.primary && !fs.syls[best].primary,
				y.stress == 1 && fs.syls[best].stress == 0 && !fs.syls[best].primary:
				best = sy
			}
		}
		if best >= 0 {
			fs.syls[best].accent = nuclearAccent
		}
		return
	}
}

// phraseBase returns the index in fs.segs of the first segment of each group (a pause precedes
// every group).
func phraseBases(gs []group, fs *fsent) []int {
	bases := make([]int, len(gs))
	k := 1
	for gi := range gs {
		bases[gi] = k
		// the group's segments run until the pause that follows them
		for k < len(fs.segs) && fs.segs[k].syl >= 0 {
			k++
		}
		k++ // the pause
	}
	return bases
}

// sylOf is the fsent syllable of segment segs[i] of the group starting at word lo.
func (m *modelRun) sylOf(lo int, sg *pseg) int { return m.fs.words[lo+sg.word].first + sg.syl }

// applyAccents replaces the rule accents of a phrase's segments by the tree's: the nucleus of a
// syllable with a pitch accent is accented; stress follows as in buildSegments (function words
// unstressed unless emphasized or accented, an accented syllable at least primary).
func (m *modelRun) applyAccents(words []Word, lo int, segs []pseg) {
	for i := range segs {
		sg := &segs[i]
		w := words[lo+sg.word]
		sy := m.fs.syls[m.sylOf(lo, sg)]
		acc := sy.accent != toneNone
		st := sg.lex
		if isFunction(w) && !w.Emphasis && !acc {
			st = phone.Unstressed
		}
		if acc && st == phone.Unstressed {
			st = phone.Primary
		}
		sg.stress = st
		sg.accent = sg.nucleus && acc
		sg.emph = sg.accent && w.Emphasis
	}
}

// modelDurations sets ms on a phrase's segments from the voice's z-score tree (its own, or the
// shared kal tree): (mean + z·std)·stretch with z clamped to ±3 and the result floored at 10 ms.
// base is the index of segs[0] in fs.segs.
func (m *modelRun) modelDurations(segs []pseg, base int) {
	f := m.feats(segItem(base))
	for i := range segs {
		k := base + i
		f.moveTo(segItem(k))
		z := m.durTree.Value(f)
		z = math.Max(-zClamp, math.Min(zClamp, z))
		st, ok := m.stats[RadioName(segs[i].ph)]
		if !ok {
			st = model.PhoneStat{Mean: unknownMeanSec, Std: unknownStdSec}
		}
		d := math.Max(minModelDurSec, (st.Mean+z*st.Std)*m.stretch)
		if segs[i].emph {
			d *= emphasisStretch
		}
		segs[i].ms = d * 1000
	}
}

// modelBreaks reports, for each word, whether Festival's phrase-break model (its POS tagger and
// break n-grams, Phrase_Method prob_models) ends a phrase after it where the text has no
// punctuation. The punctuation the model sees is the one the words' breaks stand for: "," after
// a minor break, ";" after a major one, and the sentence's own end mark.
func modelBreaks(words []Word, kind text.Kind) ([]bool, error) {
	set, err := models()
	if err != nil {
		return nil, fmt.Errorf("prosody: %w", err)
	}
	texts := make([]string, len(words))
	punct := make([]string, len(words))
	for i, w := range words {
		texts[i] = strings.ToLower(w.Text)
		switch {
		case i == len(words)-1:
			punct[i] = endMark(kind)
		case w.Break == text.Minor:
			punct[i] = ","
		case w.Break >= text.Major:
			punct[i] = ";"
		}
	}
	tags := set.TagWords(texts, punct, nil)
	br := set.Breaks(texts, tags, punct)
	if len(br) != len(words) {
		return nil, nil // no POS data in the set: punctuation only
	}
	out := make([]bool, len(words))
	for i, b := range br {
		out[i] = b != "NB" && b != ""
	}
	return out, nil
}

// endMark is the punctuation that ends a sentence of kind k.
func endMark(k text.Kind) string {
	switch k {
	case text.YesNo, text.WhQuestion:
		return "?"
	case text.Exclamation:
		return "!"
	}
	return "."
}
