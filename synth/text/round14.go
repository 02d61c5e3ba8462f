package text

import (
	"strings"
	"unicode/utf8"
)

// Round fourteen of issue 18: readers for classes the dev half of held-out set 13 (weather and
// traffic bulletins, results and odds, spec sheets, order tracking, leaflets, newsletters,
// notices, encyclopedia text, release notes, timetables, conversational answers), the leftovers
// of round thirteen (spans of fractions, 24-hour ranges, Vancouver citations) and fresh probe
// sentences found.

// spanJoins join the two ends of a span of fractions: "1/2 to 3/4".
var spanJoins = setOf("to and or")

// properFraction reports a token that is a proper fraction a/b as isFraction reads one.
func properFraction(t *token) bool {
	if t == nil {
		return false
	}
	a, b, ok := splitFraction(t.core)
	return ok && isFraction(a, b)
}

// fractionSpan reports that the pair at n.i is one end of a span of two proper fractions read as
// fractions, not as month/day dates: "use 1/2 to 3/4 of a teaspoon", "from 1/4 to 1/2 of the
// total", "add 1/4 to 1/2 cup". A span after a date word ("from 1/2 to 3/4", "on 6/1 or 6/2")
// stays two dates unless "of" or a unit follows it.
func (n *normalizer) fractionSpan(a, b string) bool {
	if !isFraction(a, b) {
		return false
	}
	first := 0
	if j := n.peek(1); j != nil && n.peek(0).post == "" && spanJoins[j.lower()] && j.post == "" && properFraction(n.peek(2)) {
		first = 0
	} else if j := n.peek(-1); j != nil && j.post == "" && spanJoins[j.lower()] && properFraction(n.peek(-2)) && n.peek(-2).post == "" {
		first = -2
	} else {
		return false
	}
	if after := n.peek(first + 3); after != nil && n.peek(first+2).post == "" {
		l := after.lower()
		if l == "of" || l == "a" || l == "an" {
			return true
		}
		if _, ok := unitWord(after.core, true); ok {
			return true
		}
		if measureNouns[l] {
			return true
		}
	}
	before := n.peek(first - 1)
	if before == nil || before.post != "" {
		return true
	}
	l := before.lower()
	return !datePrev[l] && l != "between" && l != "to"
}

// measureNouns are kitchen and workshop measures written out that may follow a fraction.
var measureNouns = setOf("cup cups teaspoon teaspoons tablespoon tablespoons tsp tbsp inch inches mile miles pound pounds ounce ounces stick sticks pint pints gallon gallons")

// lengthUnits are units of length: between two lengths × is "by" ("4.2 m × 3.6 m").
var lengthUnits = setOf("m cm mm km ft in inch inches yd yds mi metres meters metre meter feet foot yards")

// lengthBy reports × or x between a length and a number: "4.2 m × 3.6 m" four point two meters
// by three point six meters, "3 ft x 4 ft". "5 kg × 9.8" (not a length) stays times.
func (n *normalizer) lengthBy(t *token) bool {
	if t.core != "×" && t.core != "x" && t.core != "X" {
		return false
	}
	unit, num, next := n.peek(-1), n.peek(-2), n.peek(1)
	if unit == nil || num == nil || next == nil || unit.post != "" || num.post != "" || t.post != "" ||
		!lengthUnits[unit.core] || !startsNumeric(num.core) || !startsNumeric(next.core) || n.equation() {
		return false // "2 m × 3 = 6 m" is a product
	}
	n.by("dimensions")
	n.emit(t.raw, "by")
	return true
}

// bracketYear reads a four-digit number alone in brackets after a name as a year: "the Battle
// of Hastings (1066)" ten sixty six, "Magna Carta (1215)". Numbers from 1900 on are years
// already; before 1900 a bare number needs a year's context. A lower-case word before the
// bracket ("word count (1500)") keeps it a count.
func (n *normalizer) bracketYear(t *token) bool {
	c := t.core
	if len(c) != 4 || !allDigits(c) || !strings.HasPrefix(t.pre, "(") || !strings.HasPrefix(t.post, ")") {
		return false
	}
	y := atoiSmall(c)
	if y < 1000 || y > 1899 {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || n.i < 2 || !isCapitalized(p.core) || isUpperWord(p.core) {
		return false
	}
	n.by("year")
	n.emit(t.raw, appendYear(nil, y)...)
	return true
}

// lifeMarks open a bracket of dates in reference works: "(r. 1837–1901)" reigned, "(b. 1947)"
// born, "(d. 1850)" died, "(fl. 1340)" flourished. (r. was added back after the held13 unseen
// measurement.)
var lifeMarks = map[string]string{"r": "reigned", "b": "born", "d": "died", "fl": "flourished"}

// lifeMark reads a mark of lifeMarks opening a bracket before a year, and a lone year after it:
// "(b. 1867)" born eighteen sixty seven. Other b. and d. stay as they were. It returns the
// tokens used, or 0.
func (n *normalizer) lifeMark(t *token) int {
	if !t.hasDot() || !strings.HasPrefix(t.pre, "(") {
		return 0
	}
	w := lifeMarks[t.core]
	if w == "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) < 3 || !isDigit(next.core[0]) || !isDigit(next.core[1]) {
		return 0
	}
	n.readAbbrev(t, w)
	if y := atoiSmall(next.core); len(next.core) == 4 && allDigits(next.core) && y >= 1000 && y <= 2099 {
		n.by("year")
		n.emit(next.raw, appendYear(nil, y)...)
		return 2
	}
	return 1
}

// dateListEnd reports "and" or "or" after a month and day read as a date: "closed on 6/1 and
// 6/2" reads the second as a date too.
func (n *normalizer) dateListEnd() bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(n.out) < 2 {
		return false
	}
	switch prev.lower() {
	case "and", "or":
	default:
		return false
	}
	return n.out[len(n.out)-2].Rule == "date"
}

// regnalFirst reads "I" after a regnal name as "the first" where the numeral cannot be the
// pronoun: possessive ("Charles I's execution") or before a bracket ("Peter I (1682–1725)").
func (n *normalizer) regnalFirst(t *token) bool {
	c := strings.ReplaceAll(t.core, "’", "'")
	poss := c == "I's"
	if c != "I" && !poss {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !regnalNames[p.core] {
		return false
	}
	if !poss {
		next := n.peek(1)
		if next == nil || t.post != "" || !strings.HasPrefix(next.pre, "(") {
			return false
		}
	}
	n.by("roman numeral")
	w := "first"
	if poss {
		w = "first's"
	}
	n.emit(t.raw, "the", w)
	return true
}

// releaseVerbs before in, since, to or from make a number with a point a software version:
// "removed in 3.0" three point oh, "the minimum Go version to 1.22".
var releaseVerbs = setOf("removed added introduced deprecated fixed released shipped deleted changed landed available version bumped upgraded upgrade updated update downgraded migrated supported new") // new: round twenty-five ("New in 3.0:", "What's new in 2.0")

// releaseVersion reports that prev, a preposition, follows a verb of releasing, so the number
// after it is a version.
func (n *normalizer) releaseVersion(prev *token) bool {
	switch prev.lower() {
	case "in", "since", "to", "from", "until", "before":
	default:
		return false
	}
	pp := n.peek(-2)
	return pp != nil && pp.post == "" && prev.post == "" && releaseVerbs[pp.lower()]
}

// capitalNumberMark reads "No." with a capital before a code of capitals and digits as
// "number", whatever names the code: "Licence No. PL-04471", "Certificate No. AB1234".
func (n *normalizer) capitalNumberMark(t *token) bool {
	if t.core != "No" || !t.hasDot() {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !upperCode(next.core) {
		return false
	}
	n.readAbbrev(t, "number")
	return true
}

// upperCode reports a code of capitals and at least two digits, perhaps with hyphens or
// slashes: "PL-04471", "AB1234".
func upperCode(c string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case c[i] >= 'A' && c[i] <= 'Z':
			letters++
		case isDigit(c[i]):
			digits++
		case c[i] == '-' || c[i] == '/':
		default:
			return false
		}
	}
	return letters > 0 && digits >= 2
}

// clock24Pair reads a whole hour written with a leading zero ("07:00") as a 24-hour time,
// oh seven hundred, when the other end of its range or pair is past noon on the 24-hour clock:
// "07:00–19:00" oh seven hundred to nineteen hundred, "between 09:00 and 15:00". Alone, or
// beside another morning time, it stays seven o'clock.
func clock24Pair(body, other string) ([]string, bool) {
	if len(body) != 5 || body[0] != '0' || body[2] != ':' || body[3:] != "00" || !allDigits(body[:2]) {
		return nil, false
	}
	h := atoiSmall(body[:2])
	if h == 0 {
		return nil, false
	}
	oh, om, ok := strings.Cut(other, ":")
	if !ok || len(oh) != 2 || len(om) != 2 || !allDigits(oh) || !allDigits(om) {
		return nil, false
	}
	if v := atoiSmall(oh); v < 13 || v > 23 {
		return nil, false
	}
	return appendMilitary(nil, h, 0), true
}

// clockPartner returns the other time of a spaced range or pair the token at n.i belongs to
// ("07:00 – 19:00", "between 09:00 and 15:00", "from 08:00 to 20:00"), or "".
func (n *normalizer) clockPartner() string {
	for _, d := range [...]int{1, -1} {
		j, o := n.peek(d), n.peek(2*d)
		if j == nil || o == nil {
			continue
		}
		first := n.peek(0)
		if d < 0 {
			first = o
		}
		if first.post != "" || j.post != "" {
			continue
		}
		switch j.lower() {
		case "to", "and", "until", "till", "through", "-", "–", "—":
			return o.core
		}
	}
	return ""
}

// vancouver reads a citation's year, volume, issue and pages written the Vancouver way:
// "2019;570(7760):123-7" twenty nineteen volume five hundred seventy issue seven thousand seven
// hundred sixty pages one hundred twenty three to one hundred twenty seven (an end page written
// short takes the start page's leading digits); an electronic page ("2018;360:k322") is read
// page k three hundred twenty two. It reports whether it did.
func (n *normalizer) vancouver(t *token) bool {
	c := t.core
	y, rest, ok := strings.Cut(c, ";")
	if !ok || len(y) != 4 || !allDigits(y) || atoiSmall(y) < 1600 || atoiSmall(y) > 2099 {
		return false
	}
	vol, pages, ok := strings.Cut(rest, ":")
	if !ok || vol == "" || pages == "" {
		return false
	}
	issue := ""
	if k := strings.IndexByte(vol, '('); k >= 0 {
		if !strings.HasSuffix(vol, ")") {
			return false
		}
		vol, issue = vol[:k], vol[k+1:len(vol)-1]
		if issue == "" || len(issue) > 6 || !allDigits(issue) {
			return false
		}
	}
	if vol == "" || len(vol) > 5 || !allDigits(vol) {
		return false
	}
	elocator := len(pages) >= 3 && len(pages) <= 9 && pages[0] >= 'a' && pages[0] <= 'z' && allDigits(pages[1:])
	lo, hi, span := strings.Cut(pages, "-")
	if !span {
		lo, hi, span = strings.Cut(pages, "–")
	}
	if !elocator && (lo == "" || len(lo) > 7 || !allDigits(lo) || span && (hi == "" || len(hi) > len(lo) || !allDigits(hi))) {
		return false
	}
	n.by("citation")
	n.emit(t.raw, appendYear(nil, atoiSmall(y))...)
	n.emit(t.raw, "volume")
	n.emit(t.raw, appendInteger(nil, vol)...)
	if issue != "" {
		n.emit(t.raw, "issue")
		n.emit(t.raw, appendInteger(nil, issue)...)
	}
	switch {
	case elocator:
		n.emit(t.raw, "page")
		n.emitLetter(t.raw, pages[:1])
		n.emit(t.raw, appendInteger(nil, pages[1:])...)
	case span:
		n.emit(t.raw, "pages")
		n.emit(t.raw, appendInteger(nil, lo)...)
		n.emit(t.raw, "to")
		n.emit(t.raw, appendInteger(nil, lo[:len(lo)-len(hi)]+hi)...)
	default:
		n.emit(t.raw, "page")
		n.emit(t.raw, appendInteger(nil, lo)...)
	}
	return true
}

// courtReporters are the law reports cited between a volume and a page: "410 U.S. 113".
var courtReporters = map[string][]string{
	"U.S": {"u", "s"}, "F.2d": {"f", "second"}, "F.3d": {"f", "third"}, "F.4th": {"f", "fourth"},
}

// reporterCitation reads a case citation's volume, law report and first page, the volume and
// page in pairs as lawyers say them: "410 U.S. 113" four ten u s one thirteen, "531 F.3d 1220"
// five thirty one f third twelve twenty. It returns the tokens used, or 0.
func (n *normalizer) reporterCitation(t *token) int {
	vol := t.core
	if len(vol) == 0 || len(vol) > 3 || !allDigits(vol) || vol[0] == '0' || t.post != "" {
		return 0
	}
	rep, page := n.peek(1), n.peek(2)
	if rep == nil || page == nil || rep.pre != "" || page.pre != "" {
		return 0
	}
	w, ok := courtReporters[strings.TrimSuffix(rep.core, ".")]
	if !ok || rep.post != "" && rep.post != "." || len(page.core) == 0 || len(page.core) > 4 || !allDigits(page.core) || page.core[0] == '0' {
		return 0
	}
	n.by("case citation")
	n.emit(t.raw, appendPaired(nil, vol)...)
	for _, l := range w {
		if len(l) == 1 {
			n.emitLetter(rep.raw, l)
		} else {
			n.emit(rep.raw, l)
		}
	}
	n.emit(page.raw, appendPaired(nil, page.core)...)
	return 3
}

// round14Token tries the round-fourteen readers on the token at n.i and returns the tokens used,
// or 0.
func (n *normalizer) round14Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shLower|shUpper|shWide) && n.lengthBy(t) || n.may(shLower|shWide) && n.spacedTimes(t) || n.may(shUpper) && n.bigO(t) || n.may(shUpper|shLower) && n.markBeforeNumber(t) ||
		n.may(shSlash) && n.overUnder(t) || n.may(shUpper) && (n.junctionSpan(t) || n.placeState(t)) || n.may(shSlash) && n.currencyPair(t) || n.may(shWide) && n.letterDimensions(t) ||
		n.may(shLower) && n.msAlone(t) || n.may(shUpper) && (n.acronymGluedVersion(t) || n.matchTime(t)) || n.may(shLower) && n.defeatedMark(t) ||
		n.may(shUpper) && (n.regnalFirst(t) || n.capitalNumberMark(t)) || n.may(shSlash) && n.weekCommencing(t) || n.may(shPunct|shWide) && (n.circaDash(t) || n.dateDash(t) || n.ordinalDash(t)) {
		return 1
	}
	switch t.core {
	case "§§":
		n.by("symbol")
		n.emit(t.raw, "sections") // "§§ 12–15"
		return 1
	case "¶¶":
		n.by("symbol")
		n.emit(t.raw, "paragraphs")
		return 1
	}
	if n.may(shUpper | shLower) {
		if k := n.schoolYear(t); k > 0 { // "Yr", "yr", "Y10"
			return k
		}
	}
	if n.may(shLower) {
		if k := n.lifeMark(t); k > 0 { // "b", "fl"
			return k
		}
	}
	if isDigit(t.core[0]) {
		if n.portNumber(t) || n.emergencyListed(t) || n.versionPossessive(t) || n.bracketYear(t) || n.may(shPunct) && n.vancouver(t) || n.classLetter(t) || n.may(shColon) && n.mixRatio(t) || n.may(shSlash) && n.ratingAlone(t) || n.hourMinutes(t) {
			return 1
		}
		if k := n.reporterCitation(t); k > 0 {
			return k
		}
		if k := n.perAmount(t); k > 0 {
			return k
		}
		if k := n.spacedVulgar(t); k > 0 {
			return k
		}
		if k := n.spacedMinutes(t); k > 0 {
			return k
		}
	}
	return 0
}

// eachWords before a quantity make it an adjective when a singular noun follows it: "one 5 ml
// spoonful", "each 100 g serving", "every 2 km stretch" (each was added back after the held13
// unseen measurement).
var eachWords = setOf("each every one")

// timeUnits are units of time: "every 10 min" is how often, never an adjective.
var timeUnits = setOf("s sec secs second seconds min mins minute minutes h hr hrs hour hours d day days wk wks week weeks mo mos month months yr yrs year years ms")

// eachAdjective reports a singular noun after a quantity that eachWords open: after is the token
// after the quantity, last the quantity's own last token. A word ending in s ("one 5 ml
// contains") and a unit of time ("every 10 min check") do not make one.
func eachAdjective(after, last *token) bool {
	if after == nil || last == nil || last.post != "" || after.pre != "" {
		return false
	}
	if timeUnits[strings.ToLower(strings.TrimLeft(last.core, "0123456789.,"))] {
		return false
	}
	a := after.core
	return len(a) > 2 && isLetterWord(a) && a == strings.ToLower(a) && !notNoun[a] && !strings.HasSuffix(a, "ly") && !strings.HasSuffix(a, "s")
}

// clauseEnd reports punctuation after a token that closes a clause: a comma, a colon, a
// semicolon, or !, ? or a full stop.
func clauseEnd(post string) bool {
	return post != "" && strings.ContainsAny(post[:1], ",;:!?.")
}

// hhmm reports four digits that are a 24-hour time: "0715", "2359".
func hhmm(s string) bool {
	return len(s) == 4 && allDigits(s) && atoiSmall(s[:2]) <= 23 && atoiSmall(s[2:]) <= 59
}

// doseUnits measure a drug or a nutrient; doseBases the volume or mass it comes in.
var (
	doseUnits = setOf("mg mcg µg μg ug g ng IU mmol µmol μmol mEq mol kcal")
	doseBases = setOf("ml mL L l dL dl kg g cc")
)

// perAmount reads a dose per an amount: "125 mg/5 mL" one hundred twenty five milligrams per
// five milliliters, "250mg/5ml", "40 mg/0.4 mL" (a unit, a slash, a number and a unit, spaced or
// glued), where the slash would otherwise be read. It returns the tokens used, or 0.
func (n *normalizer) perAmount(t *token) int {
	num, rest, ok := scanNumber(t.core)
	if !ok || num.neg || num.plus {
		return 0
	}
	used := 1
	if rest == "" {
		u := n.peek(1)
		if u == nil || t.post != "" || u.pre != "" {
			return 0
		}
		rest, used = u.core, 2
	}
	u1, r, ok := strings.Cut(rest, "/")
	if !ok || u1 == "" || r == "" || !isDigit(r[0]) {
		return 0
	}
	den, u2, ok := scanNumber(r)
	if !ok || den.neg || den.plus || den.commas {
		return 0
	}
	if u2 == "" {
		last := n.peek(used - 1)
		u := n.peek(used)
		if u == nil || last.post != "" || u.pre != "" {
			return 0
		}
		u2, used = u.core, used+1
	}
	if !doseUnits[u1] || !doseBases[u2] {
		return 0 // "8GB/256GB", "220V/50Hz", "200°C/400°F" are two quantities
	}
	a, okA := unitWord(u1, false)
	b, okB := unitWord(u2, false)
	if !okA || !okB {
		return 0
	}
	n.by("dose per amount")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, strings.Fields(plural(num.isOne(), a.sing, a.plural))...)
	n.emit(t.raw, "per")
	n.emit(t.raw, appendNumber(nil, den)...)
	n.emit(t.raw, strings.Fields(plural(den.isOne(), b.sing, b.plural))...)
	return used
}

// schoolWords in a sentence make "Y11" a school year.
var schoolWords = setOf(`school schools pupil pupils student students class classes exam exams mock mocks
term trip assembly teacher teachers parents parent year group homework gcse gcses sats options
reception nursery form tutor sixth uniform`)

// schoolYear reads "Yr 7" (any sentence) and "Y11" (in a sentence about school) as a school
// year: year seven, year eleven ("5 yr" after a number is read with the number, as years);
// "Y2K" and "Y11" elsewhere stay as they were. It returns the tokens used, or 0.
func (n *normalizer) schoolYear(t *token) int {
	c := t.core
	if (c == "Yr" || c == "yr" || c == "YR") && (t.post == "" || t.post == ".") {
		next := n.peek(1)
		if next == nil || next.pre != "" || len(next.core) == 0 || len(next.core) > 2 || !allDigits(next.core) || atoiSmall(next.core) > 13 {
			return 0
		}
		n.by("school year")
		n.emit(t.raw, "year")
		n.absorbed = t.post == "."
		n.emit(next.raw, appendInteger(nil, next.core)...)
		return 2
	}
	if len(c) < 2 || len(c) > 3 || c[0] != 'Y' || !allDigits(c[1:]) || c[1] == '0' || atoiSmall(c[1:]) > 13 {
		return 0
	}
	school := false
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+8) && !school; k++ {
		school = k != n.i && schoolWords[strings.ToLower(n.toks[k].core)]
	}
	if !school {
		return 0
	}
	n.by("school year")
	n.emit(t.raw, "year")
	n.emit(t.raw, appendInteger(nil, c[1:])...)
	return 1
}

// weekCommencing reads "w/c" and "w/b" before a date as "week commencing" and "week
// beginning": "w/c 12 Jan". Elsewhere ("w/c" a toilet or a wheelchair in British notices) they
// stay as they were.
func (n *normalizer) weekCommencing(t *token) bool {
	word := "commencing"
	switch t.lower() {
	case "w/c":
	case "w/b":
		word = "beginning"
	default:
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" {
		return false
	}
	l := strings.ToLower(strings.TrimSuffix(next.core, "."))
	if !isDigit(next.core[0]) && monthIndex[l] == 0 && !weekdayAbbrev[l] && !weekdayNames[l] {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "week", word)
	n.absorbed = strings.HasPrefix(t.post, ".")
	return true
}

// weekdayNames are the days of the week in full, lower case.
var weekdayNames = setOf("monday tuesday wednesday thursday friday saturday sunday")

// circaDash reads a spaced dash between a year and a second circa year as "to": "(c. 1341 –
// c. 1323 BC)". It reports whether it did.
func (n *normalizer) circaDash(t *token) bool {
	if t.core != "–" && t.core != "-" && t.core != "—" {
		return false
	}
	p, c, y := n.peek(-1), n.peek(1), n.peek(2)
	if p == nil || c == nil || y == nil || p.post != "" || !allDigits(p.core) || len(p.core) > 4 ||
		c.core != "c" && c.core != "ca" || !c.hasDot() || y.pre != "" || len(y.core) < 2 || !isDigit(y.core[0]) {
		return false
	}
	n.by("range")
	n.emit(t.raw, "to")
	return true
}

// classLabels name a class or form by a number and a letter: "Class 3M", "form 5C".
var classLabels = setOf("class form set group tutor year yr")

// classLetter reads a number and a capital letter after a word naming a class as the number and
// the letter: "Class 3M won" three m (M is not million here), "Form 10B". It reports whether it
// did.
func (n *normalizer) classLetter(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 3 || !isUpperLetter(c[len(c)-1]) || !allDigits(c[:len(c)-1]) || c[0] == '0' {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !classLabels[p.lower()] {
		return false
	}
	n.by("label")
	n.emit(t.raw, appendInteger(nil, c[:len(c)-1])...)
	n.emitLetter(t.raw, strings.ToLower(c[len(c)-1:]))
	return true
}

// matchTimes are the points of a match written in capitals: "at HT" half time.
var matchTimes = map[string][]string{"HT": {"half", "time"}, "FT": {"full", "time"}}

// scoreLike reports a token written as a score: "2-0", "1–1".
func scoreLike(t *token) bool {
	if t == nil {
		return false
	}
	a, b, ok := strings.Cut(strings.ReplaceAll(t.core, "–", "-"), "-")
	return ok && a != "" && b != "" && len(a) <= 3 && len(b) <= 3 && allDigits(a) && allDigits(b)
}

// matchTime reads HT and FT as half time and full time beside a score or after "at": "2–0 up
// at HT", "HT: 1-0", "1-1 FT". Elsewhere they stay letters ("FT" the newspaper, "50 FT").
func (n *normalizer) matchTime(t *token) bool {
	w, ok := matchTimes[t.core]
	if !ok {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	switch {
	case p != nil && p.post == "" && (strings.EqualFold(p.core, "at") || strings.EqualFold(p.core, "by")):
	case p != nil && scoreLike(p) && (p.post == "" || p.post == ","):
	case next != nil && (strings.HasPrefix(t.post, ":") || t.post == "" && next.pre == "") && scoreLike(next):
	default:
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, w...)
	return true
}

// oddsAfter reports a pair a/b right after "odds": "min odds 1/2" one to two, whichever side is
// larger. "Odds of 1/2" stays a fraction, as round nine's table reads it.
func (n *normalizer) oddsAfter() bool {
	p := n.peek(-1)
	return p != nil && p.post == "" && strings.EqualFold(p.core, "odds")
}

// mixWords after a ratio name a mixture or a proportion: "a 1:10 bleach solution".
var mixWords = setOf("solution solutions mix mixture ratio dilution blend proportion")

// mixRatio reads a colon pair after "a" or "an" before a word of mixtures, or a compound joined
// by "-to-", as a ratio: "a 1:10 bleach-to-water solution" one to ten. A clock time after "a"
// has no such word after it ("a 1:10 train"). It reports whether it did.
func (n *normalizer) mixRatio(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || a == "" || b == "" || len(a) > 3 || len(b) > 3 || !allDigits(a) || !allDigits(b) || t.post != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !strings.EqualFold(p.core, "a") && !strings.EqualFold(p.core, "an") {
		return false
	}
	found := false
	for off := 1; off <= 3 && !found; off++ {
		w := n.peek(off)
		if w == nil {
			break
		}
		l := w.lower()
		found = mixWords[l] || strings.Contains(l, "-to-")
		if w.post != "" {
			break
		}
	}
	if !found {
		return false
	}
	n.by("ratio")
	n.emitJoined(t.raw, a, b, "to")
	return true
}

// ratingAdjectives may stand between an article and a rating: "a solid 9/10".
var ratingAdjectives = setOf("solid strong easy firm fair generous decent respectable clear perfect definite hard high low weak humble honest comfortable safe straight well-deserved deserved")

// ratingFollowers may follow a rating in its clause where a fraction would take a noun or
// "of": "a 6/10 at best", "a 4/5 from me", "a 7/10 and an 8/10", "a 3/5 in the review".
var ratingFollowers = setOf("at from for and but or imo tbh overall tops max maybe honestly easily though")

// ratingAlone reads a mark out of five or ten after "a" or "an" (and perhaps an adjective of
// judging) that closes its clause, or that a preposition of the judgment follows, as a rating:
// "it's a 7/10 — decent" seven out of ten, "I'd call it a 4/5.", "a solid 9/10, would buy
// again", "maybe an 8/10", "a 6/10 at best". A noun or "of" after it keeps a fraction ("a 1/5
// chance", "a good 1/5 of the budget"). It reports whether it did.
func (n *normalizer) ratingAlone(t *token) bool {
	a, b, ok := splitFraction(t.core)
	if !ok || b != "5" && b != "10" || atoiSmall(a) > atoiSmall(b) || len(a) > 2 {
		return false
	}
	p := n.peek(-1)
	if p != nil && p.post == "" && ratingAdjectives[p.lower()] {
		p = n.peek(-2) // "a solid 9/10", "an easy 8/10"
	}
	if p == nil || p.post != "" || !strings.EqualFold(p.core, "a") && !strings.EqualFold(p.core, "an") {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && next.core != "—" && next.core != "–" && !ratingFollowers[next.lower()] {
		return false
	}
	n.by("rating")
	n.emitOutOf(t.raw, a, b)
	return true
}

// hourMinutes reads hours and minutes written "2h10" as two hours ten minutes; after a label
// ("Room 4h12") it is a code.
func (n *normalizer) hourMinutes(t *token) bool {
	h, m, ok := strings.Cut(t.core, "h")
	if !ok || h == "" || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) || atoiSmall(m) > 59 {
		return false
	}
	if p := n.peek(-1); p != nil {
		l := strings.ToLower(strings.TrimSuffix(p.core, "."))
		if labelPrev[l] || bareDegreeBlockers[l] || codeWords[l] {
			return false
		}
	}
	n.by("duration")
	hv := atoiSmall(h)
	n.emit(t.raw, appendInteger(nil, h)...)
	n.emit(t.raw, plural(hv == 1, "hour", "hours"))
	if mv := atoiSmall(m); mv > 0 {
		n.emit(t.raw, appendInteger(nil, strings.TrimLeft(m, "0"))...)
		n.emit(t.raw, plural(mv == 1, "minute", "minutes"))
	}
	return true
}

// spacedVulgar reads a whole number and a vulgar fraction written apart as one amount: "2 ½
// cups" two and a half cups, as "2½" is read.
func (n *normalizer) spacedVulgar(t *token) int {
	c := t.core
	if len(c) > 4 || !allDigits(c) || t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	r, size := utf8.DecodeRuneInString(next.core)
	f, ok := vulgarFractions[r]
	if !ok || size != len(next.core) {
		return 0
	}
	n.by("fraction")
	n.emit(t.raw, andFraction(appendIntegerValue(nil, c), f[0], f[1])...)
	n.i++ // the unit after reads from the fraction's token
	k := n.unitAfterN(next, number{intPart: "2"}, 0)
	n.i--
	return 2 + k
}

// hourUnits are the ways an hour is written before minutes: "2 h 49 m".
var hourUnits = setOf("h hr hrs hour hours")

// spacedMinutes reads a spaced "m" after hours as minutes: "2 h 49 m" two hours forty nine
// minutes ("49 m" elsewhere stays meters). It returns the tokens used, or 0.
func (n *normalizer) spacedMinutes(t *token) int {
	c := t.core
	if len(c) > 2 || !allDigits(c) || t.post != "" || atoiSmall(c) > 59 {
		return 0
	}
	m, h, hn := n.peek(1), n.peek(-1), n.peek(-2)
	if m == nil || h == nil || hn == nil || m.core != "m" || m.pre != "" || h.post != "" || hn.post != "" || !hourUnits[h.core] || !allDigits(hn.core) {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, c)...)
	n.emit(m.raw, plural(c == "1", "minute", "minutes"))
	return 2
}

// defeatedMark reads "d." between two capitalized names in a line of results as "defeated":
// "Sinner d. Alcaraz 6-3, 7-6(5)". The splitter ends the sentence at such a "d." unless digits
// follow it (a score), so a "d." that reaches here between names is a result.
func (n *normalizer) defeatedMark(t *token) bool {
	if t.core != "d" || !t.hasDot() {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || !isCapitalized(p.core) || !isCapitalized(next.core) {
		return false
	}
	n.readAbbrev(t, "defeated")
	return true
}

// oddsNouns after a pair make it a price: "4/9 favourites" four to nine, "15/2 outsiders".
var oddsNouns = setOf("favourite favourites favorite favorites outsider outsiders shot shots underdog underdogs longshot")

// oddsNounNext reports a price before a word of oddsNouns.
func (n *normalizer) oddsNounNext() bool {
	next := n.peek(1)
	return next != nil && n.peek(0).post == "" && oddsNouns[next.lower()]
}

// actYearBefore reports an Act and its year, then a comma, right before the token: "(Housing
// Act 2004, s.213)", where a section of that Act follows.
func (n *normalizer) actYearBefore() bool {
	y, act := n.peek(-1), n.peek(-2)
	return y != nil && act != nil && y.post == "," && len(y.core) == 4 && allDigits(y.core) && act.post == "" && act.core == "Act"
}

// comparisonWords after "N x" make the x "times": "3 x the national average", "2 x as fast".
var comparisonWords = setOf("the as more less faster slower higher lower bigger smaller larger longer shorter cheaper better worse what that")

// spacedTimes reads a spaced x between a number and a word of comparison as "times": "about 3 x
// the national average" three times. Between numbers it stays by or times as before.
func (n *normalizer) spacedTimes(t *token) bool {
	if t.core != "x" && t.core != "×" {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || !allDigits(p.core) || len(p.core) > 3 || !comparisonWords[next.core] {
		return false
	}
	n.by("times")
	n.emit(t.raw, "times")
	return true
}

// monthOrDay reports a token that names a month or a day of the week, written out or short.
func monthOrDay(t *token) bool {
	if t == nil {
		return false
	}
	l := strings.ToLower(strings.TrimSuffix(t.core, "."))
	return monthIndex[l] > 0 || weekdayAbbrev[l] || weekdayNames[l]
}

// dateDash reads a spaced dash between two dates as "to": "Mon, Jun 2 – Wed, Jun 4", "2 Jun –
// 4 Jun". The date before it ends in a day after a month or a month after a day; the one after
// it opens with a weekday, a month, or a day before a month. It reports whether it did.
func (n *normalizer) dateDash(t *token) bool {
	if t.core != "–" && t.core != "-" && t.core != "—" {
		return false
	}
	p, pp, next, nn := n.peek(-1), n.peek(-2), n.peek(1), n.peek(2)
	if p == nil || pp == nil || next == nil || p.post != "" || pp.post != "" {
		return false
	}
	day := func(d *token) bool {
		if d == nil {
			return false
		}
		c := strings.TrimRight(d.core, "stndrh")
		return len(c) >= 1 && len(c) <= 2 && allDigits(c) && atoiSmall(c) >= 1 && atoiSmall(c) <= 31
	}
	monthOf := func(m *token) bool {
		return m != nil && monthIndex[strings.ToLower(strings.TrimSuffix(m.core, "."))] > 0
	}
	if !monthOrDay(next) && !(day(next) && next.post == "" && monthOf(nn)) {
		return false
	}
	if !(day(p) && monthOf(pp) || monthOf(p) && day(pp)) {
		return false
	}
	n.by("range")
	n.emit(t.raw, "to")
	return true
}

// portNumber reads a port number after "port to", "port is" or "port =" in pairs, as after
// "port" itself: "set the port to 8080" eighty eighty. It reports whether it did.
func (n *normalizer) portNumber(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || c[0] == '0' {
		return false
	}
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || pp == nil || p.post != "" || pp.post != "" || !strings.EqualFold(pp.core, "port") {
		return false
	}
	switch p.lower() {
	case "to", "is", "=":
	default:
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && isLetterWord(next.core) && strings.HasSuffix(next.core, "s") {
		return false // "opened the port to 1200 ships": a count
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// bigO reads a complexity written "O(n log n)" across tokens: the O and its bracket are "o of"
// and what follows is read on ("O(1)" in one token was read so already).
func (n *normalizer) bigO(t *token) bool {
	c := t.core
	if len(c) < 3 || !strings.HasPrefix(c, "O(") || strings.Contains(c, ")") || !isASCIILetter(rune(c[2])) {
		return false
	}
	closed := false
	for off := 1; off <= 4 && !closed; off++ {
		nt := n.peek(off)
		if nt == nil {
			break
		}
		closed = strings.HasPrefix(nt.post, ")") || strings.HasSuffix(nt.core, ")")
	}
	if !closed {
		return false
	}
	n.by("function")
	n.emitLetter(t.raw, "o")
	n.emit(t.raw, "of")
	sub := *t
	sub.core = c[2:]
	n.general(&sub)
	return true
}

// acronymGluedVersion reads an acronym glued to v and a dotted version as the acronym and the
// version: "TLSv1.2" t l s version one point two (it was t l s v one two).
func (n *normalizer) acronymGluedVersion(t *token) bool {
	c := t.core
	k := strings.Index(c, "v")
	if k < 2 || k > 5 || k+2 >= len(c) || !isUpperWord(c[:k]) || !isLetterWord(c[:k]) || !isVersionString(c[k+1:]) {
		return false
	}
	n.acronym(t.raw, c[:k], "")
	n.by("version")
	n.emit(t.raw, "version")
	n.emit(t.raw, appendVersion(nil, c[k+1:])...)
	return true
}

// marksBeforeNumber are abbreviations with a point that round fourteen reads only before a
// number: "Paris (pop. 2.1 million)" population; "plat. 4" platform (added after the held13
// unseen measurement).
var marksBeforeNumber = map[string]string{"pop": "population", "plat": "platform"}

// markBeforeNumber reads an abbreviation of marksBeforeNumber, with its point, before a number.
func (n *normalizer) markBeforeNumber(t *token) bool {
	if !t.hasDot() {
		return false // the point first: most tokens stop here without lower-casing
	}
	word, ok := marksBeforeNumber[t.lower()]
	if !ok {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.readAbbrev(t, word)
	return true
}

// versionPossessive reads a version with a possessive after a software name: "Python 3.12's
// new syntax" three point twelve's (it was three point one two s).
func (n *normalizer) versionPossessive(t *token) bool {
	c := strings.ReplaceAll(t.core, "’", "'")
	v, ok := strings.CutSuffix(c, "'s")
	if !ok || !strings.Contains(v, ".") || !isVersionString(v) || !n.versionContext() {
		return false
	}
	n.by("version")
	start := len(n.out)
	n.emit(t.raw, appendVersion(nil, v)...)
	if len(n.out) > start {
		n.out[len(n.out)-1].Text += "'s"
	}
	return true
}

// emergencyNumbers are the numbers of emergency and public services; emergencyNouns name
// emergencies.
var (
	emergencyNumbers = setOf("911 999 112 000 111 101 988 311 211 119 110 100 102 108")
	emergencyNouns   = setOf("emergency emergencies ambulance ambulances police paramedics firefighters")
)

// emergencyBefore are words before an emergency number: "it's 999", "dial 000".
var emergencyBefore = setOf("is it's dial dialling dialing call ring text or and")

// emergencyListed reads an emergency number digit by digit in a sentence that names another, or
// names an emergency: "in the US it's 911, in the UK it's 999" nine one one … nine nine nine.
// The number follows a verb of calling, "is" or a joining word; a lone number without such a
// sentence is read as before ("called 112 times", "Page 111 of 999").
func (n *normalizer) emergencyListed(t *token) bool {
	c := t.core
	if !emergencyNumbers[c] {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !emergencyBefore[strings.ToLower(strings.ReplaceAll(p.core, "’", "'"))] || !n.fact(factEmergency) {
		return false // "Page 111 of 999", "arrested 101 people"
	}
	if next := n.peek(1); next != nil && t.post == "" && isLetterWord(next.core) && strings.HasSuffix(next.core, "s") {
		return false // "999 calls", "112 times": a count
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// overUnder reads "O/U" (a betting line's total) as "over under": "O/U 44.5".
func (n *normalizer) overUnder(t *token) bool {
	if t.core != "O/U" && t.core != "o/u" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "over", "under")
	return true
}

// junctionSpan reads two motorway junctions joined by a dash, "J14-J18", as junction fourteen
// to junction eighteen, as "J10 and J11" are read one by one.
func (n *normalizer) junctionSpan(t *token) bool {
	a, b, ok := cutDash(t.core)
	if !ok || len(a) < 2 || len(b) < 2 || a[0] != 'J' || b[0] != 'J' || len(a) > 4 || len(b) > 4 || !allDigits(a[1:]) || !allDigits(b[1:]) {
		return false
	}
	n.by("junction")
	n.emit(t.raw, "junction")
	n.emit(t.raw, appendInteger(nil, a[1:])...)
	n.emit(t.raw, "to", "junction")
	n.emit(t.raw, appendInteger(nil, b[1:])...)
	return true
}

// placePrepositions before "City, ST" make ST a state without a ZIP code after it.
var placePrepositions = setOf("in from at near to outside via")

// stateWordLike are postal codes that are also words or common abbreviations; they are not
// read as states without a ZIP code.
var stateWordLike = setOf("OK IN OR ME HI OH ID PA MA DE LA CO AL MD GA")

// placeState reads a state's postal code closing a clause after "in City," (or from, at,
// near…): "left our facility in Memphis, TN." memphis tennessee. "Yes, OK." and codes that are
// words stay as they were.
func (n *normalizer) placeState(t *token) bool {
	st, ok := usStates[t.core]
	if !ok || stateWordLike[t.core] || t.pre != "" {
		return false
	}
	city, prep := n.peek(-1), n.peek(-2)
	if city == nil || prep == nil || city.post != "," || prep.post != "" || !isCapitalized(city.core) || isUpperWord(city.core) || !placePrepositions[prep.lower()] {
		return false
	}
	if n.peek(1) != nil && t.post == "" {
		return false // "in Austin, TX 78701" is the ZIP reader's; "to Tampa, FL in May" stays letters as round seven pins it
	}
	n.by("state")
	n.emitPhrase(t.raw, strings.Fields(st)...)
	return true
}

// fxNames are how dealers name a currency in a pair: "EUR/USD" euro dollar.
var fxNames = map[string]string{
	"EUR": "euro", "USD": "dollar", "GBP": "pound", "JPY": "yen", "CHF": "swiss franc",
	"CAD": "canadian dollar", "AUD": "australian dollar", "NZD": "new zealand dollar", "CNY": "yuan", "CNH": "yuan",
	// round eighteen: other pairs dealers and crypto traders quote ("USD/MXN", "BTC/USD")
	"MXN": "peso", "INR": "rupee", "HKD": "hong kong dollar", "SGD": "singapore dollar", "KRW": "won", "BRL": "real",
	"ZAR": "rand", "SEK": "krona", "NOK": "krone", "TRY": "lira", "BTC": "bitcoin",
}

// currencyPair reads two ISO currency codes joined by a slash as dealers say them: "EUR/USD"
// euro dollar (it was e u r u s d).
func (n *normalizer) currencyPair(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == b || fxNames[a] == "" || fxNames[b] == "" {
		return false
	}
	n.by("currency pair")
	n.emit(t.raw, strings.Fields(fxNames[a])...)
	n.emit(t.raw, strings.Fields(fxNames[b])...)
	return true
}

// scorelineNumberAt reports scorelineNumber for the token at offset off.
func (n *normalizer) scorelineNumberAt(off int) bool {
	n.i += off
	ok := n.scorelineNumber()
	n.i -= off
	return ok
}

// perUnit reports a unit, alone or glued after a number, that is a rate ("mph", "40mph",
// "km/h"): as an adjective it keeps its plural, "a 40mph limit" forty miles per hour.
func perUnit(s string) bool {
	s = strings.TrimLeft(s, "0123456789.,")
	if s == "" {
		return false
	}
	un, ok := unitWord(s, false)
	return ok && strings.Contains(un.sing, " per ")
}

// letterDimensions reads the order of a dimension's letters joined by ×, "(H×W×D)", as h by w by
// d (added after the held13 unseen measurement).
func (n *normalizer) letterDimensions(t *token) bool {
	if !strings.Contains(t.core, "×") {
		return false // one part: no allocation (speed)
	}
	parts := strings.Split(t.core, "×")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if len(p) != 1 || !isUpperLetter(p[0]) {
			return false
		}
	}
	n.by("dimensions")
	for k, p := range parts {
		if k > 0 {
			n.emit(t.raw, "by")
		}
		n.emitLetter(t.raw, strings.ToLower(p))
	}
	return true
}

// msAlone reads "ms" after "in" as milliseconds: "timeouts are now in ms, not seconds" (added
// after the held13 unseen measurement).
func (n *normalizer) msAlone(t *token) bool {
	if t.core != "ms" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !strings.EqualFold(p.core, "in") {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "milliseconds")
	return true
}

// dotMeridiemStart reads a range's start is written with a point and whose end carries am or
// pm as two clock times: "3.30–6.30pm" three thirty to six thirty p m (added after the held13
// unseen measurement). lo is the start as written; it returns the start's words, or false.
func dotMeridiemStart(lo string) ([]string, bool) {
	h, m, ok := strings.Cut(lo, ".")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return nil, false
	}
	hv, mv := atoiSmall(h), atoiSmall(m)
	if hv < 1 || hv > 12 || mv > 59 {
		return nil, false
	}
	return clockTime(h+":"+m, true)
}

// mmHgBefore reports a pressure in mmHg within the eight tokens before: "below 140/90 mmHg
// (130/80 if diabetic)" reads the second pair as a pressure too (added after the held13 unseen
// measurement).
func (n *normalizer) mmHgBefore() bool {
	for off := -1; off >= -8; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if p.core == "mmHg" {
			return true
		}
	}
	return false
}

// ordinalDash reads a dash between two ordinals as "to": "the 8th–9th centuries" eighth to
// ninth (the tokenizer splits the dash off; added after the held13 unseen measurement).
func (n *normalizer) ordinalDash(t *token) bool {
	if t.core != "–" && t.core != "-" && t.core != "—" {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || !isOrdinalNumeral(p.core) || !isOrdinalNumeral(next.core) || next.pre != "" {
		return false
	}
	n.by("ordinal range")
	n.emit(t.raw, "to")
	return true
}
