package text

import "strings"

// Round sixty-eight: the misses of held-out set 53's dev half, written by a new hand from
// fashion, retail and collectibles text (size charts and fit guides, sneaker and streetwear
// drops, jewelry and watch listings, trading-card and comic listings, coin and stamp auctions,
// coupon and loyalty emails), each read as a class and tested on probe sentences written
// before the readers, readings68.tsv. A host's run-together name of a word and an x (R9) is
// read in web.go's webPart (r68WordX).

func (n *normalizer) round68Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch b := c[0]; {
	case b >= '1' && b <= '9':
		if len(c) > 9 {
			return 0
		}
		last := c[len(c)-1]
		switch {
		case len(c) >= 3 && len(c) <= 9 && n.may(shSlash) && strings.IndexByte(c, '/') > 0:
			if last >= 'A' && last <= 'Z' {
				return oneIf(n.r68SizeSystem(t))
			}
			if n.r68PrintRun(t) {
				return 1
			}
			return oneIf(len(c) == 5 && c[2] == '/' && n.r68Inseam(t))
		case (len(c) == 6 || len(c) == 7) && c[4] == '-':
			return oneIf(n.may(shHyphen) && n.r68MintMark(t))
		case c == "925":
			return oneIf(n.r68Sterling(t))
		case (last == 'k' || last == 'K') && len(c) <= 3:
			return oneIf(n.r68KaratNoun(t))
		case last == '0' && len(c) <= 4 && len(c) >= 3 && c[len(c)-2] == '.':
			return oneIf(n.r68ThemeVersion(t))
		}
	case b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z':
		if len(c) > 7 {
			return 0
		}
		if n.may(shSlash) && (b == 'X' || b == 'S' || b == 'M' || b == 'L') {
			if strings.IndexByte(c, '/') > 0 {
				return oneIf(n.r68SizeLetters(t))
			}
		}
		switch c {
		case "ATM":
			return oneIf(n.r68Atm(t))
		case "ct":
			return oneIf(n.r68Ct(t))
		case "VF", "XF", "EF", "VG", "AU", "BU", "UNC":
			return oneIf(n.r68CoinGrade(t, r68CoinGrades[c]))
		case "wtb", "wts", "wtt", "WTB", "WTS", "WTT", "Wtb", "Wts", "Wtt", "vnds", "VNDS", "DS", "nwt", "NWT", "Nwt", "nwot", "NWOT", "Nwot",
			"glws", "GLWS", "Glws", "iso", "ISO", "Iso", "obo", "OBO":
			return oneIf(n.r68Market(t))
		}
		if len(c) >= 4 && c[2] == '-' && b <= 'Z' {
			if g := r68CoinGrades[c[:3]]; g != "" {
				return oneIf(n.r68CoinGrade(t, g))
			}
		}
	}
	return 0
}

// r68WaterWords make ATM after a number a unit of water resistance.
var r68WaterWords = setOf("water waterproof resistant resistance resist swim swimming swimproof dive diving diver snorkeling watch watches")

// r68AtmAfter are words that may follow a watch's rating in ATM in its clause.
var r68AtmAfter = setOf("and or so but with for rated water waterproof")

// r68Atm reads ATM after a number in a sentence of water resistance as the unit, atmospheres:
// "rated 10 ATM" ten atmospheres (R1, held53 dev; it was spelled). The rating ends its clause or
// comes before and, with, so…; a count of cash machines ("3 ATM locations") and a sentence
// without water stay letters.
func (n *normalizer) r68Atm(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) > 3 || !allDigits(prev.core) || prev.core[0] == '0' {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && !r68AtmAfter[next.lower()] {
		return false
	}
	if !n.sentenceHas(r68WaterWords) {
		return false
	}
	n.by("unit")
	if prev.core == "1" {
		n.emit(t.raw, "atmosphere")
	} else {
		n.emit(t.raw, "atmospheres")
	}
	return true
}

// r68GemWords in a sentence make ct after a number the carats of a stone.
var r68GemWords = setOf("diamond diamonds sapphire sapphires ruby rubies emerald emeralds gem gems gemstone gemstones stone stones moissanite solitaire tw tanzanite opal topaz amethyst aquamarine tourmaline spinel morganite pearl")

// r68NotNoun are words after a stone's weight that it does not describe.
var r68NotNoun = setOf("of in on at and or for with to by from is are was were")

// r68Ct reads ct in lower case after a number (R2, held53 dev; it was spelled c t): the carats
// of a stone after a decimal or in a sentence of gems or jewelry, "a 1.5 ct diamond" one point
// five carat (singular before the noun it describes, as a quantity used as an adjective),
// "weighs 2.03 ct" carats; else the count on a package, "softgels, 120 ct" one hundred twenty
// count, "the 36 ct box". Before a word of gold it is a karat (round seven's karatGold); CT in
// capitals stays a zone or a state.
func (n *normalizer) r68Ct(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.pre != "" {
		return false
	}
	num, rest, ok := scanNumber(prev.core)
	if !ok || rest != "" || num.neg || num.plus {
		return false
	}
	next := n.peek(1)
	if next != nil && t.post == "" && goldNext[next.lower()] {
		return false
	}
	decimal := strings.IndexByte(prev.core, '.') >= 0
	n.by("unit")
	if !decimal && !n.jewelleryNear() && !n.sentenceHas(r68GemWords) {
		n.emit(t.raw, "count")
		return true
	}
	switch {
	case prev.core == "1":
		n.emit(t.raw, "carat")
	case next != nil && t.post == "" && next.pre == "" && isLetterWord(next.core) && next.core == next.lower() && !r68NotNoun[next.core]:
		n.emit(t.raw, "carat")
	default:
		n.emit(t.raw, "carats")
	}
	return true
}

// r68KaratNouns are pieces of jewelry a gold's fineness written with k may come before.
var r68KaratNouns = setOf("ring rings chain chains necklace necklaces bracelet bracelets earring earrings band bands pendant pendants studs hoops hoop bangle bangles charm charms anklet anklets locket lockets cuban rope chokers choker")

// r68KaratNoun reads a gold's fineness written with k right before a piece of jewelry as
// karats, as before gold: "18k rings" eighteen karat rings, "The 14k ring" (R3, held53 dev; it
// was thousand, or k). Only the fineness jewelers use (karatValues); "14k followers", "a 10k
// race" stay.
func (n *normalizer) r68KaratNoun(t *token) bool {
	c := t.core
	v := atoiSmall(c[:len(c)-1])
	if !allDigits(c[:len(c)-1]) || !karatValues[v] || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !r68KaratNouns[next.lower()] {
		return false
	}
	n.by("karat")
	n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	n.emit(t.raw, "karat")
	return true
}

// r68TrouserWords in a sentence make two numbers joined by a slash a waist and an inseam.
var r68TrouserWords = setOf("jeans jean pants trousers chinos denim inseam waist slacks khakis cords corduroys joggers")

// r68Inseam reads a waist and an inseam in inches joined by a slash, in a sentence of trousers,
// with by, as a shop assistant says them: "jeans, 30/30" thirty by thirty, "in 36/34" (R4,
// held53 dev; it was two numbers). The waist is 24-48 and the inseam 26-38; a date ("by
// 12/24"), a mark after a verb of scoring ("scored 30/32") and a count of a plural noun after
// it ("30/32 questions") stay.
func (n *normalizer) r68Inseam(t *token) bool {
	c := t.core
	if !allDigits(c[:2]) || !allDigits(c[3:]) {
		return false
	}
	w, l := atoiSmall(c[:2]), atoiSmall(c[3:])
	if w < 24 || w > 48 || l < 26 || l > 38 {
		return false
	}
	if prev := n.peek(-1); prev != nil && scoreVerbs[prev.lower()] {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && next.pre == "" && isLetterWord(next.core) && strings.HasSuffix(next.core, "s") && !r68TrouserWords[next.lower()] {
		return false
	}
	if !n.sentenceHas(r68TrouserWords) {
		return false
	}
	n.by("waist and inseam")
	n.emit(t.raw, appendCardinal(nil, uint64(w))...)
	n.emit(t.raw, "by")
	n.emit(t.raw, appendCardinal(nil, uint64(l))...)
	return true
}

// r68SizeNames are garment sizes written as letters.
var r68SizeNames = map[string]string{"XS": "extra small", "S": "small", "M": "medium", "L": "large", "XL": "extra large"}

// r68SizeWords in a sentence make letters joined by slashes garment sizes.
var r68SizeWords = setOf("size sizes sizing fit fits fitted runs sleeve hoodie hoodies shirt shirts tee tees dress dresses jacket jackets sweater sweaters top tops cardigan blazer coat leggings jeans pants bra bras")

// r68SizePrev are words before a pair of sizes that say sizes are meant.
var r68SizePrev = setOf("size sizes in fits fit available")

// r68SizeLetters reads garment sizes written as letters and joined by slashes as their names,
// "Size M/L" medium large, "in XS/S" extra small small, "S/M and L/XL" (R5, held53 dev; they
// were spelled), after size, in or fits, or in a sentence of sizes or clothes; the letters
// elsewhere ("The S/M scene") stay.
func (n *normalizer) r68SizeLetters(t *token) bool {
	c := t.core
	if strings.IndexByte(c, '/') < 1 {
		return false
	}
	if len(c) > 11 {
		return false
	}
	parts := strings.Split(c, "/")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if r68SizeNames[p] == "" {
			return false
		}
	}
	prev := n.peek(-1)
	if (prev == nil || prev.post != "" || !r68SizePrev[prev.lower()]) && !n.sentenceHas(r68SizeWords) && !n.r68SizePair() {
		return false
	}
	n.by("garment size")
	for _, p := range parts {
		n.emit(t.raw, strings.Fields(r68SizeNames[p])...)
	}
	return true
}

// r68SizePair reports another pair of garment sizes earlier in the sentence ("S/M and L/XL").
func (n *normalizer) r68SizePair() bool {
	for k := 1; k <= 3; k++ {
		p := n.peek(-k)
		if p == nil {
			return false
		}
		if i := strings.IndexByte(p.core, '/'); i > 0 && len(p.core) <= 6 && r68SizeNames[p.core[:i]] != "" && r68SizeNames[p.core[i+1:]] != "" {
			return true
		}
	}
	return false
}

// r68SizeSystems are the countries' size systems a size chart writes before a size.
var r68SizeSystems = setOf("US UK EU IT FR JP AU MX BR CN KR")

// r68SizeSystem reads a size in one system, a slash and the next system before its number,
// "UK 8/EU 42" u k eight e u forty two, "US 10.5/EU 44.5" (R6, held53 dev; the slash was per
// and the system read as a word). The system before the number and a number after the second
// system must be there; "$9/order" stays per.
func (n *normalizer) r68SizeSystem(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, '/')
	if i < 1 || !r68SizeSystems[c[i+1:]] {
		return false
	}
	num, rest, ok := scanNumber(c[:i])
	if !ok || rest != "" || num.neg || num.plus || num.commas {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || !r68SizeSystems[prev.core[strings.LastIndexByte(prev.core, '/')+1:]] || next == nil || t.post != "" || next.pre != "" || !isDigit(next.core[0]) {
		return false
	}
	n.by("size systems")
	n.emit(t.raw, appendNumber(nil, num)...)
	for k := i + 1; k < len(c); k++ {
		n.emitLetter(t.raw, strings.ToLower(c[k:k+1]))
	}
	return true
}

// r68CoinGrades are a coin's grades written as letters, by their first three characters.
var r68CoinGrades = map[string]string{"VF": "very fine", "XF": "extremely fine", "EF": "extremely fine", "VG": "very good", "AU": "about uncirculated", "BU": "brilliant uncirculated", "UNC": "uncirculated",
	"VF-": "very fine", "XF-": "extremely fine", "EF-": "extremely fine", "VG-": "very good", "AU-": "about uncirculated"}

// r68CoinWords in a sentence make letters a coin's grade.
var r68CoinWords = setOf("coin coins cent cents nickel nickels dime dimes penny pennies denarius denarii tetradrachm drachm solidus sovereign morgan numismatic obverse reverse struck minted mintage pcgs ngc anacs toning toned luster lustre")

// r68GradeNotAfter are words before AU that make it a country.
var r68GradeNotAfter = setOf("to from and or the")

// r68CoinGrade reads a coin's grade in letters, alone or with its number after a hyphen, in a
// sentence of coins: "Morgan dollar, XF," extremely fine, "VF-30" very fine thirty, "in VG",
// "Raw AU Liberty dime" (R7, held53 dev; they were spelled). AU after to, from or and stays
// letters (a country); the letters in a sentence without coins ("VF Corp.") stay.
func (n *normalizer) r68CoinGrade(t *token, grade string) bool {
	c := t.core
	num := ""
	if i := strings.IndexByte(c, '-'); i > 0 {
		num = c[i+1:]
		if len(num) < 1 || len(num) > 2 || !allDigits(num) || atoiSmall(num) > 70 || r68CoinGrades[c[:i]] == "" {
			return false
		}
	} else if r68CoinGrades[c] == "" {
		return false
	}
	if c[:2] == "AU" && num == "" {
		if prev := n.peek(-1); prev != nil && r68GradeNotAfter[prev.lower()] {
			return false
		}
		if next := n.peek(1); next != nil && r68GradeNotAfter[next.lower()] {
			return false
		}
	}
	if !n.sentenceHas(r68CoinWords) {
		return false
	}
	n.by("coin grade")
	n.emit(t.raw, strings.Fields(grade)...)
	if num != "" {
		n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(num)))...)
	}
	return true
}

// r68MarketShort are a marketplace's shorthand, by their lower-case form.
var r68MarketShort = setOf("wtb wts wtt vnds ds nwt nwot glws iso obo")

// r68MarketNames are the phrases the shorthand stands for.
var r68MarketNames = map[string]string{"wtb": "want to buy", "wts": "want to sell", "wtt": "want to trade", "vnds": "very near deadstock", "ds": "deadstock", "nwt": "new with tags", "nwot": "new without tags", "glws": "good luck with sale", "iso": "in search of", "obo": "or best offer"}

// r68SneakerWords in a sentence make DS after a comma deadstock.
var r68SneakerWords = setOf("size pair pairs worn wts wtb wtt kicks sneakers jordans dunks yeezys")

// r68IsoNext are words after iso opening a post that make it "in search of".
var r68IsoNext = setOf("a an any some size the")

// r68Market reads a marketplace's shorthand as the phrase a reader says (R10, held53 dev; each
// was spelled or read as a word): WTB, WTS, WTT want to buy, sell, trade at a clause's start;
// VNDS very near deadstock; DS deadstock after a size, before pair or after a comma in a
// sentence of sneakers ("My Nintendo DS" stays); NWT, NWOT new with and without tags, unless a
// place's name and a comma come before (the territory); glws good luck with sale; iso or ISO
// opening a post before a, an, any or size, or ISO with a colon, in search of ("ISO 9001", "The
// iso file" stay); obo after a comma, or best offer, as after a price.
func (n *normalizer) r68Market(t *token) bool {
	l := t.lower()
	prev := n.peek(-1)
	next := n.peek(1)
	switch l {
	case "wtb", "wts", "wtt":
		if prev != nil && prev.post == "" {
			return false
		}
	case "ds":
		if t.core != "DS" || prev == nil {
			return false
		}
		switch {
		case prev.post == "" && isDigit(prev.core[0]) && len(prev.core) <= 4:
			if pp := n.peek(-2); pp == nil || pp.lower() != "size" {
				return false
			}
		case t.post == "" && next != nil && (next.lower() == "pair" || next.lower() == "pairs"):
		case strings.HasPrefix(prev.post, ",") && n.sentenceHas(r68SneakerWords):
		default:
			return false
		}
	case "nwt", "nwot":
		if prev != nil && prev.post != "" && isCapitalized(prev.core) && n.i > 1 {
			return false
		}
	case "iso":
		if prev != nil || next == nil || isDigit(next.core[0]) {
			return false
		}
		if t.post != ":" && (t.post != "" || !r68IsoNext[next.lower()]) {
			return false
		}
	case "obo":
		if prev == nil || !strings.HasPrefix(prev.post, ",") {
			return false
		}
	case "glws", "vnds":
	default:
		return false
	}
	n.by("marketplace shorthand")
	n.emit(t.raw, strings.Fields(r68MarketNames[l])...)
	return true
}

// r68ThemeNouns after a version say what it numbers: a shop's theme or a plugin.
var r68ThemeNouns = setOf("theme themes template templates plugin plugins extension extensions skin")

// r68ThemeVersion reads a number with a zero after its point between a capitalized name and
// theme, template, plugin or extension as a version, oh, as after a release word: "the Dawn 15.0
// theme" fifteen point oh (R8, held53 dev; it was zero). A quantity ("the 2.0 liter bottle") and
// a number after a lower-case word stay.
func (n *normalizer) r68ThemeVersion(t *token) bool {
	c := t.core
	if !allDigits(c[:len(c)-2]) || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !isUpperLetter(prev.core[0]) || !r68ThemeNouns[next.lower()] {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, c)...)
	n.versionAt = n.i
	return true
}

// r68WordX splits a host's run-together name that is a lexicon word of four letters or more and
// an x into the two ("stockx" stock x, "spacex" space x; R9, held53 dev: it was one word). A
// name the lexicon knows whole ("index", "latex") never reaches it (webPart asks only about
// unknown names).
func r68WordX(lp string, isWord func(string) bool) (string, bool) {
	if len(lp) < 5 || lp[len(lp)-1] != 'x' || isWord == nil {
		return "", false
	}
	stem := lp[:len(lp)-1]
	if !isWord(stem) {
		return "", false
	}
	return stem, true
}

// r68MintMarks are the letters of the US mints a coin's date carries after a hyphen.
var r68MintMarks = setOf("S D O P W CC C")

// r68MintWords in a sentence make a year and a letter after a hyphen a coin's date and mint.
var r68MintWords = setOf("coin coins cent cents nickel nickels dime dimes penny pennies dollar dollars eagle eagles morgan vdb numismatic obverse reverse struck minted mintage pcgs ngc anacs toning toned luster lustre proof")

// r68MintMark reads a coin's date with its mint mark after a hyphen, in a sentence of coins, as
// the year and the mark's letters: "1909-S VDB" nineteen oh nine s, "1893-CC dollar" eighteen
// ninety three c c (R11; it was a count, one thousand nine hundred nine s). A form's number
// ("Form 1099-K") and a year and a letter in a sentence without coins stay.
func (n *normalizer) r68MintMark(t *token) bool {
	c := t.core
	if !allDigits(c[:4]) || !r68MintMarks[c[5:]] {
		return false
	}
	y := atoiSmall(c[:4])
	if y < 1793 || y > 2099 || !n.sentenceHas(r68MintWords) {
		return false
	}
	n.by("coin date and mint mark")
	n.emit(t.raw, appendYear(nil, y)...)
	for k := 5; k < len(c); k++ {
		n.emitLetter(t.raw, strings.ToLower(c[k:k+1]))
	}
	return true
}

// r68CardNouns after a one of one say a card is meant.
var r68CardNouns = setOf("card cards parallel parallels patch refractor auto autograph insert")

// r68PrintRun reads a card's print run as a number of its run, with of: "numbered 23/99"
// twenty three of ninety nine, "serial numbered 7/50", "The 1/1 Logoman card" one of one (R12;
// it was two numbers, or a mark out of its total). After numbered the first number is at most
// the second; a one of one needs a word of cards within three words after it ("Mix 1/1 ratio"
// stays).
func (n *normalizer) r68PrintRun(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, '/')
	a, b := c[:i], c[i+1:]
	if len(a) > 4 || len(b) > 4 || !allDigits(a) || !allDigits(b) || a[0] == '0' || b[0] == '0' {
		return false
	}
	av, bv := atoiSmall(a), atoiSmall(b)
	if av > bv {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.lower() != "numbered" {
		if c != "1/1" {
			return false
		}
		found := false
		for k := 1; k <= 3 && !found; k++ {
			w := n.peek(k)
			if w == nil {
				break
			}
			found = r68CardNouns[w.lower()]
		}
		if !found {
			return false
		}
	}
	n.by("print run")
	n.emit(t.raw, appendCardinal(nil, uint64(av))...)
	n.emit(t.raw, "of")
	n.emit(t.raw, appendCardinal(nil, uint64(bv))...)
	return true
}

// r68Sterling reads 925 before sterling, or before silver not before a plural it counts, as the
// silver's fineness in pairs, nine twenty five, as jewelers say it (R13; it was a count). "925
// silver coins" stays a count.
func (n *normalizer) r68Sterling(t *token) bool {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return false
	}
	switch next.lower() {
	case "sterling":
	case "silver":
		if nn := n.peek(2); next.post == "" && nn != nil && strings.HasSuffix(nn.lower(), "s") {
			return false
		}
	default:
		return false
	}
	n.by("silver fineness")
	n.emit(t.raw, "nine", "twenty", "five")
	return true
}
