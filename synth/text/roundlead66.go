package text

import (
	"strings"
	"unicode/utf8"
)

// The lead's round of the seventeenth session: misreadings found by running the normalizer over
// news-style sentences of the lead's own in the nine classes (market wraps, storm
// reports, match reports, device reviews), each read as a class and tested on probe sentences
// written before the readers, readings-lead66.tsv.

// lead66Token runs the round's readers on the token at n.i and returns the tokens it read, or 0.
func (n *normalizer) lead66Token(t *token) int {
	c := t.core
	if n.inPart != 0 {
		return 0
	}
	if len(c) < 2 {
		if len(c) == 1 && isDigit(c[0]) && n.may(shDigit) {
			return n.pointsOrPints66(t) // "1 pt. of cream"
		}
		return 0
	}
	switch {
	case c[0] == '.' && len(c) >= 4:
		return oneIf(n.may(shDot) && n.dottedFileTypes66(t))
	case len(c) >= 3 && len(c) <= 5 && c[0] >= 'F' && c[0] <= 'W' && isCapitalized(c) && !isUpperWord(c) && weekdayAbbrev[t.lower()]:
		return oneIf(n.weekdayAbbrev66(t))
	case len(c) == 3 && c == "ago":
		return oneIf(n.agoAfterEra66(t))
	case len(c) == 2 && (c == "bn" || c == "mn"):
		return oneIf(n.scaleAfterNumber66(t))
	case isDigit(c[0]) && (len(c) <= 3 || len(c) <= 6 && strings.HasSuffix(c, "′")):
		if n.may(shLower|shWide) && n.countBeforeItem66(t) {
			return 1
		}
		if n.may(shDigit) && (n.matchMinute66(t) || n.portAfterColon66(t) || n.airlineFlight66(t)) {
			return 1
		}
		if n.may(shDigit) {
			return n.pointsOrPints66(t)
		}
		return 0
	case len(c) <= 5 && allDigits(c):
		if n.may(shDigit) && (n.portAfterColon66(t) || n.airlineFlight66(t)) {
			return 1
		}
		return n.pointsOrPints66(t)
	case len(c) >= 6 && (c[0] == 'p' || c[0] == 'P') && n.may(shPunct) && n.portAssigned66(t):
		return 1
	}
	if !n.may(shDigit) {
		return 0
	}
	if n.may(shPunct|shWide) && (strings.HasSuffix(c, "'s") || strings.HasSuffix(c, "’s")) {
		return n.namePossessive66(t)
	}
	if n.may(shWide) && strings.HasSuffix(c, "¢") {
		return n.fractionCents66(t)
	}
	if n.may(shHyphen) && (n.yearAfterWhen66(t) || n.pointCompound66(t) || n.may(shUpper) && n.stormCategoryHyphen66(t) || n.moneyCompound66(t) ||
		n.may(shLower) && n.shortDocket66(t) || n.courtNumber66(t)) {
		return 1
	}
	return oneIf(n.may(shSlash) && isDigit(c[0]) && n.resolutionRate66(t))
}

// whenWords66 are words of when in a period joined by a hyphen to a year: "mid-2025", "end-2024",
// "pre-2010", "the fall-2025 semester".
var whenWords66 = setOf("mid early late end pre post fall spring summer winter autumn")

// yearAfterWhen66 reads a year of four digits (1000–2099) joined by a hyphen to a word of when as
// a year, the word before it: "mid-2025" mid twenty twenty five, "Pre-2010" pre twenty ten (it
// was a count, mid two thousand twenty five). Decades ("mid-1990s") are read elsewhere, and a
// number outside a year's range ("mid-4400") stays a count.
func (n *normalizer) yearAfterWhen66(t *token) bool {
	c := t.core
	if len(c) < 7 || len(c) > 11 || c[len(c)-5] != '-' {
		return false
	}
	word, digits := c[:len(c)-5], c[len(c)-4:]
	if !allDigits(digits) || !whenWords66[strings.ToLower(word)] || isUpperWord(word[1:]) {
		return false // a code in capitals ("SPRING-2024") is read as codes are
	}
	v := atoiSmall(digits)
	if v < 1000 || v > 2099 {
		return false
	}
	n.by("year")
	n.emit(t.raw, strings.ToLower(word))
	n.emit(t.raw, appendYear(nil, v)...)
	return true
}

// stormCategoryHyphen66 reads "Cat-4" before a storm's word as round twenty-five reads "Cat 4":
// category four, in a sentence of storms, not before a word of cables ("Cat-5 Ethernet cable").
func (n *normalizer) stormCategoryHyphen66(t *token) bool {
	c := t.core
	if len(c) != 5 || !strings.HasPrefix(c, "Cat-") || c[4] < '1' || c[4] > '5' {
		return false
	}
	if next := n.peek(1); next != nil && cableWords66[lowerASCIIWord(next.core)] {
		return false
	}
	if !n.fact(factStorm) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "category")
	n.emit(t.raw, onesWords[c[4]-'0'])
	return true
}

// cableWords66 after "Cat-5" make it a cable's category.
var cableWords66 = setOf("cable cables cabling ethernet wire wiring patch lan network")

// scaleAfterNumber66 reads "bn" and "mn" in lower case right after a plain number as billion
// and million, as they read glued to a currency ("£40bn"): "50 bn in assets", "1.4 mn people"
// (they were spelled). A state's code (MN) is in capitals and stays.
func (n *normalizer) scaleAfterNumber66(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !plainNumber66(prev.core) {
		return false
	}
	n.by("scale")
	if t.core == "bn" {
		n.emit(t.raw, "billion")
	} else {
		n.emit(t.raw, "million")
	}
	return true
}

// plainNumber66 reports digits with thousands commas or one decimal point: "50", "1.4", "1,200"
// (isPlainNumber, with commas).
func plainNumber66(s string) bool {
	if strings.IndexByte(s, ',') < 0 {
		return isPlainNumber(s)
	}
	return s[0] != ',' && s[len(s)-1] != ',' && isPlainNumber(strings.ReplaceAll(s, ",", ""))
}

// footballWords66 make a sentence about a football match, where "the 89'" is its minute.
var footballWords66 = setOf(`goal goals scored scores scoring header penalty equalizer equaliser striker goalkeeper
keeper midfielder winger corner offside match fixture booked substitute stoppage halftime kickoff`)

// matchMinute66 reads a number of minutes (1–130) with a prime after "the" in a sentence about a
// football match as the match's minute: "scored in the 89'" in the eighty ninth minute (it was
// feet). A prime after "a" or before a word of measure is read as feet elsewhere.
func (n *normalizer) matchMinute66(t *token) bool {
	c := t.core
	prime := strings.HasPrefix(t.post, "'") || strings.HasPrefix(t.post, "’")
	if !prime && strings.HasSuffix(c, "′") {
		c = strings.TrimSuffix(c, "′")
		prime = t.post == ""
	}
	if !prime || !allDigits(c) || c[0] == '0' || strings.Trim(strings.TrimLeft(t.post, "'’"), ".,;:!?)") != "" {
		return false
	}
	if v := atoiSmall(c); v > 130 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || prev.lower() != "the" || !n.sentenceHas(footballWords66) {
		return false
	}
	n.by("match minute")
	n.emit(t.raw, appendOrdinal(nil, c)...)
	n.emit(t.raw, "minute")
	return true
}

// resolutionRate66 reads a resolution and a frame rate joined by a slash without the slash, the
// rate as "60p" reads: "4K/60p" four k sixty p, "1080/60i" ten eighty sixty i (it was pence, or
// slash). The resolution is one or two digits and K, or a video line count.
func (n *normalizer) resolutionRate66(t *token) bool {
	res, rate, ok := strings.Cut(t.core, "/")
	if !ok || len(res) < 2 || len(rate) < 3 {
		return false
	}
	mark := rate[len(rate)-1]
	rate = rate[:len(rate)-1]
	if mark != 'p' && mark != 'i' || !frameRates[rate] && rate != "100" && rate != "240" {
		return false
	}
	k := res[len(res)-1]
	switch {
	case (k == 'K' || k == 'k') && len(res) <= 3 && allDigits(res[:len(res)-1]) && res[0] != '0':
		n.by("video resolution")
		n.emit(t.raw, appendInteger(nil, res[:len(res)-1])...)
		n.emitLetter(t.raw, "k")
	case videoLines[res]:
		n.by("video resolution")
		n.emit(t.raw, appendPaired(nil, res)...)
	default:
		return false
	}
	if len(rate) == 3 {
		n.emit(t.raw, appendPaired(nil, rate)...) // "120p" one twenty p, as alone
	} else {
		n.emit(t.raw, appendInteger(nil, rate)...)
	}
	n.emitLetter(t.raw, string(mark))
	return true
}

// docketTypes66 are the federal courts' case types written in a docket number: criminal, civil,
// magistrate judge, miscellaneous, petty offense, search warrant, bankruptcy, adversary proceeding.
var docketTypes66 = setOf("cr cv mj mc md po sw bk ap")

// shortDocket66 reads a federal docket number written without its district, "22-cr-673", as
// round fifty-three reads it with one ("1:23-cr-00456"): the year, the case's type spelled and
// its number digit by digit (twenty two c r six seven three; it was a count).
func (n *normalizer) shortDocket66(t *token) bool {
	parts := strings.Split(t.core, "-")
	if len(parts) != 3 || len(parts[0]) != 2 || !allDigits(parts[0]) || !docketTypes66[parts[1]] ||
		len(parts[2]) < 3 || len(parts[2]) > 6 || !allDigits(parts[2]) {
		return false
	}
	n.by("docket")
	n.emit(t.raw, appendInteger(nil, parts[0])...)
	n.emitLetter(t.raw, parts[1][:1])
	n.emitLetter(t.raw, parts[1][1:])
	for i := 0; i < len(parts[2]); i++ {
		n.emit(t.raw, onesWordsOrZero(parts[2][i]))
	}
	return true
}

// courtWords66 make a sentence about a court, where "No. 23-719" is a docket.
var courtWords66 = setOf(`court courts justices justice case cases docket petition petitions appeal appeals argued
arguments certiorari ruling ruled lawsuit suit plaintiff plaintiffs defendant defendants judge`)

// courtNumber66 reads a docket after "No." in a sentence about a court, a year's two digits, a
// hyphen and three or four digits, digit by digit as round twenty-four reads "Appeal No.
// 24-1187": "heard arguments in No. 23-719" number two three seven one nine (it was a range).
// A ranking's "No. 1-2" has one digit first and stays.
func (n *normalizer) courtNumber66(t *token) bool {
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || len(a) != 2 || a[0] == '0' || !allDigits(a) || len(b) < 3 || len(b) > 4 || !allDigits(b) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.core != "No" || prev.post != "." || !n.sentenceHas(courtWords66) {
		return false
	}
	n.by("code digits")
	n.phone(t.raw, []string{a, b}, "")
	return true
}

// readCoreAs66 reads the token at n.i as if its core were core, through every reader, and
// restores the token. It returns the tokens used and where the reading's words start in n.out;
// 0 when the reading took more than the one token (its words are then taken back).
func (n *normalizer) readCoreAs66(core string) (used, start int) {
	saved := n.toks[n.i]
	n.toks[n.i].core = core
	start = len(n.out)
	used = n.token()
	n.toks[n.i] = saved
	if used != 1 || len(n.out) == start {
		n.out = n.out[:start]
		return 0, start
	}
	return 1, start
}

// namePossessive66 reads a number's possessive after a name the number belongs to as the name's
// number is read, with 's on its last word: "the S&P 500's" five hundred's, "the Boeing 737's"
// seven thirty seven's, "Route 66's diners" sixty six's (they were plurals, "five hundreds", or
// counts). The name is capitalized, a word or initials with & ("S&P"), not an article, a
// determiner or a preposition ("In 1990's election" stays a decade).
func (n *normalizer) namePossessive66(t *token) int {
	c := t.core
	d := c[:len(c)-len("'s")]
	if strings.HasSuffix(c, "’s") {
		d = c[:len(c)-len("’s")]
	}
	if d == "" || len(d) > 4 || !allDigits(d) || t.pre != "" {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !isCapitalized(prev.core) || !(isLetterWord(prev.core) || initialsAnd66(prev.core)) {
		return 0
	}
	l := prev.lower()
	if determiners[l] || l == "the" || l == "a" || l == "an" || notNoun[l] {
		return 0
	}
	used, _ := n.readCoreAs66(d)
	if used == 0 {
		return 0
	}
	n.out[len(n.out)-1].Text += "'s"
	return 1
}

// initialsAnd66 reports capitals joined by &, a name of initials ("S&P", "AT&T").
func initialsAnd66(s string) bool {
	a, b, ok := strings.Cut(s, "&")
	return ok && a != "" && b != "" && isUpperWord(a) && isUpperWord(b)
}

// fractionCents66 reads a number with a vulgar fraction glued before the cent sign as the
// number is read, then cents: "1½¢" one and a half cents (the fraction and the sign were left
// out, "one").
func (n *normalizer) fractionCents66(t *token) int {
	body := strings.TrimSuffix(t.core, "¢")
	if body == "" || !isDigit(body[0]) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	if _, ok := vulgarFractions[r]; !ok {
		return 0
	}
	used, _ := n.readCoreAs66(body)
	if used == 0 {
		return 0
	}
	n.emit(t.raw, "cents")
	return 1
}

// coordinatedCompound66 reports a compound of a number and a word with a comma after it, the
// first of two adjectives before a noun: "10-year," and "four-year," in "a 10-year, $500
// million contract".
func coordinatedCompound66(p *token) bool {
	if p == nil || p.post != "," || p.pre != "" {
		return false
	}
	a, b, ok := strings.Cut(p.core, "-")
	if !ok || len(b) < 3 || !isLowerWord(b) {
		return false
	}
	_, word := smallNumberWords52[strings.ToLower(a)]
	return word || a != "" && len(a) <= 3 && allDigits(a)
}

// hyphenedName66 reports a name of two capitalized words joined by a hyphen ("Bankman-Fried"),
// a party after "v." as a plain name is.
func hyphenedName66(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && isCapitalized(a) && isCapitalized(b) && isLetterWord(a) && isLetterWord(b)
}

// nounAfter66 reports a lower-case word that may be the noun a quantity describes: not a
// preposition, a verb of being or another word of notNoun ("$80 million in total" stays plural).
func nounAfter66(a *token) bool {
	return a != nil && a.pre == "" && isLowerWord(a.core) && nounAfterQuantity(a.core)
}

// connectorWords66 are ports and connectors named by a capitalized word, counted as "2x HDMI" is.
var connectorWords66 = setOf("ethernet thunderbolt displayport lightning firewire")

// countBeforeItem66 reads a count glued to x or × before an item named in capitals (with a
// hyphened or numbered variant: "USB-A", "M2") or a connector's capitalized name as the count
// alone, as round seven's countBeforeAcronym reads "4x AA batteries": "2× AA batteries" two a a
// batteries, "1x Ethernet" one ethernet (they were times). A multiple of earnings ("14x
// EBITDA") and a comparison ("2× faster") stay times. A size in bytes glued to its number counts
// the same way ("2x 8GB DDR4" two eight gigabytes).
func (n *normalizer) countBeforeItem66(t *token) bool {
	c := t.core
	var digits string
	switch {
	case strings.HasSuffix(c, "×"):
		digits = strings.TrimSuffix(c, "×")
	case c[len(c)-1] == 'x':
		digits = c[:len(c)-1]
	default:
		return false
	}
	if digits == "" || len(digits) > 2 || digits[0] == '0' || !allDigits(digits) || t.post != "" {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || earningsMeasures53[next.core] {
		return false
	}
	head, _, _ := strings.Cut(next.core, "-")
	head = strings.TrimRight(head, "0123456789")
	if !(len(head) >= 2 && isUpperWord(head) || isCapitalized(next.core) && connectorWords66[next.lower()] || byteSize66(next.core)) {
		return false
	}
	n.by("count")
	n.emit(t.raw, appendInteger(nil, digits)...)
	return true
}

// portAfterColon66 reads a port's number after "port:" as after "port", in pairs ("Listen on
// port: 8080" eighty eighty; it was a count). A plural after it makes it a count ("The port:
// 1200 ships").
func (n *normalizer) portAfterColon66(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != ":" || t.pre != "" || !isPort(t.core) || prev.lower() != "port" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && isLetterWord(next.core) && strings.HasSuffix(next.core, "s") {
		return false
	}
	n.by("port")
	n.emit(t.raw, appendPort(nil, t.core)...)
	return true
}

// portAssigned66 reads "port=8080" and "PORT=8080", a setting, as "port equals" and the port in
// pairs, as "port = 8080" spaced reads (it was a count).
func (n *normalizer) portAssigned66(t *token) bool {
	name, num, ok := strings.Cut(t.core, "=")
	if !ok || !strings.EqualFold(name, "port") || !isPort(num) {
		return false
	}
	n.by("port")
	n.emit(t.raw, "port", "equals")
	n.emit(t.raw, appendPort(nil, num)...)
	return true
}

// agoAfterEra66 leaves out an "ago" written after Ma or Ga, which are read "million years ago"
// and "billion years ago" already ("66 Ma ago" was sixty six million years ago ago).
func (n *normalizer) agoAfterEra66(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || len(n.out) == 0 || n.out[len(n.out)-1].Text != "ago" {
		return false
	}
	if p := prev.core; !strings.HasSuffix(p, "Ma") && !strings.HasSuffix(p, "Ga") {
		return false
	}
	n.by("left out")
	n.debug("left out an ago said by the unit before it", "token", t.raw)
	return true
}

// moneyCompound66 reads a hyphened compound whose last piece is a sum of money, a currency's
// sign and a number with an optional scale letter, as its words and then the money, singular
// before a noun the compound describes: "the under-$10 menu" under ten dollar menu, "sub-$1B" sub
// one billion dollar (it was "dollars ten": the sign was read where it stood). The pieces before
// are letters and digits, with a letter somewhere ("everything-for-$1", "2-for-$5"; "10-$20" is a
// range); in a list ("Kids-$5,") the sum keeps its plural; a token that opens with
// the sign is money's own ("$5-a-day"), and sums joined by a slash or a dash ("$25/$15",
// "$16–$19") are read by money's ranges.
func (n *normalizer) moneyCompound66(t *token) bool {
	c := t.core
	k := strings.LastIndexByte(c, '-')
	if k <= 0 || k == len(c)-1 {
		return false
	}
	words, p := c[:k], c[k+1:]
	for i := 0; i < len(words); i++ {
		if !isAlnum(words[i]) && words[i] != '-' {
			return false
		}
	}
	if strings.IndexFunc(words, func(r rune) bool { return isASCIILetter(r) }) < 0 {
		return false // "10-$20": a range
	}
	cur, rest, ok := leadingCurrency(p)
	if !ok || rest == "" || !isDigit(rest[0]) {
		return false
	}
	num, tail, ok := scanNumber(rest)
	if !ok || num.neg || num.plus {
		return false
	}
	scale := ""
	if tail != "" {
		if scale, ok = scaleSuffix[tail]; !ok {
			return false
		}
	}
	n.by("money")
	n.word(t.raw, words)
	if t.post == "" && nounAfter66(n.peek(1)) {
		cur.plural = cur.sing // before the noun it describes: "the under-$10 menu"
	}
	n.emit(t.raw, appendMoney(nil, num, cur, scale)...)
	return true
}

// spacedRangeWord66 is the word for a dash standing apart between two quantities: "and" after
// "between" ("between 39 - 73 mph", "between 10 am - 2 pm", as "between 5-10%" reads), "to"
// otherwise. Round five's rangeWord asks it for a dash standing alone, so every reader of a
// spaced range (round five's, the lead's rounds thirty-seven, forty-six and fifty-three, round
// sixty-one's) says it. "between" is the word before the lower end, which is a
// number and at most one word of its unit or clock ("am", "°F"), with no punctuation after either.
func (n *normalizer) spacedRangeWord66() string {
	next := n.peek(1)
	if next == nil || !startsMoneyOrDigit66(next.core) {
		return "to"
	}
	for off := -2; off >= -3; off-- {
		b := n.peek(off)
		if b == nil {
			return "to"
		}
		if b.lower() != "between" {
			continue
		}
		lo := n.peek(off + 1)
		if b.post != "" || lo.post != "" || !startsMoneyOrDigit66(lo.core) || off == -3 && n.peek(-1).post != "" {
			return "to"
		}
		return "and"
	}
	return "to"
}

// startsMoneyOrDigit66 reports a token that opens with a digit or a currency's sign.
func startsMoneyOrDigit66(s string) bool {
	if s == "" {
		return false
	}
	if isDigit(s[0]) {
		return true
	}
	_, rest, ok := leadingCurrency(s)
	return ok && rest != "" && isDigit(rest[0])
}

// cookWords66 make a sentence of cooking or liquids, where "pt" after a number is a pint.
var cookWords66 = setOf(`cream milk water juice broth beer cider wine oil vinegar syrup yogurt buttermilk berries
strawberries blueberries raspberries add pour heat boil cup cups tbsp tsp recipe season taste pinch sprinkle serve
stir whisk bake roast fry saute simmer toss garnish drizzle marinate`)

// pointsOrPints66 reads "pt" after a plain number: in a sentence of cooking a pint ("1 pt. of
// heavy cream" one pint; it was point), and before a lower-case noun it measures a point as an
// adjective ("11 pt type" eleven point type; it was spelled). Elsewhere it is left to the unit
// reader ("won by 7 pts" points). It returns the tokens read, the number's and pt's, or 0.
func (n *normalizer) pointsOrPints66(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" || next.core != "pt" && next.core != "pts" || !plainNumber66(t.core) {
		return 0
	}
	num, _, ok := scanNumber(t.core)
	if !ok {
		return 0
	}
	var word string
	switch {
	case n.sentenceHas(cookWords66):
		word = plural(num.isOne() && !num.hasPoint, "pint", "pints")
	case next.core == "pt" && next.post == "" && nounAfter66(n.peek(2)):
		word = "point"
	default:
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(next.raw, word)
	return 2
}

// pointCompound66 reads a number joined by a hyphen to pt, a size or a margin in points, as an
// adjective: "a 10-pt lead" a ten point lead, "a 12-pt font" (it was spelled, p t).
func (n *normalizer) pointCompound66(t *token) bool {
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "-pt" || num.neg || num.plus {
		return false
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "point")
	return true
}

// dottedFileTypes66 reads file types written alone with their leading dots, two or more of them
// or one with a digit, as after a name: ".tar.bz2" dot tar dot b z two, ".bz2" dot b z two (it was
// "tarbz two"; round sixty-three reads a single ending of letters, ".gz").
func (n *normalizer) dottedFileTypes66(t *token) bool {
	pieces := strings.Split(t.core[1:], ".")
	if len(pieces) == 1 && strings.IndexAny(pieces[0], "0123456789") < 0 {
		return false
	}
	for _, p := range pieces {
		if _, ok := fileTypes[p]; !ok {
			return false
		}
	}
	n.by("file type or web ending")
	for _, p := range pieces {
		n.emit(t.raw, "dot")
		n.emit(t.raw, strings.Fields(fileTypes[p])...)
	}
	return true
}

// zeroGroup66 reports a group of three zeros among the groups of three digits in s.
func zeroGroup66(s string) bool {
	for i := 0; i+3 <= len(s); i += 3 {
		if s[i:i+3] == "000" {
			return true
		}
	}
	return false
}

// hoursWords66 before a weekday's abbreviation say when something opens or closes: "closes early
// Fri", "closed Mon".
var hoursWords66 = setOf("early late closed open opens closes")

// dayParts66 after a weekday's abbreviation: "on Sat mornings".
var dayParts66 = setOf("morning mornings afternoon afternoons evening evenings night nights")

// weekdayAbbrev66 reads a capitalized weekday's abbreviation (split.go's weekdayAbbrev) after early, late, closed or open,
// or before a part of the day, as the weekday: "closes early Fri" friday, "closed Mon", "on Sat
// mornings" (they were fri, mon, sat). "The Sun rose" and "Wed late" stay.
func (n *normalizer) weekdayAbbrev66(t *token) bool {
	if t.pre != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	after := prev != nil && prev.post == "" && hoursWords66[prev.lower()]
	before := next != nil && t.post == "" && next.pre == "" && dayParts66[next.lower()]
	if !after && !before {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, dayOrMonth(t.core))
	return true
}

// airlines66 are airlines named by a word, before a flight's number: "Delta 1184".
var airlines66 = setOf("Delta United American Southwest JetBlue Alaska Spirit Frontier Allegiant Hawaiian Lufthansa Emirates Qantas Ryanair Aeromexico WestJet Qatar Etihad Finnair Iberia Breeze Avelo")

// flyingWords66 make a sentence about a flight: round seventeen's flightWords and the words of a
// plane on the ground or in the air.
var flyingWords66 = setOf("tarmac runway pilot pilots crew plane jet aircraft cabin")

// airlineFlight66 reads a flight's number of three or four digits after an airline's name, in a
// sentence about flying, in pairs as after a code ("Delta 1184 sat on the tarmac" eleven eighty
// four, as "DL 1184"; it was a count). Without a word of flying ("Delta 1184 residents") it
// stays a count.
func (n *normalizer) airlineFlight66(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 4 || c[0] == '0' || !allDigits(c) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !airlines66[prev.core] {
		return false
	}
	if !n.fact(factFlight) && !n.sentenceHas(flyingWords66) {
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// byteSize66 reports digits glued to GB, TB or MB: "8GB", "16GB", "2TB".
func byteSize66(s string) bool {
	if len(s) < 3 {
		return false
	}
	u := s[len(s)-2:]
	return (u == "GB" || u == "TB" || u == "MB") && s[0] != '0' && allDigits(s[:len(s)-2])
}
