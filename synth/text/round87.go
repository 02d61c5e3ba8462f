package text

import "strings"

// Round eighty-seven (issue 18): held66's dev misses, from beauty, fashion and crafts sources
// (cosmetics listings, size charts, knitting and sewing patterns, jewellery specs, craft forums),
// each taken as a class (readings87.tsv R1-R8; R6, crafters' tags, is in segment.go).

// round87Shape reports a token round87Token may read (inlined where dispatch.go asks it): two to
// ten bytes opening with a digit, a capital D, F, G, M or W of up to five letters, or the few lower
// case and sign tokens its readers take. A word in lower case, by far the most common token,
// costs one comparison or two and no call.
func round87Shape(c string) bool {
	b := c[0]
	if b <= '9' {
		return b >= '0' && uint(len(c)-2) <= 8 || c == "/"
	}
	if b <= 'W' {
		return len(c) <= 5 && (b == 'F' || b == 'G' || b == 'M' || b == 'W' || b == 'D')
	}
	return c == "sts" || c == "x" || c == "grwm" || c == "×" || c == "vol"
}

// round87Token runs the round's readers; it returns the tokens used. Each reader is chosen by
// the token's first byte and length before it looks at a neighbour.
func (n *normalizer) round87Token(t *token) int {
	c := t.core
	switch b := c[0]; {
	case b >= '0' && b <= '9':
		if !n.may(shDigit) {
			return 0
		}
		switch last := c[len(c)-1]; {
		case len(c) <= 4 && (last == 'W' || last == 'N' || last == 'C'):
			if n.r87ShadeCode(t) {
				return 1
			}
		case len(c) == 3 && last == 'g':
			if n.r87BodyGauge(t) {
				return 1
			}
		}
		if len(c) <= 4 && (c[len(c)-1] == 'K' || c[len(c)-1] == 't' || c[len(c)-1] == 'k') {
			if n.r87Karat(t) {
				return 1
			}
			return 0
		}
		if len(c) <= 4 && allDigits(c) {
			if k := n.r87Swatch(t); k > 0 {
				return k
			}
			if len(c) == 3 && n.r87Fineness(t) {
				return 1
			}
			return 0
		}
		if n.may(shSlash) {
			if k := n.r87Needle(t); k > 0 {
				return k
			}
			if n.r87SizePair(t) {
				return 1
			}
		}
		if t.post == `"` && (n.r87InchRange(t) || n.may(shSlash) && n.r87FabricWidths(t)) {
			return 1
		}
	case b == '/':
		if len(c) == 1 && n.r87LabelSlash() {
			return 1
		}
	case b == 'v':
		if n.r87DeveloperVolume(t) {
			return 1
		}
	case b == 's' || b == 'x' || b == 0xC3:
		if n.r87Gauge(t) {
			return 1
		}
	default:
		if n.r87Shorthand(t) {
			return 1
		}
	}
	return 0
}

// r87SwatchLetters are the letters after a Pantone number that name its stock: coated,
// uncoated, matte, and the textile and paper series.
var r87SwatchLetters = setOf("c u m cp up tcx tpx tpg")

// r87Swatch reads a colour system's swatch number, three or four digits right after Pantone or
// PMS, in pairs as a model's number after its maker, and a C or U after it (coated, uncoated)
// as a letter: "Pantone 2767 C" pantone twenty seven sixty seven c, "PMS 186 C." (it was a count,
// and C. cups). A plural noun or a unit after the number leaves a count ("Pantone 1200 swatches",
// "PMS 150 mg"); a year's number with no letter after it is left to the year's readers. It
// returns the tokens used.
func (n *normalizer) r87Swatch(t *token) int {
	c := t.core
	if len(c) < 3 || c[0] == '0' {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) != 3 && len(prev.core) != 7 {
		return 0
	}
	if l := prev.lower(); l != "pms" && l != "pantone" {
		return 0
	}
	next := n.peek(1)
	letter := t.post == "" && next != nil && len(next.core) <= 3 && r87SwatchLetters[next.lower()]
	if !letter {
		if next != nil && t.post == "" {
			if _, unit := unitWord(next.core, true); unit {
				return 0
			}
			if l := next.lower(); len(l) > 3 && l[len(l)-1] == 's' && isLetterWord(l) && !closedWords83[l] {
				return 0 // "Pantone 1200 swatches": a count
			}
		}
		if v := atoiSmall(c); v >= 1900 && v <= 2099 {
			return 0
		}
	}
	n.by("colour swatch")
	n.emit(t.raw, appendPaired(nil, c)...)
	if !letter {
		return 1
	}
	for i := 0; i < len(next.core); i++ {
		n.emitLetter(next.raw, strings.ToLower(next.core[i:i+1]))
	}
	return 2
}

// r87SizeWords before a clothing size's pair.
var r87SizeWords = setOf("size sizes")

// r87SizeJoins join two sizes' pairs ("sizes 2/4 and 10/12").
var r87SizeJoins = setOf("and or to through thru")

// r87SizePairOK reports a clothing size's pair, two numbers of one or two digits joined by a
// slash, the second one or two more than the first and at most 34 ("8/10", "4/5", "30/32").
func r87SizePairOK(c string) (a, b string, ok bool) {
	a, b, ok = strings.Cut(c, "/")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) || len(a) == 2 && a[0] == '0' || len(b) == 2 && b[0] == '0' {
		return "", "", false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	return a, b, y <= 34 && (y-x == 2 || y-x == 1 && x >= 2)
}

// r87SizePair reads a clothing size's two numbers joined by a slash after size or sizes (or
// after and, or, to or through that follow such a pair) as the size's name, two numbers: "a size
// 8/10" size eight ten, "sizes 2/4 and 10/12" (they were fractions: eight tenths). Before of or
// the the pair is a share ("size 8/10 of the chart"). It reports whether it read the token.
func (n *normalizer) r87SizePair(t *token) bool {
	a, b, ok := r87SizePairOK(t.core)
	if !ok || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != "," {
		return false
	}
	if !r87SizeWords[prev.lower()] {
		p2, p3 := n.peek(-2), n.peek(-3)
		if !r87SizeJoins[prev.lower()] || p2 == nil || p3 == nil || p3.post != "" || !r87SizeWords[p3.lower()] {
			return false
		}
		if _, _, ok := r87SizePairOK(p2.core); !ok {
			return false
		}
	}
	if next := n.peek(1); next != nil && t.post == "" && (next.lower() == "of" || next.lower() == "the") {
		return false
	}
	n.by("clothing size")
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(a)))...)
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(b)))...)
	return true
}

// r87BodyMeasures are the body's measures a garment's range of inches fits.
var r87BodyMeasures = setOf("bust chest waist hip hips inseam neck underbust seat thigh")

// r87InchRange reads a range of inches written with the inch mark before the body measure it
// fits as an adjective, singular as one number is: "a 34–36" bust" thirty four to thirty six inch
// bust (it was inches); at a clause's end or before another word the plural stays ("measures
// 34-36".", "2-3" more"). It reports whether it read the token.
func (n *normalizer) r87InchRange(t *token) bool {
	c := t.core
	i := strings.IndexAny(c, "-–")
	if i <= 0 || i > 2 {
		return false
	}
	a, rest := c[:i], c[i+1:]
	if c[i] != '-' {
		rest = c[i+len("–"):]
	}
	if len(rest) == 0 || len(rest) > 2 || !allDigits(a) || !allDigits(rest) || atoiSmall(a) >= atoiSmall(rest) {
		return false
	}
	next := n.peek(1)
	if next == nil || !r87BodyMeasures[next.core] {
		return false
	}
	n.by("range as adjective")
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(a)))...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendCardinal(nil, uint64(atoiSmall(rest)))...)
	n.emit(t.raw, "inch")
	return true
}

// r87NeedleNouns after a needle's size make its millimetres singular.
var r87NeedleNouns = setOf("needle needles circular circulars hook hooks dpns dpn straights tips")

// r87NeedlePart reports one part of a needle's size: one or two digits, perhaps with a point and
// one or two more ("8", "10.5", "6.5", "3.25").
func r87NeedlePart(s string) bool {
	w, f, dot := strings.Cut(s, ".")
	return len(w) >= 1 && len(w) <= 2 && allDigits(w) && (!dot || len(f) >= 1 && len(f) <= 2 && allDigits(f))
}

// r87Needle reads a knitting needle's US size and its metric size joined by a slash after US,
// the millimetres glued or spaced: "US 8/5 mm needles" u s eight five millimeter needles, "US
// 10.5/6.5mm circulars" (mm was left a word, or the whole read as a tally). Before a needle's
// noun the unit is singular; elsewhere plural. "The US 8/5 split" (no millimetres) stays. It
// returns the tokens used.
func (n *normalizer) r87Needle(t *token) int {
	c := t.core
	glued := strings.HasSuffix(c, "mm")
	if glued {
		c = c[:len(c)-2]
	}
	a, b, ok := strings.Cut(c, "/")
	if !ok || !r87NeedlePart(a) || !r87NeedlePart(b) {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.core != "US" || prev.post != "" {
		return 0
	}
	used, after := 1, n.peek(1)
	if !glued {
		if after == nil || t.post != "" || after.core != "mm" {
			return 0
		}
		used, after = 2, n.peek(2)
	}
	n.by("needle size")
	n.emit(t.raw, r87NeedleWords(a)...)
	n.emit(t.raw, r87NeedleWords(b)...)
	unitSrc := n.peek(used - 1)
	if after != nil && unitSrc.post == "" && r87NeedleNouns[after.lower()] {
		n.emit(unitSrc.raw, "millimeter")
	} else {
		n.emit(unitSrc.raw, "millimeters")
	}
	return used
}

// r87NeedleWords says one part of a needle's size ("10.5" ten point five).
func r87NeedleWords(s string) []string {
	w, f, dot := strings.Cut(s, ".")
	if !dot {
		return appendCardinal(nil, uint64(atoiSmall(w)))
	}
	return appendDecimal(nil, w, f)
}

// r87GaugeRows after a gauge's second count make × between the counts by.
var r87GaugeRows = setOf("rows rounds rnds row")

// r87Gauge reads a knitting pattern's "sts" after a number as stitches ("Cast on 96 sts"; it
// was spelled, s t s), and × or x between a gauge's stitches and its rows as by ("18 sts × 24
// rows" eighteen stitches by twenty four rows; it was times). "The STS mission" (capitals)
// stays spelled. It reports whether it read the token.
func (n *normalizer) r87Gauge(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if c == "sts" {
		if !allDigits(prev.core) {
			return false
		}
		n.by("stitches")
		if prev.core == "1" {
			n.emit(t.raw, "stitch")
		} else {
			n.emit(t.raw, "stitches")
		}
		return true
	}
	if c != "x" && c != "×" || t.post != "" || prev.core != "sts" && prev.lower() != "stitches" {
		return false
	}
	next, rows := n.peek(1), n.peek(2)
	if next == nil || rows == nil || next.post != "" || !allDigits(next.core) || !r87GaugeRows[rows.lower()] {
		return false
	}
	n.by("gauge")
	n.emit(t.raw, "by")
	return true
}

// r87Shorthand reads beauty and craft forums' shorthand as the phrase they stand for: GRWM get
// ready with me, WIP work in progress, MUA makeup artist (not after an, where it is a mail
// program), FO finished object after a possessive or an ordinal, FOs after a number or a
// possessive ("The FO issued" and "FO 12" stay letters). It reports whether it read the token.
func (n *normalizer) r87Shorthand(t *token) bool {
	var words []string
	switch t.core {
	case "GRWM", "grwm", "Grwm":
		words = []string{"get", "ready", "with", "me"}
	case "WIP":
		words = []string{"work", "in", "progress"}
	case "WIPs":
		words = []string{"works", "in", "progress"}
	case "MUA", "MUAs":
		if prev := n.peek(-1); prev != nil && prev.lower() == "an" {
			return false
		}
		words = []string{"makeup", "artist"}
		if t.core == "MUAs" {
			words[1] = "artists"
		}
	case "DPNs":
		words = []string{"double", "pointed", "needles"}
	case "DPN":
		if !n.sentenceHas(r87KnitWords) {
			return false // "Patients with DPN": a neuropathy
		}
		words = []string{"double", "pointed", "needle"}
	case "FO", "FOs":
		prev := n.peek(-1)
		if prev == nil || prev.post != "" {
			return false
		}
		l := prev.lower()
		switch {
		case r87FOBefore[l]:
		case t.core == "FOs" && (allDigits(l) || r87CountWords[l]):
		default:
			return false
		}
		words = []string{"finished", "object"}
		if t.core == "FOs" {
			words[1] = "objects"
		}
	default:
		return false
	}
	n.by("craft shorthand")
	n.emit(t.raw, words...)
	return true
}

// r87FOBefore are the words after which FO is a finished object.
var r87FOBefore = setOf("my our her his their your latest first newest second third last another next fave favorite favourite")

// r87CountWords count FOs.
var r87CountWords = setOf("two three four five six seven eight nine ten many more few some several")

// r87KaratWords make a number with K or kt a gold's karats.
var r87KaratWords = setOf("gold karat karats carat jewelry jewellery")

// r87KaratNext may follow a karat value that does not name its gold right after it.
var r87KaratNext = setOf("and or to = vs hoops hoop studs stud chain chains ring rings band bands bangle bangles necklace pendant earrings bracelet")

// r87Karat reads a gold's karats, 8 to 24 with K or kt, in a sentence of gold or karats:
// "Karat guide: 18K = 75% pure" eighteen karat (it was eighteen thousand), "Solid gold studs and
// 14kt hoops" fourteen karat (it was knots). Before another noun a K is a thousand ("18K
// followers", "sold 18K contracts"); without gold or karat in the sentence kt stays knots. It
// reports whether it read the token.
func (n *normalizer) r87Karat(t *token) bool {
	c := t.core
	num := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(c, "K"), "kt"), "k")
	if num == c || len(num) == 0 || len(num) > 2 || !allDigits(num) {
		return false
	}
	if c[len(c)-1] == 'k' {
		// R10: "14k gold-filled" (a hyphened gold after it; "14k gold" is round seven's).
		next := n.peek(1)
		if next == nil || t.post != "" || !r87GoldHyphened(next.lower()) {
			return false
		}
	}
	v := atoiSmall(num)
	if v < 8 || v > 24 {
		return false
	}
	if strings.HasSuffix(c, "K") {
		if next := n.peek(1); next != nil && t.post == "" && !r87KaratNext[next.lower()] {
			return false
		}
	}
	if !n.sentenceHas(r87KaratWords) {
		return false
	}
	n.by("karat")
	n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	n.emit(t.raw, "karat")
	return true
}

// r87CraftTagWords are pieces of crafters' tags the lexicon lacks (R6: "#knittersofinstagram"
// hashtag knitters of instagram; it was one word).
var r87CraftTagWords = setOf("instagram")

// r87AgentPlural reports the plural of an agent noun in -er, one the lexicon knows ("knitters"
// from knitter) or one made from a verb of five letters or more it knows ("crocheters" from
// crochet), as a piece of a run-together name (R6): a crafter's tag names the crafters.
func r87AgentPlural(s string, isWord func(string) bool) bool {
	return len(s) >= 7 && s[len(s)-1] == 's' && s[len(s)-2] == 'r' && s[len(s)-3] == 'e' && (isWord(s[:len(s)-1]) || len(s) >= 8 && isWord(s[:len(s)-3]))
}

// r87GoldHyphened reports gold joined by a hyphen to how it is laid on: gold-filled,
// gold-plated, gold-tone, gold-toned, gold-vermeil, gold-dipped (R10; "gold-medal" is no
// metal's).
func r87GoldHyphened(l string) bool {
	rest, ok := strings.CutPrefix(l, "gold-")
	return ok && (rest == "filled" || rest == "plated" || rest == "tone" || rest == "toned" || rest == "vermeil" || rest == "dipped")
}

// r87Finenesses are precious metals' finenesses in parts per thousand as hallmarks print them
// (925 before sterling or silver is read here as round sixty-eight reads it).
var r87Finenesses = setOf("375 417 500 585 750 800 835 850 900 916 925 950 958 999")

// r87Metals name the metal a fineness before them measures.
var r87Metals = setOf("gold platinum palladium silver")

// r87Fineness reads a precious metal's fineness in pairs, as jewelers say it and as round
// sixty-eight reads 925 sterling (R9): before gold, platinum, palladium or silver not before a
// plural it counts ("set in 950 platinum" nine fifty platinum, "Solid 750 gold"), or after
// hallmarked or stamped closing its clause ("hallmarked 375", "stamped 585."); they were counts.
// "950 platinum coins", "375 gold stars" and "stamped 585 boxes" stay counts. It reports whether
// it read the token.
func (n *normalizer) r87Fineness(t *token) bool {
	c := t.core
	if !r87Finenesses[c] {
		return false
	}
	next := n.peek(1)
	switch {
	case next != nil && t.post == "" && next.pre == "" && r87Metals[next.lower()]:
		if nn := n.peek(2); next.post == "" && nn != nil && len(nn.core) > 3 && strings.HasSuffix(nn.lower(), "s") {
			return false
		}
	default:
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || (prev.lower() != "hallmarked" && prev.lower() != "stamped") || next != nil && t.post == "" {
			return false
		}
	}
	n.by("metal fineness")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r87LabelSlash reads a spaced slash between a label's fluid ounces and the same amount in
// another unit as nothing, as a reader gives the two measures of one amount (R11: "0.17 fl oz /
// 5 ml" zero point one seven fluid ounces five milliliters; it was slash). "100 mg / 5 mL", a
// concentration, and "8 fl oz / 2 servings", no unit after the number, stay as they were. It reports whether it read the token.
func (n *normalizer) r87LabelSlash() bool {
	prev, fl, next, unit := n.peek(-1), n.peek(-2), n.peek(1), n.peek(2)
	if prev == nil || fl == nil || next == nil || unit == nil || prev.post != "" || next.post != "" {
		return false
	}
	if prev.lower() != "oz" || fl.lower() != "fl" || !isDigit(next.core[0]) {
		return false
	}
	if _, ok := unitWord(unit.core, true); !ok {
		return false // "8 fl oz / 2 servings": a rate
	}
	if _, rest, ok := scanNumber(next.core); !ok || rest != "" {
		return false
	}
	n.by("two measures")
	return true
}

// r87FabricWidths reads a fabric's two widths joined by a slash with the inch mark, two
// numbers of two or three digits, the second one or two more and at most 120, as two numbers
// and inches (R12: "58/60\" wide" fifty eight sixty inches wide; it was out of sixty, the inches
// dropped). It reports whether it read the token.
func (n *normalizer) r87FabricWidths(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) < 2 || len(a) > 3 || len(b) < 2 || len(b) > 3 || !allDigits(a) || !allDigits(b) || a[0] == '0' {
		return false
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if y > 120 || y-x < 1 || y-x > 2 {
		return false
	}
	n.by("fabric widths")
	n.emit(t.raw, appendCardinal(nil, uint64(x))...)
	n.emit(t.raw, appendCardinal(nil, uint64(y))...)
	n.emit(t.raw, "inches")
	return true
}

// r87DeveloperWords make vol after a number a hair developer's volume.
var r87DeveloperWords = setOf("developer developers peroxide bleach lightener toner")

// r87DeveloperVolume reads vol after a number as volume in a sentence of hair developer,
// peroxide or bleach (R13: "20 vol developer" twenty volume developer; it was vol). "11 vol on
// the amp" stays. It reports whether it read the token.
func (n *normalizer) r87DeveloperVolume(t *token) bool {
	if t.core != "vol" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !allDigits(prev.core) || !n.sentenceHas(r87DeveloperWords) {
		return false
	}
	n.by("developer volume")
	n.emit(t.raw, "volume")
	return true
}

// r87KnitWords make DPN a knitting needle (R16).
var r87KnitWords = setOf("knit knits knitting knitted needle needles yarn sock socks thumb sleeve mitten hat cast")

// r87ShadeWords make a number with W, N or C a foundation's shade code (R14).
var r87ShadeWords = setOf("shade shades foundation concealer concealers foundations tint")

// r87ShadeNext may follow a shade code.
var r87ShadeNext = setOf("to and or in is was are were for with on from sold")

// r87ShadeCode reads a foundation's shade code, one or two digits (perhaps with .5) and W, N or
// C (warm, neutral, cool), as the number and the letter, in a sentence of shades or foundation,
// closing its clause or before to, and, or, in…: "from 1W to 8N" from one w to eight n (it was
// one watt), "I wear 3W in this foundation". "The 5W lamp has a linen shade" and "A 1W LED" stay
// watts. It reports whether it read the token.
func (n *normalizer) r87ShadeCode(t *token) bool {
	c := t.core
	num := c[:len(c)-1]
	w, f, dot := strings.Cut(num, ".")
	if len(w) == 0 || len(w) > 2 || !allDigits(w) || dot && f != "5" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && !r87ShadeNext[next.lower()] {
		return false
	}
	if !n.sentenceHas(r87ShadeWords) {
		return false
	}
	n.by("shade code")
	n.emit(t.raw, r87NeedleWords(num)...)
	n.emitLetter(t.raw, strings.ToLower(c[len(c)-1:]))
	return true
}

// r87PiercingWords make an even number with g body jewellery's gauge (R15).
var r87PiercingWords = setOf("piercing piercings septum tragus helix labret barbell barbells plug plugs tunnels")

// r87BodyGauge reads 10 to 22, even, with g as a gauge in a sentence of piercing or body
// jewellery: "Piercing jewelry: 16g" sixteen gauge (it was grams). After weighs or weight, and
// in a sentence of no piercing ("Add 16g of sugar"), grams stay. It reports whether it read the
// token.
func (n *normalizer) r87BodyGauge(t *token) bool {
	c := t.core
	v := atoiSmall(c[:2])
	if v < 10 || v > 22 || v%2 != 0 {
		return false
	}
	if prev := n.peek(-1); prev != nil && strings.HasPrefix(prev.lower(), "weigh") {
		return false
	}
	if !n.sentenceHas(r87PiercingWords) {
		return false
	}
	n.by("gauge")
	n.emit(t.raw, appendCardinal(nil, uint64(v))...)
	n.emit(t.raw, "gauge")
	return true
}
