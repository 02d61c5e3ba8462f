package prosody

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

// This file lays a sentence out as Festival's utterance structure (Segment, Syllable,
// SylStructure, Word, Phrase and Token relations) and answers the feature names Festival's
// trained prosody models ask, with the values Festival prints, so the converted trees and
// regression tables (package model) can be evaluated on our words. The definitions follow
// Festival 2.5 (see ../shared/reference/prosody-notes.md §2); testdata/festival-features.txt
// holds Festival's own answers for six sentences, which the tests compare feature by feature.

// radioPhone is a phone's row in Festival's radio phone set: vowel length, height and
// frontness, and consonant type, as the one-character values Festival prints.
type radioPhone struct {
	name                  string
	vc                    bool // vowel
	vlng, vheight, vfront byte
	ctype                 byte
}

// radio maps our inventory onto Festival's radio phone set (radio_phones.scm); Sil is pau.
var radio = [phone.Count]radioPhone{
	phone.Sil: {"pau", false, '0', '0', '0', '0'},
	phone.AA:  {"aa", true, 'l', '3', '3', '0'},
	phone.AE:  {"ae", true, 's', '3', '1', '0'},
	phone.AH:  {"ah", true, 's', '2', '2', '0'},
	phone.AO:  {"ao", true, 'l', '3', '3', '0'},
	phone.AW:  {"aw", true, 'd', '3', '2', '0'},
	phone.AX:  {"ax", true, 'a', '2', '2', '0'},
	phone.AY:  {"ay", true, 'd', '3', '2', '0'},
	phone.EH:  {"eh", true, 's', '2', '1', '0'},
	phone.ER:  {"er", true, 'a', '2', '2', 'r'},
	phone.EY:  {"ey", true, 'd', '2', '1', '0'},
	phone.IH:  {"ih", true, 's', '1', '1', '0'},
	phone.IY:  {"iy", true, 'l', '1', '1', '0'},
	phone.OW:  {"ow", true, 'd', '2', '3', '0'},
	phone.OY:  {"oy", true, 'd', '2', '3', '0'},
	phone.UH:  {"uh", true, 's', '1', '3', '0'},
	phone.UW:  {"uw", true, 'l', '1', '3', '0'},
	phone.B:   {"b", false, '0', '0', '0', 's'},
	phone.CH:  {"ch", false, '0', '0', '0', 'a'},
	phone.D:   {"d", false, '0', '0', '0', 's'},
	phone.DH:  {"dh", false, '0', '0', '0', 'f'},
	phone.F:   {"f", false, '0', '0', '0', 'f'},
	phone.G:   {"g", false, '0', '0', '0', 's'},
	phone.HH:  {"hh", false, '0', '0', '0', 'f'},
	phone.JH:  {"jh", false, '0', '0', '0', 'a'},
	phone.K:   {"k", false, '0', '0', '0', 's'},
	phone.L:   {"l", false, '0', '0', '0', 'l'},
	phone.M:   {"m", false, '0', '0', '0', 'n'},
	phone.N:   {"n", false, '0', '0', '0', 'n'},
	phone.NG:  {"ng", false, '0', '0', '0', 'n'},
	phone.P:   {"p", false, '0', '0', '0', 's'},
	phone.R:   {"r", false, '0', '0', '0', 'r'},
	phone.S:   {"s", false, '0', '0', '0', 'f'},
	phone.SH:  {"sh", false, '0', '0', '0', 'f'},
	phone.T:   {"t", false, '0', '0', '0', 's'},
	phone.TH:  {"th", false, '0', '0', '0', 'f'},
	phone.V:   {"v", false, '0', '0', '0', 'f'},
	phone.W:   {"w", false, '0', '0', '0', 'r'},
	phone.Y:   {"y", false, '0', '0', '0', 'r'},
	phone.Z:   {"z", false, '0', '0', '0', 'f'},
	phone.ZH:  {"zh", false, '0', '0', '0', 'f'},
}

// RadioName is the name of p in Festival's radio phone set ("pau" for silence), the key of the
// duration statistics.
func RadioName(p phone.Phone) string {
	if int(p) >= phone.Count {
		return "pau"
	}
	return radio[p].name
}

// gposLists are Festival's guess_pos lists, checked in order; a word in none is "content".
var gposLists = []struct{ tag, words string }{
	{"in", "of for in on that with by at from as if against about before because under after over into while without through new between among until per up down"},
	{"to", "to"},
	{"det", "the a an no some this that each another those every all any these both neither many"},
	{"md", "will may would can could should must ought might"},
	{"cc", "and but or plus yet nor"},
	{"wp", "who what where how when"},
	{"pps", "her his their its our mine"},
	{"aux", "is am are was were has have had be"},
	{"punc", ". , : ; \" ' ( ? ) !"},
}

// gposTable is the read-only index of gposLists: the first list naming a word wins.
var gposTable = func() map[string]string {
	m := map[string]string{}
	for _, l := range gposLists {
		for _, w := range strings.Fields(l.words) {
			if _, ok := m[w]; !ok {
				m[w] = l.tag
			}
		}
	}
	return m
}()

// gpos is Festival's guessed part of speech of a word.
func gpos(word string) string {
	if g, ok := gposTable[strings.ToLower(word)]; ok {
		return g
	}
	return "content"
}

// Word-level prosodic breaks as Festival names them.
const (
	brNB = "NB" // no break
	brB  = "B"  // phrase break
	brBB = "BB" // utterance-final break
)

// ToBI events; "NONE" is Festival's name for no event.
const toneNone = "NONE"

type fseg struct {
	ph  phone.Phone
	syl int // index in fsent.syls; -1 for a pause
	pos int // index within the syllable
}

type fsyl struct {
	word        int
	first, last int  // segment range [first, last] in fsent.segs
	vowel       int  // index of the nucleus in fsent.segs; -1 if the syllable has no vowel
	stress      int  // 0 or 1 (Festival's lexicon has no secondary stress: 2 reads as 1)
	primary     bool // the syllable carries its word's primary stress
	accent      string
	tone        string
}

type fword struct {
	text        string
	gpos        string
	phrPOS      string // phr_pos: the POS tag in the phrase model's set (setPhrasePOS); "" unset
	brk         string // NB, B, BB
	emph        bool
	phrase      int
	first, last int // syllable range [first, last]
}

type fphrase struct {
	first, last int // word range [first, last]
	name        string
}

// fsent is one sentence as Festival's utterance: segments (pauses included), syllables, words
// and phrases, with cross references.
type fsent struct {
	segs    []fseg
	syls    []fsyl
	words   []fword
	phrases []fphrase
	yesNo   bool     // the sentence is a yes/no question (lisp_syl_yn_question)
	memo    featMemo // feature values of the latest itemFeats (featsOf)
}

// featMemo keeps the feature values an itemFeats computed, by id: a slot is valid for the
// itemFeats whose stamp it carries. The three F0 tables ask the same syllable the same features.
type featMemo struct {
	vals  []model.Value
	stamp []uint32
	last  uint32      // the stamp of the latest itemFeats
	free  []itemFeats // allocated in blocks, handed out one by one (never reused)
}

// newFsent lays out words split into the phrase groups gs. A pause opens the sentence and
// follows every phrase, as Festival's Pauses module places them. The last phrase ends in BB,
// the others in B. Stress is the lexical stress, secondary read as 1. Syllables without
// phones are skipped.
func newFsent(words []Word, gs []group, kind text.Kind) *fsent {
	s := &fsent{yesNo: kind == text.YesNo}
	nw, nsyl, nseg := 0, 0, 1+len(gs)
	for _, g := range gs {
		for _, w := range words[g.lo:g.hi] {
			nw++
			for _, sy := range w.Pron {
				if len(sy.Phones) > 0 {
					nsyl++
					nseg += len(sy.Phones)
				}
			}
		}
	}
	s.segs = make([]fseg, 0, nseg)
	s.syls = make([]fsyl, 0, nsyl)
	s.words = make([]fword, 0, nw)
	s.phrases = make([]fphrase, 0, len(gs))
	s.segs = append(s.segs, fseg{ph: phone.Sil, syl: -1})
	for gi, g := range gs {
		ph := fphrase{first: len(s.words), name: brB}
		if gi == len(gs)-1 {
			ph.name = brBB
		}
		for wi := g.lo; wi < g.hi; wi++ {
			w := words[wi]
			fw := fword{text: w.Text, gpos: gpos(w.Text), brk: brNB, emph: w.Emphasis, phrase: gi, first: len(s.syls)}
			if w.Letter {
				fw.gpos = "content"
			}
			if wi == g.hi-1 {
				fw.brk = ph.name
			}
			for _, sy := range w.Pron {
				if len(sy.Phones) == 0 {
					continue
				}
				st := 0
				if sy.Stress != phone.Unstressed {
					st = 1
				}
				fs := fsyl{word: len(s.words), first: len(s.segs), vowel: -1, stress: st, primary: sy.Stress == phone.Primary, accent: toneNone, tone: toneNone}
				for k, p := range sy.Phones {
					if fs.vowel < 0 && p.IsVowel() {
						fs.vowel = len(s.segs)
					}
					s.segs = append(s.segs, fseg{ph: p, syl: len(s.syls), pos: k})
				}
				fs.last = len(s.segs) - 1
				s.syls = append(s.syls, fs)
			}
			fw.last = len(s.syls) - 1
			s.words = append(s.words, fw)
		}
		ph.last = len(s.words) - 1
		s.phrases = append(s.phrases, ph)
		s.segs = append(s.segs, fseg{ph: phone.Sil, syl: -1})
	}
	return s
}

// Item kinds and relations of the utterance structure.
type ikind uint8

const (
	kNone ikind = iota
	kSeg
	kSyl
	kWord
	kPhrase
	kToken
)

type relation uint8

const (
	rSegment relation = iota
	rSyllable
	rSylStructure
	rWord
	rPhrase
	rToken
)

// item is a position in the structure: an item of a kind, as seen from one relation.
type item struct {
	k   ikind
	i   int
	rel relation
}

var missing = item{}

// segItem and sylItem are the items Festival's modules evaluate models on: segments in the
// Segment relation (durations), syllables in the Syllable relation (accents, tones, F0,
// reduction).
func segItem(i int) item { return item{kSeg, i, rSegment} }
func sylItem(i int) item { return item{kSyl, i, rSyllable} }

// Feature names are compiled once per model set (compileSchema) into paths: the steps to walk
// from the item asked about, and the feature to answer there. Evaluating a path does no string
// work, and numeric features answer integers (model.Int), which the trees and tables compare as
// Festival compares their decimal strings.

// pathStep is one compiled step of a feature path.
type pathStep uint8

const (
	stepN pathStep = iota
	stepP
	stepNN
	stepPP
	stepParent
	stepDaughter1
	stepDaughterN
	stepAs // stepAs + relation: R:Relation
)

// parseStep compiles one step of a feature name ("n", "parent", "R:SylStructure").
func parseStep(s string) (pathStep, bool) {
	switch s {
	case "n":
		return stepN, true
	case "p":
		return stepP, true
	case "nn":
		return stepNN, true
	case "pp":
		return stepPP, true
	case "parent":
		return stepParent, true
	case "daughter1":
		return stepDaughter1, true
	case "daughtern":
		return stepDaughterN, true
	}
	if rel, ok := strings.CutPrefix(s, "R:"); ok {
		if r, ok := relationNames[rel]; ok {
			return stepAs + pathStep(r), true
		}
	}
	return 0, false
}

var relationNames = map[string]relation{
	"Segment": rSegment, "Syllable": rSyllable, "SylStructure": rSylStructure,
	"Word": rWord, "Phrase": rPhrase, "Token": rToken,
}

// feature is a final feature of a path: what it answers about the item reached.
type feature uint8

const (
	fName feature = iota
	fEmphSil
	fPosInSyl
	fSegOnsetcoda
	fSegOnsetStop
	fSegCodaFric
	fSylInitial
	fPhVc
	fPhVlng
	fPhVheight
	fPhVfront
	fPhCtype
	fStress
	fAccented
	fSylCodasize
	fSylOnsetsize
	fSylNumphones
	fSylBreak
	fOldSylBreak
	fPositionType
	fSylIn
	fSylOut
	fSsylIn
	fSsylOut
	fAsylIn
	fAsylOut
	fLastAccent
	fNextAccent
	fSubPhrases
	fTobiAccent
	fTobiEndtone
	fYnQuestion
	fGpos
	fWordNumsyls
	fPbreak
	fEMPH
	fPhVrnd
	fPhCplace
	fPhCvox
	fSylFinal
	fPhrPos
)

// featureNames are the final feature names the extractor answers, as Festival names them.
var featureNames = map[string]feature{
	"name": fName, "emph_sil": fEmphSil, "pos_in_syl": fPosInSyl, "seg_onsetcoda": fSegOnsetcoda,
	"seg_onset_stop": fSegOnsetStop, "seg_coda_fric": fSegCodaFric, "syl_initial": fSylInitial,
	"ph_vc": fPhVc, "ph_vlng": fPhVlng, "ph_vheight": fPhVheight, "ph_vfront": fPhVfront, "ph_ctype": fPhCtype,
	"stress": fStress, "accented": fAccented, "syl_codasize": fSylCodasize, "syl_onsetsize": fSylOnsetsize,
	"syl_numphones": fSylNumphones, "syl_break": fSylBreak, "old_syl_break": fOldSylBreak,
	"position_type": fPositionType, "syl_in": fSylIn, "syl_out": fSylOut, "ssyl_in": fSsylIn,
	"ssyl_out": fSsylOut, "asyl_in": fAsylIn, "asyl_out": fAsylOut, "last_accent": fLastAccent,
	"next_accent": fNextAccent, "sub_phrases": fSubPhrases, "tobi_accent": fTobiAccent,
	"tobi_endtone": fTobiEndtone, "lisp_syl_yn_question": fYnQuestion,
	"gpos": fGpos, "word_numsyls": fWordNumsyls, "pbreak": fPbreak, "EMPH": fEMPH,
	"ph_vrnd": fPhVrnd, "ph_cplace": fPhCplace, "ph_cvox": fPhCvox, "syl_final": fSylFinal,
	"phr_pos": fPhrPos,
}

// featPath is a compiled feature name: steps from the item asked about, then a feature of the
// item reached.
type featPath struct {
	steps []pathStep
	final feature
}

// errUnknownFeature is wrapped by compilePath's errors.
var errUnknownFeature = errors.New("unknown feature name")

// compilePath compiles a Festival feature name ("R:SylStructure.parent.R:Syllable.p.syl_break").
func compilePath(name string) (featPath, error) {
	var p featPath
	for rest := name; ; {
		step, tail, more := strings.Cut(rest, ".")
		if !more {
			f, ok := featureNames[rest]
			if !ok {
				return featPath{}, fmt.Errorf("%w %q: no feature %q", errUnknownFeature, name, rest)
			}
			p.final = f
			return p, nil
		}
		st, ok := parseStep(step)
		if !ok {
			return featPath{}, fmt.Errorf("%w %q: no step %q", errUnknownFeature, name, step)
		}
		p.steps = append(p.steps, st)
		rest = tail
	}
}

// zero is Festival's answer past a missing item, and for a feature the item has not.
var zero = model.Int(0)

// feat answers Festival feature name (a path of steps ending in a feature) for it, as the
// string Festival prints. ok is false for a name the extractor does not know, and for a
// segment or syllable feature asked of an item of the other kind; the value is then "0".
func (s *fsent) feat(it item, name string) (string, bool) {
	p, err := compilePath(name)
	if err != nil {
		return "0", false
	}
	v, ok := s.eval(it, &p)
	return v.String(), ok
}

// eval answers path p for it. ok is as feat's.
func (s *fsent) eval(it item, p *featPath) (model.Value, bool) {
	for _, st := range p.steps {
		if it = s.step(it, st); it.k == kNone {
			// Festival answers "0" for anything past a missing item, whatever the name.
			return zero, true
		}
	}
	switch it.k {
	case kSeg:
		return s.segValue(it.i, p.final)
	case kSyl:
		return s.sylValue(it.i, p.final)
	case kWord:
		w := &s.words[it.i]
		switch p.final {
		case fName:
			return model.Str(w.text), true
		case fGpos:
			return model.Str(w.gpos), true
		case fPbreak:
			return model.Str(w.brk), true
		case fWordNumsyls:
			return model.Int(w.last - w.first + 1), true
		case fPhrPos:
			if w.phrPOS == "" {
				return zero, true
			}
			return model.Str(w.phrPOS), true
		}
	case kToken:
		switch p.final {
		case fName:
			return model.Str(s.words[it.i].text), true
		case fEMPH:
			return boolInt(s.words[it.i].emph), true
		}
	case kPhrase:
		if p.final == fName {
			return model.Str(s.phrases[it.i].name), true
		}
	}
	return zero, true
}

// step moves one step along a path.
func (s *fsent) step(it item, st pathStep) item {
	switch st {
	case stepN:
		return s.move(it, 1)
	case stepP:
		return s.move(it, -1)
	case stepNN:
		return s.move(s.move(it, 1), 1)
	case stepPP:
		return s.move(s.move(it, -1), -1)
	case stepParent:
		return s.parent(it)
	case stepDaughter1, stepDaughterN:
		return s.daughter(it, st == stepDaughterN)
	}
	return s.as(it, relation(st-stepAs))
}

func boolInt(b bool) model.Value {
	if b {
		return model.Int(1)
	}
	return zero
}

// radioText holds the one-character radio features as strings, per phone: vlng, vheight, vfront,
// ctype.
var radioText = func() (t [phone.Count][4]string) {
	for p, r := range radio {
		t[p] = [4]string{string(r.vlng), string(r.vheight), string(r.vfront), string(r.ctype)}
	}
	return t
}()

var (
	strPlus  = model.Str("+")
	strMinus = model.Str("-")
	strCoda  = model.Str("coda")
	strOnset = model.Str("onset")
)

func (s *fsent) segValue(i int, f feature) (model.Value, bool) {
	sg := s.segs[i]
	switch f {
	case fName:
		return model.Str(radio[sg.ph].name), true
	case fPhVc:
		if radio[sg.ph].vc {
			return strPlus, true
		}
		return strMinus, true
	case fPhVlng:
		return model.Str(radioText[sg.ph][0]), true
	case fPhVheight:
		return model.Str(radioText[sg.ph][1]), true
	case fPhVfront:
		return model.Str(radioText[sg.ph][2]), true
	case fPhCtype:
		return model.Str(radioText[sg.ph][3]), true
	case fPhVrnd, fPhCplace, fPhCvox:
		return model.Str(radioMore[sg.ph][f-fPhVrnd]), true
	case fEmphSil:
		return zero, true
	case fPosInSyl:
		return model.Int(sg.pos), true
	}
	if sg.syl < 0 { // a pause: no syllable
		switch f {
		case fSegOnsetcoda:
			return strCoda, true
		case fSegOnsetStop, fSegCodaFric, fSylInitial:
			return zero, true
		case fSylFinal: // Festival: 1 for a segment with no next in SylStructure
			return model.Int(1), true
		}
		return zero, false
	}
	sy := &s.syls[sg.syl]
	switch f {
	case fSylFinal:
		return boolInt(i == sy.last), true
	case fSylInitial:
		return boolInt(i == sy.first), true
	case fSegOnsetcoda:
		for j := i + 1; j <= sy.last; j++ {
			if s.segs[j].ph.IsVowel() {
				return strOnset, true
			}
		}
		return strCoda, true
	case fSegOnsetStop:
		for j := sy.first; j <= sy.last && !s.segs[j].ph.IsVowel(); j++ {
			if radio[s.segs[j].ph].ctype == 's' {
				return model.Int(1), true
			}
		}
		return zero, true
	case fSegCodaFric:
		for j := sy.last; j >= sy.first && !s.segs[j].ph.IsVowel(); j-- {
			if radio[s.segs[j].ph].ctype == 'f' {
				return model.Int(1), true
			}
		}
		return zero, true
	}
	return zero, false
}

var (
	strSingle  = model.Str("single")
	strInitial = model.Str("initial")
	strFinal   = model.Str("final")
	strMid     = model.Str("mid")
)

func (s *fsent) sylValue(i int, f feature) (model.Value, bool) {
	sy := &s.syls[i]
	switch f {
	case fName:
		return model.Str(s.words[sy.word].text), true
	case fStress:
		return model.Int(sy.stress), true
	case fAccented:
		return boolInt(s.accented(i)), true
	case fTobiAccent:
		return model.Str(sy.accent), true
	case fTobiEndtone:
		return model.Str(sy.tone), true
	case fSylNumphones:
		return model.Int(sy.last - sy.first + 1), true
	case fSylOnsetsize:
		n := 0
		for j := sy.first; j <= sy.last && !s.segs[j].ph.IsVowel(); j++ {
			n++
		}
		return model.Int(n), true
	case fSylCodasize:
		// Festival counts from one, so "l eh f t" has coda size 3.
		n := 1
		for j := sy.last; j >= sy.first && !s.segs[j].ph.IsVowel(); j-- {
			n++
		}
		return model.Int(n), true
	case fSylBreak:
		return model.Int(s.sylBreak(i)), true
	case fOldSylBreak:
		b := s.sylBreak(i)
		if b == 2 || b == 3 {
			b = 4
		}
		return model.Int(b), true
	case fPositionType:
		w := &s.words[sy.word]
		switch {
		case w.first == w.last:
			return strSingle, true
		case i == w.first:
			return strInitial, true
		case i == w.last:
			return strFinal, true
		}
		return strMid, true
	case fSylIn:
		lo, _ := s.phraseSyls(i)
		return model.Int(i - lo), true
	case fSylOut:
		_, hi := s.phraseSyls(i)
		return model.Int(hi - i), true
	case fSsylIn, fAsylIn:
		lo, _ := s.phraseSyls(i)
		n := 0
		for j := i - 1; j > lo; j-- {
			if f == fSsylIn && s.syls[j].stress == 1 || f == fAsylIn && s.accented(j) {
				n++
			}
		}
		return model.Int(n), true
	case fSsylOut, fAsylOut:
		_, hi := s.phraseSyls(i)
		n := 0
		for j := i + 1; j <= hi; j++ {
			if f == fSsylOut && s.syls[j].stress == 1 || f == fAsylOut && s.accented(j) {
				n++
			}
		}
		return model.Int(n), true
	case fLastAccent:
		n := 0
		for j := i - 1; j >= 0 && !s.accented(j); j-- {
			n++
		}
		return model.Int(n), true
	case fNextAccent:
		n := 0
		for j := i + 1; j < len(s.syls) && !s.accented(j); j++ {
			n++
		}
		return model.Int(n), true
	case fSubPhrases:
		n := 0
		for p := s.words[sy.word].phrase - 1; p >= 0 && s.phrases[p].name != brBB; p-- {
			n++
		}
		return model.Int(n), true
	case fYnQuestion:
		b := s.sylBreak(i)
		return boolInt(s.yesNo && (b == 3 || b == 4) && sy.word == len(s.words)-1), true
	}
	return zero, false
}

// featureTable is a model set's feature names compiled: paths[id] answers the name with that id
// in schema; a name that does not compile (one only the POS module's phrase-type tree asks,
// answered there) has ok[id] false and answers "0". Read-only.
type featureTable struct {
	schema *model.Schema
	paths  []featPath
	ok     []bool
}

func compileSchema(sc *model.Schema) *featureTable {
	t := &featureTable{schema: sc, paths: make([]featPath, sc.Len()), ok: make([]bool, sc.Len())}
	for id := range sc.Len() {
		p, err := compilePath(sc.Name(id))
		t.paths[id], t.ok[id] = p, err == nil
	}
	return t
}

// checkFeatures reports, for the models Plan evaluates on the sentence, any feature name the
// extractor does not answer: an error when the models are loaded rather than a silent "0" when
// a sentence is planned.
func checkFeatures(set *model.Set) error {
	for _, m := range []struct {
		what  string
		names []string
	}{
		{"duration tree", set.Duration.Features()},
		{"voices' own duration trees", voiceDurationFeatures(set)},
		{"accent tree", set.Accent.Features()},
		{"tone tree", set.Tone.Features()},
		{"vowel-reduction tree", set.Reduce.Features()},
		{"F0 start table", set.F0Start.Features()},
		{"F0 mid table", set.F0Mid.Features()},
		{"F0 end table", set.F0End.Features()},
	} {
		for _, n := range m.names {
			if _, err := compilePath(n); err != nil {
				return fmt.Errorf("%s: %w", m.what, err)
			}
		}
	}
	return nil
}

// loadModels decodes the embedded models and checks that every feature they ask is answered.
func loadModels() (*model.Set, error) {
	set, err := model.Load()
	if err != nil {
		return nil, err
	}
	if err := checkFeatures(set); err != nil {
		return nil, fmt.Errorf("embedded prosody models: %w", err)
	}
	return set, nil
}

// featureTables is the compiled feature table of the embedded models, made once.
var featureTables = sync.OnceValues(func() (*featureTable, error) {
	set, err := models()
	if err != nil {
		return nil, err
	}
	return compileSchema(set.Schema()), nil
})

// itemFeats answers the models' questions about one item of a sentence: by id through the
// compiled paths (a model.IndexedSource for the embedded set's schema), or by name.
type itemFeats struct {
	fs    *fsent
	t     *featureTable // nil: by name only
	it    item
	stamp uint32 // its values in fs.memo
}

// featsOf returns the features of it, answered through t (nil: by name). It keeps the values it
// computes (a tree or table asks them again, or another table the same ones), until another
// itemFeats of the sentence computes the same feature: take a new one after changing the
// sentence, or an old one may answer old values.
func (s *fsent) featsOf(it item, t *featureTable) *itemFeats {
	if t != nil && len(s.memo.vals) != len(t.paths) {
		s.memo.vals = make([]model.Value, len(t.paths))
		s.memo.stamp = make([]uint32, len(t.paths))
	}
	s.memo.last++
	if len(s.memo.free) == 0 {
		s.memo.free = make([]itemFeats, 64)
	}
	f := &s.memo.free[0]
	s.memo.free = s.memo.free[1:]
	*f = itemFeats{fs: s, t: t, it: it, stamp: s.memo.last}
	return f
}

// moveTo makes f answer for it, as a new itemFeats would: its kept values are dropped.
func (f *itemFeats) moveTo(it item) {
	f.fs.memo.last++
	f.it, f.stamp = it, f.fs.memo.last
}

// Feature answers a feature by name.
func (f *itemFeats) Feature(name string) string {
	v, _ := f.fs.feat(f.it, name)
	return v
}

// Schema is the schema whose ids At answers.
func (f *itemFeats) Schema() *model.Schema {
	if f.t == nil {
		return nil
	}
	return f.t.schema
}

// At answers the feature of id.
func (f *itemFeats) At(id int) model.Value {
	m := &f.fs.memo
	if m.stamp[id] == f.stamp {
		return m.vals[id]
	}
	v := zero
	if f.t.ok[id] {
		v, _ = f.fs.eval(f.it, &f.t.paths[id])
	}
	m.vals[id], m.stamp[id] = v, f.stamp
	return v
}

// as views it in relation r, or is missing if the item is not in r.
func (s *fsent) as(it item, r relation) item {
	ok := false
	switch it.k {
	case kSeg:
		ok = r == rSegment || r == rSylStructure && s.segs[it.i].syl >= 0
	case kSyl:
		ok = r == rSyllable || r == rSylStructure
	case kWord:
		ok = r == rWord || r == rSylStructure || r == rPhrase || r == rToken
	case kPhrase:
		ok = r == rPhrase
	case kToken:
		ok = r == rToken
	}
	if !ok {
		return missing
	}
	it.rel = r
	return it
}

// move steps d items along it's relation (siblings in the tree relations).
func (s *fsent) move(it item, d int) item {
	if it.k == kNone {
		return missing
	}
	j := it.i + d
	in := func(lo, hi int) item {
		if j < lo || j > hi {
			return missing
		}
		it.i = j
		return it
	}
	switch it.k {
	case kSeg:
		if it.rel == rSegment {
			return in(0, len(s.segs)-1)
		}
		sy := s.syls[s.segs[it.i].syl]
		return in(sy.first, sy.last)
	case kSyl:
		if it.rel == rSyllable {
			return in(0, len(s.syls)-1)
		}
		w := s.words[s.syls[it.i].word]
		return in(w.first, w.last)
	case kWord:
		switch it.rel {
		case rPhrase:
			ph := s.phrases[s.words[it.i].phrase]
			return in(ph.first, ph.last)
		case rToken:
			return missing // one word per token
		}
		return in(0, len(s.words)-1)
	case kPhrase:
		return in(0, len(s.phrases)-1)
	}
	return missing
}

func (s *fsent) parent(it item) item {
	switch {
	case it.k == kSeg && it.rel == rSylStructure:
		return item{kSyl, s.segs[it.i].syl, rSylStructure}
	case it.k == kSyl && it.rel == rSylStructure:
		return item{kWord, s.syls[it.i].word, rSylStructure}
	case it.k == kWord && it.rel == rPhrase:
		return item{kPhrase, s.words[it.i].phrase, rPhrase}
	case it.k == kWord && it.rel == rToken:
		return item{kToken, it.i, rToken}
	}
	return missing
}

func (s *fsent) daughter(it item, last bool) item {
	pick := func(k ikind, lo, hi int, r relation) item {
		if last {
			return item{k, hi, r}
		}
		return item{k, lo, r}
	}
	switch {
	case it.k == kSyl && it.rel == rSylStructure:
		sy := s.syls[it.i]
		return pick(kSeg, sy.first, sy.last, rSylStructure)
	case it.k == kWord && it.rel == rSylStructure:
		w := s.words[it.i]
		return pick(kSyl, w.first, w.last, rSylStructure)
	case it.k == kPhrase:
		ph := s.phrases[it.i]
		return pick(kWord, ph.first, ph.last, rPhrase)
	case it.k == kToken:
		return item{kWord, it.i, rToken}
	}
	return missing
}

// accented reports whether syllable i carries any intonation event, a boundary tone included.
func (s *fsent) accented(i int) bool {
	return s.syls[i].accent != toneNone || s.syls[i].tone != toneNone
}

// phraseSyls is the syllable range of syllable i's phrase.
func (s *fsent) phraseSyls(i int) (lo, hi int) {
	ph := s.phrases[s.words[s.syls[i].word].phrase]
	return s.words[ph.first].first, s.words[ph.last].last
}

// sylBreak is Festival's syl_break: 0 inside a word, 1 at a word end, 3 at a B phrase end, 4
// at a BB one.
func (s *fsent) sylBreak(i int) int {
	sy := s.syls[i]
	w := s.words[sy.word]
	if i != w.last {
		return 0
	}
	switch w.brk {
	case brB:
		return 3
	case brBB:
		return 4
	}
	return 1
}
