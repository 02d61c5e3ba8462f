package text

import "strings"

// round10Token runs the round-ten readers of issue 18; it returns the tokens consumed, 0 when
// none applies.
func (n *normalizer) round10Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if isDigit(c[0]) {
		if n.serviceNumber(t) || n.hundredsModel(t) {
			return 1
		}
		return n.kelvin(t)
	}
	if (c[0] == '+' || c[0] == '-' || strings.HasPrefix(c, "−")) && n.americanOdds(t) {
		return 1
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shPunct) && (n.intelModel(t) || n.gluedSection(t)) { // "i7-13700K", "s.213"
		return 1
	}
	return 0
}

// gluedSection reads "s." or "ss." glued to a section number after a word, as British statutes
// are cited: "contrary to s.20 OAPA 1861" section twenty, "ss.18-20" sections eighteen to
// twenty (the spaced "s. 20" is statuteSection's). It reports whether it did.
func (n *normalizer) gluedSection(t *token) bool {
	c := t.core
	word, rest := "section", ""
	switch {
	case strings.HasPrefix(c, "s.") && len(c) > 2:
		rest = c[2:]
	case strings.HasPrefix(c, "ss.") && len(c) > 3:
		word, rest = "sections", c[3:]
	default:
		return false
	}
	if !isDigit(rest[0]) || t.pre != "" {
		return false
	}
	digits := 0
	for digits < len(rest) && isDigit(rest[digits]) {
		digits++
	}
	if digits > 4 || strings.IndexByte(rest, '.') >= 0 {
		return false // "s.1.2": no section
	}
	prev := n.peek(-1)
	if (prev == nil || prev.post != "" || !isLetterWord(prev.core) || determiners[prev.lower()]) && !n.actYearBefore() {
		return false // "the s.3 engine"
	}
	n.by("abbreviation")
	n.emit(t.raw, word)
	if lo, hi, ok := cutDash(rest); ok && allDigits(lo) && allDigits(hi) && len(hi) <= 4 {
		n.emitJoined(t.raw, lo, hi, "to")
		return true
	}
	sub := *t
	sub.core = rest
	n.general(&sub)
	return true
}

// cutDash cuts s at its first hyphen or en dash.
func cutDash(s string) (string, string, bool) {
	if lo, hi, ok := strings.Cut(s, "-"); ok {
		return lo, hi, true
	}
	return strings.Cut(s, "–")
}

// serviceNumbers are the short numbers of emergency and public services, said digit by digit
// when a sentence calls them: 999 and 111 (UK), 112 (EU), 911, 988, 311 and 211 (US), 000
// (Australia), 101 (UK police, not an emergency), 119 (Japan, Korea).
var serviceNumbers = setOf("999 111 112 911 988 311 211 811 000 101 119")

// emergencyOnly are the service numbers that are never a count before a plural noun of calls:
// "911 calls" nine one one calls, but "101 calls" stays a count.
var emergencyOnly = setOf("999 112 911 988 000")

// serviceNouns after a service number name the service: "the 111 service", "988 lifeline".
var serviceNouns = setOf("service services line lifeline helpline hotline number online operator operators dispatcher dispatchers")

// serviceCalls after an emergency-only number are calls to it: "911 calls", "a 999 call".
var serviceCalls = setOf("call calls caller callers")

// textVerbs before a service number make it a number texted: "call or text 988".
var textVerbs = setOf("text texts texting texted txt sms")

// serviceNames before a service number are the service it belongs to: "NHS 111".
var serviceNames = setOf("NHS")

// serviceNumber reads a public service's short number digit by digit when the sentence calls
// it: after a verb of calling or texting ("Phone 101", "call or text 988"), after "on" that
// follows one ("call police on 101"), after another one and "or" ("call 112 or 999"), after the name of the service ("NHS 111"), or before a
// word naming the line ("the 111 service", "111 online", "911 calls"). "Room 111", "Porsche
// 911", "Route 101" and "called 111 times" stay as they were. It reports whether it did.
func (n *normalizer) serviceNumber(t *token) bool {
	c := t.core
	if !serviceNumbers[c] || t.pre != "" && t.pre != "(" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	linked := t.post == "" || t.post == "," || t.post == "." || t.post == ")" || t.post == "!" || t.post == "?"
	if next != nil && t.post == "" && (plainPlural(next.core) && !serviceCalls[next.lower()] || versionBlocker(next.core)) {
		return false // "called 111 times", "111 people"
	}
	ok := false
	if prev != nil && prev.post == "" {
		l := prev.lower()
		switch {
		case dialVerbs[l] || textVerbs[l], serviceNames[prev.core]:
			ok = true
		case (l == "or" || l == "and") && n.serviceBefore():
			ok = true // "call 112 or 999"
		case l == "on":
			for off := -2; off >= -4 && !ok; off-- {
				if p := n.peek(off); p != nil && dialVerbs[p.lower()] {
					ok = true
				}
				if p := n.peek(off); p == nil || p.post != "" {
					break
				}
			}
		}
	}
	if !ok && next != nil && t.post == "" {
		l := next.lower()
		ok = serviceNouns[l] || serviceCalls[l] && emergencyOnly[c]
	}
	if !ok || !linked {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// recordAdverbs may stand between a team's verb and its record: "they are now 5-0".
var recordAdverbs = setOf("now still currently")

// recordRises are verbs a record moves to by itself: "the team improved to 8-1".
var recordRises = setOf("improved improves improve improving")

// recordFalls are verbs a record moves to when a team is their subject: "the Bears fell to
// 4-9" (but "temperatures fell to 4-6 overnight" is a range).
var recordFalls = setOf("fell falls fall falling dropped drops drop dropping slipped slips slip slipping climbed climbs climb rose rises moved moves")

// recordMove reports a record after "to" that follows a verb a record moves with (prev is "to",
// lower case): 1 when it is one, 0 when the rule says nothing.
func (n *normalizer) recordMove(l string) int {
	if l != "to" {
		return 0
	}
	pp := n.peek(-2)
	if pp == nil || pp.post != "" {
		return 0
	}
	v := pp.lower()
	if recordRises[v] || recordFalls[v] && n.teamBefore() {
		return 1
	}
	return 0
}

// serviceBefore reports a service number two tokens back, read as one by the rules above: the
// first of "call 112 or 999".
func (n *normalizer) serviceBefore() bool {
	p, pp := n.peek(-2), n.peek(-3)
	return p != nil && pp != nil && p.post == "" && pp.post == "" && serviceNumbers[p.core] &&
		(dialVerbs[pp.lower()] || textVerbs[pp.lower()])
}

// camelName reports a product name written in camel case, as software is named: "TensorFlow",
// "PyTorch", "FastAPI", "HarmonyOS", "LibreOffice" (letters only, a capital first, and a
// capital after a lower-case letter). Surnames written so ("McLaren", "MacDonald", "DeAndre",
// "LeBron", "VanDyke") are not.
func camelName(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	inner := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			if i > 0 && w[i-1] >= 'a' && w[i-1] <= 'z' {
				inner = true
			}
		default:
			return false
		}
	}
	if !inner {
		return false
	}
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return false
		}
	}
	return true
}

// chatSubjects before a lower-case "r" make it "are": "ppl r weird", "u r the best".
var chatSubjects = setOf("u you ppl people we they these those ur")

// chatSubjectBefore reports a chat subject just before the current token, in lower case.
func (n *normalizer) chatSubjectBefore() bool {
	p := n.peek(-1)
	return p != nil && p.post == "" && chatSubjects[p.core]
}

// uBeforeR reports "u" before a chat "r" and a lower-case word: "u r the best" you are.
func (n *normalizer) uBeforeR() bool {
	r, w := n.peek(1), n.peek(2)
	return r != nil && w != nil && n.peek(0).post == "" && r.core == "r" && r.post == "" && len(w.core) > 1 &&
		isLetterWord(w.core) && w.lower() == w.core
}

// codeHeads name what a code identifies when "no.", "number" or "#" follows them: "Part no.
// 0451-2234", "Model number 4471-2290", "Catalogue no. 1190-22". Alone they are other words
// ("Part 107 pilots", "Model 3").
var codeHeads = setOf("part model catalogue catalog product item style stock")

// numberWord reports a token that is "no.", "number", "num", "nr" or "#".
func numberWord(t *token) bool {
	if t == nil {
		return false
	}
	switch t.lower() {
	case "no", "number", "num", "nr", "#":
		return true
	}
	return false
}

// intelModel reads an Intel processor's name as buyers and reviewers say it: "i7-13700K" i
// seven thirteen seven hundred k, "i5-1235U" i five twelve thirty five u, "i7-8700K" i seven
// eighty seven hundred k. It reports whether it did.
func (n *normalizer) intelModel(t *token) bool {
	c := t.core
	if len(c) < 7 || c[0] != 'i' || c[2] != '-' || !strings.ContainsRune("3579", rune(c[1])) {
		return false
	}
	rest := c[3:]
	d := 0
	for d < len(rest) && isDigit(rest[d]) {
		d++
	}
	suffix := rest[d:]
	if d < 4 || d > 5 || len(suffix) > 2 || strings.ToUpper(suffix) != suffix || !isLetterWord(suffix+"a") {
		return false
	}
	n.by("model number")
	w := []string{"i", onesWords[c[1]-'0']}
	w = appendModelDigits(w, rest[:d])
	for i := 0; i < len(suffix); i++ {
		w = append(w, strings.ToLower(suffix[i:i+1]))
	}
	n.emit(t.raw, w...)
	return true
}

// appendModelDigits reads a model's four or five digits as their makers say them: the first
// two as a number, then the rest in pairs ("13700" thirteen seven hundred, "1235" twelve
// thirty five, "8700" eighty seven hundred, "12450" twelve four fifty).
func appendModelDigits(dst []string, d string) []string {
	if len(d) == 4 {
		return appendPaired(dst, d)
	}
	dst = appendInteger(dst, d[:2])
	return appendPaired(dst, d[2:])
}

// hundredsModel reads four digits ending in two zeros after a product's capitalized name or an
// acronym as the hundreds its users say: "Dimensity 9300" ninety three hundred, "Exynos 2400",
// "ISO 3200" thirty two hundred. "Windows 2000", a name opening the sentence, a label ("Page
// 1200") and a count or unit after it ("Paris 1200 people", "1200 mg") stay. It reports
// whether it did.
func (n *normalizer) hundredsModel(t *token) bool {
	c := t.core
	if len(c) != 4 || !allDigits(c) || c[2:] != "00" || c[1] == '0' || t.pre != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || !isLetterWord(prev.core) || !isCapitalized(prev.core) && !isUpperWord(prev.core) ||
		n.i == 1 && !isUpperWord(prev.core) {
		return false
	}
	if l := prev.lower(); monthIndex[l] > 0 || quantityPrev[l] || labelPrev[l] || scaleNames[l] {
		return false
	}
	if next != nil && t.post == "" && (n.quantityNoun(next) || versionBlocker(next.core)) {
		return false
	}
	n.by("model number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// pronounSets are pairs of a set of pronouns as people give them ("she/her", "he/they",
// "they/them/theirs"): read as the pronouns, with no "slash" and no "or".
var pronounSets = setOf(`he/him she/her they/them he/they she/they they/he they/she him/his her/hers them/theirs
them/their xe/xem xem/xyr ze/zir zir/zirs ze/hir it/its`)

// nearWord reports a word of set within eight tokens of the current one (lower case).
func (n *normalizer) nearWord(set map[string]bool) bool {
	for k := max(0, n.i-8); k <= min(len(n.toks)-1, n.i+8); k++ {
		if k != n.i && set[strings.ToLower(n.toks[k].core)] {
			return true
		}
	}
	return false
}

// oddsTalk are words of betting that make a signed three-digit number American odds.
var oddsTalk = setOf(`odds underdog underdogs favourite favorite favourites favorites moneyline bet bets betting
wager sportsbook sportsbooks bookmakers line price priced payout`)

// americanOdds reads American odds, a signed number of three digits in a sentence of betting,
// in pairs as bettors say them: "a +150 underdog" plus one fifty, "at −110" minus one ten. It
// reports whether it did.
func (n *normalizer) americanOdds(t *token) bool {
	num, ok := americanPrice(t.core)
	if !ok {
		return false
	}
	if !n.nearWord(oddsTalk) {
		return false
	}
	n.emitOdds(t, num)
	return true
}

// coldTalk are words of physics and cold that make a spaced K after a number kelvin.
var coldTalk = setOf(`cooled cooling cool cold colder coldest heated heating temperature temperatures kelvin
cryogenic cryogenically superconducting superconductor superconductors helium nitrogen absolute zero
plasma thermal freezing`)

// kelvin reads a number followed by a spaced "K" as kelvin in a sentence of temperature or
// cold: "cooled to 4 K" four kelvin. "4K video" and "$50 K" are other readings. It returns the
// tokens used, or 0.
func (n *normalizer) kelvin(t *token) int {
	next := n.peek(1)
	if next == nil || next.core != "K" || t.post != "" || next.pre != "" || t.pre != "" {
		return 0
	}
	num, rest, ok := scanNumber(t.core)
	if !ok || rest != "" || !n.nearWord(coldTalk) {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(next.raw, "kelvin")
	return 2
}

// americanPrice reads s as an American price: a signed whole number of three digits, not
// starting with zero ("-110", "+250").
func americanPrice(s string) (number, bool) {
	num, rest, ok := scanNumber(s)
	if !ok || rest != "" || !num.neg && !num.plus || num.hasPoint || num.commas || len(num.intPart) != 3 || num.intPart[0] == '0' {
		return number{}, false
	}
	return num, true
}

// emitOdds says an American price as bettors do: its sign, then its digits in pairs ("-110"
// minus one ten).
func (n *normalizer) emitOdds(t *token, num number) {
	n.by("betting odds")
	sign := "plus"
	if num.neg {
		sign = "minus"
	}
	n.emit(t.raw, sign)
	n.emit(t.raw, appendPaired(nil, num.intPart)...)
}
