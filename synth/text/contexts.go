package text

import "strings"

// This file holds readers that decide by context: digit strings that are not quantities
// (military time, codes, labels read in pairs), eras and time zones, win–loss records, odds
// and ratings, and signs.

// militaryTime reads a four-digit time of day in the 24-hour style: "0600 hours" oh six
// hundred hours, "1430 hours" fourteen thirty hours, "at 0900" oh nine hundred. It needs
// "hours" after the number, or a leading zero after a time preposition.
func (n *normalizer) militaryTime(num number) bool {
	d := num.intPart
	if len(d) != 4 || num.hasPoint || num.commas || num.neg || num.plus || !allDigits(d) {
		return false
	}
	hh, mm := atoiSmall(d[:2]), atoiSmall(d[2:])
	if hh > 23 || mm > 59 {
		return false
	}
	cur := n.peek(0)
	ok := false
	if next := n.peek(1); next != nil && cur.post == "" {
		switch next.lower() {
		case "hours", "hrs", "hour":
			ok = true
		}
		if z := next.core; len(z) >= 3 && (timeZones[z] || zoneNames[z] != "") && isUpperWord(z) {
			ok = true // "0100 GMT", "2200 UTC": a time before its zone
		}
	}
	if !ok && hh >= 13 && d[0] != '0' {
		// "at 1500": an afternoon time, read as such when nothing after makes it a quantity.
		prev, next := n.peek(-1), n.peek(1)
		if prev != nil && prev.post == "" && strings.EqualFold(prev.core, "at") && (next == nil || cur.post != "" || !n.quantityNoun(next)) {
			ok = true
		}
	}
	if prev := n.peek(-1); !ok && prev != nil && (prev.post == "" || prev.post == ":") && timetableWords[prev.lower()] {
		ok = true // "ETD 0745, ETA 1130": a timetable's times
	}
	if !ok && d[0] == '0' {
		if prev := n.peek(-1); prev != nil && prev.post == "" {
			switch prev.lower() {
			case "at", "by", "until", "till", "from", "before", "after", "since", "around", "to":
				ok = true
			}
		}
	}
	if !ok {
		return false
	}
	n.by("military time")
	n.emit(cur.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// appendMilitary reads a 24-hour time as the military say it: 0600 oh six hundred, 1430
// fourteen thirty, 0005 zero oh five.
func appendMilitary(w []string, hh, mm int) []string {
	switch {
	case hh == 0:
		w = append(w, "zero")
	case hh < 10:
		w = append(w, "oh", onesWords[hh])
	default:
		w = appendUnder100(w, hh)
	}
	switch {
	case mm == 0:
		w = append(w, "hundred")
	case mm < 10:
		w = append(w, "oh", onesWords[mm])
	default:
		w = appendUnder100(w, mm)
	}
	return w
}

// pairedLabel4 are nouns whose four-digit labels are read in pairs too: "Suite 1507" fifteen
// oh seven, "Flight 2317" twenty three seventeen, "room 1214"; the second list (round
// eighteen) are the places of pairedLabel numbered within a building or a port, "Locker 1207"
// twelve oh seven, "booth 1450" fourteen fifty (not office, lab or studio, whose four digits
// are often a product's year: "Office 2007").
var pairedLabel4 = setOf("room suite flight apartment apt gate unit box train tram ferry shuttle cabin port " +
	"locker berth stall booth pier dock hangar ward classroom")

// modelMakers name products whose numbers are read in pairs whatever follows: "Boeing 787"
// seven eighty seven, "RTX 4090" forty ninety.
var modelMakers = setOf("boeing airbus embraer bombardier cessna rtx gtx rx gt intel amtrak deere jd farmall kubota kinze fendt claas ferguson versatile steiger")

// apposition reports a label set off by commas before the current number: "her room, 1712,
// overlooks the bay" reads 1712 as room 1712 does.
func (n *normalizer) apposition(label *token) bool {
	cur := n.peek(0)
	return label.post == "," && (pairedLabel4[label.lower()] || pairedLabel[label.lower()]) &&
		(strings.HasPrefix(cur.post, ",") || n.isLast(0))
}

// pairedName reports a three- or four-digit number read in pairs as part of a name.
func (n *normalizer) pairedName(num number) bool {
	if num.hasPoint || num.commas || num.neg || num.plus || num.intPart[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && !n.apposition(prev) {
		return false
	}
	l := prev.lower()
	if (l == "is" || l == "was" || l == "number") && len(num.intPart) == 4 {
		// "her room is 1214", "suite number 1507", "the suite number is 1507".
		for off := -2; off >= -3; off-- {
			pp := n.peek(off)
			if pp == nil || pp.post != "" {
				break
			}
			pl := pp.lower()
			if pairedLabel4[pl] {
				return true
			}
			if pl != "number" && pl != "is" && pl != "was" {
				break
			}
		}
	}
	// An airline code after "flight": "Flight DL 1234" d l twelve thirty four, "Flight UA 857"
	// u a eight fifty seven, and a three-letter (ICAO) code: "Flight EZY 8413".
	if pp := n.peek(-2); (len(prev.core) == 2 || len(prev.core) == 3) && isUpperWord(prev.core) && pp != nil && (pp.post == "" || pp.post == ",") && strings.EqualFold(pp.core, "flight") {
		return true
	}
	switch len(num.intPart) {
	case 3:
		return modelMakers[l]
	case 4:
		return modelMakers[l] || pairedLabel4[l] || n.lead84Name(num, prev)
	}
	return false
}

// codeWords are nouns after which a number is an identifier read digit by digit (with "is",
// "number", "#" or "no." between): "order number is 4471902", "invoice 20931".
var codeWords = setOf(`order invoice reference ref ticket confirmation serial badge member customer employee
policy claim case booking reservation transaction receipt voucher coupon promo tracking account acct
card pin passcode password zip postcode code id extension ext routing isbn ssn po sku rx patient
otp cvv cvc vin imei plate mls incident docket permit imo mmsi pnr upc ean gtin`)

// yearable are code words that may also stand before a year.
var yearable = setOf("policy case claim booking reservation transaction member customer employee badge receipt voucher coupon promo ending ends")

// statusWords are nouns after which a three-digit number is a status code read in pairs:
// "error 404" four oh four, "code 500" five hundred.
var statusWords = setOf("error code status")

// statusNext are nouns before which a number from 400 to 599 is a status code read in pairs:
// "a 502 error" five oh two, "the 404 page" (before a plural it is a count: "450 errors").
var statusNext = setOf("error page response status code")

// codeDigits reads an identifier digit by digit, or a status code in pairs. It reports
// whether it did.
func (n *normalizer) codeDigits(t *token, num number) bool {
	d := num.intPart
	if num.hasPoint || num.commas || num.neg || len(d) < 3 {
		return false
	}
	word := n.codeWordBefore()
	if p := n.peek(-1); word == "" && p != nil && p.post == "" && (strings.EqualFold(p.core, "text") || strings.EqualFold(p.core, "txt")) && len(d) >= 4 && len(d) <= 6 {
		word = "text" // "Text 741741 for support"
	}
	if word == "" {
		// Short codes: "Text STOP to 86753", "reply to 72345".
		if p := n.peek(-1); p != nil && strings.EqualFold(p.core, "to") && len(d) >= 4 && len(d) <= 6 {
			for off := -2; off >= -4; off-- {
				if q := n.peek(off); q != nil && (strings.EqualFold(q.core, "text") || strings.EqualFold(q.core, "txt") || q.core == "SMS" || strings.EqualFold(q.core, "reply") || strings.EqualFold(q.core, "texting")) {
					word = "text"
					break
				}
			}
		}
	}
	if word == "" {
		return false
	}
	if v := atoiSmall(d); len(d) == 4 && v >= 1900 && v <= 2099 && yearable[word] {
		return false // "the policy 2025 update", "fiscal year ending in 2024"
	}
	if statusWords[word] && len(d) == 3 && d[0] != '0' {
		n.by("status code")
		n.emit(t.raw, appendPaired(nil, d)...)
		return true
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, d, false)...)
	return true
}

// codeWordBefore returns the code word (lower case) that the current token identifies, looking
// back through "is", "number", "#" and the like ("order number is"), or "".
func (n *normalizer) codeWordBefore() string {
	word := ""
	for off := -1; off >= -4; off-- {
		p := n.peek(off)
		if p == nil || off < -1 && p.post != "" && p.post != ":" && p.post != "." && !(p.post == "," && numberMark(n.peek(off+1))) {
			break // "order, No. 55102" reads on through the comma before the number mark
		}
		l := p.lower()
		if codeWords[l] || statusWords[l] {
			word = l
			break
		}
		if off < -1 && codeHeads[l] && numberWord(n.peek(off+1)) {
			word = l // "Part no. 0451-2234", "Model number 4471-2290"
			break
		}
		if off < -1 && len(p.core) >= 2 && len(p.core) <= 5 && isUpperWord(p.core) && numberWord(n.peek(off+1)) {
			word = l // "Your NHS number is 943 476 5919", "NHS No: 485 777 3456": an acronym's number is an identifier
			break
		}
		if off < -1 {
			if w := n.r40CodeForName(off); w != "" {
				word = w // "Your verification code for FreshCart is 482913" (round forty)
				break
			}
		}
		if l == "is" || l == "was" || l == "number" || l == "no" || l == "#" || l == "num" || l == "nr" ||
			l == "in" && off == -1 || l == "ending" || l == "ends" {
			if l == "ending" || l == "ends" {
				word = l
				break
			}
			continue
		}
		break
	}
	return word
}

// starCode reads a phone service code: "*67" star six seven, "*611".
func (n *normalizer) starCode(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 4 || !strings.HasSuffix(t.pre, "*") || !allDigits(c) || n.emphasisCloses(t, strings.Count(t.pre, "*")) {
		return false // "*40*": Markdown emphasis around a number (round 38)
	}
	n.by("code digits")
	n.emit(t.raw, "star")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// codeIdentifier reads letters, a hyphen and digits after a code word as an identifier, letter
// by letter and digit by digit: "Order ABC-12345" a b c one two three four five; elsewhere one
// or two letters and three or four digits are a model name, the number in pairs: "F-150" f one
// fifty (two digits read as a number already: "B-52").
func (n *normalizer) codeIdentifier(t *token) bool {
	a, d, ok := strings.Cut(t.core, "-")
	groups := strings.ReplaceAll(d, "-", "")
	if !ok || len(a) == 0 || len(a) > 4 || len(groups) < 3 || len(d) > 16 || !isUpperWord(a) || !isLetterWord(a) || !allDigits(groups) ||
		strings.HasSuffix(d, "-") || strings.Contains(d, "--") {
		return false
	}
	if groups != d {
		// Several groups ("INV-2024-0042") only after a code word.
		if !n.afterCodeWord() {
			return false
		}
		d = groups
	}
	prev := n.peek(-1)
	if prev != nil && numberMark(prev) && prev.post == "" {
		prev = n.peek(-2)
	}
	if prev == nil || !codeWords[prev.lower()] || prev.post != "" && !numberMark(n.peek(-1)) && !codeAbbrevDot(prev) {
		if len(a) <= 2 && len(d) <= 4 && d[0] != '0' {
			// A model name: "F-150" f one fifty, "MD-11".
			n.by("model name")
			for k := 0; k < len(a); k++ {
				n.emitLetter(t.raw, strings.ToLower(a[k:k+1]))
			}
			n.emit(t.raw, appendPaired(nil, d)...)
			return true
		}
		return false
	}
	n.by("code digits")
	for k := 0; k < len(a); k++ {
		n.emitLetter(t.raw, strings.ToLower(a[k:k+1]))
	}
	n.emit(t.raw, appendDigitNames(nil, d, false)...)
	return true
}

// airTime reads a television listing's time: "8/7c" eight seven central (8 Eastern and
// Pacific, 7 Central).
func (n *normalizer) airTime(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || !strings.HasSuffix(b, "c") || len(a) == 0 || len(a) > 2 || len(b) < 2 || len(b) > 3 || !allDigits(a) || !allDigits(b[:len(b)-1]) {
		return false
	}
	n.by("time")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, appendInteger(nil, b[:len(b)-1])...)
	n.emit(t.raw, "central")
	return true
}

// battingWords name a batting average or what it is of, before or after ".300".
var battingWords = setOf("batted bats batting hit hits hitting average averaged hitter hitters career season")

// averageWords reads an average's three digits as the game says them: 336 three thirty six,
// 050 fifty, 300 three hundred.
func averageWords(d string) []string {
	if d[0] == '0' {
		return appendInteger(nil, d)
	}
	return appendPaired(nil, d)
}

// battingAverage reads a baseball average written with a leading point as a number in pairs:
// "batted .300" three hundred, "a .275 hitter" two seventy five.
func (n *normalizer) battingAverage(t *token) bool {
	c := t.core
	if len(c) != 4 || c[0] != '.' || !allDigits(c[1:]) || t.pre != "" && t.pre != "(" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if !(prev != nil && battingWords[prev.lower()] || next != nil && t.post == "" && battingWords[next.lower()]) {
		return false
	}
	n.by("batting average")
	n.emit(t.raw, averageWords(c[1:])...) // .050 fifty
	return true
}

// numberMark reports a token that says "number": No., no, number, #, nr, num.
func numberMark(t *token) bool {
	if t == nil {
		return false
	}
	switch t.lower() {
	case "no", "number", "#", "nr", "num":
		return true
	}
	return false
}

// eraWord reports an era abbreviation token: BC, BCE, AD, CE (also with periods).
func eraWord(t *token) bool {
	if t == nil {
		return false
	}
	switch t.core {
	case "BC", "BCE", "AD", "CE", "B.C", "A.D", "B.C.E", "C.E":
		return true
	}
	return false
}

// era reads a year next to an era: "753 BC" seven fifty three b c, "AD 79", "2560 BC" twenty
// five sixty b c, "44 BCE".
func (n *normalizer) era(t *token, num number) bool {
	if num.hasPoint || num.neg || num.plus || len(num.intPart) > 4 || num.intPart[0] == '0' {
		return false
	}
	next, prev := n.peek(1), n.peek(-1)
	after := next != nil && t.post == "" && (eraWord(next) || eraDash75(next.core) != "") && next.pre == "" // eraDash75: "206 BCE-220 CE" (the lead's round seventy-five)
	if !after && next != nil && t.post == "" {
		// The first year of a span: "from 384 to 322 BC".
		switch next.lower() {
		case "to", "and", "through", "until", "till":
			if y, e := n.peek(2), n.peek(3); y != nil && e != nil && next.post == "" && y.post == "" && allDigits(y.core) && eraWord(e) {
				after = true
			}
		}
	}
	before := prev != nil && prev.post == "" && (prev.core == "AD" || prev.core == "A.D" || eraDash75(prev.core) == "AD") // "27 BC–AD 476" (the lead's round seventy-five)
	if !after && !before {
		return false
	}
	n.by("era year")
	v, _ := num.value()
	switch {
	case num.commas:
		n.emit(t.raw, appendIntegerValue(nil, num.intPart)...)
	case len(num.intPart) == 3:
		n.emit(t.raw, appendPaired(nil, num.intPart)...)
	default:
		n.emit(t.raw, appendYear(nil, v)...)
	}
	return true
}

// zoneNames are zone abbreviations read out after a time; UTC and GMT are spelled, as said.
var zoneNames = map[string]string{
	"ET": "eastern time", "CT": "central time", "MT": "mountain time", "PT": "pacific time",
	"EST": "eastern standard time", "EDT": "eastern daylight time", "CST": "central standard time",
	"CDT": "central daylight time", "MST": "mountain standard time", "MDT": "mountain daylight time",
	"PST": "pacific standard time", "PDT": "pacific daylight time", "AKST": "alaska standard time",
	"AKDT": "alaska daylight time", "HST": "hawaii standard time", "AST": "atlantic standard time",
	"ADT": "atlantic daylight time", "BST": "british summer time", "CET": "central european time",
	"CEST": "central european summer time", "EET": "eastern european time",
	"EEST": "eastern european summer time", "WET": "western european time", "JST": "japan standard time",
	"KST": "korea standard time", "AEST": "australian eastern standard time",
	"AEDT": "australian eastern daylight time", "NZST": "new zealand standard time",
	"NZDT": "new zealand daylight time", "ACST": "australian central standard time",
	"ACDT": "australian central daylight time", "AWST": "australian western standard time",
	"IST": "indian standard time", "PKT": "pakistan standard time", "SGT": "singapore time",
	"HKT": "hong kong time", "MSK": "moscow time", "SAST": "south africa standard time",
	"NST": "newfoundland standard time", "NDT": "newfoundland daylight time", "BRT": "brasilia time",
	"AoE": "anywhere on earth", "AOE": "anywhere on earth",
	// the grid operators' prevailing time (standard or daylight, as the season has it), as PJM,
	// MISO, ERCOT and CAISO write it after a time (round sixty-nine)
	"EPT": "eastern prevailing time", "CPT": "central prevailing time", "MPT": "mountain prevailing time",
	"PPT": "pacific prevailing time",
}

// timeLike reports a token that ends a time of day: "3", "p.m.", "9:30", "8pm", "noon".
func timeLike(t *token) bool {
	if t == nil {
		return false
	}
	c := t.lower()
	switch c {
	case "noon", "midnight", "am", "pm", "a.m", "p.m":
		return true
	}
	if meridiemTail(c) || hourLetter53(c) {
		return true
	}
	if i := strings.IndexByte(c, ':'); i > 0 && i < len(c)-1 && allDigits(c[:i]) && allDigits(c[i+1:]) {
		return true
	}
	// A span of two clock times (after the held17 unseen measurement): "9:00–17:00 CEST".
	if a, b, ok := strings.Cut(strings.Replace(c, "–", "-", 1), "-"); ok && clockHHMM(a) && clockHHMM(b) {
		return true
	}
	// A range of hours: "9-5 EST", "10-11 ET", "9–6 ET" with an en dash.
	if a, b, ok := strings.Cut(strings.Replace(c, "–", "-", 1), "-"); ok && len(a) >= 1 && len(a) <= 2 && len(b) >= 1 && len(b) <= 2 && allDigits(a) && allDigits(b) &&
		atoiSmall(a) >= 1 && atoiSmall(a) <= 12 && atoiSmall(b) >= 1 && atoiSmall(b) <= 12 {
		return true
	}
	return false
}

// timeZone reads a zone abbreviation after a time: "3 p.m. ET" three p m eastern time, "8
// p.m. ET/PT" eight p m eastern and pacific time (the same clock time in both).
func (n *normalizer) timeZone(t *token) bool {
	z, ok := zoneNames[t.core]
	if a, b, two := strings.Cut(t.core, "/"); !ok && two {
		za, okA := zoneNames[a]
		zb, okB := zoneNames[b]
		ra, ta := strings.CutSuffix(za, " time")
		rb, tb := strings.CutSuffix(zb, " time")
		if !okA || !okB || !ta || !tb {
			return false
		}
		z, ok = ra+" and "+rb+" time", true
	}
	if !ok {
		return false
	}
	prev := n.peek(-1)
	if !timeLike(prev) && !n.timeBefore() {
		return false
	}
	n.by("time zone")
	n.emit(t.raw, strings.Fields(z)...)
	return true
}

// recordPrev are words before "11-5" that make it a win–loss record ("went 11-5").
var recordPrev = setOf("went go goes going improved improve improves moved moves")

// recordNext are words after a record.
var recordNext = setOf("record mark start season campaign run")

// pronounBe are a person or a side with a contracted "are" or "is" before a record, as a team's
// name and "are" are: "They're 10-2 at home", "she's 12-1 this year" (not "it's 4-4", a score).
var pronounBe = setOf("they're we're you're he's she's")

// beVerbs before a record: "they are 6-2 at home" (not "the score is 3-2").
var beVerbs = setOf("are is were was")

// scoreWords make "3-2" a score even after "is": "the score is 3-2", "a 2-1 lead".
var scoreWords = setOf("score scored scores final result lead led leads win won beat beats lost loses lose defeat defeated victory " +
	"vote votes voted ruling tally") // the second list: round eighteen ("the vote went 5-4")

// seasonAdjectives stand between a determiner and the season before a record: "the regular season 9-1".
var seasonAdjectives = setOf("regular whole entire full previous past")

// isRecord reports a win–loss record in the current token's range "lo-hi".
func (n *normalizer) isRecord() bool {
	prev, next := n.peek(-1), n.peek(1)
	for off := -1; off >= -4; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		if strings.ContainsAny(p.post, ",;") {
			break // a score word in a clause before is not this pair's: "With the win, the Hawks (9-4)" (round 38)
		}
		if scoreWords[p.lower()] {
			return false
		}
	}
	if next != nil && n.peek(0).post == "" && recordNext[next.lower()] {
		return true
	}
	if cur := n.peek(0); strings.HasSuffix(cur.pre, "(") && strings.HasPrefix(cur.post, ")") && prev != nil && prev.post == "" && n.i > 1 &&
		isCapitalized(prev.core) && isLetterWord(prev.core) && strings.HasSuffix(prev.core, "s") && !strings.HasSuffix(prev.core, "ss") {
		return true // a team's record after its name: "the Dodgers (98-64)"
	}
	if cur := n.peek(0); strings.HasSuffix(cur.pre, "(") && strings.HasPrefix(cur.post, ")") && prev != nil && prev.post == "" &&
		isCapitalized(prev.core) && teamsWithoutS52[strings.ToLower(prev.core)] {
		return true // round fifty-two: a name not ending in s, "the Thunder (50-22)"
	}
	if cur := n.peek(0); strings.HasSuffix(cur.pre, "(") && strings.HasPrefix(cur.post, ")") && prev != nil && prev.post == "" &&
		isCapitalized(prev.core) && isLetterWord(prev.core) && n.fixtureRecords() {
		return true // "Miami (12-5) hosts Buffalo (11-6)": records of the two sides of a fixture
	}
	if prev != nil && prev.post == "" && recordNext[prev.lower()] {
		// "finished the season 10-6", "opened the campaign 3-0".
		if pp := n.peek(-2); pp != nil && pp.post == "" && (determiners[pp.lower()] || strings.EqualFold(pp.core, "last")) {
			return true
		}
		// "finished the regular season 9-1": an adjective of the season between them (the
		// lead's round thirty-seven).
		if pp, ppp := n.peek(-2), n.peek(-3); pp != nil && ppp != nil && pp.post == "" && ppp.post == "" && seasonAdjectives[pp.lower()] && determiners[ppp.lower()] {
			return true
		}
	}
	if prev == nil || prev.post != "" || next != nil && n.peek(0).post == "" && n.quantityNoun(next) {
		return false // "dropped 5-10 degrees": a range
	}
	l := prev.lower()
	if recordPrev[l] || n.recordListed(l) {
		return true
	}
	if k := n.recordMove(l); k != 0 {
		return k > 0
	}
	for off := -2; off >= -4; off-- {
		// "their record fell to 3-9", "a record of 10-6".
		if p := n.peek(off); p != nil && (strings.EqualFold(p.core, "record") || strings.EqualFold(p.core, "records")) {
			return true
		}
	}
	if l == "at" {
		if pp := n.peek(-2); pp != nil {
			switch pp.lower() {
			case "stands", "stand", "stood", "sits", "sit", "sat", "record":
				return true
			}
		}
	}
	be, team := beVerbs[l], pronounBe[strings.ReplaceAll(l, "’", "'")]
	if recordAdverbs[l] {
		pp := n.peek(-2)
		be = pp != nil && pp.post == "" && beVerbs[pp.lower()]
	}
	return (be && n.teamBefore() || team) && (next == nil || n.peek(0).post != "" || n.recordFollows() || n.toStart() || next.lower() == "at" || next.lower() == "on" || next.lower() == "in" || next.lower() == "this" || next.lower() == "overall" || next.lower() == "against" || next.lower() == "since" || recordAfter[next.lower()])
}

// appendRecord appends a win–loss record's sides with "and" before the last: ("8", "2") eight
// and two, ("4", "0", "1") four oh and one.
func appendRecord(dst []string, sides ...string) []string {
	for k, side := range sides {
		if k == len(sides)-1 && k > 0 {
			dst = append(dst, "and")
		}
		dst = appendRecordSide(dst, side)
	}
	return dst
}

// appendRecordSide reads one side of a record: "0" is "oh" ("eight and oh").
func appendRecordSide(dst []string, d string) []string {
	if d == "0" {
		return append(dst, "oh")
	}
	return appendInteger(dst, d)
}

// oddsWords near a/b make it betting odds: "a 3/1 favourite" three to one.
var oddsWords = setOf("odds favourite favorite favourites favorites shot outsider bet price underdog chance backed bookmakers bookies bookmaker punters wager priced tipped longshot winner winners")

// ratingWords before a/b make it a rating: "rated 9/10" nine out of ten.
var ratingWords = setOf(`rated rate rates rating ratings gave give gives giving scored score scores scoring got gets
get earned earns awarded award review reviews verdict stars`)

// slashReading reads "a/b" as odds ("x to y") or a rating ("x out of y") by context; it
// reports whether it did.
func (n *normalizer) slashReading(src, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	near := func(set map[string]bool, back, ahead int) bool {
		for off := -back; off <= ahead; off++ {
			if off == 0 {
				continue
			}
			if p := n.peek(off); p != nil && set[p.lower()] {
				return true
			}
		}
		return false
	}
	switch {
	case x == y && (y == 5 || y == 10 || y == 100) || x < y && (y == 5 || y == 10 || y == 100) && near(ratingWords, 5, 0),
		x > 1 && x < y && (y == 10 || y == 100) && n.countedAfter(),
		x > 1 && x < y && y <= 99 && !n.ofLabel() && !n.datePrepBefore() && !near(oddsWords, 4, 3) && n.countedNext():
		// "rated 9/10", "10/10", "9/10 doctors": out of. Round twenty-five: any whole up to 99
		// before a plural noun, not near a word of odds ("6/8 glasses", "4/6 sets"; were
		// fractions; "4/9 favourites" stays odds).
		n.by("rating")
		n.emit(src, appendInteger(nil, a)...)
		n.emit(src, "out", "of")
		n.emit(src, appendInteger(nil, b)...)
		return true
	case x >= 1 && x <= y && y <= 999 && n.ofLabel():
		// "Slide 3/12" slide three of twelve, "page 4/10".
		n.by("position")
		n.emit(src, appendInteger(nil, a)...)
		n.emit(src, "of")
		n.emit(src, appendInteger(nil, b)...)
		return true
	case len(a) == 4 && len(b) == 2 && x >= 1900 && x <= 2099 && (x+1)%100 == y:
		// A season or fiscal year: "the 2024/25 budget" twenty twenty four twenty five.
		n.by("year range")
		n.emit(src, appendYear(nil, x)...)
		n.emit(src, yearTwo(nil, y)...)
		return true
	case x > y && (y == 1 && x > 12 || y <= 30 && near(oddsWords, 3, 2)) || x != y && x >= 1 && y >= 1 && (n.oddsAfter() || y <= 30 && n.oddsNounNext()):
		n.by("odds")
		n.emit(src, appendInteger(nil, a)...)
		n.emit(src, "to")
		n.emit(src, appendInteger(nil, b)...)
		return true
	}
	return false
}

// usStates are postal codes read as state names between "City," and a ZIP code.
var usStates = map[string]string{
	"AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
	"CO": "colorado", "CT": "connecticut", "DE": "delaware", "FL": "florida", "GA": "georgia",
	"HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
	"KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
	"MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
	"NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico",
	"NY": "new york", "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
	"OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina",
	"SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
	"VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
	"DC": "d c",
}

// postalState reads "TX" in "Austin, TX 78701" as texas.
func (n *normalizer) postalState(t *token) bool {
	if n.canadianProvince(t) {
		return true
	}
	st, ok := usStates[t.core]
	if !ok || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || !strings.HasSuffix(prev.post, ",") || !isCapitalized(prev.core) || next == nil || next.pre != "" {
		return false
	}
	z := next.core
	if !(len(z) == 5 && allDigits(z) || len(z) == 10 && allDigits(z[:5]) && z[5] == '-' && allDigits(z[6:])) {
		return false
	}
	n.by("state and zip code")
	n.emitPhrase(t.raw, strings.Fields(st)...)
	return true
}

// mathPrev are tokens after which a minus sign is "negative": "x = −3", "≤ −1".
var mathPrev = setOf("= ≈ < > ≤ ≥ × ÷ * ( equals")

// mathNouns before "is"/"was" make a signed number a value: "the slope is −0.5".
var mathNouns = setOf("slope value coefficient correlation gradient exponent derivative result product sum answer solution root x y z n")

// negativeContext reports a minus sign read as "negative" (mathematics) rather than "minus"
// (temperatures, scores, changes).
func (n *normalizer) negativeContext() bool {
	prev := n.peek(-1)
	if prev == nil || n.temperatureHere() {
		return false // "x = −40 °F": a temperature is minus, after an equals sign too
	}
	if mathPrev[prev.core] || strings.HasSuffix(prev.core, "=") {
		return true
	}
	l := prev.lower()
	if (l == "is" || l == "was" || l == "be" || l == "of") && prev.post == "" {
		if pp := n.peek(-2); pp != nil && (mathNouns[pp.lower()] || l != "of" && n.mathNounOfPhrase()) {
			// Not a temperature: "the value is −5 °C" stays minus.
			if next := n.peek(1); next != nil && n.peek(0).post == "" && strings.HasPrefix(next.core, "°") {
				return false
			}
			return !strings.Contains(n.peek(0).core, "°")
		}
	}
	return false
}

// dimension reports "×" or "x" between numbers that measure something ("2 × 4 lumber", "a 10
// × 12 tarp"), read "by", rather than a product ("3 × 4 = 12"), read "times".
func (n *normalizer) dimension() bool {
	if n.timesChain() {
		return true
	}
	after := n.peek(2)
	if after == nil || n.peek(1).post != "" {
		return false
	}
	c := after.core
	if c == "=" || strings.HasPrefix(c, "=") || strings.EqualFold(c, "equals") || strings.EqualFold(c, "is") {
		return false
	}
	return isLetterWord(c) || strings.HasPrefix(c, "°")
}

// videoLines are the vertical resolutions written "1080p", "720p", "1080i".
var videoLines = setOf("144 240 360 480 576 720 1080 1440 2160 4320 1050 1200 1296 1600 1620 1800 2880 768 1520 1536 1944") // round twenty-three: 1050…2880 (readings23 R10); round fifty: 768…1944, panels and security cameras (readings50 R7)

// fractionAdjective reads a fraction joined to a unit as an adjective: "a 3/8-inch bolt"
// three eighths inch, "a 1/4-inch hole" a quarter inch, "a 1/2-inch strip" a half inch. rest is
// what follows the numerator ("/8-inch"). It returns the tokens consumed (0: not this).
func (n *normalizer) fractionAdjective(t *token, num number, rest string) int {
	if !strings.HasPrefix(rest, "/") || num.hasPoint || num.neg || num.commas {
		return 0
	}
	dash := strings.IndexAny(rest, "-‐‑–")
	if dash < 2 {
		return 0
	}
	a, b := num.intPart, rest[1:dash]
	if !allDigits(b) || len(b) > 2 || b[0] == '0' || !isFraction(a, b) {
		return 0
	}
	tail := strings.TrimLeft(rest[dash:], "-‐‑–")
	if tail == "" || !isASCIILetter(rune(tail[0])) {
		return 0
	}
	n.by("fraction as adjective")
	src := t.raw
	prev := n.peek(-1)
	article := prev != nil && prev.post == "" && (strings.EqualFold(prev.core, "a") || strings.EqualFold(prev.core, "an") || determiners[prev.lower()])
	switch {
	case (article || halfTail(tail)) && a == "1" && b == "2":
		n.emit(src, "half")
	case article && a == "1" && b == "4":
		n.emit(src, "quarter")
	default:
		n.emit(src, appendFraction(nil, a, b)...)
	}
	for _, p := range strings.FieldsFunc(tail, func(r rune) bool { return strings.ContainsRune("-‐‑–", r) }) {
		if un, ok := unitWord(p, true); ok && len(p) > 1 {
			n.emit(src, strings.Fields(un.sing)...)
		} else {
			n.part(src, p)
		}
	}
	return 1
}

// resolution reads "1920 × 1080" (spaced) as a screen size, both numbers in pairs: nineteen
// twenty by ten eighty. It returns the tokens consumed (0: not this).
func (n *normalizer) resolution(t *token, num number) int {
	x, y := n.peek(1), n.peek(2)
	if x == nil || y == nil || t.post != "" || x.post != "" || !(x.core == "×" || x.core == "x") {
		return 0
	}
	d, rest, ok := scanNumber(y.core)
	pairable := func(m number) bool {
		return !m.hasPoint && !m.commas && !m.neg && !m.plus && (len(m.intPart) == 3 || len(m.intPart) == 4) && m.intPart[0] != '0'
	}
	if !ok || rest != "" || !pairable(num) || !pairable(d) {
		return 0
	}
	if z := n.peek(3); z != nil && y.post == "" && (z.core == "×" || z.core == "x" || measureAfterSize(z.core)) {
		return 0 // "210 × 297 mm", "300 × 200 × 150": sizes, read as quantities (round seventeen)
	}
	n.by("screen resolution")
	n.emit(t.raw, appendPaired(nil, num.intPart)...)
	n.emit(t.raw, "by")
	n.emit(t.raw, appendPaired(nil, d.intPart)...)
	// Round twenty-five: a unit after the size is the second number's ("3840 × 2160 px"
	// pixels, "a 1920 × 1080 px screen" pixel; it was spelled).
	return 3 + n.unitAfterN(y, d, 2)
}

// unitNext reports the unit symbol sym as the next token, right after the current one.
func (n *normalizer) unitNext(sym string) bool {
	cur, next := n.peek(0), n.peek(1)
	return cur != nil && next != nil && cur.post == "" && next.pre == "" && next.core == sym
}

// suffixRule names the reader of a number with something glued after it, for Word.Rule.
func suffixRule(rest string) string {
	l := strings.ToLower(rest)
	switch {
	case l == "st" || l == "nd" || l == "rd" || l == "th":
		return "ordinal"
	case l == "s" || l == "'s" || l == "’s":
		return "decade or plural number"
	case l == "%" || l == "pc" || l == "‰":
		return "percent"
	case strings.HasPrefix(l, "^") || l == "²" || l == "³":
		return "power"
	case l == "x" || l == "×":
		return "times"
	case strings.HasPrefix(l, "x") || strings.HasPrefix(l, "×"):
		return "dimensions"
	case strings.HasPrefix(l, "/"):
		return "number with a slash"
	case l == "am" || l == "pm" || l == "a.m" || l == "p.m":
		return "time"
	}
	if _, ok := unitWord(rest, false); ok {
		return "number and unit"
	}
	if _, ok := trailingCurrency(rest); ok {
		return "money"
	}
	return "" // named where it is read
}

// timeBefore reports a time just before the current token written without a meridiem: "0600
// hours ET", "at 9 ET".
func (n *normalizer) timeBefore() bool {
	prev, pp := n.peek(-1), n.peek(-2)
	if prev == nil || pp == nil || pp.post != "" || prev.post != "" {
		return false
	}
	l := prev.lower()
	if (l == "hours" || l == "hrs") && len(pp.core) == 4 && allDigits(pp.core) {
		return true
	}
	v := atoiSmall(prev.core)
	return allDigits(prev.core) && len(prev.core) <= 2 && v >= 1 && v <= 24 && strings.EqualFold(pp.core, "at")
}

// quantityNoun reports a token that makes the number before it a quantity: a unit, a scale
// word or a plural noun ("1500 meters", "1500 people").
func (n *normalizer) quantityNoun(t *token) bool {
	if _, ok := unitWord(t.core, true); ok {
		return true
	}
	l := t.lower()
	return scaleNames[l] || irregularPlurals[l] || isLetterWord(t.core) && len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !verbish[l]
}

// countedAfter reports a plural noun right after the current token ("9/10 doctors"), which
// makes a/b a count out of b rather than a fraction of something.
func (n *normalizer) countedAfter() bool {
	cur, next := n.peek(0), n.peek(1)
	if cur == nil || next == nil || cur.post != "" || next.pre != "" {
		return false
	}
	if _, unit := unitWord(next.core, true); unit {
		return false
	}
	l := next.core
	return isLetterWord(l) && l == strings.ToLower(l) && n.quantityNoun(next)
}

// equation reports a sentence with an equals sign, where "2x" is two x, not two times.
func (n *normalizer) equation() bool { return n.fact(factEquation) }

// teamWords name who has a record, or the record: "the team is 4-0", "their record is 7-3".
var teamWords = setOf("team teams club clubs they we side squad franchise record mark")

// teamBefore reports a team before the verb of "… are 6-2": a team word or a capitalized plural
// ("the Yankees are 50-30"), within three tokens.
func (n *normalizer) teamBefore() bool {
	for off := -2; off >= -4; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		l := p.lower()
		if teamWords[l] || isCapitalized(p.core) && isLetterWord(p.core) && strings.HasSuffix(p.core, "s") && !strings.HasSuffix(p.core, "ss") && n.i+off > 0 {
			return true
		}
	}
	return false
}
