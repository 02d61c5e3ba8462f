package text

import "strings"

// Round fifty-five: misreadings found by running the normalizer over real web text nobody
// wrote for a test, in sports registers (soccer, tennis, golf, motor racing, American football,
// basketball, baseball, hockey, cricket, cycling and athletics results and previews) and
// entertainment registers (music charts, streaming and TV listings, concert and theatre
// listings), each read as a class and tested on probe sentences written before the readers,
// readings55.tsv. Three-digit scores after team names of two or three words were fixed where
// lines of results are recognized (scorelineNumber, round6.go).

func (n *normalizer) round55Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 3 || len(c) > 8 {
		return 0
	}
	if len(c) == 3 && (c == "2OT" || c == "3OT") && n.may(shDigit|shUpper) {
		// "(2OT)" after a line of results: the overtime reader, before the readers of a
		// number glued to letters.
		return oneIf(n.overtime(t))
	}
	if len(c) >= 5 && isDigit(c[0]) && n.may(shDigit|shSlash|shHyphen) && n.slashDayRange55(t) {
		return 1
	}
	return 0
}

// slashDayRange55 reads a month and a day written with a slash and a later day after a hyphen
// as the span of days "June 11-12" is: "6/11-12" june eleventh to twelfth, "10/21-25". A
// fraction's shape (a smaller number over 2, 4, 8, 16, 32 or 64: "3/8-16", "1/2-3") stays.
func (n *normalizer) slashDayRange55(t *token) bool {
	m, rest, ok := strings.Cut(t.core, "/")
	if !ok {
		return false
	}
	d1, d2, ok := strings.Cut(rest, "-")
	if !ok || !shortDigits55(m) || !shortDigits55(d1) || !shortDigits55(d2) || m[0] == '0' || d1[0] == '0' || d2[0] == '0' {
		return false
	}
	mv, v1, v2 := atoiSmall55(m), atoiSmall55(d1), atoiSmall55(d2)
	if mv > 12 || v1 > 31 || v2 > 31 || v2 <= v1 {
		return false
	}
	if mv < v1 && (v1 == 2 || v1 == 4 || v1 == 8 || v1 == 16 || v1 == 32) {
		return false // a fraction: "7/16-20", "3/8-16"
	}
	n.by("date")
	n.emit(t.raw, monthNames[mv])
	n.emit(t.raw, appendOrdinal(nil, d1)...)
	n.emit(t.raw, "to")
	n.emit(t.raw, appendOrdinal(nil, d2)...)
	return true
}

// shortDigits55 reports one or two ASCII digits.
func shortDigits55(s string) bool {
	return (len(s) == 1 || len(s) == 2) && allDigits(s)
}

// atoiSmall55 is the value of one or two ASCII digits.
func atoiSmall55(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}
