package text

import "strings"

// croreAfter extends a scale word just consumed (the current token) by a "crore" after it, as
// Indian sums are written: "₹1.5 lakh crore" one point five lakh crore rupees, "Rs 20 thousand
// crore". It returns the scale to read.
func (n *normalizer) croreAfter(sc string) string {
	if sc != "lakh" && sc != "lakhs" && sc != "thousand" {
		return sc
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || n.peek(0).post != "" {
		return sc
	}
	if l := next.lower(); l == "crore" || l == "crores" {
		n.i++
		return sc + " " + l
	}
	return sc
}

// round11Token runs the round-eleven readers of issue 18; it returns the tokens consumed, 0
// when none applies.
func (n *normalizer) round11Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if n.mmiCode(t) {
		return 1
	}
	if k := n.indianAmount(t); k > 0 {
		return k
	}
	if isDigit(c[0]) {
		if n.may(shHyphen | shWide) {
			if k := n.eraRange(t); k > 0 { // a dash
				return k
			}
		}
		if k := n.australianNumber(t); k > 0 {
			return k
		}
		if n.trainNumber(t) || n.may(shColon) && n.shareRatio(t) || n.satScore(t) || n.versionPlus(t) || n.may(shSlash) && (n.shutterSpeed(t) || n.slashScore(t) || n.timeSignature(t)) ||
			n.pencePerLitre(t) || n.may(shSlash) && (n.ovenPair(t) || n.decimalOutOf(t) || n.dayFirstDate(t) || n.centsPer(t) || n.slashedCode(t) || n.dateAfterTime(t)) ||
			n.middleMask(t) || n.gluedStars(t) || n.codeSerial(t) || n.frameRate(t) || n.gpaPoint(t) {
			return 1
		}
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shUpper) && n.starGrade(t) || n.may(shDigit) && n.browserVersion(t) || n.nearestOffer(t) || n.may(shSlash) && n.slashedCode(t) || n.quoteMarker(t) ||
		n.may(shUpper) && n.iPhoneTen(t) || n.codeNumberMark(t) {
		return 1
	}
	if k := n.catalogueNumber(t); k > 0 {
		return k
	}
	if k := n.cubicUnit(t); k > 0 {
		return k
	}
	if n.may(shDigit) && n.hyphenName(t) || n.unitAfterScale(t) || n.may(shPunct|shWide) && n.scaleOfCurrency(t) || n.versusTally(t) {
		return 1
	}
	return 0
}

// catalogueMarks are the catalogues a composer's works are numbered in, read before the number:
// Köchel (Mozart), BWV (Bach), HWV (Handel), RV (Vivaldi), D. (Schubert), Hob. (Haydn), and
// the opus. Single letters count only with their period ("K. 525"; "K 525" may be anything).
var catalogueMarks = map[string]string{"Op": "opus", "op": "opus", "Opp": "opera", "K": "k", "KV": "k v",
	"BWV": "b w v", "HWV": "h w v", "RV": "r v", "D": "d", "Hob": "hob", "WoO": "w o o"}

// catalogueNumber reads a work's number in a composer's catalogue as musicians say it, three
// digits in pairs: "Op. 125" opus one twenty five, "K. 525" k five twenty five, "BWV 1007" b w
// v ten oh seven, "D. 960" d nine sixty. It returns the tokens used, or 0.
func (n *normalizer) catalogueNumber(t *token) int {
	if len(t.core) > 3 || !strings.ContainsRune("OoKBHRDW", rune(t.core[0])) {
		return 0
	}
	mark, ok := catalogueMarks[t.core]
	if !ok {
		return 0
	}
	dot := t.post == "."
	if !dot && t.post != "" || len(t.core) == 1 && !dot || (t.core == "Op" || t.core == "op" || t.core == "Hob") && !dot {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	d := next.core
	if len(d) < 1 || len(d) > 4 || !allDigits(d) || d[0] == '0' || len(d) < 3 && len(t.core) == 1 {
		return 0 // "K. 5" is an initial and a number; "Op. 27" is opus twenty seven (below)
	}
	if len(d) == 4 && t.core != "BWV" && t.core != "HWV" && t.core != "D" {
		return 0
	}
	n.by("catalogue number")
	for _, w := range strings.Fields(mark) {
		if len(w) == 1 {
			n.emitLetter(t.raw, w)
		} else {
			n.emit(t.raw, w)
		}
	}
	if len(d) >= 3 {
		n.emit(next.raw, appendPaired(nil, d)...)
	} else {
		n.emit(next.raw, appendInteger(nil, d)...)
	}
	return 2
}

// hyphenName reads three digits joined by a hyphen to a capitalized name in pairs, as a name's
// number is said: "Blink-182" blink one eighty two, "Su-57", "Apollo-Soyuz" aside. A count or
// a unit after it ("Top-100 lists" top one hundred) keeps the number, and round hundreds stay
// cardinal. It reports whether it did.
func (n *normalizer) hyphenName(t *token) bool {
	if len(t.core) < 7 || !isDigit(t.core[len(t.core)-1]) {
		return false
	}
	name, d, ok := strings.Cut(t.core, "-")
	if !ok || len(d) != 3 || !allDigits(d) || d[0] == '0' || len(name) < 3 || !isCapitalized(name) || !isLetterWord(name) ||
		strings.ToLower(name[1:]) != name[1:] {
		return false
	}
	l := strings.ToLower(name)
	if quantityPrev[l] || scaleNames[l] || monthIndex[l] > 0 || labelPrev[l] || l == "top" || l == "under" || l == "over" || l == "sub" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && (n.quantityNoun(next) || versionBlocker(next.core)) {
		return false
	}
	n.by("name and number")
	n.word(t.raw, name)
	n.emit(t.raw, appendPaired(nil, d)...)
	return true
}

// eraYear reads one end of a span of years next to an era: three digits in pairs, four as a
// year, fewer as a number.
func eraYear(dst []string, d string) []string {
	switch len(d) {
	case 3:
		return appendPaired(dst, d)
	case 4:
		return appendYear(dst, atoiSmall(d))
	}
	return appendInteger(dst, d)
}

// eraRange reads a span of years written with a dash before an era as years: "618–907 CE" six
// eighteen to nine oh seven c e, "1200-1100 BC". It returns the tokens used, or 0.
func (n *normalizer) eraRange(t *token) int {
	lo, hi, ok := cutDash(t.core)
	if !ok || !allDigits(lo) || !allDigits(hi) || len(lo) < 2 || len(lo) > 4 || len(hi) < 2 || len(hi) > 4 || lo[0] == '0' || hi[0] == '0' {
		return 0
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !eraWord(next) {
		return 0
	}
	n.by("era years")
	w := eraYear(nil, lo)
	w = append(w, "to")
	n.emit(t.raw, eraYear(w, hi)...)
	return 1
}

// unitAfterScale reads a unit symbol after a number and a scale word: "2.5 million km" two
// point five million kilometers, "4 billion ly". It reports whether it did.
func (n *normalizer) unitAfterScale(t *token) bool {
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || pp == nil || p.post != "" || pp.post != "" || t.pre != "" || !scaleNames[p.lower()] || p.core == "hundred" {
		return false
	}
	if num, rest, ok := scanNumber(pp.core); !ok || rest != "" || num.neg && num.plus {
		return false
	}
	un, ok := unitWord(t.core, true)
	if !ok || len(t.core) < 2 && t.core != "m" && t.core != "g" {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, strings.Fields(un.plural)...)
	return true
}

// scaleOfCurrency reads a currency sign glued to a scale letter with no amount, as tables and
// footnotes label their figures: "in £m" in millions of pounds, "$bn" billions of dollars. It
// reports whether it did.
func (n *normalizer) scaleOfCurrency(t *token) bool {
	if len(t.core) > 8 || !strings.HasSuffix(t.core, "m") && !strings.HasSuffix(t.core, "mn") && !strings.HasSuffix(t.core, "M") &&
		!strings.HasSuffix(t.core, "bn") && !strings.HasSuffix(t.core, "b") && !strings.HasSuffix(t.core, "B") &&
		!strings.HasSuffix(t.core, "k") && !strings.HasSuffix(t.core, "000") && !strings.HasSuffix(t.core, "tn") {
		return false
	}
	c, rest, ok := leadingCurrency(t.core)
	if !ok || rest == "" {
		return false
	}
	sc := ""
	switch rest {
	case "m", "mn", "M":
		sc = "millions"
	case "bn", "b", "B":
		sc = "billions"
	case "k", "000", "'000":
		sc = "thousands"
	case "tn":
		sc = "trillions"
	default:
		return false
	}
	n.by("money scale")
	n.emit(t.raw, sc, "of")
	n.emit(t.raw, strings.Fields(c.plural)...)
	return true
}

// isUnitSymbol reports a unit symbol ("GB", "MWh"), which a slash reads as the unit.
func isUnitSymbol(s string) bool {
	_, ok := unitWord(s, false)
	return ok
}

// plainCount reports a whole number as counts are written: digits, with thousands commas.
func plainCount(s string) bool {
	num, rest, ok := scanNumber(s)
	return ok && rest == "" && !num.hasPoint && !num.neg && !num.plus && num.intPart != ""
}

// versusTally reads a spaced "v" between two counts as "versus", as a tally or a score is set
// against another: "1,203 v 1,198", "3 v 2" ("Smith v Jones" is versusCase's; "12 v battery"
// has no count after it). It reports whether it did.
func (n *normalizer) versusTally(t *token) bool {
	if t.core != "v" && t.core != "vs" || t.post != "" && t.post != "." || t.pre != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !plainCount(prev.core) || !plainCount(next.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "versus")
	n.absorbed = t.post == "."
	return true
}

// slashedDays reads two or more capitalized weekdays, or two or more capitalized months, joined
// by slashes as their names with "and" before the last; anything else is nil.
func slashedDays(s string) []string {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 7 {
		return nil
	}
	var w []string
	days := 0
	for i, p := range parts {
		f := ""
		if isCapitalized(p) {
			f = dayOrMonth(p)
		}
		if f == "" {
			return nil
		}
		if weekdayName(f) {
			days++
		}
		if i == len(parts)-1 {
			w = append(w, "and")
		}
		w = append(w, f)
	}
	if days != 0 && days != len(parts) {
		return nil // "Mon/Jan" is no list
	}
	return w
}

// australianNumber reads an Australian business number as Australians say it: "1300 655 506"
// thirteen hundred six five five five zero six, "1800 123 456" one eight hundred one two three
// four five six (the two groups of three after the prefix), and "13 11 14" after a verb of
// calling thirteen eleven fourteen. It returns the tokens used, or 0.
func (n *normalizer) australianNumber(t *token) int {
	a, b := n.peek(1), n.peek(2)
	if a == nil || b == nil || t.post != "" || a.post != "" || a.pre != "" || b.pre != "" || t.pre != "" && t.pre != "(" {
		return 0
	}
	switch {
	case (t.core == "1300" || t.core == "1800") && len(a.core) == 3 && len(b.core) == 3 && allDigits(a.core) && allDigits(b.core):
		n.by("phone number")
		if t.core == "1300" {
			n.emit(t.raw, "thirteen", "hundred")
		} else {
			n.emit(t.raw, "one", "eight", "hundred")
		}
		n.raise(len(n.out)-1, Minor)
		n.phone(t.raw, []string{a.core, b.core}, "")
		return 3
	case t.core == "13" && len(a.core) == 2 && len(b.core) == 2 && allDigits(a.core) && allDigits(b.core) && a.core[0] != '0' && b.core[0] != '0':
		p := n.peek(-1)
		if p == nil || p.post != "" || !dialVerbs[p.lower()] && !strings.EqualFold(p.core, "on") {
			return 0
		}
		if next := n.peek(3); next != nil && b.post == "" && n.quantityNoun(next) {
			return 0
		}
		n.by("phone number")
		n.emit(t.raw, "thirteen")
		n.emit(a.raw, appendInteger(nil, a.core)...)
		n.emit(b.raw, appendInteger(nil, b.core)...)
		return 3
	}
	return 0
}

// trainWords name a train or service whose five-digit number is read digit by digit, as
// Indian Railways' numbers are: "Train 12951" one two nine five one.
var trainWords = setOf("train express mail")

// trainNumber reads five digits after a word naming a train digit by digit ("Train 12951
// leaves", "Train no. 12951"; "trains 12000 passengers" is a count). It reports whether it did.
func (n *normalizer) trainNumber(t *token) bool {
	if len(t.core) != 5 || !allDigits(t.core) || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" && !(numberWord(p) && p.post == ".") || !trainWords[p.lower()] && !numberWord(p) {
		return false
	}
	if numberWord(p) {
		if pp := n.peek(-2); pp == nil || pp.post != "" || !trainWords[pp.lower()] {
			return false // "Train no. 12951"
		}
	}
	if next := n.peek(1); next != nil && t.post == "" && isUnitSymbol(next.core) {
		return false // "train 12000 km"
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return true
}

// shareWords after a ratio make it one share for so many: "a 1:4 rights issue" one for four,
// "a 2:1 stock split" two for one.
var shareWords = setOf("rights bonus split splits consolidation")

// shareRatio reads a colon ratio before a word of shares as "for": "a 1:4 rights issue" a one
// for four rights issue, "a 3:1 bonus issue", "a 10:1 stock split". It reports whether it did.
func (n *normalizer) shareRatio(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || len(a) > 3 || len(b) > 3 || len(b) == 0 || !allDigits(a) || !allDigits(b) || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	l := next.lower()
	if (l == "stock" || l == "share" || l == "reverse") && next.post == "" {
		if nn := n.peek(2); nn != nil {
			l = nn.lower()
		}
	}
	if !shareWords[l] {
		return false
	}
	n.by("share ratio")
	w := appendInteger(nil, a)
	w = append(w, "for")
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// satScore reads an SAT score, 400 to 1600 in steps of ten, in pairs as students and
// counsellors say it: "scored 1450 on the SAT" fourteen fifty, "a 1310 SAT score". It
// reports whether it did.
func (n *normalizer) satScore(t *token) bool {
	c := t.core
	if len(c) != 4 || !allDigits(c) || c[3] != '0' || t.pre != "" {
		return false
	}
	if v := atoiSmall(c); v < 1000 || v > 1600 {
		return false
	}
	near := false
	for off := -4; off <= 4 && !near; off++ {
		if p := n.peek(off); off != 0 && p != nil && (p.core == "SAT" || p.core == "PSAT" || p.core == "SATs") {
			near = true
		}
	}
	if !near {
		return false
	}
	n.by("test score")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// versionPlus reads a version followed by "+" (this version or later) after a software name:
// "Android 8.0+" android eight point oh plus. It reports whether it did.
func (n *normalizer) versionPlus(t *token) bool {
	v, ok := strings.CutSuffix(t.core, "+")
	if !ok || !strings.Contains(v, ".") || strings.HasSuffix(v, ".") || strings.Trim(v, "0123456789.") != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !versionNames[p.lower()] {
		return false
	}
	sub := *t
	sub.core = v
	n.numeric(&sub)
	n.emit(t.raw, "plus")
	return true
}

// mmiCode reads a phone's service code of stars, hashes and digits key by key, as its users
// are told to dial it: "*#06#" star hash zero six hash, "*123#" star one two three hash. It
// reports whether it did.
func (n *normalizer) mmiCode(t *token) bool {
	if !strings.HasSuffix(t.pre, "*") && !strings.HasSuffix(t.pre, "#") && t.core[0] != '*' && t.core[0] != '#' ||
		!strings.Contains(t.core, "#") && !strings.HasPrefix(t.post, "#") {
		return false // most tokens stop here, before any string is built
	}
	s := t.pre + t.core + t.post
	s = strings.TrimRight(s, ".,;:!?)")
	s = strings.TrimLeft(s, "(")
	if len(s) < 3 || len(s) > 24 || s[0] != '*' && s[0] != '#' || s[len(s)-1] != '#' || strings.Trim(s, "*#0123456789") != "" ||
		strings.Trim(s, "*#") == "" {
		return false
	}
	var w []string
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*':
			w = append(w, "star")
		case '#':
			w = append(w, "hash")
		default:
			w = append(w, onesWords[s[i]-'0'])
		}
	}
	n.by("code digits")
	n.emit(t.raw, w...)
	return true
}

// starGrade reads a top grade written with a star ("an A* in maths" an a star; the tokenizer
// takes the star for emphasis): a capital A whose star follows it and opens no emphasis. It
// reports whether it did.
func (n *normalizer) starGrade(t *token) bool {
	if t.core != "A" || !strings.HasPrefix(t.post, "*") || strings.Contains(t.pre, "*") || strings.HasPrefix(t.post, "**") {
		return false
	}
	n.by("grade")
	n.emitLetter(t.raw, "a")
	n.emit(t.raw, "star")
	return true
}

// initialsLabel reports a host label of four or five letters that no English word could be, with
// no vowel after its first letter, that the lexicon does not know, so it is initials:
// irctc.co.in i r c t c, xkcd.com, hdfc.com (lidl.co.uk has a vowel inside: a name).
func (n *normalizer) initialsLabel(lp string) bool {
	if len(lp) < 4 || len(lp) > 5 || !isLetterWord(lp) || lp != strings.ToLower(lp) || strings.ContainsAny(lp[1:], "aeiouy") {
		return false
	}
	return !pronounceable(lp) && (n.opts.IsWord == nil || !n.opts.IsWord(lp))
}

// unitBeforePlural reports a unit glued to a number before a plural noun, which the quantity
// describes, so the unit is singular: "50MP photos" fifty megapixel photos, "10kg bags", "5mm
// screws" ("it weighs 10kg" and "10kg of rice" stay plural).
func (n *normalizer) unitBeforePlural(t *token, unit string) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || len(unit) < 2 {
		return false
	}
	w := next.core
	if un, ok := unitWord(unit, false); !ok || strings.Contains(un.sing, " per ") {
		return false // a rate is seldom an adjective: "60fps looks smooth"
	}
	return plainPlural(w) && w == strings.ToLower(w) && !notNoun[w] && !quantityVerbs[w] && !isUnitSymbol(w)
}

// quantityVerbs are verbs in -s a quantity is often the subject of: "10kg costs more", "5mm
// seems thin"; after a unit they are verbs, not nouns it describes.
var quantityVerbs = setOf(`looks seems feels sounds costs weighs lasts takes makes means needs gets goes comes runs
works holds keeps stays shows sells fits beats equals remains becomes gives adds brings requires
contains provides delivers supplies`)

// sizeSystems are the systems a clothing or shoe size is given in.
var sizeSystems = setOf("UK US EU AU IT FR JP CN MX")

// sizeSlash reads a spaced slash between sizes in two systems as a pause, not a word: "UK 8 /
// EU 42" u k eight, e u forty two. It reports whether it did.
func (n *normalizer) sizeSlash() bool {
	p, pp, next, nn := n.peek(-1), n.peek(-2), n.peek(1), n.peek(2)
	if p == nil || pp == nil || next == nil || nn == nil || pp.post != "" || !sizeSystems[pp.core] || !sizeSystems[next.core] ||
		next.post != "" || !startsNumeric(p.core) || !startsNumeric(nn.core) {
		return false
	}
	n.by("sizes")
	n.raise(len(n.out)-1, Minor)
	return true
}

// taxForms are the numbers of the US tax forms people name in the plural ("1099 forms", "W-2s"
// aside): their four digits before "forms" name the form, not a count.
var taxForms = setOf("1040 1099 1098 1095 1065 1120 4868 8949 8962 5498 1042 8863 2441 1116")

// shutterSpeed reads a fraction of a second written glued to its s as a camera's shutter speed:
// "1/4000s" one four thousandth of a second, "1/250sec". It reports whether it did.
func (n *normalizer) shutterSpeed(t *token) bool {
	d, ok := strings.CutPrefix(t.core, "1/")
	if !ok {
		return false
	}
	k := 0
	for k < len(d) && isDigit(d[k]) {
		k++
	}
	if k < 1 || k > 5 || d[0] == '0' || d[k:] != "s" && d[k:] != "sec" || atoiSmall(d[:k]) < 2 {
		return false
	}
	n.by("shutter speed")
	w := append([]string{"one"}, appendOrdinal(nil, d[:k])...)
	n.emit(t.raw, append(w, "of", "a", "second")...)
	return true
}

// browserVersion reads a "v" and three digits after a capitalized name as a version in pairs,
// as browser versions are said: "Chrome v124" chrome version one twenty four ("v100" version
// one hundred). It reports whether it did.
func (n *normalizer) browserVersion(t *token) bool {
	c := t.core
	if len(c) != 4 || c[0] != 'v' && c[0] != 'V' || !allDigits(c[1:]) || c[1] == '0' || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !isLetterWord(p.core) || !isCapitalized(p.core) && !versionNames[p.lower()] {
		return false
	}
	n.by("version")
	n.emit(t.raw, "version")
	n.emit(t.raw, appendPaired(nil, c[1:])...)
	return true
}

// releaseAfter are words after a version that say a release is meant: "Minecraft 1.21 adds new
// mobs", "the 1.21 update".
var releaseAfter = setOf("update updates patch release beta alpha adds added brings introduces drops dropped launches launched ships shipped snapshot preview changelog fixes fixed")

// releaseBefore are verbs before a name and a version: "update Minecraft to…", "download Zoom 6.2".
var releaseBefore = setOf("update updated updating upgrade upgraded download downloaded install installed installing patch patched play playing")

// releaseAvailable after "is" after a version say it is released: "Minecraft 1.21 is out".
var releaseAvailable = setOf("out available live here")

// releaseCue reports a capitalized name (prev, just before the number) whose number a release
// word around them makes a version, though the name is not known as software: "Minecraft 1.21
// adds new mobs" one point twenty one, "Minecraft 1.21 is out".
func (n *normalizer) releaseCue(prev *token) bool {
	l := prev.lower()
	if !isCapitalized(prev.core) || !isLetterWord(prev.core) || monthIndex[l] > 0 || quantityPrev[l] || labelPrev[l] || scaleNames[l] {
		return false
	}
	if pp := n.peek(-2); pp != nil && pp.post == "" && releaseBefore[pp.lower()] {
		return true
	}
	next := n.peek(1)
	if next == nil || n.peek(0).post != "" || next.pre != "" {
		return false
	}
	nl := next.lower()
	if releaseAfter[nl] {
		return true
	}
	nn := n.peek(2)
	return nl == "is" && next.post == "" && nn != nil && nn.pre == "" && releaseAvailable[nn.lower()]
}

// perNoun reports a singular noun a unit may be counted per ("cow", "charge", "head"): lower-case
// letters, three to twelve of them, not a unit or a plural.
func perNoun(w string) bool {
	if len(w) < 3 || len(w) > 12 || !isLetterWord(w) || w != strings.ToLower(w) || strings.HasSuffix(w, "s") || notNoun[w] {
		return false
	}
	_, unit := units[w]
	return !unit
}

// scoreVerbs before a pair of counts joined by a slash make it a mark out of a total: "got
// 38/45" thirty eight out of forty five.
var scoreVerbs = setOf("got get gets getting scored score scores scoring earned earns achieved achieves marked")

// slashScore reads a mark out of a total after a verb of scoring, where the total is more than
// ten: "he got 38/45 in the test" thirty eight out of forty five ("got 1/2 of it" is a half). It
// reports whether it did.
func (n *normalizer) slashScore(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) > 3 || len(b) > 3 || !allDigits(a) || !allDigits(b) || a == "" || b == "" || b[0] == '0' {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x > y || y <= 10 {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !scoreVerbs[p.lower()] {
		return false
	}
	n.by("score out of")
	w := appendInteger(nil, a)
	w = append(w, "out", "of")
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// timeSignature reads a musical metre before "time", "meter", "metre" or "signature" as its two
// numbers: "in 6/8 time" six eight time, "a 3/4 signature". It reports whether it did.
func (n *normalizer) timeSignature(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) == 0 || len(a) > 2 || !allDigits(a) || a[0] == '0' || a == "1" {
		return false // "at 1/2 time" is half time
	}
	switch b {
	case "2", "4", "8", "16":
	default:
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return false
	}
	switch next.lower() {
	case "time", "meter", "metre", "signature":
	default:
		return false
	}
	n.by("time signature")
	w := appendInteger(nil, a)
	n.emit(t.raw, appendInteger(w, b)...)
	return true
}

// pencePerLitre reads a price glued to "ppl", pence per litre, as British fuel, heating oil and
// milk are priced: "72.5ppl" seventy two point five pence per liter. It reports whether it did.
func (n *normalizer) pencePerLitre(t *token) bool {
	v, ok := strings.CutSuffix(t.core, "ppl")
	if !ok {
		return false
	}
	num, rest, ok := scanNumber(v)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	n.by("money rate")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne(), "penny", "pence"), "per", "liter")
	return true
}

// ovenPair reads two oven temperatures joined by a slash, as British recipes give a
// conventional and a fan oven's: "220°C/200°C" two hundred twenty degrees celsius, two hundred
// degrees celsius; "180C/160C fan". It reports whether it did.
func (n *normalizer) ovenPair(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok {
		return false
	}
	wa, okA := ovenTemperature(a)
	wb, okB := ovenTemperature(b)
	if !okA || !okB {
		return false
	}
	n.by("temperature")
	n.emit(t.raw, wa...)
	n.raise(len(n.out)-1, Minor)
	n.emit(t.raw, wb...)
	return true
}

// ovenTemperature reads one temperature of ovenPair: digits and °C or °F, or three digits and C
// or F.
func ovenTemperature(s string) ([]string, bool) {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k < 2 || k > 3 || s[0] == '0' {
		return nil, false
	}
	var scale string
	switch s[k:] {
	case "°C", "℃":
		scale = "celsius"
	case "°F", "℉":
		scale = "fahrenheit"
	case "C", "F":
		if k < 3 {
			return nil, false // "Seats 12C/14C": without the degree sign only an oven's hundreds
		}
		scale = map[string]string{"C": "celsius", "F": "fahrenheit"}[s[k:]]
	default:
		return nil, false
	}
	w := appendInteger(nil, s[:k])
	return append(w, "degrees", scale), true
}

// numberLabelNext reports the next token naming a number: "number", or "no." or "#" before
// digits ("IMO number 9321483", "IMO no. 9321483"; "AFAIK no." is an answer).
func (n *normalizer) numberLabelNext() bool {
	next := n.peek(1)
	if next == nil || n.peek(0).post != "" || !numberWord(next) {
		return false
	}
	if strings.EqualFold(next.core, "number") {
		return true
	}
	after := n.peek(2)
	return after != nil && startsNumeric(after.core)
}

// nearestOffer reads "ono" and "o.n.o." after a price, as classified adverts write "or nearest
// offer": "£395,000 o.n.o." ... pounds or nearest offer. It reports whether it did.
func (n *normalizer) nearestOffer(t *token) bool {
	switch t.core {
	case "ono", "ONO", "o.n.o", "O.N.O", "o.n.o.", "ovno", "OVNO", "o.v.n.o", "obo", "OBO", "o.b.o", "O.B.O":
	default:
		return false
	}
	p := n.peek(-1)
	if p == nil || !startsMoney(p.core) && !(p.core != "" && isDigit(p.core[0]) && n.peek(-2) != nil && startsMoney(n.peek(-2).core)) {
		return false
	}
	n.by("abbreviation")
	switch l := t.lower(); {
	case strings.Contains(l, "b"):
		n.emit(t.raw, "or", "best", "offer") // round sixteen: the American form
	case strings.Contains(l, "v"):
		n.emit(t.raw, "or", "very", "near", "offer")
	default:
		n.emit(t.raw, "or", "nearest", "offer")
	}
	n.absorbed = strings.HasPrefix(t.post, ".") && !strings.HasSuffix(t.core, ".")
	return true
}

// decimalOutOf reads a decimal mark out of a whole scale written with ".0", as grade point
// averages are given: "3.8/4.0" three point eight out of four point oh. It reports whether it
// did.
func (n *normalizer) decimalOutOf(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || !strings.HasSuffix(b, ".0") {
		return false
	}
	x, rx, okx := scanNumber(a)
	y, ry, oky := scanNumber(b)
	if !okx || !oky || rx != "" || ry != "" || !x.hasPoint || x.neg || y.neg || x.commas || y.commas || len(y.intPart) > 2 {
		return false
	}
	if xv, _ := x.value(); xv > atoiSmall(y.intPart) {
		return false
	}
	n.by("score out of")
	w := appendNumber(nil, x)
	w = append(w, "out", "of")
	w = appendInteger(w, y.intPart)
	n.emit(t.raw, append(w, "point", "oh")...)
	return true
}

// dayFirstDate reads a day and month joined by a slash after a word of dates when the first
// number cannot be a month: "lands on 14/3" on the fourteenth of march ("on 6/30" is month
// first, as before). It reports whether it did.
func (n *normalizer) dayFirstDate(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) != 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 13 || x > 31 || y < 1 || y > 12 {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !datePrev[p.lower()] {
		return false
	}
	n.by("date")
	w := appendDayOrdinal([]string{"the"}, x)
	n.emit(t.raw, append(w, "of", monthNames[y])...)
	return true
}

// centsPer reads cents glued to a number and a unit after a slash, as Australian livestock,
// wool and fuel prices are quoted: "780c/kg" seven hundred eighty cents per kilogram, "189.9c/L".
// It reports whether it did.
func (n *normalizer) centsPer(t *token) bool {
	i := strings.Index(t.core, "c/")
	if i < 1 {
		return false
	}
	num, rest, ok := scanNumber(t.core[:i])
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	un, ok := unitWord(t.core[i+2:], false)
	if !ok {
		return false
	}
	n.by("money rate")
	w := appendNumber(nil, num)
	w = append(w, plural(num.isOne(), "cent", "cents"), "per")
	n.emit(t.raw, append(w, strings.Fields(un.sing)...)...)
	return true
}

// slashedCode reads a reference of letters and digits in groups joined by slashes after a code
// word, letters spelled and digits one by one: "Policy ref: MTR/2291/A" m t r slash two two nine
// one slash a. It reports whether it did.
func (n *normalizer) slashedCode(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 32 || strings.Count(c, "/") < 1 || strings.HasPrefix(c, "/") || strings.HasSuffix(c, "/") ||
		strings.Contains(c, "//") || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-") != "" || !n.afterCodeWord() {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			digits++
		case c[i] >= 'A' && c[i] <= 'Z':
			letters++
		}
	}
	if digits < 3 {
		return false
	}
	n.by("code digits")
	for i := 0; i < len(c); i++ {
		switch {
		case c[i] == '/':
			n.emit(t.raw, "slash")
		case c[i] == '-':
		case isDigit(c[i]):
			n.emit(t.raw, onesWords[c[i]-'0'])
		default:
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// dateAfterTime reads a month and day joined by a slash after a time or its zone as a date:
// "ends 11:59pm PT 11/30" … pacific time november thirtieth (it was a score, eleven out of
// thirty). It reports whether it did.
func (n *normalizer) dateAfterTime(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > 12 || y < 1 || y > 31 {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" && p.post != "," {
		return false
	}
	if zoneNames[p.core] == "" && !timeZones[p.core] && !timeLike(p) {
		return false
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[x]}, y)...)
	return true
}

// middleMask reads a number whose middle digits are hidden by x or * one character at a time,
// so its shape is heard: "98xxxx1234" nine eight x x x x one two three four (a mask before
// the digits, "****4417", is maskedDigits', which reads the digits shown). It reports whether it
// did.
func (n *normalizer) middleMask(t *token) bool {
	c := t.core
	if len(c) < 6 || len(c) > 24 || !isDigit(c[0]) || !isDigit(c[len(c)-1]) {
		return false
	}
	masks, digits := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			digits++
		case c[i] == 'x' || c[i] == 'X' || c[i] == '*':
			masks++
		case c[i] == '-':
		default:
			return false
		}
	}
	if masks < 3 || !strings.Contains(strings.ToLower(c), "xxx") && !strings.Contains(c, "***") {
		return false
	}
	n.by("code digits")
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			n.emit(t.raw, onesWords[c[i]-'0'])
		case c[i] == 'x' || c[i] == 'X':
			n.emitLetter(t.raw, "x")
		case c[i] == '*':
			n.emit(t.raw, "star")
		}
	}
	return true
}

// quoteMarker drops a run of ">" opening a sentence before a word, as subtitles mark a new
// speaker and e-mail marks a quoted line ("> I'M NOT GOING BACK"); before a number it is a
// sign ("> 90% of users"). It reports whether it did.
func (n *normalizer) quoteMarker(t *token) bool {
	if n.i != 0 || strings.Trim(t.core, ">") != "" || len(t.core) > 3 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.core == "" || startsNumeric(next.core) {
		return false
	}
	n.by("quote marker")
	n.debug("dropped quote marker", "token", t.raw)
	return true
}

// cubicUnit reads "cu" and a length unit after a number as a cubic unit: "5 cu ft" five cubic
// feet, "1 cu in" one cubic inch. It returns the tokens used, or 0.
func (n *normalizer) cubicUnit(t *token) int {
	if t.core != "cu" && t.core != "cu." || t.post != "" && t.post != "." {
		return 0
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || !startsNumeric(p.core) {
		return 0
	}
	var sing, pl string
	switch strings.TrimSuffix(next.core, ".") {
	case "ft":
		sing, pl = "foot", "feet"
	case "in":
		sing, pl = "inch", "inches"
	case "yd", "yds":
		sing, pl = "yard", "yards"
	case "m":
		sing, pl = "meter", "meters"
	case "cm":
		sing, pl = "centimeter", "centimeters"
	default:
		return 0
	}
	num, rest, ok := scanNumber(p.core)
	n.by("unit")
	n.emit(t.raw, "cubic", plural(ok && rest == "" && num.isOne(), sing, pl))
	return 2
}

// timetableWords before four digits make them a 24-hour time: "ETD 0745" oh seven forty five,
// "ETA 1130" eleven thirty, "dep 1405".
var timetableWords = setOf("eta etd sta std atd ata dep arr departs arrives departure arrival departing arriving")

// gluedStars reads a rating with a star glued after it: "4.5★" four point five stars, "a 5★
// hotel" a five star hotel. It reports whether it did.
func (n *normalizer) gluedStars(t *token) bool {
	v, ok := strings.CutSuffix(t.core, "★")
	if !ok {
		v, ok = strings.CutSuffix(t.core, "⭐")
	}
	if !ok {
		return false
	}
	num, rest, ok := scanNumber(v)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	n.by("star rating")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() || adjectival(n.peek(-1), n.peek(1), t), "star", "stars"))
	return true
}

// indianGrouped parses digits grouped the Indian way, the last three together and the others in
// pairs: "1,25,000" 125000, "1,40,00,00,000". It reports false for other groupings ("125,000").
func indianGrouped(s string) (uint64, bool) {
	groups := strings.Split(s, ",")
	if len(groups) < 3 || len(groups) > 7 {
		return 0, false
	}
	for i, g := range groups {
		want := 2
		switch i {
		case 0:
			if len(g) < 1 || len(g) > 2 || g[0] == '0' {
				return 0, false
			}
			want = len(g)
		case len(groups) - 1:
			want = 3
		}
		if len(g) != want || !allDigits(g) {
			return 0, false
		}
	}
	return parseUint(strings.Join(groups, "")), true
}

// appendIndian reads an amount in crores, lakhs and thousands, as Indian English says a number
// grouped so: 125000 one lakh twenty five thousand, 1400000000 one hundred forty crore.
func appendIndian(dst []string, v uint64) []string {
	crore, lakh, rest := v/10000000, v/100000%100, v%100000
	if crore > 0 {
		dst = appendCardinal(dst, crore)
		dst = append(dst, "crore")
	}
	if lakh > 0 {
		dst = appendUnder100(dst, int(lakh))
		dst = append(dst, "lakh")
	}
	if rest > 0 || crore == 0 && lakh == 0 {
		dst = appendCardinal(dst, rest)
	}
	return dst
}

// indianAmount reads a number grouped the Indian way, with or without a rupee sign or code
// before it and "/-" (only) after it: "₹2,50,000" two lakh fifty thousand rupees,
// "1,40,00,00,000" one hundred forty crore, "Rs 75,000/-" seventy five thousand rupees. It
// returns the tokens used, or 0.
func (n *normalizer) indianAmount(t *token) int {
	if t.core[0] != 0xE2 && t.core[0] != 'R' && t.core[0] != 'I' && (!isDigit(t.core[0]) || strings.Count(t.core, ",") < 2 && !strings.HasSuffix(t.core, "/-")) {
		return 0 // "₹" starts with 0xE2; most tokens stop here
	}
	c, k, rupees := t.core, 1, false
	switch {
	case strings.HasPrefix(c, "₹"):
		c, rupees = c[len("₹"):], true
	case c == "Rs" || c == "INR" || c == "Rs.":
		next := n.peek(1)
		if next == nil || next.pre != "" || t.post != "" && !(c == "Rs" && t.post == ".") {
			return 0
		}
		c, k, rupees = next.core, 2, true
	}
	c, only := strings.CutSuffix(c, "/-")
	if c == "" || !isDigit(c[0]) {
		return 0
	}
	v, ok := indianGrouped(c)
	if !ok {
		if !only || !rupees {
			return 0
		}
		num, rest, ok := scanNumber(c) // "Rs 75,000/-": the amount is grouped as usual
		if !ok || rest != "" || num.neg || num.plus {
			return 0
		}
		n.by("money")
		n.emit(t.raw, appendMoney(nil, num, currency{"rupee", "rupees", "", ""}, "")...)
		return k
	}
	n.by("indian number")
	w := appendIndian(nil, v)
	if rupees {
		w = append(w, plural(v == 1, "rupee", "rupees"))
	}
	n.emit(t.raw, w...)
	return k
}

// canadianProvinces are the provinces' and territories' postal abbreviations.
var canadianProvinces = map[string]string{"ON": "ontario", "QC": "quebec", "BC": "british columbia", "AB": "alberta",
	"MB": "manitoba", "SK": "saskatchewan", "NS": "nova scotia", "NB": "new brunswick", "NL": "newfoundland and labrador",
	"PE": "prince edward island", "YT": "yukon", "NT": "northwest territories", "NU": "nunavut"}

// canadianPostal reports a Canadian postal code's first half, letter digit letter: "M5V".
func canadianPostal(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && isDigit(s[1]) && s[2] >= 'A' && s[2] <= 'Z'
}

// canadianProvince reads a province's abbreviation between "City," and a postal code: "Toronto,
// ON M5V 2T6" toronto ontario m five v two t six. It reports whether it did.
func (n *normalizer) canadianProvince(t *token) bool {
	pr, ok := canadianProvinces[t.core]
	if !ok || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || !strings.HasSuffix(prev.post, ",") || !isCapitalized(prev.core) || next == nil || next.pre != "" || !canadianPostal(next.core) {
		return false
	}
	n.by("province and postal code")
	n.emitPhrase(t.raw, strings.Fields(pr)...)
	return true
}

// containerCode reports a shipping container's owner code, three letters and U, J or Z (ISO 6346:
// "MSCU"), whose serial number after it is read digit by digit.
func containerCode(s string) bool {
	return len(s) == 4 && isUpperWord(s) && strings.ContainsRune("UJZ", rune(s[3]))
}

// codeSerial reads digits after a container's owner code one by one: "MSCU 482193" m s c u four
// eight two one nine three. It reports whether it did.
func (n *normalizer) codeSerial(t *token) bool {
	c := t.core
	if len(c) < 6 || len(c) > 8 || !allDigits(strings.ReplaceAll(c, "-", "")) || strings.HasPrefix(c, "-") {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !containerCode(p.core) {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, strings.ReplaceAll(c, "-", ""), false)...)
	return true
}

// videoTalk are words of video that make a number glued to p a frame rate, not pence.
var videoTalk = setOf(`record recording recorded records shoot shooting shot shoots film filming filmed video videos
footage camera cameras hdr 4k 8k 1080p fps frame frames bit 10-bit log raw prores cinematic slow-motion`)

// frameRate reads a progressive frame rate glued to p in a sentence of video: "at 24p" twenty four
// p ("50p" stays fifty pence elsewhere). It reports whether it did.
func (n *normalizer) frameRate(t *token) bool {
	d, ok := strings.CutSuffix(t.core, "p")
	if !ok {
		return false
	}
	switch d {
	case "23.976", "24", "25", "30", "48", "50", "60", "100", "120":
	default:
		return false
	}
	if !n.nearWord(videoTalk) {
		return false
	}
	n.by("video format")
	num, _, _ := scanNumber(d)
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emitLetter(t.raw, "p")
	return true
}

// gpaPoint reads a whole grade point average before GPA with "oh", as students say it: "a 4.0
// GPA" four point oh. It reports whether it did.
func (n *normalizer) gpaPoint(t *token) bool {
	i, ok := strings.CutSuffix(t.core, ".0")
	if !ok || len(i) != 1 || !isDigit(i[0]) {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || next.core != "GPA" {
		return false
	}
	n.by("grade point average")
	n.emit(t.raw, onesWordsOrZero(i[0]), "point", "oh")
	return true
}

// appleTens are the iPhone models named with a roman ten, read as Apple says them.
var appleTens = map[string][]string{"X": {"ten"}, "XS": {"ten", "s"}, "XR": {"ten", "r"}}

// iPhoneTen reads "X", "XS" and "XR" after "iPhone" as ten, ten s, ten r. It reports whether it
// did.
func (n *normalizer) iPhoneTen(t *token) bool {
	w, ok := appleTens[t.core]
	if !ok {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || p.core != "iPhone" {
		return false
	}
	n.by("model name")
	n.emit(t.raw, w[0])
	for _, l := range w[1:] {
		n.emitLetter(t.raw, l)
	}
	return true
}

// codeNumberMark reads "no." after a code word before a code of letters and digits as "number":
// "Policy no. HX-449102-B" policy number h x …. It reports whether it did.
func (n *normalizer) codeNumberMark(t *token) bool {
	if !strings.EqualFold(t.core, "no") || !t.hasDot() {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || !codeWords[p.lower()] && !codeHeads[p.lower()] {
		return false
	}
	c := next.core
	if len(c) < 3 || !isDigit(c[len(c)-1]) && !strings.ContainsAny(c, "0123456789") || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/") != "" {
		return false
	}
	n.readAbbrev(t, "number")
	return true
}

// waistLeg reports trouser sizes written as a waist and a leg: "W32/L34".
func waistLeg(left, right string) bool {
	return len(left) == 3 && len(right) >= 3 && (left[0] == 'W' || left[0] == 'w') && (right[0] == 'L' || right[0] == 'l') &&
		allDigits(left[1:]) && allDigits(right[1:3])
}
