package text

import "strings"

// Round forty-four: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in registers round thirty-eight did not search (council and zoning notices,
// earnings wires, box scores, storm and heat advisories, recipe cards, forum pages, crypto
// news, congressional vote summaries, point-spread previews, tax forms), each read as a class
// and tested on probe sentences written before the readers, readings44.tsv. Two classes were
// fixed where their readers live: wire services' mln and bln (units.go, round5.go) and a period
// over the same period written out (tech.go).

func (n *normalizer) round44Token(t *token) int {
	c := t.core
	if n.inPart != 0 || c == "" {
		return 0
	}
	switch c0 := c[0]; {
	case c0 >= '0' && c0 <= '9':
		if !n.may(shDigit) {
			return 0
		}
		if t.post != "" && strings.HasPrefix(t.post, "”") {
			if k := n.curlyInch44(t); k > 0 {
				return k
			}
		}
		if n.may(shWide) {
			if n.ordinalDegree44(t) {
				return 1
			}
		}
		return oneIf(n.may(shLower) && n.postAge44(t))
	case c0 == '$':
		if len(c) == 1 {
			return n.spacedDollar44(t)
		}
	case c0 == '-' || c0 == '+':
		if n.may(shWide) {
			return n.signedHalf44(t)
		}
	case c0 == 'F':
		if n.may(shDigit) {
			return oneIf(n.fiscalOh44(t))
		}
	}
	return 0
}

// postAge44 reads a forum post's age, a number glued to d, w or m just before "ago", as days,
// weeks or minutes: "16d ago" sixteen days ago, "10m ago" ten minutes ago (it was "sixteen d"
// and "ten meters"), as "5h ago" is already hours. An m elsewhere stays meters ("ran 10m").
func (n *normalizer) postAge44(t *token) bool {
	c := t.core
	if len(c) < 2 || len(c) > 4 || t.post != "" {
		return false
	}
	digits, unit := c[:len(c)-1], c[len(c)-1]
	if !allDigits(digits) || digits[0] == '0' && len(digits) > 1 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !strings.EqualFold(next.core, "ago") {
		return false
	}
	var w string
	switch unit {
	case 'd':
		w = "day"
	case 'w':
		w = "week"
	case 'm':
		w = "minute"
	default:
		return false
	}
	if digits != "1" {
		w += "s"
	}
	n.by("age of a post")
	n.emit(t.raw, append(appendInteger(nil, digits), w)...)
	return true
}

// ordinalDegree44 reads the masculine ordinal sign typed for the degree sign after a number
// ("105-110ºF", "98ºF", "10ºC") as the degree sign (it was dropped: "ninety eight f"). A sign
// after a letter ("Nº") is not a number's.
func (n *normalizer) ordinalDegree44(t *token) bool {
	c := t.core
	i := strings.Index(c, "º")
	if i < 1 || !isDigit(c[i-1]) {
		return false
	}
	n.debug("ordinal sign read as the degree sign", "token", t.raw)
	return n.reread(t, strings.ReplaceAll(c, "º", "°"), t.post) > 0
}

// curlyInch44 reads a right double quotation mark glued to a number as the inch mark, as
// recipe cards and listings type it ("9” pie plate", "15” x 10”"; it was dropped), when no
// opening quotation mark comes before it in the sentence ("“Top 10”" keeps its quotes).
func (n *normalizer) curlyInch44(t *token) int {
	if !allDigits(t.core) && !dimensionsCore44(t.core) {
		return 0
	}
	for k := 0; k <= n.i && k < len(n.toks); k++ {
		tk := &n.toks[k]
		if strings.ContainsAny(tk.pre, "“\"") || strings.ContainsAny(tk.core, "“\"") {
			return 0
		}
	}
	return n.reread(t, t.core+"″", strings.TrimPrefix(t.post, "”"))
}

// dimensionsCore44 reports two numbers joined by x or X ("13X9").
func dimensionsCore44(c string) bool {
	i := strings.IndexAny(c, "xX")
	return i > 0 && i < len(c)-1 && allDigits(c[:i]) && allDigits(c[i+1:])
}

// round44Late holds the round's reader asked after every other round's: a range of round
// hundreds, which takes only what no round reads otherwise (an ISO film speed range, round
// seventeen's and the lead's, stays theirs) before the dispatch's phone numbers see it.
func (n *normalizer) round44Late(t *token) int {
	if n.inPart != 0 || !n.may(shHyphen) || !n.may(shDigit) {
		return 0
	}
	return oneIf(n.roundRange44(t))
}

// roundRange44 reads two round hundreds joined by a hyphen, the first the smaller, as a range:
// "Aim for 500-1500 words" five hundred to one thousand five hundred (it was a local phone
// number, digit by digit), unless a word of calling or numbers comes just before ("Call
// 800-1200", "My number is 300-4000" stay digits).
func (n *normalizer) roundRange44(t *token) bool {
	lo, hi, ok := strings.Cut(t.core, "-")
	if !ok || len(lo) != 3 || len(hi) != 4 || !allDigits(lo) || !allDigits(hi) || !strings.HasSuffix(lo, "00") || !strings.HasSuffix(hi, "00") {
		return false
	}
	if atoiSmall(lo) >= atoiSmall(hi) {
		return false
	}
	for k := 1; k <= 3; k++ {
		p := n.peek(-k)
		if p == nil {
			break
		}
		if phoneWords44[lowerASCIIWord(p.core)] {
			return false
		}
	}
	n.by("range")
	w := appendInteger(nil, lo)
	w = append(w, "to")
	n.emit(t.raw, appendInteger(w, hi)...)
	return true
}

// phoneWords44 before two round hundreds make them a phone number.
var phoneWords44 = setOf("call calling called dial dialing dialed phone phones tel telephone fax cell mobile text number numbers no ext contact line hotline")

// spacedDollar44 reads a dollar sign spaced from the amount after it, "$ 60,000", as if glued
// (it was "dollars sixty thousand"): the amount's token is read with the sign, and the sign
// itself says nothing. A sign before a word stays as read ("in $ and €").
func (n *normalizer) spacedDollar44(t *token) int {
	next := n.peek(1)
	if t.pre != "" || t.post != "" || next == nil || next.pre != "" || next.core == "" || !isDigit(next.core[0]) || n.i+1 >= len(n.toks) {
		return 0
	}
	n.by("spaced currency sign")
	n.debug("spaced dollar sign read with its amount", "token", t.raw)
	n.toks[n.i+1].core = "$" + next.core
	return 1
}

// signedHalf44 reads a point spread or a change with a vulgar fraction after its sign and
// whole number, "(-1½)", "+3½", as minus or plus and the mixed number (it was "minus one one
// half"; "+3½" dropped the half).
func (n *normalizer) signedHalf44(t *token) int {
	c := t.core
	rest := c[1:]
	i := 0
	for i < len(rest) && isDigit(rest[i]) {
		i++
	}
	if i == 0 || i > 3 {
		return 0
	}
	switch rest[i:] {
	case "½", "¼", "¾":
	default:
		return 0
	}
	sign := "minus"
	if c[0] == '+' {
		sign = "plus"
	}
	n.by("signed fraction")
	n.emit(t.raw, sign)
	return n.reread(t, rest, t.post)
}

// fiscalOh44 reads a fiscal year's two digits with a leading zero after FY with oh, as a
// clipped year is said: "FY09" f y oh nine (it was zero nine). Other years stay as read.
func (n *normalizer) fiscalOh44(t *token) bool {
	c := t.core
	if len(c) != 4 || c[1] != 'Y' || c[2] != '0' || !isDigit(c[3]) || c[3] == '0' {
		return false
	}
	n.by("fiscal year")
	n.emitPhrase(t.raw, "f", "y")
	n.emit(t.raw, "oh", onesWords[c[3]-'0'])
	return true
}
