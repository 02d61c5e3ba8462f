package text

import "strings"

// The lead's round eighty-four: a four-digit number after a name or a place label is an
// identifier read in pairs, as a three-digit one after a name already was (nameNumber: "Boeing
// 747", "CS 101"). Four-digit numbers were read in pairs only after a short list of labels
// (pairedLabel4: room, suite, flight, gate…) and after makers, so "Precinct 1207", "Angell 3217"
// (a lecture hall), "roll 4512" (a microfilm roll) and "SNOTEL site 1054" were read as counts.
// Probes: testdata/readings-lead84.tsv.

// lead84Labels are places and stored things named by a number: after them a four-digit number is
// read in pairs in either case ("precinct 2240", "Station 4417", "roll 4512").
var lead84Labels = setOf("precinct district station building site roll reel plot")

// lead84Name reports whether the current four-digit number (a plain integer, not starting with 0)
// is an identifier after prev, read in pairs. A number in brackets is not ("Base Camp (5364)" an
// elevation). It is one
//   - after a place label (lead84Labels), unless a unit follows ("our station is 4417 meters");
//   - after a capitalized name inside the sentence that is no acronym ("AA 1532", "ISO 3200": other
//     readers'), quantity word, scale, code word ("Badge 4471" digit by digit) or label noun
//     of the conventions (page, table: cardinals), unless the number could be a year of this
//     century (2000–2099: "Office 2007", "Paris 2024" stay years), stands in a tally ("Smith
//     1207, Jones 1105") or counts what follows ("Dow Sheds 1207 Points", "Nike 2500 sneakers").
//
// After a month a number from 1000 to 1999 or from 2100 is a year, and a year's reading is the
// pairs.
func (n *normalizer) lead84Name(num number, prev *token) bool {
	cur := n.peek(0)
	if prev.post != "" || len(num.intPart) != 4 || cur.pre != "" {
		return false
	}
	l := prev.lower()
	if lead84Labels[l] {
		return !n.lead84CountAfter(cur, true)
	}
	if !isCapitalized(prev.core) || isUpperWord(prev.core) || !isLetterWord(prev.core) || quantityPrev[l] || labelPrev[l] || scaleNames[l] || codeWords[l] {
		return false // an acronym's number is other readers' ("AA 1532", "ISO 3200", "USD 1207")
	}
	if n.i-1 == 0 {
		return false // "Angell 3217 is booked": a capital only because it starts the sentence
	}
	if num.intPart[0] == '2' && num.intPart[1] == '0' {
		return false // 2000–2099: a year after a name
	}
	if strings.HasPrefix(cur.post, ",") || strings.HasPrefix(cur.post, ";") {
		return false // a tally: "Smith 1207, Jones 1105"
	}
	if pp := n.peek(-2); pp != nil && strings.HasPrefix(pp.post, ",") && allDigits(pp.core) {
		return false // the tally's next entry
	}
	return !n.lead84CountAfter(cur, false)
}

// lead84CountAfter reports a unit or a counted noun after the current number, with nothing
// between: a unit ("4417 m", "1450 feet") or a plural in any case ("1207 Points", "2500 sneakers").
// After a place label (label) only a unit counts: a word in s after it is mostly a verb ("roll
// 4512 holds", "Station 4417 reports") or what the place holds ("Precinct 1207 voters").
func (n *normalizer) lead84CountAfter(cur *token, label bool) bool {
	next := n.peek(1)
	if next == nil || cur.post != "" {
		return false
	}
	if _, ok := unitWord(next.core, true); ok || unitNames[next.lower()] {
		return true // a unit's symbol or its name ("1450 feet")
	}
	if label {
		return false
	}
	// A plural in any case: letters ending in s (not ss), longer than three letters, no verb of verbish.
	l := next.lower()
	return len(l) > 3 && isLetterWord(l) && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !verbish[l]
}
