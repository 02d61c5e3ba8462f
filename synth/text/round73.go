package text

import "strings"

// Round seventy-three: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers earlier rounds did not search (government statistical
// releases, encyclopedia infoboxes and lists, patent abstracts, space-launch and satellite
// pages, recall and safety notices, museum and auction catalogues, genealogy and obituaries,
// hiking and climbing guides, fishing and hunting regulations, airline fleet pages), each read
// as a class and tested on probe sentences written before the readers, readings73.tsv.

func (n *normalizer) round73Token(t *token) int {
	if n.inPart != 0 {
		return 0
	}
	c := t.core
	if c == "" {
		return 0
	}
	c0 := c[0]
	if isDigit(c0) && n.may(shDigit) {
		switch {
		case len(c) <= 2:
			if n.dayRangeEnd73(t) {
				return 1
			}
		case len(c) == 4:
			if k := n.yearRun73(t); k > 0 {
				return k
			}
		}
		if len(c) >= 3 && n.may(shPunct) && strings.IndexByte(c, '[') > 0 {
			if k := n.citation73(t); k > 0 {
				return k
			}
		}
		if len(c) >= 7 && n.may(shWide) && strings.Contains(c, "–") {
			if k := n.enDashPhone73(t); k > 0 {
				return k
			}
		}
		if len(c) >= 3 && (strings.HasSuffix(c, "′") || t.post != "" && t.post[0] == '\'') {
			if n.feet73(t) {
				return 1
			}
		}
		return 0
	}
	if c0 >= 'a' && c0 <= 'z' && len(c) >= 6 && n.may(shHyphen) && strings.IndexByte(c, '[') > 0 {
		return n.citation73(t)
	}
	return 0
}

// dayRangeEnd73 reads the last day of a spaced range after a month and its first day as an
// ordinal, as the closed "Jan. 2-12" is read: "Aug. 9 – 18" august ninth to eighteenth, "Feb. 3 -
// 4, 2024", and in a list of ranges "Nov. 24 – 26, Dec. 1 – 3" (the day before a month was read
// as that month's, the twenty sixth of december). The day must be past the first one and not
// count a noun after it ("Jan. 6 - 13 people"); the month and first day are already read.
func (n *normalizer) dayRangeEnd73(t *token) bool {
	switch t.post {
	case "", ",", ".", ";", ":", ")":
	default:
		return false
	}
	d2 := atoiSmall(t.core)
	if !allDigits(t.core) || d2 < 2 || d2 > 31 {
		return false
	}
	dash, first, month := n.peek(-1), n.peek(-2), n.peek(-3)
	if dash == nil || first == nil || month == nil || !isDash(dash.core) || dash.pre != "" || dash.post != "" {
		return false
	}
	if first.post != "" || len(first.core) > 2 || !allDigits(first.core) || atoiSmall(first.core) >= d2 || atoiSmall(first.core) < 1 {
		return false
	}
	if monthIndex[month.lower()] == 0 || month.post != "" && month.post != "." {
		return false
	}
	if next := n.peek(1); t.post == "" && next != nil && nounAfterQuantity(next.lower()) {
		return false
	}
	n.by("date range")
	n.emit(t.raw, appendDayOrdinal(nil, d2)...)
	return true
}

// yearRun73 reads four-digit numbers joined by a spaced dash, to, through, and, or or commas as
// years when one of them is before 1900, where round six's cues see only counts: a life's span
// "(1781 - 1847)" seventeen eighty one to eighteen forty seven, "Thomas Cole 1801 – 1848", "1790
// to 1990", "the censuses of 1850, 1860 and 1870" (they were one thousand seven hundred eighty
// one…). The numbers rise within two hundred years and are not all round hundreds; the run
// stands after no quantity word or label ("about 1200 to 1500", "Route 1847 - 1850") and before
// no noun it would count ("1200 - 1500 square feet"). A number before 1900 after "dated" is a
// year too ("a deed dated 1798"). It returns the tokens read.
func (n *normalizer) yearRun73(t *token) int {
	if !allDigits(t.core) {
		return 0
	}
	a := atoiSmall(t.core)
	if a < 1000 || a > 2099 {
		return 0
	}
	prev := n.peek(-1)
	if a < 1900 && prev != nil && prev.post == "" && prev.lower() == "dated" && strings.Trim(t.post, ".,;:)") == "" {
		n.by("year")
		n.emit(t.raw, appendYear(nil, a)...)
		return 1
	}
	if t.post != "" && t.post != "," {
		return 0
	}
	if prev != nil && (quantityPrev[prev.lower()] || labelPrev[prev.lower()]) {
		return 0
	}
	// Walk the run: a number, then a joint (its comma, or a dash or word token), then a number.
	type part struct {
		tok  *token
		word string // the joint's word, "" for a number or a comma
		year int
	}
	parts := [8]part{{tok: t, year: a}}
	np, k, last, early, round := 1, 1, a, a < 1900, a%100 == 0
	for np+2 < len(parts) {
		cur := n.peek(k - 1)
		j, word := n.peek(k), ""
		if j == nil {
			break
		}
		step := 0
		switch {
		case cur.post == ",":
			if l := j.lower(); (l == "and" || l == "or") && j.post == "" {
				word, step = l, 1
			}
		case cur.post == "":
			switch l := j.lower(); {
			case isDash(j.core) && j.pre == "" && j.post == "":
				word, step = "to", 1
			case (l == "to" || l == "through" || l == "and" || l == "or") && j.pre == "" && j.post == "":
				word, step = l, 1
			default:
				j = nil
			}
		default:
			j = nil
		}
		if j == nil {
			break
		}
		num := n.peek(k + step)
		if num == nil || num.pre != "" || len(num.core) != 4 || !allDigits(num.core) || num.post != "" && num.post != "," && strings.Trim(num.post, ".;:)") != "" {
			break
		}
		y := atoiSmall(num.core)
		if y <= last || y > a+200 || y > 2099 {
			break
		}
		if step == 1 {
			parts[np] = part{tok: j, word: word}
			np++
		}
		parts[np] = part{tok: num, year: y}
		np++
		k += step + 1
		last, early, round = y, early || y < 1900, round && y%100 == 0
		if num.post != "" && num.post != "," {
			break
		}
	}
	end := parts[np-1].tok
	if np < 3 && !(np == 2 && parts[1].tok != t) || end == t || !early || round {
		return 0
	}
	if end.post == "," {
		// A comma after the last number ends the run only before a capital or a pause.
		if next := n.peek(k); next != nil && next.core != "" && next.core[0] >= 'a' && next.core[0] <= 'z' && nounAfterQuantity(next.lower()) {
			return 0
		}
	} else if end.post == "" {
		if next := n.peek(k); next != nil && next.pre == "" && next.core != "" && next.core[0] >= 'a' && next.core[0] <= 'z' && !notNoun[next.lower()] {
			return 0
		}
	}
	n.by("year range")
	for _, p := range parts[:np] {
		if p.year != 0 {
			n.emit(p.tok.raw, appendYear(nil, p.year)...)
		} else if p.word != "" {
			n.emit(p.tok.raw, p.word)
		}
	}
	return k
}

// enDashPhone73 reads a telephone number whose groups are joined by en dashes, as typeset
// notices print them, as the one joined by hyphens: "(703) 358–1714", "202–366–0209",
// "1–800–638–2772" (they were spans, three hundred fifty eight to one thousand seven hundred
// fourteen). Three and four digits need an area code in brackets before them; "358–714" stays.
func (n *normalizer) enDashPhone73(t *token) int {
	c := t.core
	var lens [5]int
	ng, run := 0, 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			run++
		case strings.HasPrefix(c[i:], "–") && run > 0 && ng < 4:
			lens[ng], ng, run = run, ng+1, 0
			i += len("–") - 1
		default:
			return 0
		}
	}
	if run == 0 || ng > 3 {
		return 0
	}
	lens[ng] = run
	ng++
	switch {
	case ng == 2 && lens[0] == 3 && lens[1] == 4:
		prev := n.peek(-1)
		if prev == nil || prev.pre != "(" || prev.post != ")" || len(prev.core) != 3 || !allDigits(prev.core) {
			return 0
		}
	case ng == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4:
	case ng == 4 && c[0] == '1' && lens[0] == 1 && lens[1] == 3 && lens[2] == 3 && lens[3] == 4:
	default:
		return 0
	}
	return n.reread(t, strings.ReplaceAll(c, "–", "-"), t.post)
}

// citation73 leaves out citation marks in brackets glued to a number or to a hyphenated word,
// as round fifty-two's wordCitation52 does after a word of prose: "62960[1]" six two nine six
// zero, "5,782[3] residents", "1937[4]", "tonne-kilometers[3]" (the marks were read into the
// number, sixty two thousand nine hundred sixty one, or after it). An index 0 is no mark.
func (n *normalizer) citation73(t *token) int {
	c := t.core
	i := strings.IndexByte(c, '[')
	if i <= 0 || t.post == "" || t.post[0] != ']' || !citationMarks(c[i:], true) {
		return 0
	}
	head := c[:i]
	if isDigit(head[0]) {
		num, rest, ok := scanNumber(head)
		if !ok || rest != "" || num.neg || num.plus {
			return 0
		}
	} else {
		// Words of two letters or more joined by hyphens, in lower case after the first letter.
		part := 0
		for k := 0; k < len(head); k++ {
			switch ch := head[k]; {
			case ch >= 'a' && ch <= 'z' || k == 0 && ch >= 'A' && ch <= 'Z':
				part++
			case ch == '-' && part >= 2:
				part = 0
			default:
				return 0
			}
		}
		if part < 2 || !strings.Contains(head, "-") {
			return 0
		}
	}
	n.debug("dropped citation marker", "token", t.raw)
	return n.reread(t, head, t.post[1:])
}

// feet73 reads a prime after a number of two hundred or more as feet where round five's
// feetMark leaves it for a match's minute or a quotation: after a peak's name or in brackets,
// "Longs Peak 14,255′", "a saddle (11,400')", and the prime sign itself after any number, "at
// 9,600′ on a bench" (the mark was dropped, fourteen thousand two hundred fifty five). A
// minute is never that late; "(45')" stays. Before the noun an article introduces, foot.
func (n *normalizer) feet73(t *token) bool {
	c, post := t.core, t.post
	if strings.HasSuffix(c, "′") {
		c = c[:len(c)-len("′")]
	} else if post = post[1:]; !strings.ContainsAny(t.pre, "(") && !n.capitalBefore73() {
		return false
	}
	if strings.Trim(post, ".,;:!?)") != "" {
		return false
	}
	num, rest, ok := scanNumber(c)
	if !ok || rest != "" || num.neg || num.plus || num.hasPoint {
		return false
	}
	if v, ok := num.value(); !ok || v < 200 {
		return false
	}
	unit := "feet"
	if articleBeforeNoun(n.peek(-1), n.peek(1)) {
		unit = "foot"
	}
	n.by("number and unit")
	n.emit(t.raw, append(appendNumber(nil, num), unit)...)
	return true
}

// capitalBefore73 reports a capitalized word right before the token, as a peak's name is.
func (n *normalizer) capitalBefore73() bool {
	prev := n.peek(-1)
	return prev != nil && prev.post == "" && isCapitalized(prev.core)
}
