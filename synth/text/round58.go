package text

import (
	"strings"
	"unicode/utf8"
)

// Round fifty-eight: the misses of held46's dev half, a new hand's farming and agriculture set
// (market reports, elevator cash bids and futures quotes, equipment auctions, extension
// bulletins, feed and seed catalogs, co-op and 4-H newsletters, farmers' chat), each read as a
// class, and the further misses of the same sources that probes found, tested on probe
// sentences written before the readers, readings58.tsv. Farm rates written with a slash
// (mg/head/day, lb/hd/day, pt/A, T/A, oz/cwt) are composed in units.go (r58PerFarm).

func (n *normalizer) round58Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	if c == "" {
		return 0
	}
	switch b := c[0]; {
	case b >= '0' && b <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if k := n.r58AnimalID(t); k > 0 {
			return k
		}
		if k := n.r58Cents(t); k > 0 {
			return k
		}
		if k := n.r58SecondBeforeHead(t); k > 0 {
			return k
		}
		if n.may(shUpper|shLower) && n.r58CameraK(t) {
			return 1
		}
		if n.may(shPunct) && n.r58PoundSign(t) {
			return 1
		}
		if n.may(shUpper) && n.r58PlanterRows(t) {
			return 1
		}
		if n.r58InchBeforeHead(t) {
			return 1
		}
		if n.may(shHyphen) && (n.r58RateBeforeNoun(t) || n.r58ThreePoint(t)) {
			return 1
		}
	case b == '-' || b == '+' || b == 0xE2: // "−" (U+2212) begins with 0xE2
		if n.may(shDigit) {
			return n.r58Cents(t)
		}
	case b == '$':
		if n.may(shDigit) {
			return n.r58Cents(t)
		}
	case b >= 'A' && b <= 'Z':
		if c == "Cat" {
			return oneIf(n.r58HitchCategory(t))
		}
		if c == "Hrs" {
			n.by("abbreviation")
			n.emit(t.raw, "hours")
			return 1
		}
		if len(c) == 3 && c == "GPA" {
			return oneIf(n.r58GallonsPerAcre(t))
		}
		if len(c) == 3 || len(c) == 4 {
			if n.r58ContractMonth(t) {
				return 1
			}
		}
		if n.may(shSlash) && (n.r58Nutrient(t) || n.r58MoreOrLess(t) || n.r58LandPart(t)) {
			return 1
		}
		if n.may(shDigit) && n.r58TownshipRange(t) {
			return 1
		}
	case b == 'f':
		if c == "fl" {
			return n.r58FluidOuncesPer(t)
		}
	case b == 'h':
		if c == "hd" {
			return oneIf(n.r58Head(t))
		}
		if c == "hrs" {
			n.by("abbreviation")
			n.emit(t.raw, "hours") // "2,310 eng hrs", "Store hrs": after a number a unit reads it
			return 1
		}
	case b == 'b':
		if c == "bpa" {
			return oneIf(n.r58BushelsPerAcre(t))
		}
	case b == 'm':
		if c == "m/l" {
			return oneIf(n.r58MoreOrLess(t))
		}
	}
	return 0
}

// r58IDLabels are the words before an animal's electronic identification number: an ear tag,
// an electronic ID, an RFID tag, the USDA's animal identification number, a microchip, a bolus.
var r58IDLabels = setOf("tag eartag eid rfid ain microchip chip transponder bolus")

// r58AnimalID reads an animal's electronic ID after one of r58IDLabels (through no., number,
// #, ID or is) digit by digit: ISO 11784's fifteen digits, run together or spaced in groups
// ("RFID tag 982 000 364 118 207", "Her EID is 840003217764092"); the first group was read as a
// count and a run as a number in trillions. Fewer or more digits ("Tag 12", "tag on 840 head")
// stay as they were. It returns the tokens used, or 0.
func (n *normalizer) r58AnimalID(t *token) int {
	c := t.core
	if len(c) != 3 && len(c) != 15 || !allDigits(c) || !n.r58AfterIDLabel() {
		return 0
	}
	groups := []string{c}
	if len(c) == 3 {
		for k := 1; k < 8; k++ {
			g := n.peek(k)
			if g == nil || g.pre != "" || len(g.core) > 12 || !allDigits(g.core) || n.peek(k-1).post != "" {
				break
			}
			groups = append(groups, g.core)
		}
	}
	if groupDigits(groups) != 15 {
		return 0
	}
	n.by("animal ID")
	n.phone(t.raw, groups, "")
	return len(groups)
}

// r58AfterIDLabel reports one of r58IDLabels before the current token, perhaps through a
// number mark, ID or is.
func (n *normalizer) r58AfterIDLabel() bool {
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" && p.post != ":" && p.post != "." {
			return false
		}
		l := p.lower()
		if r58IDLabels[l] {
			return true
		}
		switch l {
		case "no", "number", "#", "id", "is", "num":
			continue
		}
		return false
	}
	return false
}

// r58VideoNouns are what a camera's resolution written with K describes.
var r58VideoNouns = setOf("clip clips video videos footage recording recordings")

// r58CameraK reads a camera's resolution written with K before its clips or footage as k, as
// "4K video" reads ("The trail camera records 2.7K clips", "saves 4K clips"): before a plural it
// was a count of thousands. Views, followers and likes stay thousands. It reports whether it
// did.
func (n *normalizer) r58CameraK(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "K" && rest != "k" || num.neg || num.plus || num.commas || len(num.intPart) > 2 || len(num.frac) > 1 {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !r58VideoNouns[next.lower()] {
		return false
	}
	if v := atoiSmall(num.intPart); v < 1 || v > 16 {
		return false
	}
	n.by("device figure")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emitLetter(t.raw, "k")
	return true
}

// r58TimedHeads are a camera's or a timer's parts a time in seconds describes.
var r58TimedHeads = setOf("trigger triggers recovery delay delays shutter exposure timer interval lag")

// r58SecondBeforeHead reads a spaced s after a number before one of r58TimedHeads as a
// singular second, the quantity being an adjective ("a 0.5 s trigger" zero point five second
// trigger, "a 30 s delay"): after a decimal it was plural, after a whole number the letter.
// Elsewhere ("within 0.4 s of motion") it stays as it was. It returns the tokens used, or 0.
func (n *normalizer) r58SecondBeforeHead(t *token) int {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || num.neg || num.plus || t.post != "" {
		return 0
	}
	s, head := n.peek(1), n.peek(2)
	if s == nil || head == nil || s.core != "s" || s.pre != "" || s.post != "" || head.pre != "" || !r58TimedHeads[head.core] {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(s.raw, "second")
	return 2
}

// r58Cents reads a price in fractions of a cent, as grain and livestock markets quote them:
// a vulgar fraction and ¢ after a whole number, signed or not ("up 8¾¢" eight and three
// quarters cents, "−6½¢" minus six and a half cents; the fraction and the sign were left
// out), a fraction glued to ¢ after a whole number ("1 3/4¢"), and a fraction after a price's
// two-digit cents ("$4.18 1/2", "$9.87¼" four dollars and eighteen and a half cents). A
// fraction after the cents across a comma ("$4.52, 1/4 of") stays apart. It returns the tokens
// used, or 0.
func (n *normalizer) r58Cents(t *token) int {
	c := t.core
	if c[0] == '$' {
		return n.r58DollarsCents(t)
	}
	num, rest, ok := scanNumber(c)
	if !ok || num.hasPoint || num.commas || len(num.intPart) > 3 {
		return 0
	}
	if rest == "" {
		// "1 3/4¢": the fraction glued to the cent sign in the next token.
		next := n.peek(1)
		if num.neg || num.plus || next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		fn, fd, per, ok := r58FractionCents(next.core)
		if !ok {
			return 0
		}
		n.by("money")
		w := appendIntegerValue(nil, num.intPart)
		n.emit(t.raw, andFraction(w, fn, fd)...)
		n.emit(next.raw, "cents")
		n.emit(next.raw, per...)
		return 2
	}
	r, size := utf8.DecodeRuneInString(rest)
	f, isVulgar := vulgarFractions[r]
	if !isVulgar || !strings.HasPrefix(rest[size:], "¢") {
		return 0
	}
	per, ok := r58PerAfterCents(rest[size+len("¢"):])
	if !ok {
		return 0
	}
	n.by("money")
	w := appendNumber(nil, num)
	n.emit(t.raw, andFraction(w, f[0], f[1])...)
	n.emit(t.raw, "cents")
	n.emit(t.raw, per...)
	return 1
}

// r58FractionCents parses a fraction of halves, quarters or eighths glued to ¢, perhaps with a
// rate after it ("3/4¢", "1/2¢/bu"): the numerator, the denominator and the rate's words.
func r58FractionCents(s string) (num, den string, per []string, ok bool) {
	num, rest, cut := strings.Cut(s, "/")
	if !cut || !allDigits(num) || len(num) != 1 {
		return "", "", nil, false
	}
	den, rest, cut = strings.Cut(rest, "¢")
	if !cut || den != "2" && den != "4" && den != "8" || num[0] >= den[0] || num == "0" {
		return "", "", nil, false
	}
	per, ok = r58PerAfterCents(rest)
	return num, den, per, ok
}

// r58PerAfterCents reads what may follow a price's cent sign: nothing, or a rate ("/bu").
func r58PerAfterCents(s string) ([]string, bool) {
	if s == "" {
		return nil, true
	}
	return perWord(s)
}

// r58DollarsCents reads a dollar price whose two-digit cents carry a fraction, glued as a
// vulgar fraction ("$9.87¼") or in the next token ("$4.18 1/2"): nine dollars and eighty seven
// and a quarter cents. It returns the tokens used, or 0.
func (n *normalizer) r58DollarsCents(t *token) int {
	num, rest, ok := scanNumber(t.core[1:])
	if !ok || !num.hasPoint || len(num.frac) != 2 || num.frac == "00" || num.neg || num.plus || len(num.intPart) > 4 {
		return 0
	}
	used := 1
	var fn, fd string
	if rest == "" {
		next := n.peek(1)
		if next == nil || t.post != "" || next.pre != "" {
			return 0
		}
		a, b, cut := strings.Cut(next.core, "/")
		if !cut || len(a) != 1 || !allDigits(a) || a == "0" || b != "2" && b != "4" && b != "8" || a[0] >= b[0] {
			return 0
		}
		if after := n.peek(2); after != nil && next.post == "" && (isUnitSymbol(after.core) || unitWordOK(after.core)) {
			return 0 // "$4.18 1/2 lb": a weight after the price
		}
		fn, fd, used = a, b, 2
	} else {
		r, size := utf8.DecodeRuneInString(rest)
		f, isVulgar := vulgarFractions[r]
		if !isVulgar || size != len(rest) || f[1] != "2" && f[1] != "4" && f[1] != "8" {
			return 0
		}
		fn, fd = f[0], f[1]
	}
	n.by("money")
	if num.intPart != "0" {
		n.emit(t.raw, appendIntegerValue(nil, num.intPart)...)
		n.emit(t.raw, plural(num.intPart == "1", "dollar", "dollars"), "and")
	}
	cents := strings.TrimLeft(num.frac, "0")
	n.emit(t.raw, andFraction(appendInteger(nil, cents), fn, fd)...)
	n.emit(t.raw, "cents")
	return used
}

// unitWordOK reports a unit written apart from its number.
func unitWordOK(s string) bool {
	_, ok := unitWord(s, true)
	return ok
}

// r58Weighed are what a weight written with a pound sign describes: sacks and bales of feed,
// and the animals of a sale.
var r58Weighed = setOf(`bag bags sack sacks bale bales block blocks tub tubs bucket buckets pail pails box boxes tote
totes drum drums jug jugs steer steers heifer heifers calf calves hog hogs pig pigs lamb lambs bull bulls cow cows feeder
feeders`)

// r58WeighVerbs before a number with a pound sign make it a weight.
var r58WeighVerbs = setOf("averaged averaging averages avg weighed weighing weighs weigh weight wt at")

// r58PoundSign reads a pound sign after a number as pounds, as feed catalogs and sale reports
// write weights ("50# bags" fifty pound bags, "averaged 812#" eight hundred twelve pounds; the
// sign was left out): singular before what it weighs, plural after a verb of weighing. "#50"
// stays a number, "*123#" and "code 448812#" a code and its key. It reports whether
// it did.
func (n *normalizer) r58PoundSign(t *token) bool {
	c := t.core
	if len(c) < 2 || c[len(c)-1] != '#' {
		return false
	}
	if t.pre != "" {
		return false // "*123#" a phone's service code
	}
	num, rest, ok := scanNumber(c[:len(c)-1])
	if ok && rest != "" && (rest[0] == '-' || strings.HasPrefix(rest, "–")) && !num.neg && !num.plus {
		// A range of weights: "1,250-1,400#" one thousand two hundred fifty to one thousand
		// four hundred pounds.
		hi, hrest, hok := scanNumber(strings.TrimLeft(rest, "-–"))
		if !hok || hrest != "" || hi.neg || hi.plus {
			return false
		}
		n.by("unit")
		n.emit(t.raw, appendNumber(nil, num)...)
		n.emit(t.raw, "to")
		n.emit(t.raw, appendNumber(nil, hi)...)
		n.emit(t.raw, "pounds")
		return true
	}
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	one := false
	if next := n.peek(1); next != nil && t.post == "" && next.pre == "" && r58Weighed[next.core] {
		one = true
	} else if p := n.peek(-1); p == nil || p.post != "" || !r58WeighVerbs[p.lower()] {
		return false // "code 448812#": a code's closing key
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(one, "pound", "pounds"))
	return true
}

// r58ContractMonths are the months of futures contracts as quotes write them, three letters
// and no point.
var r58ContractMonths = map[string]string{"Jan": "january", "Feb": "february", "Mar": "march", "Apr": "april",
	"Jun": "june", "Jul": "july", "Aug": "august", "Sep": "september", "Sept": "september", "Oct": "october",
	"Nov": "november", "Dec": "december"}

// r58Commodities are what a futures contract's month names: the commodity, or the contract.
var r58Commodities = setOf(`corn beans soybeans soybean wheat oats meal soymeal oil soyoil cattle feeders feeder hogs hog
milk cotton canola rice sorghum lumber crude gold silver futures contract contracts options live lean class cheese butter`)

// r58ContractMonth reads a futures contract's month, a capitalized abbreviation with no point,
// before a commodity or contract as the month's name ("Dec corn" december corn, "Nov beans",
// "the Mar contract", "Sep KC wheat"); it was said as the letters' syllable. A name after it
// ("Jan Smith") keeps it. It reports whether it did.
func (n *normalizer) r58ContractMonth(t *token) bool {
	m := r58ContractMonths[t.core]
	if m == "" || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return false
	}
	if !r58Commodities[next.core] {
		// an exchange or a class of wheat between: "Sep KC wheat", "Dec HRW wheat"
		after := n.peek(2)
		if len(next.core) < 2 || len(next.core) > 4 || !isUpperWord(next.core) || next.post != "" || after == nil || after.pre != "" || !r58Commodities[after.core] {
			return false
		}
	}
	n.by("month")
	n.emit(t.raw, m)
	return true
}

// r58SprayWords make GPA after a number a spray's gallons per acre, not a grade point average.
var r58SprayWords = setOf(`spray sprays sprayed spraying sprayer aerial nozzle nozzles boom tip tips carrier fungicide
herbicide insecticide glyphosate drift tank`)

// r58GallonsPerAcre reads GPA after a number as gallons per acre where no grade point average
// can be meant: above five, or in a sentence of spraying ("at 10 GPA", "apply fungicide at 2
// GPA" by air; "a 3.9 GPA" stays g p a). It reports whether it did.
func (n *normalizer) r58GallonsPerAcre(t *token) bool {
	num, ok := n.r58CountBefore(t)
	if !ok {
		return false
	}
	if v := atoiSmall(num.intPart); v < 5 || v == 5 && strings.Trim(num.frac, "0") == "" {
		spray := false
		for k := max(0, n.i-16); k <= min(len(n.toks)-1, n.i+16) && !spray; k++ {
			spray = r58SprayWords[n.toks[k].lower()]
		}
		if !spray {
			return false
		}
	}
	n.by("unit")
	n.emit(t.raw, plural(num.isOne(), "gallon", "gallons"), "per", "acre")
	return true
}

// r58Nutrients are the nutrients a fertilizer rate names after its pounds.
var r58Nutrients = map[string][]string{"N": {"nitrogen"}, "P2O5": {"p", "two", "o", "five"}, "K2O": {"k", "two", "o"}}

// r58Nutrient reads a nutrient per acre after pounds as pounds of it per acre ("50 lb N/A"
// fifty pounds of nitrogen per acre, "60 lbs K2O/ac" sixty pounds of k two o per acre; it was
// n a, or k two o slash ac). "N/A" elsewhere stays. It reports whether it did.
func (n *normalizer) r58Nutrient(t *token) bool {
	nut, acre, ok := strings.Cut(t.core, "/")
	words := r58Nutrients[nut]
	if !ok || words == nil || acre != "A" && acre != "ac" && acre != "acre" {
		return false
	}
	lb, amount := n.peek(-1), n.peek(-2)
	if lb == nil || amount == nil || lb.post != "" || amount.post != "" || t.pre != "" || lb.core != "lb" && lb.core != "lbs" && lb.core != "pounds" {
		return false
	}
	if _, rest, ok := scanNumber(amount.core); !ok || rest != "" {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "of")
	for _, w := range words {
		if len(w) == 1 {
			n.emitLetter(t.raw, w)
		} else {
			n.emit(t.raw, w)
		}
	}
	n.emit(t.raw, "per", "acre")
	return true
}

// r58FluidOuncesPer reads fl before a rate of ounces after a number as fluid ounces per the
// rate's unit ("32 fl oz/ac" thirty two fluid ounces per acre, "1.5 fl oz/cwt"), as "8 fl oz"
// reads; it was spelled. It returns the tokens used, or 0.
func (n *normalizer) r58FluidOuncesPer(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || t.post != "" || next.pre != "" || !strings.HasPrefix(next.core, "oz/") {
		return 0
	}
	num, rest, ok := scanNumber(prev.core)
	if !ok || rest != "" {
		return 0
	}
	un, ok := unitWord(next.core, true)
	if !ok {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, "fluid")
	n.emit(next.raw, strings.Fields(plural(num.isOne() && !num.hasPoint, un.sing, un.plural))...)
	return 2
}

// r58HeadAfter are words after a count of cattle in a sale report that end the count.
var r58HeadAfter = setOf(`of this last sold at averaging avg weighing were was on in offered consigned steers heifers cows
bulls pairs calves hogs ewes lambs`)

// r58Head reads hd after a count as head, as sale reports count cattle ("Sold 85 hd of black
// steers", "Receipts were 1,240 hd this week"; it was spelled h d). Before a word of video
// ("1080 hd camera") it stays. It reports whether it did.
func (n *normalizer) r58Head(t *token) bool {
	p := n.peek(-1)
	if p == nil || p.post != "" || t.pre != "" {
		return false
	}
	if num, rest, ok := scanNumber(p.core); !ok || rest != "" || num.hasPoint || num.neg || num.plus {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && !r58HeadAfter[next.lower()] {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "head")
	return true
}

// r58AcreUnits are the units of an amount per acre written A ("1.5 pt/A", "210 bu/A").
var r58AcreUnits = setOf("lb lbs oz pt pts qt qts gal bu T t ton tons")

// r58Acre reports how a farm's rate writes acre after its slash.
func r58Acre(s string) bool { return s == "A" || s == "ac" || s == "acre" }

// r58PerFarm returns what a farm's rate is per after its slash, or "": hd the head (any unit),
// A an acre (after an amount of r58AcreUnits), cwt a hundredweight of seed.
func r58PerFarm(num, rest string) string {
	switch {
	case rest == "hd":
		return "head"
	case (rest == "A" || rest == "a") && r58AcreUnits[num]:
		return "acre"
	case rest == "cwt":
		return "hundredweight"
	}
	return ""
}

// r58BushelsPerAcre reads bpa after a count as bushels per acre, as crop reports write yields
// ("made 47 bpa"; it was said as a word). BPA in capitals stays a chemical. It reports whether it
// did.
func (n *normalizer) r58BushelsPerAcre(t *token) bool {
	num, ok := n.r58CountBefore(t)
	if !ok {
		return false
	}
	n.by("unit")
	n.emit(t.raw, plural(num.isOne(), "bushel", "bushels"), "per", "acre")
	return true
}

// r58MoreOrLess reads m/l after acres, as land listings hedge an area, as more or less ("160 ac
// m/l"; it was meters per liter). It reports whether it did.
func (n *normalizer) r58MoreOrLess(t *token) bool {
	if t.core != "m/l" && t.core != "M/L" {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" || t.pre != "" {
		return false
	}
	switch p.lower() {
	case "ac", "acres", "acre", "a":
	default:
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "more", "or", "less")
	return true
}

// r58Directions are the directions of a legal land description.
var r58Directions = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west", "NE": "northeast",
	"NW": "northwest", "SE": "southeast", "SW": "southwest"}

// r58LandPart reads a quarter or half of a section with its direction in a legal land
// description as the part's name ("SW1/4" southwest quarter, "N1/2" north half; it was spelled
// with its fraction), in a sentence with a township and a range or a section. It reports
// whether it did.
func (n *normalizer) r58LandPart(t *token) bool {
	c := t.core
	var part string
	switch {
	case strings.HasSuffix(c, "1/4"):
		part = "quarter"
	case strings.HasSuffix(c, "1/2"):
		part = "half"
	default:
		return false
	}
	dir := r58Directions[c[:len(c)-3]]
	if dir == "" || !n.r58LandSentence(true) {
		return false
	}
	n.by("land description")
	n.emit(t.raw, dir, part)
	return true
}

// r58TownshipRange reads a township or a range of a legal land description with its number and
// direction ("T12S" township twelve south, "R3E" range three east; they were spelled) in a
// sentence that writes both. It reports whether it did.
func (n *normalizer) r58TownshipRange(t *token) bool {
	c := t.core
	kind, num, dir, ok := r58TownshipOrRange(c)
	if !ok || !n.r58LandSentence(false) {
		return false
	}
	n.by("land description")
	n.emit(t.raw, kind)
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emit(t.raw, dir)
	return true
}

// r58TownshipOrRange parses T, a number and N or S (a township) or R, a number and E or W (a
// range).
func r58TownshipOrRange(c string) (kind, num, dir string, ok bool) {
	if len(c) < 3 || len(c) > 5 {
		return "", "", "", false
	}
	num, d := c[1:len(c)-1], c[len(c)-1:]
	if !allDigits(num) || num[0] == '0' {
		return "", "", "", false
	}
	switch {
	case c[0] == 'T' && (d == "N" || d == "S"):
		kind = "township"
	case c[0] == 'R' && (d == "E" || d == "W"):
		kind = "range"
	default:
		return "", "", "", false
	}
	return kind, num, r58Directions[d], true
}

// r58LandSentence reports a township and a range in the sentence, or with section, a section
// (Sec. or Section) and either.
func (n *normalizer) r58LandSentence(section bool) bool {
	town, rng, sec := false, false, false
	for k := max(0, n.i-32); k <= min(len(n.toks)-1, n.i+32); k++ {
		c := n.toks[k].core
		if kind, _, _, ok := r58TownshipOrRange(c); ok {
			town = town || kind == "township"
			rng = rng || kind == "range"
		} else if c == "Sec" || c == "Section" {
			sec = true
		}
	}
	return town && rng || section && sec && (town || rng)
}

// r58PlanterRows reads a planter's rows and their spacing in inches, "16R30", as farmers say it:
// sixteen row thirty (it was r). The rows 4 to 48, the spacing 15 to 40 inches. It reports
// whether it did.
func (n *normalizer) r58PlanterRows(t *token) bool {
	rows, space, ok := strings.Cut(t.core, "R")
	if !ok || len(rows) < 1 || len(rows) > 2 || len(space) != 2 || !allDigits(rows) || !allDigits(space) || rows[0] == '0' {
		return false
	}
	if r, s := atoiSmall(rows), atoiSmall(space); r < 4 || r > 48 || s < 15 || s > 40 {
		return false
	}
	n.by("model name")
	n.emit(t.raw, appendInteger(nil, rows)...)
	n.emit(t.raw, "row")
	n.emit(t.raw, appendInteger(nil, space)...)
	return true
}

// r58InchHeads are what a farm's measure in inches describes: tile and pipe, augers, rows and
// their spacing, rain and snow, tillage parts.
var r58InchHeads = setOf(`tile pipe culvert auger augers rain rains snow snowfall depth hose bale bales blade blades disc
discs disk disks shank shanks tine tines spacing row rows drain drains casing`)

// r58InchBeforeHead reads inches written with a double prime before what they measure without a
// determiner as singular, as after one ("laid 4" tile" four inch tile; it was plural): the
// quantity is an adjective. Before anything else ("2" overnight") it stays plural. It reports
// whether it did.
func (n *normalizer) r58InchBeforeHead(t *token) bool {
	c := t.core
	switch {
	case strings.HasSuffix(c, "″") && t.post == "":
		c = strings.TrimSuffix(c, "″")
	case strings.HasSuffix(c, "\"") && t.post == "":
		c = strings.TrimSuffix(c, "\"")
	case t.post == "\"":
	default:
		return false
	}
	num, rest, ok := scanNumber(c)
	if !ok || rest != "" || num.neg || num.plus || num.commas {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r58InchHeads[next.core] {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "inch")
	return true
}

// r58RateBeforeNoun reads an amount hyphened to a rate before a noun as the singular rate, the
// quantity being an adjective ("a 40-bu/A yield drag" forty bushel per acre yield drag, "the
// 200-lb/acre rate"; the slash was said). It reports whether it did.
func (n *normalizer) r58RateBeforeNoun(t *token) bool {
	amount, rate, ok := strings.Cut(t.core, "-")
	if !ok || !strings.Contains(rate, "/") || !allDigits(amount) || amount[0] == '0' {
		return false
	}
	un, ok := unitWord(rate, false)
	if !ok || !strings.Contains(un.sing, " per ") {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !isLetterWord(next.core) || next.core != next.lower() {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendInteger(nil, amount)...)
	n.emit(t.raw, strings.Fields(un.sing)...)
	return true
}

// r58HitchWords are what a three-point hitch's points and category describe.
var r58HitchWords = setOf("hitch hitches linkage quick mount mounted")

// r58ThreePoint reads a tractor's three-point hitch written 3-pt as point ("a 3-pt hitch" three
// point hitch; it was spelled p t): a font's 3-pt stays. It reports whether it did.
func (n *normalizer) r58ThreePoint(t *token) bool {
	if t.core != "3-pt" && t.core != "3-Pt" && t.core != "3-PT" {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || !r58HitchWords[next.lower()] {
		return false
	}
	n.by("unit")
	n.emit(t.raw, "three", "point")
	return true
}

// r58HitchCategory reads Cat. before a hitch's category, a number from 0 to 4 before a hitch, a
// linkage or a three-point, as category ("Cat. 2 3-pt linkage" category two; it was cat). It
// reports whether it did.
func (n *normalizer) r58HitchCategory(t *token) bool {
	num, after := n.peek(1), n.peek(2)
	if num == nil || after == nil || t.post != "." && t.post != "" || num.pre != "" || num.post != "" || after.pre != "" {
		return false
	}
	if len(num.core) != 1 || num.core[0] < '0' || num.core[0] > '4' {
		return false
	}
	if l := after.lower(); !r58HitchWords[l] && l != "3-pt" {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "category")
	return true
}

// r58CountBefore returns the plain number right before t, with nothing between them and no
// sign: the count a rate's abbreviation after it measures ("10 GPA", "47 bpa").
func (n *normalizer) r58CountBefore(t *token) (number, bool) {
	p := n.peek(-1)
	if p == nil || p.post != "" || t.pre != "" {
		return number{}, false
	}
	num, rest, ok := scanNumber(p.core)
	if !ok || rest != "" || num.neg || num.plus {
		return number{}, false
	}
	return num, true
}
