package text

import "strings"

// Round fifty-seven: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in business and financial news (earnings, IPOs, mergers, central banks,
// commodities, crypto markets), science and technology news and travel and aviation news,
// each read as a class and tested on probe sentences written before the readers,
// readings57.tsv. Square and cubic units of length ("814 mm²", "12 in²", "3 ft³") were
// added to the units table (units.go).

func (n *normalizer) round57Token(t *token) int {
	c := t.core
	if n.inPart != 0 {
		return 0
	}
	if c == "-" || c == "–" || c == "—" {
		return oneIf(n.may(shHyphen|shWide) && n.spacedNameRange57(t))
	}
	if len(c) < 5 || c[0] < '1' || c[0] > '9' {
		return 0
	}
	if !n.may(shHyphen) {
		return 0
	}
	if n.may(shUpper) && n.aircraftSuffix57(t) {
		return 1
	}
	return oneIf(n.timesHyphenPeriod57(t))
}

// timesHyphenPeriod57 reads a count glued to x or X and joined by a hyphen to a period's word
// as how often, as timesAPeriod reads it spaced ("2x weekly"): "2X-weekly" twice weekly,
// "3X-weekly" three times weekly, "2x-daily" twice daily. It reports whether it did.
func (n *normalizer) timesHyphenPeriod57(t *token) bool {
	count, period, ok := strings.Cut(t.core, "-")
	if !ok || len(count) < 2 || len(count) > 3 || !periodWords[strings.ToLower(period)] {
		return false
	}
	x := count[len(count)-1]
	count = count[:len(count)-1]
	if x != 'x' && x != 'X' || !allDigits(count) || count[0] == '0' {
		return false
	}
	n.by("frequency")
	n.emitTimes(t.raw, count)
	n.emit(t.raw, strings.ToLower(period))
	return true
}

// spacedNameRange57 reads a dash standing alone between two capitalized weekdays or two
// capitalized months as "to", as a hyphen between them already reads ("Monday-Friday"):
// "open Monday – Friday" monday to friday, "June – August", "Jan. – Mar.". A dash before
// another word ("Monday - a bad day", "May - she knows") or a number stays a pause. It reports
// whether it did.
func (n *normalizer) spacedNameRange57(t *token) bool {
	if t.pre != "" || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || next.pre != "" || prev.post != "" && prev.post != "." {
		return false
	}
	a, b := strings.TrimSuffix(prev.core, "."), strings.TrimSuffix(next.core, ".")
	if !isCapitalized(a) || !isCapitalized(b) {
		return false
	}
	fa, fb := dayOrMonth(a), dayOrMonth(b)
	if fa == "" || fb == "" || weekdayName(fa) != weekdayName(fb) {
		return false
	}
	n.by("range of names")
	n.emit(t.raw, "to")
	return true
}

// aircraftSuffixes57 are the letters written after an aircraft's variant: extended and long
// range, freighters (factory-built, converted), special and ultra-long range.
var aircraftSuffixes57 = setOf("ER LR XR SR ULR F ERF LRF BCF SF BDSF")

// aircraftSuffix57 reads an aircraft series with a variant and a letter suffix as a model
// name, as seriesVariant reads one without: "a 767-300ER" seven sixty seven three hundred e r,
// "the 747-8F" seven forty seven eight f, "Boeing 777-200LR". The series is Boeing's 7x7 or
// follows a maker; the variant is in hundreds or one digit, as modelVariant's are. A range of
// a unit ("70-80F", "100-200GB") has no such series or suffix. It reports whether it did.
func (n *normalizer) aircraftSuffix57(t *token) bool {
	lo, rest, ok := strings.Cut(t.core, "-")
	if !ok || len(lo) != 3 || !allDigits(lo) || lo[0] == '0' {
		return false
	}
	j := len(rest)
	for j > 0 && rest[j-1] >= 'A' && rest[j-1] <= 'Z' {
		j--
	}
	hi, suf := rest[:j], rest[j:]
	if !aircraftSuffixes57[suf] || hi == "" || !allDigits(hi) || hi[0] == '0' {
		return false
	}
	switch {
	case len(hi) == 3 && hi[1:] == "00":
	case len(hi) == 1 && lo[2] != '0':
	default:
		return false
	}
	prev := n.peek(-1)
	maker := prev != nil && prev.post == "" && modelMakers[prev.lower()]
	if !maker && !(lo[0] == '7' && lo[2] == '7') {
		return false
	}
	n.by("model name")
	n.emit(t.raw, appendPaired(nil, lo)...)
	n.emit(t.raw, appendInteger(nil, hi)...)
	for i := 0; i < len(suf); i++ {
		n.emitLetter(t.raw, strings.ToLower(suf[i:i+1]))
	}
	return true
}
