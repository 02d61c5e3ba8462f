package text

import "strings"

// Round forty-eight: held42's dev miss (a slash between two hyphened compounds) and the misses
// of probes written in its travel registers (airline and airport pages, hotel and cruise
// itineraries, trip reports, passport and visa pages, currency exchange and travel insurance,
// theme parks and ski resorts), each tested on probe sentences written before the readers,
// readings48.tsv.

// round48Token runs round forty-eight's readers on the token at n.i; it returns the tokens used.
// Each reader is reached only through the token's first character and then its exact text,
// length or a shape bit.
func (n *normalizer) round48Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if len(c) == 7 && c[3] == '-' && n.may(shHyphen) {
		return oneIf(n.r48Route(t))
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if len(c) >= 13 && n.may(shSlash) {
			return oneIf(n.r48DateSpan(t))
		}
		if (len(c) == 2 || len(c) == 3) && c[len(c)-1] == 'K' {
			return oneIf(n.r48SeatK(t))
		}
		if len(c) == 4 && c[1] == '.' && n.may(shDot) {
			return oneIf(n.r48RateAfterAt(t))
		}
		if (len(c) == 3 || len(c) == 4) && c0 != '0' {
			return oneIf(n.r48Stateroom(t))
		}
	case c0 == 'A' || c0 == 'P' || c0 == 'a' || c0 == 'p':
		if len(c) >= 4 && len(c) <= 10 && n.may(shDigit) {
			if n.r48MeridiemSpan(t) {
				return 1
			}
		}
		if c == "pt" || c == "Pt" {
			return oneIf(n.r48Part(t))
		}
	case c == "MAX":
		return oneIf(n.r48Max(t))
	case c == "RT" || c == "OW":
		return oneIf(n.r48FareWay(t))
	case c == "ref" || c == "Ref":
		return oneIf(n.r48RefIs(t))
	}
	return 0
}

// r48Stateroom reads three or four digits after stateroom as the cabin's number, in pairs as
// after cabin: "Stateroom 8342 has a balcony" eighty three forty two, "Your stateroom is 9120"
// (round forty-eight; it was eight thousand three hundred forty two). A cruise line numbers its
// staterooms as a hotel its rooms, the deck first; "The ship has 1250 staterooms" stays a count.
func (n *normalizer) r48Stateroom(t *token) bool {
	c := t.core
	if !allDigits(c) || t.pre != "" {
		return false
	}
	stateroom := func(x *token) bool { return x != nil && x.post == "" && strings.EqualFold(x.core, "stateroom") }
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return false
	}
	if !stateroom(prev) {
		// "your stateroom is 9120", "the stateroom number is 9120".
		l := strings.ToLower(prev.core)
		if l != "is" && l != "was" && l != "number" {
			return false
		}
		found := false
		for off := -2; off >= -3 && !found; off-- {
			pp := n.peek(off)
			if pp == nil || pp.post != "" {
				break
			}
			found = stateroom(pp)
			if pl := strings.ToLower(pp.core); !found && pl != "number" && pl != "is" && pl != "was" {
				break
			}
		}
		if !found {
			return false
		}
	}
	n.by("label")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// r48Currencies are words of money markets: a currency's name or nickname, or the market's.
var r48Currencies = setOf(`sterling pound pounds euro euros dollar dollars yen yuan renminbi loonie greenback franc francs
rupee rupees peso pesos krona krone lira ringgit baht forint zloty shekel rand forex fx currency currencies
exchange`)

// r48RateAfterAt reads a number of one digit, a point and two digits after at as a decimal in a
// sentence of a currency pair or a currency's name: "GBP/EUR is at 1.17 today" one point one
// seven, "Sterling sat at 1.27 on Friday" (round forty-eight; it was one seventeen, a British
// clock time). A rate is quoted so, a clock time never beside a currency; "The bus leaves at
// 1.17" stays a time.
func (n *normalizer) r48RateAfterAt(t *token) bool {
	c := t.core
	if !isDigit(c[0]) || !isDigit(c[2]) || !isDigit(c[3]) || t.pre != "" {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !strings.EqualFold(prev.core, "at") || len(n.toks) > 64 {
		return false
	}
	money := false
	for i := range n.toks {
		w := n.toks[i].core
		if r48CurrencyPair(w) || len(w) >= 2 && len(w) <= 10 && r48Currencies[strings.ToLower(w)] {
			money = true
			break
		}
	}
	if !money {
		return false
	}
	n.by("rate")
	n.emit(t.raw, appendDecimal(nil, c[:1], c[2:])...)
	return true
}

// r48CurrencyPair reports two ISO currency codes joined by a slash ("GBP/EUR").
func r48CurrencyPair(w string) bool {
	if len(w) != 7 || w[3] != '/' {
		return false
	}
	_, a := fxNames[w[:3]]
	_, b := fxNames[w[4:]]
	return a && b
}

// r48MeridiemSpan reads AM or PM joined by a dash to the next clock time, between a time
// before it and AM or PM after it, as a span: "10 AM–6 PM" ten a m to six p m, "8:30 AM-4 PM",
// "6 am–10 pm" (round forty-eight; the dash was unread and lower-case am a word). As the spans
// glued (`9am–10pm`) and with periods (`9 a.m.–10 p.m.`) are read.
func (n *normalizer) r48MeridiemSpan(t *token) bool {
	c := t.core
	if len(c) < 4 || !(c[1] == 'M' && (c[0] == 'A' || c[0] == 'P') || c[1] == 'm' && (c[0] == 'a' || c[0] == 'p')) {
		return false
	}
	rest, ok := cutLeadingDash(c[2:])
	if !ok {
		return false
	}
	h, mm, ok := r48Clock(rest)
	if !ok {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || t.pre != "" || t.post != "" || next.pre != "" {
		return false
	}
	if _, _, ok := r48Clock(prev.core); !ok {
		return false
	}
	if nc := next.core; nc != "AM" && nc != "PM" && nc != "am" && nc != "pm" {
		return false
	}
	n.by("time range")
	n.emitLetter(t.raw, strings.ToLower(c[:1]))
	n.emitLetter(t.raw, "m")
	n.emit(t.raw, "to")
	n.emit(t.raw, appendInteger(nil, h)...)
	if mm != "" {
		n.emit(t.raw, appendClockMinutes(nil, mm)...)
	}
	return true
}

// r48Clock parses a clock's hour of 1-12, with or without two digits of minutes after a colon:
// "4", "11:30".
func r48Clock(s string) (h, mm string, ok bool) {
	h, mm, _ = strings.Cut(s, ":")
	if len(h) == 0 || len(h) > 2 || !allDigits(h) || h[0] == '0' || atoiSmall(h) > 12 {
		return "", "", false
	}
	if strings.Contains(s, ":") && (len(mm) != 2 || !allDigits(mm) || mm[0] > '5') {
		return "", "", false
	}
	return h, mm, true
}

// r48Part reads pt. with its period before a number, after no number, as part: "trip report,
// Pt. 2" part two, "check out pt. 3" (round forty-eight; it was p t). After a number it stays as
// before ("1 pt. water").
func (n *normalizer) r48Part(t *token) bool {
	if !t.hasDot() || t.post != "." {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) == 0 || len(next.core) > 2 || !allDigits(next.core) {
		return false
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && startsNumeric(prev.core) {
		return false
	}
	n.readAbbrev(t, "part")
	return true
}

// r48Max reads MAX after 737, Boeing's model, as the word max: "a 737 MAX 9" seven thirty seven
// max nine (round forty-eight; before a digit it was spelled).
func (n *normalizer) r48Max(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !strings.HasSuffix(prev.core, "737") {
		return false
	}
	n.by("model")
	n.emit(t.raw, "max")
	return true
}

// r48RefIs reads ref before is or was and a code (a digit among four characters or more of
// capitals, digits and hyphens) as reference, as ref before a code is: "Your booking ref is
// QX7T2P" your booking reference is q x seven t two p (round forty-eight; it was ref). "The ref
// is Mike Dean" and "The ref was 45 minutes late" keep the referee.
func (n *normalizer) r48RefIs(t *token) bool {
	if t.post != "" {
		return false
	}
	v, code := n.peek(1), n.peek(2)
	if v == nil || code == nil || v.pre != "" || v.post != "" || code.pre != "" || v.core != "is" && v.core != "was" {
		return false
	}
	if len(code.core) < 4 || !codeLike(code.core) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "reference")
	return true
}

// r48HyphenedSlash reports a slash between two words, one or both of them hyphened compounds
// of lexicon words, read with no slash: "Check-in/check-out" check in check out, "ski-in/ski-out",
// "one-way/round-trip" (round forty-eight, held42's dev miss; it was check in slash check out),
// as a slash between two plain words is (wordSlash). left is all of the compound before the
// slash, right all after it; the compound's loop asks at the slash. A path's slash (another
// slash on either side), a number, capitals, a rate ("check-ins/day") or a sentence of code keep
// the slash.
func (n *normalizer) r48HyphenedSlash(left, right string) bool {
	if n.opts.IsWord == nil || !strings.Contains(left, "-") && !strings.Contains(right, "-") {
		return false
	}
	if mediaTypes53[strings.ToLower(left)] {
		return false // "text/event-stream": a media type (the lead's round fifty-three)
	}
	if !r48HyphenedWords(left, n.opts.IsWord) || !r48HyphenedWords(right, n.opts.IsWord) {
		return false
	}
	if !strings.Contains(right, "-") {
		// One word after the slash may be a rate's unit ("check-ins/day") or a date's.
		last := strings.ToLower(right)
		if _, ok := perTime[last]; ok || dayOrMonth(last) != "" {
			return false
		}
		if _, ok := unitWord(last, false); ok {
			return false
		}
	}
	if isDigit(left[0]) && isDigit(right[0]) {
		return true // "a 3-night/4-day package": counts of nights and days are no path's pieces
	}
	return !n.codeSentence46()
}

// r48HyphenedWords reports words of the lexicon joined by single hyphens, none of them in
// capitals ("check-in", "all-inclusive", "late"); the first may be a number of at most three
// digits before a word ("3-night", "24-hour": round forty-eight's R12).
func r48HyphenedWords(s string, isWord func(string) bool) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	k := 0
	for w := range strings.SplitSeq(s, "-") {
		k++
		if k == 1 && len(w) <= 3 && w != "" && allDigits(w) && w != s {
			continue
		}
		if w == "" || !isLetterWord(w) || len(w) > 1 && isUpperWord(w) || !knownWord(strings.ToLower(w), isWord) {
			return false
		}
	}
	return true
}

// r48PerEach reads two or more slashes after a price, each before a word of the lexicon's
// letters, a unit or a period, as per each: "$25/person/day" twenty five dollars per person per
// day, "£40/bike/day" (round forty-eight; it was slash person slash day). rest is what follows
// the amount. A list of prices ("$5/$10/$15") and anything but a word after a slash keep their
// reading.
func r48PerEach(rest string) ([]string, bool) {
	if strings.Count(rest, "/") < 2 || len(rest) > 64 || !strings.HasPrefix(rest, "/") {
		return nil, false
	}
	var words []string
	for w := range strings.SplitSeq(rest[1:], "/") {
		per, ok := perWord("/" + w)
		if !ok || len(per) == 0 || per[0] != "per" {
			return nil, false
		}
		words = append(words, per...)
	}
	return words, true
}

// r48FlyingWords make a sentence one of flying.
var r48FlyingWords = setOf(`fly flies flew flying flight flights nonstop nonstops route routes fare fares airline airlines
airport airports depart departs departure departures arrive arrives arrival arrivals layover layovers connecting
connection connections direct`)

// r48Route reads two three-letter codes in capitals joined by a hyphen in a sentence of flying
// as a route: "Nonstop JFK-NRT" j f k to n r t, "the LHR-JFK route" (round forty-eight; it was
// j f k n r t, the hyphen unread), as with an en dash (`DFW–MCO`). Codes of two letters (`US-UK`)
// or a sentence with no word of flying keep the compound's reading.
func (n *normalizer) r48Route(t *token) bool {
	c := t.core
	for k := 0; k < 7; k++ {
		if k != 3 && !isUpperLetter(c[k]) {
			return false
		}
	}
	if t.pre != "" || len(n.toks) > 64 {
		return false
	}
	flying := false
	for i := range n.toks {
		if w := n.toks[i].core; len(w) >= 3 && len(w) <= 11 && isLetterWord(w) && r48FlyingWords[strings.ToLower(w)] {
			flying = true
			break
		}
	}
	if !flying {
		return false
	}
	n.by("route")
	for k := 0; k < 7; k++ {
		if k == 3 {
			n.emit(t.raw, "to")
			continue
		}
		n.emitLetter(t.raw, strings.ToLower(c[k:k+1]))
	}
	return true
}

// r48SeatK reads one or two digits glued to K as a seat's row and letter after seat or seats,
// after is or was after seat, or after and after a seat so read: "Your seat is 32K" thirty two
// k, "Seats 32J and 32K" (round forty-eight; K was thousands). "My salary is 32K" stays thirty
// two thousand; "seat 11K" was already a label's letter.
func (n *normalizer) r48SeatK(t *token) bool {
	c := t.core
	d := c[:len(c)-1]
	if !allDigits(d) || d[0] == '0' || t.pre != "" {
		return false
	}
	seat := func(x *token) bool {
		return x != nil && x.post == "" && (strings.EqualFold(x.core, "seat") || strings.EqualFold(x.core, "seats"))
	}
	prev, pp := n.peek(-1), n.peek(-2)
	if prev == nil || prev.post != "" {
		return false
	}
	l := strings.ToLower(prev.core)
	switch {
	case seat(prev):
	case (l == "is" || l == "was") && seat(pp):
	case l == "and" && pp != nil && pp.post == "" && r48SeatCode(pp.core) && seat(n.peek(-3)):
	default:
		return false
	}
	n.by("label")
	n.emit(t.raw, appendInteger(nil, d)...)
	n.emitLetter(t.raw, "k")
	return true
}

// r48SeatCode reports one or two digits and a seat's letter, A to K ("32J").
func r48SeatCode(s string) bool {
	if len(s) < 2 || len(s) > 3 || s[len(s)-1] < 'A' || s[len(s)-1] > 'K' {
		return false
	}
	return allDigits(s[:len(s)-1])
}

// r48DateSpan reads two dates of month, day and year with slashes joined by a hyphen or an en
// dash as a span, each date as it is read alone: "12/20/2025–1/3/2026" december twentieth
// twenty twenty five to january third twenty twenty six (round forty-eight; it was twelve slash
// twenty slash …). Fractions joined by a hyphen ("1/2-3/4 cup") have no third field and keep
// their reading.
func (n *normalizer) r48DateSpan(t *token) bool {
	c := t.core
	a, b, ok := cutSpanDash(c)
	if !ok || !r48SlashDate(a) || !r48SlashDate(b) {
		return false
	}
	n.by("date range")
	n.inPart++
	n.numeric(&token{raw: t.raw, core: a})
	n.emit(t.raw, "to")
	n.numeric(&token{raw: t.raw, core: b})
	n.inPart--
	return true
}

// r48SlashDate reports a month of 1-12, a day of 1-31 and a year of two or four digits joined by
// slashes ("12/20/2025", "2/1/25").
func r48SlashDate(s string) bool {
	m, rest, ok := strings.Cut(s, "/")
	if !ok {
		return false
	}
	d, y, ok := strings.Cut(rest, "/")
	if !ok || len(m) == 0 || len(m) > 2 || len(d) == 0 || len(d) > 2 || len(y) != 2 && len(y) != 4 {
		return false
	}
	if !allDigits(m) || !allDigits(d) || !allDigits(y) {
		return false
	}
	mi, di := atoiSmall(m), atoiSmall(d)
	return mi >= 1 && mi <= 12 && di >= 1 && di <= 31
}

// r48FareWay reads RT and OW right after a price as a fare's round trip and one way: "$349 RT"
// three hundred forty nine dollars round trip, "$199 OW" (round forty-eight; they were spelled).
// A retweet's RT (`RT @visitjapan`) and RT before anything but a price stay letters.
func (n *normalizer) r48FareWay(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || len(prev.core) < 2 {
		return false
	}
	p := prev.core
	switch {
	case strings.HasPrefix(p, "$") || strings.HasPrefix(p, "€") || strings.HasPrefix(p, "£"):
		if !isDigit(p[len(p)-1]) && p[len(p)-1] != 'k' && p[len(p)-1] != 'K' {
			return false
		}
	default:
		return false
	}
	n.by("abbreviation of a register")
	if t.core == "RT" {
		n.emit(t.raw, "round", "trip")
	} else {
		n.emit(t.raw, "one", "way")
	}
	return true
}
