package text

import "strings"

// Round fifty-one: the classes of held45's dev misses (a part number in a web path, chat's ty
// opening a clause, a unit symbol before a sign or a range's dash) and of misreadings its probes
// found in spec sheets, show programmes and freight updates (a unit's second figure read as a
// version, a tilde between figures, pcs, HP after a fraction, VAC and VDC, torque units, a
// stand's number, a city's initials ending a route), each tested on probe sentences written
// before the readers, readings51.tsv.

func (n *normalizer) round51Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9' || (c0 == '-' || c0 == '+') && len(c) > 1 && isDigit(c[1]):
		if !n.may(shDigit) {
			return 0
		}
		if k := n.r51UnitFigure(t); k > 0 {
			return k
		}
		if n.may(shPunct) && strings.Contains(c, "~") {
			return oneIf(n.r51TildeRange(t))
		}
		if k := n.r51Pieces(t); k > 0 {
			return k
		}
		if k := n.r51VoltsKind(t); k > 0 {
			return k
		}
		if k := n.r51TorqueUnit(t); k > 0 {
			return k
		}
		if len(c) >= 3 && len(c) <= 4 && n.r51StandNumber(t) {
			return 1
		}
		if n.may(shSlash) {
			return n.r51FractionHP(t)
		}
	case c == "~":
		return oneIf(n.r51TildeSpaced(t))
	case c0 >= 'A' && c0 <= 'Z' && len(c) > 4:
		if n.may(shWide) {
			return oneIf(n.r51CityRoute(t))
		}
	case c == "ty":
		return oneIf(n.may(shLower) && n.r51ThankYou(t))
	case c == "V" || c == "W" || c == "A":
		if n.may(shUpper) {
			return n.r51UnitBeforeSign(t)
		}
	}
	return 0
}

// r51ProductSegments name a path's segment after which a part number stands: "/product/LM317".
var r51ProductSegments = setOf("product products part parts partnumber model models datasheet datasheets chip chips device devices")

// r51PathPart reads a web path's segment that is a part number written in capitals, after a
// segment of products or parts, as the token is read in running text: letters spelled, three or
// four digits in pairs (`ti.com/product/LM317` t i dot com slash product slash l m three
// seventeen; round fifty-one, held45's dev miss; it was three one seven, as an identifier's
// digits). Precondition: the segment is one to four capitals, three or four digits that do not
// open with zero, then at most four capitals and digits; after /orders/ or in lower case a code
// keeps its digits one by one ("/orders/AB1234", "/product/lm317").
func (n *normalizer) r51PathPart(src, s string, start, end int) bool {
	if start < 2 || s[start-1] != '/' {
		return false
	}
	seg := s[start:end]
	letters := 0
	for letters < len(seg) && seg[letters] >= 'A' && seg[letters] <= 'Z' {
		letters++
	}
	digits := letters
	for digits < len(seg) && isDigit(seg[digits]) {
		digits++
	}
	if letters < 1 || letters > 4 || digits-letters < 3 || digits-letters > 4 || seg[letters] == '0' || len(seg)-digits > 4 {
		return false
	}
	for i := digits; i < len(seg); i++ {
		if !isDigit(seg[i]) && (seg[i] < 'A' || seg[i] > 'Z') {
			return false
		}
	}
	prev := s[:start-1]
	if k := strings.LastIndexByte(prev, '/'); k >= 0 {
		prev = prev[k+1:]
	} else {
		return false
	}
	if !r51ProductSegments[strings.ToLower(prev)] {
		return false
	}
	n.alnum(src, seg)
	return true
}

// r51Thanked are words after ty that name those thanked or how much: "ty all", "ty so much".
var r51Thanked = setOf("all everyone everybody guys folks team yall y'all again so sm both")

// r51ThankYou reads chat's ty as thank you where it opens a clause after a comma, a stop or an
// exclamation, before a name or a word of r51Thanked ("Great keynote, ty Maria!", "Slides are
// up, ty all!"), or anywhere before all or everyone ("Great panel ty all"): round fifty-one,
// held45's dev miss (it was t y; chat.go read ty at a sentence's start, before for, after chat
// or before an emoji). A number after it ("Offsets are 4, ty 5"), a word of neither kind ("The
// ty value", "tx, ty and tz") and the name Ty keep it.
func (n *normalizer) r51ThankYou(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if t.pre != "" || t.post != "" || prev == nil || next == nil || next.pre != "" || !isLetterWord(strings.ReplaceAll(next.core, "'", "")) {
		return false
	}
	l := strings.ToLower(next.core)
	if l == "so" {
		if nn := n.peek(2); nn == nil || !strings.EqualFold(nn.core, "much") || next.post != "" {
			return false
		}
	}
	opens := strings.ContainsAny(prev.post, ",.!?;:")
	name := len(next.core) >= 2 && isCapitalized(next.core) && !isUpperWord(next.core)
	switch {
	case opens && (name || r51Thanked[l]):
	case l == "all" || l == "everyone" || l == "everybody":
	default:
		return false
	}
	n.by("chat abbreviation")
	n.emit(t.raw, "thank", "you")
	return true
}

// r51Signs between two figures make a unit symbol before them a unit: "2.7 V ≤ VCC".
var r51Signs = setOf("≤ < ≥ > ≈ = ≠ × <= >= == ~")

// r51Electric are tokens that make A after a number amps: another electrical figure.
var r51Electric = setOf("V W mA mV kW VA VDC VAC Ω mW µA volts volt watts watt amps amp voltage current")

// r51UnitBeforeSign reads V, W or A right after a bare number as the unit where a comparison
// sign, ×, or = follows it, or a spaced dash and another number ("2.7 V ≤ VCC ≤ 3.6 V" two point
// seven volts…, "12 V – 24 V DC" twelve volts to twenty four volts; round fifty-one, held45's
// dev miss: it was the letter v, and the dash was silent). A is amps only beside another
// electrical figure in the sentence (r51Electric), and then also after a number that follows
// such a sign ("20 V × 3.25 A = 65 W", "2 A ≤ 3 A on the 12 V rail"); "Grade 3 A < grade 4" and
// a compass point before a word ("Turn at 40 W – the road") stay letters.
func (n *normalizer) r51UnitBeforeSign(t *token) int {
	prev, next := n.peek(-1), n.peek(1)
	if t.pre != "" || prev == nil || prev.post != "" {
		return 0
	}
	num, tail, ok := scanNumber(prev.core)
	if !ok || tail != "" || num.neg {
		return 0
	}
	sign := t.post == "" && next != nil && next.pre == "" && r51Signs[next.core]
	dash := t.post == "" && next != nil && next.pre == "" && (next.core == "–" || next.core == "-" || next.core == "—")
	if dash {
		after := n.peek(2)
		dash = after != nil && after.pre == "" && after.core != "" && isDigit(after.core[0])
	}
	afterSign := false
	if t.core == "A" {
		if !n.r51ElectricNear() {
			return 0
		}
		if pp := n.peek(-2); pp != nil && pp.post == "" && r51Signs[pp.core] {
			afterSign = next == nil || t.post != "" || next.pre == "" && isLetterWord(next.core) && next.core == strings.ToLower(next.core)
		}
	}
	if !sign && !dash && !afterSign {
		return 0
	}
	un, ok := baseUnits[t.core] // volt, watt, amp
	if !ok {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, strings.Fields(plural(num.isOne(), un.sing, un.plural))...)
	if dash {
		n.emit(next.raw, "to")
		return 2
	}
	return 1
}

// r51ElectricNear reports another electrical figure or word in the sentence (at most 64 tokens
// are looked at, so a long sentence costs no more than a short one).
func (n *normalizer) r51ElectricNear() bool {
	for k := 0; k < len(n.toks) && k < 64; k++ {
		if k != n.i && r51Electric[n.toks[k].core] {
			return true
		}
	}
	return false
}

// r51Joins join two figures of one unit: "4.5 V to 5.5 V".
var r51Joins = setOf("to or and through")

// r51UnitFigure reads a figure after to, or, and or through whose unit symbol, V, W or A,
// follows it as it followed the figure before ("It runs from 4.5 V to 5.5 V"), as a quantity
// and its unit (round fifty-one; it was a version after "V", v being a version's name: five
// point five v). "Upgrade Python to 3.12" and "Go 1.21 to 1.22" stay versions.
func (n *normalizer) r51UnitFigure(t *token) int {
	prev, pp, ppp, next := n.peek(-1), n.peek(-2), n.peek(-3), n.peek(1)
	if t.pre != "" || t.post != "" || prev == nil || pp == nil || ppp == nil || next == nil || next.pre != "" {
		return 0
	}
	if prev.pre != "" || prev.post != "" || !r51Joins[prev.core] || pp.pre != "" || pp.post != "" || next.core != pp.core || ppp.post != "" {
		return 0
	}
	if pp.core != "V" && pp.core != "W" && pp.core != "A" {
		return 0
	}
	num, tail, ok := scanNumber(t.core)
	if !ok || tail != "" || num.neg || !num.hasPoint {
		return 0
	}
	if _, tail, ok := scanNumber(ppp.core); !ok || tail != "" {
		return 0
	}
	n.by("number")
	n.emit(t.raw, appendNumber(nil, num)...)
	return n.unitAfter(t, num)
}

// r51ReadPiece reads one figure of a range as a token alone is read (a number, and a unit or a
// percent glued to it), its neighbours unseen.
func (n *normalizer) r51ReadPiece(src, p string) {
	n.inPart++
	sub := token{raw: src, core: p}
	n.numeric(&sub)
	n.inPart--
}

// r51TildeRange reads two figures joined by a tilde in one token as a spec sheet's range, the
// tilde to: "100~240V" one hundred to two hundred forty volts, "0~40°C", "10~90%", "5~10" (round
// fifty-one, held45's probes; the tilde was dropped and the unit spelled: one hundred two forty
// v). Precondition: each side opens with a digit (the second perhaps after a sign) and the first
// is a number with at most a unit or a percent glued; "~30" stays approximately.
func (n *normalizer) r51TildeRange(t *token) bool {
	c := t.core
	k := strings.IndexByte(c, '~')
	if k <= 0 || k == len(c)-1 || strings.Count(c, "~") != 1 {
		return false
	}
	lo, hi := c[:k], c[k+1:]
	h := strings.TrimLeft(hi, "+-")
	if len(hi)-len(h) > 1 || h == "" || !isDigit(h[0]) {
		return false
	}
	if _, _, ok := scanNumber(lo); !ok || !isDigit(strings.TrimLeft(lo, "+-")[0]) {
		return false
	}
	if _, rest, _ := scanNumber(hi); strings.ContainsAny(rest, "~/+-") {
		return false // "0~20171227-0.3+deb12u1": a Debian version (the lead's round fifty-three)
	}
	n.by("range")
	n.r51ReadPiece(t.raw, lo)
	n.emit(t.raw, "to")
	n.r51ReadPiece(t.raw, hi)
	return true
}

// r51TildeSpaced reads a spaced tilde between a figure with its unit and another figure as a
// range, to: "-20°C ~ +60°C", "100 V ~ 240 V" (round fifty-one; it was approximately). Between
// bare numbers ("3 ~ 4") and before a figure alone ("~ $5") it stays approximately.
func (n *normalizer) r51TildeSpaced(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if t.pre != "" || t.post != "" || prev == nil || next == nil || prev.post != "" || next.pre != "" {
		return false
	}
	h := strings.TrimLeft(next.core, "+-")
	if len(next.core)-len(h) > 1 || h == "" || !isDigit(h[0]) {
		return false
	}
	unitBefore := false
	if num, rest, ok := scanNumber(prev.core); ok && !num.neg || ok && num.neg {
		_, isUnit := unitWord(rest, false)
		unitBefore = rest != "" && (isUnit || rest == "%" || strings.HasPrefix(rest, "°"))
	} else if _, base := baseUnits[prev.core]; base || func() bool { _, u := unitWord(prev.core, false); return u }() {
		if pp := n.peek(-2); pp != nil && pp.post == "" {
			_, rest, ok := scanNumber(pp.core)
			unitBefore = ok && rest == ""
		}
	}
	if !unitBefore {
		return false
	}
	n.by("range")
	n.emit(t.raw, "to")
	return true
}

// r51Pieces reads pcs after a count, spaced or glued, as pieces (one piece): "MOQ is 500 pcs",
// "100pcs per bag", "2,000 PCS" (round fifty-one, held45's probes; it was spelled p c s). PCs
// in mixed case are computers and stay so.
func (n *normalizer) r51Pieces(t *token) int {
	num, rest, ok := scanNumber(t.core)
	if !ok || num.neg || num.plus || num.hasPoint {
		return 0
	}
	k := 1
	switch {
	case rest == "pcs" || rest == "PCS":
	case rest == "" && t.post == "":
		next := n.peek(1)
		if next == nil || next.pre != "" || next.core != "pcs" && next.core != "PCS" {
			return 0
		}
		k = 2
	default:
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, plural(num.isOne(), "piece", "pieces"))
	return k
}

// r51VoltsKind reads VAC and VDC after a figure or a pair of figures, spaced or glued, as volts
// and the current's kind: "230 VAC" two hundred thirty volts a c, "115/230 VAC" one hundred
// fifteen two hundred thirty volts a c, "a 12 VDC motor" a twelve volt d c motor (round
// fifty-one, held45's probes; they were spelled v a c, and the pair read as a score out of).
// A quantity describing a noun after it takes the singular, as other units (adjectival).
func (n *normalizer) r51VoltsKind(t *token) int {
	c := t.core
	kind := ""
	k := 1
	var last, after *token
	for _, suf := range [...]string{"VAC", "VDC", "Vac", "Vdc"} {
		if d, ok := strings.CutSuffix(c, suf); ok && d != "" && isDigit(d[len(d)-1]) {
			c, kind = d, strings.ToLower(suf[1:])
			last, after = t, n.peek(1)
			break
		}
	}
	if kind == "" {
		next := n.peek(1)
		if t.post != "" || next == nil || next.pre != "" {
			return 0
		}
		switch next.core {
		case "VAC", "VDC", "Vac", "Vdc":
			kind = strings.ToLower(next.core[1:])
		default:
			return 0
		}
		last, after, k = next, n.peek(2), 2
	}
	lo, hi, pair := strings.Cut(c, "/")
	a, rest, ok := scanNumber(lo)
	if !ok || rest != "" || a.neg || a.plus {
		return 0
	}
	var b number
	if pair {
		if b, rest, ok = scanNumber(hi); !ok || rest != "" || b.neg || b.plus {
			return 0
		}
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, a)...)
	one := a.isOne()
	if pair {
		n.emit(t.raw, appendNumber(nil, b)...)
		one = false
	}
	one = one || adjectival(n.peek(-1), after, &token{core: "V", post: last.post}) // volts, as "a 12 V battery"
	n.emit(last.raw, plural(one, "volt", "volts"))
	n.emitLetter(last.raw, kind[:1])
	n.emitLetter(last.raw, kind[1:])
	return k
}

// r51FractionHP reads HP after a fraction as horsepower, the fraction as before a unit: "rated
// 3/4 HP" three quarters horsepower, "a 1/2 HP sump pump" a half horsepower (round fifty-one,
// held45's probes; it was h p, and after some verbs the fraction was a bowler's figures). Among
// words of games HP stays hit points, spelled.
func (n *normalizer) r51FractionHP(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" || next.core != "HP" && next.core != "hp" {
		return 0
	}
	num, den, ok := strings.Cut(t.core, "/")
	if !ok || num == "" || den == "" || len(num) > 2 || len(den) > 2 || !allDigits(num) || !allDigits(den) || num[0] == '0' {
		return 0
	}
	if d := atoiSmall(den); d < 2 || d > 16 || atoiSmall(num) >= d {
		return 0
	}
	if n.engineWordNear(hitPointWords, false) {
		return 0
	}
	n.by("fraction")
	w := appendFraction(nil, num, den)
	if prev := n.peek(-1); prev != nil && prev.post == "" && (strings.EqualFold(prev.core, "a") || strings.EqualFold(prev.core, "an")) && num == "1" && len(w) > 1 && w[0] == "one" {
		w = w[1:] // "a 1/2 HP pump" a half horsepower
	}
	n.emit(t.raw, w...)
	n.emit(next.raw, "horsepower")
	return 2
}

// r51TorqueUnits are torque's units written with a hyphen, by their names.
var r51TorqueUnits = map[string]unit{
	"in-lb": u("inch pound", "inch pounds", true), "in-lbs": u("inch pound", "inch pounds", true),
	"lb-in": u("pound inch", "pound inches", true), "lbf-in": u("pound inch", "pound inches", true),
}

// r51TorqueUnit reads in-lb, in-lbs or lb-in after a figure as torque's unit: "30 in-lbs"
// thirty inch pounds, "a 20 in-lb clutch setting" a twenty inch pound clutch setting (round
// fifty-one, held45's probes; they were spelled, in l b), as ft-lb is foot pounds.
func (n *normalizer) r51TorqueUnit(t *token) int {
	next := n.peek(1)
	if t.post != "" || next == nil || next.pre != "" {
		return 0
	}
	un, ok := r51TorqueUnits[next.core]
	if !ok {
		return 0
	}
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || num.neg {
		return 0
	}
	n.by("number and unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	one := num.isOne() || adjectival(n.peek(-1), n.peek(2), next)
	n.emit(next.raw, strings.Fields(plural(one, un.sing, un.plural))...)
	return 2
}

// r51StandBefore are words before a lower-case stand that make it a trade show's: "at stand 2310".
var r51StandBefore = setOf("at on visit to from")

// r51StandNumber reads a trade show's stand number after Stand, capitalized inside a sentence or
// after at, on, visit, to or from, in pairs as after booth: "Visit us at Stand 4120" stand forty
// one twenty (round fifty-one, held45's probes; it was a count). Precondition: three or four
// digits not opening with zero, not before a unit or a word in -s; "Stand 1000 feet back" (the
// sentence's first word) and "We stand 1500 strong" keep the count.
func (n *normalizer) r51StandNumber(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !allDigits(t.core) || t.core[0] == '0' {
		return false
	}
	switch prev.core {
	case "Stand":
		if n.i < 2 {
			return false
		}
	case "stand":
		pp := n.peek(-2)
		if pp == nil || pp.post != "" || !r51StandBefore[strings.ToLower(pp.core)] {
			return false
		}
	default:
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, unit := unitWord(next.core, true); unit || unitNames[strings.ToLower(next.core)] || len(next.core) > 3 && strings.HasSuffix(next.core, "s") {
			return false
		}
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, t.core)...)
	return true
}

// r51CityInitials are cities known by their initials, which may end a route: "the LA–Chicago lane".
var r51CityInitials = setOf("LA NYC SF DC KC SLC NOLA OKC ATL PHX")

// r51CityRoute reads two ends of a route joined by an en dash, one a city's initials and the
// other a capitalized name or initials of r51CityInitials, as routeDash reads two names, the
// dash to, when a word of routes stands within two words: "the LA–Chicago lane" l a to chicago
// (round fifty-one, held45's probes; it was l a chicago, dashedNames taking no initials). A
// country's initials ("US–China trade") and no word of routes ("the LA–Chicago game") keep it.
func (n *normalizer) r51CityRoute(t *token) bool {
	a, b, ok := strings.Cut(t.core, "–")
	if !ok || !r51CityInitials[a] && !r51CityInitials[b] {
		return false
	}
	end := func(x string) bool {
		return r51CityInitials[x] || isLetterWord(x) && isCapitalized(x) && !isUpperWord(x)
	}
	if !end(a) || !end(b) || !n.wordWithinTwo(routeWords) {
		return false
	}
	n.by("route")
	n.emitRoute(t.raw, a, b)
	return true
}

// r51ShowWords are words of trade shows the lexicon lacks, pieces of run-together hosts as its
// words are (segment.go): "techexpo.com" tech expo (round fifty-one, after held45's unseen
// measurement: `www.packexpo.com` was read packexpo).
var r51ShowWords = setOf("expo expos")
