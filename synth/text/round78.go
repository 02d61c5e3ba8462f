package text

import "strings"

// Round seventy-eight: the classes held-out set 60's dev half missed, in the registers of
// history, genealogy, archives and museums (vital records and family-tree pages, museum labels
// and catalogue entries, auction notes, regnal years, parish registers, finding aids, genealogy
// forums), each read as a class and tested on probe sentences written before the readers,
// readings78.tsv.

// round78Token reads a token by its first character before any other test: a lower-case
// family-tree mark or date qualifier with its period (R1).
func (n *normalizer) round78Token(t *token) int {
	c := t.core
	if len(c) == 0 || len(c) > 12 || n.inPart != 0 {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= 'a' && c0 <= 'z':
		if len(c) <= 4 && t.post == "." && n.may(shLower) {
			if w := r78Marks[c]; w != "" {
				return n.familyMark78(t, w)
			}
			if w := r78Qualifiers[c]; w != "" {
				return n.dateQualifier78(t, w)
			}
		}
		if c0 == 'g' && len(c) >= 3 && c[1] == 'g' {
			return n.greatKin78(t) // R4
		}
		if len(c) == 3 && c[1] == '/' && c[2] == 'o' {
			return n.kinOf78(t) // R11
		}
	case c0 >= '1' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		last := c[len(c)-1]
		if len(c) >= 2 && c[1] == 'C' {
			return n.cousin78(t) // R3
		}
		if (last == 's' || last == 'd') && len(c) <= 3 {
			return n.shillingsPence78(t) // R2
		}
		if last == 'M' {
			return n.centimorgans78(t, true) // R3: "45cM"
		}
		next := n.peek(1)
		if next != nil && len(next.core) == 2 && next.core[1] == 'M' && next.core[0] == 'c' {
			return n.centimorgans78(t, false) // R3: "45 cM"
		}
		switch {
		case last == 'm' && len(c) >= 3 && len(c) <= 6 && c[len(c)-2] == 'm':
			return n.filmGauge78(t, true) // R9: "16mm"
		case len(c) >= 3 && len(c) <= 5 && n.may(shSlash) && (c[1] == '/' || c[2] == '/'):
			return n.openDate78(t) // R7: "closed 7/4"
		case next != nil && next.core == "mm":
			return n.filmGauge78(t, false) // R9: "16 mm"
		case len(c) == 3 || len(c) == 4:
			return n.graveNumber78(t) // R8: "Grave 8234"
		}
	case c == "×":
		return n.dimensionTimes78(t) // R6
	case c0 == 'G':
		if len(c) >= 3 && c[1] == 'G' {
			return n.greatKin78(t) // R4
		}
	case c0 == 'A' || c0 == 'I':
		if len(c) >= 4 && c[1] == c0 && c[2] == c0 {
			if r := r78Triple[c]; r != "" {
				return n.triple78(t, r) // R5
			}
		}
	}
	return 0
}

// r78Marks are a family tree's marks before a date, with their words: "b. 1812" born, "d." died,
// "m." married, "bapt." and "bap." baptized, "chr." christened, "bur." buried, "fl." flourished,
// "r." reigned (round fourteen's lifeMarks read four of them only opening a bracket).
var r78Marks = map[string]string{"b": "born", "d": "died", "m": "married", "bapt": "baptized", "bap": "baptized",
	"chr": "christened", "bur": "buried", "fl": "flourished", "r": "reigned"}

// r78Qualifiers are a family tree's qualifiers of a date: "abt. 1690" about, "bef." before,
// "aft." after.
var r78Qualifiers = map[string]string{"abt": "about", "bef": "before", "aft": "after"}

// r78MarkBefore reports whether the token before a family-tree mark puts it in a record: the
// record's start, a name or a date before it ("John Reed b. 1812", "b. 1812 d. 1870"), or a
// comma or semicolon closing the field before ("Ann Cole, bapt. 3 Mar. 1745").
func r78MarkBefore(prev *token) bool {
	if prev == nil {
		return true
	}
	if prev.post != "" {
		return prev.post == "," || prev.post == ";"
	}
	return isCapitalized(prev.core) || len(prev.core) == 4 && allDigits(prev.core)
}

// familyMark78 reads a family tree's mark before a date as its word, and a lone year after it
// as a year: "Jane Hale, b. aft. 1820, d. 1871" born after eighteen twenty died eighteen seventy
// one; "William Reed m. Ann Cole 12 June 1764" married; "Peter Hale, b. ~1745" born
// approximately seventeen forty five. The date opens with a digit, a tilde or a qualifier
// (abt., bef., aft., c., ca.); married may name the spouse first, with a date after. A length
// ("100 m. in 1912") and a volume ("8 fl. oz.") stay as they were.
func (n *normalizer) familyMark78(t *token, w string) int {
	next := n.peek(1)
	if next == nil || next.pre != "" || next.core == "" {
		return 0
	}
	prev := n.peek(-1)
	if !strings.HasPrefix(t.pre, "(") && !r78MarkBefore(prev) || t.pre != "" && t.pre != "(" {
		return 0
	}
	if prev != nil && prev.post == "" && allDigits(prev.core) && t.core != "d" && t.core != "b" {
		return 0 // "100 m." a length
	}
	nc := next.core
	switch {
	case isDigit(nc[0]):
		if !(len(nc) >= 3 && isDigit(nc[1])) {
			after := n.peek(2)
			if after == nil || next.post != "" || monthIndex[after.lower()] == 0 && monthIndex[strings.TrimSuffix(after.lower(), ".")] == 0 {
				return 0 // "(b. 12)" a note's number; "bapt. 3 Mar. 1745" a day and its month
			}
		}
	case nc[0] == '~' && len(nc) == 5 && allDigits(nc[1:]):
		y := atoiSmall(nc[1:])
		if y < 1000 || y > 2099 {
			return 0
		}
		n.readAbbrev(t, w)
		n.by("year")
		n.emit(next.raw, "approximately")
		n.emit(next.raw, appendYear(nil, y)...)
		return 2
	case next.post == "." && (r78Qualifiers[nc] != "" || nc == "c" || nc == "ca"):
		n.readAbbrev(t, w)
		return 1
	case next.post == "" && r91QualifierWords[nc]:
		// Round ninety-one: the qualifier written out ("d. after 1870" died after eighteen
		// seventy, "b. about 1755"; the mark was its letter and a year after about a count).
		y := n.peek(2)
		if y == nil || y.pre != "" || len(y.core) != 4 || !allDigits(y.core) || atoiSmall(y.core) < 1000 || atoiSmall(y.core) > 2099 {
			return 0
		}
		n.readAbbrev(t, w)
		n.by("year")
		n.emit(next.raw, nc)
		n.emit(y.raw, appendYear(nil, atoiSmall(y.core))...)
		return 3
	case t.core == "m" && isCapitalized(nc) && n.digitWithin78(6):
		n.readAbbrev(t, w)
		return 1
	default:
		return 0
	}
	n.readAbbrev(t, w)
	if len(nc) == 4 && allDigits(nc) {
		if y := atoiSmall(nc); y >= 1000 && y <= 2099 {
			n.by("year")
			n.emit(next.raw, appendYear(nil, y)...)
			return 2
		}
	}
	return 1
}

// digitWithin78 reports a token opening with a digit among the next k tokens.
func (n *normalizer) digitWithin78(k int) bool {
	for j := n.i + 1; j < len(n.toks) && j <= n.i+k; j++ {
		if c := n.toks[j].core; c != "" && isDigit(c[0]) {
			return true
		}
	}
	return false
}

// dateQualifier78 reads a family tree's qualifier before a lone year as its word and the year:
// "b. abt. 1690" (born) about sixteen ninety, "d. bef. 1750" before seventeen fifty.
func (n *normalizer) dateQualifier78(t *token, w string) int {
	next := n.peek(1)
	if next == nil || next.pre != "" || len(next.core) != 4 || !allDigits(next.core) {
		return 0
	}
	y := atoiSmall(next.core)
	if y < 1000 || y > 2099 {
		return 0
	}
	n.readAbbrev(t, w)
	n.by("year")
	n.emit(next.raw, appendYear(nil, y)...)
	return 2
}

// familyMarkBoundary78 reports a period that ends no sentence: a family tree's mark or a date's
// qualifier (r78Marks, r78Qualifiers), in lower case, before a date that opens with a digit or a
// tilde ("b. 1812", "d. ~1850", "bef. 1750"), or married before a spouse's name with a digit
// after it ("m. Ann Cole 12 June 1764"). w is the word carrying the period, before the text
// before it, next the next word and after the rest.
func familyMarkBoundary78(before, w, next, after string) bool {
	if len(w) > 4 || w == "" || w[0] < 'a' || w[0] > 'z' || r78Marks[w] == "" && r78Qualifiers[w] == "" {
		return false
	}
	if next[0] == '~' || isDigit(next[0]) {
		if len(next) < 3 || !isDigit(next[1]) {
			// A day opens a date only before its month: "bur. 1 Oct. 1802", not "(b. 12)".
			rest := strings.TrimLeft(after, " ")
			rest = strings.TrimLeft(rest[min(len(rest), len(next)):], " ")
			if next[0] == '~' || monthIndex[strings.ToLower(trimWord(firstWord(rest)))] == 0 {
				return false
			}
		}
		return w == "b" || w == "d" || !numberBefore(before, w) // "100 m. 12 runners" a length
	}
	if w != "m" || !isCapitalized(next) || !precededByCapital(before) {
		return false
	}
	return strings.ContainsAny(after[:min(len(after), 40)], "0123456789")
}

// r78ShillingsPence parses a sum of pre-decimal money's shillings or pence, "7s" or "6d": one or
// two digits and the mark, 1-19 shillings or 1-11 pence. It returns the amount and the mark, or
// zero.
func r78ShillingsPence(c string) (int, byte) {
	if len(c) < 2 || len(c) > 3 || !allDigits(c[:len(c)-1]) || c[0] == '0' {
		return 0, 0
	}
	v, m := atoiSmall(c[:len(c)-1]), c[len(c)-1]
	switch {
	case m == 's' && v <= 19, m == 'd' && v <= 11:
		return v, m
	}
	return 0, 0
}

// r78Pounds reports a sum in pounds, "£212", "£1,250".
func r78Pounds(t *token) bool {
	c := t.core
	return t.post == "" && strings.HasPrefix(c, "£") && len(c) > len("£") && isDigit(c[len("£")])
}

// r78PriceWords before pence with their period name a price: "A pint cost 4d."
var r78PriceWords = setOf("cost costs paid pay price priced fare was were worth sold fetched for at")

// shillingsPence78 reads pre-decimal British money: shillings after a sum in pounds, before
// pence, or with their period in a sentence with pounds ("£212 7s. 6d." seven shillings and
// six pence, "She left £5 … and 10s. to the poor"); pence after shillings or pounds, or with
// their period after a verb of price ("A pint cost 4d." four pence, "1d." one penny). They were
// sevens and six d. Seconds ("waited 10s"), decades and a 3d model stay.
func (n *normalizer) shillingsPence78(t *token) int {
	v, m := r78ShillingsPence(t.core)
	if v == 0 || t.post != "" && t.post != "." && t.post != "," {
		return 0
	}
	prev := n.peek(-1)
	pounds := prev != nil && r78Pounds(prev)
	and := m == 'd' && pounds // pence after pounds or shillings: "£5 6d." five pounds and six pence
	if m == 's' {
		if !pounds {
			next := n.peek(1)
			pence := next != nil && (t.post == "" || t.post == ".") && next.pre == ""
			if pence {
				pv, pm := r78ShillingsPence(next.core)
				pence = pv > 0 && pm == 'd'
			}
			if !pence && !(t.post == "." && n.poundsInSentence78()) {
				return 0
			}
		}
	} else if !pounds {
		shillings := prev != nil && (prev.post == "" || prev.post == ".")
		if shillings {
			sv, sm := r78ShillingsPence(prev.core)
			shillings = sv > 0 && sm == 's'
		}
		if !shillings && !(t.post == "." && prev != nil && prev.post == "" && r78PriceWords[prev.lower()]) {
			return 0
		}
		and = shillings
	}
	n.by("pre-decimal money")
	if and {
		n.emit(t.raw, "and")
	}
	n.emit(t.raw, appendUnder100(nil, v)...)
	switch {
	case m == 's' && v == 1:
		n.emit(t.raw, "shilling")
	case m == 's':
		n.emit(t.raw, "shillings")
	case v == 1:
		n.emit(t.raw, "penny")
	default:
		n.emit(t.raw, "pence")
	}
	if t.post == "." && !n.isLast(0) {
		n.absorbed = true
	}
	return 1
}

// poundsInSentence78 reports a sum in pounds among the sentence's first 64 tokens.
func (n *normalizer) poundsInSentence78() bool {
	for k := 0; k < len(n.toks) && k < 64; k++ {
		if c := n.toks[k].core; strings.HasPrefix(c, "£") && len(c) > len("£") && isDigit(c[len("£")]) {
			return true
		}
	}
	return false
}

// moneyBoundary78 reports a period after shillings before pence ("2s. 6d."), which ends no
// sentence.
func moneyBoundary78(w, next string) bool {
	if v, m := r78ShillingsPence(w); v == 0 || m != 's' {
		return false
	}
	next = strings.TrimRight(next, ".,;:")
	v, m := r78ShillingsPence(next)
	return v > 0 && m == 'd'
}

// r78CousinCues in a sentence make a bare "2C" a cousin: a DNA match's words.
var r78CousinCues = setOf("cousin cousins dna match matches cm centimorgans ancestry removed half share shares shared segment segments relative relatives tree")

// r78Removed are the words of a cousin's removal by its count.
var r78Removed = [...]string{"", "once", "twice"}

// cousin78 reads genealogy's cousin shorthand: a degree, C, and perhaps a removal and R: "3C1R"
// third cousin once removed, "1C2R" first cousin twice removed, "4C3R" three times removed,
// "2Cs" second cousins, "a half 1C" (they were letters and digits). A bare degree and C is a
// cousin only in a sentence of DNA matches (r78CousinCues): "Highs near 2C" and "seat 3C" stay.
func (n *normalizer) cousin78(t *token) int {
	c := t.core
	deg := int(c[0] - '0')
	rest := c[2:]
	removed := 0
	if len(rest) >= 2 && rest[0] >= '1' && rest[0] <= '9' && rest[1] == 'R' {
		removed = int(rest[0] - '0')
		rest = rest[2:]
	}
	var suffix string
	switch rest {
	case "":
	case "s":
		suffix = "s"
	case "'s", "’s":
		suffix = "'s"
	default:
		return 0
	}
	if removed == 0 && !n.sentenceHas(r78CousinCues) {
		return 0
	}
	n.by("cousin")
	n.emit(t.raw, ordinalWord(onesWords[deg]), "cousin"+suffix)
	switch {
	case removed == 0:
	case removed < len(r78Removed):
		n.emit(t.raw, r78Removed[removed], "removed")
	default:
		n.emit(t.raw, onesWords[removed], "times", "removed")
	}
	return 1
}

// centimorgans78 reads cM after a number as centimorgans, a DNA match's unit ("We share 45 cM",
// "45cM"; it was centimeters, as cm is).
func (n *normalizer) centimorgans78(t *token, glued bool) int {
	num := t.core
	if glued {
		var ok bool
		if num, ok = strings.CutSuffix(num, "cM"); !ok {
			return 0
		}
	} else if t.post != "" {
		return 0
	}
	v, rest, ok := scanNumber(num)
	if !ok || rest != "" || v.neg || v.plus {
		return 0
	}
	n.by("unit")
	n.emit(t.raw, appendNumber(nil, v)...)
	unit := "centimorgans"
	if v.isOne() {
		unit = "centimorgan"
	}
	if glued {
		n.emit(t.raw, unit)
		return 1
	}
	next := n.peek(1)
	n.emit(next.raw, unit)
	return 2
}

// greatKin78 reads a genealogy forum's great-grandparents: g for each generation and f or m,
// "ggf" great grandfather, "gggm" great great grandmother, "GGF's" (they were letters, and
// gggm good morning). Two to four g's; gg, gm and ggs stay chat.
func (n *normalizer) greatKin78(t *token) int {
	c := t.core
	suffix := ""
	if b, ok := strings.CutSuffix(c, "'s"); ok {
		c, suffix = b, "'s"
	} else if b, ok := strings.CutSuffix(c, "’s"); ok {
		c, suffix = b, "'s"
	}
	if len(c) < 3 || len(c) > 5 {
		return 0
	}
	upper := c[0] == 'G'
	g := 0
	for g < len(c)-1 && (c[g] == 'g' && !upper || c[g] == 'G' && upper) {
		g++
	}
	if g != len(c)-1 || g < 2 {
		return 0
	}
	var kin string
	switch c[g] {
	case 'f', 'F':
		kin = "grandfather"
	case 'm', 'M':
		kin = "grandmother"
	default:
		return 0
	}
	if upper != (c[g] < 'a') {
		return 0
	}
	n.by("chat shorthand")
	for k := 1; k < g; k++ {
		n.emit(t.raw, "great")
	}
	n.emit(t.raw, kin+suffix)
	return 1
}

// r78Triple are initials said with triple for their three first letters (as AAA is).
var r78Triple = map[string]string{"IIIF": "i f", "AAAS": "a s", "AAAI": "a i"}

// triple78 reads initials whose first letter is written three times as triple and the letters:
// IIIF triple i f, AAAS triple a s (they were if and as).
func (n *normalizer) triple78(t *token, rest string) int {
	n.by("acronym")
	n.emit(t.raw, "triple")
	for _, l := range strings.Fields(rest) {
		n.emitLetter(t.raw, l)
	}
	return 1
}

// kinOf78 reads a register's kin between names: "Sarah, d/o Thomas" daughter of, "John, s/o
// William" son of, "Mary, w/o John Hale" wife of, after a name before a name (they were d
// slash o, and without); w/o only after a name and a comma before a full name ("Coffee w/o
// sugar", "runs w/o Windows Update" stay without). "s/o to" is a shout out.
func (n *normalizer) kinOf78(t *token) int {
	next := n.peek(1)
	if next == nil || t.post != "" || next.pre != "" {
		return 0
	}
	if t.core == "s/o" && next.core == "to" {
		n.by("chat shorthand")
		n.emit(t.raw, "shout", "out")
		return 1
	}
	prev := n.peek(-1)
	if prev == nil || !isCapitalized(prev.core) || prev.post != "" && prev.post != "," || !isCapitalized(next.core) {
		return 0
	}
	var w string
	switch t.core {
	case "d/o":
		w = "daughter"
	case "s/o":
		w = "son"
	case "w/o":
		after := n.peek(2)
		if prev.post != "," || next.post != "" || after == nil || !isCapitalized(after.core) {
			return 0
		}
		w = "wife"
	default:
		return 0
	}
	n.by("abbreviation")
	n.emit(t.raw, w, "of")
	return 1
}

// r78DimLetters are the letters that name an object's dimensions: height, width, depth, length.
var r78DimLetters = map[string]bool{"H": true, "W": true, "D": true, "L": true}

// r78Fraction reports a bare fraction's digits, "3/8".
func r78Fraction(c string) bool {
	a, b, ok := strings.Cut(c, "/")
	return ok && a != "" && b != "" && len(a) <= 2 && len(b) <= 2 && allDigits(a) && allDigits(b)
}

// dimensionTimes78 reads × in an object's dimensions as by: between the dimension letters
// ("Overall (H × W): 61 × 46 cm" h by w; "Area = L × W" after = stays times) and between mixed
// numbers before a unit or a noun ("Sheet: 11 3/8 × 8 7/8 in." eleven and three eighths by
// eight and seven eighths inches, "12 × 9 1/2 in."; they were times). A mixed number after an
// arithmetic verb is a product, times ("Compute 2 1/2 × 4 to check"; it was by).
func (n *normalizer) dimensionTimes78(t *token) int {
	if t.pre != "" || t.post != "" {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || next.pre != "" {
		return 0
	}
	if r78DimLetters[prev.core] && r78DimLetters[next.core] {
		if pp := n.peek(-2); pp != nil && pp.post == "" && (pp.core == "=" || pp.core == "×" && !r78DimLetters[n.peekCore78(-3)]) {
			return 0
		}
		n.by("dimensions")
		n.emit(t.raw, "by")
		return 1
	}
	if next.core == "" || !isDigit(next.core[0]) || !allDigits(next.core) {
		return 0
	}
	pp := n.peek(-2)
	mixedBefore := r78Fraction(prev.core) && pp != nil && pp.post == "" && allDigits(pp.core) && pp.core != ""
	first := -1 // the offset of the first number
	if mixedBefore {
		first = -2
	} else if !allDigits(prev.core) {
		return 0
	}
	after := n.peek(2)
	if after != nil && next.post == "" && r78Fraction(after.core) {
		after = n.peek(3)
	} else if !mixedBefore {
		return 0
	}
	for off := first - 1; off >= first-5; off-- {
		w := n.peek(off)
		if w == nil {
			break
		}
		if arithmeticVerbs[w.lower()] {
			n.by("times")
			n.emit(t.raw, "times")
			return 1
		}
		if w.post != "" {
			break
		}
	}
	if after == nil || !isLetterWord(after.core) || after.core == "is" || after.core == "equals" {
		return 0
	}
	n.by("dimensions")
	n.emit(t.raw, "by")
	return 1
}

// peekCore78 returns the core of the token at off, or "".
func (n *normalizer) peekCore78(off int) string {
	if p := n.peek(off); p != nil {
		return p.core
	}
	return ""
}

// r78OpenWords before a month and day make it a date: a building's or a service's closing and
// opening ("closed 7/4", "Open 12/26"; closes, opens and reopens were read so already).
var r78OpenWords = setOf("closed open reopen reopening closing opening shut")

// r78DateJoins after a month and day continue a list or a span of dates.
var r78DateJoins = setOf("and or through thru to from for until till after before")

// openDate78 reads a month and day after closed or open as a date, and each listed after it:
// "The reading room is closed 7/4 and 11/28" july fourth and november twenty eighth, "Closed
// 1/1, 5/27, 7/4 and 12/25" (they were seven four, one one). A fraction of something stays:
// "The mill closed 3/4 of its looms".
func (n *normalizer) openDate78(t *token) int {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || len(a) > 2 || len(b) > 2 || a == "" || b == "" || !allDigits(a) || !allDigits(b) || a[0] == '0' || b[0] == '0' || t.pre != "" {
		return 0
	}
	x, y := atoiSmall(a), atoiSmall(b)
	if x > 12 || y > 31 {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil {
		return 0
	}
	switch {
	case prev.post == "" && r78OpenWords[prev.lower()]:
	case prev.post == "," && len(n.out) > 0 && n.out[len(n.out)-1].Rule == "date" && strings.IndexByte(prev.core, '/') > 0:
	default:
		return 0
	}
	if next := n.peek(1); next != nil && t.post == "" && !r78DateJoins[next.lower()] && (next.core == "" || !isDigit(next.core[0])) {
		return 0 // "closed 3/4 of its looms", "open 1/2 hour"
	}
	n.by("date")
	n.emit(t.raw, appendDayOrdinal([]string{monthNames[x]}, y)...)
	return 1
}

// r78GraveWords are a cemetery's labels whose number is read in pairs.
var r78GraveWords = setOf("grave plot crypt niche")

// graveNumber78 reads a grave's or a plot's number as a label, in pairs: "Section 60, Grave 8234"
// grave eighty two thirty four, "Plot 1417", "grave 214" (they were counts). A round hundred
// ("the plot 2000 feet from the church") and a number before a unit stay counts.
func (n *normalizer) graveNumber78(t *token) int {
	c := t.core
	if t.pre != "" || !allDigits(c) || c[0] == '0' || atoiSmall(c)%100 == 0 {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || len(prev.core) < 4 || len(prev.core) > 5 || !r78GraveWords[prev.lower()] {
		return 0 // the length first: most numbers' neighbours are no label (speed)
	}
	if next := n.peek(1); next != nil && t.post == "" {
		if _, ok := unitWord(next.core, false); ok {
			return 0
		}
	}
	n.by("label number")
	n.emit(t.raw, appendLabelNumber(nil, c)...)
	return 1
}

// r78Gauges are the film gauges in millimeters.
var r78Gauges = setOf("8 9.5 16 17.5 35 65 70")

// r78FilmCues in a sentence make a gauge's millimeters a film's format.
var r78FilmCues = setOf(`film films footage reel reels newsreel newsreels movie movies nitrate print prints negative negatives
camera cameras projector projectors shot filmed cine home stock scanned telecine transfer transferred archive
screening screenings screened showing showings imax matinee matinees cinema cinemas`) // round eighty-nine: a cinema's listing

// r78StockWords after a gauge name the film's stock, which the gauge describes: "the original
// 35mm nitrate", "16mm color film".
var r78StockWords = setOf("nitrate acetate polyester safety reversal color colour")

// r78GaugeBefore are the words before a gauge that name it as a format: "shot on 16mm", "in 35mm".
var r78GaugeBefore = setOf("on in to from and or onto")

// filmGauge78 reads a film's gauge as the format's name, singular: "survives only on 16mm"
// sixteen millimeter, "9.5mm and 16mm reels", "filmed in 35mm", "the original 35mm nitrate" (they
// were millimeters), after on, in, to, from, and or or, before and and another gauge, or before
// the film's stock (r78StockWords), in a sentence with a film's word. A
// length stays plural ("Rain totals reached 35mm", "The film shrank 8mm").
func (n *normalizer) filmGauge78(t *token, glued bool) int {
	num := t.core
	if glued {
		num = num[:len(num)-2]
	} else if t.post != "" {
		return 0
	}
	if !r78Gauges[num] || t.pre != "" {
		return 0
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" {
		return 0
	}
	if !r78GaugeBefore[prev.lower()] {
		last := t
		if !glued {
			last = n.peek(1)
		}
		k := 1
		if !glued {
			k = 2
		}
		and, other := n.peek(k), n.peek(k+1)
		stock := last.post == "" && and != nil && r78StockWords[and.lower()]
		if !stock && (last.post != "" || and == nil || other == nil || and.core != "and" && and.core != "or" || !r78Gauges[strings.TrimSuffix(other.core, "mm")] || !strings.HasSuffix(other.core, "mm")) {
			return 0
		}
	}
	if !n.sentenceHas(r78FilmCues) {
		return 0
	}
	v, _, _ := scanNumber(num)
	n.by("film gauge")
	n.emit(t.raw, appendNumber(nil, v)...)
	if glued {
		n.emit(t.raw, "millimeter")
		return 1
	}
	next := n.peek(1)
	n.emit(next.raw, "millimeter")
	return 2
}

// r78ArticleCut reports the article a as a piece of a run-together name between two words
// (round seventy-eight R10): "findagrave" find a grave (it was fin dag rave), "adoptapet" adopt
// a pet. The piece s[j:i] is the one letter a, after a lexicon word of three letters or more
// (s[from:j]) and before a consonant, which a word after the article opens ("an" comes before
// a vowel); segmentWords asks it only where its other tests refused the piece.
func r78ArticleCut(s string, from, j, i int, isWord func(string) bool) bool {
	return i == j+1 && s[j] == 'a' && j-from >= 3 && i < len(s) && !isVowel(s[i]) && isWord(s[from:j])
}
