package text

import "strings"

// Round five of issue 18: readers found by held-out set 5 and the leftovers of round four.

// spacedHeight reads a height written with a space between feet and inches: "5′ 11″" and
// `6' 2"` five foot eleven, six foot two, as "6'2"" is read. It returns the tokens used, or 0.
func (n *normalizer) spacedHeight(t *token, num number, rest string) int {
	if n.inPart != 0 || num.hasPoint || num.neg || num.plus || num.commas || len(num.intPart) > 1 {
		return 0
	}
	if !(rest == "′" && t.post == "" || rest == "" && strings.HasPrefix(t.post, "'") && len(t.post) == 1) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	in, ok := strings.CutSuffix(next.core, "″")
	if !ok {
		if !strings.HasPrefix(next.post, "\"") {
			return 0
		}
		in = next.core
	}
	if in == "" || len(in) > 2 || !allDigits(in) || atoiSmall(in) > 11 {
		return 0
	}
	n.by("height")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "foot")
	n.emit(t.raw, appendInteger(nil, in)...)
	return 2
}

// recordJoins join records in a list: "4-2 at home and 1-5 away", "2-8 and 0-5".
var recordJoins = setOf("and but while then")

// recordListed reports a pair after a joining word (l, lower case) that follows a record read
// within the last four tokens: "went 10-2 at home and 2-8 away".
func (n *normalizer) recordListed(l string) bool {
	return recordJoins[l] && n.recordAt >= 0 && n.recordAt >= n.i-4 && n.recordAt < n.i
}

// recordFollows reports the current pair followed by "and" and another pair of the same shape
// ("they are 2-8 and 0-5"): a list of records after a team's verb.
func (n *normalizer) recordFollows() bool {
	and, other := n.peek(1), n.peek(2)
	if and == nil || other == nil || n.peek(0).post != "" || and.post != "" || !strings.EqualFold(and.core, "and") {
		return false
	}
	lo, hi, ok := strings.Cut(other.core, "-")
	return ok && lo != "" && hi != "" && len(lo) <= 3 && len(hi) <= 3 && allDigits(lo) && allDigits(hi)
}

// digitTriple reads three single digits joined by colons, a ratio of three parts that is no
// clock time (a time's minutes have two digits): "4:2:2" four two two, "1:2:1" one two one.
func (n *normalizer) digitTriple(src, s string) bool {
	if len(s) != 5 || s[1] != ':' || s[3] != ':' || !isDigit(s[0]) || !isDigit(s[2]) || !isDigit(s[4]) {
		return false
	}
	n.by("ratio")
	for _, c := range []byte{s[0], s[2], s[4]} {
		n.emit(src, onesWordsOrZero(c))
	}
	return true
}

// onesWordsOrZero names one digit ("0" zero).
func onesWordsOrZero(c byte) string {
	if c == '0' {
		return "zero"
	}
	return onesWords[c-'0']
}

// zoneSlash reports a spaced slash after a time or its zone before another time or a
// capitalized word ("2 p.m. ET / 11 a.m. PT", "Doors 6:30 / Show 7:30"): it is not read, and
// makes a Minor break, as a comma would.
func (n *normalizer) zoneSlash() bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || len(n.out) == 0 || !startsNumeric(next.core) && !strings.EqualFold(next.core, "noon") && !isCapitalized(next.core) {
		return false
	}
	if _, ok := zoneNames[prev.core]; !ok && !timeLike(prev) {
		return false
	}
	n.debug("slash between times not read", "token", "/")
	n.raise(len(n.out)-1, Minor)
	return true
}

// medicalEvery reads a dosing interval of a prescription: "q6h" every six hours, "q4-6h"
// every four to six hours, "q1h" every hour. Other letters after q are left to the general reader.
func (n *normalizer) medicalEvery(t *token) bool {
	s := t.core
	if len(s) < 3 || s[0] != 'q' || s[len(s)-1] != 'h' {
		return false
	}
	mid := s[1 : len(s)-1]
	lo, hi, ranged := strings.Cut(mid, "-")
	if lo == "" || len(lo) > 2 || !allDigits(lo) || ranged && (hi == "" || len(hi) > 2 || !allDigits(hi)) {
		return false
	}
	n.by("dosing interval")
	n.emit(t.raw, "every")
	if lo == "1" && !ranged {
		n.emit(t.raw, "hour") // q1h: every hour
		return true
	}
	n.emit(t.raw, appendInteger(nil, lo)...)
	if ranged {
		n.emit(t.raw, "to")
		n.emit(t.raw, appendInteger(nil, hi)...)
	}
	n.emit(t.raw, "hours")
	return true
}

// afterCodeWord reports a code word just before the current token, or before a number mark
// before it ("Invoice #INV-2024-0042", "invoice INV-2024-0042").
func (n *normalizer) afterCodeWord() bool {
	prev := n.peek(-1)
	if prev != nil && numberMark(prev) && prev.post == "" {
		prev = n.peek(-2)
	}
	return prev != nil && codeWords[prev.lower()] && (prev.post == "" || prev.post == ":")
}

// codeDashed reads digit groups joined by hyphens after a code word, digit by digit: "Your
// code: 384-221" three eight four two two one, "PO 45-7781".
func (n *normalizer) codeDashed(t *token, s string) bool {
	if len(s) < 5 || len(s) > 24 || !strings.Contains(s, "-") || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") || strings.Contains(s, "--") {
		return false
	}
	groups := strings.Split(s, "-")
	for _, g := range groups {
		if !allDigits(g) {
			return false
		}
	}
	w := n.codeWordBefore()
	if w == "" || w == "ending" || w == "ends" || statusWords[w] && w != "code" {
		return false
	}
	n.by("code digits")
	n.phone(t.raw, groups, "")
	return true
}

// inchMark reads a double quote right after a number as inches when no quotation is open
// before it: `18" of snow` eighteen inches of snow, `a 27" monitor` a twenty seven inch monitor
// (`he said "I have 5"` closes a quotation).
func (n *normalizer) inchMark(t *token, num number, rest string) int {
	if n.inPart != 0 || rest != "" || num.neg || num.plus || strings.ContainsAny(t.pre, "\"“") || !strings.HasPrefix(t.post, "\"") && !strings.HasPrefix(t.post, "″") {
		return 0
	}
	if n.quoteOpen(t) {
		return 0
	}
	bare := *t
	bare.post = ""
	// A comma or other mark after the inch mark ends the phrase: the next word is no noun the
	// size describes (`24" × 36", frame not included` stays inches; round sixty-three R8).
	marked := t.post == "\"" || t.post == "″"
	one := num.isOne() || marked && (adjectival(n.peek(-1), n.peek(1), &bare) || inchAdjective(n.peek(1)))
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(one, "inch", "inches"))
	return 1
}

// isUpperLetter reports an ASCII capital.
func isUpperLetter(c byte) bool { return c >= 'A' && c <= 'Z' }

// versionSeries reads a version series with a wildcard: "1.x" one point x, "3.12.x".
func (n *normalizer) versionSeries(t *token, num number, rest string) int {
	if rest != ".x" && rest != ".X" || num.neg || num.plus || num.commas {
		return 0
	}
	n.by("version")
	whole := num.intPart
	if num.hasPoint {
		whole += "." + num.frac
	}
	n.emit(t.raw, appendVersion(nil, whole)...)
	n.emit(t.raw, "point")
	n.emitLetter(t.raw, "x")
	return 1
}

// timesChain reports a "×" in a chain of three numbers or more with no "=" after it: the
// dimensions of a box ("2 × 6 × 8" two by six by eight; "2 × 3 × 4 = 24" stays times).
func (n *normalizer) timesChain() bool {
	isTimes := func(t *token) bool { return t != nil && (t.core == "×" || t.core == "x" || t.core == "X") }
	chained := isTimes(n.peek(2)) && n.peek(3) != nil && startsNumeric(n.peek(3).core) ||
		isTimes(n.peek(-2)) && n.peek(-3) != nil && startsNumeric(n.peek(-3).core)
	if !chained {
		return false
	}
	for off := 1; off <= 8; off++ {
		t := n.peek(off)
		if t == nil {
			break
		}
		if strings.HasPrefix(t.core, "=") || strings.EqualFold(t.core, "equals") {
			return false
		}
	}
	return true
}

// peekScale reports the scale word off tokens ahead ("billion", "bn"), as scaleAfter does for
// the next one, or "".
func (n *normalizer) peekScale(off int) string {
	t := n.peek(off)
	if t == nil || t.pre != "" {
		return ""
	}
	if prev := n.peek(off - 1); prev == nil || prev.post != "" {
		return ""
	}
	l := t.lower()
	if scaleNames[l] && l != "hundred" && l != "dozen" {
		return l
	}
	switch t.core {
	case "bn", "mn", "tn", "k", "K", "M", "mln", "bln":
		return scaleSuffix[t.core]
	case "L", "Cr", "cr", "Cr.", "cr.":
		if n.rupeesBefore(off - 1) {
			return map[string]string{"L": "lakh", "Cr": "crore", "cr": "crore", "Cr.": "crore", "cr.": "crore"}[t.core] // "₹85 L", "₹1.2 Cr"
		}
	}
	return ""
}

// rupeesBefore reports an amount in rupees at offset off: "₹85", or a number after "Rs" or "INR".
func (n *normalizer) rupeesBefore(off int) bool {
	a := n.peek(off)
	if a == nil {
		return false
	}
	if strings.HasPrefix(a.core, "₹") {
		return true
	}
	p := n.peek(off - 1)
	return p != nil && (p.core == "Rs" || p.core == "INR")
}

// morePhones reads phone numbers and identifiers in digit groups that phoneTokens' older
// shapes miss: "+1-202-555-0143" (an international number in one token), "(02) 9374 4000" (an
// area code of two to four digits in parentheses), and spaced groups after a code word ("the
// meeting ID is 812 3456 7890"). It returns the tokens used, or 0.
func (n *normalizer) morePhones(t *token) int {
	if g := dialGroups(t.core); g != nil && t.pre == "" {
		n.by("phone number")
		n.phone(t.raw, g, "plus")
		return 1
	}
	if strings.HasSuffix(t.pre, "(") && strings.HasPrefix(t.post, ")") && len(t.core) >= 2 && len(t.core) <= 4 && t.core[0] == '0' && allDigits(t.core) {
		if groups, k := n.spacedGroups(1, 3, 4); k >= 1 && groupDigits(groups) >= 6 {
			n.by("phone number")
			n.phone(t.raw, append([]string{t.core}, groups...), "")
			return k + 1
		}
	}
	if t.pre == "" && t.post == "" && len(t.core) >= 3 && len(t.core) <= 4 && allDigits(t.core) && n.codeWordBefore() != "" {
		if groups, k := n.spacedGroups(1, 3, 4); k >= 1 {
			n.by("code digits")
			n.phone(t.raw, append([]string{t.core}, groups...), "")
			return k + 1
		}
	}
	return 0
}

// dialGroups splits "+1-202-555-0143" or "+44.20.7946.0958" into its digit groups without
// the plus: at least three groups and eight digits; nil otherwise.
func dialGroups(s string) []string {
	if !strings.HasPrefix(s, "+") || len(s) < 10 || len(s) > 24 {
		return nil
	}
	sep := "-"
	if !strings.Contains(s, "-") {
		sep = "."
	}
	groups := strings.Split(s[1:], sep)
	if len(groups) < 3 || groupDigits(groups) < 8 {
		return nil
	}
	for _, g := range groups {
		if g == "" || len(g) > 4 || !allDigits(g) {
			return nil
		}
	}
	return groups
}

// groupDigits counts the digits of groups.
func groupDigits(groups []string) int {
	d := 0
	for _, g := range groups {
		d += len(g)
	}
	return d
}

// spacedGroups collects up to max tokens from off on that are digit groups of 3 to size digits
// (the last may end in punctuation), and how many it took.
func (n *normalizer) spacedGroups(off, max, size int) ([]string, int) {
	var groups []string
	for k := 0; k < max; k++ {
		nt := n.peek(off + k)
		if nt == nil || nt.pre != "" || len(nt.core) < 3 || len(nt.core) > size || !allDigits(nt.core) {
			break
		}
		if prev := n.peek(off + k - 1); prev == nil || prev.post != "" && !(k == 0 && strings.HasPrefix(prev.post, ")")) {
			break
		}
		groups = append(groups, nt.core)
	}
	return groups, len(groups)
}

// isOrdinalNumeral reports an ordinal written in digits: "5th", "42nd", "1st", "3rd".
func isOrdinalNumeral(s string) bool {
	if len(s) < 3 || !isDigit(s[0]) {
		return false
	}
	suf := strings.ToLower(s[len(s)-2:])
	return (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && allDigits(s[:len(s)-2])
}

// minutesAfterHours reads "m" glued to a number after hours as minutes: "2h 15m" two hours
// fifteen minutes (elsewhere "15m" is meters).
func (n *normalizer) minutesAfterHours(t *token, num number, rest string) int {
	if rest != "m" || num.hasPoint || num.neg || num.commas {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return 0
	}
	p := prev.lower()
	hours := p == "h" || p == "hr" || p == "hrs" || p == "hour" || p == "hours"
	if !hours && len(p) >= 2 && (strings.HasSuffix(p, "h") || strings.HasSuffix(p, "hr")) {
		d := strings.TrimSuffix(strings.TrimSuffix(p, "h"), "hr")
		hours = d != "" && allDigits(d)
	}
	if !hours {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne(), "minute", "minutes"))
	return 1
}

// labelLetter reads a number with one glued capital after a label word as the label it is,
// the letter spelled even when it is a unit symbol: "Route 9W" route nine w, "Gate 12B".
func (n *normalizer) labelLetter(t *token, num number, rest string) int {
	if len(rest) != 1 || !isUpperLetter(rest[0]) || num.hasPoint || num.neg || num.plus || num.commas || len(num.intPart) > 4 {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return 0
	}
	l := prev.lower()
	if !labelPrev[l] && !pairedLabel[l] && !pairedLabel4[l] {
		return 0
	}
	n.by("label")
	if pairedLabel[l] && len(num.intPart) == 3 || pairedLabel4[l] && len(num.intPart) == 4 {
		n.emit(t.raw, appendPaired(nil, num.intPart)...)
	} else {
		n.emit(t.raw, appendNumber(nil, num)...)
	}
	n.emitLetter(t.raw, strings.ToLower(rest))
	return 1
}

// modelVariant reads a model number with a one-digit variant after a determiner or a maker:
// "the 747-8" seven forty seven eight, "a 787-9" (no range runs down from 747 to 8).
func (n *normalizer) modelVariant(t *token, s string) bool {
	lo, hi, ok := strings.Cut(s, "-")
	if ok && len(hi) == 3 && n.seriesVariant(t, lo, hi) {
		return true // "the 737-800"
	}
	if !ok || len(lo) != 3 || len(hi) != 1 || !allDigits(lo) || !isDigit(hi[0]) || lo[0] == '0' || lo[2] == '0' {
		return false
	}
	if next := n.peek(1); next != nil && (scoreWords[next.lower()] || strings.EqualFold(next.core, "loss") || strings.EqualFold(next.core, "rout")) {
		return false // "a 113-9 win"
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	l := prev.lower()
	if l != "the" && l != "a" && l != "an" && !modelMakers[l] {
		return false
	}
	n.by("model name")
	n.emit(t.raw, appendPaired(nil, lo)...)
	n.emit(t.raw, onesWordsOrZero(hi[0]))
	return true
}

// positionLabels are nouns before "3/12" that make it a position in a count: slide three of
// twelve.
var positionLabels = setOf("slide slides page pages part step steps episode chapter track question card photo image tweet item")

// ofLabel reports a position label just before the current token.
func (n *normalizer) ofLabel() bool {
	prev := n.peek(-1)
	return prev != nil && prev.post == "" && positionLabels[prev.lower()]
}

// dashLexical reads the fixed pairs written with a hyphen as with a slash: "open 24-7" twenty
// four seven, "it's 50-50" fifty fifty.
func (n *normalizer) dashLexical(t *token, s string) bool {
	if s != "24-7" && s != "50-50" {
		return false
	}
	if next := n.peek(1); s == "50-50" && next != nil && n.peek(0).post == "" && (scoreWords[next.lower()] || strings.EqualFold(next.core, "tie") || strings.EqualFold(next.core, "draw")) {
		return false // "a 50-50 draw" of a game is a score
	}
	n.by("number pair")
	a, b, _ := strings.Cut(s, "-")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// digitsThenLetters reports digits followed by letters ("2024Goals", "100DaysOfCode"): a
// hashtag, not "#1".
func digitsThenLetters(s string) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i > 0 && i < len(s) && isASCIILetter(rune(s[i])) && !isOrdinalNumeral(s)
}

// spacedMinus reads a hyphen or dash standing between two numbers: "minus" in arithmetic
// ("Compute 10 - 7", "5 - 3 = 2"), "to" otherwise ("10 - 12 people", "won 5 - 3"), where it
// was a silent break before.
func (n *normalizer) spacedMinus(t *token) bool {
	c := t.core
	if c != "-" && c != "–" && c != "−" || t.pre != "" || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !isPlainNumber(prev.core) {
		return false
	}
	if !isPlainNumber(next.core) {
		if dayOrMonth(strings.TrimSuffix(next.core, ".")) != "" && atoiSmall(prev.core) >= 1 && atoiSmall(prev.core) <= 31 && n.dateAfterDash() {
			n.by("date range")
			n.emit(t.raw, "to") // "Dec 24 - Jan 2"
			return true
		}
		return false
	}
	math := c == "−"
	for off := -2; off >= -3 && !math; off-- {
		if p := n.peek(off); p != nil && mathVerbs[p.lower()] {
			math = true
		}
	}
	for off := 2; off <= 6 && !math; off++ {
		p := n.peek(off)
		if p == nil {
			break
		}
		math = strings.HasPrefix(p.core, "=") || strings.EqualFold(p.core, "equals")
	}
	if math {
		n.by("minus")
		n.emit(t.raw, "minus")
	} else {
		n.by("range or score")
		n.emit(t.raw, n.rangeWord())
	}
	return true
}

// dateAfterDash reports a month or day name after a dash at n.i followed by a day's number or a
// month ("Dec 24 – Jan 2", "Mon, Jun 2 – Wed, Jun 4"): a word that is also a month or a day's
// abbreviation opening a clause ("Chapter 2 – May the best win") is not a date.
func (n *normalizer) dateAfterDash() bool {
	nn := n.peek(2)
	if nn == nil || nn.pre != "" {
		return false
	}
	c := strings.TrimSuffix(nn.core, ".")
	return isPlainNumber(c) && !strings.Contains(c, ".") || dayOrMonth(c) != "" || isOrdinalNumeral(c)
}

// mathVerbs ask for arithmetic on what follows: "compute 10 - 7".
var mathVerbs = setOf("compute calculate evaluate solve simplify what's whats subtract minus")

// isPlainNumber reports digits with an optional decimal point: "10", "2.5".
func isPlainNumber(s string) bool {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return false
	}
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			dots++
		} else if !isDigit(s[i]) {
			return false
		}
	}
	return dots <= 1
}

// signedLetter reads a minus sign glued to one letter in an equation, a variable: "y = -x" y
// equals negative x (after =, ≤ and the like), "a = 2 -b" minus b; elsewhere ("ls -a") it
// leaves the token to the other readers.
func (n *normalizer) signedLetter(t *token) bool {
	c := t.core
	power := ""
	if p, ok := strings.CutSuffix(c, "²"); ok {
		c, power = p, "squared" // "−x²" negative x squared
	} else if p, ok := strings.CutSuffix(c, "³"); ok {
		c, power = p, "cubed"
	}
	var v string
	switch {
	case len(c) == 2 && c[0] == '-':
		v = c[1:]
	case strings.HasPrefix(c, "−") && len(c) == len("−")+1:
		v = c[len("−"):]
	default:
		return false
	}
	if !isASCIILetter(rune(v[0])) {
		return false
	}
	negative := n.negativeContext()
	if !negative && !n.equationNear() {
		return false // "ls -a": an option, read as before
	}
	n.by("sign and letter")
	if negative {
		n.emit(t.raw, "negative")
	} else {
		n.emit(t.raw, "minus")
	}
	n.emitLetter(t.raw, strings.ToLower(v))
	if power != "" {
		n.emit(t.raw, power)
	}
	return true
}

// equationNear reports an equals sign within three tokens of the current one.
func (n *normalizer) equationNear() bool {
	for off := -3; off <= 3; off++ {
		if p := n.peek(off); off != 0 && p != nil && (strings.Contains(p.core, "=") || strings.EqualFold(p.core, "equals")) {
			return true
		}
	}
	return false
}

// frameRates are progressive frame rates written like pence ("24p").
var frameRates = setOf("23 24 25 30 48 50 60 120")

// videoWords near "24p" make it a frame rate.
var videoWords = setOf("camera cameras video videos record records recording shoot shoots shooting film films filming footage frame frames fps mode cinematic cinema mode 4k 1080p")

// videoNear reports a word of video within four tokens of the current one.
func (n *normalizer) videoNear() bool {
	for off := -4; off <= 4; off++ {
		if p := n.peek(off); off != 0 && p != nil && videoWords[p.lower()] {
			return true
		}
	}
	return false
}

// atSpec reads "@" between two figures as "at": "4K@60Hz" four k at sixty hertz, "1080p@120".
func (n *normalizer) atSpec(t *token) bool {
	a, b, ok := strings.Cut(t.core, "@")
	if !ok || !startsNumeric(a) || !startsNumeric(b) || strings.Contains(b, "@") || strings.Contains(b, ".") && !isPlainNumber(strings.TrimRight(b, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
		return false
	}
	n.by("device figure")
	n.part(t.raw, a)
	n.emit(t.raw, "at")
	n.part(t.raw, b)
	return true
}

// mixedIdentifier reads a token of letters and digits (and hyphens) after a code word as an
// identifier, character by character: "Member ID: W123456789" w one two three…, "Ticket 4412-A",
// "Policy number: HX-22-8871", "the serial is 4C-22-19".
func (n *normalizer) mixedIdentifier(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 24 || t.pre != "" && !strings.HasSuffix(t.pre, "#") {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			digits++
		case isASCIILetter(rune(c[i])):
			letters++
		case c[i] == '-' && i > 0 && i < len(c)-1 && c[i-1] != '-':
		default:
			return false
		}
	}
	if digits < 3 || letters == 0 && !strings.Contains(c, "-") || letters > 0 && strings.ToUpper(c) != c {
		return false // "4K-ready" and lower-case words are not identifiers
	}
	if w := n.codeWordBefore(); w == "" || w == "ending" || w == "ends" || statusWords[w] && w != "code" {
		return false
	}
	n.by("code digits")
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			n.emit(t.raw, onesWordsOrZero(c[i]))
		case c[i] == '-':
		default:
			n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
		}
	}
	return true
}

// monthYear reads a month and a four-digit year: "expires 05/2026" may twenty twenty six.
func monthYear(a, b string) []string {
	if len(a) < 1 || len(a) > 2 || len(b) != 4 || !allDigits(a) || !allDigits(b) {
		return nil
	}
	m, y := atoiSmall(a), atoiSmall(b)
	if m < 1 || m > 12 || y < 1900 || y > 2099 {
		return nil
	}
	return appendYear([]string{monthNames[m]}, y)
}

// heartSign reads "<3" standing alone in a message as a heart ("love you <3"); after a number
// or a variable it stays "less than three" ("x <3").
func (n *normalizer) heartSign(t *token) bool {
	if t.core != "<3" && t.core != "<33" && t.core != "<333" {
		return false
	}
	if prev := n.peek(-1); prev != nil && (startsNumeric(prev.core) || len(prev.core) == 1 || strings.HasSuffix(prev.core, "=")) {
		return false
	}
	n.by("emoticon")
	n.emit(t.raw, "heart")
	return true
}

// dateRangeEnd reports "to" (or through, until) after a month and day written with a slash:
// "from 10/12 to 10/15" reads the second as a date too.
func (n *normalizer) dateRangeEnd() bool {
	prev, pp := n.peek(-1), n.peek(-2)
	if prev == nil || pp == nil || pp.post != "" {
		return false
	}
	switch prev.lower() {
	case "to", "through", "thru", "until", "till":
	default:
		return false
	}
	a, b, ok := strings.Cut(pp.core, "/")
	return ok && len(a) <= 2 && len(b) <= 2 && allDigits(a) && allDigits(b) && a != "" && b != "" &&
		atoiSmall(a) >= 1 && atoiSmall(a) <= 12 && atoiSmall(b) >= 1 && atoiSmall(b) <= 31
}

// quoteOpen reports an unclosed double quotation before the current token. A straight quote
// right after a digit while no quotation is open is an inch mark, not an opening quote: in
// `1.25" in Boston, 0.8" in Worcester` the second mark is inches too.
func (n *normalizer) quoteOpen(t *token) bool {
	if t.start > len(n.raw) {
		return true
	}
	before := n.raw[:t.start]
	open := false
	for i := 0; i < len(before); i++ {
		if before[i] != '"' {
			continue
		}
		if !open && i > 0 && isDigit(before[i-1]) {
			continue // an inch mark
		}
		open = !open
	}
	return open || strings.Count(before, "“") > strings.Count(before, "”")
}

// feetMark reads a prime after a number beside a dimension sign, or before a word of measure,
// as feet: "10' x 12'" ten feet by twelve feet, "6' tall", and between an article and the noun
// it measures, "a 6' fence" a six foot fence (a lone apostrophe elsewhere may close a quotation).
func (n *normalizer) feetMark(t *token, num number, rest string) int {
	prime := rest == "" && strings.HasPrefix(t.post, "'") && strings.Trim(t.post[1:], ".,;:!?)") == "" ||
		rest == "′" && strings.Trim(t.post, ".,;:!?)") == ""
	if n.inPart != 0 || num.neg || num.plus || !prime {
		return 0
	}
	isBy := func(p *token) bool {
		return p != nil && (p.core == "x" || p.core == "×" || p.core == "X" || strings.EqualFold(p.core, "by"))
	}
	next, prev := n.peek(1), n.peek(-1)
	after := next != nil && isBy(next) && n.peek(2) != nil && startsNumeric(n.peek(2).core)
	before := isBy(prev) && n.peek(-2) != nil && (n.peek(-2).post == "'" || strings.HasSuffix(n.peek(-2).core, "′"))
	measure := next != nil && prime && measureAfter[next.lower()]
	noun := articleBeforeNoun(prev, next) && !n.singleQuoteOpen()
	// With no quotation open, the mark cannot close one: "ceilings of 10' throughout" (round 15).
	// After "a" with no noun after it the number is a noun itself ("rolled a 6' twice").
	// After a capitalized name or in brackets it is a match minute ("Salah 45'", "(90')").
	free := rest == "" && !strings.ContainsAny(t.pre, "'‘(") && !n.singleQuoteOpen() &&
		!(prev != nil && (strings.EqualFold(prev.core, "a") || strings.EqualFold(prev.core, "an") || isCapitalized(prev.core) && prev.post == ""))
	if !after && !before && !measure && !noun && !free {
		return 0
	}
	// "a 12′ × 20′ deck": the dimensions are an adjective, "foot" singular.
	adj := noun || after && adjectival(prev, n.peek(3), primeless(n.peek(2))) || before && adjectival(n.peek(-3), n.peek(1), primeless(t))
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne() || adj, "foot", "feet"))
	return 1
}

// measureAfter are words after which a prime on a number is feet: "he was 6' tall".
var measureAfter = setOf("tall long wide high deep away deeper taller longer wider higher")

// primeless is a copy of t without a prime in its trailing punctuation, for adjectival's test.
func primeless(t *token) *token {
	if t == nil {
		return nil
	}
	c := *t
	c.post = strings.TrimPrefix(c.post, "'")
	return &c
}

// mixedGreek reports a token with ASCII letters or digits beside its other letters, a formula
// ("πr²", "2π") rather than a Greek word, whose letters are not read one by one.
func mixedGreek(s string) bool {
	if strings.ContainsAny(s, "²³") {
		return true // "η²" eta squared
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 && (isDigit(s[i]) || isASCIILetter(rune(s[i]))) {
			return true
		}
	}
	return false
}

// weekdayBeforeDate reads a capitalized weekday abbreviation without its period before a date:
// "on Thu 12/5" on thursday december fifth, "Fri Dec 12".
func (n *normalizer) weekdayBeforeDate(t *token) bool {
	if t.post != "" || len(t.core) > len("thurs") || !isCapitalized(t.core) {
		return false // only ASCII letters lower to a weekday's letters: the shape first, without lower-casing
	}
	l := t.lower()
	if !weekdayAbbrev[l] {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	a, b, slash := strings.Cut(next.core, "/")
	dateNext := slash && a != "" && b != "" && len(a) <= 2 && allDigits(a) && allDigits(strings.SplitN(b, "/", 2)[0]) ||
		monthIndex[strings.ToLower(strings.TrimSuffix(next.core, "."))] > 0 && n.peek(2) != nil && startsNumeric(n.peek(2).core)
	if !dateNext {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, abbrevs[l])
	return true
}

// poundKey reads digits ending in "#" after a code word, as a keypad entry: "code 448812#"
// four four eight eight one two pound.
func (n *normalizer) poundKey(t *token) bool {
	d, ok := strings.CutSuffix(t.core, "#")
	if !ok || len(d) < 3 || len(d) > 16 || !allDigits(d) || n.codeWordBefore() == "" {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, d, false)...)
	n.emit(t.raw, "pound")
	return true
}

// ieeeStandard reads an IEEE standard's number: "802.11ax" eight oh two dot eleven a x,
// "802.3".
func (n *normalizer) ieeeStandard(t *token) bool {
	rest, ok := strings.CutPrefix(t.core, "802.")
	if !ok || rest == "" {
		return false
	}
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	letters := rest[k:]
	if k == 0 || k > 2 || len(letters) > 3 || !isLetterWord(letters) && letters != "" {
		return false
	}
	n.by("standard")
	n.emit(t.raw, "eight", "oh", "two", "dot")
	n.emit(t.raw, appendInteger(nil, rest[:k])...)
	for i := 0; i < len(letters); i++ {
		n.emitLetter(t.raw, strings.ToLower(letters[i:i+1]))
	}
	return true
}

// aperture reads an f-number: "f/2.8" f two point eight, "f/16".
func (n *normalizer) aperture(t *token) bool {
	num, ok := strings.CutPrefix(t.core, "f/")
	if !ok {
		num, ok = strings.CutPrefix(t.core, "F/")
	}
	if !ok || !isPlainNumber(num) || len(num) > 4 {
		return false
	}
	n.by("aperture")
	n.emitLetter(t.raw, "f")
	whole, frac, point := strings.Cut(num, ".")
	n.emit(t.raw, appendInteger(nil, whole)...)
	if point {
		n.emit(t.raw, "point")
		n.emit(t.raw, appendDigitNames(nil, frac, false)...)
	}
	return true
}

// weekdayName reports a full weekday name.
func weekdayName(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// dateSpan reads two month/day dates joined by a hyphen: "12/24-12/26" december twenty fourth
// to december twenty sixth.
func (n *normalizer) dateSpan(t *token, s string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-")
	if !ok {
		return false
	}
	ma, da, okA := monthDay(a)
	mb, db, okB := monthDay(b)
	// The second date follows the first within a month or two ("1/2-3/4" are fractions).
	next := mb == ma && db > da || mb == ma%12+1
	if okA && okB && !next {
		fa, fb, _ := strings.Cut(a, "/")
		ga, gb, _ := strings.Cut(b, "/")
		if isFraction(fa, fb) && isFraction(ga, gb) {
			n.by("fraction range") // "1/2-3/4 cup" one half to three quarters
			n.emit(t.raw, appendFraction(nil, fa, fb)...)
			n.emit(t.raw, "to")
			n.emit(t.raw, appendFraction(nil, ga, gb)...)
			return true
		}
	}
	if !okA || !okB || !next {
		return false
	}
	n.by("date range")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[ma]}, da)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[mb]}, db)...)
	return true
}

// monthDay parses "12/24" as a month and a day.
func monthDay(s string) (int, int, bool) {
	a, b, ok := strings.Cut(s, "/")
	if !ok || len(a) < 1 || len(a) > 2 || len(b) < 1 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return 0, 0, false
	}
	m, d := atoiSmall(a), atoiSmall(b)
	return m, d, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// rangeWord is the word between the ends of a range: "and" after "between" ("between 8-10
// a.m." between eight and ten a m), "to" otherwise. For a dash standing apart, "between" stands
// before the range's lower end (spacedRangeWord66: "between 39 - 73 mph").
func (n *normalizer) rangeWord() string {
	if prev := n.peek(-1); n.inPart == 0 && prev != nil && prev.post == "" && strings.EqualFold(prev.core, "between") {
		return "and"
	}
	if t := n.peek(0); n.inPart == 0 && t != nil && (t.core == "-" || t.core == "–" || t.core == "—") {
		return n.spacedRangeWord66()
	}
	return "to"
}

// bondTenors are the maturities written "10Y".
var bondTenors = setOf("1 2 3 5 7 10 20 30")

// countK reports that "175K" is a count of thousands: no word of running or video near it
// ("a 50K ultra", "the 16K display" stay k).
func (n *normalizer) countK() bool {
	for off := -3; off <= 3; off++ {
		p := n.peek(off)
		if off == 0 || p == nil {
			continue
		}
		switch p.lower() {
		case "run", "race", "ultra", "marathon", "display", "screen", "video", "resolution", "monitor", "tv", "footage",
			"runs", "races", "runner", "runners", "displays", "screens", "videos", "monitors", "tvs", "streaming", "hdr":
			return false
		}
	}
	return true
}

// recordAfter are more words after a team's "are 11-1" that leave it a record: "the Chiefs
// are 11-1 after Sunday", "are 5-2 with two games left".
var recordAfter = setOf("after before with entering heading going following despite under now through when while and but so")
