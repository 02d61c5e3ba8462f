package text

import "strings"

// Round twelve of issue 18: readers for classes the dev half of held-out set 11 (consumer and
// technical registers: bills, signs, newsletters, prescriptions, spec sheets) and fresh probe
// sentences found.

// round12Token tries the round-twelve readers on the token at n.i and returns the tokens used,
// or 0.
func (n *normalizer) round12Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shDot) {
		if k := n.europeanAmount(t); k > 0 { // a point
			return k
		}
	}
	if n.may(shDigit | shUpper) {
		if k := n.spacedCodeGroups(t); k > 0 { // digits and capitals only
			return k
		}
	}
	if isDigit(c[0]) {
		if n.eNotation(t) {
			return 1
		}
		if n.may(shSlash) {
			if k := n.dateAfterCodeWord(t); k > 0 { // two slashes
				return k
			}
		}
		if n.weekdayOrdinal(t) || n.timesAPeriod(t) || n.may(shSlash) && n.openingRating(t) || n.modelScale(t) || n.may(shHyphen|shWide) && n.hourToClock(t) || n.numberMarkSerial(t) || n.httpStatus(t) {
			return 1
		}
		if n.may(shSlash) {
			return n.slashPairUnit(t)
		}
		return 0
	}
	if n.may(shHyphen) && n.cipherName(t) { // "AES-256"
		return 1
	}
	if (c == "x" || c == "×") && n.itemCount(t) {
		return 1
	}
	if c[0] == 'J' && n.motorwayJunction(t) || n.may(shUpper) && n.gradesPlural(t) || n.may(shSlash) && n.slashedPeriods(t) || n.may(shLower) && n.ordinalMinute(t) ||
		n.may(shUpper|shLower) && n.weightAbbrev(t) || n.may(shUpper) && n.weekdaysLetters(t) || n.may(shSlash) && n.perPeriodLetters(t) || n.may(shUpper) && n.roomAbbrev(t) ||
		n.may(shLower) && n.oversAbbrev(t) || n.may(shUpper) && n.unitedAbbrev(t) || n.may(shSlash) && n.overnightAbbrev(t) {
		return 1
	}
	if c[0] >= 'A' && c[0] <= 'Z' && len(c) == 6 && c[1] == '/' {
		return n.cometDesignation(t)
	}
	return 0
}

// reviewFollowers open a reviewer's verdict after a mark that opens a sentence.
var reviewFollowers = setOf("would recommend recommended highly definitely")

// openingRating reads a mark out of five or ten that opens a sentence and stands alone, as a
// reviewer's rating: "2/5, broke after 3 weeks" two out of five, "8/10!" ("2/5 of the vote" and
// a lone "1/10" are fractions; a mark after "on" or "due" is the date reader's).
func (n *normalizer) openingRating(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || b != "5" && b != "10" || len(a) == 0 || len(a) > 2 || !allDigits(a) || atoiSmall(a) > atoiSmall(b) || t.pre != "" {
		return false
	}
	if n.peek(-1) != nil {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && reviewFollowers[next.lower()] {
		// "9/10 would recommend", "10/10 highly recommend" (round eighteen)
	} else if t.post == "" || !strings.ContainsAny(t.post[:1], ",!.;") || t.post[0] == '.' && n.isLast(0) {
		return false // "1/10" or "1/10." standing alone is a fraction
	}
	n.by("rating")
	n.emitOutOf(t.raw, a, b)
	return true
}

// modelCounts are what a machine-learning model's size or data is counted in.
var modelCounts = setOf("tokens parameters params weights words images")

// modelScale reads B and T glued to a count before tokens or parameters as billion and trillion,
// as a model card's figures are said: "15T tokens" fifteen trillion tokens, "7B parameters" seven
// billion parameters ("a 70B model" names the model and stays b).
func (n *normalizer) modelScale(t *token) bool {
	c := t.core
	last := c[len(c)-1]
	if last != 'B' && last != 'T' || t.post != "" {
		return false
	}
	num, rest, ok := scanNumber(c[:len(c)-1])
	if !ok || rest != "" || num.neg || num.plus || num.commas || len(num.intPart) > 4 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !modelCounts[next.lower()] {
		return false
	}
	n.by("scale")
	n.emit(t.raw, appendNumber(nil, num)...)
	if last == 'B' {
		n.emit(t.raw, "billion")
	} else {
		n.emit(t.raw, "trillion")
	}
	return true
}

// gradesPlural reads letter grades counted in the plural as letters: "3 A*s" three a stars,
// "straight As" straight a's, "two Bs" (a capitalized "As" opening a sentence is the word).
func (n *normalizer) gradesPlural(t *token) bool {
	c := t.core
	g, ok := strings.CutSuffix(c, "s")
	if !ok || g != "A" && g != "B" && g != "C" && g != "D" && g != "E" && g != "A*" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	p := prev.lower()
	if !(allDigits(p) && len(p) <= 2) && !smallCounts[p] && p != "straight" {
		return false
	}
	n.by("grade")
	if g == "A*" {
		n.emitLetter(t.raw, "a")
		n.emit(t.raw, "stars")
		return true
	}
	n.emitLetter(t.raw, strings.ToLower(g)+"'s")
	return true
}

// smallCounts are the counts written out that grades follow ("two Bs").
var smallCounts = setOf("two three four five six seven eight nine ten eleven twelve several many all")

// slashedPeriods reads quarters or halves of a year joined by slashes as a list: "Q1/Q2" q one
// and q two, "H1/H2", "Q2/Q3/Q4" (as slashed days are read).
func (n *normalizer) slashedPeriods(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 11 || c[0] != 'Q' && c[0] != 'H' || !strings.Contains(c, "/") {
		return false
	}
	parts := strings.Split(c, "/")
	for _, p := range parts {
		if len(p) != 2 || p[0] != c[0] || p[1] < '1' || p[1] > '4' || p[0] == 'H' && p[1] > '2' {
			return false
		}
	}
	n.by("slashed list")
	for i, p := range parts {
		if i == len(parts)-1 {
			n.emit(t.raw, "and")
		}
		n.emitLetter(t.raw, strings.ToLower(p[:1]))
		n.emit(t.raw, appendInteger(nil, p[1:])...)
	}
	return true
}

// cometDesignation reads a comet's designation as astronomers say it: "C/2023 A3" c twenty
// twenty three a three, "P/2019 LD2": the kind's letter, the year of discovery, then the
// half-month letter and the order within it. It returns the tokens used, or 0.
func (n *normalizer) cometDesignation(t *token) int {
	c := t.core
	if !strings.ContainsRune("CPDXI", rune(c[0])) || !allDigits(c[2:]) || t.post != "" {
		return 0
	}
	y := atoiSmall(c[2:])
	if y < 1000 || y > 2099 {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	d := next.core
	k := 0
	for k < len(d) && d[k] >= 'A' && d[k] <= 'Z' {
		k++
	}
	if k < 1 || k > 2 || len(d)-k > 4 || !allDigits(d[k:]) || d[0] == 'I' {
		return 0
	}
	n.by("comet designation")
	n.emitLetter(t.raw, strings.ToLower(c[:1]))
	n.emit(t.raw, appendYear(nil, y)...)
	for i := 0; i < k; i++ {
		n.emitLetter(next.raw, strings.ToLower(d[i:i+1]))
	}
	if k < len(d) {
		n.emit(next.raw, appendInteger(nil, d[k:])...)
	}
	return 2
}

// fullWeekdays are the days of the week written out, lower case.
var fullWeekdays = setOf("monday tuesday wednesday thursday friday saturday sunday")

// weekdayOrdinal reads a day of the month written as an ordinal after a weekday, with no month
// after it, with "the" as it is said: "Fri 14th" friday the fourteenth, "on Monday 3rd".
// Before a month the date reader has it ("Sat 21st March").
func (n *normalizer) weekdayOrdinal(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !ordinalDigits(c) {
		return false
	}
	d := strings.TrimRight(c, "stndrhSTNDRH")
	if v := atoiSmall(d); v < 1 || v > 31 || d[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != "." || t.pre != "" || !isCapitalized(prev.core) {
		return false
	}
	l := prev.lower()
	if !weekdayAbbrev[l] && !fullWeekdays[l] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && monthIndex[strings.ToLower(strings.TrimSuffix(next.core, "."))] > 0 {
		return false
	}
	n.by("date")
	n.emit(t.raw, "the")
	n.emit(t.raw, appendOrdinal(nil, d)...)
	return true
}

// periodWords are the words after "2x" that make it a frequency ("2x daily", "3x a week").
var periodWords = setOf("daily weekly monthly nightly hourly yearly annually")

// periodNouns are what "a", "per" or "each" name after "2x": "2x a day".
var periodNouns = setOf("day week month year night hour morning evening")

// timesAPeriod reads a count glued to x before a period as how often, as it is said: "2x daily"
// twice daily, "1x a week" once a week, "3x per day" three times per day. Elsewhere "2x" is
// read by the other readers ("2x faster" two times).
func (n *normalizer) timesAPeriod(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 3 || (c[len(c)-1] != 'x' && c[len(c)-1] != 'X') || !allDigits(c[:len(c)-1]) || c[0] == '0' || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	w := next.lower()
	if !periodWords[w] {
		after := n.peek(2)
		if w != "a" && w != "per" && w != "each" && w != "every" || next.post != "" || after == nil || !periodNouns[after.lower()] {
			return false
		}
	}
	n.by("frequency")
	n.emitTimes(t.raw, c[:len(c)-1])
	return true
}

// slashPairUnit reads two quantities of one unit joined by a slash, each said as itself, before
// the unit: "50/60 Hz" fifty sixty hertz, "110/220V", "12/24 V DC". Both numbers are ten or more
// and the first is the smaller, so fractions ("5/16 in", "15/16 in") and scores stay as they were.
// It returns the tokens used, or 0.
func (n *normalizer) slashPairUnit(t *token) int {
	a, rest, ok := strings.Cut(t.core, "/")
	if !ok || len(a) < 2 || len(a) > 4 || !allDigits(a) || a[0] == '0' {
		return 0
	}
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	b, sym := rest[:k], rest[k:]
	if len(b) < 2 || len(b) > 4 || b[0] == '0' || atoiSmall(a) >= atoiSmall(b) {
		return 0
	}
	if x, y := atoiSmall(a), atoiSmall(b); x%2 == 1 && y&(y-1) == 0 {
		return 0 // an odd number over a power of two is a fraction of an inch: "15/16 in"
	}
	used := 1
	src := t.raw
	if sym == "" {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		sym, src, used = next.core, next.raw, 2
	}
	un, ok := unitWord(sym, false) // a spaced V or W is a unit here: the pair before it is a quantity
	if !ok || !strings.ContainsAny(sym[:1], "HVWAkMGm") {
		return 0 // electrical and frequency units and metric sizes; "24/7 h" or a date before a word is not a pair
	}
	n.by("number pair and unit")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, appendInteger(nil, b)...)
	n.emit(src, strings.Fields(un.plural)...)
	return used
}

// motorwayMarks are words that put a J and a number on a motorway.
var motorwayMarks = setOf("motorway motorways junction junctions carriageway clockwise anticlockwise northbound southbound eastbound westbound slip")

// motorwayJunction reads a British motorway junction, J and its number, as "junction" when the
// sentence is about a road (a motorway such as M25 or A1(M), another junction, or a word of the
// road nearby): "closed between J10 and J11" junction ten and junction eleven, "J4a".
func (n *normalizer) motorwayJunction(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 4 || c[0] != 'J' || !isDigit(c[1]) {
		return false
	}
	d := c[1:]
	letter := ""
	if last := d[len(d)-1]; last >= 'a' && last <= 'b' {
		d, letter = d[:len(d)-1], d[len(d)-1:]
	}
	if !allDigits(d) || d[0] == '0' || len(d) > 2 {
		return false
	}
	road := false
	for off := -6; off <= 6 && !road; off++ {
		p := n.peek(off)
		if off == 0 || p == nil {
			continue
		}
		pc := p.core
		switch {
		case motorwayMarks[strings.ToLower(pc)]:
			road = true
		case len(pc) >= 2 && len(pc) <= 4 && (pc[0] == 'M' || pc[0] == 'J') && allDigits(pc[1:]) && pc[1] != '0':
			road = true // M25, J11
		case strings.HasSuffix(pc, "(M") || strings.HasSuffix(pc, "(M)"):
			road = true // A1(M)
		}
	}
	if !road {
		return false
	}
	n.by("motorway junction")
	n.emit(t.raw, "junction")
	n.emit(t.raw, appendInteger(nil, d)...)
	if letter != "" {
		n.emitLetter(t.raw, letter)
	}
	return true
}

// measuredNouns are singular nouns a span of time or distance measures, so the unit before them
// is an adjective, singular, whatever comes before the number: "≈ 15 min walk" fifteen minute
// walk, "a 2 hr drive", "30 sec wait", "5 km radius".
var measuredNouns = setOf("walk drive ride commute journey trip flight hike run jog swim cycle break wait delay session lesson call meeting workout nap read radius warranty")

// spanUnits are the units of time and distance that measure a measuredNoun ("7,000 MB/s read"
// is a rate, not the length of a read).
var spanUnits = setOf("min mins hr hrs h sec secs s ms km mi m ft yd")

// measuredNoun reports a unit of time or distance (last, the quantity's own last token)
// followed by a noun it measures.
func measuredNoun(last, after *token) bool {
	return last != nil && after != nil && last.post == "" && after.pre == "" && spanUnits[last.core] && measuredNouns[after.core]
}

// kBeforeRate reports a count in thousands written with k before a rate's unit, or before a
// range up to one: "3.4k req/s" three point four thousand requests per second, "from 1.2k to
// 3.4k req/s" ("a 5k run" and "4K video" are not rates).
func (n *normalizer) kBeforeRate() bool {
	next := n.peek(1)
	if next == nil || n.peek(0).post != "" {
		return false
	}
	if w := next.lower(); (w == "to" || w == "-" || w == "–") && next.post == "" {
		hi := n.peek(2)
		if hi == nil || !strings.HasSuffix(hi.core, "k") && !strings.HasSuffix(hi.core, "K") || !startsNumeric(hi.core) || hi.post != "" {
			return false
		}
		next = n.peek(3)
		if next == nil {
			return false
		}
	}
	un, ok := unitWord(next.core, true)
	return ok && strings.Contains(un.sing, " per ")
}

// articleDimension reports a unit after the last side of a dimension that an article opens, with
// a word after the unit, so the dimension is an adjective and the unit singular: "a 4 × 8 ft
// sheet" four by eight foot sheet, "a 2 x 3 m rug" ("it is 4 × 8 ft" stays feet). off is the
// offset of the last number, unit the unit's token.
func (n *normalizer) articleDimension(off int, unit *token) bool {
	after := n.peek(off + 2)
	if unit.post != "" || after == nil || after.pre != "" || !isLetterWord(after.core) || notNoun[after.lower()] {
		return false
	}
	k := off - 1
	for j := 0; j < 3; j++ {
		by, side := n.peek(k), n.peek(k-1)
		if by == nil || side == nil || by.core != "×" && by.core != "x" && by.core != "X" && by.core != "by" || !startsNumeric(side.core) {
			break
		}
		k -= 2
	}
	if k == off-1 {
		return false
	}
	a := n.peek(k)
	return a != nil && a.post == "" && (strings.EqualFold(a.core, "a") || strings.EqualFold(a.core, "an"))
}

// weekdayListedAhead reports a capitalized day abbreviation that another one follows, joined by
// "&", "and", "or" or a comma: "Tue & Thu 6:15" tuesday and thursday, "Mon, Wed and Fri" (the
// days before are weekdayListed's).
func (n *normalizer) weekdayListedAhead() bool {
	t := n.peek(0)
	if t == nil || t.post != "" && t.post != "," {
		return false
	}
	for off := 1; off <= 2; off++ {
		p := n.peek(off)
		if p == nil {
			return false
		}
		l := p.lower()
		if weekdayAbbrev[l] {
			return isCapitalized(p.core) && off == 2 || isCapitalized(p.core) && t.post == ","
		}
		if l != "&" && l != "and" && l != "or" || p.post != "" {
			return false
		}
	}
	return false
}

// quantityUnit reports a token that carries a quantity's unit: a unit symbol glued to a number
// ("400g") or standing after one ("250 kcal", "4 miles"); num is the token before a spaced unit.
func quantityUnit(num, u *token) bool {
	if u == nil {
		return false
	}
	if num, rest, ok := scanNumber(u.core); ok && !num.neg && rest != "" {
		_, isUnit := unitWord(rest, false)
		return isUnit
	}
	if num == nil || !startsNumeric(num.core) || num.post != "" {
		return false
	}
	_, isUnit := unitWord(u.core, true)
	return isUnit || unitNames[u.lower()]
}

// quantitySlash reads a spaced slash between one quantity in two systems of units as a pause,
// not "slash": "1,046 kJ / 250 kcal", "6 km / 4 miles", "400g / 14oz".
func (n *normalizer) quantitySlash() bool {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || n.peek(0).post != "" || !startsNumeric(next.core) {
		return false
	}
	left := quantityUnit(n.peek(-2), p)
	if !left {
		return false
	}
	right := quantityUnit(nil, next) || next.post == "" && quantityUnit(next, n.peek(2))
	if !right {
		return false
	}
	n.by("units")
	n.raise(len(n.out)-1, Minor)
	return true
}

// ordinalMinute reads "min" after an ordinal as the minute of a match: "in the 89th min."
// eighty ninth minute (elsewhere "min." is minimum).
func (n *normalizer) ordinalMinute(t *token) bool {
	if t.core != "min" && t.core != "mins" || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !ordinalDigits(p.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "minute")
	return true
}

// weightAbbrev reads wt as weight before a quantity or after net and gross, as labels and forms
// write it: "Net wt. 400g" net weight, "Wt: 70 kg".
func (n *normalizer) weightAbbrev(t *token) bool {
	if t.core != "wt" && t.core != "Wt" && t.core != "WT" || t.pre != "" {
		return false
	}
	next, p := n.peek(1), n.peek(-1)
	before := p != nil && p.post == "" && (strings.EqualFold(p.core, "net") || strings.EqualFold(p.core, "gross") || strings.EqualFold(p.core, "body"))
	if !before && (next == nil || !startsNumeric(next.core) || t.post != "" && t.post != "." && t.post != ":") {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "weight")
	n.absorbed = strings.HasPrefix(t.post, ".") && !n.isLast(0)
	return true
}

// europeanDigits rewrites an amount written the continental way, dots between thousands and a
// decimal comma ("1.234,56", "12.500"), in the English way ("1234.56", "12500"). euro reports a
// euro sign after the amount, the continental placement, which makes a lone group of thousands
// ("12.500 €") continental too; without it only a decimal comma after dotted thousands does.
func europeanDigits(s string, euro bool) (string, bool) {
	whole, frac, comma := strings.Cut(s, ",")
	if comma && (len(frac) != 2 || !allDigits(frac)) {
		return "", false
	}
	groups := strings.Split(whole, ".")
	if len(groups) < 2 || len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) || groups[0][0] == '0' {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	if !comma && !euro {
		return "", false
	}
	out := strings.Join(groups, "")
	if comma {
		out += "." + frac
	}
	return out, true
}

// europeanAmount reads an amount in euros written the continental way: "€1.234,56" one thousand
// two hundred thirty four euros and fifty six cents, "1.234,56 €", "12.500 €" twelve thousand
// five hundred euros ("€1.25" and "1.234 km" are read the English way as before). It returns
// the tokens used, or 0.
func (n *normalizer) europeanAmount(t *token) int {
	c := t.core
	if len(c) < 5 || !strings.Contains(c, ".") {
		return 0
	}
	used := 1
	body, lead := strings.CutPrefix(c, "€")
	euro := false
	if b, ok := strings.CutSuffix(body, "€"); ok && !lead {
		body, euro = b, true
	} else if !lead {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || next.core != "€" && next.core != "EUR" {
			return 0
		}
		euro, used = true, 2
	}
	if body == "" || !isDigit(body[0]) {
		return 0
	}
	eng, ok := europeanDigits(body, euro)
	if !ok {
		return 0
	}
	return n.moneyAs(t, "€"+eng, used)
}

// moneyAs reads t as the amount core written the English way ("€1234.56"), with the euro sign
// or EUR in the next token when used is 2 (its punctuation after then is t's), and returns the
// tokens used, or 0 where money does not read it: round twelve's continental amounts and the
// lead's round fifty-three's amounts with a decimal comma.
func (n *normalizer) moneyAs(t *token, core string, used int) int {
	sub := *t
	sub.core = core
	if used == 2 {
		sub.post = n.peek(1).post
	}
	if !n.money(&sub, sub.core) {
		return 0
	}
	n.by("money")
	return used
}

// rangeWithUnit reports a unit glued to a range's upper end or standing after it, so four-digit
// ends are quantities, not years: "2200–2400W", "1500-2000 rpm".
func (n *normalizer) rangeWithUnit(tail string) bool {
	if tail != "" {
		if tail == "s" {
			return false // "1990-95s"
		}
		_, ok := unitWord(tail, false)
		return ok
	}
	next := n.peek(1)
	if next == nil || n.peek(0).post != "" || next.pre != "" {
		return false
	}
	_, ok := unitWord(next.core, true)
	return ok
}

// hourToClock reads a range from an hour to a clock time, as opening hours are written: "9–5:30"
// nine to five thirty, "8-12:30" (the colon was read as a word: nine to five colon thirty).
func (n *normalizer) hourToClock(t *token) bool {
	lo, hi, ok := cutDash(t.core)
	if !ok || len(lo) == 0 || len(lo) > 2 || !allDigits(lo) {
		return false
	}
	h, mm, ok := strings.Cut(hi, ":")
	if !ok || len(h) == 0 || len(h) > 2 || !allDigits(h) || len(mm) != 2 || !allDigits(mm) {
		return false
	}
	if atoiSmall(lo) > 24 || atoiSmall(h) > 24 || atoiSmall(mm) > 59 {
		return false
	}
	n.by("time range")
	n.emit(t.raw, appendInteger(nil, lo)...)
	n.emit(t.raw, n.rangeWord())
	n.emit(t.raw, appendInteger(nil, h)...)
	n.emit(t.raw, appendClockMinutes(nil, mm)...)
	return true
}

// appendClockMinutes reads a clock's minutes: "30" thirty, "05" oh five, "00" nothing.
func appendClockMinutes(dst []string, mm string) []string {
	m := atoiSmall(mm)
	switch {
	case m == 0:
		return dst
	case m < 10:
		return append(dst, "oh", onesWords[m])
	}
	return appendUnder100(dst, m)
}

// weekdaysLetters reads M–F, the working week in opening hours and job ads, as monday to friday.
func (n *normalizer) weekdaysLetters(t *token) bool {
	if t.core != "M-F" && t.core != "M–F" && t.core != "M/F" || t.core == "M/F" && !n.hoursNearby() {
		return false // "M/F" is a sex unless hours are near
	}
	n.by("abbreviation")
	n.emit(t.raw, "monday", n.rangeWord(), "friday")
	return true
}

// hoursNearby reports a time or a number of hours within three tokens.
func (n *normalizer) hoursNearby() bool {
	for off := -3; off <= 3; off++ {
		p := n.peek(off)
		if off == 0 || p == nil {
			continue
		}
		if l := p.lower(); l == "hours" || l == "hrs" || l == "open" || strings.Contains(p.core, ":") && startsNumeric(p.core) || meridiemTail(l) {
			return true
		}
	}
	return false
}

// perPeriodLetters reads p/w, p/h, p/m and p/d after a quantity as per week, hour, month and day,
// as job ads write rates: "20 hrs p/w", "£12 p/h".
func (n *normalizer) perPeriodLetters(t *token) bool {
	c := t.lower()
	if len(c) != 3 || c[0] != 'p' || c[1] != '/' {
		return false
	}
	w := map[byte]string{'w': "week", 'h': "hour", 'm': "month", 'd': "day", 'a': "annum"}[c[2]]
	p := n.peek(-1)
	if w == "" || p == nil || p.post != "" || p.core == "" {
		return false
	}
	if l := p.lower(); !isDigit(l[len(l)-1]) && !unitNames[l] && l != "hrs" && l != "days" && l != "shifts" {
		return false // after a quantity: "20 hrs p/w", "£12 p/h"
	}
	n.by("abbreviation")
	n.emit(t.raw, "per", w)
	return true
}

// roomAbbrev reads Rm before a room's number as room: "Rm 14", "Rm 4B".
func (n *normalizer) roomAbbrev(t *token) bool {
	if t.core != "Rm" && t.core != "RM" || t.post != "" && t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "room")
	n.absorbed = t.post == "."
	return true
}

// dateAfterCodeWord reads a whole slashed date (day, month and year) as a date after a word that
// otherwise makes digits a code: "Your contract ends 28/02/26" the twenty eighth of february
// twenty six, was two eight zero two two six ("card ending 4471" stays digits). It returns the
// tokens used, or 0.
func (n *normalizer) dateAfterCodeWord(t *token) int {
	c := t.core
	if strings.Count(c, "/") != 2 || len(c) < 6 || len(c) > 10 {
		return 0
	}
	w, ok := numericDate(c)
	if !ok || n.codeWordBefore() == "" {
		return 0
	}
	n.by("date")
	n.emit(t.raw, w...)
	return 1
}

// numberMarkSerial reads five digits or more after "no." as a serial, digit by digit: "Fixed
// Penalty Notice no. 4471902" four four seven one nine zero two ("No. 10" and "No. 1234" stay
// numbers; a count is seldom numbered so).
func (n *normalizer) numberMarkSerial(t *token) bool {
	c := t.core
	if len(c) < 5 || len(c) > 16 || !allDigits(c) || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "." || p.core != "no" && p.core != "No" && p.core != "NO" {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// codeGroup reports a short group of capital letters and digits, as identifiers are printed in
// groups ("1Z", "999", "AA1"); mixed reports letters and digits both.
func codeGroup(s string) (ok, mixed bool) {
	if len(s) == 0 || len(s) > 6 {
		return false, false
	}
	letters, digits := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits = true
		case c >= 'A' && c <= 'Z':
			letters = true
		default:
			return false, false
		}
	}
	return true, letters && digits
}

// spacedCodeGroups reads an identifier printed in spaced groups of letters and digits after a
// code word, character by character, as one code: "Tracking no. 1Z 999 AA1 01 2345 6784" one z
// nine nine nine a a one zero one two three four five six seven eight four (groups of digits
// alone are joined elsewhere; here a group mixes letters and digits). It returns the tokens
// used, or 0.
func (n *normalizer) spacedCodeGroups(t *token) int {
	if ok, _ := codeGroup(t.core); !ok || t.pre != "" || t.post != "" {
		return 0
	}
	k, mixed := 0, false
	for ; k < 12; k++ {
		g := n.peek(k)
		if g == nil {
			break
		}
		ok, m := codeGroup(g.core)
		if !ok || g.pre != "" || k > 0 && n.peek(k-1).post != "" {
			break
		}
		mixed = mixed || m
	}
	if k < 3 || !mixed || n.codeWordBefore() == "" {
		return 0
	}
	n.by("code digits")
	for j := 0; j < k; j++ {
		g := n.peek(j)
		for i := 0; i < len(g.core); i++ {
			if c := g.core[i]; isDigit(c) {
				n.emit(g.raw, onesWords[c-'0'])
			} else {
				n.emitLetter(g.raw, strings.ToLower(g.core[i:i+1]))
			}
		}
	}
	return k
}

// oversAbbrev reads ov after a number as overs, as cricket scorecards write them: "(50 ov)"
// fifty overs, "47.2 ov".
func (n *normalizer) oversAbbrev(t *token) bool {
	if t.core != "ov" && t.core != "ovs" || t.pre != "" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !isPlainNumber(p.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "overs")
	return true
}

// unitedAbbrev reads Utd, in club names, as united: "Man Utd" man united, "Leeds Utd".
func (n *normalizer) unitedAbbrev(t *token) bool {
	if t.core != "Utd" && t.core != "UTD" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "united")
	return true
}

// eNotation reads a number in E notation as programmers and scientists say it: "3e-4" three e
// minus four, "1.5E+9" one point five e plus nine, "6.02e23" (it read "three e four", losing
// the sign).
func (n *normalizer) eNotation(t *token) bool { return n.eNotationOf(t.raw, t.core) }

// eNotationOf reads c, the text of src, as a number in E notation if it is one.
func (n *normalizer) eNotationOf(src, c string) bool {
	i := strings.IndexAny(c, "eE")
	if i < 1 || i > 12 || i == len(c)-1 {
		return false
	}
	num, rest, ok := scanNumber(c[:i])
	if !ok || rest != "" || num.commas || num.neg || num.plus {
		return false
	}
	exp := c[i+1:]
	sign := ""
	switch {
	case strings.HasPrefix(exp, "-"):
		sign, exp = "minus", exp[1:]
	case strings.HasPrefix(exp, "−"):
		sign, exp = "minus", exp[len("−"):]
	case strings.HasPrefix(exp, "+"):
		sign, exp = "plus", exp[1:]
	}
	if len(exp) == 0 || len(exp) > 3 || !allDigits(exp) {
		return false
	}
	n.by("e notation")
	n.emit(src, appendNumber(nil, num)...)
	n.emitLetter(src, "e")
	if sign != "" {
		n.emit(src, sign)
	}
	n.emit(src, appendInteger(nil, exp)...)
	return true
}

// overnightAbbrev reads o/n, a lab notebook's overnight: "stored at 4°C o/n".
func (n *normalizer) overnightAbbrev(t *token) bool {
	if t.core != "o/n" && t.core != "O/N" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "overnight")
	return true
}

// itemCount reads the x between a small count and a capitalized item, as receipts and bookings
// list lines, as nothing: "1 x Oat Latte" one oat latte, "2 x Deluxe King" ("2 x 4" is a
// dimension, "3 nights x $189" a product).
func (n *normalizer) itemCount(t *token) bool {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || !allDigits(p.core) || len(p.core) > 2 || p.core[0] == '0' {
		return false
	}
	if !isCapitalized(next.core) || !isLetterWord(next.core) || isUpperWord(next.core) && len(next.core) > 1 || timesWords[next.lower()] {
		return false
	}
	if pp := n.peek(-2); pp != nil && pp.post == "" && (strings.EqualFold(pp.core, "a") || strings.EqualFold(pp.core, "the")) {
		return false // "a 2 x Zoom": not a receipt line
	}
	n.by("count")
	n.debug("dropped x between a count and an item", "token", t.raw)
	return true
}

// timesWords after "N x" make it a multiple, not a count of items ("10 x Zoom").
var timesWords = setOf("zoom magnification faster slower more less bigger smaller speed optical digital")

// spacedUnitBeforePlural reports a unit symbol standing after a number before a plural noun the
// quantity describes, so the unit is singular, as unitBeforePlural does for a glued one: "500 mg
// caps" five hundred milligram caps, "10 mm screws" ("10 kg costs more" and "5 km runs" as
// verbs, "20 mA max" and rates stay).
func spacedUnitBeforePlural(unit, after *token) bool {
	if unit == nil || after == nil || unit.post != "" && !r40UnitPeriod(unit, after) || after.pre != "" || len(unit.core) < 2 {
		return false
	}
	un, ok := unitWord(unit.core, true)
	if !ok || strings.Contains(un.sing, " per ") {
		return false
	}
	w := after.core
	return plainPlural(w) && w == strings.ToLower(w) && !notNoun[w] && !quantityVerbs[w] && !isUnitSymbol(w)
}

// statusPhrases open the reason phrase after an HTTP status code.
var statusPhrases = setOf("OK Created Accepted No Moved Found Not Bad Unauthorized Forbidden Too Internal Service Gateway Conflict Unprocessable Payload Request Method Temporary Permanent Precondition Unsupported")

// httpStatus reads an HTTP status code before its reason phrase in pairs, as developers say it:
// "returns 429 Too Many Requests" four twenty nine, "200 OK" two hundred, "503 Service
// Unavailable" five oh three.
func (n *normalizer) httpStatus(t *token) bool {
	c := t.core
	if len(c) != 3 || !allDigits(c) || c[0] < '1' || c[0] > '5' || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !statusPhrases[next.core] {
		return false
	}
	if next.core == "No" || next.core == "Not" || next.core == "Request" || next.core == "Found" {
		if after := n.peek(2); next.core != "Found" && (after == nil || !isCapitalized(after.core)) {
			return false // "100 No thanks" is no status; "404 Not Found" is
		}
	}
	n.by("status code")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// cipherNames are hash and cipher families named with their sizes.
var cipherNames = map[string]string{"SHA": "s h a", "AES": "a e s", "RSA": "r s a"}

// cipherName reads a hash or cipher with its size, the size in pairs as engineers say it:
// "SHA-256" s h a two fifty six, "AES-128", "RSA-2048" r s a twenty forty eight, "SHA-1".
func (n *normalizer) cipherName(t *token) bool {
	a, d, ok := strings.Cut(t.core, "-")
	name, known := cipherNames[a]
	if !ok || !known || len(d) == 0 || len(d) > 4 || !allDigits(d) || d[0] == '0' {
		return false
	}
	n.by("model name")
	for _, l := range strings.Fields(name) {
		n.emitLetter(t.raw, l)
	}
	if len(d) >= 3 {
		n.emit(t.raw, appendPaired(nil, d)...)
	} else {
		n.emit(t.raw, appendInteger(nil, d)...)
	}
	return true
}
