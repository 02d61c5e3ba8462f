package text

import (
	"strings"
	"unicode/utf8"
)

// round7Token runs the round-seven readers of issue 18 (aviation and maritime figures, codes
// opening with a year); it returns the tokens consumed, 0 when none applies.
func (n *normalizer) round7Token(t *token) int {
	c := t.core
	if c == "" {
		return 0
	}
	if c[0] >= 0x80 || n.may(shWide) && strings.ContainsAny(c, "°★") {
		if n.starRating(t) || n.starCount(t) || n.coordinate(t) {
			return 1
		}
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shUpper) {
		if k := n.flightLevel(t); k > 0 { // "FL350"
			return k
		}
		if w := worldWars[c]; w != "" { // "WWII"
			n.by("world war")
			n.emit(t.raw, "world", "war", w)
			return 1
		}
		if w := clinicalShorthand[c]; w != "" && n.peek(1) != nil { // "Dx"
			n.by("clinical shorthand")
			n.emit(t.raw, w)
			return 1
		}
	}
	if n.may(shLower) && (n.secondsAfterDecimal(t) || n.statuteSection(t)) || n.may(shLower|shUpper) && n.perAnnumAfterMoney(t) || n.may(shLower) && (n.knotsAbbrev(t) || n.centuryAbbrev(t)) ||
		n.karatGold(t) || n.may(shLower) && n.stoneWeight(t) || n.may(shUpper) && n.spacedDegree(t) || n.may(shDigit) && (n.codeSection(t) || n.inchRange(t)) {
		return 1
	}
	if n.may(shHyphen) && n.numberedCode(t) || n.may(shDigit) && n.versionSuffix(t) || n.may(shLower|shUpper) && n.hoursAfterTime(t) ||
		n.may(shSlash) && n.unitPair(t) || n.may(shDigit) && (n.roomsListing(t) || n.headingDigits(t) || n.squawk(t) || n.countBeforeAcronym(t) || n.scaleBeforePlural(t)) {
		return 1
	}
	if n.may(shDigit) && (n.runway(t) || n.zuluGlued(t)) || n.may(shHyphen) && n.yearCode(t) || n.may(shSlash) && n.cardExpiry(t) {
		return 1
	}
	return 0
}

// flightLevel reads a flight level digit by digit after "flight level": "FL350" flight level
// three five zero (also "FL 350"). Two or three digits only; "FL" alone stays Florida.
func (n *normalizer) flightLevel(t *token) int {
	c := t.core
	if len(c) < 2 || c[0] != 'F' || c[1] != 'L' {
		return 0
	}
	d := c[2:]
	if d == "" {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || len(next.core) < 2 || len(next.core) > 3 || !allDigits(next.core) {
			return 0
		}
		n.by("flight level")
		n.emit(t.raw, "flight", "level")
		n.emit(next.raw, appendDigitNames(nil, next.core, false)...)
		return 2
	}
	if len(d) < 2 || len(d) > 3 || !allDigits(d) {
		return 0
	}
	n.by("flight level")
	n.emit(t.raw, "flight", "level")
	n.emit(t.raw, appendDigitNames(nil, d, false)...)
	return 1
}

// runwayWords name a runway before its designator.
var runwayWords = setOf("runway runways rwy")

// runwaySide reads a runway designator's letter: 27L two seven left.
var runwaySide = map[byte]string{'L': "left", 'R': "right", 'C': "center"}

// runway reads a runway designator digit by digit, with its side: "Runway 27L" runway two
// seven left, "RWY 09" runway zero nine, "runway 4" four. The designator is the magnetic
// heading in tens of degrees (01 to 36).
func (n *normalizer) runway(t *token) bool {
	c := t.core
	if c == "" || c[0] < '0' || c[0] > '9' || len(c) > 3 && (len(c) > 7 || strings.IndexByte(c, '/') < 0) {
		return false // the designator first: most tokens stop here without lower-casing
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	a, b, pair := strings.Cut(c, "/")
	if !runwayWords[lowerASCIIWord(prev.core)] {
		// Round twenty-five: a second pair of ends joined to the first by and or or
		// ("Runways 09R/27L and 09L/27R").
		first, word := n.peek(-2), n.peek(-3)
		if !pair || prev.core != "and" && prev.core != "or" || first == nil || word == nil || first.post != "" && first.post != "," || word.post != "" ||
			!runwayWords[lowerASCIIWord(word.core)] || !strings.Contains(first.core, "/") || !runwayEnds(first.core) {
			return false
		}
	}
	if pair && !runwayEnds(c) || !pair && !isRunway(c) {
		return false
	}
	n.by("runway")
	n.emit(t.raw, appendRunway(nil, a)...)
	if pair {
		// Round twenty-five: the two ends of one strip, "09L/27R" zero nine left two seven
		// right (it was a count and "slash").
		n.emit(t.raw, appendRunway(nil, b)...)
	}
	return true
}

// runwayEnds reports the two ends of one runway joined by a slash, "09L/27R", "04/22".
func runwayEnds(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	return ok && isRunway(a) && isRunway(b)
}

// isRunway reports a runway designator: one or two digits from 01 to 36, and a side letter.
func isRunway(c string) bool {
	if l := len(c); l >= 2 && runwaySide[c[l-1]] != "" {
		c = c[:l-1]
	}
	if len(c) < 1 || len(c) > 2 || !allDigits(c) {
		return false
	}
	v := atoiSmall(c)
	return v >= 1 && v <= 36
}

// appendRunway reads a designator isRunway accepts: its digits one by one (one digit as its
// word) and its side.
func appendRunway(dst []string, c string) []string {
	side := ""
	if l := len(c); l >= 2 && runwaySide[c[l-1]] != "" {
		side, c = runwaySide[c[l-1]], c[:l-1]
	}
	if len(c) == 1 {
		dst = append(dst, onesWords[c[0]-'0'])
	} else {
		dst = appendDigitNames(dst, c, false)
	}
	if side != "" {
		dst = append(dst, side)
	}
	return dst
}

// zuluGlued reads a four-digit UTC time with the Z of aviation and shipping: "1430Z" fourteen
// thirty zulu, "0600Z" oh six hundred zulu, "14:00Z" (with a colon) fourteen hundred zulu.
func (n *normalizer) zuluGlued(t *token) bool {
	c := t.core
	if len(c) == 6 && c[2] == ':' {
		c = c[:2] + c[3:] // "14:00Z" as "1400Z"
	}
	if len(c) != 5 || c[4] != 'Z' || !allDigits(c[:4]) {
		return false
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:4])
	if hh > 23 || mm > 59 {
		return false
	}
	n.by("zulu time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	n.emit(t.raw, "zulu")
	return true
}

// yearCode reads a docket-style code that opens with a year after a code word or "No.": "Case
// No. 2024-CR-001187" twenty twenty four c r zero zero one one eight seven. The year is said as
// a year, the letters spelled and the rest digit by digit.
func (n *normalizer) yearCode(t *token) bool {
	c := t.core
	if len(c) < 8 || len(c) > 24 || c[4] != '-' || !allDigits(c[:4]) {
		return false
	}
	y := atoiSmall(c[:4])
	if y < 1900 || y > 2099 {
		return false
	}
	groups := strings.Split(c[5:], "-")
	if len(groups) < 2 || !isUpperWord(groups[0]) || len(groups[0]) > 4 {
		return false
	}
	for _, g := range groups[1:] {
		if g == "" || !allDigits(g) && !isUpperWord(g) {
			return false
		}
	}
	prev := n.peek(-1)
	if prev == nil || !(numberMark(prev) || codeWords[prev.lower()] || docketWords[prev.lower()]) {
		return false
	}
	n.by("code opening with a year")
	n.emit(t.raw, appendYear(nil, y)...)
	for _, g := range groups {
		if allDigits(g) {
			n.emit(t.raw, appendDigitNames(nil, g, false)...)
			continue
		}
		for i := 0; i < len(g); i++ {
			n.emitLetter(t.raw, strings.ToLower(g[i:i+1]))
		}
	}
	return true
}

// docketWords name what a code opening with a year numbers: "Case 2024-CR-001187".
var docketWords = setOf("case docket claim file matter complaint incident report permit application")

// inchNouns are things sized in inches; a number with an inch mark before one of them is read
// as an adjective, singular: `15.6" display` fifteen point six inch display.
var inchNouns = setOf(`display displays screen screens monitor monitors tv tvs laptop laptops tablet tablets
wheel wheels rims rim tire tires tyre tyres pizza pan skillet subwoofer woofer speaker frame blade pipe
touchscreen television ipad macbook`)

// inchAdjective reports a size in inches used as an adjective by what follows it: a noun
// sized in inches, or a display acronym in capitals ("FHD", "OLED", "4K").
func inchAdjective(next *token) bool {
	if next == nil || next.pre != "" {
		return false
	}
	a := next.core
	if inchNouns[strings.ToLower(a)] {
		return true
	}
	switch a {
	case "HD", "FHD", "UHD", "QHD", "OLED", "LCD", "LED", "IPS", "4K", "8K", "AMOLED", "QLED", "WQHD", "HDR":
		return true
	}
	return false
}

// beAfter are words after which chat "b" is the verb: "b there in 5", "b back soon".
var beAfter = setOf("there back right home ready late careful safe quiet nice good fine sure patient free done over here on up")

// beBefore are words before chat "b" that make it the verb ("i'll b there", "gonna b late").
var beBefore = setOf("i'll ill will gonna to can should might may must won't wont cant can't u you we'll")

// chatBe reports a lower-case "b" that is the verb "be" in a message: at its start or after a
// modal, before a word that follows "be" ("b there in 5"); "plan b", "vitamin b" stay letters.
func (n *normalizer) chatBe(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || !beAfter[next.core] {
		return false
	}
	prev := n.peek(-1)
	return prev == nil || prev.post == "" && beBefore[prev.lower()] || clauseEnd(prev.post) && n.fact(factChat)
}

// penceWords are words of a sentence about British prices that make a three- or four-digit
// number with p pence: "Shares fell 8p to 212p", "the FTSE stock closed at 1450p".
var penceWords = setOf("shares share stock stocks pence penny price prices priced ftse aim closed fell rose traded")

// fixtureVerbs are verbs of one side meeting another in a schedule line ("Miami (12-5) hosts
// Buffalo").
var fixtureVerbs = setOf("hosts host visits visit faces face meets meet plays travels vs vs. versus")

// fixtureRecords reports a sentence with two bracketed records, or one and a fixture verb:
// then a bracketed pair after a name is a win–loss record, whatever the name.
func (n *normalizer) fixtureRecords() bool { return n.fact(factFixture) }

// cardWords in a sentence make an expiry's MM/YY a card's month and year.
var cardWords = setOf("card cards visa mastercard amex cvv cvc debit credit ending")

// cardExpiry reads a card's expiry MM/YY as a month and a year: "Valid thru 08/27" august twenty
// twenty seven, "Exp 12/26" on a card december twenty twenty six. "valid thru" is the card's own
// label; after "exp" or "expiry" a card word must be in the sentence ("offer expires 12/26" is a
// day).
func (n *normalizer) cardExpiry(t *token) bool {
	c := t.core
	if len(c) != 5 || c[2] != '/' || !allDigits(c[:2]) || !allDigits(c[3:]) {
		return false
	}
	m := atoiSmall(c[:2])
	prev := n.peek(-1)
	if m < 1 || m > 12 || prev == nil {
		return false
	}
	p := prev.lower()
	ok := false
	switch p {
	case "thru", "through":
		pp := n.peek(-2)
		ok = pp != nil && pp.post == "" && strings.EqualFold(pp.core, "valid") && prev.post == ""
	case "exp", "expiry", "expires", "expiration":
		ok = n.fact(factCard)
	}
	if !ok {
		return false
	}
	n.by("card expiry")
	n.emit(t.raw, monthNames[m])
	n.emit(t.raw, appendYear(nil, 2000+atoiSmall(c[3:]))...)
	return true
}

// worldWars are the world wars by their short names: "WWII" world war two.
var worldWars = map[string]string{"WWI": "one", "WWII": "two", "WW1": "one", "WW2": "two", "WWIII": "three", "WW3": "three"}

// centuryAbbrev reads "c." after an ordinal as century: "the 21st c." the twenty first century
// (before a year, "c." is circa, read elsewhere).
func (n *normalizer) centuryAbbrev(t *token) bool {
	if t.core != "c" || !t.hasDot() {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isOrdinalNumeral(prev.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "century")
	n.absorbed = !n.isLast(0) // a period inside the sentence is the abbreviation's
	return true
}

// goldNext are words after a karat figure: "18kt gold", "14K white gold".
var goldNext = setOf("gold white yellow rose solid plated")

// karatMarks are how a gold's fineness is written after its number.
var karatMarks = setOf("K k kt KT ct")

// karatGold reads a gold's fineness in karats: "24K gold" twenty four karat gold, "18 kt gold"
// (a number from 8 to 24 before a word of gold; "24K people" stays thousand).
func (n *normalizer) karatGold(t *token) bool {
	c := t.core
	if c == "" || (!isDigit(c[0]) || !strings.ContainsAny(c, "Kkc")) && !(len(c) <= 2 && karatMarks[c]) { // karatMarks: one or two letters
		return false // the shape first: most tokens stop here without lower-casing
	}
	next := n.peek(1)
	if next == nil || t.post != "" || !goldNext[next.lower()] {
		return false
	}
	if !n.jewelleryNear() && !strings.HasSuffix(c, "kt") && !strings.HasSuffix(c, "ct") && !strings.HasSuffix(c, "KT") {
		return false // "12k gold" in a game is twelve thousand
	}
	if karatMarks[c] {
		// "18 kt gold": the number was read before the mark.
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !allDigits(prev.core) || atoiSmall(prev.core) < 8 || atoiSmall(prev.core) > 24 {
			return false
		}
		n.by("karat")
		n.emit(t.raw, "karat")
		return true
	}
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	if k == 0 || k > 2 || !karatMarks[c[k:]] {
		return false
	}
	v := atoiSmall(c[:k])
	if v < 8 || v > 24 {
		return false
	}
	n.by("karat")
	n.emit(t.raw, appendUnder100(nil, v)...)
	n.emit(t.raw, "karat")
	return true
}

// stoneWeight reads "st" after a number as stone when pounds follow: "3 st 4 lb" three stone
// four pounds (British body weight); "st" elsewhere is street or saint.
func (n *normalizer) stoneWeight(t *token) bool {
	if t.core != "st" || t.post != "" {
		return false
	}
	prev, next, unit := n.peek(-1), n.peek(1), n.peek(2)
	if prev == nil || prev.post != "" || !allDigits(prev.core) || next == nil || !allDigits(next.core) || unit == nil {
		return false
	}
	switch unit.lower() {
	case "lb", "lbs", "pounds":
	default:
		return false
	}
	n.by("unit")
	n.emit(t.raw, "stone")
	return true
}

// clinicalShorthand are the x-abbreviations of clinical notes, in this mixed case only ("TX" is
// Texas): "Dx: T2DM" diagnosis t two d m, "Hx" history ("Rx" stays r x, as older tables read it).
var clinicalShorthand = map[string]string{"Dx": "diagnosis", "Hx": "history", "Tx": "treatment", "Fx": "fracture"}

// temperatureWords before a number make a spaced C or F after it a temperature scale.
var temperatureWords = setOf("temp temps temperature temperatures fever highs lows high low heat cold feels body water oven air")

// spacedDegree reads a C or F standing after a number as degrees celsius or fahrenheit when a
// word of temperature comes just before the number: "Temp 38.2 C" thirty eight point two degrees
// celsius ("Grade 3 C" stays a letter).
func (n *normalizer) spacedDegree(t *token) bool {
	if t.core != "C" && t.core != "F" {
		return false
	}
	num, tw := n.peek(-1), n.peek(-2)
	if num == nil || tw == nil || num.post != "" || !startsNumeric(num.core) || !temperatureWords[tw.lower()] {
		return false
	}
	if _, rest, ok := scanNumber(num.core); !ok || rest != "" {
		return false
	}
	n.by("unit")
	if t.core == "C" {
		n.emit(t.raw, "degrees", "celsius")
	} else {
		n.emit(t.raw, "degrees", "fahrenheit")
	}
	return true
}

// codeSection reads a section of a code of laws after the code's abbreviation in pairs, as a §
// section is: "28 U.S.C. 1331" twenty eight u s c thirteen thirty one, "40 CFR 261".
func (n *normalizer) codeSection(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || !allDigits(c) || c[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	switch strings.TrimSuffix(prev.core, ".") {
	case "U.S.C", "USC", "C.F.R", "CFR":
	default:
		return false
	}
	if pp := n.peek(-2); pp == nil || !allDigits(pp.core) {
		return false // the title number comes first: "42 U.S.C. 1983"
	}
	n.by("section number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// inchRange reads a range with an inch mark as inches: `Snow 2–4" overnight` two to four
// inches (no quotation open before it).
func (n *normalizer) inchRange(t *token) bool {
	if !strings.HasPrefix(t.post, "\"") && !strings.HasPrefix(t.post, "″") || strings.ContainsAny(t.pre, "\"“") {
		return false
	}
	c := t.core
	i := strings.IndexAny(c, "-–")
	if i <= 0 {
		return false
	}
	_, dash := utf8.DecodeRuneInString(c[i:])
	lo, restLo, ok1 := scanNumber(c[:i])
	hi, restHi, ok2 := scanNumber(c[i+dash:])
	if !ok1 || !ok2 || restLo != "" || restHi != "" || lo.neg || hi.neg || n.quoteOpen(t) {
		return false
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, lo)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendNumber(nil, hi)...)
	n.emit(t.raw, "inches")
	return true
}

// preReleases are the pre-release labels of a version and how they are read.
var preReleases = map[string][]string{"alpha": {"alpha"}, "beta": {"beta"}, "rc": {"r", "c"}, "dev": {"dev"},
	"preview": {"preview"}, "pre": {"pre"}, "snapshot": {"snapshot"}}

// versionSuffix reads a version with a letter or a pre-release label after it: "v0.9.3b"
// version zero point nine point three b, "v2.1.0-rc1" … r c one, "3.0-beta" three point oh beta.
// A v in front or a pre-release label after makes it a version without other context.
func (n *normalizer) versionSuffix(t *token) bool {
	c := t.core
	v := len(c) > 1 && (c[0] == 'v' || c[0] == 'V') && isDigit(c[1])
	if v {
		c = c[1:]
	}
	end := 0
	for end < len(c) && (isDigit(c[end]) || c[end] == '.') {
		end++
	}
	ver, tail := c[:end], c[end:]
	if tail == "" || tail[0] != '-' && len(tail) != 1 || !isVersionString(ver) {
		return false
	}
	var label []string
	var letters []string
	switch {
	case v && len(tail) == 1 && tail[0] >= 'a' && tail[0] <= 'z':
		letters = []string{tail} // "v0.9.3b"
	case tail[0] == '-':
		name := strings.TrimRight(strings.ToLower(tail[1:]), "0123456789.")
		num := strings.TrimPrefix(tail[1+len(name):], ".")
		words, ok := preReleases[name]
		if !ok || num != "" && !allDigits(num) {
			return false
		}
		if name == "rc" {
			letters = words
		} else {
			label = words
		}
		if num != "" {
			defer func() { n.emit(t.raw, appendInteger(nil, num)...) }()
		}
	default:
		return false
	}
	n.by("version")
	if v {
		n.emit(t.raw, "version")
	}
	n.emit(t.raw, appendVersion(nil, ver)...)
	n.emit(t.raw, label...)
	for _, l := range letters {
		n.emitLetter(t.raw, l)
	}
	n.versionAt = n.i
	return true
}

// numberedCode reads digit groups joined by hyphens after a number sign as a code, digit by
// digit: "Incident #24-00871" two four, zero zero eight seven one; "MLS# 22-1187". A group of
// four digits or more, or one with a leading zero, makes it a code ("#1-3" stays a range).
func (n *normalizer) numberedCode(t *token) bool {
	c := t.core
	lead := ""
	switch {
	case strings.HasPrefix(c, "#"):
		c, lead = c[1:], "number"
	case strings.HasSuffix(t.pre, "#"):
	default:
		prev := n.peek(-1)
		if prev == nil || !strings.HasSuffix(prev.core, "#") && !strings.HasSuffix(prev.post, "#") {
			return false
		}
	}
	if len(c) < 5 || len(c) > 24 || c[0] == '-' || c[len(c)-1] == '-' || strings.Contains(c, "--") {
		return false
	}
	groups := strings.Split(c, "-")
	if len(groups) < 2 {
		return false
	}
	codeLike := false
	for _, g := range groups {
		if !allDigits(g) {
			return false
		}
		if len(g) >= 4 || len(g) > 1 && g[0] == '0' {
			codeLike = true
		}
	}
	if !codeLike {
		return false
	}
	n.by("code digits")
	n.phone(t.raw, groups, lead)
	return true
}

// notAfterCount are words that never follow a count: after one of them a chat "4" is "for" and
// a "2" is "to" ("thx 4 the help", "talk 2 u soon").
var notAfterCount = setOf("the a an u you ur your me my us it him her them this that ya")

// chatDigit reads a lone 4 or 2 between words of a message as "for" or "to", and a "c" before
// "u" as "see"; it returns the word, or "" when the token is not one.
func (n *normalizer) chatDigit(t *token) string {
	c := t.core
	if c != "4" && c != "2" && c != "c" && c != "C" || t.post != "" || t.pre != "" {
		return ""
	}
	next := n.peek(1)
	if next == nil {
		return ""
	}
	if c == "c" || c == "C" {
		if next.core == "u" && n.i == 0 {
			return "see" // "C u l8r"
		}
		return ""
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return ""
	}
	if c == "4" && gerund53(next.core) && chatBeforeFor[prev.lower()] {
		return "for" // "Thx 4 coming" (the lead's round fifty-three)
	}
	if !notAfterCount[next.core] {
		return ""
	}
	p := prev.lower()
	if c == "4" && chatBeforeFor[p] {
		return "for"
	}
	if c == "2" && chatBeforeTo[p] {
		return "to"
	}
	if chatObjects[next.core] && isLetterWord(prev.core) && prev.core == p {
		// Round eighteen: a pronoun that no count precedes, after a lower-case word: "send it
		// 2 me" to me, "this is 4 u" for you ("Chapter 2 me" is no message).
		if c == "2" {
			return "to"
		}
		return "for"
	}
	return "" // "In game 4 the Celtics rallied": a count after a label
}

// chatObjects are the object pronouns of a message that no count precedes.
var chatObjects = setOf("me u us him them ya")

// chatBeforeFor and chatBeforeTo are words a chat "4" (for) or "2" (to) follows: "thx 4 the
// help", "talk 2 u later"; labels ("game 4 the", "chapter 2 the") are not among them.
var chatBeforeFor = setOf("thx thanks thank ty tysm waiting wait ready time out here there good sorry looking look pay paid ask asked cool great gift food late due all just perfect")
var chatBeforeTo = setOf("talk going go went come came back listen reply text send sent headed heading welcome nice hard easy used able next")

// numberNext reports a number right after the current token: "IMO 9811000" is a ship's number,
// not chat.
func (n *normalizer) numberNext() bool {
	next := n.peek(1)
	return next != nil && n.peek(0).post == "" && next.core != "" && isDigit(next.core[0])
}

// seaWindWords in a sentence make "kt" after a number knots: "Wind SW 10-15 kt" (elsewhere kt is
// a karat or a file type).
var seaWindWords = setOf("wind winds gust gusts gusting seas sea swell sustained speed vessel boat ship sailing breeze")

// knotsAbbrev reads "kt" after a number or a range as knots in a sentence about wind or the sea.
func (n *normalizer) knotsAbbrev(t *token) bool {
	if t.core != "kt" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[0]) {
		return false
	}
	if !n.fact(factSeaWind) {
		return false
	}
	n.by("unit")
	n.emit(t.raw, plural(prev.core == "1", "knot", "knots"))
	return true
}

// starRating reads a rating drawn in stars: "★★★★☆" four out of five stars, "★★★" three stars.
func (n *normalizer) starRating(t *token) bool {
	full, empty := 0, 0
	for _, r := range t.core {
		switch r {
		case '★':
			if empty > 0 {
				return false // filled stars come first
			}
			full++
		case '☆':
			empty++
		default:
			return false
		}
	}
	if full == 0 || full+empty < 2 || full+empty > 10 {
		return false // a lone star is a bullet: "★ Featured"
	}
	n.by("star rating")
	n.emit(t.raw, appendCardinal(nil, uint64(full))...)
	if empty > 0 {
		n.emit(t.raw, "out", "of")
		n.emit(t.raw, appendCardinal(nil, uint64(full+empty))...)
	}
	n.emit(t.raw, plural(empty == 0 && adjectival(n.peek(-1), n.peek(1), t), "star", "stars")) // "a ★★★ hotel"
	return true
}

// jewelleryWords in a sentence make a karat reading of "14k gold" likely.
var jewelleryWords = setOf(`ring rings chain chains necklace bracelet earrings earring band bands pendant jewelry
jewellery watch plated solid white yellow rose studs hoops bangle`)

// jewelleryNear reports a word of jewellery in the sentence.
func (n *normalizer) jewelleryNear() bool { return n.fact(factJewellery) }

// hoursAfterTime reads "hrs" after a 24-hour time as hours: "at 2310 hrs" twenty three ten hours.
func (n *normalizer) hoursAfterTime(t *token) bool {
	switch t.core {
	case "hrs", "Hrs", "HRS", "hr", "Hr":
	default:
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) != 4 || !allDigits(prev.core) {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "hours")
	return true
}

// unitPair reads two quantities with units joined by a slash as a pair: "220V/50Hz" two hundred
// twenty volts fifty hertz.
func (n *normalizer) unitPair(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || b == "" || !isDigit(a[0]) || !isDigit(b[0]) {
		return false
	}
	var words []string
	for k, side := range []string{a, b} {
		num, rest, ok := scanNumber(side)
		if !ok || rest == "" || num.neg {
			return false
		}
		un, ok := unitWord(rest, false)
		if !ok {
			if s, ok2 := baseUnits[rest]; ok2 {
				un = s // "2A" amps
			} else {
				return false
			}
		}
		words = appendNumber(words, num)
		one := num.isOne() || k == 1 && n.pairBeforeNoun45(t, rest)
		if k == 0 && !one {
			_, r2, _ := scanNumber(b)
			one = n.pairBeforeNoun45(t, r2)
		}
		words = append(words, strings.Fields(plural(one, un.sing, un.plural))...)
	}
	n.by("unit")
	n.emit(t.raw, words...)
	return true
}

// roomMarks are how listings write bedrooms and bathrooms after a count.
var roomMarks = map[string]string{"BR": "bedroom", "BD": "bedroom", "bd": "bedroom", "br": "bedroom", "BA": "bathroom", "ba": "bathroom"}

// roomsListing reads a listing's rooms: "3BR/2BA" three bedroom two bathroom, "4bd".
func (n *normalizer) roomsListing(t *token) bool {
	c := t.core
	if len(c) < 3 || !isDigit(c[0]) || roomMarks[c[len(c)-2:]] == "" {
		return false // the shape first: most tokens stop here without splitting
	}
	parts := strings.Split(c, "/")
	if len(parts) > 3 {
		return false
	}
	var words []string
	for _, p := range parts {
		k := 0
		for k < len(p) && (isDigit(p[k]) || p[k] == '.') {
			k++
		}
		w := roomMarks[p[k:]]
		if k == 0 || w == "" {
			return false
		}
		num, rest, ok := scanNumber(p[:k])
		if !ok || rest != "" {
			return false
		}
		words = append(appendNumber(words, num), w)
	}
	n.by("listing rooms")
	n.emit(t.raw, words...)
	return true
}

// headingDigits reads a three-digit direction after wind or heading digit by digit: "Winds
// 270 at 15 knots" two seven zero, "heading 090".
func (n *normalizer) headingDigits(t *token) bool {
	c := t.core
	if len(c) != 3 || !allDigits(c) || atoiSmall(c) > 360 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" {
		return false
	}
	switch prev.lower() {
	case "heading":
		if next != nil && t.post == "" && !radioAfter[next.lower()] {
			return false // "heading 250 staff": a count (round 15)
		}
	case "wind", "winds":
		if next == nil || t.post != "" || !strings.EqualFold(next.core, "at") && next.core != "degrees" {
			return false // "winds 270 at 15": a direction before its speed
		}
	default:
		return false
	}
	n.by("heading")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// squawk reads a transponder code digit by digit: "squawk 7700" seven seven zero zero (four
// octal digits).
func (n *normalizer) squawk(t *token) bool {
	c := t.core
	if len(c) != 4 || strings.Trim(c, "01234567") != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	switch prev.lower() {
	case "squawk", "squawking", "squawked", "squawks", "transponder":
	default:
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// countBeforeAcronym reads "2x" before a word in capitals as a count: "Includes 2x AA batteries"
// two a a batteries, "4x USB ports" ("22x forward earnings" stays times).
func (n *normalizer) countBeforeAcronym(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 3 || c[len(c)-1] != 'x' || !allDigits(c[:len(c)-1]) {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || len(next.core) < 2 || !isUpperWord(strings.TrimRight(next.core, "0123456789")) {
		return false
	}
	if earningsMeasures53[next.core] {
		return false // "14x EBITDA": a multiple (the lead's round fifty-three)
	}
	n.by("count")
	n.emit(t.raw, appendInteger(nil, c[:len(c)-1])...)
	return true
}

// scaleBeforePlural reads a count with B or M before a plural noun in thousands of millions:
// "7B parameters" seven billion parameters, "2M users" two million users.
func (n *normalizer) scaleBeforePlural(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 6 {
		return false
	}
	last := c[len(c)-1]
	if last != 'B' && last != 'M' {
		return false
	}
	num, rest, ok := scanNumber(c)
	if !ok || rest != string(last) || num.neg || num.plus || !n.pluralAfter() {
		return false
	}
	if prev := n.peek(-1); prev != nil && placeLabels[prev.lower()] {
		return false // "Lot 44B expires": a label
	}
	n.by("scale")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, scaleSuffix[rest])
	return true
}

// starCount reads a count glued to a star: "a 5★ hotel" a five star hotel, "rated 4★" four stars.
func (n *normalizer) starCount(t *token) bool {
	c, ok := strings.CutSuffix(t.core, "★")
	if !ok || c == "" || !allDigits(c) || len(c) > 2 {
		return false
	}
	n.by("star rating")
	n.emit(t.raw, appendInteger(nil, c)...)
	n.emit(t.raw, plural(c == "1" || adjectival(n.peek(-1), n.peek(1), t), "star", "stars"))
	return true
}

// hemisphereWords name the hemisphere letters of a coordinate.
var hemisphereWords = map[byte]string{'N': "north", 'S': "south", 'E': "east", 'W': "west"}

// coordinate reads a latitude or longitude in degrees and minutes (and seconds): "41°43′N"
// forty one degrees forty three minutes north, "49°56'W".
func (n *normalizer) coordinate(t *token) bool {
	c := t.core
	if len(c) < 3 || hemisphereWords[c[len(c)-1]] == "" {
		return false
	}
	hemi := hemisphereWords[c[len(c)-1]]
	body := c[:len(c)-1]
	deg, rest, ok := strings.Cut(body, "°")
	if !ok || deg == "" || len(deg) > 3 || !allDigits(deg) {
		return false
	}
	words := append(appendInteger(nil, deg), plural(deg == "1", "degree", "degrees"))
	for _, unit := range [][3]string{{"′", "minute", "minutes"}, {"″", "second", "seconds"}} {
		if rest == "" {
			break
		}
		v, tail, ok := strings.Cut(rest, unit[0])
		if !ok {
			alt := "'"
			if unit[0] == "″" {
				alt = "\""
			}
			if v, tail, ok = strings.Cut(rest, alt); !ok {
				return false
			}
		}
		if v == "" || len(v) > 2 || !allDigits(v) {
			return false
		}
		words = append(appendInteger(words, v), plural(v == "1" || v == "01", unit[1], unit[2]))
		rest = tail
	}
	if rest != "" {
		return false
	}
	n.by("coordinate")
	n.emit(t.raw, append(words, hemi)...)
	return true
}

// placeLabels name places and things numbered with a letter after the number ("Lot 44B").
var placeLabels = setOf(`lot room suite gate unit apt apartment seat row bay platform block flat box locker cabin
car coach level floor stand pier berth dock zone section aisle exit terminal building bldg stall plot`)

// gluedRangeDash reports a dash written between two amounts or times without spaces, split off
// by the tokenizer: "6 a.m.–2 p.m." six a m to two p m, "£45k–£55k". It is "to", not a pause.
func (n *normalizer) gluedRangeDash(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.end != t.start || t.end != next.start || prev.post != "" && prev.post != "." || next.pre != "" {
		return false
	}
	p, x := prev.core, next.core
	if p == "" || x == "" {
		return false
	}
	amountEnd := isDigit(p[len(p)-1]) || strings.HasSuffix(p, "a.m") || strings.HasSuffix(p, "p.m") || meridiemTail(p) ||
		startsMoney(p) && strings.ContainsAny(p, "0123456789") || strings.EqualFold(p, "noon") || strings.EqualFold(p, "midnight") // "Noon–2 p.m."
	amountStart := isDigit(x[0]) || startsMoney(x) && strings.ContainsAny(x, "0123456789")
	return amountEnd && amountStart
}

// startsMoney reports a currency sign first: "£45k", "$5".
func startsMoney(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹'
}

// secondsAfterDecimal reads a lone "s" after a decimal number as seconds: "won by 4.2 s" four
// point two seconds (after a whole number it may be a letter: "5 s").
func (n *normalizer) secondsAfterDecimal(t *token) bool {
	if t.core != "s" || t.hasDot() && n.peek(1) != nil {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	num, rest, ok := scanNumber(prev.core)
	if !ok || rest != "" || !num.hasPoint || num.neg {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "seconds")
	return true
}

// statuteSection reads "s." or "ss." before a section number after a word, as British
// statutes are cited: "charged under s. 18 of the Act" section eighteen ("J. S. Bach" stays).
func (n *normalizer) statuteSection(t *token) bool {
	if t.core != "s" && t.core != "ss" || !t.hasDot() {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || !isLetterWord(prev.core) ||
		next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.by("abbreviation")
	n.absorbed = true // the period is the abbreviation's
	if t.core == "ss" {
		n.emit(t.raw, "sections")
	} else {
		n.emit(t.raw, "section")
	}
	return true
}

// perAnnumAfterMoney reads "pa" or "p.a." after a sum of money as per annum: "£45k pa".
func (n *normalizer) perAnnumAfterMoney(t *token) bool {
	switch t.core {
	case "pa", "p.a", "PA":
	default:
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !startsMoney(prev.core) || !strings.ContainsAny(prev.core, "0123456789") {
		return false
	}
	n.by("abbreviation")
	if t.core == "p.a" {
		n.absorbed = !n.isLast(0)
	}
	n.emit(t.raw, "per", "annum")
	return true
}
