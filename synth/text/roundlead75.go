package text

import "strings"

// The lead's round seventy-five (issue 18): classes from held-out sets' unseen misses after
// their measurement (readings-lead75.tsv). Pounds per square and linear foot and gallons per
// flush are units (units.go); this file reads a dash between years of an era.

// lead75Token runs the round's readers; it returns the tokens used.
func (n *normalizer) lead75Token(t *token) int {
	c := t.core
	if (c == "–" || c == "-" || c == "—") && n.eraSpanDash75(t) {
		return 1
	}
	if len(c) >= 4 && c[0] >= 'A' && c[0] <= 'C' && n.may(shUpper) {
		if k := n.eraGluedYear75(t); k > 0 {
			return k
		}
	}
	return 0
}

// eraDash75 reports a token of an era, a dash and what follows it ("BCE-1200", "BC–AD") and
// returns what follows the dash, or "" for any other token.
func eraDash75(c string) string {
	if len(c) < 4 || c[0] < 'A' || c[0] > 'C' {
		return ""
	}
	for _, era := range [...]string{"BCE", "BC", "AD", "CE"} {
		rest, ok := strings.CutPrefix(c, era)
		if !ok {
			continue
		}
		if r, ok := strings.CutPrefix(rest, "–"); ok && r != "" {
			return r
		}
		if r, ok := strings.CutPrefix(rest, "-"); ok && r != "" {
			return r
		}
	}
	return ""
}

// eraGluedYear75 reads an era joined by a hyphen to the span's next year, between the first
// year and the next year's era, as the era, to and an era's year: "3000 BCE-1200 BCE" three
// thousand b c e to twelve hundred b c e (it was one thousand two hundred, the dash dropped).
// It returns the tokens used.
func (n *normalizer) eraGluedYear75(t *token) int {
	y := eraDash75(t.core)
	if y == "" || len(y) > 4 || !allDigits(y) || y[0] == '0' {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || len(prev.core) > 4 || !allDigits(prev.core) || next == nil || !eraWord(next) || t.post != "" {
		return 0
	}
	n.by("era years")
	for _, l := range strings.ToLower(strings.TrimSuffix(t.core[:len(t.core)-len(y)], "-")) {
		n.emitLetter(t.raw, string(l))
	}
	n.emit(t.raw, "to")
	return n.reread(t, y, t.post)
}

// eraSpanDash75 reads a dash, glued or standing apart, between a year with its era and the
// span's other year as "to": "206 BCE–220 CE" two oh six b c e to two twenty c e, "305 BC – 282
// BC", "27 BC–AD 476" (the dash was dropped). The other year must carry its era too (after it,
// or AD before it), so "Route AD-12" and "the BC-5 shuttle" stay codes. It reports whether it
// did.
func (n *normalizer) eraSpanDash75(t *token) bool {
	prev, year := n.peek(-1), n.peek(-2)
	if !eraWord(prev) || year == nil || len(year.core) > 4 || !allDigits(year.core) || year.post != "" {
		return false
	}
	next, after := n.peek(1), n.peek(2)
	if next == nil || after == nil {
		return false
	}
	switch {
	case allDigits(next.core) && len(next.core) <= 4 && next.post == "" && eraWord(after):
	case (next.core == "AD" || next.core == "A.D") && next.post == "" && allDigits(after.core) && len(after.core) <= 4:
	default:
		return false
	}
	n.by("range")
	n.emit(t.raw, "to")
	return true
}

// measuredNext75 reports a unit, a noun or "of" after the token, which makes a month-and-day shape a
// fraction of something measured: "ends 1/4 mile ahead", "starts 3/4 of the way" (the lead's
// round seventy-five; ends 1/4 mile was january fourth).
func (n *normalizer) measuredNext75(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" {
		return false
	}
	if next.lower() == "of" || nounAfterQuantity(next.core) {
		return true // "3/4 of the way", "1/2 hour early"
	}
	_, ok := unitWord(next.core, true)
	return ok
}

// unitNames75 are the units' names of one word, singular and plural ("inch", "cups", "mile"),
// from the table of unit symbols and round seventeen's abbreviations of a register (cups,
// packets): a pair before one is a fraction of it.
var unitNames75 = func() map[string]bool {
	m := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range ws {
			if w != "" && !strings.Contains(w, " ") {
				m[w] = true
			}
		}
	}
	for _, u := range units {
		add(u.sing, u.plural)
	}
	for _, r := range registerAbbrevs {
		add(r.sing, r.plural)
	}
	return m
}()
