package text

import "strings"

// Round sixty-five: classes of misreading that earlier rounds noticed and left, each read as a
// class and tested on probe sentences written before the readers, readings65.tsv. A federal
// docket with its case's type in capitals was fixed where dockets are read (roundlead53.go).

func (n *normalizer) round65Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" || t.pre != "" && t.pre != "(" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) == 3 && t.pre == "(" {
			return n.spacedPhone65(t)
		}
		if t.pre != "" {
			return 0
		}
		if len(c) <= 3 && t.post == "" {
			if k := n.spacedThousands65(t); k > 0 {
				return k
			}
		}
		if len(c) >= 3 && len(c) <= 13 {
			if k := n.standardNumber65(t); k > 0 {
				return k
			}
		}
		switch {
		case len(c) == 5 && (c[4] == 'K') && n.may(shUpper):
			return n.colourTemperature65(t)
		case len(c) == 10 && c[2] == '.' && c[5] == '.' && n.may(shDot):
			return n.dottedDate65(t)
		case len(c) == 5 && allDigits(c):
			return n.roomNumber65(t)
		case len(c) >= 4 && len(c) <= 6 && n.may(shSlash):
			return n.paymentTerms65(t)
		}
	case c0 == '.':
		if len(c) == 4 && n.may(shDigit) && t.pre == "" {
			return n.averagePair65(t)
		}
	case len(c) >= 3 && (c0 >= 'A' && c0 <= 'Z' || c0 >= 'a' && c0 <= 'z'):
		if c == "Std" || c == "STD" {
			return n.standardWord65(t)
		}
		if len(c) == 6 && (c0 == 'M' || c0 == 'W' || c0 == 'F') && c[3] == '-' && n.may(shDigit) {
			return n.ageGroup65(t)
		}
		if len(c) <= 10 && n.may(shHyphen) && n.may(shDigit) {
			return n.unitRange65(t)
		}
	}
	return 0
}

// standardBodies65 are the bodies whose standards are named by a number after the body's name.
var standardBodies65 = setOf("ISO IEC ISO/IEC EN BS IEEE ANSI DIN")

// standardBody65 returns the body named before the token at offset off, looking through Std
// ("IEEE Std 802.11"), or "".
func (n *normalizer) standardBody65(off int) string {
	p := n.peek(off)
	if p != nil && (p.core == "Std" || p.core == "STD") && (p.post == "" || p.post == ".") {
		p = n.peek(off - 1)
	}
	if p == nil || p.post != "" || !standardBodies65[p.core] {
		return ""
	}
	return p.core
}

// standardWord65 reads Std between a standards body and a standard's number as standard: "IEEE
// Std 1003.1" i triple e standard (it was spelled).
func (n *normalizer) standardWord65(t *token) int {
	next := n.peek(1)
	if t.post != "" && t.post != "." || next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) || n.standardBody65(0) == "" {
		return 0
	}
	n.by("abbreviation")
	n.emit(t.raw, "standard")
	return 1
}

// appendStandard65 reads a standard's number of five digits as two and three, as standards
// are said: 15118 fifteen one eighteen, 60601 sixty six oh one; a number with two zeros after
// its first two digits keeps its thousand, 14001 fourteen thousand one (as ISO 14001 is pinned).
func appendStandard65(dst []string, d string) []string {
	if d[2:4] == "00" {
		return appendInteger(dst, d)
	}
	dst = appendUnder100(dst, atoiSmall(d[:2]))
	if d[2] == '0' {
		return appendUnder100(append(dst, "oh"), atoiSmall(d[3:]))
	}
	return appendPaired(dst, d[2:])
}

// standardNumber65 reads a standard's number after its body (ISO, IEC, EN, BS, IEEE, ANSI, DIN,
// perhaps with Std between) as a name: five digits as two and three ("ISO 15118" fifteen one
// eighteen; it was a count), four digits after a body other than ISO in pairs as ISO's are read
// ("IEEE 1547" fifteen forty seven, "EN 1090" ten ninety), a part after a hyphen as dash and the
// part ("IEC 60601-1" … dash one; it was read digit by digit, "ISO 8601-1" a range), an
// edition's year after a hyphen as dash and the year ("IEEE 754-2008" seven fifty four dash two
// thousand eight; it was a phone number, "IEEE 1547-2018" a range of years). ISO's four-digit
// numbers and its film speeds and their ranges ("ISO 3200", "ISO 100-6400") are read as before.
func (n *normalizer) standardNumber65(t *token) int {
	c := t.core
	num, tail, dash := strings.Cut(c, "-")
	head, sub, point := strings.Cut(num, ".")
	if !allDigits(head) || len(head) < 3 || len(head) > 5 || head[0] == '0' || point && (sub == "" || len(sub) > 2 || !allDigits(sub)) {
		return 0
	}
	part, year := false, false
	if dash {
		if tail == "" || len(tail) > 4 || !allDigits(tail) || tail[0] == '0' {
			return 0
		}
		part = len(tail) <= 2
		if len(tail) == 4 {
			y := atoiSmall(tail)
			year = y >= 1950 && y <= 2099
		}
		if !part && !year {
			return 0
		}
	}
	if !dash && (point || len(head) < 4) {
		return 0
	}
	body := n.standardBody65(-1)
	if body == "" || !dash && len(head) == 4 && body == "ISO" {
		return 0
	}
	if body == "ISO" && year && strings.HasSuffix(head, "00") {
		return 0 // a range of film speeds, "ISO 100-2000"
	}
	if dash && t.post != "" && !isClosing65(t.post) {
		return 0
	}
	n.by("standard")
	switch {
	case len(head) == 5 && !point:
		n.emit(t.raw, appendStandard65(nil, head)...)
	case len(head) == 4 && !point && body != "ISO":
		n.emit(t.raw, appendPaired(nil, head)...)
	default:
		if n.reread(t, num, "") != 1 {
			return 0
		}
	}
	if !dash {
		return 1
	}
	w := []string{"dash"}
	if year {
		w = appendYear(w, atoiSmall(tail))
	} else {
		w = appendInteger(w, tail)
	}
	n.emit(t.raw, w...)
	return 1
}

// isClosing65 reports punctuation that may close a clause after a token: a point, comma,
// semicolon, colon or closing bracket, alone or together.
func isClosing65(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', ',', ';', ':', ')', ']', '!', '?', '"', '\'':
		default:
			return false
		}
	}
	return true
}

// spacedPhone65 reads a phone number whose area code is in brackets and whose other groups are
// set apart by a space, "(206) 767 5334", digit by digit, as one written with a hyphen is read
// (the groups were counts). The area code and the exchange begin with 2-9, as North American
// numbers do, and the last group has four digits.
func (n *normalizer) spacedPhone65(t *token) int {
	c := t.core
	mid, last := n.peek(1), n.peek(2)
	if !allDigits(c) || c[0] < '2' || t.post != ")" || mid == nil || last == nil {
		return 0
	}
	if mid.pre != "" || mid.post != "" || len(mid.core) != 3 || !allDigits(mid.core) || mid.core[0] < '2' {
		return 0
	}
	if last.pre != "" || len(last.core) != 4 || !allDigits(last.core) || last.post != "" && !isClosing65(last.post) {
		return 0
	}
	n.by("phone number")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	n.emit(mid.raw, appendDigitNames(nil, mid.core, false)...)
	n.emit(last.raw, appendDigitNames(nil, last.core, false)...)
	return 3
}

// lightWords65 are words of lighting beside a colour temperature.
var lightWords65 = setOf(`bulb bulbs lamp lamps led leds light lights lighting daylight white whites color colour colors
colours temperature temperatures cct fixture fixtures downlight downlights glow tube tubes`)

// chipWords65 name a processor before its model number ("Core i7 8700K").
var chipWords65 = setOf("core i3 i5 i7 i9 ryzen intel amd cpu processor chip")

// colourTemperature65 reads four digits from 1500 to 9900 ending in two zeros glued to K, with
// a word of lighting within eight words, as a colour temperature in kelvin, hundreds as
// lighting is said ("a 2700K bulb" twenty seven hundred kelvin, "5000K" five thousand kelvin;
// it was read k). A processor's model ("i7 8700K") stays as read.
func (n *normalizer) colourTemperature65(t *token) int {
	d := t.core[:4]
	if !allDigits(d) || d[2:] != "00" || d[0] == '0' {
		return 0
	}
	v := atoiSmall(d)
	if v < 1500 {
		return 0
	}
	if p := n.peek(-1); p != nil && chipWords65[p.lower()] {
		return 0
	}
	light := false
	for off := -8; off <= 8 && !light; off++ {
		if p := n.peek(off); off != 0 && p != nil {
			light = lightWords65[p.lower()]
		}
	}
	if !light {
		return 0
	}
	n.by("number and unit")
	var w []string
	if v%1000 == 0 {
		w = appendInteger(nil, d)
	} else {
		w = append(appendUnder100(nil, v/100), "hundred")
	}
	n.emit(t.raw, append(w, "kelvin")...)
	return 1
}

// unitRange65 reads two quantities, each with its unit written apart, joined by a hyphen glued
// to the first unit and the second number, "9 V-36 V", as a range: volts to thirty six volts
// after the first number (it was v thirty six v). The unit after the second number must be the
// same, which says the hyphen joins two quantities and not a model's name ("100 W-200 model").
func (n *normalizer) unitRange65(t *token) int {
	u, rest, ok := strings.Cut(t.core, "-")
	if !ok || u == "" || rest == "" || !isDigit(rest[0]) || t.post != "" {
		return 0
	}
	un, ok := units[u]
	if !ok {
		return 0
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || next.core != u || p.core == "" || !isDigit(p.core[0]) {
		return 0
	}
	lo, left, ok := scanNumber(p.core)
	if !ok || left != "" || lo.neg || lo.plus {
		return 0
	}
	hi, left, ok := scanNumber(rest)
	if !ok || left != "" || hi.neg || hi.plus {
		return 0
	}
	n.by("span of quantities")
	w := strings.Fields(plural(lo.isOne() && !lo.hasPoint, un.sing, un.plural))
	w = appendNumber(append(w, "to"), hi)
	n.emit(t.raw, w...)
	n.emit(next.raw, strings.Fields(plural(hi.isOne() && !hi.hasPoint, un.sing, un.plural))...)
	return 2
}

// paymentTerms65 reads payment terms, a discount's percent and its days before net and the days
// to pay, "2/10 net 30", as the trade says them: two ten net thirty (it was two tenths).
func (n *normalizer) paymentTerms65(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) != 1 || a == "0" || len(b) != 2 || !allDigits(a) || !allDigits(b) || b[0] == '0' || t.post != "" && t.post != "," {
		return 0
	}
	net, days := n.peek(1), n.peek(2)
	if net == nil || days == nil || net.pre != "" || net.post != "" || net.lower() != "net" || days.pre != "" || len(days.core) != 2 || !allDigits(days.core) {
		return 0
	}
	n.by("payment terms")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, appendInteger(nil, b)...)
	return 1
}

// dottedDate65 reads a date written month first with points, "06.30.2018", as the same date
// with slashes is read, june thirtieth twenty eighteen (it was read as a version), when its
// second field can only be a day (13-31) and its year has four digits; a date day first with
// points ("30.06.2018") is read where dates are.
func (n *normalizer) dottedDate65(t *token) int {
	c := t.core
	m, d, y := c[:2], c[3:5], c[6:]
	if !allDigits(m) || !allDigits(d) || !allDigits(y) {
		return 0
	}
	mv, dv, yv := atoiSmall(m), atoiSmall(d), atoiSmall(y)
	if mv < 1 || mv > 12 || dv < 13 || dv > 31 || yv < 1900 || yv > 2099 {
		return 0
	}
	return n.reread(t, m+"/"+d+"/"+y, t.post)
}

// roomWords65 are the words before a room's number.
var roomWords65 = setOf("cabin stateroom room suite")

// roomNumber65 reads five digits right after cabin, stateroom, room or suite as the room's
// number, digit by digit: "Cabin 10254" one zero two five four (it was a count); four digits
// are read in pairs where rooms are.
func (n *normalizer) roomNumber65(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" || !roomWords65[p.lower()] || t.core[0] == '0' {
		return 0
	}
	n.by("room number")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return 1
}

// phoneWords65 come before a phone number, whose groups are set apart as thousands are.
var phoneWords65 = setOf("call phone tel fax text dial ph mobile cell telephone whatsapp")

// spacedThousands65 reads a number whose thousands are set apart by spaces, "1 250 000", as one
// number (it was read group by group, one two hundred fifty zero zero zero): a first group of
// one to three digits, then two or three groups of three digits, or one group of three zeros
// ("10 000"); after a first group of three digits, one of the later groups must be three zeros
// ("125 430 000"; "Rooms 101 102 103" is a list). A fourth group (an animal's tag, round fifty-eight's), a group of more or fewer
// digits after them, a number or a plus sign before, or a
// word of phoning before (where the groups are a phone number's) leaves the groups as read.
func (n *normalizer) spacedThousands65(t *token) int {
	c := t.core
	if !allDigits(c) || c[0] == '0' {
		return 0
	}
	if p := n.peek(-1); p != nil {
		if p.post == "" && p.core != "" && (isDigit(p.core[len(p.core)-1]) || p.core[0] == '+') || phoneWords65[p.lower()] {
			return 0
		}
	}
	digits := c
	k := 1
	for ; k <= 3; k++ {
		g := n.peek(k)
		if g == nil || g.pre != "" || len(g.core) != 3 || !allDigits(g.core) {
			break
		}
		digits += g.core
		if g.post != "" {
			if !isClosing65(g.post) {
				return 0
			}
			k++
			break
		}
	}
	groups := k - 1
	if groups == 0 || groups == 1 && !strings.HasSuffix(digits, "000") {
		return 0
	}
	if len(c) == 3 && !zeroGroup66(digits[3:]) {
		return 0 // "Rooms 101 102 103", "100 120 140": a list of three-digit numbers (the lead's round sixty-six, N22)
	}
	if last := n.peek(k - 1); last.post == "" {
		if next := n.peek(k); next != nil && next.core != "" && isDigit(next.core[0]) {
			return 0
		}
	}
	n.by("number")
	n.emit(t.raw, appendInteger(nil, digits)...)
	return k
}

// averagePair65 reads a batting average joined by vs, to, and or or to one read as an average
// before it, "hit .132 vs .396", as the first is, three ninety six (it was point three nine six).
func (n *normalizer) averagePair65(t *token) int {
	d := t.core[1:]
	if !allDigits(d) {
		return 0
	}
	p1, p2, p3 := n.peek(-1), n.peek(-2), n.peek(-3)
	if p1 == nil || p2 == nil || p3 == nil || p1.pre != "" || p2.pre != "" || p2.post != "" || p3.post != "" {
		return 0
	}
	switch p1.lower() {
	case "vs", "vs.", "versus", "to", "and", "or":
	default:
		return 0
	}
	if p1.post != "" && !(p1.post == "." && p1.lower() == "vs") {
		return 0
	}
	if len(p2.core) != 4 || p2.core[0] != '.' || !allDigits(p2.core[1:]) || !battingWords[p3.lower()] {
		return 0
	}
	n.by("batting average")
	n.emit(t.raw, averageWords(d)...)
	return 1
}

// ageGroup65 reads a runner's age group, M, W or F and a band of five or ten years joined by a
// hyphen, "M40-44", as the letter and the band, m forty to forty four (it was m forty forty
// four).
func (n *normalizer) ageGroup65(t *token) int {
	c := t.core
	lo, hi := c[1:3], c[4:]
	if !allDigits(lo) || !allDigits(hi) || lo[0] == '0' {
		return 0
	}
	a, b := atoiSmall(lo), atoiSmall(hi)
	if a%5 != 0 || b-a != 4 && b-a != 9 {
		return 0
	}
	n.by("age group")
	n.emitLetter(t.raw, strings.ToLower(c[:1]))
	n.emit(t.raw, appendUnder100(nil, a)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendUnder100(nil, b)...)
	return 1
}

// brandBefore65 reports a capitalized word of two letters or more that is no unit symbol
// ("HBO", "Pro"), before which Max closing a sentence with a point is part of a name, "HBO Max."
// h b o max, not the abbreviation maximum (abbrev.go asks it).
func brandBefore65(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || !isLetterWord(s) {
		return false
	}
	_, unit := units[s]
	return !unit
}
