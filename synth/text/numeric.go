package text

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// vulgarFractions are single-character fractions.
var vulgarFractions = map[rune][2]string{
	'½': {"1", "2"}, '⅓': {"1", "3"}, '⅔': {"2", "3"}, '¼': {"1", "4"}, '¾': {"3", "4"},
	'⅕': {"1", "5"}, '⅖': {"2", "5"}, '⅗': {"3", "5"}, '⅘': {"4", "5"}, '⅙': {"1", "6"},
	'⅚': {"5", "6"}, '⅛': {"1", "8"}, '⅜': {"3", "8"}, '⅝': {"5", "8"}, '⅞': {"7", "8"},
}

// startsNumeric reports whether a core is handled by numeric().
func startsNumeric(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	switch {
	case isDigit(c):
		return true
	case (c == '-' || c == '+' || c == '.' || c == '\'') && len(s) > 1 && isDigit(s[1]):
		return true
	case strings.HasPrefix(s, "−") && len(s) > len("−") && isDigit(s[len("−")]):
		return true
	}
	if _, rest, ok := leadingCurrency(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "+"), "-"), "−")); ok && rest != "" && (isDigit(rest[0]) || rest[0] == '.') {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	_, ok := vulgarFractions[r]
	return ok
}

// andFraction reads the fraction after a whole number: "1 1/2" → one and a half.
func andFraction(dst []string, num, den string) []string {
	if num == "1" {
		switch den {
		case "2":
			return append(dst, "and", "a", "half")
		case "4":
			return append(dst, "and", "a", "quarter")
		}
		w := appendOrdinal([]string{"and", "a"}, den)
		if len(w) > 2 && strings.IndexByte("aeiou", w[2][0]) >= 0 {
			w[1] = "an" // "2-1/8" two and an eighth (round sixty-four; it was "and a eighth")
		}
		return append(dst, w...)
	}
	dst = append(dst, "and")
	return appendFraction(dst, num, den)
}

// bloodPressure reports "BP" or "pressure" just before the number (or
// before "was"/"is"/"of").
func (n *normalizer) bloodPressure() bool {
	for off := -1; off >= -2; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if p.core == "BP" || strings.EqualFold(p.core, "pressure") {
			return true
		}
		if l := p.lower(); l != "was" && l != "is" && l != "of" {
			return false
		}
	}
	return false
}

// lexicalPairs are number pairs with a slash that are names, not
// fractions or dates.
var lexicalPairs = setOf("9/11 24/7 50/50 20/20 7/11 4/20")

// datePrev are words after which m/d is a date.
var datePrev = setOf(`on by until till since before after due from through thru starting effective dated expires expire expiring ends closes
starts begins opens reopens resumes ships shipping dispatched delivered launches released
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun`)

// isFraction decides whether a/b reads as a fraction: a proper fraction
// with a common denominator, or any unit fraction.
func isFraction(a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	if x <= 0 || y <= 0 || x >= y {
		return false
	}
	switch y {
	case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64:
		return true
	}
	return x == 1
}

// splitFraction parses "3/4" (small numbers only).
func splitFraction(s string) (string, string, bool) {
	i := strings.IndexByte(s, '/')
	if i <= 0 || i > 4 || len(s)-i-1 > 4 || len(s)-i-1 == 0 {
		return "", "", false
	}
	a, b := s[:i], s[i+1:]
	if !allDigits(a) || !allDigits(b) || b[0] == '0' {
		return "", "", false
	}
	return a, b, true
}

// numeric reads a token that starts with a digit, a sign, a currency
// symbol or a vulgar fraction. It returns the tokens consumed.
func (n *normalizer) numeric(t *token) int {
	s := t.core
	src := t.raw
	if n.money(t, s) {
		n.by("money")
		return 1
	}
	// Unicode vulgar fractions: "½", "1½".
	if r, size := utf8.DecodeLastRuneInString(s); size > 1 {
		if f, ok := vulgarFractions[r]; ok {
			whole := s[:len(s)-size]
			n.by("fraction")
			if whole == "" {
				n.emit(src, appendFraction(nil, f[0], f[1])...)
				return n.unitAfter(t, number{intPart: "1"}) // ½ tsp: singular
			}
			if allDigits(whole) {
				w := appendIntegerValue(nil, whole)
				n.emit(src, andFraction(w, f[0], f[1])...)
				return n.unitAfter(t, number{intPart: "2"}) // 1½ cups: plural
			}
		}
	}
	// Decades with an apostrophe: '90s, '60s.
	if s[0] == '\'' {
		n.by("decade or year")
		d := strings.TrimSuffix(s[1:], "s")
		if len(d) == 2 && allDigits(d) && len(s) == 4 {
			n.emit(src, appendDecade(nil, atoiSmall(d))...)
			return 1
		}
		if len(d) == 2 && allDigits(d) && len(s) == 3 { // '99 as a year
			n.emit(src, yearTwo(nil, atoiSmall(d))...)
			return 1
		}
		n.word(src, s[1:])
		return 1
	}
	// Time ranges: 9am-5pm, 9:00-17:00, 10–11:30am.
	if k := strings.IndexAny(s, "-–"); k > 0 && strings.ContainsAny(s, "apAP:") {
		lo, hi := s[:k], strings.TrimLeft(s[k:], "-–")
		if hi != "" && isDigit(hi[0]) && !strings.ContainsAny(hi, "-–") && (meridiemTail(lo) || meridiemTail(hi) || strings.Contains(lo, ":")) {
			n.by("time range")
			if w, ok := dotMeridiemStart(lo); ok && meridiemTail(hi) {
				n.emit(src, w...) // "3.30–6.30pm" three thirty to six thirty p m
				n.emit(src, n.rangeWord())
				n.part(src, strings.Replace(hi, ".", ":", 1))
				return 1
			}
			if w, ok := n.zuluRange(lo, hi); ok {
				// "01:00–03:00 UTC" oh one hundred to oh three hundred: a range of whole hours
				// with leading zeros before a zone, as the single "02:00 UTC" is read.
				n.by("military time")
				n.emit(src, w...)
				return 1
			}
			if w, ok := clock24Pair(lo, hi); ok {
				// "07:00–19:00" oh seven hundred to nineteen hundred: a 24-hour range.
				n.emit(src, w...)
				n.emit(src, n.rangeWord())
				n.part(src, hi)
				return 1
			}
			n.part(src, lo)
			n.emit(src, n.rangeWord())
			n.part(src, hi)
			return 1
		}
	}
	// Times: 9:05, 21:40, 10:30am; ratios: 3:1; "4:2:2" (chroma subsampling, ratios of three).
	if strings.Contains(s, ":") {
		if n.digitTriple(src, s) {
			return 1
		}
		return n.colon(t, s)
	}
	if n.inPart == 0 && n.dateSpan(t, s) {
		return 1
	}
	if strings.Contains(s, ".") && n.version(t, s) {
		return 1 // "Kotlin 1.9.23" after a software name is a version, not a date
	}
	// Dates: 1990-02-14, 2/14/1990, 14.02.1990.
	if w, ok := numericDate(s); ok {
		n.by("date")
		n.emit(src, w...)
		return 1
	}
	// ZIP+4 codes: 20500-0003, digit by digit.
	if len(s) == 10 && s[5] == '-' && allDigits(s[:5]) && allDigits(s[6:]) {
		n.by("zip code")
		n.phone(src, []string{s[:5], s[6:]}, "")
		return 1
	}
	// Phone numbers: 555-1234, 555-123-4567, 1-800-555-1234, 555.123.4567.
	if groups, ok := phoneGroups(s); ok {
		n.by("phone number")
		n.phone(src, groups, "")
		return 1
	}
	// Versions after a software name: "Python 3.11" three point eleven.
	if strings.Contains(s, ".") && n.version(t, s) {
		return 1
	}
	// Dotted numbers: IP addresses, versions, section numbers (1.2.3).
	// IP addresses (four groups) use "dot"; versions use "point".
	if strings.Count(s, ".") >= 2 && allDigitsOrSeparators(s) && !strings.ContainsAny(s, ",-+") {
		n.by("dotted number")
		sep := "point"
		if strings.Count(s, ".") == 3 {
			sep = "dot"
		}
		if groups := strings.Split(s, "."); len(groups[0]) <= 3 && groups[0] != "" && groups[0][0] != '0' {
			// European thousands separators: 1.000.000.
			thousands := true
			for _, g := range groups[1:] {
				thousands = thousands && len(g) == 3
			}
			thousands = thousands && !isIPv4(s)
			if thousands && len(s) <= 19 {
				n.emit(src, appendInteger(nil, strings.ReplaceAll(s, ".", ""))...)
				return 1
			}
		}
		if strings.Count(s, ".") >= 3 && s[0] != '0' && !isIPv4(s) && !strings.Contains(s, "..") && !strings.HasSuffix(s, ".") {
			// Round twenty-five: four or more groups that make no IPv4 address (a group over
			// 255 or of four digits) are a version or a build ("10.0.22631.3447"; it was "dot"
			// and counts).
			n.emit(src, appendVersion(nil, s)...)
			return 1
		}
		if strings.Count(s, ".") == 2 && isVersionString(s) {
			// Three groups are a version more often than anything else: "2.0.1" two point
			// oh point one.
			n.emit(src, appendVersion(nil, s)...)
			return 1
		}
		n.dottedIntegers(src, s, sep)
		return 1
	}
	if n.inPart == 0 && n.slashTriple(t, s) {
		return 1
	}
	// Written ordinal fractions: 2/3rds, 1/4th.
	if k := strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }); k > 0 {
		switch s[k:] {
		case "st", "nd", "rd", "th", "sts", "nds", "rds", "ths":
			if a, b, ok := splitFraction(s[:k]); ok {
				n.emit(src, appendFraction(nil, a, b)...)
				return 1
			}
		}
	}
	// Fractions: 1/2, 3/4; "1 1/2" is handled at the whole number.
	// Other number pairs (24/7, 9/11, 50/50) are read as two numbers.
	if a, b, ok := splitFraction(s); ok {
		x, y := atoiSmall(a), atoiSmall(b)
		prev := n.peek(-1)
		span := n.inPart == 0 && n.fractionSpan(a, b) // "1/2 to 3/4 of a teaspoon"
		switch {
		case (n.bloodPressure() || n.unitNext("mmHg") || n.mmHgBefore()) && x >= 50 && y >= 30 && len(a) <= 3:
			n.by("blood pressure")
			// Blood pressure: 120/80 → one twenty over eighty.
			if len(a) == 3 {
				n.emit(src, appendPaired(nil, a)...)
			} else {
				n.emit(src, appendInteger(nil, a)...)
			}
			n.emit(src, "over")
			n.emit(src, r39Diastolic(nil, b)...) // "190/110" one ninety over one ten
			return n.unitAfter(t, number{intPart: b})
		case lexicalPairs[s]:
			n.by("number pair")
			n.emit(src, appendInteger(nil, a)...)
			n.emit(src, appendInteger(nil, b)...)
		case monthYear(a, b) != nil:
			// "expires 05/2026": a month and a year.
			n.by("date")
			n.emit(src, monthYear(a, b)...)
		case !span && (prev != nil && prev.post == "" && (datePrev[prev.lower()] || n.dateRangeEnd() || n.dateListEnd() || n.asOf()) || n.atTimeNext(t)) && x >= 1 && x <= 12 && y >= 1 && y <= 31 && len(b) <= 2 &&
			!(isFraction(a, b) && n.measuredNext75(t)):
			// "on 6/30": month and day.
			n.by("date")
			w := []string{monthNames[x]}
			n.emit(src, appendDayOrdinal(w, y)...)
		case n.slashReading(src, a, b), n.threadCount(t, a, b):
		case n.alternatives(src, a, b), n.oddsToWin(src, a, b), n.cricketScore(src, a, b), n.bowlingFigures(src, a, b):
		case isFraction(a, b):
			n.by("fraction")
			if w := halfOrQuarter(a, b); w != "" && prev != nil && prev.post == "" && (strings.EqualFold(prev.core, "a") || strings.EqualFold(prev.core, "an")) && strings.HasPrefix(t.post, "\"") && !n.quoteOpen(t) {
				// `a 1/4" drill bit` a quarter inch drill bit, as `a 1/4-inch hole` is read.
				n.emit(src, w, "inch")
				return 1
			}
			n.emit(src, appendFraction(nil, a, b)...)
			// A unit after a fraction: "1/2 tsp" one half teaspoon, "3/2 cups" plural.
			one := "1"
			if x >= y {
				one = "2"
			}
			if strings.HasPrefix(t.post, "\"") && !n.quoteOpen(t) {
				n.emit(src, plural(one == "1", "inch", "inches")) // `1/2" wide`
				return 1
			}
			return 1 + n.unitAfterN(t, number{intPart: one}, 0)
		case x < y && y >= 20 && y%10 == 0:
			n.by("score out of")
			// Scores: 95/100 → ninety five out of one hundred.
			n.emit(src, appendInteger(nil, a)...)
			n.emit(src, "out", "of")
			n.emit(src, appendInteger(nil, b)...)
		default:
			n.by("number pair")
			n.emit(src, appendInteger(nil, a)...)
			n.emit(src, appendInteger(nil, b)...)
		}
		return 1
	}
	num, rest, ok := scanNumber(s)
	if !ok {
		n.word(src, s)
		return 1
	}
	if n.inPart == 0 && (n.codeDashed(t, s) || n.modelVariant(t, s) || n.dashLexical(t, s) || n.signRange(t, num, rest) || n.specPair(t, s) || n.record3(t, s)) {
		return 1
	}
	// Ranges and scores: 10-12, 1990–1995, 4-1, 10-12%.
	if rest != "" && (rest[0] == '-' || strings.HasPrefix(rest, "–")) && !num.neg {
		r := strings.TrimPrefix(strings.TrimPrefix(rest, "-"), "–")
		if hi, tail, ok := scanNumber(r); ok && !hi.neg && r != "" && isDigit(r[0]) {
			if !strings.HasPrefix(tail, "-") && !strings.HasPrefix(tail, "–") {
				if n.inPart == 0 && tail == "" && (n.cricketRange(t, num, hi) || n.dotTimeRange(t, num, hi)) {
					return 1
				}
				return n.rangeOf(t, num, hi, tail)
			}
		}
		// Codes and compounds: 1-800-FLOWERS, 3-year-old, 100-meter.
		n.compound(src, s)
		return 1
	}
	if k := n.fractionAdjective(t, num, rest); k > 0 {
		return k
	}
	if strings.ContainsAny(rest, "-‐‑–") && n.inPart < 3 {
		n.compound(src, s) // 1st-place, 1990s-era
		return 1
	}
	return n.quantity(t, num, rest)
}

// adjectival reports a quantity used as an adjective, whose unit is then
// singular: "a 10 km run", "the 100m dash", "a $5 bill". before is the
// token before the quantity, after the one after it, last the quantity's
// own last token.
func adjectival(before, after, last *token) bool {
	if before == nil || before.post != "" || last != nil && perUnit(last.core) {
		return false // "a 40mph limit": a rate keeps its plural, as said
	}
	b := before.lower()
	if b == "a" || b == "an" {
		return true
	}
	if eachWords[b] {
		return eachAdjective(after, last)
	}
	if r43SumDeterminers[b] {
		return r43SumAdjective(b, after, last) // "another $35 overdraft fee" (round forty-three)
	}
	if !determiners[b] && !possessiveDeterminer(before.core) || after == nil || last == nil || last.post != "" || after.pre != "" {
		return false
	}
	a := after.core
	if len(a) >= 2 && isASCIILetter(rune(a[0])) && strings.ToLower(a) != a && strings.Trim(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") == "" {
		// Round eighteen: a name or an acronym after a determiner and a quantity is what the
		// quantity describes: "the 256GB iPhone", "the 2TB NVMe SSD", "the 65W USB-C charger".
		return true
	}
	return nounAfterQuantity(a)
}

// nounAfterQuantity reports a lower-case word that may be the noun a quantity describes: not a
// preposition, a verb of being or another word of notNoun, nor an adverb in -ly.
func nounAfterQuantity(a string) bool {
	return len(a) > 2 && isLetterWord(a) && a == strings.ToLower(a) && !notNoun[a] && !strings.HasSuffix(a, "ly")
}

var determiners = setOf("the this that these those his her their our my its your whose")

// notNoun are words that follow a quantity without making it an adjective.
var notNoun = setOf(`in of at on to for from and or but nor with by per via away long wide tall high deep
is was are were be been being has have had will would can could may might must shall should
each apart ago later earlier old left behind ahead more less than this that these those it
he she they we you up down off over under into onto across through around about before after
then too yet still already instead ever never not if so as when where while because since until
farther further below above beyond along against among between during without within`)

// meridiemTail reports a time ending in am or pm ("9am", "5:30pm").
func meridiemTail(s string) bool {
	return len(s) > 2 && meridiem(s[len(s)-2:]) != "" && isDigit(s[len(s)-3])
}

// yearTwo reads a two-digit year: '99 → ninety nine, '05 → oh five.
func yearTwo(dst []string, v int) []string {
	if v < 10 {
		return append(dst, "oh", onesWords[v])
	}
	return appendUnder100(dst, v)
}

// colon reads times and ratios.
func (n *normalizer) colon(t *token, s string) int {
	src := t.raw
	body, mer := s, ""
	// Glued meridiem: 10:30am, 10:30pm.
	if len(s) > 2 {
		if m := meridiem(s[len(s)-2:]); m != "" {
			body, mer = s[:len(s)-2], m
		}
	}
	used := 1
	if mer == "" {
		if next := n.peek(1); next != nil && t.post == "" {
			if m := meridiem(next.core); m != "" {
				mer = m
				used = 2
			}
		}
	}
	if mer == "" && n.zuluTime(t, body) {
		return 1
	}
	if mer == "" && n.inPart == 0 {
		if w, ok := clock24Pair(body, n.clockPartner()); ok {
			n.by("military time")
			n.emit(src, w...) // "between 09:00 and 15:00" oh nine hundred
			return 1
		}
	}
	if mer == "" && n.inPart == 0 {
		if w, ok := n.wholeHour24(body); ok {
			n.by("military time")
			n.emit(src, w...) // "check-in from 15:00; check-out by 11:00" eleven hundred
			return 1
		}
	}
	if w, ok := clockTime(body, mer != ""); ok {
		n.emit(src, w...)
		if mer != "" {
			n.emitLetter(src, mer)
			n.emitLetter(src, "m")
			if used == 2 && strings.Contains(n.peek(1).core, ".") {
				n.absorbed = true
			}
		}
		return used
	}
	parts := strings.Split(s, ":")
	// Race times: 3:43.13 → three forty three point one three.
	if len(parts) == 2 && allDigits(parts[0]) && len(parts[0]) <= 2 && len(parts[1]) > 3 && parts[1][2] == '.' && allDigits(parts[1][:2]) && allDigits(parts[1][3:]) {
		n.emit(src, appendIntegerValue(nil, parts[0])...)
		n.emit(src, yearTwo(nil, atoiSmall(parts[1][:2]))...)
		n.emit(src, "point")
		n.emit(src, appendDigitNames(nil, parts[1][3:], false)...)
		return 1
	}
	// Durations in minutes and seconds past 24: "in 25:30" twenty five thirty (a ratio's
	// second number is rarely two digits with a leading zero or above the first's scale).
	if len(parts) == 2 && allDigits(parts[0]) && allDigits(parts[1]) && len(parts[0]) == 2 && len(parts[1]) == 2 &&
		atoiSmall(parts[0]) > 24 && atoiSmall(parts[1]) < 60 && parts[1] != "00" {
		n.by("duration")
		n.emit(src, appendIntegerValue(nil, parts[0])...)
		n.emit(src, yearTwo(nil, atoiSmall(parts[1]))...)
		return 1
	}
	// A pace or a time per unit: "5:06/km" five oh six per kilometer.
	if len(parts) == 2 && allDigits(parts[0]) && len(parts[0]) <= 2 {
		if mm, per, ok := strings.Cut(parts[1], "/"); ok && len(mm) == 2 && allDigits(mm) && atoiSmall(mm) < 60 && mm != "00" {
			if w, ok := perWord("/" + per); ok {
				n.by("duration")
				n.emit(src, appendIntegerValue(nil, parts[0])...)
				n.emit(src, yearTwo(nil, atoiSmall(mm))...)
				n.emit(src, w...)
				return 1
			}
			if d, un, ok := paceDistance(per); ok {
				// Round twenty-five: a split per a distance with its number, "1:53/100m" one
				// fifty three per one hundred meters, "2:05/500m" (it was colon and slash).
				n.by("duration")
				n.emit(src, appendIntegerValue(nil, parts[0])...)
				n.emit(src, yearTwo(nil, atoiSmall(mm))...)
				n.emit(src, "per")
				n.emit(src, appendNumber(nil, d)...)
				n.emit(src, strings.Fields(plural(d.isOne(), un.sing, un.plural))...)
				return 1
			}
		}
	}
	// Ratios and scores: 3:1 → three to one.
	if len(parts) == 2 && allDigits(parts[0]) && allDigits(parts[1]) {
		n.emit(src, appendInteger(nil, parts[0])...)
		n.emit(src, "to")
		n.emit(src, appendInteger(nil, parts[1])...)
		return 1
	}
	for k, p := range parts {
		if k > 0 {
			n.emit(src, "colon")
		}
		if p != "" {
			n.part(src, p)
		}
	}
	return 1
}

// phoneGroups recognizes digit groups of a phone number joined by hyphens
// or dots: 555-1234, 555-123-4567, 1-800-555-1234, 555.123.4567.
func phoneGroups(s string) ([]string, bool) {
	var parts []string
	switch {
	case strings.Count(s, "-") >= 1 && !strings.ContainsAny(s, ".,"):
		parts = strings.Split(s, "-")
	case strings.Count(s, ".") >= 2 && !strings.ContainsAny(s, "-,"):
		parts = strings.Split(s, ".")
	default:
		return nil, false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return nil, false
		}
	}
	switch len(parts) {
	case 2:
		if len(parts[0]) == 3 && len(parts[1]) == 4 {
			return parts, true
		}
	case 3:
		if len(parts[0]) == 3 && (len(parts[1]) == 3 || len(parts[1]) == 2) && len(parts[2]) == 4 {
			return parts, true
		}
	case 4:
		if len(parts[0]) <= 3 && len(parts[1]) == 3 && len(parts[2]) == 3 && len(parts[3]) == 4 {
			return parts, true
		}
	}
	if trunkGroups(parts) {
		return parts, true
	}
	return nil, false
}

// trunkGroups reports a national number written with its trunk zero in dashed groups, as
// outside North America: "07700-900-123", "020-7946-0958", "03-5555-1234" (two to four groups of
// two to five digits, nine to eleven digits in all; "0900-1700" is too short for a number).
func trunkGroups(parts []string) bool {
	if len(parts) < 2 || len(parts) > 4 || len(parts[0]) < 2 || parts[0][0] != '0' || parts[0] == "00" {
		return false
	}
	total := 0
	for _, p := range parts {
		if len(p) < 2 || len(p) > 5 {
			return false
		}
		total += len(p)
	}
	return total >= 9 && total <= 11
}

// phone reads digit groups one digit at a time with a short pause between
// groups: "555-1234" → five five five, one two three four.
func (n *normalizer) phone(src string, groups []string, lead string) {
	if lead != "" {
		n.emit(src, lead)
	}
	for i, g := range groups {
		if g == "800" && tollFreeArea(groups, i) {
			// The toll-free area code is said "eight hundred" ("1-800-829-1040" one eight
			// hundred eight two nine …), as every American reads it; 888, 877… stay digits.
			n.emit(src, "eight", "hundred")
		} else {
			n.emit(src, appendDigitNames(nil, g, false)...)
		}
		n.raise(len(n.out)-1, Minor)
	}
}

// tollFreeArea reports whether groups[i] is a North American area code: the first of ten
// digits in groups of 3, 3 and 4, or the second after a country code of 1.
func tollFreeArea(groups []string, i int) bool {
	rest := groups[i+1:]
	if len(rest) != 2 || len(rest[0]) != 3 || len(rest[1]) != 4 {
		return false
	}
	return i == 0 || i == 1 && groups[0] == "1"
}

// phoneTokens recognizes phone numbers spread over tokens:
// "(555) 123-4567", "+1 555 123 4567", "+44 20 7946 0958".
func (n *normalizer) phoneTokens() int {
	t := n.peek(0)
	if t == nil {
		return 0
	}
	if k := n.morePhones(t); k > 0 {
		return k
	}
	if strings.HasSuffix(t.pre, "(") && len(t.core) == 12 && t.core[3] == ')' && allDigits(t.core[:3]) {
		if g, ok := phoneGroups(t.core[4:]); ok && len(g) == 2 {
			n.phone(t.raw, append([]string{t.core[:3]}, g...), "")
			return 1
		}
	}
	if t.pre == "(" && t.post == ")" && len(t.core) == 3 && allDigits(t.core) {
		next := n.peek(1)
		if next == nil || next.pre != "" {
			return 0
		}
		if g, ok := phoneGroups(next.core); ok && len(g) == 2 {
			n.phone(t.raw, append([]string{t.core}, g...), "")
			return 2
		}
		return 0
	}
	if len(t.core) >= 3 && len(t.core) <= 5 && t.core[0] == '0' && allDigits(t.core) && t.post == "" && t.pre == "" {
		groups := []string{t.core}
		k, digits, pairs := 1, len(t.core), false
		for ; k < 5; k++ {
			nt := n.peek(k)
			if nt == nil || nt.pre != "" || len(nt.core) < 2 || len(nt.core) > 6 || !allDigits(nt.core) || len(nt.core) == 2 && len(t.core) < 4 || k == 4 && !pairs {
				break
			}
			groups = append(groups, nt.core)
			digits += len(nt.core)
			pairs = pairs || len(nt.core) == 2 // "03457 48 49 50": a number said in pairs, written so
			if nt.post != "" {
				k++
				break
			}
		}
		if pairs && (digits < 10 || digits > 11) {
			k = 0 // "0800 12 days": not a number in pairs
		}
		if k >= 3 || k == 2 && len(t.core)+len(groups[1]) >= 10 {
			n.phone(t.raw, groups, "")
			return k
		}
	}
	if len(t.core) == 4 && allDigits(t.core) && t.post == "" && t.pre == "" {
		// Card numbers: four groups of four digits.
		groups := []string{t.core}
		for k := 1; k <= 3; k++ {
			nt := n.peek(k)
			if nt == nil || nt.pre != "" || len(nt.core) != 4 || !allDigits(nt.core) || k < 3 && nt.post != "" {
				break
			}
			groups = append(groups, nt.core)
		}
		years := 0
		for _, g := range groups {
			if v := atoiSmall(g); v >= 1900 && v <= 2099 {
				years++
			}
		}
		if len(groups) == 4 && years < 4 {
			n.phone(t.raw, groups, "")
			return 4
		}
	}
	if t.core == "1" && t.post == "" {
		// A toll-free or long-distance number with spaces: "1 800 555 0199".
		lens := []int{3, 3, 4}
		k := 1
		for ; k <= 3; k++ {
			nt := n.peek(k)
			if nt == nil || nt.pre != "" || len(nt.core) != lens[k-1] || !allDigits(nt.core) || k < 3 && nt.post != "" {
				break
			}
		}
		if k == 4 {
			groups := []string{"1"}
			for j := 1; j <= 3; j++ {
				groups = append(groups, n.peek(j).core)
			}
			n.phone(t.raw, groups, "")
			return 4
		}
	}
	if strings.HasPrefix(t.core, "+") && len(t.core) >= 2 && len(t.core) <= 4 && allDigits(t.core[1:]) && t.post == "" {
		groups := []string{t.core[1:]}
		dashedGroups := false
		k := 1
		for ; k < 6; k++ {
			nt := n.peek(k)
			if nt == nil || nt.pre != "" && nt.pre != "(" {
				break
			}
			c := withoutParens(nt.core)
			dashed := strings.Split(c, "-") // "+81 3-1234-5678": a local number in dashed groups
			if c = strings.Join(dashed, ""); !allDigits(c) || len(c) > 8 && len(dashed) == 1 || slices.ContainsFunc(dashed, func(g string) bool { return g == "" || len(g) > 4 }) && len(dashed) > 1 {
				break
			}
			if len(dashed) > 1 {
				dashedGroups = true
				groups = append(groups, dashed...)
			} else {
				groups = append(groups, c)
			}
			if nt.post != "" && nt.post != ")" {
				k++
				break
			}
		}
		// Groups of five to eight digits ("+49 30 901820"), or dashed groups, only in a number
		// of eight digits or more after its country code.
		if long := slices.ContainsFunc(groups[1:], func(g string) bool { return len(g) > 4 }); len(groups) < 3 || (long || dashedGroups) && groupDigits(groups[1:]) < 8 {
			return 0
		}
		n.phone(t.raw, groups, "plus")
		return k
	}
	return 0
}

// rangeOf reads "lo-hi" as a range or score: "ten to twelve".
func (n *normalizer) rangeOf(t *token, lo, hi number, tail string) int {
	src := t.raw
	lv, lok := lo.value()
	hv, hok := hi.value()
	yearish := lok && hok && len(lo.intPart) == 4 && lv >= 1000 && lv <= 2999 && !lo.commas && !n.rangeWithUnit(tail)
	var w []string
	if yearish {
		n.by("year range")
		w = appendYear(w, lv)
		w = append(w, n.rangeWord())
		switch {
		case len(hi.intPart) == 4 && hv >= 1000:
			w = appendYear(w, hv)
		case len(hi.intPart) == 2:
			w = yearTwo(w, hv)
		default:
			w = appendNumber(w, hi)
		}
		n.emit(src, w...)
		if tail == "s" { // 1990-95s is rare; read the s as plural decade
			return 1
		}
		if tail != "" {
			n.part(src, tail)
		}
		return 1
	}
	if tail == "" && n.tennisSets() {
		// Tennis: "won 6-4, 3-6, 7-6" six four, three six, seven six.
		n.by("tennis score")
		w = appendSetSide(w, lo.intPart)
		n.emit(src, appendSetSide(w, hi.intPart)...)
		return 1
	}
	if tail == "" && !lo.hasPoint && !hi.hasPoint && !lo.commas && !hi.commas && !lo.plus && len(lo.intPart) <= 3 && len(hi.intPart) <= 3 && n.isRecord() {
		// Win–loss records: "went 11-5" eleven and five, "is 8-0" eight and oh.
		n.by("win-loss record")
		n.recordAt = n.i
		n.emit(src, appendRecord(w, lo.intPart, hi.intPart)...)
		return 1
	}
	n.by("range or score")
	w = appendNumber(w, lo)
	w = append(w, n.rangeWord())
	w = appendNumber(w, hi)
	n.emit(src, w...)
	switch {
	case tail == "":
		return n.unitAfter(t, hi)
	case tail == "%":
		n.emit(src, "percent")
	case tail == "x" || tail == "×":
		n.emit(src, "times")
	default:
		if deg, ok := bareDegreeUnits[tail]; ok && n.inPart == 0 && n.bareDegreeContext() {
			n.emit(src, "degrees", deg) // "lows of 2-4C" in a forecast
		} else if un, ok := unitWord(tail, false); ok {
			n.emit(src, strings.Fields(un.plural)...)
		} else {
			n.part(src, tail)
		}
	}
	return 1
}

// tennisSet reports a score a tennis set can end with: "6-4", "7-5", "7-6", "3-6".
func tennisSet(s string) bool {
	s = strings.Replace(s, "–", "-", 1) // round sixteen: an en dash joins a set's games as a hyphen does
	if len(s) != 3 || s[1] != '-' || !isDigit(s[0]) || !isDigit(s[2]) {
		return false
	}
	a, b := int(s[0]-'0'), int(s[2]-'0')
	hi, lo := max(a, b), min(a, b)
	return hi == 6 && lo <= 4 || hi == 7 && (lo == 5 || lo == 6)
}

// tennisSets reports a set score in a run of at least two, joined by commas, spaces or "and":
// "6-4, 3-6, 7-6", "7-5 and 6-3". One score alone is a score like any other.
func (n *normalizer) tennisSets() bool {
	cur := n.peek(0)
	if !tennisSet(cur.core) {
		return false
	}
	if n.setWordBefore() {
		return true // "won the first set 6-3"
	}
	joined := func(a, b int) bool { // tokens at offsets a < b hold set scores joined
		x, y := n.peek(a), n.peek(b)
		if x == nil || y == nil || !tennisSetToken(x) || !tennisSetToken(y) {
			return false
		}
		post := x.post
		if _, _, ok := tiebreakSet(x.core, x.post); ok {
			post = post[1:] // "7-6(5)," the set ends at the parenthesis
		}
		if b == a+1 {
			return post == "," || post == ""
		}
		m := n.peek(a + 1)
		return b == a+2 && (post == "" || post == ",") && m.post == "" && strings.EqualFold(m.core, "and")
	}
	return joined(0, 1) || joined(0, 2) || joined(-1, 0) || joined(-2, 0)
}

// appendSetSide reads one side of a tennis score: "0" is love.
func appendSetSide(dst []string, d string) []string {
	if d == "0" {
		return append(dst, "love")
	}
	return appendInteger(dst, d)
}

// emergencyWords after 911 or 999 make it the emergency number, read digit by digit: "a 911
// call", "the 999 operator" (a Porsche 911 stays a name).
var emergencyWords = setOf("call calls caller callers dispatcher dispatchers dispatch operator operators center centre system line lines emergency emergencies service services")

// emergencyNumber reports 911 or 999 before a word of emergency calls.
func (n *normalizer) emergencyNumber() bool {
	next := n.peek(1)
	return next != nil && n.peek(0).post == "" && emergencyWords[next.lower()]
}

// nameNumber reports a three-digit number that is part of a name and read
// in pairs: "Boeing 747", "CS 101", "room 101", "Highway 101".
func (n *normalizer) nameNumber() bool {
	prev := n.peek(-1)
	if prev == nil || prev.core == "" {
		return false
	}
	l := prev.lower()
	if pairedLabel[l] && (prev.post == "" || n.apposition(prev)) {
		return true
	}
	if prev.post != "" {
		return false
	}
	if !isCapitalized(prev.core) || !isLetterWord(prev.core) || monthIndex[l] > 0 || quantityPrev[l] || labelPrev[l] || scaleNames[l] {
		return false
	}
	if n.i-1 == 0 && !isUpperWord(prev.core) && !versionNames[l] && !modelMakers[l] {
		return false // "About 300 people": a capital only because it starts the sentence
	}
	if next := n.peek(1); next != nil && n.peek(0).post == "" {
		if _, ok := unitWord(next.core, true); ok {
			return false
		}
		if versionNames[l] || modelMakers[l] {
			// After a software name or a maker a plural is mostly a verb ("Firefox 128 ships");
			// only what versionBlocker names counts ("Update 300 files" is caught below too).
			if versionBlocker(next.core) {
				return false
			}
			if !(n.i-1 == 0 && versionLower[l]) {
				return true
			}
		}
		if l := next.core; len(l) > 3 && isLetterWord(l) && l == strings.ToLower(l) && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !verbish[l] {
			return false // "John 250 times": a count
		}
	}
	return true
}

// pairedLabel are nouns whose three-digit labels are read in pairs.
var pairedLabel = setOf("room flight route highway interstate channel gate bus track exit platform suite apartment locker pier berth dock stall booth cabin box unit train tram ferry shuttle port " +
	"bay desk court stand hangar studio counter aisle pump ward lab classroom office") // the second line: round sixteen

// houseNumber reports a number followed by a street name: "1600
// Pennsylvania Ave.", "123 Main Street".
func (n *normalizer) houseNumber() bool {
	if n.peek(0).post != "" {
		return false
	}
	for off := 1; off <= 4; off++ {
		p := n.peek(off)
		if p == nil || !isCapitalized(p.core) && !ordinalDigits(p.core) || p.pre != "" {
			return false // "350 W 42nd St.": a compass letter and an ordinal name
		}
		l := p.lower()
		if off > 1 && (streetWords[l] || streetAbbrev[l] && l != "dr" && l != "st" || (l == "st" || l == "dr") && (p.hasDot() || ordinalDigits(n.peek(off-1).core))) {
			return true
		}
		if p.post != "" && !(off == 1 && p.post == "." && compassLetter(p.core)) {
			return false // round thirty: "1207 N. Oak St." a compass letter with a point
		}
	}
	return false
}

// compassLetter reports N, S, E or W.
func compassLetter(s string) bool { return s == "N" || s == "S" || s == "E" || s == "W" }

// appendPaired reads a 3- or 4-digit house number in pairs: 123 → one
// twenty three, 1600 → sixteen hundred, 2005 → twenty oh five.
func appendPaired(dst []string, digits string) []string {
	v := atoiSmall(digits)
	if len(digits) == 3 {
		hi, lo := v/100, v%100
		switch {
		case lo == 0:
			return appendCardinal(dst, uint64(v))
		case lo < 10:
			return append(dst, onesWords[hi], "oh", onesWords[lo])
		}
		return appendUnder100(append(dst, onesWords[hi]), lo)
	}
	hi, lo := v/100, v%100
	if hi%10 == 0 && lo == 0 {
		return appendCardinal(dst, uint64(v)) // 2000 two thousand
	}
	return appendPairs(dst, hi, lo)
}

// codeContext reports a code-like word just before the current token
// ("zip code 90210", "PIN is 1234").
func (n *normalizer) codeContext() bool {
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil {
			return false
		}
		if digitContext[p.lower()] {
			return true
		}
		if off == -1 && len(p.core) == 2 && isUpperWord(p.core) && len(n.peek(0).core) == 5 && p.post == "" {
			return true // US state and ZIP code: IL 62704
		}
		// Look through "is", "was", "number", "#": "the lot number is 7720415".
		if p.core != "is" && p.core != "was" && p.core != "number" && p.core != "#" || off == -2 && p.core != "number" {
			return false
		}
	}
	return false
}

// digitContext are words after which a number is a code read digit by digit.
var digitContext = setOf(`zip code postcode pin account acct card serial extension ext id passcode password
isbn ssn routing tracking confirmation call dial lot batch s/n`)

// yearPrev are words after which a four-digit number is a year.
var yearPrev = setOf(`in since by of from until till to year circa ca c before after during around spring
summer autumn fall winter early late mid between and or born died ad bc class vintage census election
olympics season christmas easter model fiscal fy through thru january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec est
established founded act`)

// yearDeterminer are the words before a year that names an event ("the 1840 election").
var yearDeterminer = setOf(`the that this its their his her our`)

// yearEvent are nouns naming an event or a document of one time, before which a number after a
// determiner is its year, older years too: "the 1871 fire", "its 1215 charter".
var yearEvent = setOf(`election census war revolution rebellion uprising revolt riot riots massacre fire
flood earthquake hurricane storm blizzard famine epidemic pandemic plague outbreak drought eruption crash
panic depression strike treaty convention constitution charter exhibition exposition expedition voyage
invasion battle siege mutiny referendum coronation gold purchase compromise accord edition`)

// modifiesPlural reports whether the token at offset off, a noun, is joined (no punctuation
// between) to a plural after it, which it then modifies: "the 1200 fire trucks".
func (n *normalizer) modifiesPlural(off int) bool {
	p, q := n.peek(off), n.peek(off+1)
	return p != nil && q != nil && p.post == "" && (plainPlural(q.core) || irregularPlurals[q.core])
}

// quantityPrev are words after which a number is a quantity.
var quantityPrev = setOf(`about over under than nearly almost some approximately only just exactly least
most total roughly another additional extra all nearly`)

var irregularPlurals = setOf(`people men women children feet teeth mice geese persons police cattle staff
sheep fish deer species series`)

var verbish = setOf(`was is has does goes says sees gets makes takes comes becomes remains marks sets
saw his its this thus plus less us as yes`)

// isYear decides whether a bare four-digit integer is a year.
func (n *normalizer) isYear(v int) bool {
	if v < 1000 || v > 2099 {
		return false
	}
	cur := n.peek(0)
	prevWord := ""
	if prev := n.peek(-1); prev != nil {
		prevWord = prev.lower()
		if prev.post != "" && prev.post != "." {
			prevWord = "" // punctuation between: no context
		}
	}
	if quantityPrev[prevWord] || labelPrev[prevWord] {
		return false
	}
	if periodLabel(prevWord) {
		return v >= 1900 // "Q4 2024 sales", "H1 2025": the year of a quarter or half
	}
	if next := n.peek(1); next != nil && cur.post == "" {
		nc := next.core
		if _, ok := unitWord(nc, true); ok {
			return false
		}
		l := strings.ToLower(nc)
		if scaleNames[l] {
			return false
		}
		switch l {
		case "ad", "bc", "bce", "ce", "a.d", "b.c":
			return true
		}
		plural := isLetterWord(nc) && nc == l && len(l) > 2 && (irregularPlurals[l] ||
			strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") &&
				!strings.HasSuffix(l, "is") && !verbish[l])
		if plural {
			// "1984 people" counts; "the 2020 elections" and "in 1990
			// dollars" name a year.
			prevName := false
			if p := n.peek(-1); p != nil && n.i > 1 && p.post == "" && isCapitalized(p.core) && isLetterWord(p.core) {
				prevName = true // "Boston Marathon 2024 results"
			}
			return v >= 1900 && (prevWord == "the" || prevName) || yearPrev[prevWord] && prevWord != "of" && prevWord != "to"
		}
		if yearDeterminer[prevWord] && yearEvent[l] && !n.modifiesPlural(1) {
			// "the 1840 election", "its 1215 charter": the year of the event the noun names
			// ("the 1200 fire trucks" counts trucks).
			return true
		}
	}
	if yearPrev[prevWord] {
		return true
	}
	// Without context, modern years are far more common than
	// quantities of that size; older ones are read as quantities.
	return v >= 1900
}

// periodLabel reports a quarter or half of a year written short: q1–q4, h1, h2 (lower case).
func periodLabel(w string) bool {
	return len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2'))
}

// labelPrev are nouns that take a number as a label ("page 1024").
var labelPrev = setOf(`page pages room route flight number no chapter section apartment suite bus channel
track gate exit highway interstate model version episode level line platform step item figure table unit box
lot article rule verse grade size code pin # player jersey seat row`)

// quantity reads a number with an optional glued suffix (ordinal, decade,
// percent, unit, scale, meridiem) and a possible unit or meridiem in the
// next token.
func (n *normalizer) quantity(t *token, num number, rest string) int {
	src := t.raw
	if k := n.round6Quantity(t, num, rest); k > 0 {
		return k
	}
	if k := n.labelLetter(t, num, rest); k > 0 {
		return k
	}
	if modelLetter(num, rest) {
		// "the 777X", "a 350Z": a model name, in pairs with its letter.
		n.by("number read in pairs")
		n.emit(src, appendPaired(nil, num.intPart)...)
		for k := 0; k < len(rest); k++ {
			if isDigit(rest[k]) {
				n.emit(src, onesWordsOrZero(rest[k]))
			} else {
				n.emitLetter(src, strings.ToLower(rest[k:k+1]))
			}
		}
		return 1
	}
	if k := n.spacedHeight(t, num, rest); k > 0 {
		return k
	}
	if k := n.inchMark(t, num, rest); k > 0 {
		return k
	}
	if k := n.feetMark(t, num, rest); k > 0 {
		return k
	}
	if k := n.versionSeries(t, num, rest); k > 0 {
		return k
	}
	if k := n.minutesAfterHours(t, num, rest); k > 0 {
		return k
	}
	if rest != "" {
		return n.suffix(t, num, rest)
	}
	// "12.50 USD", "9.99 EUR": an amount in cents before a currency code is money, as "USD 12.50" is.
	if next := n.peek(1); next != nil && t.post == "" && num.hasPoint && len(num.frac) == 2 && next.pre == "" {
		if c, ok := currencyCodes[next.core]; ok {
			n.by("money")
			n.emit(src, appendMoney(nil, num, c, "")...)
			return 2
		}
	}
	// "1 1/2": a whole number followed by a fraction.
	if next := n.peek(1); next != nil && t.post == "" && !num.hasPoint && next.pre == "" {
		if a, b, ok := splitFraction(next.core); ok {
			n.by("fraction")
			w := appendNumber(nil, num)
			n.emit(src, andFraction(w, a, b)...)
			return 2 + n.unitAfterN(next, number{intPart: "2"}, 1)
		}
		// Time with a separate meridiem: "3 pm", "11 a.m.".
		if v, ok := num.value(); ok && v >= 1 && v <= 12 && !num.neg && len(num.intPart) <= 2 {
			if m := meridiem(next.core); m != "" {
				n.by("time")
				n.emit(src, appendUnder100(nil, v)...)
				n.emitLetter(src, m)
				n.emitLetter(src, "m")
				if strings.Contains(next.core, ".") {
					n.absorbed = true
				}
				return 2
			}
		}
		if c, ok := currencyCodes[next.core]; ok {
			n.by("money")
			n.emit(src, appendMoney(nil, num, c, "")...)
			return 2
		}
		if c, ok := trailingCurrency(next.core); ok {
			n.by("money")
			n.emit(src, appendMoney(nil, num, c, "")...)
			return 2
		}
	}
	if n.era(t, num) || n.militaryTime(num) {
		return 1
	}
	if k := n.resolution(t, num); k > 0 {
		return k
	}
	if (len(num.intPart) == 3 || len(num.intPart) == 4) && !n.scaleAfter64(t) && n.pairedName(num) {
		n.by("number read in pairs")
		n.emit(src, appendPaired(nil, num.intPart)...)
		return n.unitAfter(t, num)
	}
	if n.codeDigits(t, num) {
		return 1
	}
	if !num.hasPoint && !num.commas && !num.neg && !num.plus && (len(num.intPart) == 3 || len(num.intPart) == 4) && num.intPart[0] != '0' && n.houseNumber() {
		n.by("house number")
		n.emit(src, appendPaired(nil, num.intPart)...)
		return 1
	}
	if v, _ := num.value(); !num.hasPoint && !num.commas && !num.neg && !num.plus && len(num.intPart) == 3 && ((v == 911 || v == 999) && n.emergencyNumber() || n.serviceCode(v)) {
		n.by("code digits")
		n.emit(src, appendDigitNames(nil, num.intPart, false)...)
		return 1
	}
	if !num.hasPoint && !num.commas && !num.neg && !num.plus && len(num.intPart) == 3 && num.intPart[0] != '0' && !n.scaleAfter64(t) && (n.nameNumber() || n.modelNumber() || n.statusBefore(num)) {
		n.by("number read in pairs")
		n.emit(src, appendPaired(nil, num.intPart)...)
		return n.unitAfter(t, num)
	}
	if !num.hasPoint && !num.commas && !num.neg && len(num.intPart) >= 3 && n.codeContext() {
		n.by("code digits")
		n.emit(src, appendDigitNames(nil, num.intPart, false)...)
		return 1
	}
	if v, ok := num.value(); ok && !num.neg && !num.commas && len(num.intPart) == 4 && num.intPart[0] != '0' && n.isYear(v) {
		n.by("year")
		n.emit(src, appendYear(nil, v)...)
		return 1
	}
	n.by("number")
	n.emit(src, appendNumber(nil, num)...)
	return n.unitAfter(t, num)
}

// unitAfter reads a unit in the next token ("5 km") and returns the tokens
// consumed (1 when there is none).
func (n *normalizer) unitAfter(t *token, num number) int {
	return 1 + n.unitAfterN(t, num, 0)
}

// unitAfterN looks at the token after position n.i+off.
func (n *normalizer) unitAfterN(t *token, num number, off int) int {
	next := n.peek(off + 1)
	if next == nil || t.post != "" || next.pre != "" {
		return 0
	}
	core := next.core
	un, ok := unitWord(core, true)
	if !ok {
		if core == "in" {
			// "6 ft 2 in": inches after feet.
			if pp := n.peek(off - 1); pp != nil && (pp.core == "ft" || pp.core == "feet" || pp.core == "foot") {
				un, ok = unitWord(core, false)
			}
		}
		if !ok && (core == "in" || core == "s" || core == "W" || core == "V" || core == "t" || core == "pt") {
			after := n.peek(off + 2)
			if next.post != "" || after == nil || core == "t" && (after.core == "of" || n.tonBeforeWord(off+1, after)) {
				// "11 t of fuel": tons of something.
				un, ok = unitWord(core, false)
			} else if (core == "W" || core == "V") && (isLetterWord(after.core) && after.core == after.lower() ||
				strings.HasPrefix(after.core, "±") || strings.HasPrefix(after.core, "+/-") || after.core == "AC" || after.core == "DC" || after.core == "RMS" || wattsBeforeRating45(next, after)) {
				// "230 V ±10%", "12 V DC": volts before a tolerance or a current's kind.
				// "450 W under load", "a 12 V battery": watts and volts before a lower-case
				// word; before a name or a number W is a compass point ("40 W 57th St").
				un, ok = unitWord(core, false)
			}
		}
	}
	if !ok {
		if c, isCur := currencyCodes[core]; isCur {
			// "10 USD": the amount was read as a number; name the currency.
			n.emit(next.raw, strings.Fields(plural(num.isOne(), c.sing, c.plural))...)
			return 1
		}
		return 0
	}
	if core == "°" {
		// "30 °C" written as two tokens after the degree sign is rare.
		return 0
	}
	if n.rule == "number" {
		n.rule = "number and unit"
	}
	one := num.isOne() || adjectival(n.peek(off-1), n.peek(off+2), next) || wattsBeforeRating45(next, n.peek(off+2)) || measuredNoun(next, n.peek(off+2)) || n.articleDimension(off, next) || spacedUnitBeforePlural(next, n.peek(off+2)) && !r61VerbAfterUnit(n.peek(off-1), n.peek(off+2), n.peek(off+3)) ||
		next.post == "" && len(next.core) >= 2 && unitBeforeCompound(next.core, n.peek(off+2), n.peek(off+3)) ||
		(next.post == "" || r40UnitPeriod(next, n.peek(off+2))) && unitBeforeHead(next.core, n.peek(off+2), n.peek(off+3), n.peek(off+4))
	n.emit(next.raw, strings.Fields(plural(one, un.sing, un.plural))...)
	return 1
}

// suffix reads what is glued after a number.
func (n *normalizer) suffix(t *token, num number, rest string) int {
	src := t.raw
	n.by(suffixRule(rest))
	l := strings.ToLower(rest)
	switch {
	case !num.hasPoint && !num.neg && (l == "st" || l == "nd" || l == "rd" || l == "th"):
		n.emit(src, appendOrdinal(nil, num.intPart)...)
		return 1
	case !num.hasPoint && !num.neg && (rest == "s" || rest == "'s" || rest == "’s"):
		if num.intPart == "0" {
			n.emit(src, "zeros")
			return 1
		}
		if v, ok := num.value(); ok && !num.commas && (v%10 == 0 || v < 10) {
			n.emit(src, appendDecade(nil, v)...)
			return 1
		}
		w := appendNumber(nil, num)
		if len(w) == 2 && w[0] == "one" && scaleNames[w[1]] {
			w = w[1:] // 1,000s → thousands
		}
		w[len(w)-1] = pluralWord(w[len(w)-1])
		n.emit(src, w...)
		return 1
	case (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "′")) && !num.hasPoint && !num.neg:
		// Heights: 6'2" → six foot two.
		in := strings.TrimRight(strings.TrimLeft(rest, "'′"), "\"″")
		if allDigits(in) && len(in) <= 2 {
			n.emit(src, appendNumber(nil, num)...)
			n.emit(src, "foot")
			n.emit(src, appendInteger(nil, in)...)
			return 1
		}
	case rest == "²" || rest == "³":
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, map[string]string{"²": "squared", "³": "cubed"}[rest])
		return 1
	case strings.HasPrefix(rest, "^") && len(rest) > 1:
		// Powers: 10^6 → ten to the power of six.
		if e, tail, ok := scanNumber(rest[1:]); ok && tail == "" {
			n.emit(src, appendNumber(nil, num)...)
			n.emit(src, "to", "the", "power", "of")
			n.emit(src, appendNumber(nil, e)...)
			if !num.hasPoint && !e.hasPoint && !e.neg && num.intPart == "10" {
				return 1 + n.unitAfterN(t, number{intPart: "2"}, 0) // "10^12 Hz" ten to the power of twelve hertz
			}
			return 1
		}
	case (rest == "p" || rest == "i") && !num.hasPoint && !num.neg && videoLines[num.intPart]:
		// Video resolutions: 1080p ten eighty p, 720p seven twenty p.
		n.by("video resolution")
		n.emit(src, appendPaired(nil, num.intPart)...)
		n.emitLetter(src, rest)
		return 1
	case len(rest) >= 3 && len(rest) <= 4 && (rest[0] == 'p' || rest[0] == 'i') && allDigits(rest[1:]) && !num.hasPoint && !num.neg && videoLines[num.intPart]:
		// A resolution with its frame rate: 1080p60 ten eighty p sixty.
		n.by("video resolution")
		n.emit(src, appendPaired(nil, num.intPart)...)
		n.emitLetter(src, rest[:1])
		n.emit(src, appendInteger(nil, rest[1:])...)
		return 1
	case rest == "p" && !num.hasPoint && !num.neg && frameRates[num.intPart] && n.videoNear():
		// Progressive frame rates: "set the camera to 24p" twenty four p.
		n.by("video resolution")
		n.emit(src, appendNumber(nil, num)...)
		n.emitLetter(src, "p")
		return 1
	case rest == "p" && !num.hasPoint && !num.neg && (len(num.intPart) <= 2 || len(num.intPart) <= 4 && !num.commas && n.penceNear()):
		// British pence: 50p.
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, plural(num.isOne(), "penny", "pence"))
		return 1
	case rest == "ers" && !num.hasPoint && !num.neg:
		// Team names: 49ers → forty niners, 76ers → seventy sixers.
		w := appendNumber(nil, num)
		last := w[len(w)-1]
		if strings.HasSuffix(last, "e") {
			last += "rs"
		} else {
			last += "ers"
		}
		w[len(w)-1] = last
		n.emit(src, w...)
		return 1
	case rest == "%" || rest == "pc" || rest == "‰":
		n.emit(src, appendNumber(nil, num)...)
		if rest == "‰" {
			n.emit(src, "per", "mille")
		} else {
			n.emit(src, "percent")
		}
		return 1
	case rest == "¢":
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, plural(num.isOne(), "cent", "cents"))
		return 1
	}
	if c, ok := trailingCurrency(rest); ok {
		n.emit(src, appendMoney(nil, num, c, "")...)
		return 1
	}
	if m := meridiem(rest); m != "" && num.hasPoint && len(num.frac) == 2 && !num.neg {
		// 9.30pm: a time written with a dot.
		if w, ok := clockTime(num.intPart+":"+num.frac, true); ok {
			n.emit(src, w...)
			n.emitLetter(src, m)
			n.emitLetter(src, "m")
			return 1
		}
	}
	if m := meridiem(rest); m != "" {
		if v, ok := num.value(); ok && v >= 1 && v <= 12 {
			n.emit(src, appendUnder100(nil, v)...)
			n.emitLetter(src, m)
			n.emitLetter(src, "m")
			return 1
		}
	}
	if un, ok := unitWord(rest, false); ok {
		n.emit(src, appendNumber(nil, num)...)
		one := num.isOne() || adjectival(n.peek(-1), n.peek(1), t) || n.unitBeforePlural(t, rest) || t.post == "" && len(rest) >= 2 && unitBeforeCompound(rest, n.peek(1), n.peek(2)) ||
			t.post == "" && unitBeforeHead(rest, n.peek(1), n.peek(2), n.peek(3))
		n.emit(src, strings.Fields(plural(one, un.sing, un.plural))...)
		return 1
	}
	if v, ok := num.value(); (rest == "K" || rest == "k") && !num.neg && (ok && (v > 16 || v >= 1 && (n.pluralAfter() || n.kBeforeRate() || rest == "k" && n.kBeforeGameCurrency(t, v))) && v < 1000 || num.hasPoint && len(num.intPart) <= 3 && (n.pluralAfter() || n.kBeforeRate() || n.kBeforeComparative(t))) && n.countK() {
		// "Payrolls rose by 175K", "210K followers": thousands (4K, 8K, 10K races and 5000K light
		// stay k).
		n.by("scale")
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, "thousand")
		return 1
	}
	if (rest == "Y" || rest == "y") && !num.hasPoint && bondTenors[num.intPart] {
		// Bond maturities: "the 10Y" ten year.
		n.by("unit")
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, "year")
		return 1
	}
	if sc, ok := scaleSuffix[rest]; ok && rest != "k" && rest != "K" && rest != "m" && rest != "b" && rest != "B" && rest != "T" {
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, sc)
		return 1
	}
	if rest == "x" && (n.equation() || n.negativeContext()) && !n.multiplierComparative() {
		// Algebra: "2x − 5 = −1" two x minus five; "the derivative is −2x" negative two x.
		n.rule = "algebra"
		n.emit(src, appendNumber(nil, num)...)
		n.emitLetter(src, "x")
		return 1
	}
	if rest == "x" || rest == "×" {
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, "times")
		return 1
	}
	// 4x4, 1920x1080: dimensions.
	if (rest[0] == 'x' || strings.HasPrefix(rest, "×")) && len(rest) > 1 {
		r := strings.TrimPrefix(strings.TrimPrefix(rest, "x"), "×")
		if d, tail, ok := scanNumber(r); ok && !d.neg {
			if tail == "" && !num.hasPoint && !d.hasPoint && !num.commas && len(num.intPart) >= 3 && len(num.intPart) <= 4 && len(d.intPart) >= 3 && len(d.intPart) <= 4 && num.intPart[0] != '0' && d.intPart[0] != '0' {
				// Resolutions: 1920x1080 → nineteen twenty by ten eighty.
				n.emit(src, appendPaired(nil, num.intPart)...)
				n.emit(src, "by")
				n.emit(src, appendPaired(nil, d.intPart)...)
				return 1
			}
			n.emit(src, appendNumber(nil, num)...)
			n.emit(src, "by")
			return n.quantityTail(t, d, tail)
		}
	}
	if per, ok := perWord(rest); ok {
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, per...)
		return 1
	}
	// Unit with a per: "5km/h" handled above; unit then more: "5kg," etc.
	if strings.HasPrefix(rest, "/") && num.hasPoint && allDigits(rest[1:]) {
		// Ratings: 7.5/10 → seven point five out of ten.
		n.emit(src, appendNumber(nil, num)...)
		n.emit(src, "out", "of")
		n.emit(src, appendInteger(nil, rest[1:])...)
		return 1
	}
	if strings.HasPrefix(rest, "/") {
		if a, b, ok := splitFraction(num.intPart + rest); ok && !num.hasPoint {
			n.emit(src, appendFraction(nil, a, b)...)
			return 1
		}
	}
	// Anything else: the number, then the rest as a word (3D, 5G, 1080p).
	n.by("number and letters")
	n.emit(src, appendNumber(nil, num)...)
	n.part(src, rest)
	return 1
}

func (n *normalizer) quantityTail(t *token, d number, tail string) int {
	if tail == "" {
		n.emit(t.raw, appendNumber(nil, d)...)
		return n.unitAfter(t, d)
	}
	return n.suffix(t, d, tail)
}

// halfOrQuarter names 1/2 and 1/4 as a measure after an article says them ("a quarter inch"),
// or "" for another fraction.
func halfOrQuarter(a, b string) string {
	switch {
	case a == "1" && b == "2":
		return "half"
	case a == "1" && b == "4":
		return "quarter"
	}
	return ""
}

// paceDistances are the units a swimmer's, rower's or runner's split is given per.
var paceDistances = setOf("m km yd mi")

// paceDistance reads the distance after a split's slash, a whole number glued to a unit of
// length: "100m", "500m", "1km" (round twenty-five).
func paceDistance(s string) (number, unit, bool) {
	d, rest, ok := scanNumber(s)
	if !ok || d.hasPoint || d.neg || d.plus || d.commas || len(d.intPart) > 4 || d.intPart[0] == '0' || !paceDistances[rest] {
		return number{}, unit{}, false
	}
	un, ok := unitWord(rest, false)
	return d, un, ok
}

// dottedIntegers reads the groups of s between its dots as whole numbers with sep between them
// (an IPv4 address, "192.168.0.1" one ninety two dot one sixty eight dot zero dot one).
func (n *normalizer) dottedIntegers(src, s, sep string) {
	for k, g := range strings.Split(s, ".") {
		if k > 0 {
			n.emit(src, sep)
		}
		n.emit(src, appendInteger(nil, g)...)
	}
}
