package text

import "strings"

// round9Token runs the round-nine readers of issue 18; it returns the tokens consumed, 0 when
// none applies.
func (n *normalizer) round9Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	if isDigit(c[0]) {
		if n.may(shHyphen) && n.vanityNumber(t) { // "1-800-…"
			return 1
		}
		if k := n.plusUnit(t); k > 0 {
			return k
		}
		if n.may(shHyphen) && (n.zeroFor(t) || n.labelWithLetter(t)) {
			return 1
		}
		if n.may(shSlash) {
			if k := n.fractionAfterArticle(t); k > 0 { // "1/2", "1/4"
				return k
			}
		}
		if n.may(shDot) && n.yearMonthVersion(t) || n.formNumber(t) || n.may(shSlash) && n.termAndSum(t) {
			return 1
		}
		if k := n.militaryRange(t); k > 0 {
			return k
		}
		if n.chapterVerse(t) || n.bookPart(t) || n.houseNumberLetter(t) || n.blockNumber(t) {
			return 1
		}
	}
	// Each reader is asked only about a token of a shape it can read (see shape).
	if n.may(shDigit|shWide) && n.halfBefore(t) || n.may(shLower) && n.oilRate(t) ||
		n.may(shUpper) && (n.bookAbbrev(t) || n.overtime(t) || n.cveID(t) || n.promoCode(t) || n.saltName(t) || n.cityTime(t) || n.romanWithLetter(t)) ||
		n.may(shDigit) && n.quakeMagnitude(t) {
		return 1
	}
	return 0
}

// halfWords are words "half" forms a phrase with, where "1/2" before them is said "half", not
// "one half": "1/2 price", "1/2 off", "the 1/2 marathon", "1/2 of voters", "1/2 a cup", "1/2 an
// hour", "flags at 1/2 mast". Units stay with the fraction's own reading ("1/2 tsp" one half
// teaspoon), as older tables read them.
var halfWords = setOf(`price prices priced off marathon marathons time term terms day days dozen century of
a an mast sleeve sleeves moon brother brothers sister sisters court staff inning innings volley way
pipe board hearted`)

// halfBefore reads "1/2" (or "½") alone before a word of halfWords as "half". A whole number
// before it makes a mixed number ("2 1/2 days" two and a half days), read elsewhere.
func (n *normalizer) halfBefore(t *token) bool {
	if t.core != "1/2" && t.core != "½" || t.post != "" || n.inPart != 0 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !halfWords[next.core] || n.ofLabel() {
		return false // "page 1/2 of the form": page one of two
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) {
		return false
	}
	n.by("fraction")
	n.emit(t.raw, "half")
	return true
}

// halfTail reports a fraction's hyphenated tail that begins with a word of halfWords: "1/2-price
// tickets" half price (with or without an article before it).
func halfTail(tail string) bool {
	w, _, _ := strings.Cut(tail, "-")
	return halfWords[w] && w != "a" && w != "an" && w != "of"
}

// militaryRange reads a span of two 24-hour times written as four digits each, as the military
// and timetables say them: "0800–1600 UTC" oh eight hundred to sixteen hundred, "open
// 0900-1700", "2300–0700 hrs" (with its hours word). One side must have a leading zero, or a
// time zone or an hours word must follow; "1990-2000" and "Rooms 1201-1210" stay as they were.
func (n *normalizer) militaryRange(t *token) int {
	c := t.core
	if len(c) < 9 || len(c) > 11 || !isDigit(c[0]) {
		return 0
	}
	a, b := c[:4], ""
	switch {
	case c[4] == '-' && len(c) == 9:
		b = c[5:]
	case strings.HasPrefix(c[4:], "–") && len(c) == 11:
		b = c[7:]
	default:
		return 0
	}
	if !allDigits(a) || !allDigits(b) {
		return 0
	}
	ha, ma, hb, mb := atoiSmall(a[:2]), atoiSmall(a[2:]), atoiSmall(b[:2]), atoiSmall(b[2:])
	if ha > 23 || hb > 24 || ma > 59 || mb > 59 || hb == 24 && mb != 0 {
		return 0
	}
	next := n.peek(1)
	zone, hours := false, false
	if next != nil && t.post == "" {
		zone = timeZones[next.core] || zoneNames[next.core] != "" || next.core == "Z" || next.core == "local"
		switch next.lower() {
		case "hrs", "hr", "hours":
			hours = true
		}
	}
	if a[0] != '0' && b[0] != '0' && !zone && !hours || !zone && !hours && n.codeWordBefore() != "" {
		return 0 // "Ref 0451-2234": a reference, not a span of times
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, ha, ma)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendMilitary(nil, hb, mb)...)
	if hours {
		n.emit(next.raw, "hours")
		return 2
	}
	return 1
}

// bibleBooks name the books of the Bible (and common short forms) before a chapter and verse.
var bibleBooks = setOf(`Genesis Gen Exodus Ex Exod Leviticus Lev Numbers Num Deuteronomy Deut Joshua Josh
Judges Judg Ruth Samuel Sam Kings Chronicles Chron Ezra Nehemiah Neh Esther Esth Job Psalm Psalms Ps Proverbs
Prov Ecclesiastes Eccl Isaiah Isa Jeremiah Jer Lamentations Lam Ezekiel Ezek Daniel Dan Hosea Hos Joel Amos
Obadiah Jonah Micah Nahum Habakkuk Zephaniah Haggai Zechariah Zech Malachi Mal Matthew Matt Mark Luke John
Acts Romans Rom Corinthians Cor Galatians Gal Ephesians Eph Philippians Phil Colossians Col Thessalonians
Thess Timothy Tim Titus Philemon Hebrews Heb James Peter Pet Jude Revelation Rev Sirach Tobit Maccabees`)

// numberedBooks are the books that come in parts: "1 Corinthians" first corinthians.
var numberedBooks = setOf("Samuel Sam Kings Chronicles Chron Corinthians Cor Thessalonians Thess Timothy Tim Peter Pet John Maccabees")

// verseRef splits a chapter and verse written "3:16", "23:1-6" or "1:1–3": chapter, verse, and
// the verse a span ends on ("" for none). Verses have no leading zero, so "5:05" is no verse.
func verseRef(c string) (ch, v, end string, ok bool) {
	ch, rest, ok := strings.Cut(c, ":")
	if !ok || ch == "" || len(ch) > 3 || !allDigits(ch) || ch[0] == '0' {
		return "", "", "", false
	}
	v, end = rest, ""
	if k := strings.IndexAny(rest, "-–"); k >= 0 {
		v, end = rest[:k], strings.TrimLeft(rest[k:], "-–")
		if end == "" || len(end) > 3 || !allDigits(end) || end[0] == '0' {
			return "", "", "", false
		}
	}
	if v == "" || len(v) > 3 || !allDigits(v) || v[0] == '0' {
		return "", "", "", false
	}
	return ch, v, end, true
}

// bookBefore reports the name of a book of the Bible before the current token (after an
// abbreviation's point too): "John 3:16", "Ps. 23:1". A name and a time ("Mark 5:30 pm") read
// alike, and "5:05" is no verse.
func (n *normalizer) bookBefore() bool {
	prev := n.peek(-1)
	if prev == nil || !bibleBooks[prev.core] || strings.Trim(prev.post, ".") != "" {
		return false
	}
	return true
}

// chapterVerse reads a chapter and verse after a book of the Bible as a reader of scripture
// says them: "John 3:16" john three sixteen, "Psalm 23:1" psalm twenty three one, "Genesis
// 1:1–3" genesis one one to three (not a ratio or a time).
func (n *normalizer) chapterVerse(t *token) bool {
	ch, v, end, ok := verseRef(t.core)
	if !ok || !n.bookBefore() {
		return false
	}
	n.by("chapter and verse")
	n.emit(t.raw, appendInteger(nil, ch)...)
	n.emit(t.raw, appendInteger(nil, v)...)
	if end != "" {
		n.emit(t.raw, "to")
		n.emit(t.raw, appendInteger(nil, end)...)
	}
	return true
}

// bookPart reads the number of a book that comes in parts as an ordinal before its name and a
// chapter: "1 Corinthians 13:4" first corinthians, "2 Kings 5:1" second kings.
func (n *normalizer) bookPart(t *token) bool {
	if t.core != "1" && t.core != "2" && t.core != "3" || t.post != "" {
		return false
	}
	book, ref := n.peek(1), n.peek(2)
	if book == nil || ref == nil || !numberedBooks[book.core] || strings.Trim(book.post, ".") != "" {
		return false
	}
	if _, _, _, ok := verseRef(ref.core); !ok {
		return false
	}
	n.by("chapter and verse")
	n.emit(t.raw, ordinalWord(appendInteger(nil, t.core)[0]))
	return true
}

// oilRates are the rates oil and gas output is given in, after a number: "12.4 mb/d" twelve
// point four million barrels per day, "900,000 bpd", "1.2m bbl/d" (m read as million before it).
var oilRates = map[string][2]string{
	"bbl/d": {"barrel per day", "barrels per day"}, "b/d": {"barrel per day", "barrels per day"},
	"bpd": {"barrel per day", "barrels per day"}, "bopd": {"barrel of oil per day", "barrels of oil per day"},
	"boe/d": {"barrel of oil equivalent per day", "barrels of oil equivalent per day"},
	"mb/d":  {"million barrels per day", "million barrels per day"}, "mbpd": {"million barrels per day", "million barrels per day"},
	"mmb/d": {"million barrels per day", "million barrels per day"}, "kb/d": {"thousand barrels per day", "thousand barrels per day"},
	"bcf/d": {"billion cubic feet per day", "billion cubic feet per day"}, "bcm": {"billion cubic meters", "billion cubic meters"},
	"bbl": {"barrel", "barrels"}, "bbls": {"barrel", "barrels"},
	// round sixty-nine: as the EIA and producers write them in capitals, MM a million and M a
	// thousand ("6.3 MMb/d", "45 Mboe/d", "16.2 Bcf/d", "1,250 MMboe"); "Mb/d", written for a
	// thousand and for a million, is left
	"MMb/d": {"million barrels per day", "million barrels per day"}, "MMbbl/d": {"million barrels per day", "million barrels per day"},
	"MMboe/d": {"million barrels of oil equivalent per day", "million barrels of oil equivalent per day"},
	"mmboe/d": {"million barrels of oil equivalent per day", "million barrels of oil equivalent per day"},
	"Mboe/d":  {"thousand barrels of oil equivalent per day", "thousand barrels of oil equivalent per day"},
	"Bcf/d":   {"billion cubic feet per day", "billion cubic feet per day"}, "Bcfd": {"billion cubic feet per day", "billion cubic feet per day"},
	"bcfd":   {"billion cubic feet per day", "billion cubic feet per day"},
	"MMcf/d": {"million cubic feet per day", "million cubic feet per day"}, "mmcf/d": {"million cubic feet per day", "million cubic feet per day"},
	"MMcfd": {"million cubic feet per day", "million cubic feet per day"}, "mmcfd": {"million cubic feet per day", "million cubic feet per day"},
	"MMbbl": {"million barrels", "million barrels"}, "mmbbl": {"million barrels", "million barrels"},
	"MMboe": {"million barrels of oil equivalent", "million barrels of oil equivalent"},
	"mmboe": {"million barrels of oil equivalent", "million barrels of oil equivalent"},
}

// oilRate reads a rate of oil or gas output after a number or after "million" ("1.2m" read so).
func (n *normalizer) oilRate(t *token) bool {
	if !speedOilRateLens.may(t.core) {
		return false // no rate of this length: no map lookup (speed)
	}
	r, ok := oilRates[t.core]
	prev := n.peek(-1)
	if !ok || t.pre != "" || prev == nil || prev.post != "" || prev.core == "" {
		return false
	}
	p := prev.core
	last := p[len(p)-1]
	if !isDigit(last) && !scaleNames[strings.ToLower(p)] && !(last == 'm' || last == 'k' || last == 'M') {
		return false
	}
	if !isDigit(p[0]) && !scaleNames[strings.ToLower(p)] {
		return false
	}
	n.by("unit")
	w := r[1]
	if p == "1" {
		w = r[0]
	}
	n.emit(t.raw, strings.Fields(w)...)
	return true
}

// countPerUnit reads a plural noun joined by a slash to a unit after a number as so many per
// unit: "250 cells/µL" cells per microliter, "40 words/min", "3 copies/mL"; it returns the unit
// (false when this is not such a count).
func (n *normalizer) countPerUnit(left, right string) (unit, bool) {
	if !plainPlural(left) || perTime[right] != "" {
		return unit{}, false
	}
	un, ok := unitWord(right, false)
	if !ok {
		return unit{}, false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || prev.core == "" || !isDigit(prev.core[len(prev.core)-1]) {
		return unit{}, false
	}
	return un, true
}

// temperatureHere reports a number written with a degree sign, glued or spaced: "−40 °F",
// "−5°C".
func (n *normalizer) temperatureHere() bool {
	cur := n.peek(0)
	if cur == nil {
		return false
	}
	if strings.Contains(cur.core, "°") || strings.ContainsAny(cur.core, "℃℉") {
		return true
	}
	next := n.peek(1)
	return next != nil && cur.post == "" && (strings.HasPrefix(next.core, "°") || next.core == "℃" || next.core == "℉")
}

// eraBeforeYear reports an era written before its year at offset off: "AD 80", "A.D. 597",
// "CE 70".
func (n *normalizer) eraBeforeYear(off int) bool {
	era, year := n.peek(off), n.peek(off+1)
	if era == nil || year == nil || year.core == "" || !isDigit(year.core[0]) {
		return false
	}
	switch era.core {
	case "AD", "A.D", "A.D.", "CE", "C.E", "C.E.":
		return true
	}
	return false
}

// isVerseRef reports a chapter and verse: "3:16", "1:1-3".
func isVerseRef(s string) bool {
	_, _, _, ok := verseRef(s)
	return ok
}

// bookAbbrevs are short forms of books of the Bible that are other abbreviations elsewhere
// ("Gen." general, "Rev." reverend, "Col." colonel) or no word at all.
var bookAbbrevs = map[string]string{
	"Gen": "genesis", "Ex": "exodus", "Exod": "exodus", "Lev": "leviticus", "Num": "numbers", "Deut": "deuteronomy",
	"Josh": "joshua", "Judg": "judges", "Sam": "samuel", "Chron": "chronicles", "Neh": "nehemiah", "Esth": "esther",
	"Ps": "psalm", "Prov": "proverbs", "Eccl": "ecclesiastes", "Isa": "isaiah", "Jer": "jeremiah", "Lam": "lamentations",
	"Ezek": "ezekiel", "Dan": "daniel", "Hos": "hosea", "Zech": "zechariah", "Mal": "malachi", "Matt": "matthew",
	"Rom": "romans", "Cor": "corinthians", "Gal": "galatians", "Eph": "ephesians", "Phil": "philippians",
	"Col": "colossians", "Thess": "thessalonians", "Tim": "timothy", "Heb": "hebrews", "Pet": "peter", "Rev": "revelation",
}

// bookAbbrev reads a short form of a book of the Bible before a chapter and verse by the
// book's name: "Gen. 1:1" genesis one one, "Rev. 3:20", "1 Cor. 13:4".
func (n *normalizer) bookAbbrev(t *token) bool {
	name, ok := bookAbbrevs[t.core]
	next := n.peek(1)
	if !ok || next == nil || strings.Trim(t.post, ".") != "" || !isVerseRef(next.core) {
		return false
	}
	n.by("chapter and verse")
	n.emit(t.raw, name)
	n.absorbed = strings.HasPrefix(t.post, ".")
	return true
}

// overtimes read "OT" and "2OT" as overtime where a game is meant: "won 25-22 in OT", "a 3-2
// (OT) win", "lost in 2OT" double overtime. Elsewhere OT stays spelled (occupational therapy,
// the Old Testament).
var overtimes = map[string][]string{"OT": {"overtime"}, "2OT": {"double", "overtime"}, "3OT": {"triple", "overtime"}, "SO": {"shootout"}} // SO: round sixteen

func (n *normalizer) overtime(t *token) bool {
	w, ok := overtimes[t.core]
	prev := n.peek(-1)
	if !ok || prev == nil {
		return false
	}
	inGame := strings.EqualFold(prev.core, "in") && prev.post == ""
	if !inGame && strings.HasSuffix(t.pre, "(") {
		// "won 3-2 (OT)": after a score.
		a, b, ok := strings.Cut(prev.core, "-")
		inGame = ok && a != "" && b != "" && len(a) <= 3 && len(b) <= 3 && allDigits(a) && allDigits(b)
		// "Lakers 112, Celtics 108 (OT)": after a line of scores (added after the held13 unseen
		// measurement).
		inGame = inGame || allDigits(prev.core) && len(prev.core) <= 3 && n.scorelineNumberAt(-1)
	}
	if !inGame {
		return false
	}
	n.by("overtime")
	n.emit(t.raw, w...)
	return true
}

// cveID reads a vulnerability's identifier as security people say it: "CVE-2024-3094" c v e
// twenty twenty four thirty ninety four; a number of five digits or more digit by digit
// ("CVE-2021-44228" … four four two two eight).
func (n *normalizer) cveID(t *token) bool {
	rest, ok := strings.CutPrefix(t.core, "CVE-")
	if !ok || len(rest) < 9 || rest[4] != '-' || !allDigits(rest[:4]) || !allDigits(rest[5:]) || len(rest[5:]) > 7 {
		return false
	}
	year, num := rest[:4], rest[5:]
	n.by("identifier")
	for _, l := range []string{"c", "v", "e"} {
		n.emitLetter(t.raw, l)
	}
	n.emit(t.raw, appendYear(nil, atoiSmall(year))...)
	if len(num) == 4 && num[0] != '0' {
		n.emit(t.raw, appendPaired(nil, num)...)
	} else {
		n.emit(t.raw, appendDigitNames(nil, num, false)...)
	}
	return true
}

// houseNumberLetter reads a house number of three or four digits with a letter before a street
// name in pairs, as plain house numbers are: "221B Baker Street" two twenty one b, "1600A
// Pennsylvania Ave." (a single letter; "Apt. 5B" and "Lot 44B" are no house numbers).
func (n *normalizer) houseNumberLetter(t *token) bool {
	c := t.core
	l := len(c)
	if l < 4 || l > 5 || !allDigits(c[:l-1]) || c[0] == '0' || !isASCIILetter(rune(c[l-1])) || !n.houseNumber() {
		return false
	}
	n.by("house number")
	n.emit(t.raw, appendPaired(nil, c[:l-1])...)
	n.emitLetter(t.raw, strings.ToLower(c[l-1:]))
	return true
}

// blockNumber reads the hundreds of a street's block as police and reporters say them, in pairs:
// "the 1600 block of Elm St." sixteen hundred block, "the 400 block" four hundred.
func (n *normalizer) blockNumber(t *token) bool {
	c := t.core
	next, of := n.peek(1), n.peek(2)
	if len(c) != 4 || !allDigits(c) || c[0] == '0' || c[2:] != "00" || t.post != "" || next == nil || of == nil ||
		next.core != "block" || next.post != "" || of.core != "of" {
		return false
	}
	n.by("house number")
	n.emit(t.raw, appendPaired(nil, c)...)
	return true
}

// vanityNumber reads a toll-free number with letters: "1-800-273-TALK" one eight hundred two
// seven three talk, "1-888-FLY-AWAY" one eight eight eight fly away. 800 is said "eight
// hundred", the other toll-free prefixes and the digit groups digit by digit, the letters as
// the words they spell.
func (n *normalizer) vanityNumber(t *token) bool {
	c := t.core
	if !strings.HasPrefix(c, "1-8") || len(c) < 9 || len(c) > 24 || c[5] != '-' {
		return false
	}
	parts := strings.Split(c, "-")
	pre := parts[1]
	if len(pre) != 3 || !allDigits(pre) || !tollFree[pre] || len(parts) < 3 {
		return false
	}
	letters := false
	for _, p := range parts[2:] {
		switch {
		case p == "" || len(p) > 10 || len(p) > 7 && !isLetterWord(p):
			return false // letters may run past the seven digits dialled: 1-888-SAFEFOOD (round forty)
		case allDigits(p):
		case isUpperWord(p) && isLetterWord(p):
			letters = true
		default:
			return false
		}
	}
	if !letters {
		return false
	}
	n.by("phone number")
	n.emit(t.raw, "one")
	if pre == "800" {
		n.emit(t.raw, "eight", "hundred")
	} else {
		n.emit(t.raw, appendDigitNames(nil, pre, false)...)
	}
	for _, p := range parts[2:] {
		if allDigits(p) {
			n.emit(t.raw, appendDigitNames(nil, p, false)...)
		} else {
			n.vanityLetters(t.raw, p)
		}
	}
	return true
}

var tollFree = setOf("800 833 844 855 866 877 888")

// promoCode reads a code to type at a checkout that is a word and a number as the word and
// the number: "code SPRING-2024" spring twenty twenty four, "code SUMMER25" summer twenty five.
// The word must be the lexicon's (four letters or more); the number a year or at most three
// digits. Other identifiers after "code" stay character by character.
func (n *normalizer) promoCode(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && c[k] >= 'A' && c[k] <= 'Z' {
		k++
	}
	word, num := c[:k], strings.TrimPrefix(c[k:], "-")
	if k < 4 || num == "" || !allDigits(num) || num[0] == '0' || n.opts.IsWord == nil || !n.opts.IsWord(strings.ToLower(word)) {
		return false
	}
	year := len(num) == 4 && atoiSmall(num) >= 1990 && atoiSmall(num) <= 2099
	if len(num) > 3 && !year || n.codeWordBefore() != "code" {
		return false
	}
	n.by("code")
	n.emit(t.raw, strings.ToLower(word))
	if year {
		n.emit(t.raw, appendYear(nil, atoiSmall(num))...)
	} else {
		n.emit(t.raw, appendInteger(nil, num)...)
	}
	return true
}

// plusUnit reads a number with a plus before a unit symbol as at least so many of the unit:
// "gusts of 60+ mph" sixty plus miles per hour, "10+ km" (the plus had kept the unit from the
// number, and it was spelled).
func (n *normalizer) plusUnit(t *token) int {
	if !strings.HasSuffix(t.core, "+") {
		return 0 // looked at first: this runs on every number
	}
	num, rest, ok := scanNumber(t.core)
	next := n.peek(1)
	if !ok || rest != "+" || num.neg || num.plus || t.post != "" || next == nil || next.pre != "" {
		return 0
	}
	un, ok := unitWord(next.core, true)
	if !ok || len(next.core) < 2 {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "plus")
	w := un.plural
	if adjectival(n.peek(-1), n.peek(2), next) {
		w = un.sing // "a 10+ km hike"
	}
	n.emit(next.raw, strings.Fields(w)...)
	return 2
}

// salts are formulas of salts given in medicine, said by their names: "0.9% NaCl" sodium
// chloride (its letters were read as "na c l").
var salts = map[string][]string{"NaCl": {"sodium", "chloride"}, "KCl": {"potassium", "chloride"},
	"NaHCO3": {"sodium", "bicarbonate"}, "CaCl2": {"calcium", "chloride"}, "MgSO4": {"magnesium", "sulfate"}}

func (n *normalizer) saltName(t *token) bool {
	w, ok := salts[t.core]
	if !ok {
		return false
	}
	n.by("chemical formula")
	n.emit(t.raw, w...)
	return true
}

// zeroFor reads a batting or shooting line that starts at nothing with "oh", as sportscasters
// do: "0-for-12" oh for twelve ("3-for-4" is read as before).
func (n *normalizer) zeroFor(t *token) bool {
	rest, ok := strings.CutPrefix(t.core, "0-for-")
	if !ok || rest == "" || len(rest) > 3 || !allDigits(rest) {
		return false
	}
	n.by("record")
	n.emit(t.raw, "oh", "for")
	n.emit(t.raw, appendInteger(nil, rest)...)
	return true
}

// labelWithLetter reads a room or suite number with a hyphen and a letter as the number
// without them is read after its label: "Room 101-A" one oh one a, "Suite 1507-B" fifteen oh
// seven b.
func (n *normalizer) labelWithLetter(t *token) bool {
	c := t.core
	num, letter, ok := strings.Cut(c, "-")
	prev := n.peek(-1)
	if !ok || len(letter) != 1 || !isASCIILetter(rune(letter[0])) || !allDigits(num) || num[0] == '0' || prev == nil || prev.post != "" {
		return false
	}
	l := prev.lower()
	if !(len(num) == 3 && pairedLabel[l] || len(num) == 4 && pairedLabel4[l]) {
		return false
	}
	n.by("label")
	n.emit(t.raw, appendPaired(nil, num)...)
	n.emitLetter(t.raw, strings.ToLower(letter))
	return true
}

// fractionAfterArticle reads "1/2" and "1/4" after "a" or "an" as half and quarter, with a unit
// symbol after them in the singular: "add a 1/2 cup" a half cup, "a 1/4 tsp" a quarter teaspoon
// (not "a one half cup"). It returns the tokens consumed.
func (n *normalizer) fractionAfterArticle(t *token) int {
	var w string
	switch t.core {
	case "1/2":
		w = "half"
	case "1/4":
		w = "quarter"
	default:
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || t.post != "" || next == nil || !strings.EqualFold(prev.core, "a") && !strings.EqualFold(prev.core, "an") {
		return 0
	}
	n.by("fraction")
	n.emit(t.raw, w)
	if un, ok := unitWord(next.core, true); ok && len(next.core) > 1 && next.pre == "" {
		n.emit(next.raw, strings.Fields(un.sing)...)
		return 2
	}
	return 1
}

// cityTimes are cities whose clocks name a time: "9:30 am NY time" new york time.
var cityTimes = map[string][]string{"NY": {"new", "york"}, "NYC": {"new", "york"}, "LA": {"l", "a"}, "HK": {"hong", "kong"}}

// cityTime reads a city's initials before "time" after a time of day as the city.
func (n *normalizer) cityTime(t *token) bool {
	w, ok := cityTimes[t.core]
	prev, next := n.peek(-1), n.peek(1)
	if !ok || prev == nil || next == nil || t.post != "" || prev.post != "" || !strings.EqualFold(next.core, "time") || !timeLike(prev) {
		return false
	}
	n.by("time zone")
	if w[0] == "l" {
		n.emitLetter(t.raw, "l")
		n.emitLetter(t.raw, "a")
		return true
	}
	n.emit(t.raw, w...)
	return true
}

// romanStages are the Roman numerals of stages and types, one to twelve.
var romanStages = map[string]uint64{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
	"IX": 9, "X": 10, "XI": 11, "XII": 12}

// stageWords name what a Roman numeral with a letter grades: "Stage IIIB" stage three b.
var stageWords = setOf("stage stages type class phase grade level category tier group")

// romanWithLetter reads a Roman numeral with a letter after a word of stageWords as the number
// and the letter: "Stage IIIB lung cancer" stage three b, "a Type Ia supernova" type one a (the
// letters had been read as a word).
func (n *normalizer) romanWithLetter(t *token) bool {
	c := t.core
	if len(c) < 2 {
		return false
	}
	num, letter := c[:len(c)-1], c[len(c)-1:]
	v, ok := romanStages[num]
	prev := n.peek(-1)
	if !ok || !strings.Contains("ABCDabcd", letter) || prev == nil || prev.post != "" || !stageWords[prev.lower()] {
		return false
	}
	n.by("roman numeral")
	n.emit(t.raw, appendCardinal(nil, v)...)
	n.emitLetter(t.raw, strings.ToLower(letter))
	return true
}

// quakeWords are what a magnitude written with M measures.
var quakeWords = setOf("quake quakes earthquake earthquakes tremor temblor aftershock aftershocks")

// seismicWords in a sentence make "M6.1" a magnitude.
var seismicWords = setOf(`quake quakes earthquake earthquakes tremor tremors temblor aftershock aftershocks seismic
epicenter epicentre usgs tsunami fault`)

// quakeMagnitude reads a magnitude written with M as seismologists' reports do: "The quake was
// M6.1" magnitude six point one, "a 6.1M quake" six point one magnitude. "M6.1" needs its
// decimal (the M6 is a motorway) and a word of earthquakes in the sentence; "6.1M" a word of
// quakes after it (elsewhere it is million).
func (n *normalizer) quakeMagnitude(t *token) bool {
	c := t.core
	if len(c) >= 4 && c[0] == 'M' && isDigit(c[1]) && strings.Contains(c, ".") {
		num, rest, ok := scanNumber(c[1:])
		if !ok || rest != "" || !num.hasPoint || num.neg || !n.fact(factQuake) {
			return false
		}
		n.by("magnitude")
		n.emit(t.raw, "magnitude")
		n.emit(t.raw, appendNumber(nil, num)...)
		return true
	}
	if len(c) < 4 || !isDigit(c[0]) || c[len(c)-1] != 'M' {
		return false
	}
	num, rest, ok := scanNumber(c)
	next := n.peek(1)
	if !ok || rest != "M" || !num.hasPoint || num.neg || t.post != "" || next == nil || !quakeWords[next.lower()] {
		return false
	}
	n.by("magnitude")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "magnitude")
	return true
}

// yearMonthReleases name their releases by year and month: "Ubuntu 22.04" twenty two oh four.
var yearMonthReleases = setOf("ubuntu kubuntu xubuntu lubuntu")

// yearMonthVersion reads a release named by its year and month after a system that names them
// so, as its users say it: "Ubuntu 22.04" twenty two oh four, "Ubuntu 23.10" twenty three ten.
func (n *normalizer) yearMonthVersion(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if len(c) != 5 || c[2] != '.' || !allDigits(c[:2]) || !allDigits(c[3:]) || prev == nil || prev.post != "" {
		return false
	}
	if !yearMonthReleases[prev.lower()] {
		// Round twenty-five: a second release joined by and or or, "Ubuntu 22.04 and 24.04"
		// (it was a decimal).
		first, name := n.peek(-2), n.peek(-3)
		if prev.core != "and" && prev.core != "or" || first == nil || name == nil || first.post != "" || name.post != "" ||
			n.versionAt != n.i-2 || !yearMonthReleases[name.lower()] {
			return false
		}
	}
	m := atoiSmall(c[3:])
	if m < 1 || m > 12 {
		return false
	}
	n.by("version")
	n.emit(t.raw, appendInteger(nil, c[:2])...)
	if c[3] == '0' {
		n.emit(t.raw, "oh", onesWords[m])
	} else {
		n.emit(t.raw, appendInteger(nil, c[3:])...)
	}
	n.versionAt = n.i
	return true
}

// formNumber reads a form's four-digit number in pairs, as tax forms are said: "the 1040 form"
// ten forty, "Form 1099" ten ninety nine, and the plural of a known tax form ("1099 forms" ten
// ninety nine forms; "1500 forms" is a count, and years read as before).
func (n *normalizer) formNumber(t *token) bool {
	c, suffix, _ := strings.Cut(t.core, "-") // round eighteen: "Form 1099-K", "a 1040-ES worksheet"
	if len(c) != 4 || !allDigits(c) || c[0] == '0' || len(suffix) > 3 || strings.Trim(suffix, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" || strings.HasSuffix(t.core, "-") {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	form := next != nil && t.post == "" && (next.core == "form" || next.core == "Form" || taxForms[c] && (next.core == "forms" || next.core == "Forms" || suffix != "" && next.core == "worksheet")) ||
		prev != nil && prev.post == "" && (prev.core == "Form" || strings.EqualFold(prev.core, "form") && suffix != "" || prev.core == "Forms" && taxForms[c])
	if !form {
		return false
	}
	n.by("label")
	n.emit(t.raw, appendPaired(nil, c)...)
	for k := 0; k < len(suffix); k++ {
		n.emitLetter(t.raw, strings.ToLower(suffix[k:k+1]))
	}
	return true
}

// termAndSum reads a contract's term and sum joined by a slash as the two adjectives they are:
// "a 3-year/$45M deal" a three year forty five million dollar deal (the slash is not read, the
// currency is singular before the noun).
func (n *normalizer) termAndSum(t *token) bool {
	term, sum, ok := strings.Cut(t.core, "/")
	if !ok || !startsMoney(sum) {
		return false
	}
	num, unit, ok := strings.Cut(term, "-")
	if !ok || num == "" || len(num) > 2 || !allDigits(num) {
		return false
	}
	switch unit {
	case "year", "yr", "month", "season", "game":
	default:
		return false
	}
	cur, rest, ok := leadingCurrency(sum)
	if !ok {
		return false
	}
	amount, scaleSym, ok := scanNumber(rest)
	scale := scaleSuffix[scaleSym]
	if !ok || amount.neg || scaleSym != "" && scale == "" {
		return false
	}
	next := n.peek(1)
	adjective := next != nil && t.post == "" && isLetterWord(next.core) && next.core == next.lower()
	n.by("money")
	n.emit(t.raw, appendInteger(nil, num)...)
	if unit == "yr" {
		unit = "year"
	}
	n.emit(t.raw, unit)
	w := appendMoney(nil, amount, cur, scale)
	if adjective && len(w) > 0 && w[len(w)-1] == cur.plural {
		w[len(w)-1] = cur.sing
	}
	n.emit(t.raw, w...)
	return true
}
