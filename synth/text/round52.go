package text

import "strings"

// Round fifty-two: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers rounds thirty-eight and forty-four did not search
// (encyclopedia history and biographies, statutes and contracts, datasheets and standards,
// sports recaps, box-office reports, hobby forums), each read as a class and tested on probe
// sentences written before the readers, readings52.tsv. A day in brackets opening a date
// written day first was fixed where dates are read (dates.go).

func (n *normalizer) round52Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	if t.pre == "(" && t.post != "" && t.post[0] == ')' && n.may(shDigit) {
		if n.restatedFigure52(t) {
			return 1
		}
	}
	if len(c) < 2 {
		return 0
	}
	if t.post != "" && t.post[0] == ']' && n.may(shPunct) {
		if k := n.wordCitation52(t); k > 0 {
			return k
		}
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		switch {
		case len(c) == 4 && allDigits(c):
			return oneIf(n.yearCue52(t))
		case len(c) <= 8 && n.may(shPunct|shWide) && c[len(c)-1] == 's':
			return n.possessive52(t)
		case len(c) >= 5 && len(c) <= 9 && n.may(shHyphen|shWide):
			return oneIf(n.lifeSpanYear52(t))
		}
	case c0 >= 'A' && c0 <= 'Z':
		if len(c) >= 4 && len(c) <= 10 && n.may(shDigit) {
			return n.possessive52(t)
		}
	}
	return 0
}

// possessiveStem52 returns a core without its possessive 's ("2011's", "U2’s").
func possessiveStem52(c string) (string, bool) {
	if s, ok := strings.CutSuffix(c, "'s"); ok {
		return s, true
	}
	return strings.CutSuffix(c, "’s")
}

// possessive52 reads a possessive 's glued to a year, a month's day or a name of letters and
// digits as the possessive of its reading: "2011's sequel" twenty eleven's (it was "two
// thousand elevens"), "March 3's deadline" march third's (it was "march three's"), "U2's album"
// u two's (it was "u two s"). A year ending in 0 stays the decade it was read as ("the
// 1990's"), and a name ending in a letter keeps its reading ("3M's" three m's).
func (n *normalizer) possessive52(t *token) int {
	stem, ok := possessiveStem52(t.core)
	if !ok || stem == "" {
		return 0
	}
	if allDigits(stem) {
		if len(stem) == 4 {
			y := atoiSmall(stem)
			if y < 1000 || y > 2099 || y%10 == 0 {
				return 0
			}
			n.by("year")
			n.emit(t.raw, possessiveLast52(appendYear(nil, y))...)
			return 1
		}
		if d, ok := dayNumber(stem); ok && len(stem) <= 2 {
			if p := n.peek(-1); p != nil && p.post == "" && month(p) > 0 {
				n.by("date")
				n.emit(t.raw, possessiveLast52(appendDayOrdinal(nil, d))...)
				return 1
			}
		}
		return 0
	}
	last := stem[len(stem)-1]
	if !isDigit(last) || !strings.ContainsAny(stem, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return 0
	}
	for i := 0; i < len(stem); i++ {
		if c := stem[i]; !isDigit(c) && (c < 'A' || c > 'Z') {
			return 0
		}
	}
	before := len(n.out)
	k := n.reread(t, stem, t.post)
	if k > 0 && len(n.out) > before {
		w := &n.out[len(n.out)-1]
		w.Text += "'s"
	}
	return k
}

// possessiveLast52 puts the possessive ending on the last word.
func possessiveLast52(w []string) []string {
	if len(w) > 0 {
		w[len(w)-1] += "'s"
	}
	return w
}

// lifeSpanYear52 reads the first year and the second day of a span of two dates written day
// first and joined by a dash with no space, as biographies print a life: in "(6 November
// 1931–19 November 2014)" the token "1931–19" is the year and then "to the nineteenth of" (it
// was a range of years, "nineteen thirty one to nineteen"); the dates around it are read as
// dates are. "2011–12" elsewhere stays a range of years.
func (n *normalizer) lifeSpanYear52(t *token) bool {
	c := strings.Replace(t.core, "–", "-", 1)
	y, d, ok := strings.Cut(c, "-")
	if !ok || len(y) < 3 || len(y) > 4 || !allDigits(y) || len(d) == 0 || len(d) > 2 || !allDigits(d) || t.pre != "" || t.post != "" {
		return false
	}
	day, ok := dayNumber(d)
	if !ok {
		return false
	}
	p1, p2, next := n.peek(-1), n.peek(-2), n.peek(1)
	if p1 == nil || p2 == nil || next == nil || month(p1) == 0 || month(next) == 0 || next.pre != "" {
		return false
	}
	if p1.post != "" && p1.post != "." || p2.post != "" {
		return false
	}
	if _, ok := dayNumber(p2.core); !ok {
		return false
	}
	n.by("date")
	w := appendYear(nil, atoiSmall(y))
	w = append(w, "to", "the")
	w = appendDayOrdinal(w, day)
	n.emit(t.raw, append(w, "of")...)
	return true
}

// wordCitation52 leaves out citation marks in brackets glued to a word of prose, as
// encyclopedia text prints them: "antiquity[2]", "siege[9][10]", a note's letter "days[a]" (they
// were read as numbers, "decades[4][5]" decades forty five, or run into the word). The word must
// have four letters or more and the marks must not be an index 0, so code stays as read
// ("arr[1]", "x[2]", "list[0]"); marks after punctuation are round thirty-eight's.
func (n *normalizer) wordCitation52(t *token) int {
	c := t.core
	i := strings.IndexByte(c, '[')
	if i < 4 || t.post != "]" && !strings.HasPrefix(t.post, "].") && !strings.HasPrefix(t.post, "],") && !strings.HasPrefix(t.post, "];") {
		return 0
	}
	for k := 0; k < i; k++ {
		if ch := c[k]; !(ch >= 'a' && ch <= 'z' || k == 0 && ch >= 'A' && ch <= 'Z') {
			return 0
		}
	}
	for rest := c[i:]; rest != ""; {
		if rest[0] != '[' {
			return 0
		}
		j := 1
		if j < len(rest) && rest[j] >= 'a' && rest[j] <= 'z' {
			j++
		} else {
			if j < len(rest) && rest[j] == '0' {
				return 0
			}
			for j < len(rest) && isDigit(rest[j]) {
				j++
			}
			if j == 1 || j > 4 {
				return 0
			}
		}
		rest = rest[j:]
		if rest != "" {
			if rest[0] != ']' {
				return 0
			}
			rest = rest[1:]
		}
	}
	n.debug("dropped citation marker", "token", t.raw)
	return n.reread(t, c[:i], t.post[1:])
}

// yearLabels52 are the labels of an encyclopedia's facts before a colon and a year.
var yearLabels52 = setOf(`composed founded born died established built opened published premiered formed
incorporated completed written recorded introduced launched discovered elected crowned signed ratified
enacted abolished dissolved demolished erected constructed consecrated inaugurated begun finished
released produced debuted reigned commissioned decommissioned chartered settled`)

// yearHedges52 come between a preposition of time and a year: "since about 1850".
var yearHedges52 = setOf(`about around approximately roughly circa c ca`)

// yearTimePreps52 are the prepositions of time before a hedged year.
var yearTimePreps52 = setOf(`since until till before after from in by`)

// yearEvents52 are nouns of an event, with round twelve's yearEvent, that a year names when
// a name of capitals comes between: "the 1449 Tumu Crisis", "the 1692 Salem Witch Trials".
var yearEvents52 = setOf(`crisis trials trial affair incident scandal raid campaign rising schism council
synod edict act reform agreement settlement conference congress games olympics fair raids fires floods
wars riot`)

// yearCue52 reads a number of four digits from 1000 as a year where a cue says so (older years
// were quantities: "Composed: 1808" one thousand eight hundred eight): after an encyclopedia's
// label and its colon ("Founded: 1892"); after a preposition of time and a hedge ("since at
// least 1900", "until about 1850"), when the clause ends there or a joining word follows
// ("by at least 1900 points" counts); after the and a name of one to three capitals before a
// noun of an event ("the 1449 Tumu Crisis"; "the 1200 Main Street building" stays as read).
func (n *normalizer) yearCue52(t *token) bool {
	c := t.core
	if !allDigits(c) || t.pre != "" {
		return false
	}
	y := atoiSmall(c)
	if y < 1000 || y > 2099 {
		return false
	}
	p := n.peek(-1)
	if p == nil {
		return false
	}
	read := false
	switch pw := lowerASCIIWord(p.core); {
	case p.post == ":" && yearLabels52[pw]:
		read = true
	case p.post == "" && (yearHedges52[pw] || pw == "least"):
		pp := n.peek(-2)
		if pw == "least" {
			if pp == nil || pp.post != "" || lowerASCIIWord(pp.core) != "at" {
				return false
			}
			pp = n.peek(-3)
		}
		if pp == nil || pp.post != "" || !yearTimePreps52[lowerASCIIWord(pp.core)] {
			return false
		}
		read = t.post != "" || n.peek(1) == nil || yearJoiners52[lowerASCIIWord(n.peek(1).core)]
	case p.post == "" && yearDeterminer[pw] && y < 1900:
		read = n.namedEvent52()
	}
	if !read {
		return false
	}
	n.by("year")
	n.emit(t.raw, appendYear(nil, y)...)
	return true
}

// yearJoiners52 may follow a hedged year: "until about 1850 when".
var yearJoiners52 = setOf(`and or but when as to until with because while bc ad bce ce`)

// namedEvent52 reports one to three capitalized words after the token, with no punctuation
// between, and then a noun of an event, capitalized or not.
func (n *normalizer) namedEvent52() bool {
	if n.peek(0).post != "" {
		return false
	}
	for k := 1; k <= 4; k++ {
		x := n.peek(k)
		if x == nil || x.pre != "" || !isLetterWord(x.core) {
			return false
		}
		l := lowerASCIIWord(x.core)
		if k > 1 && (yearEvents52[l] || yearEvent[l]) {
			return true
		}
		if !isCapitalized(x.core) || x.post != "" {
			return false
		}
	}
	return false
}

// restatedFigure52 leaves out a figure in brackets that restates the number written in words
// just before it, as contracts and statutes write amounts: "three (3) years", "fifty dollars
// ($50)", "one thousand five hundred dollars ($1,500)" (it was read twice). A figure that
// differs from the words is read ("three (4) items").
func (n *normalizer) restatedFigure52(t *token) bool {
	c := t.core
	money := strings.HasPrefix(c, "$")
	c = strings.TrimPrefix(c, "$")
	c = strings.TrimSuffix(c, ".00")
	c = strings.ReplaceAll(c, ",", "")
	if c == "" || len(c) > 9 || !allDigits(c) {
		return false
	}
	want := atoiSmall(c)
	k := -1
	if money {
		p := n.peek(k)
		if p == nil || p.post != "" || lowerASCIIWord(p.core) != "dollars" && lowerASCIIWord(p.core) != "dollar" {
			return false
		}
		k--
	}
	var words []string
	for ; k >= -8; k-- {
		p := n.peek(k)
		if p == nil || p.pre != "" || p.post != "" || !isLetterWord(strings.ReplaceAll(p.core, "-", "")) {
			break
		}
		l := lowerASCIIWord(p.core)
		if _, ok := numberWordValue52(l); !ok {
			break
		}
		words = append(words, l)
	}
	if len(words) == 0 {
		return false
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	if v, ok := spelledValue52(words); !ok || v != want {
		return false
	}
	n.by("restated figure")
	n.debug("left out a figure restating the words before it", "token", t.raw)
	return true
}

var smallNumberWords52 = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// numberWordValue52 reports a word of a spelled number ("twenty-four", "hundred", "and").
func numberWordValue52(w string) (int, bool) {
	switch w {
	case "hundred":
		return 100, true
	case "thousand":
		return 1000, true
	case "million":
		return 1000000, true
	case "and":
		return 0, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		x, ok1 := smallNumberWords52[a]
		y, ok2 := smallNumberWords52[b]
		return x + y, ok1 && ok2 && x >= 20 && x%10 == 0 && y > 0 && y < 10
	}
	v, ok := smallNumberWords52[w]
	return v, ok
}

// spelledValue52 returns the value of a spelled number's words, in order.
func spelledValue52(words []string) (int, bool) {
	total, cur := 0, 0
	seen := false
	for i, w := range words {
		v, ok := numberWordValue52(w)
		if !ok {
			return 0, false
		}
		switch w {
		case "and":
			if i == 0 || i == len(words)-1 {
				return 0, false
			}
		case "hundred":
			if cur == 0 {
				return 0, false
			}
			cur *= 100
		case "thousand", "million":
			if cur == 0 {
				return 0, false
			}
			total += cur * v
			cur = 0
		default:
			cur += v
			seen = true
		}
	}
	return total + cur, seen
}
