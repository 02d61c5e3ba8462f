package text

import "strings"

// Round thirteen of issue 18: readers for classes the dev half of held-out set 12 (news wire
// copy, scripts, social threads, chat logs, recipes, notices, abstracts, conversational answers)
// and fresh probe sentences found.

// oddsOn reports that a pair x/y with x below y before "to win" is an odds-on price, not a
// fraction: a be-verb or a word of betting comes right before it ("City are 4/6 to win the
// league", "priced at 8/11 to lift the cup"). A fraction before "to win" has other words before
// it ("needs 2/3 to win", "a 2/3 majority to pass").
func (n *normalizer) oddsOn(x, y int) bool {
	if x < 1 || x >= y {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return false
	}
	l := strings.ToLower(strings.ReplaceAll(p.core, "’", "'"))
	switch {
	case strings.HasSuffix(l, "'re"):
		l = "are" // "they're 4/6 to win"
	case strings.HasSuffix(l, "'s"):
		l = "is" // "she's 1/2 to win"
	}
	return beVerbs[l] || l == "at" || oddsWords[l]
}

// fractionNouns name a fraction in words; a bracketed pair after one restates it.
var fractionNouns = setOf("half halves third thirds quarter quarters fifth sixth seventh eighth ninth tenth fraction share proportion ratio")

// threadCount reads "(1/7)" closing a sentence as the place of a post in a thread: "a thread on
// housing costs (1/7)" one of seven. Only a bracketed pair of whole numbers, the first not above
// the second, after at least two words and with nothing but emoji or a full stop after it, is
// read so; "(1/2 cup)" and "(3/4 full)" have a word after them inside the bracket and stay
// fractions; after a fraction in words ("a third (1/3)") it restates it. A bracketed pair opening
// a sentence before a capitalized word opens a post: "(1/5) Let's talk". It reports whether it
// read the token.
func (n *normalizer) threadCount(t *token, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > y || y < 2 || y > 99 || len(a) > 2 || len(b) > 2 || a[0] == '0' || b[0] == '0' {
		return false
	}
	if !strings.HasPrefix(t.pre, "(") && !strings.HasPrefix(t.pre, "[") || !strings.HasPrefix(t.post, ")") && !strings.HasPrefix(t.post, "]") {
		return false
	}
	read := func() bool {
		n.by("thread count")
		n.emitJoined(t.raw, a, b, "of")
		return true
	}
	if p := n.peek(-1); p == nil {
		// Opening a post: "(1/5) Let's talk about rents", a capitalized word after it.
		nt := n.peek(1)
		if nt == nil || nt.pre != "" || nt.core == "" || nt.core[0] < 'A' || nt.core[0] > 'Z' {
			return false
		}
		return read()
	} else if fractionNouns[p.lower()] || strings.HasSuffix(p.lower(), "ths") {
		return false // "close to a third (1/3)" restates the fraction
	}
	words := 0
	for off := -1; off >= -2; off-- {
		if p := n.peek(off); p != nil && p.core != "" && isASCIILetter(rune(p.core[0])) {
			words++
		}
	}
	if words < 2 {
		return false
	}
	for off := 1; ; off++ {
		nt := n.peek(off)
		if nt == nil {
			break
		}
		if w, k := emojiAt(nt.raw); k != len(nt.raw) || len(w) == 0 {
			return false
		}
	}
	return read()
}

// signedExponent reports that a hyphen between before and after is the sign of an exponent, not
// a compound's joint: "10^-3" (a power of ten) and "3e-4" (E notation, as in "lr=3e-4"), where
// before is the piece of the compound up to the hyphen and after the text past it.
func signedExponent(before, after string) bool {
	if after == "" || !isDigit(after[0]) || len(before) < 2 {
		return false
	}
	last := before[len(before)-1]
	if last == '^' {
		return isDigit(before[len(before)-2])
	}
	if last != 'e' && last != 'E' {
		return false
	}
	m := before[:len(before)-1]
	if k := strings.LastIndexAny(m, "=:("); k >= 0 {
		m = m[k+1:]
	}
	num, rest, ok := scanNumber(m)
	return ok && rest == "" && !num.commas
}

// round13Token tries the round-thirteen readers on the token at n.i and returns the tokens used,
// or 0.
func (n *normalizer) round13Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shPunct) && n.mainsVolts(t) || n.may(shSlash) && n.modelTiers(t) || n.may(shDigit) && n.countMultiplier(t) {
		return 1
	}
	if n.may(shDigit) {
		if k := n.britishPlate(t); k > 0 { // "AB12 CDE"
			return k
		}
	}
	if n.may(shUpper | shWide) {
		if k := n.monthShortYear(t); k > 0 { // a capitalized month
			return k
		}
	}
	if n.may(shLower) && n.episodeAbbrev(t) { // "Ep", "ep"
		return 1
	}
	if isDigit(t.core[0]) {
		if n.may(shHyphen | shWide) {
			if k := n.dayRangeMonth(t); k > 0 { // a dash
				return k
			}
		}
		if k := n.dayPairMonth(t); k > 0 {
			return k
		}
	}
	return 0
}

// mainsVolts reads "V~", the rating plate's sign of alternating current, after a number as volts
// AC: "230 V~ 50 Hz" two hundred thirty volts a c, "230V~". A "~" before a number stays
// approximately ("~230 V").
func (n *normalizer) mainsVolts(t *token) bool {
	c := t.core
	if !strings.HasSuffix(c, "V~") {
		return false
	}
	num := c[:len(c)-len("V~")]
	if num == "" {
		p := n.peek(-1)
		if p == nil || p.post != "" || p.core == "" || !isDigit(p.core[len(p.core)-1]) {
			return false
		}
		if _, rest, ok := scanNumber(p.core); !ok || rest != "" {
			return false
		}
	} else if v, rest, ok := scanNumber(num); !ok || rest != "" || v.neg {
		return false
	}
	n.by("mains volts")
	if num != "" {
		v, _, _ := scanNumber(num)
		n.emit(t.raw, appendNumber(nil, v)...)
	}
	n.emit(t.raw, "volts")
	n.emitLetter(t.raw, "a")
	n.emitLetter(t.raw, "c")
	return true
}

// modelTiers are the words a maker puts after a model name for its variants.
var modelTiers = setOf("pro max plus ultra mini lite air se xl fe")

// modelTiers reads a slash between two variant names of a model as "and": "iPhone 16 Pro/Pro
// Max" sixteen pro and pro max, "M3 Pro/Max", "Pixel 9 Pro/XL". Both sides must be capitalized
// tier words; "Pro/Con" and "plus/minus" stay as they were.
func (n *normalizer) modelTiers(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || b == "" || strings.Contains(b, "/") {
		return false
	}
	if a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' || !modelTiers[strings.ToLower(a)] || !modelTiers[strings.ToLower(b)] {
		return false
	}
	n.by("model tiers")
	n.part(t.raw, a)
	n.emit(t.raw, "and")
	n.part(t.raw, b)
	return true
}

// ageWords before a range make it ages, not days.
var ageWords = setOf("aged ages age children kids pupils years")

// dayRangeMonth reads a range of days before a month name as two dates, the day first: "closed
// 24–26 December" the twenty fourth to the twenty sixth of december, "3-7 Mar 2027" with its
// year, "10th–14th June". The first day must be before the second and the month written as the
// day-first date reader accepts it ("3-7 mar" in lower case, or a score "won 3-1 May said", is
// left alone: May needs a year or the end of the sentence after it), and a range after a label
// ("pages 12-14"), a word of quantity or age ("aged 7-11") or a word of scores is no date. It
// returns the tokens used, or 0.
func (n *normalizer) dayRangeMonth(t *token) int {
	if t.pre != "" || t.post != "" {
		return 0
	}
	c := strings.ReplaceAll(t.core, "–", "-")
	a, b, ok := strings.Cut(c, "-")
	if !ok {
		return 0
	}
	d1, ok1 := dayNumber(a)
	d2, ok2 := dayNumber(b)
	if !ok1 || !ok2 || d1 >= d2 || allDigits(a) != allDigits(b) {
		return 0
	}
	next := n.peek(1)
	m := month(next)
	if m == 0 || next.pre != "" {
		return 0
	}
	if p := n.peek(-1); p != nil {
		if pl := p.lower(); labelPrev[pl] || quantityPrev[pl] || ageWords[pl] {
			return 0 // "pages 12-14 March report", "aged 7-11"
		}
	}
	for off := -1; off >= -3; off-- {
		if p := n.peek(off); p != nil && scoreWords[p.lower()] {
			return 0 // "the score was 3-7 May."
		}
	}
	l := next.lower()
	y, hasYear := yearNumber(n.peek(2))
	hasYear = hasYear && (next.post == "" || next.post == ",")
	switch {
	case l == "may" && !hasYear && !strings.HasPrefix(next.post, "."):
		return 0
	case len(l) <= 4 && l != "may" && l != "june" && l != "july" && len(next.core) < 3:
		return 0
	}
	words := []string{}
	if prev := n.peek(-1); prev == nil || !strings.EqualFold(prev.core, "the") || prev.post != "" {
		words = append(words, "the")
	}
	words = appendDayOrdinal(words, d1)
	words = append(words, "to", "the")
	words = appendDayOrdinal(words, d2)
	words = append(words, "of", monthNames[m])
	used := 2
	if hasYear {
		words = appendYear(words, y)
		used = 3
	}
	n.by("date range")
	n.emit(t.raw, words...)
	return used
}

// articleBeforeNoun reports a number between "a", "an" or another determiner and a lower-case
// word, so that the number measures the word: "a 6' fence", "an 8′ ladder", "the 10' ceiling".
func articleBeforeNoun(prev, next *token) bool {
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || next.core == "" || next.core[0] < 'a' || next.core[0] > 'z' {
		return false
	}
	return (strings.EqualFold(prev.core, "a") || strings.EqualFold(prev.core, "an") || determiners66[prev.lower()]) && !notMeasured[next.core]
}

// determiners66 stand before a measured noun as "a" does: "the 10' ceiling" the ten foot ceiling,
// "their 12' boat" (the lead's round sixty-six; it was the number alone, or feet). Not "every"
// or "each", after which the number counts feet ("posts every 6' along the fence").
var determiners66 = setOf("the this that his her their our my its your")

// notMeasured are words after "a 6'" that show the apostrophe closes a quotation or the number
// is no measure: "'get a 6' and left", "rolled a 6' twice".
var notMeasured = setOf("and or but nor to of in on at for with from by as than then twice again that which who is was")

// singleQuoteOpen reports a single quotation mark opening one of the 30 tokens before the current
// one, so that an apostrophe after a number may close it (a bounded look keeps the work linear).
func (n *normalizer) singleQuoteOpen() bool {
	for k := max(0, n.i-30); k < n.i && k < len(n.toks); k++ {
		n.work++
		if p := n.toks[k].pre; strings.ContainsAny(p, "'‘") {
			return true
		}
	}
	return false
}

// mathOps are tokens of arithmetic: before one, "x2" is a variable.
var mathOps = setOf("+ - − = × * / < > ≤ ≥ ^ ÷")

// multiplierBlock are words after which "x2" is a variable or a name, not a count.
var multiplierBlock = setOf("of and or the a an on at in to is are was be by for with from than if let where when then solve ext extension tel phone model")

// currencyLead reports a token that begins with a currency sign: "£12.99".
func currencyLead(s string) (string, bool) {
	for _, sign := range []string{"$", "£", "€", "¥", "₹"} {
		if rest, ok := strings.CutPrefix(s, sign); ok && rest != "" && isDigit(rest[0]) {
			return rest, true
		}
	}
	return s, false
}

// countMultiplier reads "x2" after an item or an amount as how many of it: "Coffee x2, muffin
// x1" coffee times two, muffin times one; "(£12.99 x2)". Only a lower-case x and one or two
// digits up to 20, after a word that names an item or an amount, with no sign of arithmetic after
// it: "energy x2 = 8", "x₁ + x₂", "of x₁ and x₂" and "solve x2 + 3" keep the variable, "BMW X2" the model,
// "555-0199 x31" the extension, "ARM and x64" the processor.
func (n *normalizer) countMultiplier(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 3 || c[0] != 'x' || !allDigits(c[1:]) || c[1] == '0' || t.pre != "" && t.pre != "(" {
		return false
	}
	if atoiSmall(c[1:]) > 20 {
		return false // "x64", "x86": processors
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || next != nil && t.post == "" && (mathOps[next.core] || strings.HasPrefix(next.core, "=")) {
		return false
	}
	_, cur := currencyLead(prev.core)
	if !cur && (!isLetterWord(prev.core) || multiplierBlock[prev.lower()]) {
		return false // "555-0199 x31" an extension, "of x₁ and x₂" variables
	}
	n.by("times")
	n.emit(t.raw, "times")
	n.emit(t.raw, appendInteger(nil, c[1:])...)
	return true
}

// mathSlash reports a spaced slash between two terms of an equation: "(3 + 5 + 7) / 3 = 5" divided
// by three, "speed = distance / time". An equals sign must be within eight tokens of it; "S / M /
// L" and "400 g / 14 oz" are no equation.
func (n *normalizer) mathSlash() bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" && prev.post != ")" || next.pre != "" && next.pre != "(" {
		return false
	}
	for off := -8; off <= 8; off++ {
		if p := n.peek(off); off != 0 && p != nil && (p.core == "=" || p.core == "≈") {
			return true
		}
	}
	return false
}

// plateWords before a code make it a vehicle registration.
var plateWords = setOf("reg reg. registration registered plate plates numberplate vrm")

// britishPlate reads a current British number plate (two letters, two digits, then three
// letters: "KX19 LMO") after a word of registration, as police appeals say it, one character at
// a time: k x one nine l m o (it was k x nineteen). "FY25 EPS" after no such word stays as it was.
// It returns the tokens used, or 0.
func (n *normalizer) britishPlate(t *token) int {
	c, next := t.core, n.peek(1)
	if len(c) != 4 || !isUpperLetter(c[0]) || !isUpperLetter(c[1]) || !isDigit(c[2]) || !isDigit(c[3]) || t.post != "" ||
		next == nil || next.pre != "" || len(next.core) != 3 || !isUpperLetter(next.core[0]) || !isUpperLetter(next.core[1]) || !isUpperLetter(next.core[2]) {
		return 0
	}
	found := false
	for off := -1; off >= -3 && !found; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		found = plateWords[p.lower()]
	}
	if !found {
		return 0
	}
	n.by("number plate")
	for i := 0; i < 4; i++ {
		if isDigit(c[i]) {
			n.emit(t.raw, onesWords[c[i]-'0'])
		} else {
			n.emitLetter(t.raw, c[i:i+1])
		}
	}
	for i := 0; i < 3; i++ {
		n.emitLetter(next.raw, next.core[i:i+1])
	}
	return 2
}

// monthShortYear reads a month and a year cut to two digits with an apostrophe: "Oct '23"
// october twenty three (it was oct), "March ’05" march oh five.
func (n *normalizer) monthShortYear(t *token) int {
	next := n.peek(1)
	m := month(t)
	if m == 0 || next == nil || t.post != "" && t.post != "." {
		return 0
	}
	y := next.pre + next.core
	cut := strings.TrimPrefix(strings.TrimPrefix(y, "'"), "’")
	if cut == y || len(cut) != 2 || !allDigits(cut) {
		return 0
	}
	y = cut
	n.by("date")
	n.emit(t.raw, monthNames[m])
	n.emit(next.raw, yearTwo(nil, atoiSmall(y))...)
	return 2
}

// episodeAbbrev reads "Ep" without its full stop before a number as episode: "Ep 5 is out" (it
// was e p). "EP" in capitals may be a record ("the band's EP 2") and stays.
func (n *normalizer) episodeAbbrev(t *token) bool {
	next := n.peek(1)
	if t.core != "Ep" && t.core != "ep" || t.post != "" || next == nil || next.pre != "" && next.pre != "#" || next.core == "" || !isDigit(next.core[0]) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "episode")
	return true
}

// dayPairMonth reads two days joined by "and" or "&" before a month name as dates, the day first:
// "closed on 25 and 26 December" the twenty fifth and twenty sixth of december (the first was a
// cardinal; the second was read as a date already). The first day must be before the second. It
// returns the tokens used, or 0.
func (n *normalizer) dayPairMonth(t *token) int {
	and, d2t, mt := n.peek(1), n.peek(2), n.peek(3)
	if t.pre != "" || t.post != "" || and == nil || d2t == nil || mt == nil || and.post != "" || d2t.post != "" || d2t.pre != "" || mt.pre != "" {
		return 0
	}
	if l := and.lower(); l != "and" && l != "&" {
		return 0
	}
	d1, ok1 := dayNumber(t.core)
	d2, ok2 := dayNumber(d2t.core)
	m := month(mt)
	if !ok1 || !ok2 || d1 >= d2 || m == 0 || allDigits(t.core) != allDigits(d2t.core) || len(mt.core) < 3 {
		return 0
	}
	words := []string{}
	if p := n.peek(-1); p == nil || !strings.EqualFold(p.core, "the") || p.post != "" {
		words = append(words, "the")
	}
	words = appendDayOrdinal(words, d1)
	words = append(words, "and")
	words = appendDayOrdinal(words, d2)
	words = append(words, "of", monthNames[m])
	used := 4
	if y, ok := yearNumber(n.peek(4)); ok && (mt.post == "" || mt.post == ",") {
		words = appendYear(words, y)
		used = 5
	}
	n.by("date")
	n.emit(t.raw, words...)
	return used
}
