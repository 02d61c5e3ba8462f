package text

import "strings"

// Round thirty-four: the classes held-out set 32 (by a hand new to the readers, in the
// registers of medical journal abstracts and clinical trial summaries, nutrition labels and diet
// blogs, veterinary discharge notes, lab and imaging reports, drug pricing and pharmacy benefit
// letters, and public health dashboards) missed in its dev half, and those further probes in
// its registers missed, each tested on probe sentences of the round's own written before the
// reader, readings34.tsv.

func (n *normalizer) round34Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if c[0] == 0xE2 && len(c) > 3 && n.may(shDigit) {
		if k := n.arrowUnit(t); k > 0 {
			return k // "(↓0.4 pts)": the bracket before is no matter
		}
	}
	if t.pre != "" {
		return 0
	}
	if c == "—" {
		return n.unitSpanDash(t)
	}
	switch {
	case c[0] >= '0' && c[0] <= '9':
		if len(c) == 4 && c[0] == '0' && n.may(shDigit) {
			if k := n.clockSpan(t); k > 0 {
				return k
			}
		}
		if len(c) <= 6 && n.may(shDigit) {
			if k := n.teslaField(t); k > 0 {
				return k
			}
		}
		if len(c) >= 5 && len(c) <= 12 && n.may(shDigit) && n.pharmacyNumber(t) {
			return 1
		}
		if len(c) >= 3 && len(c) <= 5 && n.may(shSlash) && n.clinicalScore(t) {
			return 1
		}
		if c[0] == '1' && len(c) >= 3 && n.may(shDigit) && n.tenPower(t, false) {
			return 1
		}
		if c[len(c)-1] == 's' && len(c) >= 4 && len(c) <= 5 {
			if k := n.decadeSpan(t); k > 0 {
				return k
			}
		}
	case c == "d":
		if n.daysInCourse(t) {
			return 1
		}
	case c == "x" || c == "×":
		if n.timesBeforePower(t) {
			return 1
		}
	case c == "mo":
		if n.monthsAfterNumber(t) {
			return 1
		}
	case (c[0] == 'x' || c[0] == 0xC3) && len(c) >= 5:
		if n.may(shDigit) && n.tenPower(t, true) {
			return 1
		}
	case c[0] >= 'a' && c[0] <= 'z' && len(c) >= 4 && len(c) <= 8 && strings.IndexByte(c, '-') > 0:
		if n.may(shHyphen) {
			if k := n.unitSpanHyphen(t); k > 0 {
				return k
			}
		}
	case isASCIILetter(rune(c[0])) && len(c) >= 5 && len(c) <= 24 && strings.IndexByte(c, ':') > 0:
		if n.may(shColon) && n.ratioColon(t) {
			return 1
		}
	case strings.HasSuffix(c, "-RADS"):
		if r := radsNames[c[:len(c)-len("-RADS")]]; r != "" {
			n.by("reporting system")
			n.emit(t.raw, r, "rads")
			return 1
		}
	case c[0] >= 'A' && c[0] <= 'Z' && len(c) >= 5 && len(c) <= 8 && c[3] == '.':
		if n.may(shDigit) && n.icdCode(t) {
			return 1
		}
	case (c[0] == 'I' || c[0] == 'V') && len(c) >= 3 && len(c) <= 6:
		if n.may(shSlash) && n.clinicalScore(t) {
			return 1
		}
	}
	if len(c) >= 5 && len(c) <= 24 && isASCIILetter(rune(c[0])) && n.may(shSlash) {
		if k := n.perSurfaceUnit(t); k > 0 {
			return k
		}
	}
	return 0
}

// mriWords in a sentence make a number's T a magnet's field strength.
var mriWords = setOf(`mri mris fmri mra mr mrs scanner scanners magnet magnets magnetic imaging imaged neuroimaging
tesla coil coils bore scan scans scanned`)

// teslaField reads a number glued to T, or with T standing after it, as a field strength in
// tesla in a sentence of magnetic resonance imaging: "a 3T scanner" a three tesla scanner,
// "imaged at 1.5 T" one point five tesla (it was three t, or three trillion). Tesla is said
// unchanged after any number, as radiologists say it and as gray is read. A toddler's size
// ("size 3T"), T-shirts ("2T shirts") and a sentence with no word of scanning stay as they were.
func (n *normalizer) teslaField(t *token) int {
	c := t.core
	k := 1
	num := c
	if body, ok := strings.CutSuffix(c, "T"); ok {
		num = strings.TrimSuffix(body, "-")
	} else {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || next.core != "T" {
			return 0
		}
		k = 2
	}
	w, f, point := strings.Cut(num, ".")
	if w == "" || len(w) > 2 || !allDigits(w) || point && (f == "" || len(f) > 2 || !allDigits(f)) {
		return 0
	}
	if prev := n.peek(-1); prev != nil && strings.EqualFold(prev.core, "size") {
		return 0
	}
	last := n.peek(k - 1)
	if next := n.peek(k); next != nil && last.post == "" && strings.HasPrefix(next.lower(), "shirt") {
		return 0
	}
	mri := false
	for j := max(0, n.i-10); j < min(len(n.toks), n.i+k+10) && !mri; j++ {
		mri = j != n.i && mriWords[strings.ToLower(n.toks[j].core)]
	}
	if !mri {
		return 0
	}
	n.by("field strength")
	var words []string
	if point {
		words = appendDecimal(nil, w, f)
	} else {
		words = appendInteger(nil, w)
	}
	if k == 1 {
		n.emit(t.raw, append(words, "tesla")...)
		return 1
	}
	n.emit(t.raw, words...)
	n.emit(last.raw, "tesla")
	return 2
}

// areaUnits are the surfaces a rate is scaled to.
var areaUnits = map[string]bool{"m2": true, "m²": true}

// perSurfaceUnit reads a unit per a unit per a number of square meters, the unit of a
// filtration rate scaled to a body's surface, by the units' names: "62 mL/min/1.73 m2" sixty two
// milliliters per minute per one point seven three square meters (it was m l slash min slash
// one point seven three m two). The area may be glued ("1.73m²"). After exactly one the first
// unit is singular; otherwise, and with no number before, plural. "L/min/m²" and "mg/m²" are
// units the unit reader knows already.
func (n *normalizer) perSurfaceUnit(t *token) int {
	c := t.core
	k := 1
	i := strings.LastIndexByte(c, '/')
	if i <= 0 || i+1 >= len(c) || !isDigit(c[i+1]) {
		return 0
	}
	rate, scale := c[:i], c[i+1:]
	j := 0
	for j < len(scale) && (isDigit(scale[j]) || scale[j] == '.') {
		j++
	}
	num, area := scale[:j], scale[j:]
	last := t
	if area == "" {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		area, last, k = next.core, next, 2
	}
	if !areaUnits[area] || !strings.Contains(rate, "/") {
		return 0
	}
	w, f, point := strings.Cut(num, ".")
	if w == "" || !allDigits(w) || point && (f == "" || !allDigits(f)) {
		return 0
	}
	un, ok := unitWord(rate, false)
	if !ok {
		return 0
	}
	one := false
	if prev := n.peek(-1); prev != nil && prev.core == "1" && prev.post == "" {
		one = true
	}
	n.by("unit per area")
	words := strings.Fields(un.plural)
	if one {
		words = strings.Fields(un.sing)
	}
	words = append(words, "per")
	if point {
		words = appendDecimal(words, w, f)
	} else {
		words = appendInteger(words, w)
	}
	a := units["m²"]
	if !point && w == "1" {
		words = append(words, strings.Fields(a.sing)...)
	} else {
		words = append(words, strings.Fields(a.plural)...)
	}
	if k == 1 {
		n.emit(t.raw, words...)
		return 1
	}
	n.emit(t.raw, words[:len(words)-2]...)
	n.emit(last.raw, words[len(words)-2:]...)
	return 2
}

// clockJoins join the two ends of a span of the clock.
var clockJoins = setOf("to until till through thru")

// hoursCues before a span of the clock say it is one of opening hours or a shift.
var hoursCues = setOf("hours open opens opening staffed shift shifts runs run available operates closes closed visiting")

// hoursAfter after a span of the clock say the same: "0800 to 2000 daily".
var hoursAfter = setOf("daily nightly weekdays weekends")

// clockSpan reads a four-digit 24-hour time with a leading zero joined by to, until or through
// to a second four-digit time, in a sentence of opening hours or shifts, as a span of the
// clock, both ends as times: "Lab hours are 0730 to 1600" oh seven thirty to sixteen hundred
// (the first was read digit by digit, a code). Numbers with no word of hours ("Samples 0730 to
// 1600 were rejected") stay as they were.
func (n *normalizer) clockSpan(t *token) int {
	c := t.core
	if !allDigits(c) || t.post != "" {
		return 0
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:])
	join, second := n.peek(1), n.peek(2)
	if hh > 23 || mm > 59 || join == nil || second == nil || join.pre != "" || join.post != "" || !clockJoins[join.lower()] ||
		second.pre != "" || len(second.core) != 4 || !allDigits(second.core) {
		return 0
	}
	h2, m2 := atoiSmall(second.core[:2]), atoiSmall(second.core[2:])
	if h2 > 23 || m2 > 59 {
		return 0
	}
	cue := false
	for j := max(0, n.i-5); j < n.i && !cue; j++ {
		cue = hoursCues[strings.ToLower(n.toks[j].core)]
	}
	if !cue && second.post == "" {
		if after := n.peek(3); after != nil {
			l := after.lower()
			cue = hoursAfter[l] || l == "on" && n.peek(4) != nil && hoursAfter[strings.ToLower(n.peek(4).core)]
		}
	}
	if !cue {
		return 0
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	n.emit(join.raw, join.lower())
	n.emit(second.raw, appendMilitary(nil, h2, m2)...)
	return 3
}

// associationInitials are health, veterinary and professional bodies whose initials, written as
// a host's label, are spelled as the bodies are said, though a reader could sound them.
var associationInitials = setOf(`avma aafp aaha aarp apha apta aota idsa aspca aacr aacn aasm aavmc cste rsna nejm ashp
acsm acpm asam aapa aanp`)

// institutionTLDs end the hosts of organizations, governments, schools and international bodies,
// whose labels of four or five letters are mostly initials.
var institutionTLDs = setOf("org gov edu mil int")

// initialsHost reports a host's label of four or five letters that is an association's initials
// (avma.org a v m a) or, on the host of an institution or below one, is no lexicon word and
// cannot be sounded (ncbi.nlm.nih.gov n c b i, pnas.org p n a s; it was read as a word). Labels
// said as words (nami.org, asco.org, himss.org with its doubled s) and brands on .com stay.
func (n *normalizer) initialsHost(lp, host string) bool {
	if len(lp) < 4 || len(lp) > 5 || !isLetterWord(lp) {
		return false
	}
	if associationInitials[lp] {
		return true
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) == 2 {
		rest := host[:max(0, len(host)-3)]
		if strings.Count(rest, ".") == 0 {
			return false
		}
		tld = rest[strings.LastIndexByte(rest, '.')+1:] // "nhs.uk", "org.uk"
	}
	if !institutionTLDs[strings.ToLower(tld)] {
		return false
	}
	w := lp
	if w[len(w)-1] == w[len(w)-2] && !isVowel(w[len(w)-1]) {
		w = w[:len(w)-1] // a doubled final consonant is one: himss, digg
	}
	// A lexicon word that opens as no English word does is initials the lexicon lists (round
	// forty-three: fdic.gov f d i c).
	if pronounceable(w) || n.opts.IsWord == nil || n.opts.IsWord(lp) && !r43BadOnset(w) || wordAcronyms[strings.ToUpper(lp)] {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && n.r40SayableStem(stem) {
		return false // a plural: docs.python.org
	}
	return true
}

// icdCues beside a code say it is a diagnosis's code of ICD-10.
var icdCues = setOf("icd icd-10 icd-10-cm icd10 code codes coded coding diagnosis diagnoses dx billed")

// icdCode reads a diagnosis code of ICD-10 beside a word of codes or diagnoses with its point,
// as coders say it: the letter, the two digits as a number ("e eleven"; with a leading zero
// digit by digit, "u zero seven"), point, and the rest digit by digit and letter by letter:
// "E11.65" e eleven point six five, "S72.001A" s seventy two point zero zero one a (it was read
// without the point). "B12" with no point, and a code with no such word near, stay as they were.
func (n *normalizer) icdCode(t *token) bool {
	c := t.core
	if !isDigit(c[1]) || !isDigit(c[2]) || len(c) < 5 {
		return false
	}
	for i := 4; i < len(c); i++ {
		if !isDigit(c[i]) && (c[i] < 'A' || c[i] > 'Z') {
			return false
		}
	}
	if !isDigit(c[4]) {
		return false
	}
	cue := false
	for j := max(0, n.i-6); j < min(len(n.toks), n.i+6) && !cue; j++ {
		cue = j != n.i && icdCues[strings.ToLower(strings.TrimSuffix(n.toks[j].core, ":"))]
	}
	if !cue {
		return false
	}
	n.by("diagnosis code")
	w := []string{}
	n.emitLetter(t.raw, strings.ToLower(c[:1]))
	if c[1] == '0' {
		w = appendDigitNames(w, c[1:3], false)
	} else {
		w = appendInteger(w, c[1:3])
	}
	w = append(w, "point")
	n.emit(t.raw, w...)
	for i := 4; i < len(c); i++ {
		if isDigit(c[i]) {
			n.emit(t.raw, onesWords[c[i]-'0'])
		} else {
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// pharmacyLabels are the labels of a prescriber's and a pharmacy card's numbers, and of a
// paper in PubMed (PMID, round thirty-four R20), in capitals as printed.
var pharmacyLabels = setOf("NPI BIN RxBIN PCN RxPCN RxGRP DEA PMID")

// pharmacyNumber reads a number of five digits or more after a prescriber's NPI or a pharmacy
// card's BIN (through is, number, # or a colon) digit by digit, as a member's number is read:
// "NPI 1487659320" n p i one four eight seven… (it was a count). "The bin holds 500" stays.
func (n *normalizer) pharmacyNumber(t *token) bool {
	if !allDigits(t.core) {
		return false
	}
	p := n.peek(-1)
	if p != nil && (p.core == "is" || p.core == "number" || p.core == "#") {
		p = n.peek(-2)
	}
	if p == nil || !pharmacyLabels[p.core] || p.post != "" && p.post != ":" {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return true
}

// scoreCues before a number over its scale say it is a clinical score.
var scoreCues = setOf("pain graded grade strength bcs score scored lameness murmur power")

// scoreLinks stand between a score's word and the score: "pain was 7/10", "a score of 6/9".
var scoreLinks = setOf("was is were are of at a an")

// scoreTops are the tops of the clinical scales: four or five for strength and lameness, six for
// murmurs, nine for a body's condition, ten for pain.
var scoreTops = map[string]string{"4": "four", "5": "five", "6": "six", "9": "nine", "10": "ten",
	"IV": "four", "V": "five", "VI": "six"}

// scoreRomans are a murmur's grades in roman numerals.
var scoreRomans = map[string]string{"I": "one", "II": "two", "III": "three", "IV": "four", "V": "five", "VI": "six"}

// clinicalScore reads a clinical score written as a number over its scale's top after a word of
// the score (pain, graded, strength, a body condition score, a murmur's grade), or before the
// scale or the murmur, out of the scale: "Pain was 7/10" seven out of ten, "graded 2/5", "a grade
// III/VI murmur" three out of six (it was read as a fraction: seven tenths). A share ("3/5 of
// patients"), cups and tablets stay fractions.
func (n *normalizer) clinicalScore(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	top := scoreTops[b]
	if !ok || top == "" {
		return false
	}
	roman := scoreRomans[a] != ""
	if roman != (b == "IV" || b == "V" || b == "VI") || !roman && (a == "" || len(a) > 2 || !allDigits(a) || atoiSmall(a) > atoiSmall(b)) {
		return false
	}
	next := n.peek(1)
	if next != nil && t.post == "" && strings.EqualFold(next.core, "of") {
		return false
	}
	p := n.peek(-1)
	if p != nil && p.post == "" && scoreLinks[p.lower()] {
		p = n.peek(-2)
	}
	cue := p != nil && p.post == "" && scoreCues[p.lower()]
	if !cue && next != nil && t.post == "" {
		l := next.lower()
		cue = l == "murmur" || l == "pain"
		if !roman && l == "on" {
			for j := n.i + 2; j < min(len(n.toks), n.i+6) && !cue; j++ {
				cue = strings.ToLower(n.toks[j].core) == "scale"
			}
		}
	}
	if !cue || roman && (p == nil || !strings.EqualFold(p.core, "grade")) && !(next != nil && strings.EqualFold(next.core, "murmur")) {
		return false
	}
	n.by("score out of a scale")
	var w []string
	if roman {
		w = append(w, scoreRomans[a])
	} else {
		w = appendInteger(w, a)
	}
	n.emit(t.raw, append(w, "out", "of", top)...)
	return true
}

// superscriptDigits are the digits written as superscripts.
var superscriptDigits = map[rune]byte{'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}

// parseTenPower splits "10^9/L", "10³/µL" or "x10^12/L" into its power's words and the unit's
// (singular, after per), with ok false for any other token. A unit is required.
func parseTenPower(c string) (power, per []string, ok bool) {
	rest, ok := strings.CutPrefix(c, "10")
	if !ok {
		return nil, nil, false
	}
	exp := ""
	if r, caret := strings.CutPrefix(rest, "^"); caret {
		k := 0
		for k < len(r) && k < 3 && isDigit(r[k]) {
			k++
		}
		exp, rest = r[:k], r[k:]
		if exp == "" {
			return nil, nil, false
		}
		power = appendInteger([]string{"to", "the", "power", "of"}, exp)
	} else {
		end := len(rest)
		for i, r := range rest {
			d, sup := superscriptDigits[r]
			if !sup {
				end = i
				break
			}
			exp += string(d)
		}
		if exp == "" || len(exp) > 2 {
			return nil, nil, false
		}
		rest = rest[end:]
		switch exp {
		case "2":
			power = []string{"squared"}
		case "3":
			power = []string{"cubed"}
		default:
			power = appendInteger([]string{"to", "the", "power", "of"}, exp)
		}
	}
	u, ok := strings.CutPrefix(rest, "/")
	if !ok || u == "" {
		return nil, nil, false
	}
	if u == "uL" || u == "ul" {
		u = "µL"
	}
	un, known := unitWord(u, false)
	if !known {
		return nil, nil, false
	}
	return power, append([]string{"per"}, strings.Fields(un.sing)...), true
}

// tenPower reads a power of ten with a unit per a volume after a count, as lab reports write
// cell counts: "11.2 x10^9/L" eleven point two times ten to the power of nine per liter (glued:
// the x was a letter), "250 × 10³/µL" … times ten cubed per microliter (the superscript and
// the micro sign were dropped). glued is set for an x or × written onto the power.
func (n *normalizer) tenPower(t *token, glued bool) bool {
	c := t.core
	if glued {
		switch {
		case strings.HasPrefix(c, "x"):
			c = c[1:]
		case strings.HasPrefix(c, "×"):
			c = c[len("×"):]
		default:
			return false
		}
		if p := n.peek(-1); p == nil || p.post != "" || !startsNumeric(p.core) {
			return false
		}
	} else if p := n.peek(-1); p == nil || p.post != "" || p.core != "x" && p.core != "×" {
		return false
	}
	power, per, ok := parseTenPower(c)
	if !ok {
		return false
	}
	n.by("power of ten")
	w := []string{}
	if glued {
		w = append(w, "times")
	}
	w = append(w, "ten")
	w = append(w, power...)
	n.emit(t.raw, append(w, per...)...)
	return true
}

// timesBeforePower reads a spaced x or × between a count and a power of ten with a unit as
// times: "250 × 10³/µL" (it was by, a size).
func (n *normalizer) timesBeforePower(t *token) bool {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || !startsNumeric(p.core) {
		return false
	}
	if _, _, ok := parseTenPower(next.core); !ok {
		return false
	}
	n.by("power of ten")
	n.emit(t.raw, "times")
	return true
}

// monthsAfterNumber reads mo in lower case after a number written apart as month or months, as
// "mo." with its period and "mos" are read: "14.2 mo in the trial" fourteen point two months
// (it was mo). Mo with a capital (a name, molybdenum) stays.
func (n *normalizer) monthsAfterNumber(t *token) bool {
	p := n.peek(-1)
	if p == nil || p.post != "" || t.hasDot() {
		return false
	}
	num, rest, ok := scanNumber(p.core)
	if !ok || rest != "" || num.neg {
		return false
	}
	n.by("unit")
	n.emit(t.raw, plural(num.isOne() && !num.hasPoint, "month", "months"))
	return true
}

// arrowWords are the arrows a dashboard writes before a change.
var arrowWords = map[string]string{"↑": "up", "↓": "down", "▲": "up", "▼": "down"}

// arrowUnit reads an arrow glued to a number before a unit written apart as the arrow's word,
// the number and the unit once: "↓3 pts" down three points (the unit was read with the number
// and again after it, spelled: down three points p t s). An arrow before a percentage ("↑12%")
// is read as before.
func (n *normalizer) arrowUnit(t *token) int {
	c := t.core
	w := arrowWords[c[:3]]
	next := n.peek(1)
	if w == "" || next == nil || t.post != "" || next.pre != "" {
		return 0
	}
	num, rest, ok := scanNumber(c[3:])
	if !ok || rest != "" || num.neg || num.plus {
		return 0
	}
	un, ok := unitWord(next.core, true)
	if !ok {
		return 0
	}
	n.by("arrow and quantity")
	words := appendNumber([]string{w}, num)
	n.emit(t.raw, words...)
	n.emit(next.raw, strings.Fields(plural(num.isOne() && !num.hasPoint, un.sing, un.plural))...)
	return 2
}

// decadeSpan reads two decades joined by a dash as a span, "120s–140s" one twenties to one
// forties, "1980s–2000s" nineteen eighties to two thousands (the dash, split off as a pause
// since a letter stands before it, was dropped). The three pieces must touch.
func (n *normalizer) decadeSpan(t *token) int {
	dash, next := n.peek(1), n.peek(2)
	if dash == nil || next == nil || dash.core != "—" || t.post != "" || next.pre != "" || t.end != dash.start || dash.end != next.start {
		return 0
	}
	a, okA := strings.CutSuffix(t.core, "s")
	b, okB := strings.CutSuffix(next.core, "s")
	if !okA || !okB || len(a) < 3 || len(b) < 3 || len(a) > 4 || len(b) > 4 || !allDigits(a) || !allDigits(b) || a[len(a)-1] != '0' || b[len(b)-1] != '0' || a[0] == '0' || b[0] == '0' {
		return 0
	}
	n.by("decade or plural number")
	n.emit(t.raw, appendDecade(nil, atoiSmall(a))...)
	n.emit(dash.raw, "to")
	n.emit(next.raw, appendDecade(nil, atoiSmall(b))...)
	return 3
}

// courseWords before a number make a d after it days: "recheck in 10–14 d", "for 5 d".
var courseWords = setOf("in for x × over within every q after")

// daysInCourse reads d after a number or a range in a note's course of treatment as days:
// "Recheck in 10–14 d" ten to fourteen days, "Give for 5 d then stop" (it was the letter d).
// A d after a number elsewhere ("3 d printing") stays a letter.
func (n *normalizer) daysInCourse(t *token) bool {
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || pp == nil || p.post != "" || pp.post != "" || t.pre != "" || p.core == "" || !isDigit(p.core[0]) {
		return false
	}
	lo, hi, dash := strings.Cut(strings.Replace(p.core, "–", "-", 1), "-")
	if !allDigits(lo) || dash && !allDigits(hi) || len(lo) > 3 || len(hi) > 3 {
		return false
	}
	next := n.peek(1)
	if !courseWords[pp.lower()] && !(next != nil && t.post == "" && strings.EqualFold(next.core, "then")) {
		return false
	}
	n.by("unit")
	n.emit(t.raw, plural(!dash && lo == "1", "day", "days"))
	return true
}

// radsNames are the first parts of the radiology reporting systems' names, said as words.
var radsNames = map[string]string{"BI": "bi", "TI": "tie", "LI": "lie", "PI": "pie"}

// spanUnit reports a unit of a span's end written apart after a number ("mo", "wks", "yrs",
// "km"), with its words for one and for more.
func spanUnit(s string) (unit, bool) {
	if s == "mo" {
		return units["mo"], true
	}
	return unitWord(s, true)
}

// unitAfterSpan reads the unit written apart after a span's second number, if any, and returns
// the tokens it took (0 or 1).
func (n *normalizer) unitAfterSpan(last *token, off int, num string) int {
	u := n.peek(off)
	if u == nil || last.post != "" || u.pre != "" {
		return 0
	}
	un, ok := spanUnit(u.core)
	if !ok {
		return 0
	}
	n.emit(u.raw, strings.Fields(plural(num == "1", un.sing, un.plural))...)
	return 1
}

// unitSpanDash reads a dash touching a number's unit before it and a number after it as to,
// as dashboards write age groups: "6 mo–4 yrs" six months to four years (the dash, split off as
// a pause since a letter stands before it, was dropped). A spaced dash stays a pause.
func (n *normalizer) unitSpanDash(t *token) int {
	p, pp, next := n.peek(-1), n.peek(-2), n.peek(1)
	if p == nil || pp == nil || next == nil || p.end != t.start || t.end != next.start || p.post != "" || pp.post != "" || next.pre != "" {
		return 0
	}
	if _, ok := spanUnit(p.core); !ok || !allDigits(pp.core) || len(pp.core) > 3 || !allDigits(next.core) || len(next.core) > 3 {
		return 0
	}
	n.by("span of quantities")
	n.emit(t.raw, "to")
	n.emit(next.raw, appendInteger(nil, next.core)...)
	return 2 + n.unitAfterSpan(next, 2, next.core)
}

// unitSpanHyphen reads a clipped unit joined by a hyphen to a number, after a number, as a span:
// "8 wks-6 mos" eight weeks to six months (it was w k s six mos).
func (n *normalizer) unitSpanHyphen(t *token) int {
	u, num, ok := strings.Cut(t.core, "-")
	p := n.peek(-1)
	if !ok || p == nil || p.post != "" || num == "" || len(num) > 3 || !allDigits(num) || !allDigits(p.core) || len(p.core) > 3 {
		return 0
	}
	un, ok := spanUnit(u)
	if !ok || u == "ft" {
		return 0 // "6 ft-2" is a height
	}
	n.by("span of quantities")
	w := strings.Fields(plural(p.core == "1", un.sing, un.plural))
	w = append(w, "to")
	n.emit(t.raw, appendInteger(w, num)...)
	return 1 + n.unitAfterSpan(t, 1, num)
}

// ratioColon reads a colon between two terms of one token beside the word ratio as to, as a
// ratio of numbers is: "the LDL:HDL ratio" l d l to h d l, "omega-6:omega-3" (the colon was
// silent). Each term begins with a letter and holds no other colon.
func (n *normalizer) ratioColon(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || a == "" || b == "" || !isASCIILetter(rune(b[0])) || strings.ContainsAny(b, ":/") || strings.ContainsAny(a, "/.@") || strings.Contains(b, ".") {
		return false
	}
	ratio := false
	for j := max(0, n.i-3); j < min(len(n.toks), n.i+3) && !ratio; j++ {
		l := strings.ToLower(n.toks[j].core)
		ratio = j != n.i && (l == "ratio" || l == "ratios")
	}
	if !ratio {
		return false
	}
	n.by("ratio")
	n.emitRoute(t.raw, a, b)
	return true
}

// wordInitialsHost splits a host's label that is no lexicon word into a lexicon word of three
// letters or more and two letters no one can sound ("petmd" pet m d, "goodrx" good r x), or two
// or three such letters and a lexicon word of four or more ("vcahospitals" v c a hospitals);
// ok false otherwise. Letters the lexicon knows as a word ("allbirds") or a doubled letter
// ("himss") are no initials. The letters are spelled by webPart, being too short to say.
func (n *normalizer) wordInitialsHost(lp string) (a, b string, ok bool) {
	if len(lp) < 5 || len(lp) > maxSegmentBytes || n.opts.IsWord == nil || !isLetterWord(lp) || n.opts.IsWord(lp) || r63NetWords[lp] { // r63NetWords: round sixty-three ("influencers" is not influence r s)
		return "", "", false
	}
	if tail := lp[len(lp)-2:]; tail[0] != tail[1] && !pronounceable(tail) && !n.opts.IsWord(tail) && n.opts.IsWord(lp[:len(lp)-2]) {
		return lp[:len(lp)-2], tail, true
	}
	for k := 2; k <= 3; k++ {
		if head := lp[:k]; len(lp)-k >= 4 && !pronounceable(head) && !n.opts.IsWord(head) && n.opts.IsWord(lp[k:]) {
			return head, lp[k:], true
		}
	}
	return "", "", false
}
