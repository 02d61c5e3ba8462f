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
	if isDigit(c[0]) {
		if n.weekdayOrdinal(t) || n.timesAPeriod(t) {
			return 1
		}
		return n.slashPairUnit(t)
	}
	if (c[0] == 'J' || c[0] == 'j') && n.motorwayJunction(t) {
		return 1
	}
	return 0
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
	l := strings.ToLower(prev.core)
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
	w := strings.ToLower(next.core)
	if !periodWords[w] {
		after := n.peek(2)
		if w != "a" && w != "per" && w != "each" && w != "every" || next.post != "" || after == nil || !periodNouns[strings.ToLower(after.core)] {
			return false
		}
	}
	n.by("frequency")
	switch d := c[:len(c)-1]; d {
	case "1":
		n.emit(t.raw, "once")
	case "2":
		n.emit(t.raw, "twice")
	default:
		n.emit(t.raw, appendInteger(nil, d)...)
		n.emit(t.raw, "times")
	}
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

// measuredNoun reports a unit (last, the quantity's own last token) followed by a noun it
// measures.
func measuredNoun(last, after *token) bool {
	return last != nil && after != nil && last.post == "" && after.pre == "" && measuredNouns[after.core]
}
