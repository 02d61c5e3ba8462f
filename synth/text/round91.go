package text

// Round ninety-one: classes that earlier rounds and held sets noticed and left, each read as a
// class and tested on probe sentences written before the readers, readings91.tsv. Round
// fourteen's generational suffix leaves a system's or a model's numeral to the sequel reader
// (abbrev.go), and TIFF and NVENC are in acronymReadings.

// r91Shape reports a core one of the round's readers can read, by its first byte, its length
// and its shape only, so that dispatch.go calls round91Token for few tokens: from r91Len, a
// digit 1-9 and one to seven bytes (grains, a citation's volume or page, a model's digit and s
// or x, a regulation's part, a year's sum, a ski report's count), A and three bytes (Aaa, Aa2,
// AAA) and B and two (BY); from r91Sign, only with a digit, a sign or a character outside ASCII
// in the token, a capital and five to thirteen bytes (codes joined by a slash, a standard's
// name, a forecast zone, a route), B and C of four bytes (Baa1, Caa1) and N, R, S, W of three or
// four (a state's abbreviation with inner points). A capitalized word of letters, the commonest
// token after a lower-case one, passes only as A of three bytes or B of two.
func r91Shape(c string, sh shape) bool {
	return len(c) < 16 && (r91Len[c[0]]&(1<<len(c)) != 0 || sh&r91Signs != 0 && r91Sign[c[0]]&(1<<len(c)) != 0)
}

// r91Signs are the shapes a token r91Sign lets through must have one of.
const r91Signs = shDigit | shPunct | shWide

// r91Len and r91Sign mark, for each first byte, the core lengths r91Shape lets through (bit k:
// k bytes), r91Sign only for a token with a digit, a sign or a wide character.
var r91Len, r91Sign = func() (f, g [256]uint16) {
	for b := '1'; b <= '9'; b++ {
		f[b] = 0b1111_1110 // 1-7
	}
	f['A'] = 0b1000 // Aaa, Aa2, AAA
	f['B'] = 0b100  // BY
	for b := 'A'; b <= 'Z'; b++ {
		g[b] = 0b11_1111_1110_0000 // 5-13
	}
	g['B'] |= 0b1_0000 // Baa1
	g['C'] |= 0b1_0000 // Caa1
	g['N'] |= 0b1000   // N.Y
	g['R'] |= 0b1000   // R.I
	g['S'] |= 0b1000   // S.C
	g['W'] |= 0b1_0000 // W.Va
	return f, g
}()

// round91Token reads the round's classes; it returns the tokens used. dispatch.go asks r91Shape
// first.
func (n *normalizer) round91Token(t *token) int {
	c := t.core
	if n.inPart != 0 || t.pre != "" {
		return 0
	}
	if c0 := c[0]; c0 <= '9' {
		if !n.may(shDigit) {
			return 0
		}
		last := c[len(c)-1]
		if len(c) >= 3 && n.may(shSlash) {
			if k := n.skiCount91(t); k > 0 {
				return k
			}
		}
		if len(c) <= 4 && last >= '0' && last <= '9' {
			if k := n.grains91(t); k > 0 {
				return k
			}
			if k := n.suppCitation91(t); k > 0 {
				return k
			}
			if k := n.pinCite91(t); k > 0 {
				return k
			}
			if len(c) == 4 {
				return n.yearSum91(t)
			}
			if len(c) == 3 {
				return n.regulationPart91(t)
			}
			return 0
		}
		if last == 's' && len(c) <= 3 {
			return n.modelS91(t)
		}
		if last == 'x' && len(c) <= 4 {
			return n.modelX91(t)
		}
		return 0
	}
	if !n.may(shUpper) {
		return 0
	}
	if len(c) <= 4 {
		switch {
		case c == "AAA":
			return n.tripleA91(t)
		case c == "BY":
			return n.byline91(t)
		case c[1] == '.':
			return n.dottedState91(t)
		case n.may(shLower):
			return n.moodys91(t)
		}
		return 0
	}
	if len(c) == 6 && c[2] == 'Z' && isDigit(c[3]) {
		return n.forecastZone91(t)
	}
	if (len(c) == 7 || len(c) == 8) && c[len(c)-4] == '-' {
		if k := n.standardCode91(t); k > 0 {
			return k
		}
	}
	if n.may(shSlash) {
		if k := n.codeSlash91(t); k > 0 {
			return k
		}
	}
	if n.may(shWide) {
		return n.codeRoute91(t)
	}
	return 0
}

// r91ModelNext follow a model's digit and s: "Snapdragon 8s Gen 3", "iPhone 6s Plus".
var r91ModelNext = setOf("gen plus pro max mini")

// modelS91 reads a digit (or two) and s as a model's number and letter after a name in camel
// case or before Gen, Plus, Pro, Max or Mini ("an iPhone 6s" six s, "Snapdragon 8s Gen 3" eight
// s; they were sixes, eights). A decade ("his 60s") and a team ("Rugby 7s") stay plural.
func (n *normalizer) modelS91(t *token) int {
	c := t.core
	num := c[:len(c)-1]
	if !allDigits(num) || num[0] == '0' || t.post != "" && t.post != "," {
		return 0
	}
	ok := false
	if next := n.peek(1); next != nil && t.post == "" && r91ModelNext[next.lower()] {
		ok = true
	} else if p := n.peek(-1); p != nil && p.post == "" && camelName91(p.core) {
		ok = true
	}
	if !ok {
		return 0
	}
	n.by("model's number and letter")
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emitLetter(t.raw, "s")
	return 1
}

// camelName91 reports a name in camel case that opens in lower case ("iPhone", "eTrex").
func camelName91(s string) bool {
	if len(s) < 3 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return i < len(s)-1
		}
	}
	return false
}

// regulationPart91 reads three digits after "Part" in capitals in pairs, as pilots and
// engineers say a regulation's part ("Part 135 rules" part one thirty five; it was one hundred
// thirty five). A book's "Part 2" and a lower-case "part 100" stay.
func (n *normalizer) regulationPart91(t *token) int {
	c := t.core
	if c[0] == '0' || !allDigits(c) {
		return 0
	}
	p := n.peek(-1)
	if p == nil || p.core != "Part" || p.post != "" {
		return 0
	}
	n.by("regulation's part")
	n.emit(t.raw, appendPaired(nil, c)...)
	return 1
}

// r91SkiWords make a count over a total in a ski report its open of all.
var r91SkiWords = setOf("lifts lift runs trails terrain groomed slopes ski resort")

// r91SkiNext follow a ski report's count: "12/14 open", "61/130 runs groomed".
var r91SkiNext = setOf("open groomed operating spinning lifts runs trails")

// skiCount91 reads a count over a total in a ski report as out of ("Lifts: 12/14 open" twelve out
// of fourteen; it was a pair of numbers or a fraction): the count no larger than the total,
// after a label of lifts, runs or trails or before open, groomed or what is counted, in a
// sentence of lifts, runs or trails. A rating, a share and a date stay as read.
func (n *normalizer) skiCount91(t *token) int {
	a, b, ok := cutByte91(t.core, '/')
	if !ok || len(a) == 0 || len(a) > 3 || len(b) == 0 || len(b) > 3 || a[0] == '0' || b[0] == '0' || !allDigits(a) || !allDigits(b) || atoiSmall(a) > atoiSmall(b) {
		return 0
	}
	label := false
	if p := n.peek(-1); p != nil {
		switch p.lower() {
		case "lifts", "runs", "trails":
			label = p.post == ":" || p.post == ""
		}
	}
	if !label {
		next := n.peek(1)
		if next == nil || t.post != "" || !r91SkiNext[next.lower()] {
			return 0
		}
	}
	if !n.sentenceHas(r91SkiWords) {
		return 0
	}
	n.by("ski report's open of all")
	n.emitOutOf(t.raw, a, b)
	return 1
}

// cutByte91 is strings.Cut for one byte.
func cutByte91(s string, sep byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// articleA91 makes an "an" just read before the token a: the reading that follows opens with a
// consonant ("an AAA battery" a triple a battery).
func (n *normalizer) articleA91() {
	if p := n.peek(-1); p != nil && p.post == "" && len(n.out) > 0 && (p.core == "an" || p.core == "An") && n.out[len(n.out)-1].Text == "an" {
		n.out[len(n.out)-1].Text = "a"
	}
}

// tripleA91 reads AAA as triple a, as acronymReadings does, and makes an "an" before it a ("Pack
// an AAA battery" a triple a battery; it was an triple a).
func (n *normalizer) tripleA91(t *token) int {
	if p := n.peek(-1); p == nil || p.core != "an" && p.core != "An" {
		return 0
	}
	n.articleA91()
	n.by("acronym")
	n.emit(t.raw, "triple")
	n.emitLetter(t.raw, "a")
	return 1
}

// r91RatingWords make Moody's doubled letters a rating (the agency's name is asked without its
// 's: the sentence scan reads letters only).
var r91RatingWords = setOf("moody moodys rating ratings rated rates downgrade downgraded downgrades upgrade upgraded upgrades bond bonds notes debt credit outlook affirmed")

// moodys91 reads Moody's ratings with doubled letters in a sentence of ratings: Aaa triple a,
// Aa2 double a two, Baa1 b double a one, Caa1 c double a one (they were read as words), and
// makes an "an" before them a. Ba2, A3 are read as letters and digits already.
func (n *normalizer) moodys91(t *token) int {
	c := t.core
	var head string
	switch {
	case c == "Aaa":
	case len(c) == 3 && c[0] == 'A' && c[1] == 'a' && c[2] >= '1' && c[2] <= '3':
	case len(c) == 4 && (c[0] == 'B' || c[0] == 'C') && c[1] == 'a' && c[2] == 'a' && c[3] >= '1' && c[3] <= '3':
		head = string(rune(c[0] - 'A' + 'a'))
	default:
		return 0
	}
	if !n.sentenceHas(r91RatingWords) {
		return 0
	}
	n.by("credit rating")
	if head != "" {
		n.emitLetter(t.raw, head)
	} else {
		n.articleA91()
	}
	if c == "Aaa" {
		n.emit(t.raw, "triple")
	} else {
		n.emit(t.raw, "double")
	}
	n.emitLetter(t.raw, "a")
	if d := c[len(c)-1]; d <= '9' {
		n.emit(t.raw, onesWordsOrZero(d))
	}
	return 1
}

// codeSlash91 reads two names of capitals and digits joined by a slash as a list, without the
// slash, as the Conventions read a slash between words ("A19/A20 bulbs" a nineteen a twenty,
// "PS4/PS5" p s four p s five; they were slash). Each side is the same one to three capitals and one to
// three digits, not after a word of a sheet's cells.
func (n *normalizer) codeSlash91(t *token) int {
	a, b, ok := cutByte91(t.core, '/')
	if !ok || !capsDigits91(a) || !capsDigits91(b) {
		return 0
	}
	la, lb := lettersOf91(a), lettersOf91(b)
	if la != lb || la == "Q" || la == "H" {
		return 0 // "W32/L34", a cell's "A1/B2"; quarters and halves ("Q1/Q2") are read by their reader
	}
	if p := n.peek(-1); p != nil && r91CellWords[p.lower()] {
		return 0 // "Rows AB5/AB6": a sheet's cells keep the slash
	}
	n.by("codes joined by a slash")
	n.alnum(t.raw, a)
	n.alnum(t.raw, b)
	return 1
}

// r91CellWords before codes joined by a slash make them a sheet's cells.
var r91CellWords = setOf("row rows cell cells column columns range ranges")

// lettersOf91 returns the capitals a name of capitals and digits opens with.
func lettersOf91(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return s[:i]
}

// capsDigits91 reports one to three capitals and then one to three digits, the first not 0.
func capsDigits91(s string) bool {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 || i == len(s) || len(s)-i > 3 || s[i] == '0' {
		return false
	}
	return allDigits(s[i:])
}

// standardCode91 reads a standard's or a model's name of three or four capitals, or of letters
// and a digit, and three digits after a hyphen with the digits in pairs, as "F-150" is read
// ("GS1-128" g s one one twenty eight, "UCC-128" u c c one twenty eight; they were one hundred
// twenty eight). After a word of codes ("Order ABC-123") the code reader reads it digit by digit.
func (n *normalizer) standardCode91(t *token) int {
	c := t.core
	a, d := c[:len(c)-4], c[len(c)-3:]
	if d[0] == '0' || !allDigits(d) {
		return 0
	}
	switch {
	case len(a) >= 3 && isUpperWord(a):
	case len(a) >= 2 && len(a) <= 4 && isDigit(a[len(a)-1]) && a[len(a)-1] != '0' && isUpperWord(a[:len(a)-1]):
	default:
		return 0
	}
	if p := n.peek(-1); p != nil && (codeWords[p.lower()] || numberMark(p)) {
		return 0
	}
	n.by("model name")
	if isDigit(a[len(a)-1]) {
		n.alnum(t.raw, a) // GS1: g s one
	} else {
		n.acronym(t.raw, a, "") // spelled, or said as a word where the acronym readers say one
	}
	n.emit(t.raw, appendPaired(nil, d)...)
	return 1
}

// r91QualifierWords are a family tree's qualifiers of a date written out, read by round
// seventy-eight's familyMark78 after b. or d. ("d. after 1870").
var r91QualifierWords = setOf("after before about circa")

// r91DottedStates are the states' abbreviations written with inner points, with their names
// (the token's core without its last point). r91CourtStates name a court's district too ("the
// N.D. Cal. court"): read as states only after a city and its comma, as the AP's list is.
var (
	r91DottedStates = map[string]string{
		"N.Y": "new york", "N.J": "new jersey", "N.H": "new hampshire", "N.M": "new mexico",
		"N.C": "north carolina", "S.C": "south carolina", "R.I": "rhode island", "W.Va": "west virginia",
		"N.D": "north dakota", "S.D": "south dakota",
	}
	r91CourtStates = setOf("N.D S.D")
)

// dottedState91 reads a state's abbreviation written with inner points as the state's name, as a
// news reader says it ("ALBANY, N.Y." albany new york, "the 5th N.Y. Cavalry" fifth new york
// cavalry; they were letters). D.C. and N.Y.C. are not in the list and stay letters.
func (n *normalizer) dottedState91(t *token) int {
	st := r91DottedStates[t.core]
	if st == "" || !t.hasDot() {
		return 0
	}
	if r91CourtStates[t.core] {
		if p := n.peek(-1); p == nil || !isCapitalized(p.core) || !hasPrefix91(p.post, ',') {
			return 0
		}
	}
	n.readAbbrev(t, splitWords91(st)...)
	return 1
}

// hasPrefix91 reports s opening with b.
func hasPrefix91(s string, b byte) bool { return len(s) > 0 && s[0] == b }

// splitWords91 splits a name at its one space, if any ("new york").
func splitWords91(s string) []string {
	a, b, ok := cutByte91(s, ' ')
	if !ok {
		return []string{s}
	}
	return []string{a, b}
}

// byline91 reads BY in capitals before another token as the word by, as a byline ("BY Jane
// Smith") and a shouted phrase ("fell BY 3%") are said (it was spelled); closing a sentence
// ("The country code is BY.") and in a licence's name ("CC BY 4.0") it stays letters.
func (n *normalizer) byline91(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" && t.post != ":" {
		return 0
	}
	if p := n.peek(-1); p != nil && p.core == "CC" {
		return 0 // a licence's name, "CC BY 4.0", spelled as held7 pins it
	}
	n.by("byline's by")
	n.emit(t.raw, "by")
	return 1
}

// r91LifeWords make a year's sum in the sentence a family tree's (an age at a census, a birth).
var r91LifeWords = setOf("born birth died death age aged census married baptized was old years")

// yearSum91 reads a year minus or plus a span of up to 120, equal to the year after "=", in a
// sentence of births, ages and censuses, with both years as years ("1880 − 40 = 1840" eighteen
// eighty minus forty equals eighteen forty; they were a thousand and hundreds). A sum that does
// not hold stays as read.
func (n *normalizer) yearSum91(t *token) int {
	op, span, eq, res := n.peek(1), n.peek(2), n.peek(3), n.peek(4)
	if res == nil || t.post != "" || op.post != "" || span.post != "" || eq.post != "" || eq.core != "=" || res.pre != "" ||
		len(span.core) > 3 || !allDigits(span.core) || len(res.core) != 4 || !allDigits(res.core) {
		return 0
	}
	a, s, r := atoiSmall(t.core), atoiSmall(span.core), atoiSmall(res.core)
	var word string
	switch op.core {
	case "−", "-", "–":
		word = "minus"
		if a-s != r {
			return 0
		}
	case "+":
		word = "plus"
		if a+s != r {
			return 0
		}
	default:
		return 0
	}
	if a < 1000 || a > 2099 || r < 1000 || r > 2099 || s > 120 || !n.sentenceHas(r91LifeWords) {
		return 0
	}
	n.by("year's sum")
	n.emit(t.raw, appendYear(nil, a)...)
	n.emit(op.raw, word)
	n.emit(span.raw, appendInteger(nil, span.core)...)
	n.emit(eq.raw, "equals")
	n.emit(res.raw, appendYear(nil, r)...)
	return 5
}

// r91ZoneWords make a forecast zone's code a zone's in the sentence.
var r91ZoneWords = setOf("zone zones warning warnings watch advisory advisories forecast marine waters gale storm wind winds flood weather nws")

// forecastZone91 reads a weather service's forecast zone, two letters, Z and three digits, letter
// by letter and digit by digit, as forecasters read them ("PZZ356" p z z three five six; it was
// in pairs), in a sentence of weather or zones.
func (n *normalizer) forecastZone91(t *token) int {
	c := t.core
	if c[2] != 'Z' || !isUpperWord(c[:3]) || !allDigits(c[3:]) || !n.sentenceHas(r91ZoneWords) {
		return 0
	}
	n.by("forecast zone")
	for k := 0; k < 3; k++ {
		n.emitLetter(t.raw, string(rune(c[k]-'A'+'a')))
	}
	n.emit(t.raw, appendDigitNames(nil, c[3:], false)...)
	return 1
}

// r91TimesNext after a number glued to x keep it times: a zoom, a speed, a comparison.
var r91TimesNext = setOf("zoom faster slower more less speed magnification optical digital the as bigger smaller cheaper")

// modelX91 reads a number glued to x after a device's name in camel case as the model's number
// and letter ("my eTrex 32x" thirty two x; it was times). A zoom or a speed after it stays times.
func (n *normalizer) modelX91(t *token) int {
	c := t.core
	num := c[:len(c)-1]
	if !allDigits(num) || num[0] == '0' {
		return 0
	}
	if p := n.peek(-1); p == nil || p.post != "" || !camelName91(p.core) {
		return 0
	}
	if next := n.peek(1); next != nil && r91TimesNext[next.lower()] {
		return 0
	}
	n.by("model's number and letter")
	n.emit(t.raw, appendInteger(nil, num)...)
	n.emitLetter(t.raw, "x")
	return 1
}

// r91Codes are codes of countries and unions in capitals that may end a route.
var r91Codes = setOf("US USA UK EU UAE")

// r91RouteWords near two names joined by an en dash, one a country's code, make them a route's
// ends (trade, talks and ties are not among them).
var r91RouteWords = setOf("rates rate lane lanes route routes flights flight freight service services sailings fares fare corridor shipping")

// codeRoute91 reads two names joined by an en dash, one of them a country's or a union's code in
// capitals (r91Codes), near a word of rates, lanes or routes, as a route's ends, as round
// seventeen's routeDash reads two names ("rates on Asia–US West Coast" asia to u s west coast;
// it was asia u s). "The US–China trade talks" stays.
func (n *normalizer) codeRoute91(t *token) int {
	i := indexEnDash91(t.core)
	if i <= 0 {
		return 0
	}
	a, b := t.core[:i], t.core[i+len("–"):]
	if !r91Codes[a] && !r91Codes[b] || !routeEnd91(a) || !routeEnd91(b) || !n.wordWithinTwo(r91RouteWords) {
		return 0
	}
	n.by("route")
	n.emitRoute(t.raw, a, b)
	return 1
}

// indexEnDash91 returns the byte index of the first en dash in s, or -1.
func indexEnDash91(s string) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x93 {
			return i
		}
	}
	return -1
}

// routeEnd91 reports a route's end: a country's code or a capitalized word of letters.
func routeEnd91(s string) bool {
	return r91Codes[s] || isLetterWord(s) && isCapitalized(s) && !isUpperWord(s)
}

// r91GrainWords make gr after a number grains: bullets, powder, arrows, a dose.
var r91GrainWords = setOf(`bullet bullets broadhead broadheads arrow arrows powder load loads cartridge cartridges
quinine aspirin morphine opium calomel dose doses slug slugs pellet pellets projectile grain grains`)

// r91GrainNouns after N gr make the quantity an adjective, singular: "a 168 gr bullet".
var r91GrainNouns = setOf("bullet broadhead point slug pellet projectile load arrow tip hpbt fmj")

// grains91 reads a whole number and gr after it as grains in a sentence of bullets, powder,
// arrows or a dose, as shooters, archers and old prescriptions say it ("5 gr of quinine" five
// grains, "a 168 gr bullet" one hundred sixty eight grain; it was letters). A recipe's gr stays.
func (n *normalizer) grains91(t *token) int {
	g := n.peek(1)
	if g == nil || g.core != "gr" || t.post != "" || g.pre != "" || t.core[0] == '0' || !allDigits(t.core) || !n.sentenceHas(r91GrainWords) {
		return 0
	}
	unit := "grains"
	if t.core == "1" {
		unit = "grain"
	} else if after := n.peek(2); after != nil && g.post == "" && r91GrainNouns[after.lower()] {
		unit = "grain"
	}
	n.by("grains")
	n.emit(t.raw, appendInteger(nil, t.core)...)
	n.emit(g.raw, unit)
	if g.post == "." {
		n.absorbed = true
	}
	return 2
}

// hasLetter91 reports an ASCII letter in s: a token that opens with a digit and holds one is a
// code or a time ("3PL", "5pm"), after which chat's shorthand is read (chat.go).
func hasLetter91(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// r91Series are a reporter's series after F. Supp.: "2d" second.
var r91Series = map[string]string{"2d": "second", "3d": "third", "4th": "fourth"}

// suppCitation91 reads a volume, F. Supp. with its series, and a first page, as round
// fourteen's reporterCitation reads F.3d: the volume and page in pairs, f supp and the series'
// ordinal ("512 F. Supp. 3d 101" five twelve f supp third one oh one; it was supplementary,
// three d and counts). It returns the tokens used, or 0.
func (n *normalizer) suppCitation91(t *token) int {
	f, supp := n.peek(1), n.peek(2)
	if f == nil || f.core != "F" || f.post != "." || t.post != "" || len(t.core) > 4 || t.core[0] == '0' || supp == nil || supp.core != "Supp" || supp.post != "." || supp.pre != "" {
		return 0
	}
	k := 3
	series := ""
	page := n.peek(3)
	if page != nil && page.post == "" && r91Series[page.core] != "" {
		series, page = r91Series[page.core], n.peek(4)
		k = 4
	}
	if page == nil || page.pre != "" || len(page.core) == 0 || len(page.core) > 4 || !allDigits(page.core) || page.core[0] == '0' {
		return 0
	}
	n.by("case citation")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	n.emitLetter(f.raw, "f")
	n.emit(supp.raw, "supp")
	if series != "" {
		n.emit(n.peek(3).raw, series)
	}
	n.emit(page.raw, appendPaired(nil, page.core)...)
	return k + 1
}

// pinCite91 reads a page after "Id. at" in pairs, as a pin cite is said ("Id. at 412" id at four
// twelve; it was a count).
func (n *normalizer) pinCite91(t *token) int {
	at, id := n.peek(-1), n.peek(-2)
	if at == nil || id == nil || at.core != "at" || at.post != "" || id.core != "Id" || id.post != "." || t.core[0] == '0' {
		return 0
	}
	if t.post != "" && t.post != "." && t.post != "," && t.post != ";" {
		return 0
	}
	n.by("case citation")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return 1
}
