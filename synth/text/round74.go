package text

import "strings"

// Round seventy-four: classes that earlier rounds and held sets noticed and left, each read as a
// class and tested on probe sentences written before the readers, readings74.tsv. The tilde
// operator ∼ is folded to ~ where full-width forms are (foldWidth), and traders' chat shorthand
// (wts, wtb, wtt) is in chatReadings.

// round74Token reaches a reader only through the token's first character and length: a digit
// 1-9 (a lot's number, a height's feet, a record, a campaign number, a range's first number, a
// floor and room, a name's second number, a dial's place, PTO speeds, a drum machine, 2xLP,
// billions), the exact "M" or "BP", a lone dash, I- with a slash, six characters from A-R (a
// grid square), or three characters with a slash (s/n, b/w).
func (n *normalizer) round74Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" || t.pre != "" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		return n.digits74(t)
	case len(c) == 3 && c[1] == '/':
		if !n.may(shSlash) {
			return 0
		}
		if c0 == 's' || c0 == 'S' {
			return n.serialNumber74(t)
		}
		if c == "b/w" {
			return n.bw74(t)
		}
	case c == "M":
		return n.magnitude74(t)
	case c == "BP":
		return n.beforePresent74(t)
	case c == "-" || c == "–":
		return n.ageToAdult74(t)
	case c == "/":
		return n.dateSlash74(t)
	case c0 == 'I':
		if len(c) >= 7 && len(c) <= 13 && c[1] == '-' && n.may(shSlash) {
			return n.interstates74(t)
		}
	case c0 >= 'A' && c0 <= 'R':
		if len(c) == 6 && n.may(shDigit) && n.may(shLower) {
			return n.gridSquare74(t)
		}
	}
	return 0
}

// digits74 asks the readers of a token that begins with a digit 1-9, by its length and shape.
func (n *normalizer) digits74(t *token) int {
	c := t.core
	switch {
	case (len(c) == 3 || len(c) == 4) && allDigits(c):
		if k := n.lot74(t); k > 0 {
			return k
		}
		if len(c) == 4 {
			if k := n.fromRange74(t); k > 0 {
				return k
			}
			return n.dialPlace74(t)
		}
		if k := n.pairedAfterList74(t); k > 0 {
			return k
		}
		if k := n.drumMachine74(t); k > 0 {
			return k
		}
		if k := n.pto74(t); k > 0 {
			return k
		}
		return n.dialPlace74(t)
	case len(c) == 7 && c[3] == '-' && n.may(shHyphen):
		return n.recallCampaign74(t)
	case len(c) <= 7 && t.post == "," && n.may(shHyphen):
		return n.commaRecord74(t)
	case len(c) == 1 || len(c) == 3 && c[1] == 'f' && c[2] == 't':
		return n.heightFeet74(t)
	case len(c) == 4 && (c[3] == 'P' || c[3] == 'D') && n.may(shUpper):
		return n.countLP74(t)
	case len(c) >= 2 && len(c) <= 5 && c[len(c)-1] == 'b' && n.may(shLower):
		return n.billions74(t)
	case len(c) >= 5 && len(c) <= 7 && n.may(shHyphen):
		return n.floorRoom74(t)
	case len(c) == 8 && c[3] == '/' && n.may(shSlash):
		return n.pto74(t)
	}
	return 0
}

// lotRecall74 are words of a recall notice, where a lot's number is a code read digit by digit.
var lotRecall74 = setOf("recall recalls recalled batch batches expires expiry expiration ndc tablets capsules vials")

// lot74 reads a lot's number of three or four digits after Lot as a label in pairs, as a room's
// (an auction's "Lot 1142" lot eleven forty two, "Lot 314" lot three fourteen; it was read
// digit by digit, as a recall's lot code is). A leading zero, a recall's words in the sentence or
// "lot number" leave it to the code reader.
func (n *normalizer) lot74(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" || p.core != "Lot" && p.core != "lot" || n.sentenceHas(lotRecall74) {
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// rangeNouns74 are the measures written as words after a range's second number, besides unit
// symbols, that make its first number a quantity too.
var rangeNouns74 = setOf(`dollars euros pounds yen rupees pesos francs calories feet foot meters metres miles yards
inches acres hectares kilometers kilometres tons tonnes gallons liters litres mb millibars`)

// fromRange74 reads the first number of "from N to M" as a quantity where M is one, before a
// unit or a currency ("from 1012 to 990 mb" one thousand twelve; it was a year, "ten twelve").
// A round hundred keeps its reading (twelve hundred), and a range of years, or one before a
// plural noun that is no unit, stays as read.
func (n *normalizer) fromRange74(t *token) int {
	if t.post != "" || atoiSmall(t.core)%100 == 0 {
		return 0
	}
	p, to, m, u := n.peek(-1), n.peek(1), n.peek(2), n.peek(3)
	if p == nil || to == nil || m == nil || u == nil || p.post != "" || p.lower() != "from" || to.post != "" || to.lower() != "to" {
		return 0
	}
	if m.pre != "" || m.post != "" || len(m.core) > 5 || !allDigits(m.core) || u.pre != "" {
		return 0
	}
	if _, ok := unitWord(u.core, true); !ok && !rangeNouns74[u.lower()] {
		return 0
	}
	n.by("number")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	return 1
}

// recallWords74 name a vehicle recall, whose campaign number is read as a code.
var recallWords74 = setOf("recall recalls recalled campaign nhtsa")

// recallCampaign74 reads an NHTSA campaign number, the year's two digits, V (vehicle), E
// (equipment), T (tires) or C (child seats), a dash and three digits, as the year, the letter and
// the number in pairs where the sentence names a recall or a campaign ("recall 24V-720" twenty
// four v seven twenty; it was volts and a count, or "minus"); a number with a leading zero is
// read digit by digit ("22E-019" … zero one nine).
func (n *normalizer) recallCampaign74(t *token) int {
	c := t.core
	if !isDigit(c[1]) || !allDigits(c[4:]) || c[2] != 'V' && c[2] != 'E' && c[2] != 'T' && c[2] != 'C' || !n.sentenceHas(recallWords74) {
		return 0
	}
	n.by("recall campaign")
	n.emit(t.raw, appendUnder100(nil, atoiSmall(c[:2]))...)
	n.emitLetter(t.raw, string(c[2]+'a'-'A'))
	if c[4] == '0' {
		n.emit(t.raw, appendDigitNames(nil, c[4:], false)...)
	} else {
		n.emit(t.raw, appendPaired(nil, c[4:])...)
	}
	return 1
}

// commaRecord74 reads a record set off by commas after a team's name ("The Chiefs, 9-1, host")
// as a record, "nine and one" (it was a score, "nine to one"): the name a capitalized word with a
// comma after it, a lower-case word (the verb) after the record. A score after a common noun
// ("The score, 2-1, stood") stays "to".
func (n *normalizer) commaRecord74(t *token) int {
	w, l, ok := cutHyphen74(t.core)
	if !ok {
		return 0
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "," || len(p.core) < 3 || !isCapitalized(p.core) || !isLetterWord(p.core) || next.pre != "" || !isLetterWord(next.core) || isCapitalized(next.core) {
		return 0
	}
	n.by("record")
	n.emit(t.raw, appendRecord(nil, w, l)...)
	return 1
}

// cutHyphen74 splits "9-1" into its two sides of one to three digits each.
func cutHyphen74(c string) (string, string, bool) {
	for i := 1; i < len(c) && i <= 3; i++ {
		if c[i] == '-' {
			w, l := c[:i], c[i+1:]
			return w, l, len(l) >= 1 && len(l) <= 3 && allDigits(w) && allDigits(l)
		}
	}
	return "", "", false
}

// heightFeet74 reads a height of feet and a bare number of inches under twelve ("5ft 4", "6 ft
// 11") as heights are said, "five foot four" (it was "five feet four"); the inches' number is
// read after. With the inches' unit written ("5 ft 10 in") or a noun after the number ("8 ft 2
// pieces") feet stay.
func (n *normalizer) heightFeet74(t *token) int {
	c, k := t.core, 1
	if len(c) == 1 {
		if f := n.peek(1); f == nil || f.pre != "" || f.core != "ft" {
			return 0
		}
		k = 2
	}
	if n.peek(k-1).post != "" {
		return 0
	}
	in := n.peek(k)
	if in == nil || in.pre != "" || len(in.core) > 2 || !allDigits(in.core) || atoiSmall(in.core) > 11 || in.core[0] == '0' {
		return 0
	}
	if after := n.peek(k + 1); after != nil && in.post == "" && (after.core == "in" || after.core == "\"" || n.quantityNoun(after)) {
		return 0
	}
	n.by("height")
	n.emit(t.raw, onesWords[c[0]-'0'], "foot")
	return k
}

// quakeWords74 name an earthquake, whose magnitude is written M.
var quakeWords74 = setOf("earthquake earthquakes quake quakes tremor temblor aftershock aftershocks seismic usgs")

// magnitude74 reads M, a space and a decimal as an earthquake's magnitude where the sentence
// names a quake ("An M 7.1 earthquake" magnitude seven point one, as M7.1 is; it was "m").
func (n *normalizer) magnitude74(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return 0
	}
	v := next.core
	if len(v) < 3 || len(v) > 4 || !isDigit(v[0]) || v[1] != '.' || !allDigits(v[2:]) || !n.sentenceHas(quakeWords74) {
		return 0
	}
	n.by("magnitude")
	n.emit(t.raw, "magnitude")
	return 1
}

// adultWords74 end an age range after a spaced dash.
var adultWords74 = setOf("adult adults adulthood")

// ageToAdult74 reads a spaced dash between an age and "adult" as "to" ("Ages 5 - adult" ages
// five to adult; the dash was left out), as between two ages.
func (n *normalizer) ageToAdult74(t *token) int {
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || len(p.core) > 2 || !allDigits(p.core) || !adultWords74[next.lower()] {
		return 0
	}
	n.by("range")
	n.emit(t.raw, "to")
	return 1
}

// serialNumber74 reads s/n or S/N as serial number (it was "s slash n" or "s n") after a
// determiner or before a code that starts with a digit; before "ratio" (signal to noise) it stays.
func (n *normalizer) serialNumber74(t *token) int {
	if l := t.lower(); l != "s/n" {
		return 0
	}
	next := n.peek(1)
	if next != nil && next.lower() == "ratio" {
		return 0
	}
	code := (t.post == "" || t.post == ":") && next != nil && next.pre == "" && next.core != "" && isDigit(next.core[0])
	if !code {
		p := n.peek(-1)
		if p == nil || p.post != "" || !serialDeterminers74[p.lower()] {
			return 0
		}
	}
	n.by("abbreviation")
	n.emit(t.raw, "serial", "number")
	return 1
}

// serialDeterminers74 come before s/n where it names the number.
var serialDeterminers74 = setOf("the its your my our their his her a this that")

// floorRoom74 reads a room's, suite's or unit's number written floor, hyphen and room ("Suite
// 3-107") as the floor, then the room in pairs, as "Room 1B-114" is read (it was a range, three
// to one hundred seven); after a plural label ("Rooms 3-5") it stays a range.
func (n *normalizer) floorRoom74(t *token) int {
	c := t.core
	p := n.peek(-1)
	if p == nil || p.post != "" || !floorLabels74[p.lower()] {
		return 0
	}
	f, r, ok := cutHyphen74(c)
	if !ok || len(f) > 2 || len(r) != 3 && len(r) != 4 || r[0] == '0' {
		return 0
	}
	n.by("room number")
	n.emit(t.raw, appendInteger(nil, f)...)
	n.emit(t.raw, appendPaired(nil, r)...)
	return 1
}

// floorLabels74 are the labels of a room's number.
var floorLabels74 = setOf("suite room unit apt apartment office ste")

// pairedAfterList74 reads a second three-digit number after or or and in pairs where the number
// before the conjunction was read in pairs as a name's ("Math 127 or 128" … one twenty eight;
// it was a count); after a count ("127 or 128 points") both stay counts.
func (n *normalizer) pairedAfterList74(t *token) int {
	p, q := n.peek(-1), n.peek(-2)
	if p == nil || q == nil || p.post != "" || q.post != "" || len(q.core) != 3 || !allDigits(q.core) || t.core[0] == '0' {
		return 0
	}
	if l := p.lower(); l != "or" && l != "and" {
		return 0
	}
	if k := len(n.out) - 2; k < 0 || n.out[k].Rule != "number read in pairs" || n.out[k].Source != q.raw {
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// interstates74 reads two interstates joined by a slash ("I-5/I-405") each as it is read alone,
// the slash unsaid as between two words (it was i four hundred five after "slash").
func (n *normalizer) interstates74(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(b) < 3 || b[0] != 'I' || b[1] != '-' || !allDigits(a[2:]) || !allDigits(b[2:]) || len(a) > 5 || len(b) > 5 {
		return 0
	}
	start := len(n.out)
	n.by("interstates")
	if k := n.reread(t, a, ""); k != 1 {
		n.out = n.out[:start]
		return 0
	}
	if k := n.reread(t, b, t.post); k != 1 {
		n.out = n.out[:start]
		return 0
	}
	return 1
}

// recordWords74 make b/w between two titles "backed with", a single's two sides.
var recordWords74 = setOf("single singles vinyl side lp ep pressing label reissue")

// pictureWords74 after b/w make it black and white.
var pictureWords74 = setOf("photo photos photograph photographs photography film films print prints image images picture pictures movie movies footage tv television portrait portraits")

// betweenWords74 after b/w make it between.
var betweenWords74 = setOf("us them you me the two both my your his her our their")

// bw74 reads b/w as a record's "backed with", as "black and white" before a word of pictures
// or closing "in b/w", and as "between" before a pronoun or a determiner (it was b slash w).
func (n *normalizer) bw74(t *token) int {
	next := n.peek(1)
	nl := ""
	if next != nil && t.post == "" && next.pre == "" {
		nl = next.lower()
	}
	var words []string
	switch {
	case pictureWords74[nl]:
		words = []string{"black", "and", "white"}
	case t.post != "" || next == nil:
		if p := n.peek(-1); p != nil && p.post == "" && p.lower() == "in" {
			words = []string{"black", "and", "white"}
		}
	case betweenWords74[nl]:
		words = []string{"between"}
	case next != nil && isCapitalized(next.core) && n.sentenceHas(recordWords74):
		words = []string{"backed", "with"}
	}
	if words == nil {
		return 0
	}
	n.by("abbreviation")
	n.emit(t.raw, words...)
	return 1
}

// moneyNouns74 after a number glued to b make it billions.
var moneyNouns74 = setOf(`valuation valuations deal deals buyout acquisition takeover fund budget revenue revenues
loss losses debt ipo bid offer bailout settlement merger`)

// billions74 reads a number glued to a lower-case b before a word of money or deals as billions
// ("a 20b valuation" twenty billion; it was b); "a 70b model" stays.
func (n *normalizer) billions74(t *token) int {
	num := t.core[:len(t.core)-1]
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || !moneyNouns74[next.lower()] {
		return 0
	}
	whole, frac, point := strings.Cut(num, ".")
	if !allDigits(whole) || len(whole) > 3 || point && (frac == "" || !allDigits(frac)) {
		return 0
	}
	n.by("number and scale")
	if point {
		n.emit(t.raw, appendDecimal(nil, whole, frac)...)
	} else {
		n.emit(t.raw, appendInteger(nil, whole)...)
	}
	n.emit(t.raw, "billion")
	return 1
}

// countLP74 reads a count glued to x before LP or CD ("2xLP", "3xCD") as the count alone, as
// before an item in capitals (it was two x l p).
func (n *normalizer) countLP74(t *token) int {
	c := t.core
	if c[1] != 'x' {
		return 0
	}
	item := c[2:]
	if item != "LP" && item != "CD" {
		return 0
	}
	n.by("count")
	n.emit(t.raw, onesWords[c[0]-'0'])
	n.emitLetter(t.raw, string(item[0]+'a'-'A'))
	n.emitLetter(t.raw, string(item[1]+'a'-'A'))
	return 1
}

// dialPlace74 reads a station's place on the AM dial after at, where the sentence names a
// station with -AM ("WNYC-AM at 820" eight twenty), in pairs, as 880 AM is (it was a count).
func (n *normalizer) dialPlace74(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" || p.lower() != "at" || t.post != "" && t.post != "." && t.post != "," {
		return 0
	}
	if v := atoiSmall(t.core); v < 530 || v > 1710 {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" && isCapitalized(next.core) {
		return 0 // a house number: "at 820 Main Street"
	}
	found := false
	for k := 0; k < len(n.toks) && k < 64 && !found; k++ {
		c := n.toks[k].core
		found = len(c) > 4 && c[len(c)-3] == '-' && c[len(c)-2] == 'A' && c[len(c)-1] == 'M'
	}
	if !found {
		return 0
	}
	n.by("radio frequency")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}

// pto74 reads a tractor's power take-off speeds before PTO as farmers say them ("540/1000 PTO"
// five forty one thousand, "540 PTO" five forty; it was "out of", or a count).
func (n *normalizer) pto74(t *token) int {
	c := t.core
	if c != "540" && c != "540/1000" {
		return 0
	}
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || next.core != "PTO" {
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, "five", "forty")
	if len(c) > 3 {
		n.emit(t.raw, "one", "thousand")
	}
	return 1
}

// drumWords74 make the 808 (or 909, 303, 707) a Roland drum machine.
var drumWords74 = setOf("drum drums kick snare beat beats hihat track tracks roland bass cowbell producer programmed")

// drumMachine74 reads a Roland drum machine's number after the, where the sentence speaks of
// drums, beats or tracks, in pairs ("the 808" eight oh eight; it was a count).
func (n *normalizer) drumMachine74(t *token) int {
	c := t.core
	if c != "808" && c != "909" && c != "303" && c != "707" {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || p.lower() != "the" || !n.sentenceHas(drumWords74) {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" && next.lower() == "area" {
		return 0
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return 1
}

// hamWords74 make a code of a grid square's shape a Maidenhead locator.
var hamWords74 = setOf("grid square locator qth maidenhead worked station qso pota sota activation")

// gridSquare74 reads a Maidenhead grid square of six characters (two capitals A-R, two digits,
// two lower-case letters a-x) spelled with its digits one by one where the sentence speaks of a
// grid, a locator or a station ("FN31pr" f n three one p r; it was thirty one).
func (n *normalizer) gridSquare74(t *token) int {
	c := t.core
	if c[1] < 'A' || c[1] > 'R' || !isDigit(c[2]) || !isDigit(c[3]) || c[4] < 'a' || c[4] > 'x' || c[5] < 'a' || c[5] > 'x' || !n.sentenceHas(hamWords74) {
		return 0
	}
	n.by("grid square")
	n.emitLetter(t.raw, string(c[0]+'a'-'A'))
	n.emitLetter(t.raw, string(c[1]+'a'-'A'))
	n.emit(t.raw, appendDigitNames(nil, c[2:4], false)...)
	n.emitLetter(t.raw, c[4:5])
	n.emitLetter(t.raw, c[5:6])
	return 1
}

// beforePresent74 reads BP after a date's number, or after "years" after one, as years before
// present ("10,000 BP" ten thousand years before present; it was b p).
func (n *normalizer) beforePresent74(t *token) int {
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return 0
	}
	years := p.lower() == "years"
	num := p
	if years {
		num = n.peek(-2)
	}
	if num == nil || num.post != "" || len(num.core) < 3 || !isDigit(num.core[0]) || !allDigitsOrSeparators(num.core) {
		return 0
	}
	n.by("era")
	if !years {
		n.emit(t.raw, "years")
	}
	n.emit(t.raw, "before", "present")
	return 1
}

// stateCodes74 are the states' two-letter codes that run together with "state" in a state
// university's host (iastate, okstate, msstate); codes that are words of their own (in, me, or,
// hi) are left out: "instate" is in state.
var stateCodes74 = setOf(`al ak az ar ca co ct de fl ga ia id il ks ky la ma md mi mn mo ms mt nc nd ne nh nj nm nv ny
oh ok pa ri sc sd tn tx ut va vt wa wi wv wy`)

// stateSchool74 reports a host's label that is a state's code run together with "state"
// ("iastate" i a state, "okstate" o k state; it was one word, or o k s tate), and the code.
func stateSchool74(lp string) (string, bool) {
	if len(lp) != 7 || lp[2:] != "state" || !stateCodes74[lp[:2]] {
		return "", false
	}
	return lp[:2], true
}

// wordLetters74 splits a host's label that is one lexicon word run together with three or four
// consonants ("betmgm" bet and m g m, "thebmj", "mybcbs") into the word and the letters, as a
// known acronym is split ("shopnbc"); asked only after every other split failed.
func wordLetters74(lp string, isWord func(string) bool) (string, string, bool) {
	if len(lp) < 5 || len(lp) > 16 || isWord == nil {
		return "", "", false
	}
	for k := 3; k <= 4; k++ {
		head, tail := lp[:len(lp)-k], lp[len(lp)-k:]
		if len(head) < 2 || !consonants74(tail) || !isLetterWord(head) || strings.ToLower(head) != head {
			continue
		}
		if isWord(head) {
			return head, tail, true
		}
	}
	return "", "", false
}

// consonants74 reports lower-case letters none of which is a vowel or y.
func consonants74(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 'a' || c > 'z', c == 'a', c == 'e', c == 'i', c == 'o', c == 'u', c == 'y':
			return false
		}
	}
	return true
}

// pickTalk74 are words of a betting pick without a price, which make ML after a team's name a
// money line.
var pickTalk74 = setOf("lock locks parlay parlays units unit tail tailing fade fading hammer hammering sgp bettors pick picks")

// pickML74 reports ML after a team's capitalized plural name (Bills, Chiefs, Lakers) in a
// sentence of a betting pick ("Lock of the night: Chiefs ML"), for r59MoneyLine.
func (n *normalizer) pickML74(prev *token) bool {
	c := prev.core
	return len(c) >= 4 && c[len(c)-1] == 's' && isLetterWord(c) && n.nearWord(pickTalk74)
}

// dayMonthSlash74 finds the slash in a day joined to the next date's month abbreviation with
// its period ("31/Jan.", "30/Dec.", as in "Dec. 31/Jan. 1"): the slash's offset, or 0. A month
// written in full or without its period after a slash is left alone ("3/Jan" is no date pair).
// The sentence splitter, which sees the word without its period, asks with dot false; nothing
// is allocated before the day and the slash are found (it runs on every chunk).
func dayMonthSlash74(chunk string, dot bool) int {
	if dot {
		if len(chunk) < 6 || chunk[len(chunk)-1] != '.' {
			return 0
		}
		chunk = chunk[:len(chunk)-1]
	}
	if len(chunk) < 5 || len(chunk) > 8 || !isDigit(chunk[0]) {
		return 0
	}
	k := 1
	if isDigit(chunk[1]) {
		k = 2
	}
	if chunk[k] != '/' {
		return 0
	}
	m := chunk[k+1:]
	if d := atoiSmall(chunk[:k]); d < 1 || d > 31 || len(m) < 3 || len(m) > 4 || !isCapitalized(m) || monthIndex[strings.ToLower(m)] == 0 {
		return 0
	}
	return k
}

// dateSlash74 leaves unsaid the slash that dayMonthSlash74 split off between two dates, a day
// after a month before it and a month's abbreviation after it ("Dec. 31/Jan. 1" december thirty
// first january first; it was thirty one per jan), as a slash between two words is.
func (n *normalizer) dateSlash74(t *token) int {
	p, q, next := n.peek(-1), n.peek(-2), n.peek(1)
	if p == nil || q == nil || next == nil || p.post != "" || t.post != "" || next.pre != "" || len(p.core) > 2 || !allDigits(p.core) || month(q) == 0 || month(next) == 0 {
		return 0
	}
	n.by("date range")
	return 1
}
