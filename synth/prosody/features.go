package prosody

import (
	"strconv"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
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
	first, last int // segment range [first, last] in fsent.segs
	vowel       int // index of the nucleus in fsent.segs; -1 if the syllable has no vowel
	stress      int // 0 or 1 (Festival's lexicon has no secondary stress: 2 reads as 1)
	accent      string
	tone        string
}

type fword struct {
	text        string
	gpos        string
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
	yesNo   bool // the sentence is a yes/no question (lisp_syl_yn_question)
}

// newFsent lays out words split into the phrase groups gs. A pause opens the sentence and
// follows every phrase, as Festival's Pauses module places them. The last phrase ends in BB,
// the others in B. Stress is the lexical stress, secondary read as 1. Syllables without
// phones are skipped.
func newFsent(words []Word, gs []group, kind text.Kind) *fsent {
	s := &fsent{yesNo: kind == text.YesNo}
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
				fs := fsyl{word: len(s.words), first: len(s.segs), vowel: -1, stress: st, accent: toneNone, tone: toneNone}
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

// feat answers Festival feature name (a path of steps ending in a feature) for it. ok is false
// for a name this extractor does not know; the value is then "0".
func (s *fsent) feat(it item, name string) (string, bool) {
	for {
		step, rest, more := strings.Cut(name, ".")
		if !more {
			return s.final(it, name)
		}
		if !knownStep(step) {
			return "0", false
		}
		it = s.step(it, step)
		if it.k == kNone {
			// Festival answers "0" for anything past a missing item, whatever the name.
			return "0", s.knownPath(rest)
		}
		name = rest
	}
}

// knownPath checks the remaining steps and final name of a path past a missing item, so an
// unknown name is still reported.
func (s *fsent) knownPath(name string) bool {
	for {
		step, rest, more := strings.Cut(name, ".")
		if !more {
			return knownFinal[name] || strings.HasPrefix(name, "ph_")
		}
		if !knownStep(step) {
			return false
		}
		name = rest
	}
}

func knownStep(step string) bool {
	switch step {
	case "n", "p", "nn", "pp", "parent", "daughter1", "daughtern":
		return true
	}
	_, ok := relationNames[strings.TrimPrefix(step, "R:")]
	return strings.HasPrefix(step, "R:") && ok
}

var relationNames = map[string]relation{
	"Segment": rSegment, "Syllable": rSyllable, "SylStructure": rSylStructure,
	"Word": rWord, "Phrase": rPhrase, "Token": rToken,
}

// knownFinal lists the final feature names final answers (besides ph_*).
var knownFinal = map[string]bool{
	"name": true, "emph_sil": true, "pos_in_syl": true, "seg_onsetcoda": true, "seg_onset_stop": true,
	"seg_coda_fric": true, "syl_initial": true,
	"stress": true, "accented": true, "syl_codasize": true, "syl_onsetsize": true, "syl_numphones": true,
	"syl_break": true, "old_syl_break": true, "position_type": true, "syl_in": true, "syl_out": true,
	"ssyl_in": true, "ssyl_out": true, "asyl_in": true, "asyl_out": true, "last_accent": true,
	"next_accent": true, "sub_phrases": true, "tobi_accent": true, "tobi_endtone": true,
	"lisp_syl_yn_question": true,
	"gpos":                 true, "word_numsyls": true, "pbreak": true, "EMPH": true,
}

// step moves one step along a path.
func (s *fsent) step(it item, step string) item {
	switch step {
	case "n":
		return s.move(it, 1)
	case "p":
		return s.move(it, -1)
	case "nn":
		return s.move(s.move(it, 1), 1)
	case "pp":
		return s.move(s.move(it, -1), -1)
	case "parent":
		return s.parent(it)
	case "daughter1", "daughtern":
		return s.daughter(it, step == "daughtern")
	}
	if r, ok := relationNames[strings.TrimPrefix(step, "R:")]; ok && strings.HasPrefix(step, "R:") {
		return s.as(it, r)
	}
	return missing
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

func itoa(n int) string { return strconv.Itoa(n) }

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// final answers a feature of it itself.
func (s *fsent) final(it item, name string) (string, bool) {
	if it.k == kNone {
		return "0", knownFinal[name] || strings.HasPrefix(name, "ph_")
	}
	switch it.k {
	case kSeg:
		return s.segFeat(it.i, name)
	case kSyl:
		return s.sylFeat(it.i, name)
	case kWord:
		w := s.words[it.i]
		switch name {
		case "name":
			return w.text, true
		case "gpos":
			return w.gpos, true
		case "pbreak":
			return w.brk, true
		case "word_numsyls":
			return itoa(w.last - w.first + 1), true
		}
	case kToken:
		switch name {
		case "name":
			return s.words[it.i].text, true
		case "EMPH":
			return boolStr(s.words[it.i].emph), true
		}
	case kPhrase:
		if name == "name" {
			return s.phrases[it.i].name, true
		}
	}
	return "0", knownFinal[name] || strings.HasPrefix(name, "ph_")
}

func (s *fsent) segFeat(i int, name string) (string, bool) {
	sg := s.segs[i]
	rp := radio[sg.ph]
	switch name {
	case "name":
		return rp.name, true
	case "ph_vc":
		if rp.vc {
			return "+", true
		}
		return "-", true
	case "ph_vlng":
		return string(rp.vlng), true
	case "ph_vheight":
		return string(rp.vheight), true
	case "ph_vfront":
		return string(rp.vfront), true
	case "ph_ctype":
		return string(rp.ctype), true
	case "emph_sil":
		return "0", true
	case "pos_in_syl":
		return itoa(sg.pos), true
	}
	if sg.syl < 0 { // a pause: no syllable
		switch name {
		case "seg_onsetcoda":
			return "coda", true
		case "seg_onset_stop", "seg_coda_fric", "syl_initial":
			return "0", true
		}
		return "0", false
	}
	sy := s.syls[sg.syl]
	switch name {
	case "syl_initial":
		return boolStr(i == sy.first), true
	case "seg_onsetcoda":
		for j := i + 1; j <= sy.last; j++ {
			if s.segs[j].ph.IsVowel() {
				return "onset", true
			}
		}
		return "coda", true
	case "seg_onset_stop":
		for j := sy.first; j <= sy.last && !s.segs[j].ph.IsVowel(); j++ {
			if radio[s.segs[j].ph].ctype == 's' {
				return "1", true
			}
		}
		return "0", true
	case "seg_coda_fric":
		for j := sy.last; j >= sy.first && !s.segs[j].ph.IsVowel(); j-- {
			if radio[s.segs[j].ph].ctype == 'f' {
				return "1", true
			}
		}
		return "0", true
	}
	return "0", false
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

func (s *fsent) sylFeat(i int, name string) (string, bool) {
	sy := s.syls[i]
	switch name {
	case "name":
		return s.words[sy.word].text, true
	case "stress":
		return itoa(sy.stress), true
	case "accented":
		return boolStr(s.accented(i)), true
	case "tobi_accent":
		return sy.accent, true
	case "tobi_endtone":
		return sy.tone, true
	case "syl_numphones":
		return itoa(sy.last - sy.first + 1), true
	case "syl_onsetsize":
		n := 0
		for j := sy.first; j <= sy.last && !s.segs[j].ph.IsVowel(); j++ {
			n++
		}
		return itoa(n), true
	case "syl_codasize":
		// Festival counts from one, so "l eh f t" has coda size 3.
		n := 1
		for j := sy.last; j >= sy.first && !s.segs[j].ph.IsVowel(); j-- {
			n++
		}
		return itoa(n), true
	case "syl_break":
		return itoa(s.sylBreak(i)), true
	case "old_syl_break":
		b := s.sylBreak(i)
		if b == 2 || b == 3 {
			b = 4
		}
		return itoa(b), true
	case "position_type":
		w := s.words[sy.word]
		switch {
		case w.first == w.last:
			return "single", true
		case i == w.first:
			return "initial", true
		case i == w.last:
			return "final", true
		}
		return "mid", true
	case "syl_in":
		lo, _ := s.phraseSyls(i)
		return itoa(i - lo), true
	case "syl_out":
		_, hi := s.phraseSyls(i)
		return itoa(hi - i), true
	case "ssyl_in", "asyl_in":
		lo, _ := s.phraseSyls(i)
		n := 0
		for j := i - 1; j > lo; j-- {
			if name == "ssyl_in" && s.syls[j].stress == 1 || name == "asyl_in" && s.accented(j) {
				n++
			}
		}
		return itoa(n), true
	case "ssyl_out", "asyl_out":
		_, hi := s.phraseSyls(i)
		n := 0
		for j := i + 1; j <= hi; j++ {
			if name == "ssyl_out" && s.syls[j].stress == 1 || name == "asyl_out" && s.accented(j) {
				n++
			}
		}
		return itoa(n), true
	case "last_accent":
		n := 0
		for j := i - 1; j >= 0; j-- {
			if s.accented(j) {
				break
			}
			n++
		}
		return itoa(n), true
	case "next_accent":
		n := 0
		for j := i + 1; j < len(s.syls); j++ {
			if s.accented(j) {
				break
			}
			n++
		}
		return itoa(n), true
	case "sub_phrases":
		n := 0
		for p := s.words[sy.word].phrase - 1; p >= 0 && s.phrases[p].name != brBB; p-- {
			n++
		}
		return itoa(n), true
	case "lisp_syl_yn_question":
		b := s.sylBreak(i)
		return boolStr(s.yesNo && (b == 3 || b == 4) && sy.word == len(s.words)-1), true
	}
	return "0", false
}
