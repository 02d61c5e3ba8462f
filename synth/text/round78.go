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
