package text

import (
	"strings"
	"unicode/utf8"
)

// Round sixty-four: misreadings found by running the normalizer over real web text nobody wrote
// for a test, in registers earlier rounds did not search (medical abstracts and trial
// registries, chemistry and physics pages, company filings, crypto and fintech notices,
// telecom pages, tax guidance, course catalogs, transit timetables, appliance manuals), each
// read as a class and tested on probe sentences written before the readers, readings64.tsv.

func (n *normalizer) round64Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	if c == "" {
		return 0
	}
	if c[0] == '+' && len(c) >= 2 && isDigit(c[1]) && n.may(shDigit) {
		if k := n.plusPhone64(t); k > 0 {
			return k
		}
	}
	if n.may(shWide) && isDigit(c[0]) && strings.Contains(c, "·") {
		if k := n.raisedPoint64(t); k > 0 {
			return k
		}
	}
	if n.may(shWide) && strings.HasSuffix(c, "°") {
		if k := n.degreeLetter64(t); k > 0 {
			return k
		}
	}
	if n.may(shSlash) && len(c) <= 7 && n.phasePair64(t) {
		return 1
	}
	if len(c) >= 5 && isDigit(c[0]) && n.may(shDigit) && n.stateZip64(t) {
		return 1
	}
	if (c == "x" || c[0] == 0xC3) && n.may(shLower|shWide) {
		if k := n.tenPower64(t); k > 0 {
			return k
		}
	}
	if n.may(shUpper | shLower | shWide) {
		if k := n.siUnit64(t); k > 0 {
			return k
		}
	}
	if n.may(shWide) && isDigit(c[0]) && strings.Contains(c, "×10") {
		if k := n.tenPower64(t); k > 0 {
			return k
		}
	}
	return 0
}

// minusPower64 reads a power of ten written without its superscript, "10−19", "10–12" or
// "10-31": the power's digits (one to three, no leading zero), or "" for none.
func minusPower64(s string) string {
	rest, ok := strings.CutPrefix(s, "10")
	if !ok {
		return ""
	}
	for _, m := range [...]string{"−", "–", "-"} {
		if d, ok := strings.CutPrefix(rest, m); ok && d != "" && len(d) <= 3 && allDigits(d) && d[0] != '0' {
			return d
		}
	}
	return ""
}

// decimal64 reports a number written with a decimal point, as a mantissa is ("1.602").
func decimal64(s string) bool {
	num, rest, ok := scanNumber(s)
	return ok && rest == "" && num.hasPoint && !num.commas
}

// tenPower64 reads a number in scientific notation whose power of ten lost its superscript
// when copied: "1.602 × 10−19" one point six zero two times ten to the power of minus
// nineteen, "6.67×10−11", "2.5 × 10–12", "9.11 x 10-31 kg" (it was "by ten minus nineteen",
// "ten to twelve"). The mantissa has a decimal point, so "3 x 10-12 reps" (sets of a range of
// repetitions) and "10 × 12" stay as they were. A unit symbol after the power is read. It
// returns the tokens read.
func (n *normalizer) tenPower64(t *token) int {
	c := t.core
	k := 1
	switch {
	case c == "×" || c == "x":
		next, prev := n.peek(1), n.peek(-1)
		if next == nil || prev == nil || prev.post != "" || t.post != "" || next.pre != "" || !decimal64(prev.core) {
			return 0
		}
		power := minusPower64(next.core)
		if power == "" {
			return 0
		}
		n.by("power of ten")
		n.emit(t.raw, "times")
		n.emitMinusPower64(next.raw, power)
		t, k = next, 2
	case strings.HasPrefix(c, "×"):
		prev := n.peek(-1)
		power := minusPower64(c[len("×"):])
		if prev == nil || prev.post != "" || !decimal64(prev.core) || power == "" {
			return 0
		}
		n.by("power of ten")
		n.emit(t.raw, "times")
		n.emitMinusPower64(t.raw, power)
	default:
		i := strings.Index(c, "×10")
		if i <= 0 {
			return 0
		}
		mantissa, power := c[:i], minusPower64(c[i+len("×"):])
		if power == "" || !decimal64(mantissa) {
			return 0
		}
		num, _, _ := scanNumber(mantissa)
		n.by("power of ten")
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(t.raw, "times")
		n.emitMinusPower64(t.raw, power)
	}
	if next := n.peek(k); next != nil && t.post == "" && next.pre == "" {
		// A symbol that is also a word ("s") only at the clause's end: "5.4 × 10–44 s."
		un, ok := unitWord(next.core, true)
		if !ok && (next.post != "" || n.isLast(k)) {
			un, ok = unitWord(next.core, false)
		}
		if ok {
			n.emit(next.raw, strings.Fields(un.plural)...)
			k++
		}
	}
	return k
}

// emitMinusPower64 says ten to the power of minus the digits.
func (n *normalizer) emitMinusPower64(src, power string) {
	n.emit(src, "ten", "to", "the", "power", "of", "minus")
	n.emit(src, appendInteger(nil, power)...)
}

// siBare64 are unit symbols a power or a middle dot may follow that the units table reads only
// after a prefix or not at all ("J mol−1", "K–1", "J⋅s"); the others come from unitWord.
var siBare64 = map[string]unit{
	"J": u("joule", "joules", true), "K": u("kelvin", "kelvins", true), "N": u("newton", "newtons", true),
	"W": u("watt", "watts", true), "V": u("volt", "volts", true), "A": u("amp", "amps", true),
	"Pa": u("pascal", "pascals", true), "mol": u("mole", "moles", true), "s": u("second", "seconds", true),
	"m": u("meter", "meters", true), "g": u("gram", "grams", true), "L": u("liter", "liters", true),
	"l": u("liter", "liters", true), "h": u("hour", "hours", true), "min": u("minute", "minutes", true),
	"atm": u("atmosphere", "atmospheres", true),
}

// siSymbol64 looks up a unit symbol that a power or a middle dot may follow.
func siSymbol64(s string) (unit, bool) {
	if s == "" || len(s) > 8 {
		return unit{}, false
	}
	if un, ok := siBare64[s]; ok {
		return un, true
	}
	if strings.ContainsAny(s, "/^") {
		return unit{}, false
	}
	return unitWord(s, false)
}

// lengthUnit64 reports a unit of length, whose second and third powers are said "square" and
// "cubic" before it (per cubic centimeter); other units take "squared" and "cubed" after.
func lengthUnit64(un unit) bool {
	return strings.HasSuffix(un.sing, "meter") || un.sing == "foot" || un.sing == "inch" || un.sing == "yard" || un.sing == "mile"
}

// siPower64 splits a unit symbol from a power written after it: a negative power as "−1",
// "-1", "^-1", "^−1" or "⁻¹" (1 to 3), or, with positive set, a positive one as "2", "3", "²"
// or "³". It returns the symbol, the power (negative for a negative one, 1 for none) and
// whether the minus was the ASCII hyphen.
func siPower64(s string, positive bool) (sym string, pow int, hyphen bool) {
	if s == "" {
		return "", 0, false
	}
	last := s[len(s)-1]
	if last >= '1' && last <= '3' {
		d := int(last - '0')
		body := s[:len(s)-1]
		for _, m := range [...]string{"^-", "^−", "−", "-"} {
			if b, ok := strings.CutSuffix(body, m); ok {
				return b, -d, m == "-"
			}
		}
		if positive && d > 1 {
			return strings.TrimSuffix(body, "^"), d, false
		}
		return s, 1, false
	}
	r, size := utf8.DecodeLastRuneInString(s)
	d := 0
	switch r {
	case '¹':
		d = 1
	case '²':
		d = 2
	case '³':
		d = 3
	default:
		return s, 1, false
	}
	body := s[:len(s)-size]
	if b, ok := strings.CutSuffix(body, "⁻"); ok {
		return b, -d, false
	}
	if positive && d > 1 {
		return body, d, false
	}
	return s, 1, false
}

// negFactor64 reads a unit symbol with a negative power at offset off: one token ("mol−1",
// "cm^-3", "K-1"), or a symbol, a dash and a digit the tokenizer split at an en dash ("K–1").
// It returns the unit, the power's size, whether the minus was a hyphen and the tokens it
// spans (0 for none).
func (n *normalizer) negFactor64(off int) (un unit, pow int, hyphen bool, k int) {
	t := n.peek(off)
	if t == nil || t.core == "" {
		return unit{}, 0, false, 0
	}
	c := t.core
	if d := n.peek(off + 1); d != nil && d.core == "—" && t.post == "" && d.pre == "" && d.post == "" && glued64(t, d) {
		e := n.peek(off + 2)
		if e == nil || e.pre != "" || len(e.core) != 1 || e.core[0] < '1' || e.core[0] > '3' || !glued64(d, e) {
			return unit{}, 0, false, 0
		}
		if un, ok := siSymbol64(c); ok {
			return un, int(e.core[0] - '0'), false, 3
		}
		return unit{}, 0, false, 0
	}
	sym, p, hy := siPower64(c, false)
	if p >= 0 {
		return unit{}, 0, false, 0
	}
	if un, ok := siSymbol64(sym); ok {
		if hy && len(sym) > 1 {
			// "10 Hz-2 MHz": a hyphen before a number and another unit is a range.
			if next := n.peek(off + 1); next != nil && t.post == "" && next.pre == "" && isUnitSymbol(next.core) {
				return unit{}, 0, false, 0
			}
		}
		return un, -p, hy && len(sym) == 1, 1
	}
	return unit{}, 0, false, 0
}

// glued64 reports two tokens written with nothing between them (pieces of one chunk).
func glued64(a, b *token) bool {
	return a.end == b.start || a.start == b.start && a.end == b.end
}

// middleDot64 reports a middle dot standing alone between units ("J · mol-1").
func middleDot64(s string) bool { return s == "·" || s == "⋅" || s == "∙" }

// unitBefore64 reports a unit at offset off that a negative power may follow, skipping a
// middle dot standing alone: a unit symbol after a number ("0.4 m s−1", "5.5 mmol L-1"), a
// unit with a negative power ("mol−1 K−1") or units joined by a middle dot. A word that is also
// a symbol ("in K-1") counts only after a number.
func (n *normalizer) unitBefore64(off int) bool {
	p := n.peek(off)
	if p != nil && middleDot64(p.core) {
		off--
		p = n.peek(off)
	}
	if p == nil || p.post != "" {
		return false
	}
	if _, ok := siSymbol64(p.core); ok {
		return n.quantityBefore64(off - 1)
	}
	if sym, pow, _ := siPower64(p.core, false); pow < 0 {
		_, ok := siSymbol64(sym)
		return ok
	}
	_, _, ok := siProduct64(p.core)
	return ok
}

// quantityBefore64 reports a number ending at offset off ("52", "10^16", "1.5").
func (n *normalizer) quantityBefore64(off int) bool {
	p := n.peek(off)
	return p != nil && p.post == "" && p.core != "" && isDigit(p.core[len(p.core)-1]) && startsNumeric(p.core)
}

// siProduct64 splits units joined by middle dots ("J⋅s", "m⋅s−1", "m3⋅kg−1⋅s−2") into their
// units and powers; every piece must be a unit symbol.
func siProduct64(s string) ([]unit, []int, bool) {
	if !strings.ContainsAny(s, "·⋅∙") {
		return nil, nil, false
	}
	var units []unit
	var pows []int
	for len(s) > 0 {
		i := strings.IndexAny(s, "·⋅∙")
		piece := s
		if i >= 0 {
			piece = s[:i]
			_, size := utf8.DecodeRuneInString(s[i:])
			s = s[i+size:]
			if s == "" {
				return nil, nil, false
			}
		} else {
			s = ""
		}
		sym, pow, _ := siPower64(piece, true)
		un, ok := siSymbol64(sym)
		if !ok {
			return nil, nil, false
		}
		units = append(units, un)
		pows = append(pows, pow)
	}
	return units, pows, len(units) >= 2
}

// siUnit64 reads units written the scientific way after a quantity: a negative power is "per"
// the unit ("52 kJ mol−1" kilojoules per mole, "0.4 m s−1", "8.314 J K–1 mol–1" joules per kelvin
// per mole, "10^16 cm−3" per cubic centimeter, "9.8 m s−2" per second squared), a bare symbol
// before one is the unit's name ("J mol−1" joules per mole), units joined by a middle dot are
// one compound unit ("4.1 J⋅s" joule seconds, "m⋅s−1" meters per second), and "m/s2" is per
// second squared, as "m/s²" is (they were "mol minus one", "mole to one", "j s", "m slash s
// two"). A single capital with a hyphen ("Schedule K-1", "Form S-1") follows a unit only, never
// a bare number ("won 3 s-1"); "K–12" has no power. It returns the tokens read.
func (n *normalizer) siUnit64(t *token) int {
	c := t.core
	if len(c) > 40 {
		return 0
	}
	if !n.may(shDigit | shWide) {
		// Without a digit or a sign outside ASCII the token has no power, no middle dot and no
		// squared denominator: it can only be a bare symbol, or a symbol before a glued dash and
		// its power (negFactor64). Most tokens stop here (speed).
		if _, bare := siBare64[c]; !bare {
			if d := n.peek(1); d == nil || d.core != "—" {
				return 0
			}
		}
	}
	if middleDot64(c) {
		// A middle dot standing alone between units ("J · mol-1 · K-1") is not read.
		if !n.unitBefore64(-1) && !n.quantityBefore64(-1) {
			return 0
		}
		if _, _, _, k := n.negFactor64(1); k == 0 {
			return 0
		}
		n.by("unit with a power")
		return 1
	}
	if strings.ContainsAny(c, "·⋅∙") {
		units, pows, ok := siProduct64(c)
		if !ok || !n.quantityBefore64(-1) && !n.unitBefore64(-1) {
			return 0
		}
		n.by("unit with a power")
		one := n.peek(-1).core == "1"
		var pos, neg []string
		lastPos := -1
		for i, p := range pows {
			if p > 0 {
				lastPos = i
			}
		}
		for i, un := range units {
			if pows[i] < 0 {
				neg = append(neg, perPower64(un, -pows[i])...)
				continue
			}
			name := un.sing
			if i == lastPos && !one {
				name = un.plural
			}
			pos = append(pos, powered64(name, un, pows[i])...)
		}
		n.emit(t.raw, pos...)
		n.emit(t.raw, neg...)
		return 1
	}
	if un, pow, hyphen, k := n.negFactor64(0); k > 0 {
		if n.unitBefore64(-1) || !hyphen && n.quantityBefore64(-1) {
			n.by("unit with a power")
			n.emit(t.raw, perPower64(un, pow)...)
			return k
		}
		return 0
	}
	if n.may(shSlash) {
		// "m/s2": the denominator's power written without its superscript.
		if a, b, ok := strings.Cut(c, "/"); ok && len(b) >= 2 && (b[len(b)-1] == '2' || b[len(b)-1] == '3') && n.quantityBefore64(-1) {
			num, okA := unitWord(a, false)
			den, okB := siSymbol64(b[:len(b)-1])
			if okA && okB && !strings.Contains(num.sing, " per ") && !isDigit(b[len(b)-2]) {
				n.by("unit with a power")
				name := num.plural
				if n.peek(-1).core == "1" {
					name = num.sing
				}
				n.emit(t.raw, strings.Fields(name)...)
				n.emit(t.raw, perPower64(den, int(b[len(b)-1]-'0'))...)
				return 1
			}
		}
	}
	// A bare symbol after a number and before a unit with a negative power: "J mol−1".
	if t.post != "" || !n.quantityBefore64(-1) {
		return 0
	}
	un, ok := siBare64[c]
	if !ok {
		return 0
	}
	off := 1
	if d := n.peek(1); d != nil && middleDot64(d.core) {
		off = 2
	}
	if _, _, _, k := n.negFactor64(off); k == 0 {
		if _, pows, ok := siProduct64(n.peekCore64(off)); !ok || pows[0] > 0 {
			return 0
		}
	}
	n.by("unit with a power")
	if n.peek(-1).core == "1" {
		n.emit(t.raw, strings.Fields(un.sing)...)
	} else {
		n.emit(t.raw, strings.Fields(un.plural)...)
	}
	if off == 2 {
		return 2
	}
	return 1
}

// peekCore64 returns the core of the token at offset off, or "".
func (n *normalizer) peekCore64(off int) string {
	if p := n.peek(off); p != nil {
		return p.core
	}
	return ""
}

// perPower64 says "per" a unit to a power: per mole, per cubic centimeter, per second squared.
func perPower64(un unit, pow int) []string {
	return append([]string{"per"}, powered64(un.sing, un, pow)...)
}

// powered64 says a unit's name to a power: square or cubic before a length, squared or cubed
// after anything else.
func powered64(name string, un unit, pow int) []string {
	words := strings.Fields(name)
	if pow < 2 {
		return words
	}
	if lengthUnit64(un) {
		pre := "square"
		if pow == 3 {
			pre = "cubic"
		}
		return append([]string{pre}, words...)
	}
	post := "squared"
	if pow == 3 {
		post = "cubed"
	}
	return append(words, post)
}

// plusPhone64 reads an international number written in one run after a plus sign
// ("+33142685300", "+14155550132": ten to fifteen digits, as E.164 allows), or a country code
// and one group of six to ten digits ("+45 32641100", "+61 291234567"), as a phone number:
// plus and the digits one by one (it was a count of billions). A signed count ("+25000
// subscribers", "+1250 points") is shorter, or has no code before it. It returns the tokens
// read.
func (n *normalizer) plusPhone64(t *token) int {
	digits := t.core[1:]
	if !allDigits(digits) {
		return 0
	}
	if len(digits) >= 10 && len(digits) <= 15 {
		n.by("phone number")
		n.phone(t.raw, []string{digits}, "plus")
		return 1
	}
	next := n.peek(1)
	if len(digits) > 3 || digits[0] == '0' || next == nil || t.post != "" || next.pre != "" || len(next.core) < 6 || len(next.core) > 10 || !allDigits(next.core) {
		return 0
	}
	n.by("phone number")
	n.phone(t.raw, []string{digits}, "plus")
	n.phone(next.raw, []string{next.core}, "")
	return 2
}

// raisedPoint64 reads a decimal written with a raised point between digits, as The Lancet and
// other British journals print one ("0·72", "14·2 months", "3·5%", "0·61–0·85"), as the same
// number with a point (it was "zero seventy two", "fourteen two"). Next to an equals, times or
// plus sign the raised dot is multiplication ("2·3 = 6") and is left alone, as is a token with
// anything but digits, the dots, a range's dash and a percent sign. It returns the tokens read.
func (n *normalizer) raisedPoint64(t *token) int {
	c := t.core
	var b strings.Builder
	for i := 0; i < len(c); {
		if strings.HasPrefix(c[i:], "·") {
			if i == 0 || !isDigit(c[i-1]) || i+len("·") >= len(c) || !isDigit(c[i+len("·")]) {
				return 0
			}
			b.WriteByte('.')
			i += len("·")
			continue
		}
		if !isDigit(c[i]) && !strings.ContainsRune(".%-", rune(c[i])) && !strings.HasPrefix(c[i:], "–") {
			return 0
		}
		if strings.HasPrefix(c[i:], "–") {
			b.WriteString("–")
			i += len("–")
			continue
		}
		b.WriteByte(c[i])
		i++
	}
	for off := -3; off <= 3; off++ {
		if p := n.peek(off); p != nil && (p.core == "=" || p.core == "×" || p.core == "+") {
			return 0
		}
	}
	sub := *t
	sub.core = b.String()
	n.by("raised decimal point")
	return n.numeric(&sub)
}

// degreeLetter64 reads a degree sign after a number with the scale's letter set apart after it
// ("350° F", "60° C", "-4° F", "49° C)") as a temperature, degrees Fahrenheit or Celsius (it
// was "degrees f"). The letter stands alone: "a 90° C-clamp" keeps its word. It returns the
// tokens read.
func (n *normalizer) degreeLetter64(t *token) int {
	body, ok := strings.CutSuffix(t.core, "°")
	next := n.peek(1)
	if !ok || next == nil || t.post != "" || next.pre != "" || next.core != "F" && next.core != "C" || !glued64AfterSpace64(t, next) {
		return 0
	}
	num, rest, ok := scanNumber(body)
	if !ok || rest != "" || num.commas {
		return 0
	}
	scale := "fahrenheit"
	if next.core == "C" {
		scale = "celsius"
	}
	n.by("temperature")
	n.emit(t.raw, appendNumber(nil, num)...)
	if v, ok := num.value(); ok && v == 1 && !num.hasPoint {
		n.emit(t.raw, "degree")
	} else {
		n.emit(t.raw, "degrees")
	}
	n.emit(next.raw, scale)
	return 2
}

// glued64AfterSpace64 reports b right after a, with at most a space between (not a dash's piece).
func glued64AfterSpace64(a, b *token) bool { return b.start >= a.end }

// phaseWords64 are the phases of a trial, in digits or Roman numerals.
var phaseWords64 = map[string]int{"1": 1, "2": 2, "3": 3, "4": 4, "I": 1, "II": 2, "III": 3, "IV": 4}

// phasePair64 reads two trial phases joined by a slash after "phase" ("Phase 1/2", "phase
// 2/3", "Phase II/III") as one combined phase, both numbers said: phase one two (it was "one
// or two", "two thirds", "i i i i i"). The second is the next phase. It reports whether it did.
func (n *normalizer) phasePair64(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	prev := n.peek(-1)
	if !ok || prev == nil || prev.post != "" || prev.lower() != "phase" {
		return false
	}
	x, y := phaseWords64[a], phaseWords64[b]
	if x == 0 || y != x+1 || isDigit(a[0]) != isDigit(b[0]) {
		return false
	}
	n.by("trial phases")
	n.emit(t.raw, appendCardinal(nil, uint64(x))...)
	n.emit(t.raw, appendCardinal(nil, uint64(y))...)
	return true
}

// stateNames64 are the states' names as written before a ZIP code, with D.C.
var stateNames64 = func() map[string]bool {
	m := map[string]bool{"D.C": true, "D.C.": true}
	for _, name := range usStates {
		if name == "d c" {
			continue
		}
		words := strings.Fields(name)
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		m[strings.Join(words, " ")] = true
	}
	return m
}()

// stateZip64 reads a ZIP code after a city, a comma and a state's full name or D.C.
// ("Sacramento, California 95814", "Washington, D.C. 20001", "Albany, New York 12207") digit by
// digit, as postalState reads one after "CA" (it was a count). Before a lower-case plural
// ("Dayton, Ohio 12000 runners") it stays a count. It reports whether it did.
func (n *normalizer) stateZip64(t *token) bool {
	z := t.core
	if !(len(z) == 5 && allDigits(z) || len(z) == 10 && allDigits(z[:5]) && z[5] == '-' && allDigits(z[6:])) || t.pre != "" {
		return false
	}
	p1 := n.peek(-1)
	if p1 == nil || p1.pre != "" {
		return false
	}
	name, cityOff := p1.core, -2
	if p1.core == "D.C" && p1.post != "." || p1.core != "D.C" && p1.core != "D.C." && p1.post != "" {
		return false
	}
	if !stateNames64[name] {
		p2 := n.peek(-2)
		if p2 == nil || p2.post != "" {
			return false
		}
		name, cityOff = p2.core+" "+p1.core, -3
		if !stateNames64[name] {
			return false
		}
	}
	city := n.peek(cityOff)
	if city == nil || !strings.HasSuffix(city.post, ",") || !isCapitalized(city.core) {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && len(next.core) > 3 && next.core == next.lower() && strings.HasSuffix(next.core, "s") && !strings.HasSuffix(next.core, "ss") && isLetterWord(next.core) {
		return false
	}
	n.by("zip code")
	n.emit(t.raw, appendDigitNames(nil, z, false)...)
	return true
}

// scaleAfter64 reports a scale word right after the number being read ("USDC (128 billion
// USD)", "The MTA 750 million bond sale"): the number is a quantity, never a name's label read
// in pairs (round sixty-four R8; it was one twenty eight billion, seven fifty million).
func (n *normalizer) scaleAfter64(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return false
	}
	switch next.lower() {
	case "million", "billion", "trillion":
		return true
	}
	return false
}
