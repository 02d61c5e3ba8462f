package text

import "strings"

// Round twenty: misreadings noticed in rounds nineteen and twenty (held-out set 19, by a second
// hand new to the readers, had none in its dev half), each read as a class and tested on probe
// sentences of the round's own written before the reader, readings20.tsv. Each reader is
// guarded by the shapes its first test needs (README, Speed).

func (n *normalizer) round20Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	// Each reader's first test is on the token's first character, tested here once: most
	// tokens are words and leave at once.
	switch c0 := c[0]; {
	case isDigit(c0):
		if k := n.spacedRatio(t); k > 0 {
			return k
		}
		if n.nameNumberBeforeVerb(t) || n.codeAfterIs(t) || n.serviceCodeAfterOr(t) || n.buildNumber(t) || n.centsWithC(t) || n.numberAndWord(t) ||
			n.may(shColon) && (n.lineColumn(t) || n.clockWithSeconds(t)) || n.may(shSlash|shHyphen) && n.winLossRecord(t) {
			return 1
		}
	case c0 == '=':
		if n.letEqual(t) {
			return 1
		}
	case c0 >= 'a' && c0 <= 'z':
		if n.may(shColon) && n.imageTag(t) {
			return 1
		}
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) <= 4 && n.jitName(t) {
			return 1
		}
	}
	if t.pre == "[" && n.may(shColon) && n.bracketedIPv6(t) {
		return 1
	}
	return 0
}

// letEqual reads a spaced equals sign after "let" and a variable as "equal", "let x = 4" let x
// equal four, as a teacher says it (it was equals, which stays after any other word: "then
// x = 4"). Precondition: the token is "=", the one before a single letter, and the one before
// that "let", nothing written between.
func (n *normalizer) letEqual(t *token) bool {
	if t.core != "=" || t.pre != "" {
		return false
	}
	v, let := n.peek(-1), n.peek(-2)
	if v == nil || let == nil || v.post != "" || let.post != "" || v.pre != "" || len(v.core) != 1 || !isASCIILetter(rune(v.core[0])) || !strings.EqualFold(let.core, "let") {
		return false
	}
	n.by("symbol")
	n.emit(t.raw, "equal")
	return true
}

// lineColumn reads a line and a column after "line", "line 42:7" line forty two column seven,
// as compilers and editors give a place in a file (it was a ratio, forty two to seven, or a
// clock time). Precondition: one to five digits, a colon, one to three digits, right after
// "line" with nothing written between.
func (n *normalizer) lineColumn(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, ':')
	if i <= 0 || i > 5 || len(c)-i-1 < 1 || len(c)-i-1 > 3 || !allDigits(c[:i]) || !allDigits(c[i+1:]) || c[0] == '0' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "line") {
		return false
	}
	n.by("line and column")
	n.emit(t.raw, appendInteger(nil, c[:i])...)
	n.emit(t.raw, "column")
	n.emit(t.raw, appendInteger(nil, c[i+1:])...)
	return true
}

// clockOwners may stand before "time" when what follows is a clock's reading: "server time is
// 12:00:05", "local time: 09:00:30" ("her finishing time was 2:00:05" is a time taken).
var clockOwners = setOf("server system local current device host machine network the utc gmt clock")

// clockCueVerbs join a clock, a time or a timestamp to its reading.
var clockCueVerbs = setOf("is was reads read shows showed says said")

// clockWithSeconds reads a time of day with seconds where a clock is named before it, "Server
// time is 12:00:05" twelve o'clock and five seconds, "Local time: 09:00:30" oh nine hundred and
// thirty seconds, as the clock reads without seconds and "14:32:10 UTC" is read (it was a time
// taken: twelve hours and five seconds). Precondition: H:MM:SS or HH:MM:SS, a time of day
// (hours to 23), after "timestamp", after "time:" whose owner is a clock's, or after is, was,
// reads or shows after clock, timestamp or such a time.
func (n *normalizer) clockWithSeconds(t *token) bool {
	c := t.core
	if len(c) != 7 && len(c) != 8 || c[len(c)-3] != ':' || c[len(c)-6] != ':' {
		return false
	}
	h, m, s := c[:len(c)-6], c[len(c)-5:len(c)-3], c[len(c)-2:]
	if !allDigits(h) || !allDigits(m) || !allDigits(s) || atoiSmall(h) > 23 || atoiSmall(m) > 59 || atoiSmall(s) > 59 {
		return false
	}
	if !n.clockCue() {
		return false
	}
	var w []string
	if len(h) == 2 && h[0] == '0' && h != "00" && m == "00" {
		w = appendMilitary(nil, atoiSmall(h), 0) // a leading zero on a whole hour (README, Conventions)
		if sec := atoiSmall(s); sec > 0 {
			w = append(appendUnder100(append(w, "and"), sec), plural(sec == 1, "second", "seconds"))
		}
	} else {
		var ok bool
		if w, ok = clockTime(c, false); !ok {
			return false
		}
	}
	n.by("time")
	n.emit(t.raw, w...)
	return true
}

// clockCue reports a clock named just before the current token (see clockWithSeconds).
func (n *normalizer) clockCue() bool {
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	l := prev.lower()
	owner := func(off int) bool {
		o := n.peek(off)
		return o == nil || o.post == "" && clockOwners[o.lower()]
	}
	switch {
	case l == "timestamp" && (prev.post == "" || prev.post == ":"):
		return true
	case l == "time" && prev.post == ":":
		return owner(-2)
	case prev.post != "" || !clockCueVerbs[l]:
		return false
	}
	noun := n.peek(-2)
	if noun == nil || noun.post != "" {
		return false
	}
	switch noun.lower() {
	case "clock", "timestamp":
		return true
	case "time":
		return owner(-3)
	}
	return false
}

// imageSchemes are names before a colon that open an address, not an image or a service.
var imageSchemes = setOf("http https ftp file mailto tel sms data urn")

// imageTag reads a container image's name and tag or a service's name and port glued by a
// colon, "python:3.12-slim" python colon three point twelve dash slim, "redis:6379" redis colon
// sixty three seventy nine, as what a listener types is read (README, Conventions: the colon,
// the dash; a port in pairs, as after a host). It was the name and a garbled number with the
// colon dropped. Precondition: a name of two or more lower-case letters, a colon, and a port
// (up to five digits without a leading zero) or a tag that opens with a version or a number
// and goes on with dashed words or numbers ("16:9", "John 3:16" have no name; "Note:5" a
// capital); the name a known image or service, or a word of containers in the sentence (round
// twenty-five: "ratio:3", "score:3" stay a label and its value).
func (n *normalizer) imageTag(t *token) bool {
	c := t.core
	i := strings.IndexByte(c, ':')
	if i < 2 || i+1 >= len(c) || !isDigit(c[i+1]) {
		return false
	}
	name, tag := c[:i], c[i+1:]
	for k := 0; k < len(name); k++ {
		if name[k] < 'a' || name[k] > 'z' {
			return false
		}
	}
	if imageSchemes[name] || name == "localhost" { // a host's port is hostPort's
		return false
	}
	if !imageNames[name] && !n.fact(factContainer) {
		return false // round twenty-five: "ratio:3", "score:3" are a label and its value
	}
	parts := strings.Split(tag, "-")
	first := parts[0]
	switch {
	case len(parts) == 1 && isPort(first):
	case isVersionString(first) || allDigits(first) && len(first) <= 3 && (first[0] != '0' || first == "0"):
	default:
		return false
	}
	for _, p := range parts[1:] {
		if p == "" || !allDigits(p) && !isLowerWord(p) || allDigits(p) && len(p) > 3 {
			return false
		}
	}
	n.by("image tag")
	n.word(t.raw, name)
	n.emit(t.raw, "colon")
	switch {
	case len(parts) == 1 && isPort(first):
		n.emit(t.raw, appendPort(nil, first)...)
	case isVersionString(first):
		n.emit(t.raw, appendVersion(nil, first)...)
	default:
		n.emit(t.raw, appendInteger(nil, first)...)
	}
	for _, p := range parts[1:] {
		n.emit(t.raw, "dash")
		if allDigits(p) {
			n.emit(t.raw, appendInteger(nil, p)...)
		} else {
			n.word(t.raw, p)
		}
	}
	return true
}

// isLowerWord reports one or more ASCII lower-case letters and nothing else.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// bracketedIPv6 reads an IPv6 address in brackets with a port, "[::1]:8080" colon colon one
// colon eighty eighty, "[2001:db8::7]:3000": each colon said, each group's digits and letters
// one by one, the port in pairs as after a host (README, Conventions). It was read as numbers
// with the colons dropped. Precondition: an opening bracket, hexadecimal digits and at least
// two colons, "]:" and a port.
func (n *normalizer) bracketedIPv6(t *token) bool {
	if t.pre != "[" {
		return false
	}
	addr, port, ok := strings.Cut(t.core, "]:")
	if !ok || !isPort(port) || strings.Count(addr, ":") < 2 || len(addr) > 39 {
		return false
	}
	for i := 0; i < len(addr); i++ {
		if c := addr[i]; !isDigit(c) && c != ':' && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	n.by("web address")
	for i := 0; i < len(addr); i++ {
		switch c := addr[i]; {
		case c == ':':
			n.emit(t.raw, "colon")
		case isDigit(c):
			n.emit(t.raw, onesWords[c-'0'])
		default:
			n.emitLetter(t.raw, strings.ToLower(addr[i:i+1]))
		}
	}
	n.emit(t.raw, "colon")
	n.emit(t.raw, appendPort(nil, port)...)
	return true
}

// jitName reads JIT as the word its users say, jit, and a capital before it spelled, "YJIT" y
// jit, "ZJIT" z jit (it was spelled: y j i t). Precondition: JIT, or one capital and JIT.
func (n *normalizer) jitName(t *token) bool {
	c := t.core
	if !strings.HasSuffix(c, "JIT") || len(c) > 4 || len(c) == 4 && (c[0] < 'A' || c[0] > 'Z') {
		return false
	}
	n.by("acronym")
	if len(c) == 4 {
		n.emitLetter(t.raw, strings.ToLower(c[:1]))
	}
	n.emit(t.raw, "jit")
	return true
}

// winLossLabels name a record of wins and losses.
var winLossLabels = setOf("win/loss win-loss w/l w-l won/lost won-lost record")

// winLossRecord reads a pair of counts after a win-loss label, "Win/loss: 12/4" twelve and
// four, "W-L: 8-3" eight and three, as records are said (README, Conventions: records "and";
// it was twelve four, eight to three). Precondition: two counts of one to three digits joined
// by a slash or a hyphen, right after the label (with or without its colon) or after is, was or
// of after it ("the record was set on 12/4" is a date).
func (n *normalizer) winLossRecord(t *token) bool {
	c := t.core
	k := strings.IndexAny(c, "/-")
	if k < 1 || k > 3 || len(c)-k-1 < 1 || len(c)-k-1 > 3 || !allDigits(c[:k]) || !allDigits(c[k+1:]) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	label := prev
	if prev.post == "" && (prev.core == "is" || prev.core == "was" || prev.core == "of") {
		label = n.peek(-2)
		if label == nil || label.post != "" {
			return false
		}
	} else if prev.post != "" && prev.post != ":" {
		return false
	}
	if !winLossLabels[label.lower()] {
		return false
	}
	n.by("win-loss record")
	n.emit(t.raw, appendInteger(nil, c[:k])...)
	n.emit(t.raw, "and")
	n.emit(t.raw, appendInteger(nil, c[k+1:])...)
	return true
}

// singularVerbs after a name and its number show the pair is the subject, not a count: "Microsoft
// 365 is down" ("About 300 are" is a count, and "about" a quantity word).
var singularVerbs = setOf("is was has does remains includes supports offers adds gets uses now also")

// nameNumberBeforeVerb reads a three-digit number after a name in pairs where the name's
// reader stopped short: an acronym before a number before a verb in -s, "RFC 793 defines TCP"
// (read as a count, since "John 250 times" is one), and a name opening a sentence before a
// singular verb, "Microsoft 365 is down" (a capital opening a sentence is no name by itself:
// "About 300 people"). Both read as after the name mid-sentence: seven ninety three, three sixty
// five. Precondition: three digits without a leading zero, no sign or point, after a letter word
// with a capital that is no quantity, label, month or scale word, nothing written between.
func (n *normalizer) nameNumberBeforeVerb(t *token) bool {
	c := t.core
	if len(c) != 3 || c[0] == '0' || !allDigits(c) || t.pre != "" || t.post != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" || !isCapitalized(prev.core) || !isLetterWord(prev.core) {
		return false
	}
	l := prev.lower()
	if monthIndex[l] > 0 || quantityPrev[l] || labelPrev[l] || scaleNames[l] || pairedLabel[l] {
		return false
	}
	if v := atoiSmall(c); v == 911 || v == 999 || v == 111 {
		return false // emergency and service numbers are the code readers'
	}
	nx := next.core
	switch {
	case isUpperWord(prev.core) && len(prev.core) >= 2 && len(prev.core) <= 5:
		if _, ok := currencyCodes[prev.core]; ok || len(nx) <= 3 || !isLowerWord(nx) || !strings.HasSuffix(nx, "s") || strings.HasSuffix(nx, "ss") {
			return false
		}
		if _, unit := unitWord(nx, true); unit {
			return false
		}
	case n.i == 1 && !isUpperWord(prev.core):
		if !singularVerbs[nx] {
			return false
		}
	default:
		return false
	}
	n.by("number read in pairs")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// buildNumber reads a software build's number after "build": four digits in pairs, five or
// more one by one, and after a point one by one, "build 22631.3155" two two six three one
// point three one five five, "build 1234" twelve thirty four (it was a count: twenty two
// thousand six hundred thirty one). Precondition: right after build (with or without a colon),
// four digits or more without a leading zero, not before a plural noun ("to build 2000 homes").
func (n *normalizer) buildNumber(t *token) bool {
	whole, frac, point, ok := n.buildShape(t)
	if !ok {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && len(next.core) > 3 && isLowerWord(next.core) && strings.HasSuffix(next.core, "s") && !verbish[next.core] {
		return false
	}
	n.emitBuild(t, whole, frac, point)
	return true
}

// buildShape reports a build's number right after "build" (with or without a colon): four
// digits or more without a leading zero, perhaps a point and more digits; it returns the parts.
func (n *normalizer) buildShape(t *token) (whole, frac string, point, ok bool) {
	whole, frac, point = strings.Cut(t.core, ".")
	if len(whole) < 4 || len(whole) > 12 || whole[0] == '0' || !allDigits(whole) || point && (frac == "" || len(frac) > 8 || !allDigits(frac)) || t.pre != "" {
		return "", "", false, false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" && prev.post != ":" || !strings.EqualFold(prev.core, "build") {
		return "", "", false, false
	}
	return whole, frac, point, true
}

// emitBuild reads a build's number: four digits in pairs, five or more one by one, and after a
// point one by one.
func (n *normalizer) emitBuild(t *token, whole, frac string, point bool) {
	n.by("build number")
	if len(whole) == 4 {
		n.emit(t.raw, appendPaired(nil, whole)...)
	} else {
		n.emit(t.raw, appendDigitNames(nil, whole, false)...)
	}
	if point {
		n.emit(t.raw, "point")
		n.emit(t.raw, appendDigitNames(nil, frac, false)...)
	}
}

// centsBefore and centsAfter are words around a price in cents written with c: "rose 7c a
// litre", "up 3c this week", "cost 1c more".
var (
	centsBefore = setOf("up down rose fell cost costs costing by at only just save saves saving extra added cut jumped dropped climbed slipped")
	centsAfter  = setOf("a per each off more less cheaper dearer")
)

// centsWithC reads a price in cents written with c, "7c a litre" seven cents (it was seven c),
// as Australian and Irish prices are written. Precondition: one or two digits and c, after a
// word of price change or cost or before a (per, each, off, more, less); a label's ("grade 7c",
// "room 7c") is not read.
func (n *normalizer) centsWithC(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 3 || c[len(c)-1] != 'c' || !allDigits(c[:len(c)-1]) || c[0] == '0' || t.pre != "" {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev != nil && (labelPrev[prev.lower()] || pairedLabel[prev.lower()] || strings.EqualFold(prev.core, "grade")) {
		return false
	}
	before := prev != nil && prev.post == "" && centsBefore[prev.lower()]
	after := next != nil && t.post == "" && centsAfter[next.core]
	if !before && !after {
		return false
	}
	v := c[:len(c)-1]
	n.by("money")
	n.emit(t.raw, appendInteger(nil, v)...)
	n.emit(t.raw, plural(v == "1", "cent", "cents"))
	return true
}

// spacedRatio reads two numbers around a spaced colon as a ratio, "3 : 2" three to two (the
// colon was a pause: three two), as "3:2" is read. Precondition: one to three digits, a colon
// standing alone, one to three digits, not after a label ("Chapter 3 : 2 …") or a clock's
// preposition ("at 10 : 30").
func (n *normalizer) spacedRatio(t *token) int {
	c := t.core
	if len(c) > 3 || !allDigits(c) || t.post != "" || t.pre != "" {
		return 0
	}
	colon, b := n.peek(1), n.peek(2)
	if colon == nil || b == nil || colon.raw != ":" || b.pre != "" || len(b.core) > 3 || b.core == "" || !allDigits(b.core) {
		return 0
	}
	if prev := n.peek(-1); prev != nil {
		l := prev.lower()
		if labelPrev[l] || pairedLabel[l] || clockPrepositions[l] || ratioBlockers[l] {
			return 0
		}
	}
	n.by("ratio")
	n.emit(t.raw, appendInteger(nil, c)...)
	n.emit(colon.raw, "to")
	n.emit(b.raw, appendInteger(nil, b.core)...)
	return 3
}

// ratioBlockers are labels a number after which opens a heading, not a ratio.
var ratioBlockers = setOf("part act scene book volume vol question q stage phase round session lesson unit psalm")

// numberAndWord reads a number glued to "and" and a word, "23andme" twenty three and me (it was
// twenty three andme; "23andMe" was already split at its capital). Precondition: one to three
// digits, "and", and a lower-case word the lexicon knows.
func (n *normalizer) numberAndWord(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	if k == 0 || k > 3 || !strings.HasPrefix(c[k:], "and") || len(c) == k+3 || n.opts.IsWord == nil {
		return false
	}
	rest := c[k+3:]
	if !isLowerWord(rest) || !n.opts.IsWord(rest) {
		return false
	}
	n.by("number and letters")
	n.emit(t.raw, appendInteger(nil, c[:k])...)
	n.emit(t.raw, "and")
	n.word(t.raw, rest)
	return true
}

// codeNouns name a code whose number is read digit by digit (digitContext's, where the number
// stands further from them).
var codeNouns = setOf("zip zipcode postcode pin passcode")

// codeAfterIs reads a code's number digit by digit where the code is named earlier in the
// clause and joined to it by is or was, "The ZIP code for the Capitol is 20004" two zero zero
// zero four (after the held19 unseen measurement; it was a count, as only "zip code 20004" with
// nothing between, or with is alone between, was read so). Precondition: four to ten digits,
// after is or was, a code noun at most six tokens before that, no punctuation between.
func (n *normalizer) codeAfterIs(t *token) bool {
	c := t.core
	if len(c) < 4 || len(c) > 10 || !allDigits(c) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core != "is" && prev.core != "was" {
		return false
	}
	for off := -2; off >= -7; off-- {
		p := n.peek(off)
		if p == nil || p.post != "" {
			return false
		}
		l := p.lower()
		if codeNouns[l] {
			break
		}
		if l == "code" {
			if z := n.peek(off - 1); z != nil && z.post == "" && strings.EqualFold(z.core, "zip") {
				break
			}
		}
		if off == -7 {
			return false
		}
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, c, false)...)
	return true
}

// serviceCodeAfterOr reads a second service number (211 to 911) after not, or or and in a
// sentence that dials one, "Dial 911 in an emergency, not 411" four one one (after the held19
// unseen measurement; it was a count, as only a number right after dial or call was read
// digit by digit). Precondition: N11, after not, or or and, a dialling verb earlier in the
// sentence (at most twelve tokens back), no plural noun after it ("not 411 people").
func (n *normalizer) serviceCodeAfterOr(t *token) bool {
	c := t.core
	if len(c) != 3 || c[1] != '1' || c[2] != '1' || c[0] < '2' || !allDigits(c) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	switch prev.lower() {
	case "not", "or", "and":
	default:
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && plainPlural(next.core) {
		return false
	}
	for off := -2; off >= -12; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if serviceVerbs[p.lower()] {
			n.by("code digits")
			n.emit(t.raw, appendDigitNames(nil, c, false)...)
			return true
		}
	}
	return false
}

// mathNounOfPhrase reports is or was (the token before the current one) after a mathematical
// noun and its of phrase, "the slope of the line is −2", "the sum of the roots was −4", where
// a minus is negative as after the noun itself (README, Conventions; after the held19 unseen
// measurement: it was minus). Precondition: noun, of, an optional article, one word, is or
// was, nothing written between.
func (n *normalizer) mathNounOfPhrase() bool {
	for off := -3; off >= -4; off-- {
		of, noun := n.peek(off), n.peek(off-1)
		if of == nil || noun == nil {
			return false
		}
		if of.core != "of" || of.post != "" || noun.post != "" || !mathNouns[noun.lower()] {
			continue
		}
		for k := off + 1; k <= -2; k++ {
			if p := n.peek(k); p == nil || p.post != "" || k < -2 && !articles[p.lower()] {
				return false
			}
		}
		return true
	}
	return false
}

// articles may stand between "of" and its noun in mathNounOfPhrase.
var articles = setOf("the a an this that its")
