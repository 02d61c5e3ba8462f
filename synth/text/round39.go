package text

import "strings"

// Round thirty-nine: held35's dev miss and the classes its probes found in the set's registers
// (city council agendas and minutes, election results, court dockets and legal notices, DMV and
// tax agency pages, public transit service alerts, police blotters), each read as a class and
// tested on probe sentences written before the readers, readings39.tsv.

// round39Token runs round thirty-nine's readers on the token at n.i; it returns the tokens used.
// Its one reader reads four digits, so the token's length, first byte and shape are tested before
// any other.
func (n *normalizer) round39Token(t *token) int {
	c := t.core
	if len(c) != 4 || c[0] < '1' || c[0] > '9' || n.inPart != 0 || !n.may(shDigit) {
		return 0
	}
	return oneIf(n.r39VehicleNumber(t))
}

// r39VehicleLabels are the transit vehicles whose four-digit fleet numbers are read in pairs, as
// after train or tram: "Bus 4417" forty four seventeen, "Streetcar 1021" ten twenty one.
var r39VehicleLabels = setOf("bus coach streetcar trolley railcar")

// r39RailWords make a sentence one of trains, where a car is a railcar: "Car 1207 of the train".
var r39RailWords = setOf("train trains rail railway subway metro station platform yard depot coupled uncoupled")

// r39VehicleVerbs are verbs in -s that follow a vehicle's number in an alert, not plurals it
// counts: "Trolley 1410 returns to service".
var r39VehicleVerbs = setOf("returns resumes runs heads leaves departs arrives stops serves operates carries remains reopens")

// r39VehicleNumber reads a transit vehicle's four-digit number in pairs after bus, coach,
// streetcar, trolley or railcar, or after car in a sentence of trains, as a transit alert or a
// police blotter is read aloud (it was a count: bus four thousand four hundred seventeen). A
// plural or a unit after the number makes it a count ("Bus 1500 drivers", "car 1200 miles"), and
// 2000-2009 stay as read (a year more often than a fleet number).
func (n *normalizer) r39VehicleNumber(t *token) bool {
	c := t.core
	if !allDigits(c) {
		return false
	}
	if v := atoiSmall(c); v >= 2000 && v <= 2009 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	l := lowerASCIIWord(prev.core)
	if !r39VehicleLabels[l] && !(l == "car" && n.anyWordOf(r39RailWords)) {
		return false
	}
	if t.post == "" && n.pluralAfter() && !r39VehicleVerbs[n.peek(1).core] {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, false); unit {
			return false
		}
	}
	n.by("vehicle number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r39Diastolic appends a blood pressure's diastolic figure: three digits in pairs, as the
// systolic figure is read ("190/110" one ninety over one ten; it was one hundred ten), fewer as
// a number.
func r39Diastolic(dst []string, b string) []string {
	if len(b) == 3 && allDigits(b) {
		return appendPaired(dst, b)
	}
	return appendInteger(dst, b)
}

// r39SlashWord reports a word that a slash beside another word joins as a list's item: a word of
// the lexicon, or two lexicon words of three letters or more run together that the lexicon does
// not hold ("northbound" north bound, "crosswalk", "carpool"), as a transit alert or an agenda
// writes them ("Northbound/southbound lanes" northbound southbound; it was northbound slash
// southbound).
func r39SlashWord(s string, isWord func(string) bool) bool {
	if knownWord(s, isWord) {
		return true
	}
	parts := segmentWords(s, isWord, 2)
	return len(parts) == 2 && len(parts[0]) >= 3 && len(parts[1]) >= 3 && isWord(parts[0]) && isWord(parts[1]) &&
		strings.Join(parts, "") == s
}
