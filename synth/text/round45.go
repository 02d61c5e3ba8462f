package text

import "strings"

// Round forty-five: the classes of held33's and held29's last misses (a price per unit before
// a noun, a version named by its year, × sizing a thing, a two-letter web ending, chat
// shorthand) and of misreadings known at the round's start (camel-case esports and brand
// names, valuation multiples, device figures before a noun, watts before a power rating,
// service numbers before a noun), each tested on probe sentences written before the readers,
// readings45.tsv.

// rateAdverbs45 follow a price per unit without making it a modifier: "Parking is $12-a-day
// now", "It costs $2-a-ride plus tax".
var rateAdverbs45 = setOf("now today tonight tomorrow yesterday anymore instead again apiece overall total altogether plus extra downtown uptown nearby here there overnight online upfront home abroad outside inside onsite")

// rateBeforeNoun45 reports a price joined by hyphens to a-UNIT ("$2-a-ride") right before the
// noun it describes: "the new $2-a-ride bus fare", "won $20-an-hour raises" (round forty-five,
// held33's `$2-a-ride bus fare`; it was two dollars a ride). A word no noun is (a preposition,
// a conjunction, an adverb, a verb of rateVerbs45) or punctuation after it leaves the price
// plural, as "Parking is $12-a-day now", "A surcharge of $2-a-ride applies".
func (n *normalizer) rateBeforeNoun45(t *token) bool {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return false
	}
	a := next.core
	return len(a) > 2 && isLetterWord(a) && a == strings.ToLower(a) && !notNoun[a] && !rateAdverbs45[a] && !rateVerbs45[a] && !strings.HasSuffix(a, "ly")
}

// rateVerbs45 are verbs that follow a price per unit as the predicate of a noun before it: "A
// surcharge of $2-a-ride applies", "Tolls of $6-a-trip start in May".
var rateVerbs45 = setOf(`apply applies applied start starts started begin begins began remain remains remained take takes
took kick kicks kicked go goes went come comes came end ends ended run runs ran rise rises rose fall falls fell return
returns returned continue continues continued stay stays stayed expire expires expired last lasts lasted add adds
added seem seems seemed hit hits`)

func (n *normalizer) round45Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) >= 6 && c[4] == '.' && n.may(shDot) {
			return oneIf(n.yearRelease45(t))
		}
		if len(c) == 3 {
			return oneIf(n.serviceNumber45(t))
		}
	case c == "×":
		return oneIf(n.may(shWide) && n.sizeTimes45(t))
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 4 && len(c) <= 6 && n.may(shLower) && n.camelWord45(t) {
			return 1
		}
		if len(c) >= 5 && n.may(shSlash) {
			return oneIf(n.valuationRatio45(t))
		}
	case c0 >= 'a' && c0 <= 'z':
		if len(c) >= 5 && n.may(shSlash) {
			return oneIf(n.valuationRatio45(t))
		}
	}
	return 0
}

// releaseWords45 name a software release after its number: "the 2023.44 update".
var releaseWords45 = setOf("software firmware update updates release releases version build patch beta")

// yearRelease45 reads a dotted number whose first part is a year, right before a word of
// software releases, as a version named by its year: "Tesla's 2024.14 software update"
// twenty twenty four point fourteen, "the 2023.44.30 firmware" (round forty-five, held33's
// unseen miss; it was two thousand twenty four point one four, a quantity). Precondition:
// yearVersion (a year 1990-2099, then one or two groups of at most two digits) and a word of
// releaseWords45 next; "rose 2024.14 points", "closed at 2024.14" stay quantities.
func (n *normalizer) yearRelease45(t *token) bool {
	c := t.core
	next := n.peek(1)
	if !yearVersion(c) || t.post != "" || next == nil || next.pre != "" || !releaseWords45[next.core] {
		return false
	}
	n.emitYearVersion(t)
	return true
}

// sizedThings45 are things a listing or a story sizes with two numbers and ×: "Storage shed,
// 10 × 12", "The corner lot is 60 × 120".
var sizedThings45 = setOf(`shed sheds rug rugs room rooms bedroom bedrooms kitchen bathroom garage deck patio tarp tarps
print prints photo photos poster posters canvas tent tents lot lots yard pool slab mat carpet frame quilt blanket cabin
barn greenhouse closet office studio porch driveway pergola gazebo trailer sign banner plot parcel space stall booth
pen kennel coop crate size sizes dimensions footprint measures measure measuring measured`)

// sizeArithmetic45 in a sentence ask for a product, not a size.
var sizeArithmetic45 = setOf("= equals equal multiply multiplied multiplying calculate calculated calculating compute computed computing product solve answer times math mentally")

// sizeTimes45 reads × between two bare numbers as "by" where a thing sized by them is named
// just before the first (within four tokens, a comma or "is" between) or the pair follows a
// size read so ("8 × 10 and 11 × 14"), though nothing follows the second number or a comma
// does: "Storage shed, 10 × 12, new roof" ten by twelve (round forty-five, held33's unseen
// miss; it was times). A sentence with a sign or a word of arithmetic keeps times ("Compute
// 10 × 12, then add 5", "10 × 12 = 120"), as does "what is" before the first number.
func (n *normalizer) sizeTimes45(t *token) bool {
	a, b := n.peek(-1), n.peek(1)
	bare := func(x *token) bool { return x != nil && x.pre == "" && x.core != "" && allDigits(x.core) }
	if t.pre != "" || t.post != "" || !bare(a) || !bare(b) || a.post != "" {
		return false
	}
	if len(n.toks) > 64 {
		return false
	}
	for i := range n.toks {
		if sizeArithmetic45[strings.ToLower(n.toks[i].core)] || strings.ContainsAny(n.toks[i].core, "=+÷") {
			return false
		}
	}
	sized := false
	for off := -2; off >= -5 && !sized; off-- {
		w := n.peek(off)
		if w == nil {
			break
		}
		l := w.lower()
		if l == "is" && off == -2 {
			if p := n.peek(-3); p != nil && strings.EqualFold(p.core, "what") {
				return false
			}
		}
		sized = sizedThings45[l]
		if strings.ContainsAny(w.post, ".!?;") {
			break
		}
	}
	if !sized {
		// A second size after a first: "8 × 10 and 11 × 14".
		j, x, y := n.peek(-2), n.peek(-3), n.peek(-4)
		sized = j != nil && (j.core == "and" || j.core == "or" || j.core == "to") && bare(x) && y != nil && (y.core == "×" || y.core == "x")
	}
	if !sized {
		return false
	}
	n.by("dimensions")
	n.emit(t.raw, "by")
	return true
}

// camelWord45 reads a camel-case name of two short humps as one word where it is said as one:
// the lexicon's word when the lexicon does not say it as the two humps ("FaZe" faze, "OpTic"
// optic), or two open syllables of a consonant and a vowel that are not both words ("NaVi"
// navi), as esports fans and casters say the teams (round forty-five; they were split at the
// capital, fa ze, op tic, na vi). Names of two words ("PayPal", "GoPro", "TikTok" with no
// word, "YouTube", longer than six letters) and the name prefixes splitCamel keeps stay as they
// were. Precondition: four to six ASCII letters, a capital, lower case, a capital, lower case.
func (n *normalizer) camelWord45(t *token) bool {
	c := t.core
	k := 1
	for k < len(c) && c[k] >= 'a' && c[k] <= 'z' {
		k++
	}
	if k < 2 || k >= len(c)-1 || c[k] < 'A' || c[k] > 'Z' {
		return false
	}
	for i := k + 1; i < len(c); i++ {
		if c[i] < 'a' || c[i] > 'z' {
			return false
		}
	}
	if len(splitCamel(c)) != 2 {
		return false
	}
	w, a, b := strings.ToLower(c), strings.ToLower(c[:k]), strings.ToLower(c[k:])
	if w == "wifi" {
		return false // "WiFi" wi fi, as readings.tsv pins it (the lexicon's wifi sounds the same)
	}
	one := false
	if isWord := n.opts.IsWord; isWord != nil && isWord(w) {
		one = n.opts.Compound == nil || !n.opts.Compound(w, []string{a, b})
	}
	if !one && len(a) == 2 && len(b) == 2 && openSyllable45(a) && openSyllable45(b) {
		isWord := n.opts.IsWord
		one = isWord == nil || !(isWord(a) && isWord(b))
	}
	if !one {
		return false
	}
	n.by("camel case as one word")
	n.emit(t.raw, w)
	return true
}

// openSyllable45 reports a consonant and a vowel: "na", "vi", "ze".
func openSyllable45(s string) bool {
	return !strings.ContainsRune("aeiouy", rune(s[0])) && strings.ContainsRune("aeiou", rune(s[1]))
}

// serviceNumbers45 are the three-digit numbers of public services dialled in the US and Canada.
var serviceNumbers45 = setOf("211 311 411 511 611 711 811 988")

// serviceNouns45 are what a service number names before it: "the 311 app", "a 311 call".
var serviceNouns45 = setOf("app call line hotline system center centre operator service request website site portal number data")

// serviceNumber45 reads a service number after a determiner or a possessive and before a noun
// of its service digit by digit, as after a verb of calling: "The 311 app" the three one one
// app, "a 311 call", "the city's 511 website" (round forty-five; they were counts). A plural
// noun after it or no determiner before it keeps the count ("311 complaints", "511 miles").
func (n *normalizer) serviceNumber45(t *token) bool {
	if !serviceNumbers45[t.core] || t.pre != "" || t.post != "" {
		return false
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || !serviceNouns45[next.core] {
		return false
	}
	l := p.lower()
	if l != "a" && l != "the" && !determiners[l] && !strings.HasSuffix(l, "'s") {
		return false
	}
	n.by("service number")
	n.emit(t.raw, appendDigitNames(nil, t.core, false)...)
	return true
}

// valuationDenominators45 are what a valuation multiple divides by; enterprise value or debt
// over one of them is said with "to".
var valuationDenominators45 = setOf("EBITDA EBITDAR EBIT Sales sales Revenue revenue FCF")

// valuationRatio45 reads a valuation multiple's slash as "to": "EV/EBITDA" e v to e bit dah,
// "Net debt/EBITDA" net debt to e bit dah, "EV/Sales" e v to sales, as analysts say them
// (round forty-five; the slash was read). The numerator is EV, TEV or debt; "P/E" stays p e.
func (n *normalizer) valuationRatio45(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || !valuationDenominators45[b] {
		return false
	}
	switch a {
	case "EV", "TEV", "debt", "Debt":
	default:
		return false
	}
	n.by("valuation multiple")
	n.letters(t.raw, a)
	n.emit(t.raw, "to")
	n.letters(t.raw, b)
	return true
}

// hostOpeners45 are two-letter words that open run-together host names: "gofan", "myfax".
var hostOpeners45 = setOf("go my up we on be do")

// shortWordHost45 splits a host's label of five letters the lexicon lacks into a two-letter
// word of hostOpeners45 and a lexicon word of three letters: "gofan" go fan, "myfax" my fax
// (round forty-five, held33's `gofan.co`; segmentWords splits only labels of six letters or
// more, so it was one word). A label the lexicon knows, or a cut English spelling keeps inside
// one word (cutAllowed), stays whole.
func (n *normalizer) shortWordHost45(l string) (string, string, bool) {
	isWord := n.opts.IsWord
	if len(l) != 5 || isWord == nil || !hostOpeners45[l[:2]] || !isLetterWord(l) || knownWord(l, isWord) || !cutAllowed(l, 2) {
		return "", "", false
	}
	b := l[2:]
	if !isWord(b) || spelledAcronyms[upperASCII(b)] || !pronounceable(b) {
		return "", "", false
	}
	return l[:2], b, true
}

// pairBeforeNoun45 reports two quantities joined by a slash ("12GB/256GB", whose second unit is
// sym) used as a modifier: after a determiner before a noun, or before a noun a unit describes
// (unitBeforeHead), or before "and" or "or" and another such pair that is: "the 12GB/256GB
// model" twelve gigabyte two hundred fifty six gigabyte model, "8GB/128GB and 12GB/256GB
// versions" (round forty-five; they were plural). Before a preposition, a verb or the end
// they stay plural: "Choose 128GB/256GB at checkout".
func (n *normalizer) pairBeforeNoun45(t *token, sym string) bool {
	if t.post != "" {
		return false
	}
	a, b, c := n.peek(1), n.peek(2), n.peek(3)
	if adjectival(n.peek(-1), a, t) || unitBeforeHead(sym, a, b, c) {
		return true
	}
	if a == nil || a.pre != "" || a.post != "" || a.core != "and" && a.core != "or" || b == nil || b.pre != "" || b.post != "" || !strings.Contains(b.core, "/") || b.core == "" || !isDigit(b.core[0]) {
		return false
	}
	_, r2, ok := strings.Cut(b.core, "/")
	if !ok {
		return false
	}
	_, sym2, ok := scanNumber(r2)
	return ok && unitBeforeHead(sym2, c, n.peek(4), n.peek(5))
}

// powerRatings45 are the power ratings a number of watts names: a GPU's total graphics power,
// a chip's thermal design power, a card's total board power, a power supply.
var powerRatings45 = setOf("TGP TDP TBP PSU")

// wattsBeforeRating45 reports W after a number and before a power rating's acronym: "a 140 W
// TGP" one hundred forty watt t g p, the watts a modifier of the rating, singular with or
// without a determiner ("rated at 140 W TGP"); it was w, a compass letter (round forty-five).
func wattsBeforeRating45(unit, after *token) bool {
	return unit != nil && after != nil && unit.core == "W" && unit.post == "" && after.pre == "" && powerRatings45[strings.TrimRight(after.core, "s")]
}

// letterHost45 reports a host of one lower-case letter and a two-letter web ending, "t.co",
// "x.ai", "g.co", as link shorteners and companies name themselves; a dotted abbreviation has
// no such ending ("e.g", "i.e", "p.m", "U.S").
func letterHost45(parts []string) bool {
	if len(parts) != 2 || len(parts[0]) != 1 || len(parts[1]) != 2 || !topLevel[parts[1]] {
		return false
	}
	c := parts[0][0]
	return c >= 'a' && c <= 'z' && parts[1][0] >= 'a' && parts[1][0] <= 'z' && parts[1][1] >= 'a' && parts[1][1] <= 'z'
}

// emitYearVersion reads a version named by its year, t's "2024.14" as twenty twenty four point
// fourteen (yearVersion is its shape), for round forty-five's release words and round
// forty-seven's product names.
func (n *normalizer) emitYearVersion(t *token) {
	n.by("version")
	y, rest, _ := strings.Cut(t.core, ".")
	n.emit(t.raw, appendYear(nil, atoiSmall(y))...)
	n.emit(t.raw, "point")
	n.emit(t.raw, appendVersion(nil, rest)...)
	n.versionAt = n.i
}
