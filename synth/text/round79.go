package text

import "strings"

// Round seventy-nine: the classes held61's dev half missed (elections, polling and local
// government) and probes in those sources' style found, each read as a class and tested on
// probe sentences written before the readers, readings79.tsv. Chat shorthand in capitals (TFW,
// MFW, IYKYK, ISTG, HMU) is in chatCaps, otoh and wrt in chatReadings; a path's run-together
// words with short function words and a host opening with the pronoun i are read in webPart
// (r79PathPieces, r79IHost).

// round79Token reaches a reader only through the token's first character and length: a digit
// 1-9 or 0 of four to seven bytes with a hyphen (a council item's number, a precinct's, a
// record), of three or four bytes with a slash (a work schedule), of four bytes (a year before
// an election's plural), a digit with a point (a product's version); the exact h/t or H/T; a
// lone slash.
func (n *normalizer) round79Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	switch c[0] { // one switch on the first byte: most tokens leave here (speed)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if t.pre != "" || !n.may(shDigit) {
			return 0
		}
		return n.digits79(t)
	case 'h', 'H':
		if len(c) == 3 && (c == "h/t" || c == "H/T") {
			return n.hatTip79(t)
		}
	case '/':
		if len(c) == 1 {
			return n.tallySlash79(t)
		}
	case 'W', 'M':
		if len(c) == 3 && (c == "WoW" || c == "MoM") {
			return n.periodAfterUnit79(t)
		}
	case 'C':
		if c == "COH" {
			return n.cashOnHand79(t)
		}
	case 'P':
		if c == "Pct" {
			return n.precinctAbbrev79(t)
		}
	}
	return 0
}

// digits79 asks the readers of a token that begins with a digit, by its length and shape; each
// reader tests its own shape again, so a guard only spares work.
func (n *normalizer) digits79(t *token) int {
	c := t.core
	if len(c) >= 3 && len(c) <= 7 && n.may(shHyphen) {
		if k := n.councilItem79(t); k > 0 {
			return k
		}
		if k := n.record79(t); k > 0 {
			return k
		}
	}
	if len(c) >= 5 && len(c) <= 9 && n.may(shWide) {
		if k := n.record79(t); k > 0 { // an en dash: "4–0"
			return k
		}
	}
	if (len(c) == 4 || len(c) == 3) && c[1] == '/' && n.may(shSlash) {
		if k := n.workSchedule79(t); k > 0 {
			return k
		}
	}
	if len(c) == 4 && allDigits(c) {
		if k := n.electionYear79(t); k > 0 {
			return k
		}
	}
	if (len(c) == 3 || len(c) == 4) && allDigits(c) {
		if k := n.measureNumber79(t); k > 0 {
			return k
		}
	}
	if len(c) >= 5 && len(c) <= 16 && n.may(shSlash) {
		if k := n.ratePer79(t); k > 0 {
			return k
		}
	}
	if len(c) <= 8 && t.post == "" {
		if nx := n.peek(1); nx != nil && nx.core == "ppm" {
			if k := n.pagesPerMinute79(t, nx); k > 0 {
				return k
			}
		}
	}
	if len(c) >= 3 && len(c) <= 14 && n.may(shDot) {
		return n.productVersion79(t)
	}
	return 0
}

// itemLabels79 are the singular labels of a council's or a legislature's numbered items
// (Res. and Ord. written with their period).
var itemLabels79 = setOf("resolution ordinance bill file case docket res ord")

// councilItem79 reads a council's or a legislature's item numbered by a two-digit year, a
// hyphen and its number after a singular label ("Resolution 23-141" twenty three one forty one;
// it was a span, "to one hundred forty one"): the year's two digits as a number (a leading zero
// digit by digit), the number's three or four digits in pairs, one or two as a number, a
// leading zero digit by digit. The label is capitalized or followed by No. or #, since "the
// resolution 5-2" is a vote; a four-digit year after Res. or Ord. is read as after the words
// (round twenty-four's instrumentNumber, which asks for a label without a period). A singular
// Precinct before a hyphened pair names one precinct ("Precinct 3-12" three twelve). A year's
// pair ("24-25") stays a span.
func (n *normalizer) councilItem79(t *token) int {
	c := t.core
	h := -1
	for i := 1; i < len(c) && i <= 4; i++ {
		if c[i] == '-' {
			h = i
			break
		}
	}
	if h < 0 || h+1 >= len(c) || len(c)-h-1 > 4 || !allDigits(c[:h]) || !allDigits(c[h+1:]) {
		return 0
	}
	a, b := c[:h], c[h+1:]
	p := n.peek(-1)
	if p == nil || p.core == "" || !strings.ContainsRune("#NnPpRrOoBbFfCcDd", rune(p.core[0])) {
		return 0 // a number mark or a label's first letter first (speed)
	}
	marked := false
	if numberMark(p) && (p.post == "" || p.post == ".") {
		marked = true
		if p = n.peek(-2); p == nil {
			return 0
		}
	}
	l := p.lower()
	if l == "precinct" && p.post == "" {
		if len(a) > 3 || len(b) > 3 {
			return 0
		}
		n.by("precinct's number")
		n.emit(t.raw, appendItemPart79(nil, a)...)
		n.emit(t.raw, appendItemPart79(nil, b)...)
		return 1
	}
	if !itemLabels79[l] || !isUpperLetter(p.core[0]) && !marked {
		return 0
	}
	dotted := l == "res" || l == "ord"
	if dotted != (p.post == ".") || !dotted && p.post != "" {
		return 0
	}
	switch {
	case len(a) == 2:
		if len(b) == 2 && atoiSmall(b) == (atoiSmall(a)+1)%100 {
			return 0 // "Resolution 24-25": a season's span
		}
		n.by("council item's year and number")
		n.emit(t.raw, appendItemPart79(nil, a)...)
		n.emit(t.raw, appendItemPart79(nil, b)...)
		return 1
	case len(a) == 4 && dotted && len(b) <= 3:
		y := atoiSmall(a)
		if y < 1900 || y > 2099 || len(b) == 2 && atoiSmall(b) == (y+1)%100 {
			return 0
		}
		n.by("instrument's year and number")
		n.emit(t.raw, appendYear(nil, y)...)
		if b[0] == '0' {
			n.emit(t.raw, appendDigitNames(nil, b, false)...)
		} else {
			n.emit(t.raw, appendInteger(nil, b)...)
		}
		return 1
	}
	return 0
}

// appendItemPart79 reads one part of an item's number: a leading zero digit by digit, three or
// four digits in pairs, else a number.
func appendItemPart79(dst []string, g string) []string {
	switch {
	case len(g) >= 2 && g[0] == '0':
		return appendDigitNames(dst, g, false)
	case len(g) >= 3:
		return appendPaired(dst, g)
	}
	return appendInteger(dst, g)
}

// recordVerbs79 before a pair make it a standing: is, are, was, were, remains, stands (at).
var recordVerbs79 = setOf("is are was were remains remain stands stand sits")

// contestNouns79 are the plural nouns of contests a record counts ("series", one word for one
// contest or more, and "votes", a tally's, are left out: "are 3-1 in the series" is a score).
var contestNouns79 = setOf(`elections races primaries runoffs caucuses contests games matches fights bouts starts
debates playoffs finals appearances outings meetings matchups tournaments cases trials challenges campaigns`)

// record79 reads a pair after a be-verb before "in" or "against" and, within four words, a
// plural noun of contests as wins and losses ("The mayor is 4-0 in citywide races" four and
// oh; it was "four to zero"), as "is 8-0" is read at a clause's end; a tally before "in favor",
// or a score "in the second half", has no such noun and stays "to".
func (n *normalizer) record79(t *token) int {
	c := t.core
	w, l, ok := cutDash79(c)
	if !ok || len(w) > 2 || len(l) > 2 || t.post != "" {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || !recordVerbs79[p.lower()] {
		return 0
	}
	if p.lower() == "stands" || p.lower() == "stand" {
		return 0 // "stands at 4-0": the "at" comes between
	}
	next := n.peek(1)
	if next == nil || next.post != "" || next.lower() != "in" && next.lower() != "against" {
		return 0
	}
	for off := 2; off <= 5; off++ {
		x := n.peek(off)
		if x == nil {
			return 0
		}
		if contestNouns79[x.lower()] {
			n.by("record")
			n.emit(t.raw, appendRecord(nil, w, l)...)
			return 1
		}
		if x.post != "" {
			return 0
		}
	}
	return 0
}

// cutDash79 cuts "4-0" or "4–0" into its two runs of digits.
func cutDash79(c string) (a, b string, ok bool) {
	for i := 1; i < len(c); i++ {
		switch {
		case c[i] == '-':
			a, b = c[:i], c[i+1:]
		case c[i] == 0xE2 && i+2 < len(c) && c[i+1] == 0x80 && c[i+2] == 0x93: // –
			a, b = c[:i], c[i+3:]
		default:
			continue
		}
		return a, b, a != "" && b != "" && allDigits(a) && allDigits(b)
	}
	return "", "", false
}

// scheduleNouns79 are the words a compressed schedule names.
var scheduleNouns79 = setOf("schedule schedules workweek workweeks shift shifts")

// workSchedule79 reads a compressed work schedule, a count of days (2-9) and the hours of each
// (10, 12) or of a week or fortnight (40, 80), before schedule, workweek, work week or shifts as two numbers ("a
// 4/10 schedule" four ten, "3/12 shifts", "a 9/80 work week"; it was a fraction, or "out of").
func (n *normalizer) workSchedule79(t *token) int {
	c := t.core
	if h := c[2:]; c[0] < '2' || c[0] > '9' || h != "10" && h != "12" && h != "40" && h != "80" {
		return 0
	}
	next := n.peek(1)
	if next == nil || t.post != "" {
		return 0
	}
	nl := next.lower()
	if !scheduleNouns79[nl] {
		if nl != "work" || next.post != "" {
			return 0
		}
		if w := n.peek(2); w == nil || w.lower() != "week" && w.lower() != "weeks" {
			return 0
		}
	}
	n.by("work schedule")
	n.emit(t.raw, onesWords[c[0]-'0'])
	n.emit(t.raw, appendInteger(nil, c[2:])...)
	return 1
}

// electionPlurals79 are the plural nouns of an election a year names.
var electionPlurals79 = setOf("midterms primaries caucuses runoffs elections")

// electionYear79 reads a year from 1900 to 2099 before the plural noun of an election as a
// year with no determiner before it ("ahead of 2026 midterms" twenty twenty six; it was a
// count, as "1200 shots" stays).
func (n *normalizer) electionYear79(t *token) int {
	if t.post != "" {
		return 0
	}
	y := atoiSmall(t.core)
	if y < 1900 || y > 2099 {
		return 0
	}
	next := n.peek(1)
	if next == nil || len(next.core) < 7 || len(next.core) > 9 || !strings.ContainsRune("mpcreMPCRE", rune(next.core[0])) || !electionPlurals79[next.lower()] {
		return 0
	}
	n.by("year")
	n.emit(t.raw, appendYear(nil, y)...)
	return 1
}

// productHeads79 end a product's name whose number is its version ("Voting Suite 6.14").
var productHeads79 = setOf("Suite Studio Server Desktop Toolkit Framework Engine")

// notNames79 are capitalized words opening a sentence that name no product.
var notNames79 = setOf("the an this that these those at in on by to or and of for it is was are from with about after before its")

// laterWords79 after "or" or "and" bound a version ("3.28 or newer").
var laterWords79 = setOf("later newer earlier")

// productVersion79 reads a dotted number as a version after a product's name ending in Suite,
// Studio, Server, Desktop, Toolkit, Framework or Engine after a capitalized word ("Voting Suite
// 6.14" six point fourteen; it was six point one four), or after a capitalized name or an
// acronym before "or later", "or newer", "and later" or "or earlier" ("QGIS 3.28 or newer"); a
// unit after the number keeps it a quantity ("Hotel Suite 2.5 miles").
func (n *normalizer) productVersion79(t *token) int {
	c := t.core
	p := n.peek(-1)
	if p == nil || p.post != "" || p.core == "" || !isUpperLetter(p.core[0]) || !isVersionString(c) {
		return 0
	}
	next := n.peek(1)
	head := false
	if productHeads79[p.core] {
		pp := n.peek(-2)
		head = pp != nil && pp.post == "" && pp.core != "" && isUpperLetter(pp.core[0]) && isLetterWord(pp.core)
		if head && next != nil && t.post == "" && versionBlocker(next.core) {
			return 0
		}
	}
	if !head {
		if next == nil || t.post != "" || next.post != "" || next.lower() != "or" && next.lower() != "and" {
			return 0
		}
		if len(p.core) < 2 || notNames79[p.lower()] {
			return 0 // "The 12.75 or later", "A 3.5 or later grade": a capital opening a sentence
		}
		if w := n.peek(2); w == nil || !laterWords79[w.lower()] {
			return 0
		}
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, c)...)
	n.versionAt = n.i
	return 1
}

// hatTip79 reads a journalist's h/t as a hat tip before a name, a handle or "to" ("(h/t
// @ElectProject)"; it was hours per ton); after a number it stays the unit.
func (n *normalizer) hatTip79(t *token) int {
	if p := n.peek(-1); p != nil && p.post == "" && startsNumeric(p.core) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.core == "" {
		return 0
	}
	if x := next.core[0]; next.lower() != "to" && x != '@' && !isUpperLetter(x) {
		return 0
	}
	n.by("hat tip")
	n.emit(t.raw, "hat", "tip")
	return 1
}

// tallySlash79 reads a spaced slash between a labelled figure and the next label in a poll's or
// a tally's line as a pause, not a word ("Approve 41 / Disapprove 54", "Yes 58% / No 42%"), as
// round eleven's sizeSlash reads "UK 8 / EU 42": a capitalized word, a number (with a percent
// sign), the slash, a capitalized word and a number.
func (n *normalizer) tallySlash79(t *token) int {
	if t.pre != "" || t.post != "" || len(n.out) == 0 {
		return 0
	}
	p, pp, next, nn := n.peek(-1), n.peek(-2), n.peek(1), n.peek(2)
	if p == nil || pp == nil || next == nil || nn == nil || p.post != "" || pp.post != "" || next.post != "" {
		return 0
	}
	if !startsNumeric(p.core) || !startsNumeric(nn.core) || pp.core == "" || next.core == "" ||
		!isUpperLetter(pp.core[0]) || !isUpperLetter(next.core[0]) || !isLetterWord(pp.core) || !isLetterWord(next.core) {
		return 0
	}
	if _, unit := unitWord(next.core, true); unit {
		return 0
	}
	n.by("tally")
	n.raise(len(n.out)-1, Minor)
	return 1
}

// pathFunctionWords79 are the short function words a path's run-together segment may hold
// among longer words ("keepitblue", "getinvolved", "joinus", "ontheballot").
var pathFunctionWords79 = setOf("it in on up us my our the get now all for and to of me we")

// prefixParticles79 glue before a word into compounds the lexicon may lack ("upload", "input",
// "onboard"), so a path's segment of two pieces opening with one stays whole.
var prefixParticles79 = setOf("up in on out off")

// r79PathPieces reports a path segment's split whose pieces of fewer than four letters are all
// function words, with at least one longer piece: "/keepitblue" keep it blue (the path kept
// such a segment whole, to spare "podcasts" pod casts, since pod is no function word).
func r79PathPieces(parts []string) bool {
	if len(parts) == 2 && prefixParticles79[parts[0]] {
		return false // "/upload" is not up load: a particle glued before one word makes a compound
	}
	long := false
	for _, p := range parts {
		if len(p) >= 4 {
			long = true
		} else if !pathFunctionWords79[p] {
			return false
		}
	}
	return long
}

// r79IHost splits a host's label that opens with the pronoun i before a lexicon word or words
// ("ivoted" i voted, "iwillvote" i will vote), for when no other split was found; it returns
// nil when the rest is no word and splits into none.
func r79IHost(lp string, isWord func(string) bool) []string {
	if len(lp) < 5 || lp[0] != 'i' || isVowel(lp[1]) || isWord == nil {
		return nil
	}
	rest := lp[1:]
	if knownWord(rest, isWord) && len(rest) >= 4 {
		return []string{"i", rest}
	}
	if parts := segmentWords(rest, isWord, 3); parts != nil {
		return append([]string{"i"}, parts...)
	}
	return nil
}

// measureLabels79 name a ballot measure whose number follows.
var measureLabels79 = setOf("Proposition Prop Question Initiative Referendum Amendment")

// measureNumber79 reads a ballot measure's three or four digits after its label in pairs, as
// the measure is called ("Prop 210" prop two ten, "Initiative 1631" sixteen thirty one; they
// were counts); a round hundred stays hundreds, a leading zero is left to others.
func (n *normalizer) measureNumber79(t *token) int {
	c := t.core
	if c[0] == '0' || c[len(c)-2] == '0' && c[len(c)-1] == '0' {
		return 0
	}
	p := n.peek(-1)
	if p == nil || len(p.core) < 4 || !strings.ContainsRune("PQIRA", rune(p.core[0])) || !measureLabels79[p.core] || p.post != "" && !(p.post == "." && p.core == "Prop") {
		return 0
	}
	n.by("ballot measure's number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return 1
}

// ratePer79 reads a slash before a rate's base written with a K, or with commas as a power of
// ten of a thousand or more, as per ("14/100K" fourteen per one hundred thousand, "1.2/1,000";
// it was "slash"): the count before it a whole number or a decimal.
func (n *normalizer) ratePer79(t *token) int {
	c := t.core
	k := -1
	for i := 1; i < len(c); i++ {
		if c[i] == '/' {
			k = i
			break
		}
	}
	if k < 0 || k+2 >= len(c) {
		return 0
	}
	a, b := c[:k], c[k+1:]
	whole, frac, point := a, "", false
	for i := 0; i < len(a); i++ {
		if a[i] == '.' {
			whole, frac, point = a[:i], a[i+1:], true
			break
		}
	}
	if whole == "" || len(whole) > 6 || !allDigits(whole) || point && (frac == "" || len(frac) > 3 || !allDigits(frac)) {
		return 0
	}
	var base []string
	switch last := b[len(b)-1]; {
	case last == 'K' || last == 'k':
		d := b[:len(b)-1]
		if d != "1" && d != "10" && d != "100" {
			return 0
		}
		base = append(appendInteger(nil, d), "thousand")
	case b[0] == '1' && len(b) >= 5 && len(b) <= 9:
		// 1,000, 10,000, 100,000, 1,000,000: a one, then zeros in groups of three after commas.
		digits := 0
		for i := 1; i < len(b); i++ {
			switch {
			case b[i] == '0':
				digits++
			case b[i] == ',' && (len(b)-i)%4 == 0:
			default:
				return 0
			}
		}
		if digits < 3 {
			return 0
		}
		plain := make([]byte, 0, len(b))
		for i := 0; i < len(b); i++ {
			if b[i] != ',' {
				plain = append(plain, b[i])
			}
		}
		base = appendInteger(nil, string(plain))
	default:
		return 0
	}
	n.by("rate per")
	if point {
		n.emit(t.raw, appendDecimal(nil, whole, frac)...)
	} else {
		n.emit(t.raw, appendInteger(nil, whole)...)
	}
	n.emit(t.raw, "per")
	n.emit(t.raw, base...)
	return 1
}

// printWords79 make ppm pages per minute.
var printWords79 = setOf("print prints printed printing printer printers pages page")

// pagesPerMinute79 reads a number before ppm in a sentence of printing as pages per minute
// ("The ballot printers print 80 ppm"; it was parts per million, as "0.07 ppm" of ozone stays).
func (n *normalizer) pagesPerMinute79(t, unit *token) int {
	c := t.core
	for i := 0; i < len(c); i++ {
		if !isDigit(c[i]) {
			return 0
		}
	}
	if !n.sentenceHas(printWords79) {
		return 0
	}
	n.by("pages per minute")
	n.emit(t.raw, appendInteger(nil, c)...)
	n.emit(unit.raw, "pages", "per", "minute")
	return 2
}

// periodAfterUnit79 reads WoW and MoM after a number and its unit as after a number ("up 12 bps
// WoW" week over week; it was the word wow, or m o m).
func (n *normalizer) periodAfterUnit79(t *token) int {
	p, pp := n.peek(-1), n.peek(-2)
	if p == nil || pp == nil || p.post != "" || pp.post != "" || !startsNumeric(pp.core) {
		return 0
	}
	if _, unit := unitWord(p.core, false); !unit && p.lower() != "points" && p.lower() != "pts" {
		return 0
	}
	n.by("period over period")
	n.emitPhrase(t.raw, strings.Fields(periodAfterNumber[t.core])...)
	return 1
}

// cashOnHand79 reads a campaign's COH beside an amount of money as cash on hand ("$3.4M COH",
// "COH $5.1M"; it was spelled).
func (n *normalizer) cashOnHand79(t *token) int {
	p, nx := n.peek(-1), n.peek(1)
	money := func(x *token) bool { return x != nil && x.core != "" && x.core[0] == '$' }
	if !(money(p) && p.post == "") && !(money(nx) && t.post == "") {
		return 0
	}
	n.by("cash on hand")
	n.emit(t.raw, "cash", "on", "hand")
	return 1
}

// precinctAbbrev79 reads Pct without its period before a number as precinct ("Results from Pct
// 7" precinct seven); with its period labelAbbrevs reads it.
func (n *normalizer) precinctAbbrev79(t *token) int {
	nx := n.peek(1)
	if t.post != "" || nx == nil || nx.core == "" || !isDigit(nx.core[0]) {
		return 0
	}
	n.by("abbreviation")
	n.emit(t.raw, "precinct")
	return 1
}
