package text

import "strings"

// Round eighty-six (issue 18): held65's dev misses (IT operations: logs quoted in tickets,
// post-mortems, networking, cloud pricing and instance types, tool changelogs, on-call chat,
// spreadsheet and accounting exports), each read as a class on probe sentences written before
// the readers (readings86.tsv). Operations' and spreadsheets' initialisms said as words (NOC,
// VLAN, CNAME, IOPS, VLOOKUP…) are read where every acronym is, in abbrev.go's acronymReadings.

// r86Shape reports a token core one of the round's readers may read: a second byte that is no
// lower-case letter (a number, a capital, a point or a colon: a port, a status code's plural, an
// instance type, a data unit, a cell range, "$/GB", "=SUM(…)"), a capital or a digit before a
// final s (vCPUs, PhDs, 404s), or GiB and its kin. Most tokens, words in lower case or
// capitalized, fail it at once, so dispatch.go asks it before the call (speed).
func r86Shape(c string) bool {
	return len(c) >= 2 && (c[1] < 'a' || c[0] <= '9' || c[len(c)-1] == 's' && c[len(c)-2] < 'a' || c[1] == 'i' && len(c) > 2 && c[2] == 'B')
}

// round86Token runs the round's readers, each behind a test of the token's own bytes; it
// returns the tokens used.
func (n *normalizer) round86Token(t *token) int {
	c := t.core
	if n.inPart != 0 {
		return 0
	}
	c0, last := c[0], c[len(c)-1]
	if len(c) <= 4 && isDigit(c[1]) && (c0|0x20) >= 'a' && (c0|0x20) <= 'z' && n.may(shDigit) {
		if w := r86Numeronyms[t.lower()]; w != "" {
			n.by("numeronym")
			n.emit(t.raw, w)
			return 1
		}
	}
	switch {
	case c0 >= '1' && c0 <= '9':
		if len(c) == 4 && last == 's' && n.may(shDigit) {
			return oneIf(n.r86StatusPlural(t))
		}
		if (last == 'd' || last == 'm') && len(c) <= 4 && n.may(shLower) {
			return oneIf(n.r86GluedSpan(t))
		}
		if len(c) == 3 && n.may(shDigit) && n.r86StatusAlone(t) {
			return 1
		}
		if (len(c) == 3 || len(c) == 4) && n.may(shDigit) {
			return oneIf(n.r86Port(t))
		}
	case c0 >= 'a' && c0 <= 'z':
		if isDigit(c[1]) && n.may(shDot) {
			return oneIf(n.r86InstanceType(t))
		}
		if last == 's' && n.may(shUpper) {
			return oneIf(n.r86CamelPlural(t))
		}
	case c0 >= 'A' && c0 <= 'Z':
		if n.may(shColon) && isDigit(last) {
			return oneIf(n.r86CellRange(t))
		}
		if last == 's' && c[len(c)-2] >= 'A' && c[len(c)-2] <= 'Z' && n.may(shLower) {
			return oneIf(n.r86CamelPlural(t))
		}
		if len(c) <= 12 && (c[1] == 'B' || c[1] == 'i') {
			return n.r86DataUnit(t)
		}
	case c0 == '$':
		if n.may(shSlash) {
			return n.r86PerDataUnit(t)
		}
	case c0 == '=':
		if n.may(shColon) {
			return oneIf(n.r86Formula(t))
		}
	case c0 == ':':
		if c == "::1" || c == "::/0" {
			n.by("address")
			n.emit(t.raw, "colon", "colon")
			if c == "::1" {
				n.emit(t.raw, "one")
			} else {
				n.emit(t.raw, "slash", "zero")
			}
			return 1
		}
	}
	return 0
}

// r86ListenVerbs are the verbs a server's port follows with their preposition: "listens on
// 5432", "binds to 6379", "exposes 8443".
var r86ListenVerbs = map[string]string{
	"listen": "on", "listens": "on", "listening": "on", "listened": "on",
	"bind": "to", "binds": "to", "bound": "to", "binding": "to",
	"expose": "", "exposes": "", "exposed": "", "exposing": "",
}

// r86AfterPort are words that may follow a port's number: prepositions, conjunctions and
// adverbs, no noun the number could count ("listens on 400 channels" stays a count).
var r86AfterPort = setOf("by on for only and or but unless instead inside internally as with in to so too while when if via from over at behind now then locally already again instead of except")

// r86Port reads a port's three or four digits after a verb of listening or binding as after
// "port": "Postgres listens on 5432" fifty four thirty two, "Redis binds to 6379", "the
// container exposes 8443" (they were counts). A noun or a unit after the number leaves a count
// ("listens on 400 channels", "bound to 1500 units", "listens on 1200 kHz").
func (n *normalizer) r86Port(t *token) bool {
	c := t.core
	if t.pre != "" || !isPort(c) {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return false
	}
	verb := p
	if prep := p.lower(); prep == "on" || prep == "to" {
		if verb = n.peek(-2); verb == nil || verb.post != "" || r86ListenVerbs[verb.lower()] != prep {
			return false
		}
	} else if want, ok := r86ListenVerbs[prep]; !ok || want != "" {
		return false
	}
	if next := n.peek(1); next != nil && t.post == "" && !r86AfterPort[next.lower()] {
		return false
	}
	n.by("port")
	n.emit(t.raw, appendPort(nil, c)...)
	return true
}

// r86Codes are the HTTP status codes whose plural is said by the code: "404s" four oh fours.
// A round hundred is left out ("in the 400s" is a span of hundreds).
var r86Codes = setOf("401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 418 421 422 425 426 428 429 431 451 499 501 502 503 504 505 507 508 511 521 522 523 524 525 526")

// r86StatusPlural reads an HTTP status code's plural as the code in pairs with s: "Lots of 404s"
// four oh fours, "429s" four twenty nines (they were plurals of counts, four hundred fours).
func (n *normalizer) r86StatusPlural(t *token) bool {
	c := t.core
	if t.pre != "" || !r86Codes[c[:3]] {
		return false
	}
	w := appendPaired(nil, c[:3])
	w[len(w)-1] = pluralNumberWord86(w[len(w)-1])
	n.by("status code")
	n.emit(t.raw, w...)
	return true
}

// pluralNumberWord86 is a number word's plural: fours, twenties, sixes.
func pluralNumberWord86(w string) string {
	switch {
	case strings.HasSuffix(w, "y"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "x"):
		return w + "es"
	}
	return w + "s"
}

// r86Sizes are the sizes of a cloud instance type after its point, as they are said.
var r86Sizes = map[string][]string{
	"nano": {"nano"}, "micro": {"micro"}, "small": {"small"}, "medium": {"medium"}, "large": {"large"},
	"xlarge": {"x", "large"}, "metal": {"metal"},
}

// r86InstanceType reads a cloud instance type, a family (a letter or two, a generation's digits
// and option letters, perhaps -flex), a point and a size: "r6g.4xlarge" r six g four x large,
// "t4g.nano" t four g nano, "m5.xlarge" m five x large. The point is not said, as engineers say
// the type; the family's letters are spelled and the size is words (it was xlarge, or the last
// letter glued to the size: gnano). A file name ("notes.txt") has no such size.
func (n *normalizer) r86InstanceType(t *token) bool {
	c := t.core
	dot := strings.IndexByte(c, '.')
	if dot < 2 || dot > 12 || t.pre != "" {
		return false
	}
	fam, size := c[:dot], c[dot+1:]
	count := ""
	if k := strings.Index(size, "xlarge"); k > 0 && k <= 2 && allDigits(size[:k]) && size[0] != '0' && len(size) == k+6 {
		count, size = size[:k], "xlarge"
	}
	sw, ok := r86Sizes[size]
	if !ok {
		return false
	}
	base := strings.TrimSuffix(fam, "-flex")
	i := 0
	for i < len(base) && i < 2 && base[i] >= 'a' && base[i] <= 'z' {
		i++
	}
	j := i
	for j < len(base) && isDigit(base[j]) {
		j++
	}
	if i == 0 || j == i || j-i > 2 {
		return false
	}
	for k := j; k < len(base); k++ {
		if base[k] < 'a' || base[k] > 'z' {
			return false
		}
	}
	if len(base)-j > 6 {
		return false
	}
	n.by("instance type")
	for k := 0; k < i; k++ {
		n.emitLetter(t.raw, base[k:k+1])
	}
	n.emit(t.raw, appendInteger(nil, base[i:j])...)
	for k := j; k < len(base); k++ {
		n.emitLetter(t.raw, base[k:k+1])
	}
	if len(base) < len(fam) {
		n.emit(t.raw, "flex")
	}
	if count != "" {
		n.emit(t.raw, appendInteger(nil, count)...)
	}
	for _, w := range sw {
		if len(w) == 1 {
			n.emitLetter(t.raw, w)
		} else {
			n.emit(t.raw, w)
		}
	}
	return true
}

// r86CamelPlural reads the plural of a name in mixed case whose last part is in capitals as
// the name is read with 's joined to its last word, as "CDs" c d's: "vCPUs" v c p u's, "vNICs"
// v n i c's, "PhDs" p h d's (they were v c p us, v n i c s, p h d s). A name whose last part is
// a word ("iPads") is left to the camel-case reader.
func (n *normalizer) r86CamelPlural(t *token) bool {
	c := t.core
	if len(c) < 4 || len(c) > 16 || t.pre != "" || !isLetterWord(c) {
		return false
	}
	stem := c[:len(c)-1]
	if isUpperWord(stem) {
		return false
	}
	parts := splitCamel(stem)
	if len(parts) < 2 || !isUpperWord(parts[len(parts)-1]) {
		return false
	}
	start, rule, absorbed := len(n.out), n.rule, n.absorbed
	if n.reread(t, stem, t.post) != 1 || len(n.out) == start || n.out[len(n.out)-1].Source != t.raw {
		n.out, n.rule, n.absorbed = n.out[:start], rule, absorbed // a reader took the next token too: not this shape
		return false
	}
	n.out[len(n.out)-1].Text += "'s"
	return true
}

// r86DataUnits are the symbols of data sizes a reader names without a number.
var r86DataUnits = setOf("KB MB GB TB PB KiB MiB GiB TiB")

// r86Spans are the billing spans joined to a data size by a hyphen: "GB-month", "GiB-hours".
var r86Spans = map[string]string{
	"month": "month", "months": "months", "mo": "month", "hour": "hour", "hours": "hours", "hr": "hour",
	"hrs": "hours", "second": "second", "seconds": "seconds", "sec": "second", "day": "day", "days": "days",
	"minute": "minute", "minutes": "minutes", "year": "year", "years": "years",
}

// r86QuantityBefore are words after which a data size's symbol without a number counts it: "a
// few TB of logs", "how many GB of RAM".
var r86QuantityBefore = setOf("few many several more extra less fewer hundreds thousands tens dozens to")

// r86DataUnit reads a data size's symbol without a number as the unit's name: joined by a
// hyphen to a billing span, singular ("per GB-second" per gigabyte second, "12 GiB-hours"
// twelve gibibyte hours); alone after a word of quantity and before of, plural ("a few TB of
// logs" a few terabytes of logs). They were spelled. A symbol after a capitalized word stays
// ("Team GB of 2012").
func (n *normalizer) r86DataUnit(t *token) int {
	c := t.core
	if t.pre != "" {
		return 0
	}
	if h := strings.IndexByte(c, '-'); h > 0 {
		sym, span := c[:h], r86Spans[strings.ToLower(c[h+1:])]
		if !r86DataUnits[sym] || span == "" {
			return 0
		}
		un, _ := unitWord(sym, true)
		n.by("unit")
		n.emit(t.raw, strings.Fields(un.sing)...)
		n.emit(t.raw, span)
		return 1
	}
	if !r86DataUnits[c] || t.post != "" {
		return 0
	}
	p, next := n.peek(-1), n.peek(1)
	if p == nil || next == nil || p.post != "" || next.pre != "" || next.lower() != "of" || !r86QuantityBefore[p.lower()] {
		return 0
	}
	if after := n.peek(2); after == nil || !isLetterWord(after.core) {
		return 0
	}
	un, _ := unitWord(c, true)
	n.by("unit")
	n.emit(t.raw, strings.Fields(un.plural)...)
	return 1
}

// r86PerDataUnit reads a price per a data size written with a slash: "$/GB" dollars per
// gigabyte, "$0.08/GB-month" eight cents per gigabyte month (the slash was said, and the unit
// spelled). The money before the slash is read as money is.
func (n *normalizer) r86PerDataUnit(t *token) int {
	c := t.core
	s := strings.LastIndexByte(c, '/')
	if s < 1 || s == len(c)-1 {
		return 0
	}
	unitPart, span := c[s+1:], ""
	if h := strings.IndexByte(unitPart, '-'); h > 0 {
		if span = r86Spans[strings.ToLower(unitPart[h+1:])]; span == "" {
			return 0
		}
		unitPart = unitPart[:h]
	}
	if !r86DataUnits[unitPart] {
		return 0
	}
	if s == 1 {
		if span != "" {
			return 0
		}
		un, _ := unitWord(unitPart, true)
		n.by("money")
		n.emit(t.raw, "dollars", "per")
		n.emit(t.raw, strings.Fields(un.sing)...)
		return 1
	}
	if span == "" || !isDigit(c[1]) {
		return 0 // "$0.10/GB" is the money reader's
	}
	k := n.reread(t, c[:s+1]+unitPart, "")
	if k != 1 {
		return k
	}
	n.emit(t.raw, span)
	return 1
}

// r86CellRange reads a spreadsheet's range, two cell references joined by a colon, with to
// between them: "A1:F20" a one to f twenty (the colon was unsaid: a one f twenty).
func (n *normalizer) r86CellRange(t *token) bool {
	a, b, ok := strings.Cut(t.core, ":")
	if !ok || !isCellRef86(a) || !isCellRef86(b) {
		return false
	}
	n.by("cell range")
	n.emitCell86(t.raw, a)
	n.emit(t.raw, "to")
	n.emitCell86(t.raw, b)
	return true
}

// r86Formula reads a spreadsheet formula of one function over one range: "=SUM(C2:C31)" equals
// sum c two to c thirty one. The function's name is read as an acronym is ("=VLOOKUP(…)" is not
// this shape: it has more arguments).
func (n *normalizer) r86Formula(t *token) bool {
	c := t.core
	open := strings.IndexByte(c, '(')
	if open < 3 || open > 12 {
		return false
	}
	name, rng := c[1:open], strings.TrimSuffix(c[open+1:], ")")
	if !isUpperWord(name) || len(rng) == len(c[open+1:]) && !strings.HasPrefix(t.post, ")") {
		return false
	}
	a, b, ok := strings.Cut(rng, ":")
	if !ok || !isCellRef86(a) || !isCellRef86(b) {
		return false
	}
	n.by("formula")
	n.emit(t.raw, "equals")
	if r, ok := acronymReadings[name]; ok {
		n.emitLettersOrWords(t.raw, strings.Fields(r))
	} else {
		n.emit(t.raw, strings.ToLower(name))
	}
	n.emitCell86(t.raw, a)
	n.emit(t.raw, "to")
	n.emitCell86(t.raw, b)
	return true
}

// isCellRef86 reports a spreadsheet cell's reference: one to three capitals, then a row's
// number without a leading zero, at most seven digits ("C31", "AA12").
func isCellRef86(s string) bool {
	i := 0
	for i < len(s) && i < 3 && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	return i > 0 && i < len(s) && len(s)-i <= 7 && s[i] != '0' && allDigits(s[i:])
}

// emitCell86 says a cell's reference: its column's letters spelled, its row a number.
func (n *normalizer) emitCell86(src, ref string) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		n.emitLetter(src, strings.ToLower(ref[i:i+1]))
		i++
	}
	n.emit(src, appendInteger(nil, ref[i:])...)
}

// r86SpanBefore are the words after which a number with d is a span of days: "over 30d", "for
// 90d", "the last 7d", "older than 35d".
var r86SpanBefore = setOf("over for last past in within than every next after")

// r86SpanAfter are the words before which a number with d is a span of days: "30d ago".
var r86SpanAfter = setOf("ago window windows retention rolling lookback")

// r86TimeWords make a number with m minutes: the sentence speaks of an outage's or a service's
// times ("RTO is 4h and RPO is 15m", "The outage lasted 47m").
var r86TimeWords = setOf("mttr mttd mtta mttf mtbf rto rpo outage outages downtime timeout timeouts ttl latency lasted uptime")

// r86LengthWords leave a number with m a length or money even in a sentence of times.
var r86LengthWords = setOf("pool race run ran swim walk km meters metres altitude depth cable cost costs revenue sales raised funding budget worth")

// r86AfterMinutes are words that may follow a number with m read as minutes: prepositions,
// conjunctions and adverbs, no noun the number could measure ("the 50m pool").
var r86AfterMinutes = setOf("to and or in of for after before later ago on at this then with per each max total between from by")

// r86GluedSpan reads a number glued to d or m as a span of time where an SRE's page means one:
// d after over, for, last, in, within, than, every or next, or before ago or a window, days
// ("over 30d" thirty days; 2d, 3d and 4d are dimensions and stay); m in a sentence of an
// outage's or a service's times, minutes ("RPO is 15m" fifteen minutes; a noun after it, or a
// length's or money's word in the sentence, leaves meters). They were thirty d, fifteen meters.
func (n *normalizer) r86GluedSpan(t *token) bool {
	c := t.core
	digits, unitLetter := c[:len(c)-1], c[len(c)-1]
	if t.pre != "" || c[0] == '0' || !allDigits(digits) {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if next != nil && t.post != "" {
		next = nil // "…for 90d, then deleted": nothing after it speaks for the number
	}
	var sing, plural string
	if unitLetter == 'd' {
		if digits == "2" || digits == "3" || digits == "4" {
			return false
		}
		if !(prev != nil && prev.post == "" && r86SpanBefore[prev.lower()] || next != nil && r86SpanAfter[next.lower()]) {
			return false
		}
		sing, plural = "day", "days"
	} else {
		if next != nil && !r86AfterMinutes[next.lower()] {
			return false
		}
		if !n.sentenceHas(r86TimeWords) || n.sentenceHas(r86LengthWords) {
			return false
		}
		sing, plural = "minute", "minutes"
	}
	n.by("duration")
	n.emit(t.raw, appendInteger(nil, digits)...)
	if digits == "1" {
		n.emit(t.raw, sing)
	} else {
		n.emit(t.raw, plural)
	}
	return true
}

// r86Redirects are the redirect codes said by their number before "redirect".
var r86Redirects = setOf("301 302 303 307 308")

// r86StatusAlone reads an HTTP status code in pairs where no reason phrase follows: after the
// protocol's version ("HTTP/2 301" three oh one) or, for a redirect's code, before redirect or
// redirects ("a 301 redirect" three oh one). They were counts.
func (n *normalizer) r86StatusAlone(t *token) bool {
	c := t.core
	if t.pre != "" || !allDigits(c) || c[0] < '1' || c[0] > '5' {
		return false
	}
	if p := n.peek(-1); p != nil && p.post == "" && len(p.core) >= 6 && len(p.core) <= 8 && strings.EqualFold(p.core[:5], "http/") {
		n.by("status code")
		n.emit(t.raw, appendPaired(nil, c)...)
		return true
	}
	if next := n.peek(1); r86Redirects[c] && t.post == "" && next != nil && (next.lower() == "redirect" || next.lower() == "redirects") {
		n.by("status code")
		n.emit(t.raw, appendPaired(nil, c)...)
		return true
	}
	return false
}

// r86Numeronyms are software teams' numeronyms, said as the words they shorten ("k8s"
// kubernetes, "a11y" accessibility; they were letters and a number).
var r86Numeronyms = map[string]string{
	"k8s": "kubernetes", "i18n": "internationalization", "l10n": "localization", "a11y": "accessibility", "o11y": "observability",
}
