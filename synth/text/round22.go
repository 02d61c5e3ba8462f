package text

import (
	"strings"
	"unicode/utf8"
)

// Round twenty-two: held-out set 21 (by a hand new to the readers, in the registers of wire
// news, markets pages, earnings releases, pharmacy leaflets and match reports) missed nothing in
// its dev half, so the classes here come from probe sentences of the round's own in those
// registers, inside the nine classes, each written before its reader with cases where it must not
// apply (readings22.tsv). Each reader is guarded by the shapes its first test needs (README,
// Speed).

func (n *normalizer) round22Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch b := c[0]; {
	case isDigit(b):
		if !n.may(shDigit) {
			return 0
		}
		if n.percentPlus(t) || n.may(shPunct) && n.parenPercent(t) || n.gigabitEthernet(t) || n.lotCode(t) || n.coordinatedRating(t) {
			return 1
		}
		if n.may(shHyphen) && (n.clippedSpan(t) || n.stateSchool(t)) || n.spacedTiebreakRun(t) {
			return 1
		}
		if n.may(shHyphen | shWide) {
			if k := n.golfRounds(t); k > 0 {
				return k
			}
		}
		if n.golfTotal(t) || n.may(shLower) && n.centsAfterPrice(t) {
			return 1
		}
	case b >= 'a' && b <= 'z':
		if n.may(shSlash) {
			if k := n.perCountedSpan(t); k > 0 {
				return k
			}
		}
		if b == 'q' && n.may(shWide) && n.dashedDosing(t) {
			return 1
		}
	case b >= 'A' && b <= 'Z':
		if c == "GbE" && n.gigabitEthernet(t) || n.may(shDigit) && n.lotCode(t) || c == "St" && n.stateSchool(t) || len(c) <= 4 && n.zoneAfterMilitary(t) {
			return 1
		}
	default:
		if n.may(shPunct | shWide) {
			return n.parenMoney(t)
		}
	}
	return 0
}

// percentPlus reads a percent glued before a plus, "40%+" forty percent plus (the percent was
// dropped: forty plus), as "10k+" keeps its thousand. Precondition: a number, "%", "+" and
// nothing else.
func (n *normalizer) percentPlus(t *token) bool {
	body, ok := strings.CutSuffix(t.core, "%+")
	if !ok {
		return false
	}
	num, rest, ok := scanNumber(body)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	n.by("percent")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "percent", "plus")
	return true
}

// parenPercent reads a percent an earnings table writes negative in parentheses, "(2.1)%" minus
// two point one percent (it was two point one, the percent dropped). Precondition: "(" before
// the core, a number, ")" and "%".
func (n *normalizer) parenPercent(t *token) bool {
	body, ok := strings.CutSuffix(t.core, ")%")
	if !ok || !strings.HasSuffix(t.pre, "(") {
		return false
	}
	num, rest, ok := scanNumber(body)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	n.by("negative in parentheses")
	n.emit(t.raw, "minus")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "percent")
	return true
}

// parenMoney reads an amount an earnings table writes negative in parentheses after its
// currency sign, "$(0.12)" minus twelve cents, "$(45) million" minus forty five million dollars,
// as "-$0.12" is read (it was dollars zero point one two). Precondition: a currency symbol, "(",
// a number and ")" closing right after the core; cents written with two digits or a scale word
// after, so a template's "$(1)" stays as it was. It returns the tokens read.
func (n *normalizer) parenMoney(t *token) int {
	if !strings.HasPrefix(t.post, ")") || strings.IndexByte(t.core, '(') < 0 {
		return 0 // cheap tests before the currency's lookup
	}
	cur, rest, ok := leadingCurrency(t.core)
	if !ok || !strings.HasPrefix(rest, "(") || !strings.HasPrefix(t.post, ")") {
		return 0
	}
	num, tail, ok := scanNumber(rest[1:])
	if !ok || tail != "" || num.neg || num.plus {
		return 0
	}
	next := n.peek(1)
	if t.post == ")" && next != nil && next.pre == "" {
		if l := next.lower(); scaleNames[l] && l != "hundred" && l != "dozen" {
			n.by("negative in parentheses")
			n.emit(t.raw, "minus")
			n.emit(t.raw, appendNumber(nil, num)...)
			n.emit(next.raw, l)
			n.emit(next.raw, strings.Fields(cur.plural)...)
			return 2
		}
	}
	if !num.hasPoint || len(num.frac) != 2 {
		return 0
	}
	n.by("negative in parentheses")
	num.neg = true
	n.emit(t.raw, appendMoney(nil, num, cur, "")...)
	return 1
}

// golfRounds reads a golfer's line of rounds and their total as results print it, "Woods
// 72-71—143" seventy two seventy one one forty three, "66-69-70–205" … two oh five: the rounds
// as counts, the total in pairs as golf scores are said (it was a range: seventy two to seventy
// one to one hundred forty three). Precondition: two to five rounds of 55 to 99 joined by
// hyphens, an en or em dash (glued, or a token of its own as the tokenizer cuts an em dash) and
// a three-digit total equal to the rounds' sum. It returns the tokens read.
func (n *normalizer) golfRounds(t *token) int {
	c := t.core
	if len(c) < 5 || c[2] != '-' {
		return 0 // a first round of two digits and its hyphen
	}
	rounds, total, k := c, "", 1
	if i := strings.LastIndexAny(c, "–—"); i > 0 {
		_, w := utf8.DecodeRuneInString(c[i:])
		rounds, total = c[:i], c[i+w:]
	} else {
		dash, tot := n.peek(1), n.peek(2)
		if t.post != "" || dash == nil || tot == nil || dash.pre != "" || dash.post != "" || dash.core != "—" && dash.core != "–" || tot.pre != "" {
			return 0
		}
		total, k = tot.core, 3
	}
	if len(total) != 3 || !allDigits(total) {
		return 0
	}
	var scores [5]int
	m, sum := 0, 0
	for part := range strings.SplitSeq(rounds, "-") {
		v := atoiSmall(part)
		if m == len(scores) || len(part) != 2 || v < 55 {
			return 0
		}
		scores[m] = v
		sum += v
		m++
	}
	if m < 2 || sum != atoiSmall(total) {
		return 0
	}
	n.by("golf rounds and total")
	for _, v := range scores[:m] {
		n.emit(t.raw, appendUnder100(nil, v)...)
	}
	src := t.raw
	if k == 3 {
		src = n.peek(2).raw
	}
	n.emit(src, appendPairs(nil, sum/100, sum%100)...)
	return k
}

// golfTotal reads a golfer's total after the score to par in pairs, "finished at 12-under 276"
// twelve under two seventy six (it was a count). Precondition: three digits from 120 to 320
// right after "N-under", "N-over" or "even-par", no unit after ("Kids 12-under 150 cm" stays).
func (n *normalizer) golfTotal(t *token) bool {
	c := t.core
	if len(c) != 3 || t.pre != "" || !allDigits(c) {
		return false
	}
	v := atoiSmall(c)
	prev := n.peek(-1)
	if v < 120 || v > 320 || prev == nil || prev.post != "" {
		return false
	}
	p := prev.lower()
	if p != "even-par" {
		num, side, ok := strings.Cut(p, "-")
		if !ok || side != "under" && side != "over" || len(num) > 2 || !allDigits(num) {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, true); unit {
			return false
		}
	}
	n.by("golf total")
	n.emit(t.raw, appendPairs(nil, v/100, v%100)...)
	return true
}

// dashedDosing reads a dosing interval written with an en dash, "q4–6h" every four to six
// hours, as "q4-6h" is (it was q four six hours).
func (n *normalizer) dashedDosing(t *token) bool {
	if !strings.Contains(t.core, "–") {
		return false
	}
	sub := *t
	sub.core = strings.Replace(t.core, "–", "-", 1)
	return n.medicalEvery(&sub)
}

// gigabitEthernet reads the port speed "GbE" after a number as gigabit ethernet, "10GbE" ten
// gigabit ethernet, "a 2.5 GbE port" (it was g b e). Precondition: a number glued before "GbE",
// or "GbE" alone right after a bare number.
func (n *normalizer) gigabitEthernet(t *token) bool {
	body, ok := strings.CutSuffix(t.core, "GbE")
	if !ok {
		return false
	}
	if body == "" {
		prev := n.peek(-1)
		if t.pre != "" || prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[0]) {
			return false
		}
		if num, rest, ok := scanNumber(prev.core); !ok || rest != "" || num.neg {
			return false
		}
		n.by("number and unit")
		n.emit(t.raw, "gigabit", "ethernet")
		return true
	}
	num, rest, ok := scanNumber(body)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "gigabit", "ethernet")
	return true
}

// lotLabels name the codes of a manufacturer's lot.
var lotLabels = setOf("lot batch")

// lotCode reads a lot or batch code of capitals and at least four digits character by
// character, as a recall notice's codes are said: "lot 2417A" lot two four one seven a, "Lot
// 24A117", "lot B2417" (it was a count, or pairs). Precondition: capitals and digits only, at
// least one of each and four digits, at most 12 characters, after "lot" or "batch", or after
// "number" or "no." after one of them ("the lot number, 2417A"); "Lot 17B" stays a plot's number.
func (n *normalizer) lotCode(t *token) bool {
	c := t.core
	if len(c) > 12 || t.pre != "" {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case isDigit(b):
			digits++
		case b >= 'A' && b <= 'Z':
			letters++
		default:
			return false
		}
	}
	if digits < 4 || letters == 0 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != "," && prev.post != ":" && prev.post != "." {
		return false
	}
	p := prev.lower()
	switch {
	case lotLabels[p] && prev.post != ".":
	case p == "number" && prev.post != "." || p == "no" && prev.post == ".":
		if pp := n.peek(-2); pp == nil || pp.post != "" || !lotLabels[pp.lower()] {
			return false
		}
	default:
		return false
	}
	n.by("lot code")
	for i := 0; i < len(c); i++ {
		if b := c[i]; isDigit(b) {
			n.emit(t.raw, onesWordsOrZero(b))
		} else {
			n.emitLetter(t.raw, string(b+'a'-'A'))
		}
	}
	return true
}

// coordinatedRating reads the first of two ratings joined by "and" or "or" before what they
// rate, "supports 45W wired and 15W wireless charging" forty five watt wired and …, as round
// twenty-three's ratingBeforeRated reads the second (it was watts: the noun stands after the
// second rating only). Precondition: a plain number glued to a unit of ratingUnits, no
// determiner before, up to two modifiers, "and" or "or", a second such rating, up to two
// modifiers and a noun of ratedNouns not a verb before its object ("45W idle and 15W charging the
// phone" stays).
func (n *normalizer) coordinatedRating(t *token) bool {
	c := t.core
	if t.post != "" {
		return false
	}
	if l := c[len(c)-1]; l != 'W' && l != 'V' && l != 'h' && l != 'P' {
		return false
	}
	num, unit, ok := gluedRating(c)
	if !ok {
		return false
	}
	if p := n.peek(-1); p != nil && p.post == "" {
		if l := p.lower(); l == "a" || l == "an" || determiners[l] || eachWords[l] {
			return false
		}
	}
	off := n.ratingModifiersFrom(1)
	conj := n.peek(off)
	if off < 0 || conj == nil || conj.pre != "" || conj.post != "" || conj.core != "and" && conj.core != "or" {
		return false
	}
	second := n.peek(off + 1)
	if second == nil || second.pre != "" || second.post != "" {
		return false
	}
	if _, _, ok := gluedRating(second.core); !ok {
		return false
	}
	end := n.ratingModifiersFrom(off + 2)
	w := n.peek(end)
	if end < 0 || w == nil || w.pre != "" || !ratedNouns[w.core] {
		return false
	}
	if strings.HasSuffix(w.core, "ing") && w.post == "" {
		if o := n.peek(end + 1); o != nil && (gerundObjects[o.lower()] || startsNumeric(o.core)) {
			return false
		}
	}
	n.by("rating before what it rates")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, strings.Fields(unit)...)
	return true
}

// ratingModifiersFrom skips up to two of ratingModifiers (or capitalized names) from offset off
// and returns the offset after them, or -1 at punctuation between.
func (n *normalizer) ratingModifiersFrom(off int) int {
	for j := 0; j < 2; j++ {
		w := n.peek(off)
		if w == nil || !ratingModifiers[w.core] && !capitalName(w.core) {
			break
		}
		if w.pre != "" || w.post != "" {
			return -1
		}
		off++
	}
	return off
}

// gluedRating parses a plain number glued to a unit of ratingUnits and returns the unit's
// singular name.
func gluedRating(s string) (number, string, bool) {
	if s == "" || !isDigit(s[0]) {
		return number{}, "", false
	}
	num, rest, ok := scanNumber(s)
	if !ok || num.neg || num.plus || rest == "" {
		return number{}, "", false
	}
	unit, ok := ratingUnits[rest]
	return num, unit, ok
}

// clippedSpans are clipped units of time a hyphen joins to a number as an adjective ("a 3-mo
// avg"), with their singular names.
var clippedSpans = map[string]string{"mo": "month", "mos": "month", "qtr": "quarter", "qtrs": "quarter"}

// clippedSpan reads a number joined by a hyphen to a clipped month or quarter as an adjective,
// "a 3-mo avg" a three month average, "a 2-qtr decline" two quarter, as "10-yr" is read (they
// were mo, and q t r). Precondition: digits, a hyphen, then mo, mos, qtr or qtrs.
func (n *normalizer) clippedSpan(t *token) bool {
	num, unit, ok := strings.Cut(t.core, "-")
	if !ok || len(num) > 3 || !allDigits(num) {
		return false
	}
	name := clippedSpans[unit]
	if name == "" {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emit(t.raw, name)
	return true
}

// spacedTiebreak splits a tennis tiebreak's points in parentheses after a space, "(4)" or
// "(7-4)" (the closing parenthesis in the token's trailing punctuation), and reports whether
// both sides were written.
func spacedTiebreak(t *token) (a, b string, both, ok bool) {
	if t.pre != "(" || !strings.HasPrefix(t.post, ")") {
		return "", "", false, false
	}
	a, b, both = strings.Cut(t.core, "-")
	if len(a) > 2 || !allDigits(a) {
		return "", "", false, false
	}
	if !both {
		return a, "", false, true
	}
	if len(b) > 2 || !allDigits(b) {
		return "", "", false, false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	hi, lo := max(x, y), min(x, y)
	if hi < 7 || hi == 7 && lo > 5 || hi > 7 && hi-lo != 2 {
		return "", "", false, false // not the points of a tiebreak won
	}
	return a, b, true, true
}

// tiebreakSetScore reports a set won in a tiebreak, "7-6" or "6-7", as its own token.
func tiebreakSetScore(t *token) bool {
	return t != nil && t.pre == "" && (t.core == "7-6" || t.core == "6-7")
}

// spacedTiebreakRun reads a tennis set won in a tiebreak whose points stand in parentheses after
// a space, as wire results print them, "7-6 (4), 6-4" seven six four six four, "7-6 (7-4)" seven
// six seven four, with the set after the points (they were scores: seven to six … six to four).
// Precondition: the token is such a set before its points, the points after such a set, or a set
// score after the points; points of one number only with another set joined before or after,
// so "won 7-6 (10) in extra innings" stays a score.
func (n *normalizer) spacedTiebreakRun(t *token) bool {
	if t.pre != "(" && (len(t.core) != 3 || t.core[1] != '-') {
		return false // neither the points nor a set of single digits: cheap before the closure
	}
	tennis := func(off int) bool { // a tiebreak set at off and its points after it, in a run of sets
		set, pts := n.peek(off), n.peek(off+1)
		if set == nil || pts == nil || !tiebreakSetScore(set) || set.post != "" {
			return false
		}
		_, _, both, ok := spacedTiebreak(pts)
		if !ok {
			return false
		}
		if both {
			return true
		}
		if prev := n.peek(off - 1); prev != nil && prev.post == "," && tennisSetToken(prev) {
			return true
		}
		next := n.peek(off + 2)
		return pts.post == ")," && next != nil && next.pre == "" && tennisSetToken(next)
	}
	switch prev := n.peek(-1); {
	case tennis(0):
		n.by("tennis score")
		n.emit(t.raw, appendSetSide(nil, t.core[:1])...)
		n.emit(t.raw, appendSetSide(nil, t.core[2:])...)
		return true
	case tennis(-1):
		a, b, both, _ := spacedTiebreak(t)
		n.by("tennis score")
		n.emit(t.raw, appendSetSide(nil, a)...)
		if both {
			n.emit(t.raw, appendSetSide(nil, b)...)
		}
		return true
	case t.pre == "" && len(t.core) == 3 && tennisSet(t.core) && prev != nil && (prev.post == ")," || prev.post == ")") && tennis(-2):
		n.by("tennis score")
		n.emit(t.raw, appendSetSide(nil, t.core[:1])...)
		n.emit(t.raw, appendSetSide(nil, t.core[2:])...)
		return true
	}
	return false
}

// stateSchoolPlaces are the last words of places a state university is named for, "Ohio St.",
// "Penn St.", "San Diego St.".
var stateSchoolPlaces = setOf(`Alabama Arizona Arkansas Colorado Delaware Florida Georgia Idaho Illinois Indiana Iowa Kansas
Kentucky Louisiana Michigan Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Tennessee Texas Utah Washington
Wisconsin Dakota Mexico Carolina Penn Boise Fresno Diego Jose Kent Ball Wichita Appalachian Youngstown Sacramento Morgan Norfolk
Murray Wright Weber Portland Cleveland Jacksonville Jackson Alcorn Coppin Savannah Tarleton Kennesaw Morehead Wayne`)

// resultVerbs stand beside a team in a result: "Iowa St. topped Kansas", "beat Penn St.".
var resultVerbs = setOf(`beat beats defeated def d edged edges topped tops routed routs downed downs blanked upset upsets
stunned rallied won wins lost loses fell falls hosts hosted visits visited plays played faces faced vs v over past`)

// stateSchool reads "St." after a place a state university is named for as state in a sports
// result, "Ohio St. 30, Michigan 24" ohio state, "beat Penn St. 24-15", "lost to Michigan St."
// (it was street), and a record in parentheses after it as a team's record, "Boise St. (11-1)"
// eleven and one, as after a team's name (it was a score). Precondition: "St" with its period
// after a capitalized place of stateSchoolPlaces, then a score or a record in parentheses or a
// verb of the result, or such a verb (or "lost to", "fell to") before the place; "on Ohio St.",
// "123 Ohio St." stay streets.
func (n *normalizer) stateSchool(t *token) bool {
	if t.core == "St" {
		if !n.stateSchoolAt(0) {
			return false
		}
		n.by("state university")
		n.emit(t.raw, "state")
		return true
	}
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || t.pre != "(" || !strings.HasPrefix(t.post, ")") || len(a) > 2 || len(b) > 2 || !allDigits(a) || !allDigits(b) || !n.stateSchoolAt(-1) {
		return false
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, a, b)...)
	return true
}

// stateSchoolAt reports a state university's "St." at offset at (see stateSchool).
func (n *normalizer) stateSchoolAt(at int) bool {
	t, place := n.peek(at), n.peek(at-1)
	if t == nil || t.core != "St" || !strings.HasPrefix(t.post, ".") || t.pre != "" {
		return false
	}
	if place == nil || place.post != "" || !stateSchoolPlaces[place.core] {
		return false
	}
	if next := n.peek(at + 1); next != nil && t.post == "." {
		l := strings.ToLower(strings.TrimSuffix(next.core, "."))
		if next.core != "" && isDigit(next.core[0]) && (next.pre == "" || next.pre == "(") || resultVerbs[l] {
			return true
		}
	}
	for off := at - 2; off >= at-3; off-- { // "beat Penn St.", "beat San Diego St."
		w := n.peek(off)
		if w == nil {
			return false
		}
		l := strings.ToLower(strings.TrimSuffix(w.core, "."))
		if resultVerbs[l] && w.post != "," {
			return true
		}
		if l == "to" {
			v := n.peek(off - 1)
			return v != nil && v.post == "" && (strings.EqualFold(v.core, "lost") || strings.EqualFold(v.core, "fell"))
		}
		if w.post != "" || !isCapitalized(w.core) {
			return false
		}
	}
	return false
}

// countedSpans are units of time a rate's counted span is given in: "8 tablets/24 hours".
var countedSpans = map[string]string{"h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
	"d": "day", "day": "day", "days": "day", "wk": "week", "wks": "week", "week": "week", "weeks": "week",
	"min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute"}

// perCountedSpan reads a count or a unit per a counted span of time after a slash, "8
// tablets/24 hours" eight tablets per twenty four hours, "4 g/24 h" four grams per twenty four
// hours (it was slash, or the per was lost). Precondition: letters, a slash and one to three
// digits, a unit of time after (countedSpans); the letters a unit after a number, or a plural
// word of three letters or more in lower case.
func (n *normalizer) perCountedSpan(t *token) int {
	a, num, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || len(num) > 3 || !allDigits(num) || !isLetterWord(a) || t.post != "" {
		return 0
	}
	span := n.peek(1)
	if span == nil || span.pre != "" || countedSpans[span.core] == "" {
		return 0
	}
	var left []string
	prev := n.peek(-1)
	if un, ok := unitWord(a, false); ok && prev != nil && prev.post == "" && allDigits(prev.core) {
		left = strings.Fields(plural(prev.core == "1", un.sing, un.plural))
	} else if len(a) >= 3 && strings.ToLower(a) == a && strings.HasSuffix(a, "s") {
		left = []string{a}
	} else {
		return 0
	}
	n.by("rate")
	n.emit(t.raw, left...)
	n.emit(t.raw, "per")
	n.emit(t.raw, appendInteger(nil, num)...)
	s := countedSpans[span.core]
	n.emit(span.raw, plural(num == "1", s, s+"s"))
	return 2
}

// centsWords are what a price in cents written with a c is the price of: "EPS of 94c".
var centsWords = setOf("eps dividend dividends payout earnings profit loss share shares stock stocks price prices")

// centsAfterPrice reads a number with a c after a word of earnings, dividends or prices as
// cents, "EPS of 94c" ninety four cents, "rose to 94c from 81c" (it was c). Precondition: one to
// three digits and a c, one of centsWords among the five words before with no punctuation
// between; "Temperatures of 4c", "Section 94c" stay.
func (n *normalizer) centsAfterPrice(t *token) bool {
	c := t.core
	v, ok := strings.CutSuffix(c, "c")
	if !ok || v == "" || len(v) > 3 || !allDigits(v) {
		return false
	}
	for off := -1; off >= -5; off-- {
		w := n.peek(off)
		if w == nil || w.post != "" {
			return false
		}
		if centsWords[w.lower()] {
			n.by("money")
			n.emit(t.raw, appendInteger(nil, v)...)
			n.emit(t.raw, plural(v == "1", "cent", "cents"))
			return true
		}
	}
	return false
}

// vanityLetters reads the letters of a toll-free number (vanityNumber) as the word they spell,
// "1-800-273-TALK" talk, unless they are an acronym that is spelled, "1-800-FDA-1088" f d a
// (round twenty-two; they were read as one word, fda): one of spelledAcronyms, or letters
// neither pronounceable nor a word of the lexicon.
func (n *normalizer) vanityLetters(src, p string) {
	lp := strings.ToLower(p)
	if len(lp) >= 8 && n.r40RunTogether(src, lp) {
		return // "1-888-SAFEFOOD" safe food (round forty)
	}
	if !spelledAcronyms[p] && (pronounceable(lp) || n.opts.IsWord != nil && n.opts.IsWord(lp)) {
		n.part(src, lp)
		return
	}
	for i := 0; i < len(lp); i++ {
		n.emitLetter(src, lp[i:i+1])
	}
}

// clockPrepositions4 stand before a four-digit clock time: "at 0830 ET".
var clockPrepositions4 = setOf("at by until till from before after since around to")

// zoneAfterMilitary reads a zone of two letters after a four-digit clock time, "at 0830 ET" oh
// eight thirty eastern time, as after "8:30 a.m." and as "0100 GMT" is (it was spelled: e t).
// Precondition: a zone of zoneNames after four digits that make a time of day, written with a
// leading zero or after a preposition of time ("It has 1200 CT scanners" stays).
func (n *normalizer) zoneAfterMilitary(t *token) bool {
	z := zoneNames[t.core]
	if z == "" || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) != 4 || !allDigits(prev.core) {
		return false
	}
	if hh, mm := atoiSmall(prev.core[:2]), atoiSmall(prev.core[2:]); hh > 23 || mm > 59 {
		return false
	}
	if prev.core[0] != '0' {
		pp := n.peek(-2)
		if pp == nil || pp.post != "" || !clockPrepositions4[pp.lower()] {
			return false
		}
	}
	n.by("time zone")
	n.emit(t.raw, strings.Fields(z)...)
	return true
}
