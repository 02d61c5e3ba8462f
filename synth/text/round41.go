package text

import "strings"

// Round forty-one: held37 dev's misses and the classes its registers showed when probed (car
// reviews and classified car listings, EV spec sheets, motorcycle and bike shop pages, boating
// and small-aircraft forums and weather notices, package tracking notices), each read as a
// class and tested on probe sentences written before the readers, readings41.tsv.

func (n *normalizer) round41Token(t *token) int {
	c := t.core
	if len(c) < 2 || n.inPart != 0 {
		return 0
	}
	if c[len(c)-1] == 's' && len(c) >= 5 && c[0] >= 'A' && c[0] <= 'Z' && (c[len(c)-2] == '\'' || strings.HasSuffix(c, "’s")) {
		if k := n.r41ModelPossessive(t); k > 0 {
			return k
		}
	}
	if len(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && n.may(shUpper) && n.r41AirportCode(t) {
		return 1
	}
	if c[len(c)-1] == 'I' || c[len(c)-1] == 'V' {
		if n.may(shHyphen) {
			if k := n.r41AcronymRoman(t); k > 0 {
				return k
			}
		}
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if k := n.r41TrackingDigits(t); k > 0 {
			return k
		}
		last := c[len(c)-1]
		switch {
		case last >= '0' && last <= '9':
			if n.may(shDot) && n.r41YearRelease(t) || n.may(shSlash) && (n.r41DateBeforeTime(t) || n.r41TireSize(t)) || n.r41Alloy(t) || n.may(shColon) && n.r41DecimalRatio(t) {
				return 1
			}
			return n.r41PrimeFoot(t)
		case last == 'P' && n.may(shUpper):
			return oneIf(n.r41GluedHP(t))
		case last == 'L' && len(c) == 5 && n.may(shUpper):
			return oneIf(n.r41LocalTime(t))
		case n.may(shLower | shUpper):
			return oneIf(n.r41ListingAbbrev(t) || n.r41Niner(t) || n.r41InchAdjective(t))
		}
	case c0 == 'N':
		if c == "NEMA" {
			return n.r41Nema(t)
		}
		return oneIf(n.may(shDigit) && n.r41Registration(t))
	case c0 == 'k' || c0 == 'L' || c0 == 'l':
		if c == "kt" {
			return oneIf(n.r41WindKnots(t))
		}
		if !n.may(shSlash) {
			return 0
		}
		if k := n.r41PerHundred(t); k > 0 {
			return k
		}
		return oneIf(c0 == 'L' && n.r41TireSize(t))
	case c0 == 'P':
		return oneIf(n.may(shSlash) && n.r41TireSize(t))
	case c0 == 'H':
		return oneIf(c == "HP" && n.r41SpacedHP(t))
	case c0 == 'M' || c0 == 'T' || c0 == 'W' || c0 == 'F' || c0 == 'S':
		return oneIf(n.r41WeekdayAfterZone(t))
	case c0 == 'm':
		return oneIf(c == "mi" && n.r41ThousandMiles(t))
	case c0 == 'y':
		return oneIf(c == "yr" && n.r41ChatYear(t))
	case c0 == 'c' || c0 == 'h':
		return oneIf(n.may(shSlash) && n.r41CityHighway(t))
	}
	return 0
}

// r41AirWords make a sentence about aircraft, where N and digits are a registration.
var r41AirWords = setOf(`aircraft airplane airplanes aeroplane plane planes jet helicopter pilot pilots ntsb faa tower
runway landed landing takeoff climbout cleared taxi taxiing squawk atc airport hangar flight cessna piper cirrus
beechcraft beech bonanza mooney skyhawk cherokee skylane citation`)

// r41RegistrationWords before a registration name it as one.
var r41RegistrationWords = setOf("registration reg registered tail")

// r41Registration reads a US aircraft registration, N and one to five characters (a digit 1-9
// first, up to two capitals last), character by character as pilots and the NTSB read it:
// "N172SP" n one seven two s p (it was in pairs), after tail number or registration or in a
// sentence of aircraft. Without letters it needs three digits or a registration word ("N95
// mask", "the N64", "the N7 bus" stay).
func (n *normalizer) r41Registration(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 6 || c[1] < '1' || c[1] > '9' || t.pre != "" {
		return false
	}
	d := 1
	for d < len(c) && isDigit(c[d]) {
		d++
	}
	letters := c[d:]
	if len(letters) > 2 {
		return false
	}
	for i := 0; i < len(letters); i++ {
		if letters[i] < 'A' || letters[i] > 'Z' {
			return false
		}
	}
	named := false
	if p := n.peek(-1); p != nil && (p.post == "" || p.post == ":") {
		l := lowerASCIIWord(p.core)
		named = r41RegistrationWords[l]
		if (l == "number" || l == "no") && p.post == "" {
			pp := n.peek(-2)
			named = pp != nil && pp.post == "" && strings.EqualFold(pp.core, "tail")
		}
	}
	if !named {
		if letters == "" && d-1 < 3 || !n.r41WordNear(r41AirWords, 10) {
			return false
		}
	}
	n.by("aircraft registration")
	n.emitLetter(t.raw, "n")
	n.emit(t.raw, appendDigitNames(nil, c[1:d], false)...)
	for i := 0; i < len(letters); i++ {
		n.emitLetter(t.raw, strings.ToLower(letters[i:i+1]))
	}
	return true
}

// r41WordNear reports a word of set within span tokens of the current one.
func (n *normalizer) r41WordNear(set map[string]bool, span int) bool {
	for k := max(0, n.i-span); k <= min(len(n.toks)-1, n.i+span); k++ {
		if k != n.i && set[lowerASCIIWord(n.toks[k].core)] {
			return true
		}
	}
	return false
}

// r41OverObjects begin the object of "over" as a preposition: "over the lake", "over a
// layer", "over 20 minutes".
var r41OverObjects = setOf(`the a an his her its their our my your this that these those each every all some many several
it them him me us you there here two three four five six seven eight nine ten`)

// r41OverPreposition reports that the token at k is "over" as a preposition, before the
// object it governs, so it makes no sentence about cricket, whose over is a noun ending a
// phrase ("in his last over", "a maiden over.").
func (n *normalizer) r41OverPreposition(k int) bool {
	t := &n.toks[k]
	if t.post != "" || k+1 >= len(n.toks) || !strings.EqualFold(t.core, "over") {
		return false
	}
	next := &n.toks[k+1]
	if next.pre != "" || next.core == "" {
		return false
	}
	return isDigit(next.core[0]) || r41OverObjects[lowerASCIIWord(next.core)]
}

// r41YearRelease reads three dotted groups that open with a year and two groups of one or two
// digits, where no date is, as a release named by its year, "Tesla's 2024.38.6 software
// update" twenty twenty four point thirty eight point six, as after a software name (it was a
// count: two thousand twenty four). "2024.03.15" stays a date.
func (n *normalizer) r41YearRelease(t *token) bool {
	c := t.core
	if len(c) < 8 || len(c) > 10 || c[4] != '.' || strings.Count(c, ".") != 2 || !yearVersion(c) {
		return false
	}
	if _, ok := numericDate(c); ok {
		return false
	}
	y, rest, _ := strings.Cut(c, ".")
	n.by("version")
	n.emit(t.raw, appendYear(nil, atoiSmall(y))...)
	n.emit(t.raw, "point")
	n.emit(t.raw, appendVersion(nil, rest)...)
	return true
}

// r41LengthNouns are things a length in feet describes when it stands before them: vessels,
// trailers and what a marina rents.
var r41LengthNouns = setOf(`boat bowrider pontoon skiff sailboat sloop ketch yawl yacht trawler cruiser catamaran runabout
dinghy kayak canoe tender whaler trailer camper motorhome container slip dock ladder mast`)

// r41LengthNoun reports a noun of r41LengthNouns, singular or plural.
func r41LengthNoun(w string) bool {
	return r41LengthNouns[w] || strings.HasSuffix(w, "s") && r41LengthNouns[w[:len(w)-1]]
}

// r41PrimeFoot reads a number with a prime before a vessel or a thing of r41LengthNouns as a
// length used as an adjective: "a 16' skiff" a sixteen foot skiff, "Sea Ray 21' bowrider" (the
// prime was left unread). No single quote may be open before it ("'Take 5' plays").
func (n *normalizer) r41PrimeFoot(t *token) int {
	if t.post != "'" && t.post != "′" || !allDigits(t.core) || len(t.core) > 3 || t.pre != "" {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r41LengthNoun(next.core) {
		return 0
	}
	for k := 0; k < n.i; k++ {
		if strings.ContainsAny(n.toks[k].pre, "'‘") {
			return 0
		}
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	n.emit(t.raw, "foot")
	return 1
}

// r41HorsepowerWords make "150 HP" horsepower beside carSpecWords (engineUnit): boats, their engines and
// their makers, and other engines a spec sheet rates.
var r41HorsepowerWords = setOf(`outboard outboards inboard kicker boat boats pontoon skiff bowrider sterndrive hull mercury
yamaha suzuki evinrude tohatsu kawasaki ducati harley tractor mower generator snowmobile motorcycle motorcycles bike`)

// r41GluedHP reads a number glued to HP as horsepower, "twin 150HP outboards" (it was h p);
// not among words of games.
func (n *normalizer) r41GluedHP(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || num.neg || num.plus || rest != "HP" && rest != "-HP" || n.engineWordNear(hitPointWords, false) {
		return false
	}
	n.by("engine unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "horsepower")
	return true
}

// r41SpacedHP reads HP after a number as horsepower in a sentence of boats and engines, also
// before a maker's capitalized name ("115 HP Mercury outboard"; it was h p); "3 HP laptops"
// stays the maker.
func (n *normalizer) r41SpacedHP(t *token) bool {
	prev := n.peek(-1)
	if t.pre != "" || prev == nil || prev.post != "" {
		return false
	}
	if num, rest, ok := scanNumber(prev.core); !ok || rest != "" || num.neg {
		return false
	}
	if !n.engineWordNear(r41HorsepowerWords, false) || n.engineWordNear(hitPointWords, false) {
		return false
	}
	n.by("engine unit")
	n.emit(t.raw, "horsepower")
	return true
}

// r41ListingAbbrevs are a car listing's abbreviations glued to a count: "6-spd" six speed,
// "6-cyl" six cylinder, "4dr" four door.
var r41ListingAbbrevs = map[string]string{"spd": "speed", "cyl": "cylinder", "dr": "door"}

// r41ListingAbbrev reads a count of one or two digits glued to a listing's abbreviation, with or
// without a hyphen, as an adjective: "5-spd manual" five speed manual, "4dr" four door (it was
// spelled).
func (n *normalizer) r41ListingAbbrev(t *token) bool {
	c := t.core
	d := 0
	for d < len(c) && isDigit(c[d]) {
		d++
	}
	if d == 0 || d > 2 || c[0] == '0' {
		return false
	}
	abbr := strings.TrimPrefix(c[d:], "-")
	w, ok := r41ListingAbbrevs[strings.ToLower(abbr)]
	if !ok || abbr != strings.ToLower(abbr) && abbr != strings.ToUpper(abbr) {
		return false
	}
	n.by("listing abbreviation")
	n.emit(t.raw, appendInteger(nil, c[:d])...)
	n.emit(t.raw, w)
	return true
}

// r41ThousandMiles reads "mi" after a count in thousands, "112k mi" one hundred twelve thousand
// miles (it was mi).
func (n *normalizer) r41ThousandMiles(t *token) bool {
	prev := n.peek(-1)
	if t.pre != "" || prev == nil || prev.post != "" || len(prev.core) < 2 {
		return false
	}
	p := prev.core
	if k := p[len(p)-1]; k != 'k' && k != 'K' {
		return false
	}
	if num, rest, ok := scanNumber(p[:len(p)-1]); !ok || rest != "" || num.neg {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, "miles")
	return true
}

// r41CityHighway reads a fuel economy's pair, "city/hwy" city highway, "31 city/40 hwy" thirty
// one city forty highway (it was city slash hwy).
func (n *normalizer) r41CityHighway(t *token) bool {
	a, b, ok := strings.Cut(t.lower(), "/")
	if !ok {
		return false
	}
	hwy := func(s string) bool { return s == "hwy" || s == "highway" }
	switch {
	case a == "city" && hwy(b):
		n.by("fuel economy")
		n.emit(t.raw, "city", "highway")
		return true
	case hwy(a) && b == "city":
		n.by("fuel economy")
		n.emit(t.raw, "highway", "city")
		return true
	case a == "city" && b != "" && len(b) <= 3 && allDigits(b):
		next := n.peek(1)
		if next == nil || t.post != "" || !hwy(next.lower()) {
			return false
		}
		n.by("fuel economy")
		n.emit(t.raw, "city")
		n.emit(t.raw, appendInteger(nil, b)...)
		return true
	}
	return false
}

// r41Niner reads a two-digit number ending in 9 glued to er or ers as niner(s), as the 49ers
// are: "29er" twenty niner, a mountain bike's wheels (it was twenty nine er).
func (n *normalizer) r41Niner(t *token) bool {
	c := t.core
	if len(c) != 4 && len(c) != 5 || c[0] < '2' || c[0] > '9' || c[1] != '9' || c[2:] != "er" && c[2:] != "ers" {
		return false
	}
	n.by("number")
	n.emit(t.raw, appendInteger(nil, c[:1]+"0")...)
	n.emit(t.raw, "niner"+c[4:])
	return true
}

// r41InchAdjective reads a number hyphened to "in." (or "in") before a word as inches used as
// an adjective: "20-in. alloys" twenty inch alloys (it was twenty in).
func (n *normalizer) r41InchAdjective(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "-in" || num.neg || num.plus || t.post != "" && t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) < 2 || !isLetterWord(next.core) || next.core != next.lower() {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "inch")
	return true
}

// r41TireSize reads a tire size as tire shops say it: the width in pairs, the aspect ratio,
// the construction letters, the rim, after P or LT spelled: "225/45R17" two twenty five forty
// five r seventeen, "LT275/65R18"; a bias-ply size's hyphen is not said, "120/70-17" one twenty
// seventy seventeen (they were a slash and counts). A width under 60, an aspect ratio off the
// fives or a rim outside 8-24 is no tire ("12/24-26").
func (n *normalizer) r41TireSize(t *token) bool {
	c := t.core
	prefix := ""
	switch {
	case strings.HasPrefix(c, "LT"):
		prefix, c = "lt", c[2:]
	case strings.HasPrefix(c, "P"):
		prefix, c = "p", c[1:]
	}
	w, rest, ok := strings.Cut(c, "/")
	if !ok || len(w) < 2 || len(w) > 3 || len(rest) < 5 || !allDigits(w) || !allDigits(rest[:2]) || !allDigits(rest[len(rest)-2:]) {
		return false
	}
	width, aspect, rim := atoiSmall(w), atoiSmall(rest[:2]), rest[len(rest)-2:]
	mid := rest[2 : len(rest)-2]
	farm := mid == "R" && width >= 200 && atoiSmall(rim) <= 54 // a tractor's "380/90R46" (round fifty-eight)
	if mid != "R" && mid != "ZR" && mid != "B" && mid != "D" && mid != "-" || width < 60 || aspect < 25 || aspect%5 != 0 || atoiSmall(rim) < 8 || atoiSmall(rim) > 24 && !farm {
		return false // "12/24-26" a span of days
	}
	n.by("tire size")
	for i := 0; i < len(prefix); i++ {
		n.emitLetter(t.raw, prefix[i:i+1])
	}
	if len(w) == 3 {
		n.emit(t.raw, appendPaired(nil, w)...)
	} else {
		n.emit(t.raw, appendInteger(nil, w)...)
	}
	n.emit(t.raw, appendInteger(nil, rest[:2])...)
	if mid != "-" {
		for i := 0; i < len(mid); i++ {
			n.emitLetter(t.raw, strings.ToLower(mid[i:i+1]))
		}
	}
	n.emit(t.raw, appendInteger(nil, rim)...)
	return true
}

// r41ShipWords before a long run of digits make it a tracking number: carriers' names and
// words of consignments.
var r41ShipWords = setOf("usps ups fedex dhl ontrac lasership purolator waybill awb shipment consignment parcel")

// r41TrackingDigits reads ten digits or more after a carrier's name or a word of r41ShipWords
// (through "number", "no", "#" or "is"), in one run or in spaced groups of one to five digits,
// digit by digit as a tracking number: "USPS 9400 1118 9922 3344 5566 77", "Waybill 4412 8890
// 21", "shipment 1234567890" (they were counts and pairs). It returns the tokens used.
func (n *normalizer) r41TrackingDigits(t *token) int {
	if t.pre != "" || len(t.core) > 30 || len(t.core) > 5 && len(t.core) < 10 || !allDigits(t.core) {
		return 0
	}
	if len(t.core) <= 5 {
		// Spaced groups: another group must follow (a cheap test before looking back).
		g := n.peek(1)
		if t.post != "" || g == nil || g.pre != "" || g.core == "" || !isDigit(g.core[0]) {
			return 0
		}
	}
	named := false
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" && !(off == -1 && p.post == ":") {
			break
		}
		l := lowerASCIIWord(p.core)
		if r41ShipWords[l] {
			named = true
			break
		}
		if l != "number" && l != "no" && l != "#" && l != "is" && l != "tracking" {
			break
		}
	}
	if !named {
		return 0
	}
	groups := []string{t.core}
	total := len(t.core)
	if len(t.core) <= 5 {
		for k := 1; k < 8 && t.post == ""; k++ {
			g := n.peek(k)
			if g == nil || g.pre != "" || len(g.core) > 5 || !allDigits(g.core) || n.peek(k-1).post != "" {
				break
			}
			groups = append(groups, g.core)
			total += len(g.core)
		}
	}
	if total < 10 {
		return 0
	}
	n.by("code digits")
	n.phone(t.raw, groups, "")
	return len(groups)
}

// r41LongWordCut lets a run-together name be cut between a doubled consonant after a lexicon
// word of five letters or more, before a piece of three or four letters: "classiccars" classic
// cars. pieceAfterCut keeps a shorter first piece whole, as English spells a doubled consonant
// inside one word ("zillow" is not zil low).
func r41LongWordCut(s string, from, j, i int) bool {
	return j-from >= 5 && i-j >= 3 && s[j-1] == s[j] && !isVowel(s[j]) && (i-j == 3 || i-j == 4)
}

// r41FourWords splits a host's run-together name of twelve letters or more into four lexicon
// words of three letters or more when no split into fewer is found: "usedcarsforsale" used cars
// for sale, "boatpartsforless" (it was left whole). No two-letter piece: a listener hears those
// as letters, and four pieces with one are seldom what a brand is made of.
func r41FourWords(s string, isWord func(string) bool) []string {
	if len(s) < 12 {
		return nil
	}
	parts := segmentWords(s, isWord, 4)
	if len(parts) != 4 {
		return nil
	}
	for _, p := range parts {
		if len(p) < 3 {
			return nil
		}
	}
	return parts
}

// r41PerHundred reads a consumption per 100 km or 100 mi, "18 kWh/100 mi" eighteen kilowatt
// hours per one hundred miles, "6.5 L/100 km", "22 kWh/100km" (the per was not said). It
// returns the tokens used.
func (n *normalizer) r41PerHundred(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || t.pre != "" || a != "kWh" && a != "Wh" && a != "L" && a != "l" || !strings.HasPrefix(b, "100") {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[len(prev.core)-1]) {
		return 0
	}
	unit, used := b[3:], 1
	if unit == "" {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		unit, used = next.core, 2
	}
	var dist string
	switch unit {
	case "km":
		dist = "kilometers"
	case "mi":
		dist = "miles"
	default:
		return 0
	}
	un, _ := unitWord(a, false)
	n.by("number and unit")
	name := un.plural
	if prev.core == "1" {
		name = un.sing
	}
	n.emit(t.raw, strings.Fields(name)...)
	n.emit(t.raw, "per", "one", "hundred", dist)
	return used
}

// r41Nema reads NEMA as the word it is said as, and a plug's type after it by its two
// numbers: "NEMA 14-50" nema fourteen fifty (it was n e m a fourteen to fifty). It returns the
// tokens used.
func (n *normalizer) r41Nema(t *token) int {
	n.by("acronym")
	n.emit(t.raw, "nema")
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return 1
	}
	a, b, ok := strings.Cut(next.core, "-")
	if !ok || len(a) < 1 || len(a) > 2 || len(b) != 2 || !allDigits(a) || !allDigits(b) || a[0] == '0' {
		return 1
	}
	n.emit(next.raw, appendInteger(nil, a)...)
	n.emit(next.raw, appendInteger(nil, b)...)
	return 2
}

// r41DateBeforeTime reads a month and day right before a clock time, or before at and a clock
// time with a one-digit hour, as a date, as tracking notices print them: "Attempted 12/8 3:45
// PM" december eighth, "Scanned 03/14 at 7:02 am" march fourteenth (they were two numbers;
// atTimeNext asks for two digits of hour).
func (n *normalizer) r41DateBeforeTime(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || t.post != "" || t.pre != "" || len(a) < 1 || len(a) > 2 || len(b) < 1 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > 12 || y < 1 || y > 31 {
		return false
	}
	k := 1
	if at := n.peek(1); at != nil && at.pre == "" && at.post == "" && (strings.EqualFold(at.core, "at") || at.core == "@") {
		k = 2
	}
	tm := n.peek(k)
	if tm == nil || tm.pre != "" || !n.r41ClockAt(k) {
		return false
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[x]}, y)...)
	return true
}

// r41ClockAt reports a clock time at offset k: H:MM or HH:MM, alone or before am or pm, or an
// hour before am or pm.
func (n *normalizer) r41ClockAt(k int) bool {
	tm := n.peek(k)
	if meridiemTail(tm.lower()) {
		return true
	}
	next := n.peek(k + 1)
	if clockHHMM(tm.core) {
		return true
	}
	return next != nil && tm.post == "" && allDigits(tm.core) && len(tm.core) <= 2 && meridiem(next.core) != ""
}

// r41AlloyWords after a four-digit number make it an aluminum alloy.
var r41AlloyWords = setOf("aluminum aluminium alloy")

// r41TimePreps before a year keep it one: "In 2024 aluminum prices rose".
var r41TimePreps = setOf("in since by during until till from before after through")

// r41Alloy reads a four-digit aluminum alloy in pairs, before aluminum, aluminium or alloy or with
// a temper after a hyphen, as machinists and bike shops say it: "6061 aluminum" sixty sixty one
// aluminum, "7075-T6" seventy seventy five t six (they were counts).
func (n *normalizer) r41Alloy(t *token) bool {
	c := t.core
	if len(c) < 4 || c[0] < '1' || c[0] > '8' || !allDigits(c[:4]) || t.pre != "" {
		return false
	}
	temper := ""
	if len(c) > 4 {
		if c[4] != '-' || len(c) < 7 || len(c) > 9 || c[5] != 'T' && c[5] != 'H' || !allDigits(c[6:]) {
			return false
		}
		temper = c[5:]
	} else {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" || next.core == "" || next.core[0]|0x20 != 'a' || !r41AlloyWords[lowerASCIIWord(next.core)] {
			return false
		}
		if p := n.peek(-1); p != nil && r41TimePreps[lowerASCIIWord(p.core)] {
			return false
		}
	}
	n.by("alloy")
	n.emit(t.raw, appendPaired(nil, c[:4])...)
	if temper != "" {
		n.emitLetter(t.raw, strings.ToLower(temper[:1]))
		if len(temper) <= 3 {
			n.emit(t.raw, appendInteger(nil, temper[1:])...)
		} else {
			n.emit(t.raw, appendPaired(nil, temper[1:])...)
		}
	}
	return true
}

// r41WeekdayAfterZone reads a weekday's abbreviation after a time and its zone as the day, "until
// 4 PM PDT Sat" saturday (it was sat; with a period it was read already).
func (n *normalizer) r41WeekdayAfterZone(t *token) bool {
	day, ok := weekdayShort[t.core]
	if !ok || t.pre != "" || t.post != "" && t.post != "," && t.post != ";" {
		return false
	}
	zone, tm := n.peek(-1), n.peek(-2)
	if zone == nil || tm == nil || zone.post != "" || zoneNames[zone.core] == "" || tm.post != "" {
		return false
	}
	if l := tm.lower(); meridiem(l) == "" && !meridiemTail(l) && !clockHHMM(tm.core) && l != "noon" && l != "midnight" {
		return false
	}
	n.by("weekday")
	n.emit(t.raw, day)
	return true
}

// r41ModelPossessive reads a possessive after a model name of capitals, digits and hyphens
// that ends in a digit as the name's possessive: "The SV650's redline" s v six fifty's, "the
// F-150's bed" f one fifty's (they were s v six fifty s and f one fifties, a plural). It
// returns the tokens used.
func (n *normalizer) r41ModelPossessive(t *token) int {
	stem := strings.TrimSuffix(strings.TrimSuffix(t.core, "'s"), "’s")
	if len(stem) < 2 || len(stem) > 12 || !isDigit(stem[len(stem)-1]) || t.pre != "" {
		return 0
	}
	letters := false
	for i := 0; i < len(stem); i++ {
		switch c := stem[i]; {
		case c >= 'A' && c <= 'Z':
			letters = true
		case isDigit(c) || c == '-' && i > 0 && i < len(stem)-1:
		default:
			return 0
		}
	}
	if !letters {
		return 0
	}
	start := len(n.out)
	k := n.reread(t, stem, t.post)
	if k == 1 && len(n.out) > start && !n.out[len(n.out)-1].Letter {
		n.out[len(n.out)-1].Text += "'s"
	}
	return k
}

// r41ChatYear reads "yr" after this, last, next, every, per, each, a or one as year, "this yr"
// this year (it was yr); "yr" elsewhere ("when yr home", "Yr Street") stays.
func (n *normalizer) r41ChatYear(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" {
		return false
	}
	switch prev.core {
	case "this", "last", "next", "every", "per", "each", "a", "one", "This", "Last", "Next", "Every":
	default:
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "year")
	return true
}

// r41DecimalRatio reads a ratio with a decimal before its colon and a whole number after it as
// "to": "a 3.73:1 rear axle" three point seven three to one (it was colon).
func (n *normalizer) r41DecimalRatio(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || len(b) < 1 || len(b) > 3 || !allDigits(b) || !strings.Contains(a, ".") {
		return false
	}
	num, rest, ok := scanNumber(a)
	if !ok || rest != "" || num.neg || num.plus || num.commas || !num.hasPoint || num.frac == "" {
		return false
	}
	n.by("ratio")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// r41Arrow reports a route's arrow token.
func r41Arrow(t *token) bool {
	return t != nil && t.pre == "" && t.post == "" && (t.core == "→" || t.core == "->")
}

// r41ThreeCapitals reports a token of three capitals alone.
func r41ThreeCapitals(t *token) bool {
	if t == nil || len(t.core) != 3 || t.pre != "" {
		return false
	}
	for i := 0; i < 3; i++ {
		if t.core[i] < 'A' || t.core[i] > 'Z' {
			return false
		}
	}
	return true
}

// r41AirportCode spells three capitals joined by a route's arrow to three more as the airport
// codes they are: "SEA → ANC → FAI" s e a to a n c to f a i (SEA and FAI were read as words).
func (n *normalizer) r41AirportCode(t *token) bool {
	if !r41ThreeCapitals(t) {
		return false
	}
	if !(t.post == "" && r41Arrow(n.peek(1)) && r41ThreeCapitals(n.peek(2))) && !(r41Arrow(n.peek(-1)) && r41ThreeCapitals(n.peek(-2)) && n.peek(-2).post == "") {
		return false
	}
	n.by("airport code")
	for i := 0; i < 3; i++ {
		n.emitLetter(t.raw, strings.ToLower(t.core[i:i+1]))
	}
	return true
}

// r41LocalCues before a 24-hour time glued to L make it local time: words of departing and
// arriving, their codes, and time prepositions.
var r41LocalCues = setOf("depart departs departing departure arrive arrives arriving arrival leave leaving at by until from before after etd eta std sta")

// r41LocalTime reads a four-digit 24-hour time glued to L after a word of r41LocalCues as local
// time, as flight plans write it beside zulu: "depart 1430L" fourteen thirty local, "ETD
// 0800L" oh eight hundred local (they were liters; "holds 1500L of diesel" stays).
func (n *normalizer) r41LocalTime(t *token) bool {
	c := t.core
	if !allDigits(c[:4]) || t.pre != "" {
		return false
	}
	hh, mm := atoiSmall(c[:2]), atoiSmall(c[2:4])
	prev := n.peek(-1)
	if hh > 23 || mm > 59 || prev == nil || prev.post != "" || !r41LocalCues[lowerASCIIWord(prev.core)] {
		return false
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	n.emit(t.raw, "local")
	return true
}

// r41WindNouns are winds named by their direction to a course; a sentence with one is about
// wind, and one right after a speed makes the speed an adjective.
var r41WindNouns = setOf("crosswind crosswinds headwind headwinds tailwind tailwinds")

// r41WindKnots reads kt after a number as knots in a sentence of crosswinds, headwinds or
// tailwinds, singular before one ("a 25 kt headwind" twenty five knot headwind; it was k t);
// seaWindWords' sentences were read already.
func (n *normalizer) r41WindKnots(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[len(prev.core)-1]) || t.pre != "" || !n.r41WordNear(r41WindNouns, 10) {
		return false
	}
	w := plural(prev.core == "1", "knot", "knots")
	if next := n.peek(1); next != nil && t.post == "" && r41WindNouns[lowerASCIIWord(next.core)] && !strings.HasSuffix(next.core, "s") {
		w = "knot"
	}
	n.by("unit")
	n.emit(t.raw, w)
	return true
}

// r41AcronymRoman reads a Roman numeral of two to four characters after an acronym's hyphen as
// its number, as World War II is read: "OBD-II" o b d two, "SAT-II" (they were letters). The
// acronym is read as it is alone. It returns the tokens used.
func (n *normalizer) r41AcronymRoman(t *token) int {
	a, r, ok := strings.Cut(t.core, "-")
	if !ok || len(a) < 2 || len(a) > 5 || len(r) < 2 || len(r) > 4 || !isUpperWord(a) || !isLetterWord(a) || t.pre != "" {
		return 0
	}
	v := romanValue(r)
	if v < 2 || v > 12 {
		return 0
	}
	if k := n.reread(t, a, ""); k != 1 {
		return k
	}
	n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	return 1
}
