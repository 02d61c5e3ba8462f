package text

import "strings"

// This file holds the readers of issue 18's fourth round: compass letters in street
// addresses, three-part records, ranges with a sign on both ends, device figures joined by a
// slash, service codes, model names after a number, product names and agency initials in
// web addresses.

// directionWords are the one-letter compass points of a street address.
var directionWords = map[string]string{"N": "north", "S": "south", "E": "east", "W": "west"}

// streetPrev are words before a street name that a compass letter may follow: "on W 34th St".
var streetPrev = setOf("on at to from in of off onto along down up near and")

// streetDirection reports the current one-letter token as a compass point of a street address:
// a house number or a preposition, the letter, a street name (a capitalized word or an ordinal)
// and a street word within three tokens ("40 W 57th St.", "on N Main Street"). "E St NW" (the
// street named E) has no name between the letter and the street word and stays a letter.
func (n *normalizer) streetDirection() bool {
	cur, prev, next := n.peek(0), n.peek(-1), n.peek(1)
	if cur == nil || prev == nil || next == nil || directionWords[cur.core] == "" || cur.post != "" && cur.post != "." || prev.post != "" || next.pre != "" {
		return false
	}
	if !allDigits(prev.core) && !streetPrev[prev.lower()] {
		return false
	}
	if !ordinalDigits(next.core) && !(isCapitalized(next.core) && isLetterWord(next.core)) {
		return false
	}
	if l := next.lower(); streetWords[l] || streetAbbrev[l] {
		return false
	}
	for off := 2; off <= 4; off++ {
		p := n.peek(off)
		if p == nil || p.pre != "" || !isCapitalized(p.core) {
			return false
		}
		if l := p.lower(); streetWords[l] || streetAbbrev[l] {
			return true
		}
		if n.peek(off-1).post != "" {
			return false
		}
	}
	return false
}

// ordinalDigits reports digits with an ordinal ending: "57th", "1st", "82nd".
func ordinalDigits(s string) bool {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == 0 || k == len(s) {
		return false
	}
	switch strings.ToLower(s[k:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// record3Prev are words before a three-part record besides those of two-part records:
// "finished 18-9-5" (after "finished" two numbers are mostly a score).
var record3Prev = setOf("finished finish finishes ended ends posted post posts")

// record3 reads a win–loss–tie record "4-0-1" (four oh and one) after the words that make a
// two-part record one, or after "finished"; elsewhere three numbers joined by hyphens (a 4-4-2
// formation) are read by the compound reader.
func (n *normalizer) record3(t *token, s string) bool {
	if strings.Count(s, "-") != 2 {
		return false // counted first: splitting every number allocates
	}
	parts := strings.Split(s, "-")
	if len(parts) != 3 || t.post != "" && !strings.HasPrefix(t.post, ",") && !strings.HasPrefix(t.post, ".") && t.post != ")" {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || !allDigits(p) || len(p) > 1 && p[0] == '0' {
			return false
		}
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || !(record3Prev[prev.lower()] || n.isRecord()) {
		return false
	}
	n.by("win-loss record")
	n.emit(t.raw, appendRecord(nil, parts...)...)
	return true
}

// signRange reads a range written with its sign on both ends, "4.25%-4.50%": four point two
// five percent to four point five zero percent. rest follows the first number.
func (n *normalizer) signRange(t *token, lo number, rest string) bool {
	r, ok := strings.CutPrefix(rest, "%")
	if !ok || lo.neg {
		return false
	}
	if r, ok = strings.CutPrefix(r, "-"); !ok {
		if r, ok = strings.CutPrefix(r, "–"); !ok {
			return false
		}
	}
	hi, tail, ok := scanNumber(r)
	if !ok || tail != "%" || hi.neg || hi.plus || !isDigit(r[0]) {
		return false
	}
	n.by("range or score")
	w := append(appendNumber(nil, lo), "percent", "to")
	n.emit(t.raw, append(appendNumber(w, hi), "percent")...)
	return true
}

// specSuffixes end a device figure: 4K, 1080p, 480i, 60fps, 120Hz, 48MP.
var specSuffixes = setOf("k p i fps hz mp gb tb mb khz mhz ghz -bit bit")

// specFigure reports a device figure: digits and a suffix of specSuffixes.
func specFigure(s string) bool {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k > 0 && k <= 4 && s[0] != '0' && specSuffixes[strings.ToLower(s[k:])]
}

// specPair reads two device figures joined by a slash, which says "and", not "slash":
// "4K/60fps" four k sixty frames per second, "1080p/120Hz", "1080p/60" and "4K/120" (a frame
// rate after the lines).
func (n *normalizer) specPair(t *token, s string) bool {
	a, b, ok := strings.Cut(s, "/")
	if !ok || !specFigure(a) || strings.Contains(b, "/") {
		return false
	}
	suf := strings.ToLower(a[len(a)-1:])
	rate := allDigits(b) && len(b) >= 2 && len(b) <= 3 && b[0] != '0' && (suf == "p" || suf == "k")
	if !specFigure(b) && !rate {
		return false
	}
	n.by("device figures")
	n.specPart(t.raw, a)
	n.specPart(t.raw, b)
	return true
}

// specPart reads one device figure: video lines in pairs with the letter ("1080p" ten eighty
// p), the others as a number and its unit or letter.
func (n *normalizer) specPart(src, s string) {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	digits, suf := s[:k], strings.ToLower(s[k:])
	switch {
	case (suf == "p" || suf == "i") && (len(digits) == 3 || len(digits) == 4):
		n.emit(src, appendPaired(nil, digits)...)
		n.emitLetter(src, suf)
	case suf == "":
		n.emit(src, appendInteger(nil, digits)...)
	default:
		n.part(src, s)
	}
}

// serviceVerbs before an N11 code make it a number dialled digit by digit: "calling 311".
var serviceVerbs = setOf("call calling called calls dial dialing dialling dialed dialled text texting phone phoning try")

// serviceCode reports a three-digit N11 service code (211 to 911) dialled or called: "call
// 311", "dialing 511". Before a word of calls only 911 is the number ("took 311 calls" is a
// count).
func (n *normalizer) serviceCode(v int) bool {
	if v < 211 || v > 911 || v%100 != 11 {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || prev.post != "" || !serviceVerbs[prev.lower()] {
		return false
	}
	// "called 311 times" stays a count.
	return next == nil || n.peek(0).post != "" || !versionBlocker(next.core) && !plainPlural(next.core)
}

// plainPlural reports a lower-case word that looks like a plural noun: "voters", "times".
func plainPlural(w string) bool {
	return len(w) > 3 && isLetterWord(w) && w == strings.ToLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !verbish[w]
}

// modelSuffixes after a three-digit number make it a model name read in pairs: "the 737 MAX",
// "the 911 Turbo".
var modelSuffixes = setOf("max pro plus ultra mini turbo gt gts gti xl dreamliner neo lite")

// modelNumber reports a three-digit number before a model suffix written with a capital.
func (n *normalizer) modelNumber() bool {
	cur, next := n.peek(0), n.peek(1)
	return next != nil && cur.post == "" && next.pre == "" && isCapitalized(next.core) && modelSuffixes[next.lower()]
}

// productNames are names of software and companies said in their own way.
var productNames = map[string]string{
	// architecture names are said without their underscore or hyphen (round seventeen)
	"x86_64": "x eighty six sixty four", "x86-64": "x eighty six sixty four", "X86_64": "x eighty six sixty four",
	"RISC-V": "risk five", "RISC": "risk", "CISC": "sisk", "PostgreSQL": "postgres q l",
	"Postgres": "postgres", "Node.js": "node j s", "node.js": "node j s", "Vue.js": "view j s",
	"vue.js": "view j s", "Next.js": "next j s", "next.js": "next j s", "Nuxt.js": "nuxt j s",
	"Three.js": "three j s", "three.js": "three j s", "D3.js": "d three j s", "Express.js": "express j s",
	"Airbnb": "air b n b", "airbnb": "air b n b", "AirBnB": "air b n b",
	"instagram": "instagram", // one word in an address, not in stag ram
	"NVMe":      "n v m e",
	"PM2.5":     "p m two point five", "PM10": "p m ten", // round sixteen: air quality
	"SoC": "s o c", "SoCs": "s o c's", "SaaS": "sass", "PaaS": "pass", "IoT": "i o t", "OAuth": "o auth", "Xcode": "x code", "GitHub": "git hub", "GitLab": "git lab", "YouTube": "you tube",
	"LinkedIn": "linked in", "PayPal": "pay pal", "WhatsApp": "whats app", "TikTok": "tik tok",
	// The lead's round thirty-seven: a museum and New York's neighborhoods said as words (MoMA was
	// mo m a).
	"GaN":  "gan", // gallium nitride, said as a word
	"MoMA": "moma", "SoHo": "soho", "NoHo": "noho", "TriBeCa": "tribeca", "NoMad": "nomad",
	// Round forty-five: publications whose run-together hosts hold a word no lexicon has, said
	// as the publications say them (held29's arstechnica.com).
	"arstechnica": "ars technica", "propublica": "pro publica",
}

// product reads a name of productNames; it reports whether it did.
func (n *normalizer) product(t *token) bool {
	if !speedProductLens.may(t.core) {
		return false // no name of this length: no map lookup (speed)
	}
	r, ok := productNames[t.core]
	if !ok {
		return false
	}
	n.by("product name")
	n.emitPhrase(t.raw, strings.Fields(r)...)
	return true
}

// saidAsWords are agencies' short initials said as a word: ICE.
var saidAsWords = setOf("ice")

// agencyLabel reports a host label of four or five letters before ".gov" or ".mil" that the
// lexicon does not know, or of two or three before ".gov", ".mil" or ".int" (known or not): an
// agency's initials, spelled ("eeoc.gov" e e o c dot gov, "ons.gov.uk" o n s), unless they are
// said as a word (FEMA, NASA, ICE).
func (n *normalizer) agencyLabel(label, after string) bool {
	if len(label) < 2 || len(label) > 5 || !isLetterWord(label) || n.opts.IsWord == nil {
		return false
	}
	tld, ok := strings.CutPrefix(strings.ToLower(after), ".")
	if !ok {
		return false
	}
	if k := strings.IndexAny(tld, "./"); k >= 0 {
		tld = tld[:k]
	}
	l := strings.ToLower(label)
	if len(l) <= 3 {
		// Two or three letters before .gov, .mil or .int are an agency's initials even when
		// the lexicon has them as a word: ons.gov.uk o n s, sec.gov s e c, va.gov v a (not
		// the agencies said as words, ice.gov, nor my.gov.au).
		return (tld == "gov" || tld == "mil" || tld == "int") && !shortWords[l] && !wordAcronyms[strings.ToUpper(l)] && !saidAsWords[l]
	}
	if tld != "gov" && tld != "mil" {
		return false
	}
	return !wordAcronyms[strings.ToUpper(l)] && !n.opts.IsWord(l) && !r50TechWords[l] // login.gov: the word (round fifty)
}

// perCount reports a plural noun after a number joined by a slash to a unit of time: "3-4
// cups/day", "2 tablets/week".
func (n *normalizer) perCount(left, right string) bool {
	if perTime[right] == "" || !plainPlural(left) {
		return false
	}
	prev := n.peek(-1)
	return prev != nil && prev.post == "" && prev.core != "" && (isDigit(prev.core[len(prev.core)-1]) || scaledCount66(prev.core))
}

// scaledCount66 reports a count with a scale letter, "140K", "2.5M", "30k" (the lead's round
// sixty-six: "140K vehicles/day" vehicles per day).
func scaledCount66(s string) bool {
	last := s[len(s)-1]
	return len(s) >= 2 && strings.IndexByte("KkMB", last) >= 0 && plainNumber66(s[:len(s)-1])
}

// slashTriple reads three numbers joined by slashes that are not a date as the numbers alone:
// "the 50/30/20 rule" fifty thirty twenty, "24/7/365". Dates were read before.
func (n *normalizer) slashTriple(t *token, s string) bool {
	if strings.Count(s, "/") != 2 {
		return false // counted first: splitting every number allocates
	}
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || !allDigits(p) {
			return false
		}
	}
	n.by("number list")
	if s == "24/7/365" {
		n.emit(t.raw, "twenty", "four", "seven", "three", "sixty", "five") // always open, as said
		return true
	}
	for _, p := range parts {
		n.emit(t.raw, appendInteger(nil, p)...)
	}
	return true
}

// extensionNumber reads a phone extension written "x4412" after a phone number or the word
// "extension": extension four four one two (the word is not said twice).
func (n *normalizer) extensionNumber(t *token) bool {
	c := t.core
	if len(c) < 3 || len(c) > 6 || c[0] != 'x' && c[0] != 'X' || !allDigits(c[1:]) {
		return false
	}
	prev := n.peek(-1)
	if prev == nil {
		return false
	}
	afterWord := false
	for off := -1; off >= -3; off-- {
		p := n.peek(off)
		if p == nil {
			break
		}
		l := p.lower()
		if l == "extension" || l == "ext" {
			afterWord = true
			break
		}
		if off == -1 && l != "is" && l != "at" {
			break
		}
	}
	if _, phone := phoneGroups(prev.core); !afterWord && !phone {
		return false
	}
	n.by("code digits")
	if !afterWord {
		n.emit(t.raw, "extension")
	}
	n.emit(t.raw, appendDigitNames(nil, c[1:], false)...)
	return true
}

// scaleRange reads a money range whose ends carry scale suffixes, "$4.1B-$4.3B": four point one
// to four point three billion dollars (the scale said once when both ends share it). rest
// follows the first number; nil when it is no such range.
func scaleRange(lo number, rest string, c currency) []string {
	k := strings.IndexAny(rest, "-–")
	if k <= 0 {
		return nil
	}
	loScale, ok := scaleSuffix[rest[:k]]
	if !ok {
		return nil
	}
	r := strings.TrimLeft(rest[k:], "-–")
	if _, r2, ok := leadingCurrency(r); ok {
		r = r2
	}
	hi, tail, ok := scanNumber(r)
	if !ok || r == "" || !isDigit(r[0]) || hi.neg {
		return nil
	}
	hiScale, ok := scaleSuffix[tail]
	if !ok {
		return nil
	}
	w := appendNumber(nil, lo)
	if loScale != hiScale {
		w = append(w, loScale)
	}
	w = append(w, "to")
	return appendMoney(w, hi, c, hiScale)
}

// modelLetter reports three or four digits with one capital letter glued after them that is
// no unit, scale or ordinal: a model name ("777X", "350Z", "7950X" seventy nine fifty x).
func modelLetter(num number, rest string) bool {
	if len(rest) == 3 && isUpperLetter(rest[0]) && isDigit(rest[1]) && isUpperLetter(rest[2]) {
		rest = rest[:1] // "7800X3D": the letter after the number decides
	}
	if len(rest) == 2 && chipSuffixes[rest] && len(num.intPart) == 4 {
		rest = rest[:1] // round thirty-one: "7945HX", "6750XT", a chip maker's two-letter suffix
	}
	if len(rest) != 1 || rest[0] < 'A' || rest[0] > 'Z' || len(num.intPart) < 3 || len(num.intPart) > 4 || num.intPart[0] == '0' || num.hasPoint || num.commas || num.neg || num.plus {
		return false
	}
	if _, unit := unitWord(rest, false); unit {
		return false
	}
	_, scale := scaleSuffix[rest]
	return !scale
}

// zuluTime reads a whole hour of a 24-hour time with a leading zero before UTC, GMT or Z as
// the military say it: "02:00 UTC" oh two hundred u t c, not two o'clock (the zone is read by
// its own reader); other minutes read as clock times ("03:15 UTC" three fifteen).
func (n *normalizer) zuluTime(t *token, body string) bool {
	if len(body) != 5 || body[0] != '0' || body[2] != ':' || !allDigits(body[:2]) || !allDigits(body[3:]) {
		return false
	}
	next := n.peek(1)
	if next == nil || t.post != "" || next.core != "UTC" && next.core != "GMT" && next.core != "Z" {
		return false
	}
	hh, mm := atoiSmall(body[:2]), atoiSmall(body[3:])
	if mm != 0 {
		return false
	}
	n.by("military time")
	n.emit(t.raw, appendMilitary(nil, hh, mm)...)
	return true
}

// statusBefore reports a number from 400 to 599 before a noun of statusNext: "a 502 error".
func (n *normalizer) statusBefore(num number) bool {
	v, ok := num.value()
	next := n.peek(1)
	return ok && v >= 400 && v <= 599 && len(num.intPart) == 3 && !num.hasPoint && !num.commas && !num.neg && !num.plus &&
		next != nil && n.peek(0).post == "" && statusNext[next.lower()]
}
