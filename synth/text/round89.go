package text

import "strings"

// Round eighty-nine (issue 18): the classes held-out set 68's dev half missed, written as going-out
// sources print them (transit and rail timetables and service alerts, ticketing pages and seat
// maps, concert and theatre listings, festival line-ups, restaurant menus, food-truck posts,
// reservation confirmations), and further misses found by probing those sources
// (readings89.tsv). The cinema's words that make a film gauge a format are in round seventy-eight's
// r78FilmCues; OMNY and ORCA are in acronymReadings (abbrev.go).

// r89First are the first bytes round89Token reads (see firstSet): a count's digit, a capital (a
// day's short form, a seating section, a row's doubled letter, Aves, Sts, To/From), and h, m, o,
// b, t of hr, mezz, orch, balc and to/from in lower case.
var r89First = firstBytes("123456789hmobt", firstCapitals)

// r89Lens and r89Second are, for each first byte, the lengths (bit n for n bytes) and the
// second byte (0 for any) of the tokens round89Token may read: a digit or a capital, one to seven
// bytes; hr and hrs (h, r); mezz, orch and balc (m e, o r, b a, four bytes); to/from (t o, seven).
var r89Lens, r89Second = func() (lens [256]uint8, second [256]byte) {
	for b := 0; b < 256; b++ {
		if b >= '1' && b <= '9' || b >= 'A' && b <= 'Z' {
			lens[b] = 0xfe
		}
	}
	lens['h'], second['h'] = 1<<2|1<<3, 'r'
	lens['m'], second['m'] = 1<<4, 'e'
	lens['o'], second['o'] = 1<<4, 'r'
	lens['b'], second['b'] = 1<<4, 'a'
	lens['t'], second['t'] = 1<<7, 'o'
	return
}()

// r89Shape reports a token round89Token may read (inlined where dispatch.go asks it after
// r89First; unguarded, it is not asked, so the guard tests check it), by two table lookups on its
// first byte: its length and second byte (r89Lens, r89Second). A lower-case word, by far the most
// common token, costs no call unless it is hr or hrs, four bytes opening me, or, ba, or seven
// opening to.
func r89Shape(c string) bool {
	b := c[0]
	return len(c) <= 7 && r89Lens[b]&(1<<len(c)) != 0 && (r89Second[b] == 0 || r89Second[b] == c[1])
}

// round89Token runs the round's readers; it returns the tokens used. A count goes to r89Count;
// any other token is matched whole against the round's words (a switch on the string, no map)
// before any look at a neighbour.
func (n *normalizer) round89Token(t *token) int {
	c := t.core
	if t.pre != "" || n.inPart != 0 {
		return 0
	}
	if b := c[0]; b >= '1' && b <= '9' {
		if n.may(shDigit) {
			return n.r89Count(t)
		}
		return 0
	}
	if len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] == c[0] {
		if n.r89RowLetters(t) {
			return 1
		}
		return 0
	}
	ok := false
	switch c {
	case "to/from", "To/From":
		// R14: "trains to/from Penn" to and from (it was to slash from).
		n.by("to and from")
		n.emit(t.raw, "to", "and", "from")
		return 1
	case "Aves", "Sts":
		ok = n.r89StreetPlural(t)
	case "Sat", "Sun":
		ok = n.r89WeekendDay(t) || n.r89DayHeading(t)
	case "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri":
		ok = n.r89DayHeading(t)
	case "Orch", "Mezz", "Balc", "orch", "mezz", "balc":
		ok = n.r89SeatSection(t)
	case "hr", "hrs", "Hr", "Hrs":
		ok = n.r89Hour(t)
	}
	if ok {
		return 1
	}
	return 0
}

// r89Count reads a count of digits (perhaps a range, perhaps with a unit glued on) by the token
// after it: a train's number after its name (R1), a measure after per before a serving (R3), a
// headway before a word of the week's times (R4), GA after a count of tickets (R6), pieces on a
// menu (R8). It returns the tokens used, or 0.
func (n *normalizer) r89Count(t *token) int {
	c := t.core
	if last := c[len(c)-1]; last == 'c' || last == 's' {
		return n.r89GluedPieces(t) // "6pc", "12pcs"
	}
	if t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.core == "" {
		return 0
	}
	switch nc := next.core; nc {
	case "GA":
		return n.r89GeneralAdmission(t, next)
	case "pc", "pcs":
		return n.r89SpacedPieces(t, next)
	case "min", "mins", "hr", "hrs":
		if k := n.r89Headway(t, next); k > 0 {
			return k
		}
	}
	if (len(c) == 3 || len(c) == 4) && next.core[0] >= 'a' && next.core[0] <= 'z' && allDigits(c) && n.r89TrainNumber(t) {
		return 1
	}
	return n.r89PerServing(t, next)
}

// r89TrainNames are the last words of named passenger trains' names (Amtrak's and others'),
// before the train's number: "Northeast Regional 171", "Lake Shore Limited 449".
var r89TrainNames = setOf(`regional limited cascades service express meteor star chief zephyr starlight builder eagle
crescent cardinal capitol flyer keystone downeaster adirondack vermonter carolinian piedmont palmetto hiawatha wolverine
saluki illini lincoln maple surfliner acela brightline corridor`)

// r89RailLines before a capitalized name make it a train's: "Amtrak Cascades 507".
var r89RailLines = setOf("amtrak via brightline metra")

// r89CountVerbs are verbs in -s after a train's number; another word in -s after it is a plural
// noun the number counts ("Regional 171 members").
var r89CountVerbs = setOf("leaves departs arrives runs is was has terminates originates stops makes operates")

// r89TrainNumber reads three or four digits after a named passenger train's name in pairs, as
// `Amtrak 2150` and `Train 2150` are (R1, held68 dev: "Amtrak Cascades 517 departs Seattle" five
// seventeen; it was a count where a verb in -s, departs, leaves, followed it): a capitalized name
// after Amtrak, VIA or Brightline, or a name's last word of r89TrainNames. A unit or a plural
// noun after the number leaves a count ("The Cascades 517 miles away", "Acme Limited 449
// shares", "Amtrak Keystone 650 workers"); a name's number before any other word was read in
// pairs already (nameNumber). It reports whether it read the token.
func (n *normalizer) r89TrainNumber(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || n.i < 2 || !isCapitalized(prev.core) || !isLetterWord(prev.core) {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		l := next.lower()
		if unitWordOK(next.core) || len(l) > 2 && l[len(l)-1] == 's' && isLetterWord(l) && !r89CountVerbs[l] {
			return false
		}
	}
	pp := n.peek(-2)
	line := pp != nil && pp.post == "" && r89RailLines[pp.lower()]
	if !line && !r89TrainNames[prev.lower()] {
		return false
	}
	n.by("train number")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return true
}

// r89Servings are what a measure after per sizes: a serving or its container.
var r89Servings = setOf("can cup glass serving portion slice scoop bowl pint pour shot bottle carton pouch")

// r89PerServing reads a measure after per before the serving or container it sizes as an
// adjective, its unit singular, as after each or a (R3, held68 dev: "8g of sugar per 12 oz can"
// twelve ounce can; it was ounces): spaced ("per 8 oz cup") or glued ("per 100g serving"). A
// measure at the clause's end or before of stays plural ("$4 per 12 oz", "per 100 g of flour").
// It returns the tokens used, or 0.
func (n *normalizer) r89PerServing(t *token, next *token) int {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.lower() != "per" {
		return 0
	}
	num, rest, ok := scanNumber(t.core)
	if !ok || num.neg || num.plus {
		return 0
	}
	sym, head, used := rest, next, 1
	if rest == "" {
		if t.post != "" {
			return 0
		}
		sym, head, used = next.core, n.peek(2), 2
		if head == nil {
			return 0
		}
	}
	if sym == "" || (used == 2 && next.post != "") || head.pre != "" || !r89Servings[head.core] {
		return 0
	}
	un, ok := unitWord(sym, used == 2)
	if !ok || strings.Contains(un.sing, " per ") {
		return 0
	}
	n.by("measure before a serving")
	n.emit(t.raw, appendNumber(nil, num)...)
	src := t.raw
	if used == 2 {
		src = next.raw
	}
	n.emit(src, strings.Fields(un.sing)...)
	return used
}

// r89WeekTimes are words of the week's times after a headway: they say when, not what the
// measure describes.
var r89WeekTimes = setOf(`weekdays weekends evenings nights mornings afternoons overnight saturdays sundays off-peak
peak daily nightly`)

// r89AdjTimes are week's times that also stand before a noun as adjectives: a headway only where
// nothing follows them in the phrase ("every 10 min peak, 20 min off-peak"). Added by the lead
// after the corpus comparison at landing found "the 20 min peak pace" read minutes.
var r89AdjTimes = setOf("peak off-peak daily nightly overnight")

// r89Headway reads a count or a range of minutes or hours before a word of the week's times
// with the unit's plural (R4, held68 dev: "Trains every 8–10 min weekdays" eight to ten minutes;
// it was minute, as before a noun it describes). "A 10 min weekday commute" stays singular. It
// returns the tokens used, or 0.
func (n *normalizer) r89Headway(t *token, unitTok *token) int {
	after := n.peek(2)
	if unitTok.post != "" || unitTok.pre != "" || after == nil || after.pre != "" || !r89WeekTimes[after.lower()] {
		return 0
	}
	if r89AdjTimes[after.lower()] && after.post == "" && n.peek(3) != nil {
		return 0 // "my 20 min peak pace", "a 30 min daily walk": the time describes the noun after it
	}
	lo, rest, ok := scanNumber(t.core)
	if !ok || lo.neg || lo.plus || lo.hasPoint {
		return 0
	}
	var hi number
	ranged := false
	if rest != "" {
		r := strings.TrimPrefix(strings.TrimPrefix(rest, "-"), "–")
		if r == rest {
			return 0
		}
		h, tail, ok := scanNumber(r)
		if !ok || tail != "" || h.neg || h.plus || h.hasPoint || r[0] < '0' || r[0] > '9' {
			return 0
		}
		hi, ranged = h, true
	}
	un, ok := unitWord(unitTok.core, true)
	if !ok {
		return 0
	}
	n.by("headway")
	n.emit(t.raw, appendNumber(nil, lo)...)
	plural := ranged
	if ranged {
		n.emit(t.raw, "to")
		n.emit(t.raw, appendNumber(nil, hi)...)
	} else if v, ok := lo.value(); !ok || v != 1 {
		plural = true
	}
	if plural {
		n.emit(unitTok.raw, strings.Fields(un.plural)...)
	} else {
		n.emit(unitTok.raw, strings.Fields(un.sing)...)
	}
	return 2
}

// r89TicketWords in a sentence make GA after a count general admission.
var r89TicketWords = setOf(`ticket tickets tix selling sell sold sale buy buying face vip floor pass passes wristband
wristbands admission presale resale spare spares dm show gig concert fest festival`)

// r89GeneralAdmission reads GA after a count in a sentence of tickets as general admission's
// letters (R6, held68 dev: "anyone selling 2 GA for Sat??" two g a; it was gigaamps, a unit no
// ticket is counted in); "The coil carried 2 GA of current" stays. It returns the tokens used,
// or 0.
func (n *normalizer) r89GeneralAdmission(t *token, next *token) int {
	if t.post != "" || next.pre != "" || !allDigits(t.core) || len(t.core) > 3 || !n.sentenceHas(r89TicketWords) {
		return 0
	}
	num, _, _ := scanNumber(t.core)
	n.by("general admission")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emitLetter(next.raw, "g")
	n.emitLetter(next.raw, "a")
	return 2
}

// r89FoodWords in a sentence make pc after a count pieces.
var r89FoodWords = setOf(`wings wing nugget nuggets tenders tender strips chicken fish shrimp dumplings dumpling
sushi roll rolls meal combo box bucket fries sides taco tacos gyoza bao wontons samosas menu`)

// r89Pieces reports pc or pcs after a count on a menu: a price after it, or a food's word in the
// sentence. The British press writes percent as pc ("Rates rose 5pc"), which stays.
func (n *normalizer) r89Pieces(after *token) bool {
	if after != nil && after.pre == "" && strings.HasPrefix(after.core, "$") {
		return true
	}
	return n.sentenceHas(r89FoodWords)
}

// r89GluedPieces reads a count with pc or pcs glued on, on a menu, as piece or pieces (R8:
// "6pc $9" six piece, "a 6pc nugget meal" six piece; they were percent). It returns the tokens
// used, or 0.
func (n *normalizer) r89GluedPieces(t *token) int {
	c := t.core
	plural := strings.HasSuffix(c, "pcs")
	digits := strings.TrimSuffix(strings.TrimSuffix(c, "s"), "pc")
	if !strings.HasSuffix(c, "pc") && !plural || digits == "" || len(digits) > 3 || !allDigits(digits) || !n.r89Pieces(n.peek(1)) {
		return 0
	}
	num, _, _ := scanNumber(digits)
	n.by("pieces")
	n.emit(t.raw, appendNumber(nil, num)...)
	if plural {
		n.emit(t.raw, "pieces")
	} else {
		n.emit(t.raw, "piece")
	}
	return 1
}

// r89SpacedPieces reads a count and pc or pcs after it on a menu as piece or pieces (R8:
// "Tenders 3 pc with fries" three piece; it was p c). It returns the tokens used, or 0.
func (n *normalizer) r89SpacedPieces(t *token, next *token) int {
	if t.post != "" || next.pre != "" || !allDigits(t.core) || len(t.core) > 3 || !n.r89Pieces(n.peek(2)) {
		return 0
	}
	num, _, _ := scanNumber(t.core)
	n.by("pieces")
	n.emit(t.raw, appendNumber(nil, num)...)
	if next.core == "pcs" {
		n.emit(next.raw, "pieces")
	} else {
		n.emit(next.raw, "piece")
	}
	return 2
}

// r89SatBefore and r89SunBefore are the words before Sat and Sun that make them days at a
// clause's end; "for Sun" and "from Sun" may be the company, so only Sat takes them.
var (
	r89SunBefore = setOf("on this next till til until by before after")
	r89SatBefore = setOf("on this next till til until by before after for from")
)

// r89WeekendDay reads Sat and Sun, capitalized, at a clause's end (or the sentence's) after a
// preposition of time or "see you" as the days, as Tue and Fri are (R7, held68 dev: "for Sat??"
// saturday; they were the words): "He worked for Sun until 2010", "The Sun said so" and "She
// Sat down" stay. It reports whether it read the token.
func (n *normalizer) r89WeekendDay(t *token) bool {
	if !(t.post != "" && strings.ContainsAny(t.post[:1], ",;:!?.") || n.isLast(0)) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	l := prev.lower()
	ok := t.core == "Sat" && r89SatBefore[l] || t.core == "Sun" && r89SunBefore[l]
	if !ok && l == "you" {
		pp := n.peek(-2)
		ok = pp != nil && pp.post == "" && pp.lower() == "see"
	}
	if !ok {
		return false
	}
	n.by("weekday")
	if t.core == "Sat" {
		n.emit(t.raw, "saturday")
	} else {
		n.emit(t.raw, "sunday")
	}
	return true
}

// r89DayHeading reads a weekday's short form heading a line-up's or a schedule's entry as the
// day (R11: "Fri — Vampire Weekend" friday, "Fri: doors 7" friday, "Mon – Thu: 11a–10p" monday;
// they were the short forms): before a dash and a capitalized word or a number, or with a colon
// after it before any word. "Sun — the star at the centre of our system" stays. It reports whether it
// read the token.
func (n *normalizer) r89DayHeading(t *token) bool {
	day, ok := weekdayShort[t.core]
	if !ok {
		return false
	}
	var head *token
	switch {
	case t.post == ":":
		head = n.peek(1)
	case t.post == "":
		d := n.peek(1)
		if d == nil || d.core != "—" && d.core != "–" && d.core != "-" {
			return false
		}
		head = n.peek(2)
	default:
		return false
	}
	if head == nil || head.pre != "" || head.core == "" || t.post == "" && !(isDigit(head.core[0]) || head.core[0] >= 'A' && head.core[0] <= 'Z') {
		return false
	}
	n.by("weekday")
	n.emit(t.raw, day)
	return true
}

// r89Sections are a theatre's clipped seating sections and their names.
var r89Sections = map[string]string{"Orch": "orchestra", "orch": "orchestra", "Mezz": "mezzanine", "mezz": "mezzanine",
	"Balc": "balcony", "balc": "balcony"}

// r89SeatWords in a sentence make a clipped section a theatre's.
var r89SeatWords = setOf("row rows seat seats section sec tickets ticket tix front rear center centre box")

// r89SeatSection reads a theatre's clipped seating section as its name in a sentence of seats
// or tickets (R9: "Orch L, Row P" orchestra, "the mezz seats" mezzanine; they were the clipped
// words). It reports whether it read the token.
func (n *normalizer) r89SeatSection(t *token) bool {
	name, ok := r89Sections[t.core]
	if !ok || !n.sentenceHas(r89SeatWords) {
		return false
	}
	n.by("seating section")
	n.emit(t.raw, name)
	return true
}

// r89HourBefore are the words before hr that make it the word hour.
var r89HourBefore = setOf("happy every each an the one half last next this per")

// r89Hour reads hr and hrs written as a word of time, after happy, every, each, an, the and
// the like, as hour and hours (R10: "Happy hr 3–6" happy hour; it was h r). HR in capitals
// stays human resources' letters. It reports whether it read the token.
func (n *normalizer) r89Hour(t *token) bool {
	c := t.core
	word := ""
	switch c {
	case "hr", "Hr":
		word = "hour"
	case "hrs", "Hrs":
		word = "hours"
	default:
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !r89HourBefore[prev.lower()] {
		return false
	}
	n.by("hour")
	n.emit(t.raw, word)
	return true
}

// r89RowLetters reads a doubled capital after Row, Rows or row, a seat map's row, as its
// letters, as Row AA is (R12: "Seats 12-14 in Row GG" row g g; it was good game, and Row XX
// twenty). gg in chat stays. It reports whether it read the token.
func (n *normalizer) r89RowLetters(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if l := prev.lower(); l != "row" && l != "rows" {
		return false
	}
	n.by("row letters")
	l := string(rune(t.core[0] - 'A' + 'a'))
	n.emitLetter(t.raw, l)
	n.emitLetter(t.raw, l)
	return true
}

// r89StreetPlural reads Aves and Sts after a street's name or an ordinal as avenues and streets
// (R13: "at 5th & 6th Aves" fifth and sixth avenues, "via Elm and Oak Sts." elm and oak streets;
// they were aves and s t s); a capitalized word opening the sentence is no street's name ("The
// Aves include all birds" and "the class Aves" stay). It reports whether it read the token.
func (n *normalizer) r89StreetPlural(t *token) bool {
	prev := n.peek(-1)
	after := prev != nil && prev.post == "" && prev.core != "" && (n.i > 1 && isCapitalized(prev.core) && isLetterWord(prev.core) || isDigit(prev.core[0]) && ordinalSuffix89(prev.core))
	if !after {
		return false
	}
	n.by("abbreviation")
	if t.core == "Aves" {
		n.emit(t.raw, "avenues")
	} else {
		n.emit(t.raw, "streets")
	}
	return true
}

// ordinalSuffix89 reports digits with an ordinal's suffix: "5th", "2nd", "21st".
func ordinalSuffix89(s string) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	switch s[i:] {
	case "st", "nd", "rd", "th":
		return i > 0
	}
	return false
}
