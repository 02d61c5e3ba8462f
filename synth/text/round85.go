package text

import "strings"

// Round eighty-five: the classes held-out set 64's dev half missed in cars and vehicles text
// (dealer and private listings, recall notices, repair manuals and forum threads with OBD-II
// codes and torque specs, tire sizes, EV charging, towing and payload, parts listings), and the
// misses found by probing those sources further, each read as a class and tested on probe
// sentences written before the readers, readings85.tsv.

// r85First is the dispatch's set of first bytes for round85Token (see firstSet): a digit, P B C
// U for a trouble code, R for a refrigerant, O and W for credit, M for MPG, a sign for an
// alignment's figure (- and the minus sign, a character outside ASCII); with r85Len, a core of
// two to thirteen bytes, the test is inlined before the call.
var r85First = firstBytes(firstDigits, "PBCURWOM-", firstWide)

// r85Len reports a core of two to thirteen bytes, the lengths round85Token reads.
func r85Len(c string) bool { return uint(len(c)-2) <= 11 }

// round85Token reads a token by its first byte, its length and its last byte before any look at
// its neighbours or the sentence.
func (n *normalizer) round85Token(t *token) int {
	c := t.core
	if n.inPart != 0 || t.pre != "" && t.pre != "(" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		return n.r85Number(t)
	case c0 == 'R':
		if len(c) >= 3 && len(c) <= 8 && n.may(shDigit) {
			return n.r85Refrigerant(t)
		}
	case c0 == 'O' || c0 == 'W':
		if c == "OAC" || c == "WAC" {
			return n.r85Credit(t)
		}
	case c0 == 'M':
		if c == "MPG" || c == "MPGe" {
			return n.r85Mpg(t)
		}
	case c0 == '-' || c0 == 0xE2:
		return n.r85Negative(t)
	case c0 == 'P' || c0 == 'B' || c0 == 'C' || c0 == 'U':
		if len(c) == 5 && allDigits(c[1:]) && c[1] <= '3' {
			return n.r85TroubleCode(t)
		}
	}
	return 0
}

// r85Number sends a token that opens with a digit to the readers its length and bytes call for;
// the readers a shape bit guards are asked first, each letting the token go on when it does not
// read it, so a guard never decides which reader is asked (TestGuardsChangeNothing).
func (n *normalizer) r85Number(t *token) int {
	c := t.core
	last := c[len(c)-1]
	if t.pre == "(" {
		if len(c) == 5 && allDigits(c) {
			return n.r85Zip(t)
		}
		return 0
	}
	if n.may(shWide) && strings.Contains(c, "→") {
		if k := n.r85Arrow(t); k > 0 {
			return k
		}
	}
	if n.may(shSlash) && len(c) >= 4 {
		if k := n.r85BuildDate(t); k > 0 {
			return k
		}
	}
	if n.may(shHyphen) && len(c) >= 5 && len(c) <= 9 && (last == 'b' || last == 's') {
		if k := n.r85ThousandPound(t); k > 0 {
			return k
		}
	}
	switch {
	case len(c) <= 3 && (c[0] == '2' || c[0] == '4') && (c[1] == 'H' || c[1] == 'L'):
		return n.r85Range(t)
	case len(c) == 6 && c[4] == 'H' && c[5] == 'D':
		return n.r85HeavyDuty(t)
	case (len(c) == 3 || len(c) == 5) && c[1] == '-':
		return n.r85Places(t)
	case c[1] == '.' && (len(c) == 4 || len(c) == 5 && last == 's'):
		return n.r85Ratio(t)
	case last >= 'A' && last <= 'Z' && len(c) <= 8:
		return n.r85LoadIndex(t)
	case last < '0' || last > '9':
		return 0
	case len(c) >= 4 && len(c) <= 7 && (c[1] == 'W' || c[1] == 'w' || c[2] == 'W' || c[2] == 'w'):
		return n.r85Viscosity(t)
	case len(c) >= 9 && (c[2] == 'x' || c[2] == 'X'):
		return n.r85Flotation(t)
	}
	return 0
}

// R1: an OBD-II trouble code, P (powertrain), B (body), C (chassis) or U (network) and four
// digits, in a sentence of diagnosis is said as mechanics say it: the letter, a leading zero
// said zero and the last three digits in pairs ("P0420" p zero four twenty, "P0300" p zero three
// hundred, "U0100" u zero one hundred), or a maker's four digits in pairs ("P1450" p fourteen
// fifty). It was digit by digit. "Room B1318" and "the P0420 bus" have no word of diagnosis.

// r85DiagWords in a sentence make a letter and four digits a trouble code.
var r85DiagWords = setOf(`code codes dtc dtcs obd obdii obd2 scanner scan threw throws throwing thrown pulled stored
pending misfire misfires fault faults ecm pcm ecu tcm bcm diag diagnostic diagnostics trouble cel mil`)

// r85TroubleCode reads a trouble code in a sentence of diagnosis.
func (n *normalizer) r85TroubleCode(t *token) int {
	if !n.sentenceHas(r85DiagWords) {
		return 0
	}
	c := t.core
	n.by("trouble code")
	n.emitLetter(t.raw, string(c[0]+'a'-'A'))
	n.emit(t.raw, r85TroubleDigits(nil, c[1:])...)
	return 1
}

// r85TroubleDigits appends the words of a trouble code's four digits d.
func r85TroubleDigits(dst []string, d string) []string {
	if d[0] != '0' {
		return appendPaired(dst, d)
	}
	dst = append(dst, "zero")
	if d[1] != '0' {
		return appendPaired(dst, d[1:])
	}
	dst = append(dst, "zero")
	if d[2] == '0' {
		return append(dst, "zero", onesWords[d[3]-'0'])
	}
	return appendUnder100(dst, int(d[2]-'0')*10+int(d[3]-'0'))
}

// R2: an engine oil's or a gear oil's viscosity grade, the winter number, W and the hot number
// ("5W-30" five w thirty, "75W-140" seventy five w one forty); it was watts. A range of watts
// ends in W ("45W-65W") and is not a grade.

// r85Winter and r85Hot are the SAE grades' numbers either side of the W.
var (
	r85Winter = setOf("0 5 10 15 20 25 70 75 80 85")
	r85Hot    = setOf("8 12 16 20 30 40 50 60 70 80 85 90 110 140 190 250")
)

// r85Viscosity reads a viscosity grade.
func (n *normalizer) r85Viscosity(t *token) int {
	c := t.core
	w := 1
	if c[1] != 'W' && c[1] != 'w' {
		w = 2
	}
	hot := c[w+1:]
	if hot != "" && hot[0] == '-' {
		hot = hot[1:]
	}
	if !r85Winter[c[:w]] || !r85Hot[hot] || w == 2 && c[0] == '0' {
		return 0
	}
	n.by("oil grade")
	n.emit(t.raw, appendInteger(nil, c[:w])...)
	n.emitLetter(t.raw, "w")
	if len(hot) == 3 {
		n.emit(t.raw, appendPaired(nil, hot)...)
	} else {
		n.emit(t.raw, appendInteger(nil, hot)...)
	}
	return 1
}

// R3: a refrigerant's number after R, with or without a hyphen: three or four digits in pairs,
// two as a number, its letters spelled ("R-1234yf" r twelve thirty four y f, "R-134a" r one
// thirty four a, "R-410A" r four ten a); it was a count, and yf a word. Without letters after
// it ("R-22", "R-32") only in a sentence of cooling, so "the R-1234 form" stays as it was.

// r85RefrigerantSuffixes are the letters a refrigerant's number carries, as written.
var r85RefrigerantSuffixes = setOf("a A yf ze zd C")

// r85CoolWords in a sentence make R and a bare number a refrigerant.
var r85CoolWords = setOf(`refrigerant refrigerants freon ac hvac compressor recharge recharged recharging condenser
evaporator units unit heat pump pumps leak leaks charge`)

// r85Refrigerant reads a refrigerant's name.
func (n *normalizer) r85Refrigerant(t *token) int {
	c := t.core[1:]
	if c[0] == '-' {
		c = c[1:]
	}
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i < 2 || i > 4 || c[0] == '0' {
		return 0
	}
	digits, suffix := c[:i], c[i:]
	if suffix != "" {
		if !r85RefrigerantSuffixes[suffix] || suffix == "C" && i != 3 {
			return 0
		}
	} else if !n.sentenceHas(r85CoolWords) {
		return 0
	}
	n.by("refrigerant")
	n.emitLetter(t.raw, "r")
	if i == 2 {
		n.emit(t.raw, appendInteger(nil, digits)...)
	} else {
		n.emit(t.raw, appendPaired(nil, digits)...)
	}
	for k := 0; k < len(suffix); k++ {
		b := suffix[k]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		n.emitLetter(t.raw, string(b))
	}
	return 1
}

// R4: a tire's service description right after its size, its load index in pairs (a dual
// index for dual wheels, "120/116R" one twenty one sixteen r) and its speed rating spelled
// ("275/55R20 113T" one thirteen t, "94W" ninety four w; they were a count and watts); and a
// flotation size, the overall diameter by the width with its two decimals said as a pair
// ("35x12.50R20" thirty five by twelve fifty r twenty; it was point five zero).

// r85SpeedRatings are the letters of the speed ratings.
var r85SpeedRatings = [256]bool{'L': true, 'M': true, 'N': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true, 'U': true, 'H': true, 'V': true, 'W': true, 'Y': true, 'Z': true}

// r85LoadIndex reads a tire's load index and speed rating after its size.
func (n *normalizer) r85LoadIndex(t *token) int {
	c := t.core
	if !r85SpeedRatings[c[len(c)-1]] {
		return 0
	}
	idx := c[:len(c)-1]
	first, second, dual := idx, "", false
	if k := strings.IndexByte(idx, '/'); k >= 0 {
		first, second, dual = idx[:k], idx[k+1:], true
	}
	if !r85IndexDigits(first) || dual && !r85IndexDigits(second) {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !r85TireSize(prev.core) {
		return 0
	}
	n.by("tire service description")
	n.emit(t.raw, r85Index(nil, first)...)
	if dual {
		n.emit(t.raw, r85Index(nil, second)...)
	}
	n.emitLetter(t.raw, string(c[len(c)-1]+'a'-'A'))
	return 1
}

// r85IndexDigits reports a load index: two or three digits, no leading zero.
func r85IndexDigits(s string) bool {
	return (len(s) == 2 || len(s) == 3) && s[0] != '0' && allDigits(s)
}

// r85Index appends a load index's words: three digits in pairs, two as a number.
func r85Index(dst []string, s string) []string {
	if len(s) == 3 {
		return appendPaired(dst, s)
	}
	return appendInteger(dst, s)
}

// r85TireSize reports a tire's size ending in its rim's diameter after R: "275/55R20",
// "LT245/75R16", "225/45ZR17", "35x12.50R20".
func r85TireSize(c string) bool {
	if len(c) < 8 || len(c) > 14 || !isDigit(c[len(c)-1]) || !isDigit(c[len(c)-2]) || c[len(c)-3] != 'R' {
		return false
	}
	return strings.IndexByte(c, '/') >= 0 || strings.IndexByte(c, 'x') >= 0
}

// r85Flotation reads a flotation tire's size: "35x12.50R20", "33X12.50R17".
func (n *normalizer) r85Flotation(t *token) int {
	c := t.core
	if len(c) != 11 || !allDigits(c[:2]) || !isDigit(c[3]) || !isDigit(c[4]) || c[5] != '.' || !isDigit(c[6]) || !isDigit(c[7]) || c[8] != 'R' || !allDigits(c[9:]) {
		return 0
	}
	if c[3] == '0' || c[6] == '0' {
		return 0
	}
	n.by("tire size")
	n.emit(t.raw, appendInteger(nil, c[:2])...)
	n.emit(t.raw, "by")
	n.emit(t.raw, appendInteger(nil, c[3:5])...)
	n.emit(t.raw, appendInteger(nil, c[6:8])...)
	n.emitLetter(t.raw, "r")
	n.emit(t.raw, appendInteger(nil, c[9:])...)
	return 1
}

// R5: a transfer case's ranges in a sentence of four-wheel drive, 2H two high, 4H four high, 4L
// four low (and 2Hi, 4Hi, 4Lo); they were letters, and 4L four liters. "It holds 4L of oil"
// has no word of four-wheel drive; a number of liters before of or an engine stays liters.

// r85RangeWords in a sentence make 2H, 4H and 4L a transfer case's ranges.
var r85RangeWords = setOf(`transfer shift shifted shifting shifts 4wd 4x4 awd crawl crawling engage engaged engages
lever selector hubs hub lockers locker trail offroad wheeling wd`)

// r85Ranges are the ranges' spellings and their words.
var r85Ranges = map[string][2]string{
	"2H": {"two", "high"}, "4H": {"four", "high"}, "4L": {"four", "low"},
	"2Hi": {"two", "high"}, "4Hi": {"four", "high"}, "4Lo": {"four", "low"},
	"2HI": {"two", "high"}, "4HI": {"four", "high"}, "4LO": {"four", "low"},
}

// r85Range reads a transfer case's range.
func (n *normalizer) r85Range(t *token) int {
	w, ok := r85Ranges[t.core]
	if !ok {
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" {
		switch next.lower() {
		case "of", "v6", "v8", "engine", "turbo", "diesel", "i4", "inline", "hemi":
			return 0
		}
	}
	if !n.sentenceHas(r85RangeWords) {
		return 0
	}
	n.by("transfer case range")
	n.emit(t.raw, w[0], w[1])
	return 1
}

// R6: OAC and WAC in a sentence of financing are on approved credit and with approved credit,
// as a dealer's fine print is read (they were spelled); "The OAC is the Ohio Administrative
// Code" has no word of financing. Alone in its sentence (the splitter ends one at "mo." before
// a capital) it closes a dealer's fine print.

// r85CreditWords in a sentence make OAC and WAC credit's terms.
var r85CreditWords = setOf(`apr financing finance financed lease leases leasing down mo mos month months credit payment
payments rate rates msrp dealer term loan`)

// r85Credit reads OAC and WAC.
func (n *normalizer) r85Credit(t *token) int {
	if len(n.toks) > 1 && !n.sentenceHas(r85CreditWords) { // alone, the fine print's last line ("48 mo. OAC.")
		return 0
	}
	n.by("credit terms")
	if t.core[0] == 'O' {
		n.emit(t.raw, "on", "approved", "credit")
	} else {
		n.emit(t.raw, "with", "approved", "credit")
	}
	return 1
}

// R7: finishing places joined by hyphens before finish, sweep, podium or lockout are the places
// ("a 1-2 finish" a one two finish; it was a score, one to two); "a 1-2 loss" stays a score,
// and "The No. 1-2 punch" stays as readings-lead66.tsv pins it.

// r85PlaceNouns after the places make them a finish.
var r85PlaceNouns = setOf("finish finishes sweep podium lockout")

// r85Places reads "1-2" and "1-2-3" before a word of finishing.
func (n *normalizer) r85Places(t *token) int {
	c := t.core
	for k := 0; k < len(c); k++ {
		if k%2 == 0 && (c[k] < '1' || c[k] > '9') || k%2 == 1 && c[k] != '-' {
			return 0
		}
	}
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || !r85PlaceNouns[next.lower()] {
		return 0
	}
	n.by("finishing places")
	for k := 0; k < len(c); k += 2 {
		n.emit(t.raw, onesWords[c[k]-'0'])
	}
	return 1
}

// R8: a signed figure of wheel alignment or a wheel's offset, beside camber, caster, toe or a
// wheel's offset, is negative as the trade says it ("−1.5° of camber" negative one point five
// degrees, "a -12mm offset" negative twelve millimeter; it was minus). "It was −5° at the track"
// keeps the temperature's minus.

// The words near a figure that make its sign negative are r85AlignKind's: camber, caster and
// toe alone, an offset only with a word of wheels near too (a printer's "Z offset to −0.15 mm"
// keeps its minus, as held50 pins it).

// r85Negative reads a minus sign or hyphen before a figure in a sentence of alignment.
func (n *normalizer) r85Negative(t *token) int {
	c := t.core
	w := 1
	if c[0] == 0xE2 {
		if len(c) < 4 || c[1] != 0x88 || c[2] != 0x92 {
			return 0
		}
		w = 3
	}
	if !isDigit(c[w]) || !n.r85AlignNear() {
		return 0
	}
	start := len(n.out)
	k := n.reread(t, c[w:], t.post)
	if k == 0 {
		n.out = n.out[:start]
		return 0
	}
	n.out = append(n.out, Word{})
	copy(n.out[start+1:], n.out[start:])
	n.out[start] = Word{Text: "negative", Source: t.raw}
	n.by("negative figure of alignment")
	return k
}

// r85AlignNear reports a word of alignment among the six tokens before the figure and the three
// after it, or an offset's word there with a wheel's: a window, not a scan of the sentence, as
// the figures are written beside their words and a sentence's scan cost every signed number of
// the web megabyte some 3,000 instructions; each token's length and first letter are tested
// before any comparison of words (r85AlignKind), as the window's map lookups still cost 0.3 %
// of the megabyte (speed).
func (n *normalizer) r85AlignNear() bool {
	offset, wheel := false, false
	for off := -6; off <= 3; off++ {
		p := n.peek(off)
		if p == nil || off == 0 {
			continue
		}
		switch r85AlignKind(p.core) {
		case 1:
			return true
		case 2:
			offset = true
		case 3:
			wheel = true
		}
	}
	return offset && wheel
}

// r85AlignKind is 1 for a word of alignment (camber, caster, toe), 2 for an offset's, 3 for a
// wheel's (wheel, rim, tire, spacer), 0 for any other word: by the word's length and first
// letter before one comparison, without lower-casing (speed).
func r85AlignKind(c string) int {
	if len(c) < 3 || len(c) > 7 {
		return 0
	}
	f := c[0] | 0x20
	if f != 'c' && f != 't' && f != 'o' && f != 'w' && f != 'r' && f != 's' {
		return 0
	}
	for _, w := range r85AlignLists[len(c)] {
		if f == w.word[0] && strings.EqualFold(c, w.word) {
			return w.kind
		}
	}
	return 0
}

// r85AlignLists holds r85AlignKind's words by length.
var r85AlignLists = func() (l [8][]struct {
	word string
	kind int
}) {
	for kind, words := range [...][]string{1: {"camber", "caster", "toe", "toes"}, 2: {"offset", "offsets"}, 3: {"wheel", "wheels", "rim", "rims", "tire", "tires", "spacer", "spacers"}} {
		for _, w := range words {
			l[len(w)] = append(l[len(w)], struct {
				word string
				kind int
			}{w, kind})
		}
	}
	return l
}()

// R9: a ZIP code in brackets after a place's name after a preposition of place is read digit
// by digit, as a code ("in Dearborn (48126)"; it was a count). A month's name before the
// brackets ("in March (12500)") names no place.

// r85PlacePreps before a place's name.
var r85PlacePreps = setOf("in near from at outside around located to")

// r85Zip reads a ZIP code in brackets after a place.
func (n *normalizer) r85Zip(t *token) int {
	if len(t.post) == 0 || t.post[0] != ')' {
		return 0
	}
	for off := -1; off >= -4; off-- {
		p := n.peek(off)
		if p == nil || p.pre != "" || p.post != "" {
			return 0
		}
		if off < -1 && r85PlacePreps[p.lower()] {
			break
		}
		if off == -4 || len(p.core) < 3 || !isCapitalized(p.core) || !isLetterWord(p.core) || dayOrMonth(p.core) != "" {
			return 0
		}
	}
	n.by("zip code")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return 1
}

// R10: a heavy-duty pickup's model, hundreds glued to HD, is the number's pairs and the letters
// ("2500HD" twenty five hundred h d; it was two thousand five hundred).

// r85HeavyDuty reads a number of hundreds glued to HD.
func (n *normalizer) r85HeavyDuty(t *token) int {
	c := t.core
	if !allDigits(c[:4]) || c[2] != '0' || c[3] != '0' || c[1] == '0' {
		return 0
	}
	n.by("model number")
	n.emit(t.raw, appendPaired(nil, c[:4])...)
	n.emitLetter(t.raw, "h")
	n.emitLetter(t.raw, "d")
	return 1
}

// R11: thousands glued to k before a hyphened pound ("a 20k-lb gooseneck" a twenty thousand
// pound gooseneck, "a 10k-lb winch"; they were twenty thousand l b and ten k l b): a quantity
// used as an adjective, singular.

// r85ThousandPound reads "20k-lb", "10K-lbs".
func (n *normalizer) r85ThousandPound(t *token) int {
	c := t.core
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i == 0 || i > 3 || c[0] == '0' || c[i] != 'k' && c[i] != 'K' {
		return 0
	}
	if u := c[i+1:]; u != "-lb" && u != "-lbs" {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, c[:i])...)
	n.emit(t.raw, "thousand", "pound")
	return 1
}

// R12: MPG in capitals after a number is miles per gallon, as mpg is ("28 MPG combined"; it
// was m p g); MPGe not after a number is spelled ("MPGe: 110 city" m p g e; it was m p ge).
// Alone, MPG stays spelled, and a number's MPGe stays round eight's miles per gallon
// equivalent.

// r85Mpg reads MPG after a number and MPGe alone.
func (n *normalizer) r85Mpg(t *token) int {
	prev := n.peek(-1)
	afterNumber := prev != nil && prev.post == "" && t.pre == "" && prev.core != "" && isDigit(prev.core[len(prev.core)-1])
	if t.core == "MPGe" {
		if afterNumber {
			return 0
		}
		n.by("spelled")
		for _, l := range [...]string{"m", "p", "g", "e"} {
			n.emitLetter(t.raw, l)
		}
		return 1
	}
	if !afterNumber {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, "miles", "per", "gallon")
	return 1
}

// R14: a piece of a file's name between underscores that the lexicon does not know and that no
// English word could be (pronounceable's test) is spelled, as the same letters in capitals are
// ("obd_trip.csv" o b d underscore trip; it was obd).

// r85SpelledPiece spells such a piece of two to four lower-case letters and reports whether it
// did.
func (n *normalizer) r85SpelledPiece(src, p string) bool {
	if len(p) < 2 || len(p) > 4 || n.opts.IsWord == nil || !isLowerWord(p) || pronounceable(p) || n.opts.IsWord(p) {
		return false
	}
	n.by("spelled")
	for k := 0; k < len(p); k++ {
		n.emitLetter(src, p[k:k+1])
	}
	return true
}

// R15: an axle's ratio, a number with two decimals before gears, axle or ratio, or glued to s
// in a sentence of gears, is said in pairs as the trade says it ("the 3.73 axle" three seventy
// three, "4.10s" four tens; it was point seven three, and seconds). "He ran the 40 in 4.10s"
// has no word of gears, and "The 3.73 average" none after it.

// r85RatioNouns after a ratio; r85GearWords in the sentence of a plural ratio.
var (
	r85RatioNouns = setOf("gears gear axle axles ratio ratios gearing diff differential rearend")
	r85GearWords  = setOf("gears gear axle axles ratio ratios regear regeared regearing gearing diff differential locker lockers pinion pinions rearend")
)

// r85Ratio reads an axle's ratio.
func (n *normalizer) r85Ratio(t *token) int {
	c := t.core
	if c[0] < '2' || c[0] > '6' || !isDigit(c[2]) || !isDigit(c[3]) || t.pre != "" {
		return 0
	}
	if len(c) == 4 {
		next := n.peek(1)
		if t.post != "" || next == nil || next.pre != "" || !r85RatioNouns[next.lower()] {
			return 0
		}
	} else if !n.sentenceHas(r85GearWords) {
		return 0
	}
	w := []string{onesWords[c[0]-'0']}
	if c[2] == '0' {
		w = append(w, "oh", onesWords[c[3]-'0'])
	} else {
		w = appendUnder100(w, int(c[2]-'0')*10+int(c[3]-'0'))
	}
	if len(c) == 5 {
		w[len(w)-1] = pluralWord(w[len(w)-1])
	}
	n.by("axle ratio")
	n.emit(t.raw, w...)
	return 1
}

// R16: an arrow glued between two quantities is to, each side read as it is alone ("10%→80%"
// ten percent to eighty percent, "0→100 km/h"; the arrow was dropped, and the percents with it).
// Words joined so ("Settings→Privacy") are read as before, settings to privacy.

// r85Arrow reads two quantities joined by a glued arrow.
func (n *normalizer) r85Arrow(t *token) int {
	c := t.core
	i := strings.Index(c, "→")
	a, b := c[:i], c[i+len("→"):]
	if a == "" || b == "" || !isDigit(b[0]) || strings.Contains(b, "→") || !startsNumeric(a) {
		return 0
	}
	n.by("arrow between quantities")
	n.part(t.raw, a)
	n.emit(t.raw, "to")
	if k := n.reread(t, b, t.post); k > 0 {
		return k
	}
	n.part(t.raw, b)
	return 1
}

// R18: a month and a two-digit year after a build, production or manufacture date, or a span
// of them after built, produced or manufactured, is the month and the year ("Build date is
// 05/19" may twenty nineteen, "built 10/19–8/21" october twenty nineteen to august twenty twenty
// one; it was a day, or two numbers with slash). "We met 10/19 at noon" keeps its day.

// r85BuildWords name the date; r85BuiltVerbs come before a span.
var (
	r85BuildWords = setOf("build production manufacture manufacturing mfg mfd")
	r85BuiltVerbs = setOf("built produced manufactured made assembled")
)

// r85BuildDate reads a month and a year of two digits, or a span of them, after a build's date.
func (n *normalizer) r85BuildDate(t *token) int {
	c := t.core
	a, b := c, ""
	if i := strings.Index(c, "–"); i > 0 {
		a, b = c[:i], c[i+len("–"):]
	} else if i := strings.IndexByte(c, '-'); i > 0 {
		a, b = c[:i], c[i+1:]
	}
	ma, ya, ok := r85MonthYear(a)
	if !ok {
		return 0
	}
	var mb, yb int
	if b != "" {
		if mb, yb, ok = r85MonthYear(b); !ok {
			return 0
		}
	}
	prev, pp := n.peek(-1), n.peek(-2)
	if prev == nil || t.pre != "" {
		return 0
	}
	switch l := prev.lower(); {
	case b != "" && prev.post == "" && r85BuiltVerbs[l]:
	case l == "is" && prev.post == "" && pp != nil && pp.post == "" && pp.lower() == "date" && r85BuildBefore(n.peek(-3)):
	case l == "date" && (prev.post == "" || prev.post == ":") && r85BuildBefore(pp):
	default:
		return 0
	}
	n.by("month and year")
	n.emit(t.raw, monthNames[ma])
	n.emit(t.raw, appendYear(nil, ya)...)
	if b != "" {
		n.emit(t.raw, "to", monthNames[mb])
		n.emit(t.raw, appendYear(nil, yb)...)
	}
	return 1
}

// r85BuildBefore reports a word of building before "date".
func r85BuildBefore(p *token) bool {
	return p != nil && p.post == "" && r85BuildWords[p.lower()]
}

// r85MonthYear parses "05/19", "8/21": a month 1-12 and a year of two digits, 2000-2040 or
// 1941-1999.
func r85MonthYear(s string) (month, year int, ok bool) {
	i := strings.IndexByte(s, '/')
	if i < 1 || i > 2 || len(s)-i-1 != 2 || !allDigits(s[:i]) || !allDigits(s[i+1:]) {
		return 0, 0, false
	}
	month = atoiSmall(s[:i])
	if month < 1 || month > 12 {
		return 0, 0, false
	}
	year = atoiSmall(s[i+1:])
	if year <= 40 {
		year += 2000
	} else {
		year += 1900
	}
	return month, year, true
}
