package text

import "strings"

// Round twenty-one: the classes held-out set 20 (by a third hand new to the readers) missed.
// Its dev half missed none; the two classes here come from its unseen half, read after that
// half's one measurement, each tested on probe sentences of the round's own written before the
// reader, readings21.tsv. Each reader is guarded by the shapes its first test needs (README,
// Speed).

func (n *normalizer) round21Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch {
	case len(c) == 4 && isDigit(c[0]):
		if n.may(shDigit) && n.serviceTime(t) {
			return 1
		}
	case c == "×":
		if n.may(shWide) && n.productAfterVerb(t) {
			return 1
		}
	}
	return 0
}

// timetableNouns are the services a timetable names by their departure time: "the 1440 train".
var timetableNouns = setOf("train bus ferry flight service coach departure express shuttle sailing tram boat plane sleeper seating sitting") // a dinner's seating, round forty

// serviceTime reads a four-digit 24-hour time that names a service after "the" as the clock's
// four digits are said, "the 1440 train" the fourteen forty train, "the 0815 from Paddington"
// the oh eight fifteen (it was a count, or a code digit by digit). Precondition: four digits
// that make a time of day (hours to 23, minutes to 59), right after "the", right before a
// singular service noun or before "from" or "to" and a capitalized place; 2000 to 2009, which
// read as years differ ("the 2005 train strike"), only with "from" or "to" and a place after.
func (n *normalizer) serviceTime(t *token) bool {
	c := t.core
	if t.pre != "" || t.post != "" || !allDigits(c) {
		return false
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:])
	if hh > 23 || mm > 59 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || !strings.EqualFold(prev.core, "the") || next.pre != "" {
		return false
	}
	place := func(off int) bool { // "from" or "to" and a capitalized place at off, off+1
		w, p := n.peek(off), n.peek(off+1)
		return w != nil && p != nil && w.post == "" && p.pre == "" && (w.core == "from" || w.core == "to") &&
			isLetterWord(p.core) && isCapitalized(p.core)
	}
	year := hh == 20 && mm < 10
	switch {
	case place(1):
	case timetableNouns[next.lower()] && (!year || next.post == "" && place(2)):
	default:
		return false
	}
	n.by("service time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// arithmeticVerbs ask for a product: "multiply 6 × 9".
var arithmeticVerbs = setOf("multiply multiplying multiplied calculate calculating calculated compute computing computed work") // multiplied, calculated, computed: round forty-five

// afterProduct are words after "6 × 9" that name nothing the two numbers could measure.
// Round twenty-six added without, in, by, with and mentally ("Calculate 12 × 15 without a
// calculator", held24's unseen half).
var afterProduct = setOf("to and then first again before using without in by with mentally")

// productAfterVerb reads "×" between two numbers as "times" where an arithmetic verb stands
// earlier in the clause and the word after names nothing measured, "Multiply 6 × 9 to get the
// answer" (it was by, as for a size: "a 9 × 13 pan", "buy 2 × 4 and plywood" stay by).
// Precondition: the token is a bare "×", a bare number on each side, a word of afterProduct
// after, and one of arithmeticVerbs among the five words before the first number with no
// punctuation between except after the verb itself ("Multiply: 7 × 8 to check").
func (n *normalizer) productAfterVerb(t *token) bool {
	if t.pre != "" || t.post != "" {
		return false
	}
	a, b, after := n.peek(-1), n.peek(1), n.peek(2)
	bare := func(x *token) bool {
		return x != nil && x.pre == "" && x.post == "" && x.core != "" && isDigit(x.core[0]) && strings.Trim(x.core, "0123456789.") == ""
	}
	if !bare(a) || !bare(b) || after == nil || after.pre != "" || !afterProduct[after.core] {
		return false
	}
	for off := -2; off >= -6; off-- {
		w := n.peek(off)
		if w == nil {
			return false
		}
		if arithmeticVerbs[w.lower()] {
			n.by("times")
			n.emit(t.raw, "times")
			return true
		}
		if w.post != "" {
			return false
		}
	}
	return false
}
