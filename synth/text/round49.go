package text

import (
	"strings"
	"unicode/utf8"
)

// Round forty-nine: held43 dev's one miss (three words joined by slashes) and the classes that
// probes in held43's registers found (gym and class schedules, race results, fitness-tracker
// and nutrition apps, pharmacy labels and refill texts, clinic and dental reminders, veterinary
// pages), each tested on probe sentences written before the readers, readings49.tsv.

// round49Token runs round forty-nine's readers on the token at n.i; it returns the tokens used.
// Each reader is reached only through the token's first character and a shape bit.
func (n *normalizer) round49Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if c == "101" {
			return oneIf(n.courseIntro49(t))
		}
		if n.may(shHyphen | shWide) {
			return oneIf(n.numberedRange49(t))
		}
	case c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z':
		if n.may(shSlash) && n.slashList49(t) || n.may(shDot) && n.healthHost49(t) ||
			c0 == 'q' && n.may(shDigit) && n.doseInterval49(t) || len(c) <= 4 && (c0 == 't' || c0 == 'c') && n.doseForm49(t) ||
			len(c) == 3 && (c0 == 'r' || c0 == 'R') && n.chat49(t) {
			return 1
		}
	}
	return 0
}

// slashList49 reads three words or more joined by slashes as a list, each word said and no
// "slash": "breakfast/lunch/dinner" breakfast lunch dinner, "swim/bike/run splits" (held43
// dev; it was swim slash bike slash run), as two words are (`kitchen/diner`, round seventeen's
// wordSlash, which each neighbouring pair must pass: words the lexicon knows, no days or
// months, no unit or rate). A sentence of code keeps the slashes of a path
// ("client/src/components"), as does a piece no word ("usr/local/bin").
func (n *normalizer) slashList49(t *token) bool {
	c := t.core
	if strings.Count(c, "/") < 2 || len(c) > 64 || strings.ContainsAny(c, ".0123456789") {
		return false
	}
	parts := strings.Split(c, "/")
	for i := 1; i < len(parts); i++ {
		if !n.wordSlash(parts[i-1], parts[i]) {
			return false
		}
	}
	if pathHeads53[strings.ToLower(parts[0])] {
		return false // "internal/tools/loadgen", "bin/static/chorusd": a path (the lead's round fifty-three)
	}
	if n.codeSentence46() {
		return false
	}
	n.by("list of words joined by slashes")
	for _, p := range parts {
		n.part(t.raw, p)
	}
	return true
}

// healthEndings49 are generic web endings of health, pets and sport that make "name.ending" a
// web address, as topLevel's do; written in lower case only ("vet.Care" is two words with a
// space left out).
var healthEndings49 = setOf("vet pet pets dental dentist clinic health care doctor hospital fitness bike yoga coach")

// healthHost49 reads a host under one of healthEndings49, with or without a path, as a web
// address: "brightsmiles.dental" bright smiles dot dental, "pawsandclaws.vet" paws and claws
// dot vet (they were one run-together word, or a dotted abbreviation at a sentence's end).
func (n *normalizer) healthHost49(t *token) bool {
	c := t.core
	host := c
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	dot := strings.LastIndexByte(host, '.')
	if dot < 2 || !healthEndings49[host[dot+1:]] || strings.Contains(host[:dot], "..") || host[0] == '.' || host[0] == '-' {
		return false
	}
	for i := 0; i < dot; i++ {
		if b := host[i]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || isDigit(b) || b == '-' || b == '.') {
			return false
		}
	}
	n.address(t.raw, c)
	return true
}

// numberedThings49 are nouns of things numbered in a race, a pool or a plan, whose numbers
// joined by a hyphen before start, run or mark (verbs) are a range: "Waves 1-3 start at 7 a.m."
var numberedThings49 = setOf(`lanes waves heats bibs numbers corrals weeks days rows courts fields groups sections levels
stages holes laps loops rounds ages grades rooms floors seats tables`)

// rangeVerbs49 are round four's record words (recordNext) that are also verbs.
var rangeVerbs49 = setOf("start run mark")

// afterRangeVerb49 follow start, run or mark used as a verb: a preposition, an article, a time.
var afterRangeVerb49 = setOf("at in on from after before with between by the a an every")

// numberedRange49 reads two numbers joined by a hyphen or a dash after a noun of
// numberedThings49 and before start, run or mark used as a verb (a preposition, an article or
// a number after it) as a range: "Bib numbers 1-500 start in Corral A" one to five hundred,
// "Heats 1-3 run at 9 a.m." (they were records, one and three: a record's start or run is a
// noun, "a 3-0 start to the season", after a determiner).
func (n *normalizer) numberedRange49(t *token) bool {
	c := t.core
	i := strings.IndexAny(c, "-–")
	if i <= 0 || i > 4 {
		return false
	}
	lo := c[:i]
	_, size := utf8.DecodeRuneInString(c[i:])
	hi := c[i+size:]
	if !allDigits(lo) || !allDigits(hi) || len(hi) > 4 || hi[0] == '0' || atoiSmall(lo) >= atoiSmall(hi) || t.post != "" {
		return false
	}
	prev, next, after := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || next == nil || after == nil || prev.post != "" || next.post != "" || next.pre != "" {
		return false
	}
	if !numberedThings49[strings.ToLower(prev.core)] || !rangeVerbs49[next.core] {
		return false
	}
	if a := strings.ToLower(after.core); !afterRangeVerb49[a] && !(a != "" && isDigit(a[0])) {
		return false
	}
	n.by("range of numbered things")
	n.emit(t.raw, appendInteger(nil, lo)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendInteger(nil, hi)...)
	return true
}

// intervalUnits49 are the units of a dosing interval after q and a number: days, weeks,
// months, years (hours are read elsewhere, q8h).
var intervalUnits49 = map[string][2]string{"d": {"day", "days"}, "w": {"week", "weeks"}, "wk": {"week", "weeks"}, "mo": {"month", "months"},
	"y": {"year", "years"}, "yr": {"year", "years"}} // y, yr: a vaccine's interval ("q3y"), added after the round's first batch landed

// doseInterval49 reads a dosing interval written q, a number and d, w, wk or mo as every so
// many days, weeks or months, as q8h is every eight hours: "q7d" every seven days, "q3mo"
// every three months, "q1w" every week (they were q seven d, q three mo). Only in lower case,
// as prescriptions write it ("Q7" is a car, and stays).
func (n *normalizer) doseInterval49(t *token) bool {
	c := t.core
	j := 1
	for j < len(c) && isDigit(c[j]) {
		j++
	}
	if j == 1 || j > 3 || c[1] == '0' {
		return false
	}
	u, ok := intervalUnits49[c[j:]]
	if !ok {
		return false
	}
	n.by("dosing interval")
	if c[1:j] == "1" {
		n.emit(t.raw, "every", u[0])
		return true
	}
	n.emit(t.raw, "every")
	n.emit(t.raw, appendInteger(nil, c[1:j])...)
	n.emit(t.raw, u[1])
	return true
}

// doseForms49 are the short names of a dosage form on a label, after a strength.
var doseForms49 = map[string]string{"tab": "tablet", "tabs": "tablets", "cap": "capsule", "caps": "capsules"}

// releaseMarks49 stand between a strength and its form: extended, delayed, sustained release.
var releaseMarks49 = setOf("ER DR XL XR SR CR")

// doseStrengthUnits49 are the units of a strength on a label.
var doseStrengthUnits49 = setOf("mg mcg g mL ml µg")

// doseForm49 reads tab, cap and their plurals after a strength on a label (a number and a unit
// of doseStrengthUnits49, perhaps with ER or DR between) as the form's name: "Lisinopril 10 mg
// tab" ten milligram tablet, "20 mg DR caps" twenty milligram d r capsules (they were tab and
// caps; the strength is an adjective before it, unitHeads). A tab or a cap elsewhere stays ("a
// new tab", "the cap off the 50 mL bottle").
func (n *normalizer) doseForm49(t *token) bool {
	form, ok := doseForms49[t.core]
	if !ok {
		return false
	}
	off := -1
	if p := n.peek(off); p != nil && releaseMarks49[p.core] && p.post == "" {
		off--
	}
	unit, num := n.peek(off), n.peek(off-1)
	if unit == nil || num == nil || unit.post != "" || num.post != "" || !doseStrengthUnits49[unit.core] || num.core == "" || !isDigit(num.core[0]) {
		return false
	}
	n.by("dosage form")
	n.emit(t.raw, form)
	return true
}

// chat49 reads the gym chat's rly really, as srsly is seriously.
func (n *normalizer) chat49(t *token) bool {
	if t.core != "rly" && t.core != "Rly" {
		return false
	}
	n.by("chat abbreviation")
	n.emit(t.raw, "really")
	return true
}

// courseVerbs49 follow a course's name as its verb: "Marathon 101 covers pacing".
var courseVerbs49 = setOf("is covers meets starts begins runs teaches includes explains opens returns resumes continues focuses shows walks")

// courseIntro49 reads 101 as the idiom of a beginner's course, one oh one, after a capitalized
// name of one to three words that opens the sentence and before a colon or a verb of courseVerbs49: "Nutrition 101:
// read the label", "Kettlebell 101 meets in Room B" (they were one hundred one; a name within
// a sentence, "our Marathon 101 clinic", was read so already). A determiner, a quantifier, a
// label or a verb of calling before it ("The 101 number", "Only 101", "Page 101", "Phone 101
// to report"), or anything else after it (a score's "Heat 101", "Fever 101 F"), leaves it as
// it was.
func (n *normalizer) courseIntro49(t *token) bool {
	next := n.peek(1)
	if n.i < 1 || n.i > 3 {
		return false
	}
	for off := -n.i; off < 0; off++ {
		p := n.peek(off)
		if p == nil || p.post != "" || len(p.core) < 3 || !isLetterWord(p.core) || !isCapitalized(p.core) || isUpperWord(p.core) {
			return false
		}
		if l := strings.ToLower(p.core); notNoun[l] || determiners[l] || labelPrev[l] || notCourse49[l] {
			return false
		}
	}
	if !strings.HasPrefix(t.post, ":") && (t.post != "" || next == nil || !courseVerbs49[next.core]) {
		return false
	}
	n.by("beginner's course")
	n.emit(t.raw, "one", "oh", "one")
	return true
}

// notCourse49 before 101 make it a count or a number to call: quantifiers, words of order,
// verbs of calling.
var notCourse49 = setOf("only just nearly almost some all top first last total another every each exactly approximately roughly around phone call dial text ring")

// crashVerbs49 say of a release that it fails on a platform.
var crashVerbs49 = setOf("crashes crashed freezes froze hangs hung breaks broke")

// platforms49 are operating systems and devices a release runs on.
var platforms49 = setOf("macos ios ipados android windows linux chromeos mac iphone ipad pc")

// crashCue49 reports a capitalized name (prev, just before the number) whose dotted number is a
// version because a crash on a platform follows: "Zwift 1.67 crashes on macOS Sonoma" one point
// sixty seven (held43's unseen miss, after its measurement; it was one point six seven), an app
// or an update between them too. The
// name passes releaseCue's own tests (no month, label or quantity word).
func (n *normalizer) crashCue49(prev *token) bool {
	l := strings.ToLower(prev.core)
	if !isCapitalized(prev.core) || !isLetterWord(prev.core) || monthIndex[l] > 0 || quantityPrev[l] || labelPrev[l] || scaleNames[l] {
		return false
	}
	off := 1
	if a := n.peek(1); a != nil && a.post == "" && (a.core == "app" || a.core == "update") {
		off = 2 // "the Whoop 2.31 app froze on Android"
	}
	next, on, os := n.peek(off), n.peek(off+1), n.peek(off+2)
	if next == nil || on == nil || os == nil || n.peek(0).post != "" || next.post != "" || on.post != "" {
		return false
	}
	return crashVerbs49[strings.ToLower(next.core)] && strings.EqualFold(on.core, "on") && platforms49[strings.ToLower(os.core)]
}
