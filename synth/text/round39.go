package text

import "strings"

// Round thirty-nine: held35's dev miss and the classes its probes found in the set's registers
// (city council agendas and minutes, election results, court dockets and legal notices, DMV and
// tax agency pages, public transit service alerts, police blotters), each read as a class and
// tested on probe sentences written before the readers, readings39.tsv.

// round39Token runs round thirty-nine's readers on the token at n.i; it returns the tokens used.
// It switches on the token's first character and length before any reader.
func (n *normalizer) round39Token(t *token) int {
	c := t.core
	if len(c) < 2 || n.inPart != 0 {
		return 0
	}
	if len(c) <= 10 && n.may(shPunct|shWide) && n.r39Clipped(t) {
		return 1
	}
	switch c0 := c[0]; {
	case c == "No" || c == "NO":
		return oneIf(n.r39VoteNo(t))
	case c == "CUP":
		return oneIf(n.r39PermitInitials(t))
	case c0 >= 'A' && c0 <= 'Z' && len(c) >= 5 && len(c) <= 9 && c[len(c)-2] == '1' && c[len(c)-1] == '1':
		return oneIf(n.may(shDigit) && n.r39GluedN11(t))
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) == 4 {
			if k := n.r39LabelPairs(t); k > 0 {
				return k
			}
		}
		if (len(c) == 3 || len(c) == 4) && n.r39PlateDigits(t) {
			return 1
		}
		if k := n.r39NumberBeforeBlk(t); k > 0 {
			return k
		}
		if c0 == '1' && len(c) <= 5 && n.may(shHyphen) && n.r39TenCode(t) {
			return 1
		}
		if len(c) <= 5 && n.may(shSlash) && (n.r39EventDate(t) || n.r39DateListItem(t)) {
			return 1
		}
		return oneIf(len(c) <= 6 && n.may(shUpper) && n.r39FormLetters(t))
	case c0 == '.':
		return n.r39Caliber(t)
	case len(c) == 3 && c[1] == '/' && c0 >= 'A' && c0 <= 'Z':
		return oneIf(n.r39Direction(t) || n.r39Description(t))
	case len(c) == 3 && (c0 == 'b' || c0 == 'B'):
		return oneIf(n.r39Blk(t))
	case len(c) == 3 && (c0 == 'l' || c0 == 'L'):
		return oneIf(n.r39License(t))
	}
	return 0
}

// r39VehicleLabels are the transit vehicles whose four-digit fleet numbers are read in pairs, as
// after train or tram: "Bus 4417" forty four seventeen, "Streetcar 1021" ten twenty one; and a
// tax schedule's number, "Schedule 8812" eighty eight twelve, as a form's is.
var r39VehicleLabels = setOf("bus coach streetcar trolley railcar schedule")

// r39RailWords make a sentence one of trains, where a car is a railcar: "Car 1207 of the train".
var r39RailWords = setOf("train trains rail railway subway metro station platform yard depot coupled uncoupled")

// r39BillCodes are the state legislatures' prefixes of a bill's number, as written: "SB 1047"
// s b ten forty seven, "AB 2839", "HB 1523", "SF 2340", "HF 1200", "LD 1619", "LB 574".
var r39BillCodes = setOf("SB AB HB SF HF LD LB")

// r39Chambers name the house before "Bill" in "Senate Bill 1047", "House Bill 1234".
var r39Chambers = setOf("senate house assembly")

// r39VehicleVerbs are verbs in -s that follow a vehicle's or a bill's number, not plurals it
// counts: "Trolley 1410 returns to service", "Assembly Bill 1482 caps rent increases".
var r39VehicleVerbs = setOf(`returns resumes runs heads leaves departs arrives stops serves operates carries remains reopens
caps bans requires raises creates allows expands limits extends repeals amends sets`)

// r39PairLabel reports a label before a four-digit number that names what it numbers: a transit
// vehicle (bus, coach, streetcar, trolley, railcar; a car in a sentence of trains), a tax
// schedule, a bill (SB, AB, HB…, Senate, House or Assembly Bill), an ordinance or a resolution.
func (n *normalizer) r39PairLabel(prev *token) bool {
	if prev.post != "" {
		l := lowerASCIIWord(prev.core)
		return prev.post == "." && (l == "ord" || l == "res") && isCapitalized(prev.core) // "Ord. 1432", read ordinance by labelAbbrevs
	}
	if r39BillCodes[prev.core] {
		return true
	}
	switch l := lowerASCIIWord(prev.core); {
	case r39VehicleLabels[l]:
		return true
	case l == "bill":
		pp := n.peek(-2)
		return pp != nil && pp.post == "" && r39Chambers[lowerASCIIWord(pp.core)]
	case l == "car":
		return n.anyWordOf(r39RailWords)
	case l == "ordinance" || l == "resolution":
		return true
	}
	return false
}

// r39LabelPairs reads a four-digit number after a label of r39PairLabel in pairs, as a transit
// alert, a police blotter or a legislature's calendar is read aloud, as after train, tram or
// H.R. (it was a count: bus four thousand four hundred seventeen, s b one thousand forty seven).
// It returns the tokens used.
// A plural or a unit after the number makes it a count ("Bus 1500 drivers", "HB 1500 students",
// "car 1200 miles"), and 2000-2009 stay as read (a year more often than a fleet's number).
func (n *normalizer) r39LabelPairs(t *token) int {
	c := t.core
	if !allDigits(c) {
		return 0
	}
	if v := atoiSmall(c); v >= 2000 && v <= 2009 {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || !n.r39PairLabel(prev) {
		return 0
	}
	if t.post == "" && n.pluralAfter() && !r39VehicleVerbs[n.peek(1).core] {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, false); unit {
			return 0
		}
	}
	n.by("number of a label")
	n.emit(t.raw, appendPaired(nil, c)...)
	if next := n.peek(1); next != nil && t.post == "" && r39VehicleVerbs[next.core] {
		// The verb is read here, as written: after a number, "caps" would be capsules.
		n.emit(next.raw, next.core)
		return 2
	}
	return 1
}

// r39PoliceWords make a sentence a police report's, where "a 10-50" is a ten-code.
var r39PoliceWords = setOf("police officer officers deputy deputies unit units dispatch dispatched dispatcher trooper troopers sheriff patrol")

// r39CodeNext are the words that may follow a ten-code: a preposition or a conjunction, not a
// noun a range measures ("a 10-15 minute wait").
var r39CodeNext = setOf("at on in near involving with without and or from by to for after before")

// r39TenCode reads a police ten-code, 10- and one or two digits after a or the, in a sentence of
// police, units or dispatch, as officers and blotters say it: "responded to a 10-50" ten fifty
// (it was a range, ten to fifty). A range before a noun, a unit or a percent stays a range.
func (n *normalizer) r39TenCode(t *token) bool {
	tail, ok := strings.CutPrefix(t.core, "10-")
	if !ok || len(tail) == 0 || len(tail) > 2 || !allDigits(tail) || tail[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if l := lowerASCIIWord(prev.core); l != "a" && l != "the" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && !r39CodeNext[next.core] {
		return false
	}
	if !n.anyWordOf(r39PoliceWords) {
		return false
	}
	n.by("police ten-code")
	n.emit(t.raw, "ten")
	n.emit(t.raw, appendInteger(nil, tail)...)
	return true
}

// r39Directions are a direction of travel as a blotter or a traffic report abbreviates it.
var r39Directions = map[string]string{"N/B": "northbound", "S/B": "southbound", "E/B": "eastbound", "W/B": "westbound"}

// r39MoveWords are the words before a direction of travel: "fled E/B", "last seen N/B",
// "Traffic W/B".
var r39MoveWords = setOf("fled fleeing seen traveling travelling heading headed driving going running walking proceeding traffic lanes")

// r39RoadPrep are the words after a direction of travel before its road: "E/B on Main St.".
var r39RoadPrep = setOf("on in along toward towards onto")

// r39Direction reads N/B, S/B, E/B or W/B after a verb of moving or seen or a road ("I-405 N/B",
// "Route 9 S/B"), or before on, in or along, as northbound, southbound, eastbound or westbound
// (it was two letters).
func (n *normalizer) r39Direction(t *token) bool {
	w := r39Directions[t.core]
	if w == "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	moved := prev != nil && prev.post == "" && (r39MoveWords[lowerASCIIWord(prev.core)] || n.r39Road(prev))
	road := next != nil && t.post == "" && r39RoadPrep[next.core]
	if !moved && !road {
		return false
	}
	n.by("direction of travel")
	n.emit(t.raw, w)
	return true
}

// r39RouteWords name a road before its number: "Route 9 S/B".
var r39RouteWords = setOf("route rte rt highway hwy interstate sr us")

// r39Road reports a road's name or number as the token p: "I-405", "SR-99", "US-101", or a
// number after a word of roads ("Route 9").
func (n *normalizer) r39Road(p *token) bool {
	c := p.core
	for _, pre := range [...]string{"I-", "SR-", "US-"} {
		if d, ok := strings.CutPrefix(c, pre); ok {
			return d != "" && allDigits(d)
		}
	}
	if c == "" || !allDigits(c) {
		return false
	}
	for off := -1; off >= -4; off-- {
		q := n.peek(off)
		if q == nil {
			return false
		}
		if q == p {
			pp := n.peek(off - 1)
			return pp != nil && pp.post == "" && r39RouteWords[lowerASCIIWord(pp.core)]
		}
	}
	return false
}

// r39Races and r39Sexes are a police description's letters, "W/M" white male.
var (
	r39Races = map[byte]string{'W': "white", 'B': "black", 'H': "hispanic", 'A': "asian"}
	r39Sexes = map[byte]string{'M': "male", 'F': "female"}
)

// r39SuspectWords make a sentence a police description's.
var r39SuspectWords = setOf("suspect suspects wanted described arrested police officers deputies subject victim")

// r39Description reads a police description's race and sex, W/M, B/F, H/M, A/F, in a sentence of
// a suspect, wanted, described, arrested or police, as words: "a W/M in his 30s" a white male
// (it was w m). "W/m2" (a unit) is no such pair.
func (n *normalizer) r39Description(t *token) bool {
	race, sex := r39Races[t.core[0]], r39Sexes[t.core[2]]
	if race == "" || sex == "" || !n.anyWordOf(r39SuspectWords) {
		return false
	}
	n.by("police description")
	n.emit(t.raw, race, sex)
	return true
}

// r39Caliber reads a caliber written with its point before cal or caliber as the number: ".40
// cal" forty caliber, ".22 caliber" twenty two caliber, ".380" three eighty (it was point four
// zero calorie). It returns the tokens used.
func (n *normalizer) r39Caliber(t *token) int {
	d := t.core[1:]
	if len(d) < 2 || len(d) > 3 || !allDigits(d) || t.post != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	cal := strings.EqualFold(next.core, "cal")
	if !cal && !strings.EqualFold(next.core, "caliber") && !strings.EqualFold(next.core, "calibre") {
		return 0
	}
	n.by("caliber")
	if len(d) == 3 {
		n.emit(t.raw, appendPaired(nil, d)...)
	} else {
		n.emit(t.raw, appendInteger(nil, d)...)
	}
	if !cal {
		return 1 // the word is read as written
	}
	n.emit(next.raw, "caliber")
	return 2
}

// r39FormLetters reads a tax form's number with capitals glued after Form or Schedule: "Form
// 540NR" five forty n r, "Form 1040SR" ten forty s r, the number in pairs and the letters
// spelled, as "Form 1040-X" is read (it was five hundred forty).
func (n *normalizer) r39FormLetters(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	if k < 3 || k > 4 || len(c)-k > 2 || !isUpperWord(c[k:]) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if l := lowerASCIIWord(prev.core); l != "form" && l != "schedule" {
		return false
	}
	n.by("form number")
	n.emit(t.raw, appendPaired(nil, c[:k])...)
	for i := k; i < len(c); i++ {
		n.emitLetter(t.raw, strings.ToLower(c[i:i+1]))
	}
	return true
}

// r39NumberBeforeBlk reads a number before a blotter's blk and of as before block, "the 4500
// blk of Main St." forty five hundred (it was read with blk as a unit, four thousand five hundred
// blocks). It returns the tokens used.
func (n *normalizer) r39NumberBeforeBlk(t *token) int {
	next, of := n.peek(1), n.peek(2)
	if next == nil || of == nil || t.post != "" || next.post != "" || next.pre != "" || !strings.EqualFold(next.core, "blk") || of.core != "of" || !allDigits(t.core) {
		return 0
	}
	oc := next.core
	next.core = "block"
	k := n.token()
	next.core = oc
	return k
}

// r39Blk reads blk after a number and before of as block, a blotter's address: "the 300 blk of
// Oak St." the three hundred block of oak street.
func (n *normalizer) r39Blk(t *token) bool {
	if !strings.EqualFold(t.core, "blk") || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || !allDigits(prev.core) || next.core != "of" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "block")
	return true
}

// r39EventNouns are the events a council, a court or an election office dates: "the 11/19
// meeting".
var r39EventNouns = setOf("meeting hearing session election primary runoff deadline vote workshop forum")

// r39MonthDay returns the month and day of "11/19", a month of one or two digits and a day of
// one or two, or zeros.
func r39MonthDay(c string) (int, int) {
	a, b, ok := strings.Cut(c, "/")
	if !ok || a == "" || b == "" || len(a) > 2 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return 0, 0
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > 12 || y < 1 || y > 31 {
		return 0, 0
	}
	return x, y
}

// r39EmitDate emits a month and day as a date: november nineteenth.
func (n *normalizer) r39EmitDate(t *token, x, y int) {
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[x]}, y)...)
}

// r39EventDate reads a month and day between the and a noun of an event as a date: "the 11/19
// meeting" the november nineteenth meeting (it was eleven nineteen), "the 3/4 hearing". A pair
// with a reading of its own (`the 9/11 …`) and a pair before another noun (`the 3/4 majority`)
// stay as read.
func (n *normalizer) r39EventDate(t *token) bool {
	x, y := r39MonthDay(t.core)
	if x == 0 || t.post != "" || lexicalPairs[t.core] {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || lowerASCIIWord(prev.core) != "the" || !r39EventNouns[lowerASCIIWord(next.core)] {
		return false
	}
	n.r39EmitDate(t, x, y)
	return true
}

// r39DateListItem reads a month and day in a list whose first item follows a date word as a date,
// as the first is read: "due 4/15, 6/15, 9/15 and 1/15" april fifteenth, june fifteenth… (the
// later items were six fifteen, nine fifteen and one fifteenth). A list after another word
// ("Scores were 9/10, 8/10 and 7/10") stays as read.
func (n *normalizer) r39DateListItem(t *token) bool {
	x, y := r39MonthDay(t.core)
	if x == 0 || lexicalPairs[t.core] {
		return false
	}
	k := -1
	p := n.peek(k)
	if p == nil {
		return false
	}
	if p.post == "" && (p.core == "and" || p.core == "or") {
		k--
		if p = n.peek(k); p == nil || p.post != "" && p.post != "," {
			return false
		}
	} else if p.post != "," {
		return false
	}
	for steps := 0; steps < 8; steps++ {
		if a, _ := r39MonthDay(p.core); a == 0 {
			return false
		}
		q := n.peek(k - 1)
		if q == nil {
			return false
		}
		if q.post == "" && datePrev[lowerASCIIWord(q.core)] {
			n.r39EmitDate(t, x, y)
			return true
		}
		if q.post != "," {
			return false
		}
		k--
		p = q
	}
	return false
}

// r39License reads lic. with its period before a plate's or a licence's number as license: "CA
// lic. 7ABC123" c a license seven a b c one two three (it was lic).
func (n *normalizer) r39License(t *token) bool {
	if !strings.EqualFold(t.core, "lic") || !t.hasDot() {
		return false
	}
	next := n.peek(1)
	if next == nil || next.core == "" || !isDigit(next.core[0]) && next.core[0] != '#' {
		return false
	}
	n.readAbbrev(t, "license")
	return true
}

// r39ClippedWords are words clipped with an apostrophe in government and legal writing.
var r39ClippedWords = map[string]string{"gov't": "government", "dep't": "department", "nat'l": "national",
	"int'l": "international", "ass'n": "association", "att'y": "attorney", "att'ys": "attorneys", "sec'y": "secretary"}

// r39Clipped reads a word clipped with an apostrophe as the word: "Gov't Code" government code,
// "Nat'l Guard", "Ass'n", "Att'y" (they were read as written, gov't); a contraction is no such
// word.
func (n *normalizer) r39Clipped(t *token) bool {
	c := t.core
	if strings.IndexByte(c, '\'') < 0 {
		if !strings.Contains(c, "’") {
			return false
		}
		c = strings.ReplaceAll(c, "’", "'")
	}
	w := r39ClippedWords[strings.ToLower(c)]
	if w == "" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, w)
	return true
}

// r39VoteNo reads No before a count in a sentence whose Yes came before it with a count, as a
// ballot measure's results give them: "Yes 1,204,557 (58.2%), No 865,010" no (it was number);
// "No 5 was retired" stays number five.
func (n *normalizer) r39VoteNo(t *token) bool {
	next := n.peek(1)
	if next == nil || next.core == "" || !isDigit(next.core[0]) || t.post != "" && t.post != ":" {
		return false
	}
	for off := -1; off >= -16; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if strings.EqualFold(p.core, "yes") {
			if q := n.peek(off + 1); q != nil && q.core != "" && isDigit(q.core[0]) {
				n.by("vote")
				n.emit(t.raw, "no")
				return true
			}
			return false
		}
	}
	return false
}

// r39PermitInitials reads CUP in capitals before a case number, a conditional use permit on a
// planning agenda, spelled: "CUP 23-014" c u p (it was cup); "FIFA CUP 2026" stays a word.
func (n *normalizer) r39PermitInitials(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.core == "" || !isDigit(next.core[0]) || !strings.Contains(next.core, "-") {
		return false
	}
	n.by("acronym")
	for _, l := range [...]string{"c", "u", "p"} {
		n.emitLetter(t.raw, l)
	}
	return true
}

// r39PlateWords name a licence plate before its letters and digits.
var r39PlateWords = setOf("plate plates tag tags")

// r39PlateDigits reads a plate's digits after its letters one by one, as a plate written in one
// piece is ("plate 8ABC123"): "Ohio plate JKT 4472" j k t four four seven two (it was four
// thousand four hundred seventy two). The letters, two or three capitals, follow plate or tag,
// perhaps through number, no or is ("The plate number is LMN 4407").
func (n *normalizer) r39PlateDigits(t *token) bool {
	if !allDigits(t.core) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 2 || len(prev.core) > 3 || !isUpperWord(prev.core) {
		return false
	}
	for off := -2; off >= -4; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" {
			return false
		}
		l := lowerASCIIWord(p.core)
		if r39PlateWords[l] {
			n.by("code digits")
			n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
			return true
		}
		if l != "number" && l != "no" && l != "is" {
			return false
		}
	}
	return false
}

// r39GluedN11 reads an N11 code glued after a keyword in capitals, as a tip line's or a road
// line's texting keyword is written, digit by digit as N11 codes are said: "TIP411" tip four
// one one, "GO511" g o five one one (it was four eleven); the keyword is read as alnum reads it.
func (n *normalizer) r39GluedN11(t *token) bool {
	c := t.core
	k := len(c) - 3
	if c[k] < '2' || c[k] > '9' || !isUpperWord(c[:k]) || k < 2 || k > 6 {
		return false
	}
	n.by("letters and digits")
	if w := c[:k]; n.productWord(w) {
		n.emit(t.raw, strings.ToLower(w))
	} else {
		n.letters(t.raw, w)
	}
	n.emit(t.raw, appendDigitNames(nil, c[k:], false)...)
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
