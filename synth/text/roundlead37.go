package text

import "strings"

// The lead's round of the fourteenth session: misreadings found by running the normalizer over
// real text nobody wrote for a test (package changelogs and READMEs), each read as a class and
// tested on probe sentences written before the readers, readings-lead37.tsv.

func (n *normalizer) lead37Token(t *token) int {
	c := t.core
	// Release notes bracket versions and bug numbers: "(1.9.11)", "[#57291]".
	bracketed := t.pre == "(" || t.pre == "["
	if n.inPart != 0 || t.pre != "" && !bracketed {
		return 0
	}
	switch {
	case c == "-" || c == "–" || c == "—":
		return oneIf(!bracketed && n.meridiemSpanDash(t))
	case len(c) >= 5 && (c[0] == 'U' || c[0] == 'G'):
		return oneIf(n.may(shDigit) && n.zoneOffset(t))
	case len(c) >= 2 && (c[0] == '+' || c[0] == '-' || c[0] == 0xE2):
		if n.may(shDigit) && n.zoneOffset(t) {
			return 1
		}
		if bracketed {
			return 0
		}
		return oneIf(n.ruleLine(t) || n.wikiHeadingMark(t) || n.equalsEmoticon(t))
	case len(c) >= 2 && c[0] >= '0' && c[0] <= '9':
		if n.may(shWide) && n.minusSignScore(t) || n.may(shHyphen) && n.isoRange(t) || n.studioNumber(t) || n.zipBeforeWord(t) {
			return 1
		}
		if n.may(shLower|shUpper) && n.may(shDot) && isURL(c) && !bracketed {
			// "311.nyc.gov", "511ny.org": a host opening with digits is an address, not a
			// number with letters (it was three hundred eleven dot nyc dot gov).
			n.by("web address")
			n.address(t.raw, c)
			return 1
		}
		if k := n.quantityRange(t); k > 0 {
			return k
		}
		if n.may(shSlash) {
			if n.arithmeticFraction(t) || n.visualAcuity(t) {
				return 1
			}
			if k := n.slashFigures(t); k > 0 {
				return k
			}
		}
		if n.may(shPunct) && n.quantityList(t) { // "/" or "+"
			return 1
		}
		return oneIf(c[0] != '0' && n.may(shDot) && n.undatedVersion(t))
	case len(c) >= 2 && c[0] == '#':
		return oneIf(n.may(shDigit) && n.numberSignIdentifier(t))
	case bracketed:
		return 0
	case len(c) >= 6 && (c[0] == 'a' || c[0] == 'p' || c[0] == 'A' || c[0] == 'P'):
		if n.may(shDot) && n.meridiemDash(t) {
			return 1
		}
	case len(c) >= 3 && c[len(c)-1] == '#':
		if k := n.codeWordHash(t); k > 0 {
			return k
		}
	case c == "=" || c == "+" || c == "|":
		return oneIf(n.borderCorner(t) || n.equalsEmoticon(t))
	case len(c) >= 2 && (c[0] == '=' || c[0] == '|'):
		return oneIf(n.ruleLine(t) || n.wikiHeadingMark(t) || n.equalsEmoticon(t))
	}
	return oneIf(n.may(shDot|shWide) && n.tightEllipsis(t))
}

// zoneOffset reads an offset from UTC or GMT written after it ("GMT-5" g m t minus five,
// "UTC+05:30" u t c plus five thirty, "UTC −03:00" u t c minus three): the sign said, the hours
// without a leading zero, the minutes only when they are not zero. The sign was dropped ("GMT-5"
// g m t five) or the offset read digit by digit ("minus zero three zero zero").
func (n *normalizer) zoneOffset(t *token) bool {
	c := t.core
	zone := ""
	if len(c) >= 3 && (c[:3] == "UTC" || c[:3] == "GMT") {
		zone, c = c[:3], c[3:]
	} else if prev := n.peek(-1); prev != nil && prev.post == "" && (prev.core == "UTC" || prev.core == "GMT") {
		// "UTC +5:30": the offset written apart; the zone was read already.
	} else {
		return false
	}
	sign := ""
	switch {
	case strings.HasPrefix(c, "+"):
		sign, c = "plus", c[1:]
	case strings.HasPrefix(c, "-"):
		sign, c = "minus", c[1:]
	case strings.HasPrefix(c, "−"):
		sign, c = "minus", c[len("−"):]
	default:
		return false
	}
	h, m, colon := strings.Cut(c, ":")
	if !colon && len(h) == 4 {
		h, m = h[:2], h[2:] // "+0530"
	}
	if h == "" || len(h) > 2 || !allDigits(h) || m != "" && (len(m) != 2 || !allDigits(m)) || colon && m == "" {
		return false
	}
	hours, mins := atoiSmall(h), 0
	if m != "" {
		mins = atoiSmall(m)
	}
	if hours > 14 || mins >= 60 || mins%15 != 0 {
		return false // no zone is that far out, and zones keep to quarter hours
	}
	n.by("time zone offset")
	for i := 0; i < len(zone); i++ {
		n.emitLetter(t.raw, strings.ToLower(zone[i:i+1]))
	}
	n.emit(t.raw, sign)
	if hours == 0 {
		n.emit(t.raw, "zero") // "GMT+0", "UTC+00:00"
	} else {
		n.emit(t.raw, appendUnder100(nil, hours)...)
	}
	if mins > 0 {
		n.emit(t.raw, appendUnder100(nil, mins)...)
	}
	return true
}

// minusSignScore reads a score, a tally or a record printed with the minus sign (U+2212) in place
// of the hyphen, as some sites set it ("The Jets lost 24−17" twenty four to seventeen; it was
// "minus"): two numbers of one to three digits joined tight by the sign, after a word of scoring
// or voting within four words (lost, won, final, vote…) or a verb of a record (went, improved…),
// with no equals sign on either side. The hyphen's reader then reads it as it reads "24-17".
func (n *normalizer) minusSignScore(t *token) bool {
	a, b, ok := strings.Cut(t.core, "−")
	if !ok || len(a) > 3 || len(b) == 0 || len(b) > 3 || !allDigits(a) || !allDigits(b) {
		return false
	}
	if next := n.peek(1); next != nil && (strings.HasPrefix(next.core, "=") || strings.EqualFold(next.core, "equals")) {
		return false
	}
	cue := false
	for off := -1; off >= -4 && !cue; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		l := p.lower()
		if mathPrev[p.core] || mathVerbs[l] {
			return false
		}
		cue = scoreWords[l] || recordPrev[l]
	}
	if !cue {
		return false
	}
	sub := *t
	sub.core = a + "-" + b
	return n.numeric(&sub) > 0
}

// scalingVerbs before "by" make what follows a factor, not a date: "Multiply by 9/5".
var scalingVerbs = setOf("multiply multiplied multiplying divide divided dividing scale scaled scaling")

// arithmeticOps are the operators that, standing apart after a slash pair, make it a term of a sum.
var arithmeticOps = setOf("+ - − × * ÷ = ·")

// arithmeticFraction reads a slash pair in arithmetic as a fraction, an improper one too: after an
// equals sign or another operator, after a verb of computing, after "by" that follows a verb of
// scaling, or before an operator standing apart ("x = 7/4" seven quarters, was seven four; "F = C ×
// 9/5 + 32" nine fifths; "Multiply by 9/5" was a date). A denominator of 2 to 20, a numerator of
// at most three digits.
func (n *normalizer) arithmeticFraction(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || len(a) > 3 || len(b) == 0 || len(b) > 2 || !allDigits(a) || !allDigits(b) {
		return false
	}
	if d := atoiSmall(b); d < 2 || d > 20 || t.post != "" && !isFinalPunct(t.post) {
		return false
	}
	math := false
	if prev := n.peek(-1); prev != nil && prev.post == "" {
		l := prev.lower()
		switch {
		case mathPrev[prev.core] || arithmeticOps[prev.core] || strings.HasSuffix(prev.core, "=") || mathVerbs[l]:
			math = true
		case l == "by":
			pp := n.peek(-2)
			for k := -2; k >= -4 && pp != nil && !math; k-- {
				math = scalingVerbs[pp.lower()]
				pp = n.peek(k - 1)
			}
		}
	}
	if next := n.peek(1); !math && next != nil && t.post == "" && next.pre == "" && arithmeticOps[next.core] {
		math = true
	}
	if !math {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, true); unit {
			return false // "= 1/2 cup": the fraction's reader says the unit too
		}
	}
	n.by("fraction")
	n.emit(t.raw, appendFraction(nil, a, b)...)
	return true
}

// isFinalPunct reports trailing punctuation that ends a clause or a sentence: ".", ",", ";", "!", "?".
func isFinalPunct(post string) bool {
	return strings.Trim(post, ".,;!?") == ""
}

// quantityRange reads a range of two quantities written with the same unit on both sides and a
// dash between ("5km–10km" five to ten kilometers, "2L-3L", "2h–3h" whose en dash the tokenizer
// splits off) as a range of numbers with the unit once, as "5-10 km" is read; each quantity was
// read whole and the dash dropped ("five kilometers ten kilometers"). It returns the tokens read.
func (n *normalizer) quantityRange(t *token) int {
	c := t.core
	used := 1
	var a, b string
	if i := strings.IndexAny(c, "-–"); i > 0 {
		a, b = c[:i], strings.TrimPrefix(strings.TrimPrefix(c[i:], "-"), "–")
		if t.post != "" && !isFinalPunct(t.post) {
			return 0
		}
	} else {
		dash, second := n.peek(1), n.peek(2)
		if t.post != "" || dash == nil || second == nil || dash.core != "—" || dash.start != t.end || second.start != dash.end || second.pre != "" ||
			dash.end-dash.start != len("–") {
			return 0
		}
		a, b, used = c, second.core, 3
	}
	numA, unitA, okA := scanNumber(a)
	numB, unitB, okB := scanNumber(b)
	if !okA || !okB || unitA == "" || unitA != unitB || numA.neg || numB.neg || numA.plus || numB.plus || strings.HasPrefix(unitA, "°") {
		return 0 // degrees keep their unit on both sides ("10°–15°", readings24.tsv)
	}
	un, ok := unitWord(unitA, false)
	if !ok {
		return 0
	}
	if va, okA := numA.value(); okA {
		if vb, okB := numB.value(); okB && va >= vb {
			return 0 // "10km-5km" is no range
		}
	}
	n.by("range")
	n.emit(t.raw, appendNumber(nil, numA)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendNumber(nil, numB)...)
	last := n.peek(used - 1)
	one := adjectival(n.peek(-1), n.peek(used), last)
	n.emit(t.raw, strings.Fields(plural(one, un.sing, un.plural))...)
	return used
}

// studioNumber reads a studio's four-digit number in pairs as a room's is ("outside Studio 1412"
// fourteen twelve, was a count), unless it could be a product's year ("Visual Studio 2022" stays),
// which is why round eighteen left studios out of pairedLabel4.
func (n *normalizer) studioNumber(t *token) bool {
	c := t.core
	if len(c) != 4 || !allDigits(c) || c[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "studio") {
		return false
	}
	if y := atoiSmall(c); y >= 1900 && y <= 2099 {
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// meridiemDash reads a.m. or p.m. glued by a dash to the time that ends a span ("7 a.m.-5 p.m."
// seven a m to five p m; the dash was dropped inside the compound).
func (n *normalizer) meridiemDash(t *token) bool {
	c := t.core
	l := strings.ToLower(c[:4])
	if l != "a.m." && l != "p.m." {
		return false
	}
	rest, ok := cutLeadingDash(c[4:])
	if !ok {
		return false
	}
	if rest == "" || !isDigit(rest[0]) {
		return false
	}
	n.by("time span")
	n.emitLetter(t.raw, l[:1])
	n.emitLetter(t.raw, "m")
	n.emit(t.raw, "to")
	n.part(t.raw, rest)
	return true
}

// meridiemSpanDash reads a dash standing between a time's a.m. or p.m. and the time that ends
// the span as "to" ("8 a.m. - 4 p.m." eight a m to four p m; the dash was a pause).
func (n *normalizer) meridiemSpanDash(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(prev.core, ".")) {
	case "a.m", "p.m", "am", "pm":
	default:
		return false
	}
	n.by("time span")
	n.emit(t.raw, n.rangeWord())
	return true
}

// codeWordHash reads a code word or initials glued to a number sign before five digits or more
// as the word, "number" and the digits one by one ("MLS# 4417829" m l s number four four one
// seven eight two nine; the count was read). It returns the tokens read.
func (n *normalizer) codeWordHash(t *token) int {
	w := t.core[:len(t.core)-1]
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || len(next.core) < 5 || len(next.core) > 20 || !allDigits(next.core) || !isLetterWord(w) {
		return 0
	}
	switch {
	case isUpperWord(w) && len(w) <= 5:
		for i := 0; i < len(w); i++ {
			n.emitLetter(t.raw, strings.ToLower(w[i:i+1]))
		}
	case codeWords[strings.ToLower(w)]:
		n.word(t.raw, strings.ToLower(w))
	default:
		return 0
	}
	n.by("code digits")
	n.emit(t.raw, "number")
	n.emit(next.raw, appendDigitNames(nil, next.core, false)...)
	return 2
}

// zipBeforeWord reads five digits before "ZIP code" (or a list of such numbers joined by and or
// or before it) digit by digit, as a ZIP code is read ("the 43017 and 43016 ZIP codes"; they
// were counts). "The lot holds 43017 cars" stays a count.
func (n *normalizer) zipBeforeWord(t *token) bool {
	c := t.core
	if len(c) != 5 || !allDigits(c) {
		return false
	}
	for k := 1; k <= 5; k++ {
		w := n.peek(k)
		if w == nil {
			return false
		}
		l := w.lower()
		if l == "zip" {
			break
		}
		if !(l == "and" || l == "or" || len(w.core) == 5 && allDigits(w.core)) {
			return false
		}
	}
	n.by("zip code")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// isoRange reads a camera's range of film speeds after ISO ("ISO 100-6400" i s o one hundred to
// sixty four hundred; it was read digit by digit as a phone number), each speed as a single one
// is read: hundreds for four digits ending in two zeros ("ISO 3200" thirty two hundred). The top
// must be 1000 or more, which no part number of a standard is ("ISO 8601-1" stays).
func (n *normalizer) isoRange(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.core != "ISO" || prev.post != "" {
		return false
	}
	a, b, ok := strings.Cut(t.core, "-")
	if !ok || len(a) < 2 || len(a) > 6 || len(b) < 4 || len(b) > 6 || !allDigits(a) || !allDigits(b) || a[0] == '0' || b[0] == '0' || atoiSmall(a) >= atoiSmall(b) {
		return false
	}
	n.by("film speed")
	speed := func(d string) {
		if len(d) == 4 && d[2:] == "00" && d[1] != '0' {
			n.emit(t.raw, appendUnder100(nil, atoiSmall(d[:2]))...)
			n.emit(t.raw, "hundred")
			return
		}
		n.emit(t.raw, appendInteger(nil, d)...)
	}
	speed(a)
	n.emit(t.raw, "to")
	speed(b)
	return true
}

// visionWords near a Snellen fraction make it a visual acuity.
var visionWords = setOf("vision visual acuity eyesight eye eyes")

// visualAcuity reads a Snellen fraction 20/NN beside a word of vision as eye doctors say it:
// "Vision was 20/40" twenty forty, "20/200 vision" twenty two hundred (it was twenty out of
// forty). A word of vision must stand within three words before it or right after it.
func (n *normalizer) visualAcuity(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a != "20" || len(b) < 2 || len(b) > 3 || !allDigits(b) || b[0] == '0' {
		return false
	}
	near := false
	for k := -1; k >= -3 && !near; k-- {
		if p := n.peek(k); p != nil {
			near = visionWords[p.lower()]
		}
	}
	if next := n.peek(1); !near && next != nil && t.post == "" {
		near = visionWords[next.lower()]
	}
	if !near {
		return false
	}
	n.by("visual acuity")
	n.emit(t.raw, "twenty")
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// listUnits are the units after which figures joined by a slash are a list, never a fraction:
// data, rates, frequencies, frames, power and a drug's strength ("8/16 GB", "30/60 fps", "5/10
// mg"). Before units of length, weight and cooking a slash pair stays a fraction ("1/2 cup",
// "5/16 in.").
var listUnits = setOf("B KB kB MB GB TB PB Kb Mb Gb bps kbps Kbps Mbps Gbps Hz kHz MHz GHz fps FPS W kW V mAh Ah Wh kWh MP px mg mcg µg")

// slashFigures reads figures joined by slashes before a unit as a list, each figure said and the
// unit once after them, as the README's device figures are ("4/8/16 GB" four eight sixteen
// gigabytes, was a date; "30/60 fps" thirty sixty frames per second, was thirty out of sixty;
// "The 8/16 GB models" the eight sixteen gigabyte models). Two figures only before a unit of
// listUnits; three or more before any unit (a date is never followed by a unit). It returns the
// tokens read.
func (n *normalizer) slashFigures(t *token) int {
	if strings.IndexByte(t.core, '/') < 0 {
		return 0 // one part: no allocation (speed)
	}
	parts := strings.Split(t.core, "/")
	if len(parts) < 2 || len(parts) > 6 || t.post != "" {
		return 0
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || !allDigits(p) {
			return 0
		}
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	if _, ok := unitWord(next.core, true); !ok || len(parts) == 2 && !listUnits[next.core] {
		return 0
	}
	n.by("figures before a unit")
	for _, p := range parts {
		n.emit(t.raw, appendInteger(nil, p)...)
	}
	return n.unitAfter(t, number{intPart: parts[len(parts)-1]})
}

// quantityList reads three or more quantities, each with its unit, joined by slashes, each as a
// quantity ("256GB/512GB/1TB" two hundred fifty six gigabytes five hundred twelve gigabytes one
// terabyte; the first was spelled g b and the slashes said; two are read by the unit reader),
// and two or more joined by plus signs with "plus" between ("8GB+128GB", a phone's memory and
// storage). Before the noun they measure the units are singular ("the 16GB+512GB model").
func (n *normalizer) quantityList(t *token) bool {
	if strings.Count(t.core, "/") < 2 && strings.IndexByte(t.core, '+') < 0 {
		return false // fewer than three parts by slashes, one by plus: no allocation (speed)
	}
	sep := "/"
	parts := strings.Split(t.core, sep)
	if len(parts) < 3 {
		sep = "+"
		if parts = strings.Split(t.core, sep); len(parts) < 2 {
			return false
		}
	}
	if len(parts) > 6 {
		return false
	}
	type qty struct {
		num number
		un  unit
	}
	qs := make([]qty, 0, len(parts))
	for _, p := range parts {
		num, rest, ok := scanNumber(p)
		if !ok || rest == "" || num.neg || num.plus {
			return false
		}
		un, ok := unitWord(rest, false)
		if !ok {
			return false
		}
		qs = append(qs, qty{num, un})
	}
	n.by("quantities")
	adj := adjectival(n.peek(-1), n.peek(1), t) // "The 16GB+512GB model"
	for k, q := range qs {
		if k > 0 && sep == "+" {
			n.emit(t.raw, "plus")
		}
		n.emit(t.raw, appendNumber(nil, q.num)...)
		n.emit(t.raw, strings.Fields(plural(q.num.isOne() || adj, q.un.sing, q.un.plural))...)
	}
	return true
}

// dateCues are the words before a dotted day, month and two-digit year that make it a date:
// the words that introduce a date of the slashed kind (datePrev), and the words of a life's or
// an event's date.
var dateCues = setOf(`born died dob date deadline birthday married wed held signed founded opened
established elected`)

// undatedVersion reads a dotted triple with a two-digit last group ("5.2.15", "4.2.18") as a
// version when no word of a date comes before it: "Upgrade bash to 5.2.15" five point two point
// fifteen. It was read as a day, a month and a year, as Europe writes dates. A date word before
// it (on, born, due, dated…), a leading zero ("05.02.15"), a four-digit year, a day past twelve
// ("24.12.24") or a date it is paired with ("12.3.24 and 13.3.24") keep the date.
func (n *normalizer) undatedVersion(t *token) bool {
	c := t.core
	a, rest, ok1 := strings.Cut(c, ".")
	b, y, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || len(a) > 2 || len(b) > 2 || len(y) != 2 || a == "" || b == "" ||
		!allDigits(a) || !allDigits(b) || !allDigits(y) || a[0] == '0' || b[0] == '0' {
		return false
	}
	if _, date := numericDate(c); !date {
		return false // "4.17.21" is no date; the version readers have it
	}
	if atoiSmall(a) > 12 {
		return false // "24.12.24": a day past twelve, day first as Europe writes it
	}
	// A pair joined by and, or, to: read alike, a date if either is one ("12.3.24 and 13.3.24").
	if prev, pp := n.peek(-1), n.peek(-2); prev != nil && pp != nil && datePairJoins[prev.lower()] && n.versionAt != n.i-2 {
		if _, date := numericDate(pp.core); date && strings.Count(pp.core, ".") == 2 {
			return false
		}
	}
	if next, nn := n.peek(1), n.peek(2); next != nil && nn != nil && t.post == "" && datePairJoins[next.lower()] {
		if x, _, ok := strings.Cut(nn.core, "."); ok && atoiSmall(x) > 12 && strings.Count(nn.core, ".") == 2 {
			if _, date := numericDate(strings.TrimRight(nn.core, ".")); date {
				return false
			}
		}
	}
	if prev := n.peek(-1); prev != nil {
		l := prev.lower()
		if copulas[l] && prev.pre == "" {
			if pp := n.peek(-2); pp != nil {
				l = pp.lower() // "The deadline is 12.1.24"
			}
		}
		if datePrev[l] || dateCues[l] {
			return false
		}
	}
	n.by("version")
	n.emit(t.raw, appendVersion(nil, c)...)
	n.versionAt = n.i
	return true
}

// numberSignIdentifier reads a number sign before five digits or more as an identifier, digit
// by digit: "Closes: #1024598" number one zero two four five nine eight, "PR #10234". No rank or
// place is that high, and a bug's, a ticket's or a pull request's number is said this way; four
// digits or fewer keep their readings ("#1", "issue #4512" in pairs).
func (n *normalizer) numberSignIdentifier(t *token) bool {
	d := t.core[1:]
	if len(d) < 5 || len(d) > 20 || !allDigits(d) {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, "number")
	n.emit(t.raw, appendDigitNames(nil, d, false)...)
	return true
}

// ruleLine drops a rule, an underline or a table's border written with signs: three or more
// equals or plus signs ("==========", "+++++"), or a border of plus signs, hyphens, equals signs
// and bars with a plus or a bar in it ("+-----+-----+"). Runs of hyphens, stars, tildes and
// underscores are already dropped as punctuation; "==" and "+=" stay operators.
func (n *normalizer) ruleLine(t *token) bool {
	c := t.core
	if len(c) < 3 {
		return false
	}
	plusOrBar := false
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case '+', '|':
			plusOrBar = true
		case '=', '-':
		default:
			return false
		}
	}
	if !plusOrBar && strings.Trim(c, "=") != "" {
		return false // hyphens and equals signs mixed: "=-=" is no rule anyone writes
	}
	if plusOrBar && strings.Trim(c, "+") != "" && !strings.ContainsAny(c, "-=") {
		return false // "+|+"
	}
	n.debug("dropped rule line", "token", t.raw)
	n.raise(len(n.out)-1, Major) // a heading's underline ends it, as a dash ends a clause
	return true
}

// datePairJoins join two dates or two versions read alike.
var datePairJoins = setOf("and or to through until till &")

// copulas between a date word and its date: "The deadline is 12.1.24".
var copulas = setOf("is was are were be")

// borderCorner drops a plus sign or a bar written tight against a run of hyphens or equals
// signs: the corners of a table's border, "+-----+-----+", whose hyphens the tokenizer splits
// off as a dash of their own (a token "—"; a dash written tight against a plus sign or a bar is
// no dash of prose).
func (n *normalizer) borderCorner(t *token) bool {
	run := func(o *token) bool {
		return o != nil && (o.core == "—" || len(o.core) >= 2 && strings.Trim(o.core, "-=") == "")
	}
	prev, next := n.peek(-1), n.peek(1)
	if !(run(next) && next.start == t.end || run(prev) && prev.end == t.start) {
		return false
	}
	n.debug("dropped rule line", "token", t.raw)
	return true
}

// wikiHeadingMark drops the equals signs around a wiki heading ("== History ==" history): a run
// of two or more that opens the sentence and comes again later in it, or that closes a pair
// opened by the sentence's first token. "x == y" stays an operator.
func (n *normalizer) wikiHeadingMark(t *token) bool {
	c := t.core
	if strings.Trim(c, "=") != "" || len(n.toks) < 3 {
		return false
	}
	first := n.toks[0]
	switch {
	case n.i == 0:
		found := false
		for k := 2; k < len(n.toks); k++ {
			if n.toks[k].core == c {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	case first.core != c || first.pre != "":
		return false
	}
	n.debug("dropped heading marker", "token", t.raw)
	n.raise(len(n.out)-1, Major)
	return true
}

// equalsEmoticons are smileys drawn with an equals sign for eyes; the core holds the sign (and
// a letter mouth), the post the bracket mouth.
var equalsEmoticons = setOf("=D =P =p =O =o =3")

// equalsEmoticon drops a smiley drawn with an equals sign ("lol =) ok", "yay =D"), as the ones
// drawn with a colon are dropped. After a number or a one-letter variable it is no smiley
// ("x =3").
func (n *normalizer) equalsEmoticon(t *token) bool {
	c := t.core
	switch {
	case c == "=" && t.post != "" && strings.ContainsRune(")(][", rune(t.post[0])):
	case equalsEmoticons[c] && (t.post == "" || strings.ContainsAny(t.post[:1], ".,!")):
	default:
		return false
	}
	if next := n.peek(1); next != nil && startsNumeric(next.core) && c == "=" {
		return false
	}
	if prev := n.peek(-1); prev != nil && (startsNumeric(prev.core) || len(prev.core) == 1 && prev.post == "") {
		return false
	}
	n.by("emoticon")
	n.debug("dropped emoticon", "token", t.raw)
	return true
}

// tightEllipsis reads an ellipsis written without spaces between two words ("wait...what",
// "so…yeah", "Hmm....ok") as the two words with the pause a spaced ellipsis gives; the dots
// were read as "dot dot dot", and "…" joined the words into one. Two dots or more, or "…", with
// plain words of letters on both sides.
func (n *normalizer) tightEllipsis(t *token) bool {
	c := t.core
	i := strings.Index(c, "..")
	j := i
	if i >= 0 {
		for j < len(c) && c[j] == '.' {
			j++
		}
	} else if i = strings.Index(c, "…"); i >= 0 {
		j = i + len("…")
		for strings.HasPrefix(c[j:], "…") {
			j += len("…")
		}
	}
	if i <= 0 || j >= len(c) {
		return false
	}
	a, b := c[:i], c[j:]
	if !isLetterWord(a) || !isLetterWord(b) {
		return false
	}
	n.by("ellipsis")
	n.word(t.raw, a)
	n.raise(len(n.out)-1, Minor)
	n.word(t.raw, b)
	return true
}

// oneIf is the tokens a reader consumed: one if it read the token.
func oneIf(read bool) int {
	if read {
		return 1
	}
	return 0
}

// emitOutOf says a mark or a share: "seven out of ten" (ratings, scores, shares of a whole).
func (n *normalizer) emitOutOf(src, a, b string) { n.emitJoined(src, a, b, "out", "of") }

// emitJoined says two numbers of digits with the words that join them: "nine to two" (odds),
// "forty four of fifty seven" (a lap), "seven out of ten".
func (n *normalizer) emitJoined(src, a, b string, join ...string) {
	n.emit(src, appendInteger(nil, a)...)
	n.emit(src, join...)
	n.emit(src, appendInteger(nil, b)...)
}

// emitRoute says a route's two ends: "harvard to alewife".
func (n *normalizer) emitRoute(src, a, b string) {
	n.word(src, a)
	n.emit(src, "to")
	n.word(src, b)
}

// emitCodeNumber says "number", a code's letters spelled and its digits one by one: "#OU-448213"
// number o u four four eight two one three.
func (n *normalizer) emitCodeNumber(src, letters, digits string) {
	n.emit(src, "number")
	for i := 0; i < len(letters); i++ {
		n.emitLetter(src, strings.ToLower(letters[i:i+1]))
	}
	n.emit(src, appendDigitNames(nil, digits, false)...)
}

// cutLeadingDash cuts a hyphen or an en dash from the start of s: the dash between a meridiem and
// the time that ends a span ("a.m.-5", round thirty-seven's; "AM–6", round forty-eight's).
func cutLeadingDash(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "–")
}
