package text

import "strings"

// Round thirty-five: the known misses in numbers, units and dashes that a new hand listed from
// the held-out sets (a unit before a noun it describes, a sort code, an en dash between places, a
// course number, go/no-go, a rating after was, an itinerary's flights, a public law, a room's
// floor, dozens, Gen.G and SATs), each tested on probe sentences of the round's own written
// before the reader, readings35.tsv. Each reader is guarded by the shapes its first test needs
// (README, Speed), and the round switches on the token's first character.

func (n *normalizer) round35Token(t *token) int {
	c := t.core
	if len(c) < 2 || t.pre != "" || n.inPart != 0 {
		return 0
	}
	switch {
	case isDigit(c[0]):
		if len(c) == 8 && c[2] == '-' && n.may(shHyphen) && n.sortCode(t) {
			return 1
		}
		if (len(c) == 2 || len(c) == 6) && allDigits(c) {
			if k := n.sortCodeUndashed(t); k > 0 {
				return k
			}
		}
		if len(c) <= 6 && n.may(shSlash) && n.ratingAfterCopula(t) {
			return 1
		}
		if len(c) <= 8 && n.may(shHyphen) && (n.publicLaw(t) || n.roomFloorNumber(t)) {
			return 1
		}
		if len(c) <= 4 && allDigits(c) && (n.courseNumber(t) || n.itineraryFlight(t)) {
			return 1
		}
	case c == "Gen.G":
		// The esports team (held16): gen g, not a dotted abbreviation's "dot".
		n.by("team name")
		n.emit(t.raw, "gen")
		n.emitLetter(t.raw, "g")
		return 1
	case c == "SATs":
		if n.englishSchools() {
			n.by("school tests")
			n.emit(t.raw, "sats")
			return 1
		}
	}
	return 0
}

// unitHeads are count nouns a measure describes when it stands before them without a
// determiner, as spec sheets, labels and prescriptions leave it out: a device or its part, a
// container, a dose, a piece of kit, a stretch to walk. A mass noun the measure quantifies
// (RAM, storage, flour, water, capacity, output) is not here: "16 GB RAM" is that much RAM.
var unitHeads = setOf(`phone laptop desktop device model version variant tablet pen logic jack cable cord plug socket
outlet port connector adapter charger battery cell bulb lamp fuse motor pump heater card chip stick module kit drive
disk bottle jar tin pack packet pouch box carton tub tube vial syringe cartridge canister container jug bag sack bucket
tank dose capsule pill injection patch dumbbell kettlebell barbell plate pan pot tray skillet lens sensor screen display
monitor bit screw bolt nail pipe hose tile sheet panel board rail regulator supply loop hike race trail radius zone limit
cap needle inhaler key wrench spanner tab spray`) // tab: round forty-nine ("10 mg tab"); spray: round sixty ("4 mg nasal spray")

// unitHeadModifiers may stand between such a measure and its noun: "3.5 mm headphone jack",
// "32 GB memory card", "12 V battery pack" (an acronym or a name, "8 GB RAM devices", is one
// too).
var unitHeadModifiers = setOf(`memory storage flash headphone audio power water fuel glass plastic steel metal aluminum
aluminium paper mini micro single double dual fast wired wireless rapid quick solar usb battery insulin prefilled refill
spare replacement drill hex allen torx nasal`) // nasal: round sixty

// unitHead reports a count noun of unitHeads, singular or plural.
func unitHead(w string) bool {
	if unitHeads[w] {
		return true
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return unitHeads[w[:len(w)-3]+"y"]
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches"):
		return unitHeads[w[:len(w)-2]]
	case strings.HasSuffix(w, "s"):
		return unitHeads[w[:len(w)-1]]
	}
	return false
}

// unitBeforeHead reports a unit symbol sym, written right before a, that describes a count
// noun after at most two modifiers (unitHeadModifiers, or a name or acronym with a capital):
// the quantity is then an adjective and its unit singular, "Dispense as 3 mL pen" three
// milliliter pen, "3.3 V logic", "8 GB RAM devices" (they were plural). A preposition, a verb,
// an adverb, a mass noun or the clause's end after the unit keeps the plural ("uses 8 GB of
// RAM", "weighs 5 kg now", "20 mA max", "Requires 16 GB RAM"). A rate keeps its plural, as
// adjectival says. The caller has checked that nothing stands between the unit and a.
func unitBeforeHead(sym string, a, b, c *token) bool {
	if a == nil || sym == "in" || sym == "s" || sym == "t" || strings.HasPrefix(sym, "°") {
		return false
	}
	if un, ok := unitWord(sym, false); !ok || strings.Contains(un.sing, " per ") {
		return false
	}
	for j, w := range [...]*token{a, b, c} {
		if w == nil || w.pre != "" || !isLetterWord(w.core) {
			return false
		}
		l := w.core
		if l == strings.ToLower(l) && (unitHead(l) || r41LengthNoun(l) && (sym == "ft" || sym == "m")) {
			return true // vessels and trailers by their length (round forty-one)
		}
		if j == 2 || w.post != "" || !unitHeadModifiers[strings.ToLower(l)] && !(capitalName(l) && isUpperWord(l)) {
			return false
		}
	}
	return false
}

// sortCode reads a UK bank's sort code after "sort code" (perhaps with is, was or a colon) in
// pairs, as it is said: "Sort code 20-45-77" twenty forty five seventy seven, "09-01-28" oh nine
// oh one twenty eight (it was digit by digit). Dashed pairs elsewhere stay as they were.
func (n *normalizer) sortCode(t *token) bool {
	c := t.core
	if c[5] != '-' || !allDigits(c[:2]) || !allDigits(c[3:5]) || !allDigits(c[6:]) || !n.afterSortCode() {
		return false
	}
	n.by("sort code")
	for i := 0; i < len(c); i += 3 {
		n.sortPair(t.raw, c[i:i+2], i+3 < len(c))
	}
	return true
}

// sortCodeUndashed reads a sort code written as three spaced pairs or six digits run together
// after "sort code" as the dashed one ("sort code 20 45 77", "Sort code 204577"; they were
// digit by digit). It returns the tokens used, or 0.
func (n *normalizer) sortCodeUndashed(t *token) int {
	c := t.core
	if t.post != "" && len(c) == 2 || !n.afterSortCode() {
		return 0
	}
	if len(c) == 6 {
		if t.post != "" && t.post[0] != '.' && t.post[0] != ',' && t.post[0] != ';' {
			return 0
		}
		n.by("sort code")
		for i := 0; i < 6; i += 2 {
			n.sortPair(t.raw, c[i:i+2], i+2 < 6)
		}
		return 1
	}
	b, d := n.peek(1), n.peek(2)
	if b == nil || d == nil || b.pre != "" || d.pre != "" || b.post != "" || len(b.core) != 2 || len(d.core) != 2 || !allDigits(b.core) || !allDigits(d.core) {
		return 0
	}
	if e := n.peek(3); e != nil && d.post == "" && e.pre == "" && allDigits(e.core) {
		return 0 // a longer run of groups is no sort code
	}
	n.by("sort code")
	n.sortPair(t.raw, c, true)
	n.sortPair(b.raw, b.core, true)
	n.sortPair(d.raw, d.core, false)
	return 3
}

// afterSortCode reports "sort code" before the token, perhaps with is, was or a colon.
func (n *normalizer) afterSortCode() bool {
	off := -1
	if p := n.peek(-1); p != nil && p.post == "" && (p.core == "is" || p.core == "was") {
		off = -2
	}
	code, sort := n.peek(off), n.peek(off-1)
	return code != nil && sort != nil && sort.post == "" && strings.EqualFold(code.core, "code") && strings.EqualFold(sort.core, "sort") &&
		(code.post == "" || off == -1 && code.post == ":")
}

// sortPair reads one pair of a sort code, with a pause after it unless it is the last.
func (n *normalizer) sortPair(src, p string, pause bool) {
	if p[0] == '0' {
		n.emit(src, "oh", digitOh(p[1]))
	} else {
		n.emit(src, appendUnder100(nil, atoiSmall(p))...)
	}
	if pause {
		n.raise(len(n.out)-1, Minor)
	}
}

// digitOh names a digit, zero as oh (a pair's digits after oh).
func digitOh(d byte) string {
	if d == '0' {
		return "oh"
	}
	return onesWords[d-'0']
}

// courseSubjects are academic subjects (as catalogues write them) whose number is a course's.
var courseSubjects = setOf(`Physics Chemistry Chem Biology Bio Math Maths Mathematics Calculus Statistics Stats Stat
Economics Econ Psychology Psych Sociology Anthropology History English Philosophy Linguistics Engineering Astronomy
Geology Music Art Spanish French German Latin Accounting Finance Marketing Nursing Writing Government Politics
PHYS CHEM BIOL BIO MATH ECON PSYC PSY STAT HIST ENGL CS CSE CPSC CMSC COMP ECE EE ME`)

// courseNumber reads four digits after an academic subject's name as a course number in pairs,
// as a room's number is read: "Physics 2210 meets" twenty two ten, "Chemistry 1210" (they were
// counts; three digits already were pairs). A plural noun after it does not make it a count,
// since a count is written before the subject ("2210 physics students"), unless the number is
// a round hundred ("English 1500 words"). A number with a comma or a year of the 2000s stays.
func (n *normalizer) courseNumber(t *token) bool {
	c := t.core
	if len(c) != 4 || c[0] == '0' || t.post != "" && t.post[0] != '.' && t.post[0] != ',' && t.post[0] != ';' && t.post[0] != ':' && t.post[0] != ')' {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !courseSubjects[p.core] {
		return false
	}
	v := atoiSmall(c)
	if v >= 2000 && v <= 2009 || v%100 == 0 {
		return false
	}
	n.by("course number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// negatedPair reports a word and the same word negated with a hyphen joined by a slash,
// "go/no-go", "buy/no-buy", "pass/no-pass": a pair of options read as its words with no slash
// (it was "go slash no go"), as a slash between two words is (wordSlash).
func negatedPair(left, right string) bool {
	if len(left) < 2 || !isLetterWord(left) {
		return false
	}
	neg, word, ok := strings.Cut(right, "-")
	if !ok || !strings.EqualFold(word, left) {
		return false
	}
	return strings.EqualFold(neg, "no") || strings.EqualFold(neg, "non") || strings.EqualFold(neg, "not")
}

// ratingCopulas before a mark out of five or ten make it the subject's rating.
var ratingCopulas = setOf("was is are were it's that's")

// fractionSubjects are nouns whose value is a fraction, or a day, not a rating: "The
// probability is 1/5", "The deadline is 5/10".
var fractionSubjects = setOf(`probability chance chances odds fraction ratio share proportion answer result value slope
rate percentage total sum product quotient part portion remainder x y n p deadline date launch release meeting
appointment birthday wedding party exam test opening event start due attendance turnout majority occupancy capacity
completion progress`)

// ratingAfterCopula reads a mark out of five, ten or a hundred after was, is, are or were as a
// rating when it closes its clause or a word that follows a rating does ("The room was 4/5 but
// breakfast was 2/5" four out of five…, "the service was 9/10."; they were fractions). A
// fraction before a word it measures ("was 3/5 full"), after a noun of fractions or dates ("The
// probability is 1/5", "The deadline is 5/10") or in a sentence of algebra stays.
func (n *normalizer) ratingAfterCopula(t *token) bool {
	a, b, ok := splitFraction(t.core)
	if !ok || b != "5" && b != "10" && b != "100" || len(a) > 3 || atoiSmall(a) > atoiSmall(b) {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !ratingCopulas[p.lower()] {
		return false
	}
	if s := n.peek(-2); s != nil && fractionSubjects[s.lower()] {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && next.core != "—" && next.core != "–" && !ratingFollowers[next.lower()] {
		return false
	}
	if t.post != "" && t.post[0] != '.' && t.post[0] != ',' && t.post[0] != '!' && t.post[0] != ';' && t.post[0] != ')' {
		return false // "was 4/5%" and the like are not marks
	}
	if n.fact(factAlgebra) {
		return false
	}
	n.by("rating")
	n.emitOutOf(t.raw, a, b)
	return true
}

// itineraryFlight reads a flight's number after an airline's code and before an airport's code,
// as an itinerary lists them: "DL 1881 ATL to JFK" d l eighteen eighty one (it was a count).
// Three or four digits are in pairs, fewer a number.
func (n *normalizer) itineraryFlight(t *token) bool {
	c := t.core
	if c[0] == '0' || t.post != "" {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || !airlineCodes[p.core] || !airportCode(next.core) {
		return false
	}
	n.by("flight number")
	if len(c) >= 3 {
		n.emit(t.raw, appendPaired(nil, c)...)
	} else {
		n.emit(t.raw, appendInteger(nil, c)...)
	}
	return true
}

// airportCode reports three capitals, or two sets of them joined by a dash ("ATL–JFK").
func airportCode(s string) bool {
	if len(s) == 3 {
		return isUpperWord(s)
	}
	for _, d := range [...]string{"-", "–"} {
		if a, b, ok := strings.Cut(s, d); ok {
			return len(a) == 3 && len(b) == 3 && isUpperWord(a) && isUpperWord(b)
		}
	}
	return false
}

// publicLaw reads a US public law's number, a Congress's and the law's joined by a hyphen after
// Public Law, Pub. L. or P.L., as the two numbers, each of three digits in pairs: "Public Law
// 117-58" public law one seventeen fifty eight (it was a span, one hundred seventeen to fifty
// eight), as round twenty-four reads an ordinance's year and number without the dash.
func (n *normalizer) publicLaw(t *token) bool {
	cong, law, ok := strings.Cut(t.core, "-")
	if !ok || len(cong) < 2 || len(cong) > 3 || len(law) == 0 || len(law) > 3 || !allDigits(cong) || !allDigits(law) || law[0] == '0' || t.post != "" && t.post[0] == '-' {
		return false
	}
	p, pp := n.peek(-1), n.peek(-2)
	switch {
	case p == nil:
		return false
	case p.post == "" && strings.EqualFold(p.core, "law") && pp != nil && pp.post == "" && strings.EqualFold(pp.core, "public"):
	case p.post == "." && p.core == "L" && pp != nil && pp.post == "." && pp.core == "Pub":
	case p.post == "." && p.core == "P.L":
	default:
		return false
	}
	n.by("public law")
	for _, g := range [...]string{cong, law} {
		if len(g) == 3 {
			n.emit(t.raw, appendPaired(nil, g)...)
		} else {
			n.emit(t.raw, appendInteger(nil, g)...)
		}
	}
	return true
}

// floorRoomLabels name a room numbered by its floor and wing: "Room 1B-114".
var floorRoomLabels = setOf("room rm office suite lab ward")

// roomFloorNumber reads a room's number written as a floor with a wing's letter, a dash and the
// room, after Room, Office, Suite, Lab or Ward: "Room 1B-114" room one b one fourteen (it was one
// b one hundred fourteen), the room's three or four digits in pairs as a room's are.
func (n *normalizer) roomFloorNumber(t *token) bool {
	fl, room, ok := strings.Cut(t.core, "-")
	if !ok || len(fl) < 2 || len(fl) > 3 || len(room) < 3 || len(room) > 4 || !allDigits(room) || room[0] == '0' {
		return false
	}
	letter := fl[len(fl)-1]
	if letter < 'A' || letter > 'Z' || !allDigits(fl[:len(fl)-1]) {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" && p.post != "." || !floorRoomLabels[p.lower()] {
		return false
	}
	n.by("room number")
	n.emit(t.raw, appendInteger(nil, fl[:len(fl)-1])...)
	n.emitLetter(t.raw, strings.ToLower(fl[len(fl)-1:]))
	n.emit(t.raw, appendPaired(nil, room)...)
	return true
}

// englishSchools reports a sentence about England's school tests: a key stage (KS1 to KS4, "key
// stage") or a school year ("Year 6") in it, where SATs are the national tests, said as a word.
func (n *normalizer) englishSchools() bool {
	for k := range n.toks {
		c := n.toks[k].core
		switch {
		case len(c) == 3 && (c[:2] == "KS" || c[:2] == "Ks") && c[2] >= '1' && c[2] <= '4':
			return true
		case strings.EqualFold(c, "stage") && k > 0 && strings.EqualFold(n.toks[k-1].core, "key"):
			return true
		case c == "Year" && k+1 < len(n.toks) && len(n.toks[k+1].core) <= 2 && allDigits(n.toks[k+1].core):
			return true
		}
	}
	return false
}
