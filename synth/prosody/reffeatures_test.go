package prosody

import (
	"strconv"
	"strings"
)

// The reference feature extractor: the string path features.go used before feature names were
// compiled (Chorus at c627530), kept verbatim but for the names (ref...) as the independent
// reference the compiled paths are checked against (compiled_test.go). It walks each name's
// steps with strings.Cut on every call and answers every value as a string.

// refFeat answers Festival feature name (a path of steps ending in a feature) for it. ok is false
// for a name this extractor does not know; the value is then "0".
func (s *fsent) refFeat(it item, name string) (string, bool) {
	for {
		step, rest, more := strings.Cut(name, ".")
		if !more {
			return s.refFinal(it, name)
		}
		if !refKnownStep(step) {
			return "0", false
		}
		it = s.refStep(it, step)
		if it.k == kNone {
			// Festival answers "0" for anything past a missing item, whatever the name.
			return "0", s.refKnownPath(rest)
		}
		name = rest
	}
}

// refKnownPath checks the remaining steps and final name of a path past a missing item, so an
// unknown name is still reported.
func (s *fsent) refKnownPath(name string) bool {
	for {
		step, rest, more := strings.Cut(name, ".")
		if !more {
			return refKnownFinal[name] || strings.HasPrefix(name, "ph_")
		}
		if !refKnownStep(step) {
			return false
		}
		name = rest
	}
}

func refKnownStep(step string) bool {
	switch step {
	case "n", "p", "nn", "pp", "parent", "daughter1", "daughtern":
		return true
	}
	_, ok := refRelationNames[strings.TrimPrefix(step, "R:")]
	return strings.HasPrefix(step, "R:") && ok
}

var refRelationNames = map[string]relation{
	"Segment": rSegment, "Syllable": rSyllable, "SylStructure": rSylStructure,
	"Word": rWord, "Phrase": rPhrase, "Token": rToken,
}

// refKnownFinal lists the final feature names final answers (besides ph_*).
var refKnownFinal = map[string]bool{
	"name": true, "emph_sil": true, "pos_in_syl": true, "seg_onsetcoda": true, "seg_onset_stop": true,
	"seg_coda_fric": true, "syl_initial": true,
	"stress": true, "accented": true, "syl_codasize": true, "syl_onsetsize": true, "syl_numphones": true,
	"syl_break": true, "old_syl_break": true, "position_type": true, "syl_in": true, "syl_out": true,
	"ssyl_in": true, "ssyl_out": true, "asyl_in": true, "asyl_out": true, "last_accent": true,
	"next_accent": true, "sub_phrases": true, "tobi_accent": true, "tobi_endtone": true,
	"lisp_syl_yn_question": true,
	"gpos":                 true, "word_numsyls": true, "pbreak": true, "EMPH": true,
	"syl_final": true, "phr_pos": true,
}

// refRadioRows are radio_phones.scm's rows as Festival's file has them (vc vlng vheight vfront
// vrnd ctype cplace cvox), for the columns the radio table of features.go leaves out.
const refRadioRows = `aa + l 3 3 - 0 0 0|ae + s 3 1 - 0 0 0|ah + s 2 2 - 0 0 0|ao + l 3 3 + 0 0 0|aw + d 3 2 - 0 0 0
ax + a 2 2 - 0 0 0|ay + d 3 2 - 0 0 0|b - 0 0 0 0 s l +|ch - 0 0 0 0 a p -|d - 0 0 0 0 s a +
dh - 0 0 0 0 f d +|eh + s 2 1 - 0 0 0|er + a 2 2 - r 0 0|ey + d 2 1 - 0 0 0|f - 0 0 0 0 f b -
g - 0 0 0 0 s v +|hh - 0 0 0 0 f g -|ih + s 1 1 - 0 0 0|iy + l 1 1 - 0 0 0|jh - 0 0 0 0 a p +
k - 0 0 0 0 s v -|l - 0 0 0 0 l a +|m - 0 0 0 0 n l +|n - 0 0 0 0 n a +|ng - 0 0 0 0 n v +
ow + d 2 3 + 0 0 0|oy + d 2 3 + 0 0 0|p - 0 0 0 0 s l -|r - 0 0 0 0 r a +|s - 0 0 0 0 f a -
sh - 0 0 0 0 f p -|t - 0 0 0 0 s a -|th - 0 0 0 0 f d -|uh + s 1 3 + 0 0 0|uw + l 1 3 + 0 0 0
v - 0 0 0 0 f b +|w - 0 0 0 0 r l +|y - 0 0 0 0 r p +|z - 0 0 0 0 f a +|zh - 0 0 0 0 f p +
pau - 0 0 0 0 0 0 -`

// refRadioColumn answers column col (vrnd 5, cplace 7, cvox 8) of radio phone name.
func refRadioColumn(name string, col int) string {
	for _, row := range strings.FieldsFunc(refRadioRows, func(r rune) bool { return r == '|' || r == '\n' }) {
		f := strings.Fields(row)
		if f[0] == name {
			return f[col]
		}
	}
	return "?"
}

// refStep moves one step along a path.
func (s *fsent) refStep(it item, step string) item {
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
	if r, ok := refRelationNames[strings.TrimPrefix(step, "R:")]; ok && strings.HasPrefix(step, "R:") {
		return s.as(it, r)
	}
	return missing
}

func refItoa(n int) string { return strconv.Itoa(n) }

func refBoolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// refFinal answers a feature of it itself.
func (s *fsent) refFinal(it item, name string) (string, bool) {
	if it.k == kNone {
		return "0", refKnownFinal[name] || strings.HasPrefix(name, "ph_")
	}
	switch it.k {
	case kSeg:
		return s.refSegFeat(it.i, name)
	case kSyl:
		return s.refSylFeat(it.i, name)
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
			return refItoa(w.last - w.first + 1), true
		case "phr_pos":
			if w.phrPOS == "" {
				return "0", true
			}
			return w.phrPOS, true
		}
	case kToken:
		switch name {
		case "name":
			return s.words[it.i].text, true
		case "EMPH":
			return refBoolStr(s.words[it.i].emph), true
		}
	case kPhrase:
		if name == "name" {
			return s.phrases[it.i].name, true
		}
	}
	return "0", refKnownFinal[name] || strings.HasPrefix(name, "ph_")
}

func (s *fsent) refSegFeat(i int, name string) (string, bool) {
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
	case "ph_vrnd":
		return refRadioColumn(rp.name, 5), true
	case "ph_cplace":
		return refRadioColumn(rp.name, 7), true
	case "ph_cvox":
		return refRadioColumn(rp.name, 8), true
	case "emph_sil":
		return "0", true
	case "pos_in_syl":
		return refItoa(sg.pos), true
	}
	if sg.syl < 0 { // a pause: no syllable
		switch name {
		case "seg_onsetcoda":
			return "coda", true
		case "seg_onset_stop", "seg_coda_fric", "syl_initial":
			return "0", true
		case "syl_final":
			return "1", true
		}
		return "0", false
	}
	sy := s.syls[sg.syl]
	switch name {
	case "syl_final":
		return refBoolStr(i+1 > sy.last), true
	case "syl_initial":
		return refBoolStr(i == sy.first), true
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

func (s *fsent) refSylFeat(i int, name string) (string, bool) {
	sy := s.syls[i]
	switch name {
	case "name":
		return s.words[sy.word].text, true
	case "stress":
		return refItoa(sy.stress), true
	case "accented":
		return refBoolStr(s.accented(i)), true
	case "tobi_accent":
		return sy.accent, true
	case "tobi_endtone":
		return sy.tone, true
	case "syl_numphones":
		return refItoa(sy.last - sy.first + 1), true
	case "syl_onsetsize":
		n := 0
		for j := sy.first; j <= sy.last && !s.segs[j].ph.IsVowel(); j++ {
			n++
		}
		return refItoa(n), true
	case "syl_codasize":
		// Festival counts from one, so "l eh f t" has coda size 3.
		n := 1
		for j := sy.last; j >= sy.first && !s.segs[j].ph.IsVowel(); j-- {
			n++
		}
		return refItoa(n), true
	case "syl_break":
		return refItoa(s.sylBreak(i)), true
	case "old_syl_break":
		b := s.sylBreak(i)
		if b == 2 || b == 3 {
			b = 4
		}
		return refItoa(b), true
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
		return refItoa(i - lo), true
	case "syl_out":
		_, hi := s.phraseSyls(i)
		return refItoa(hi - i), true
	case "ssyl_in", "asyl_in":
		lo, _ := s.phraseSyls(i)
		n := 0
		for j := i - 1; j > lo; j-- {
			if name == "ssyl_in" && s.syls[j].stress == 1 || name == "asyl_in" && s.accented(j) {
				n++
			}
		}
		return refItoa(n), true
	case "ssyl_out", "asyl_out":
		_, hi := s.phraseSyls(i)
		n := 0
		for j := i + 1; j <= hi; j++ {
			if name == "ssyl_out" && s.syls[j].stress == 1 || name == "asyl_out" && s.accented(j) {
				n++
			}
		}
		return refItoa(n), true
	case "last_accent":
		n := 0
		for j := i - 1; j >= 0; j-- {
			if s.accented(j) {
				break
			}
			n++
		}
		return refItoa(n), true
	case "next_accent":
		n := 0
		for j := i + 1; j < len(s.syls); j++ {
			if s.accented(j) {
				break
			}
			n++
		}
		return refItoa(n), true
	case "sub_phrases":
		n := 0
		for p := s.words[sy.word].phrase - 1; p >= 0 && s.phrases[p].name != brBB; p-- {
			n++
		}
		return refItoa(n), true
	case "lisp_syl_yn_question":
		b := s.sylBreak(i)
		return refBoolStr(s.yesNo && (b == 3 || b == 4) && sy.word == len(s.words)-1), true
	}
	return "0", false
}
