package text

import "strings"

var monthNames = [...]string{"", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// monthIndex maps full and abbreviated month names (lower case) to 1..12.
var monthIndex = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// month recognizes a capitalized month name or abbreviation.
func month(t *token) int {
	if t == nil || !isCapitalized(t.core) || len(t.core) > 9 {
		return 0
	}
	var buf [16]byte
	m := monthIndex[string(foldASCII(buf[:0], t.core))]
	if m == 0 {
		return 0
	}
	// Short forms other than May need a period or must be written as a
	// known abbreviation; full names are always fine.
	return m
}

// foldASCII appends the ASCII lower case of s to dst (for allocation-free
// map lookups: m[string(foldASCII(buf[:0], s))]).
func foldASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// dayNumber parses "14", "14th", "3rd" as a day of the month.
func dayNumber(s string) (int, bool) {
	if len(s) > 4 || s == "" || !isDigit(s[0]) {
		return 0, false // at most two digits and a suffix of two letters (speed: asked of most tokens)
	}
	d := s
	if len(d) > 2 {
		switch strings.ToLower(d[len(d)-2:]) {
		case "st", "nd", "rd", "th":
			d = d[:len(d)-2]
		}
	}
	if !allDigits(d) || len(d) > 2 {
		return 0, false
	}
	v := atoiSmall(d)
	if v < 1 || v > 31 {
		return 0, false
	}
	return v, true
}

// yearNumber parses a 4-digit year token (1000..2999).
func yearNumber(t *token) (int, bool) {
	if t == nil || len(t.core) != 4 || !allDigits(t.core) || t.pre != "" {
		return 0, false
	}
	v := atoiSmall(t.core)
	return v, v >= 1000 && v <= 2999
}

// appendDayOrdinal appends "fourteenth".
func appendDayOrdinal(dst []string, d int) []string {
	start := len(dst)
	dst = appendUnder100(dst, d)
	ordinalize(dst[start:])
	return dst
}

// date reads dates written with a month name:
// "Feb. 14, 1990" → february fourteenth nineteen ninety;
// "14 February 1990" → the fourteenth of february nineteen ninety;
// "February 1990" → february nineteen ninety. It returns tokens consumed.
func (n *normalizer) date() int {
	t := n.peek(0)
	if m := month(t); m > 0 {
		abbr := len(t.core) <= 4 && t.lower() != "may" && t.lower() != "june" && t.lower() != "july"
		if abbr && !t.hasDot() && t.post != "" {
			return 0
		}
		if !abbr && t.post != "" {
			return 0
		}
		next := n.peek(1)
		if next == nil || next.pre != "" {
			return 0
		}
		if a, b, ok := strings.Cut(strings.ReplaceAll(next.core, "–", "-"), "-"); ok {
			// Day ranges: July 11-12 → july eleventh to twelfth.
			d1, ok1 := dayNumber(a)
			d2, ok2 := dayNumber(b)
			if ok1 && ok2 && d1 < d2 {
				words := []string{monthNames[m]}
				words = appendDayOrdinal(words, d1)
				words = append(words, "to")
				words = appendDayOrdinal(words, d2)
				return n.emitWithYear(t, next, words)
			}
		}
		if d, ok := dayNumber(next.core); ok {
			if strings.HasPrefix(next.post, ".") && !n.isLast(1) {
				return 0
			}
			return n.emitWithYear(t, next, appendDayOrdinal([]string{monthNames[m]}, d))
		}
		if y, ok := yearNumber(next); ok {
			if abbr && !t.hasDot() {
				return 0
			}
			words := []string{monthNames[m]}
			n.emit(t.raw, appendYear(words, y)...)
			return 2
		}
		return 0
	}
	if t == nil || t.pre != "" && t.pre != "(" || (t.post != "" && t.post != ",") {
		return 0 // a day in brackets opens a date too: "(6 November 1931–19 November 2014)"
	}
	d, ok := dayNumber(t.core)
	if !ok {
		return 0
	}
	next := n.peek(1)
	m := month(next)
	if m == 0 || next.pre != "" {
		return 0
	}
	if len(next.core) <= 4 && !next.hasDot() && next.lower() != "may" && next.lower() != "june" && next.lower() != "july" &&
		!(isCapitalized(next.core) && len(next.core) >= 3) {
		return 0 // "13 Dec 2024" and "4 Jan" are dates; "5 mar" is not
	}
	var words []string
	if prev := n.peek(-1); prev == nil || prev.lower() != "the" || prev.post != "" {
		words = append(words, "the")
	}
	words = appendDayOrdinal(words, d)
	words = append(words, "of", monthNames[m])
	used := 2
	if y, ok := yearNumber(n.peek(2)); ok && (next.post == "" || next.post == "," || next.post == ".") {
		words = appendYear(words, y)
		used = 3
	}
	n.emit(t.raw, words...)
	return used
}

// numericDate reads "1990-02-14", "2/14/1990", "14/02/1990", "14.02.1990", "2007/09/25".
// Month-first is assumed for slashes unless the first field exceeds 12.
func numericDate(s string) ([]string, bool) {
	var parts []string
	var sep byte
	for _, c := range []byte{'-', '/', '.'} {
		if strings.Count(s, string(c)) == 2 {
			parts = strings.Split(s, string(c))
			sep = c
			break
		}
	}
	if len(parts) != 3 {
		return nil, false
	}
	for _, p := range parts {
		if !allDigits(p) {
			return nil, false
		}
	}
	a, b, c := atoiSmall(parts[0]), atoiSmall(parts[1]), atoiSmall(parts[2])
	if a < 0 || b < 0 || c < 0 || len(parts[0]) > 4 || len(parts[2]) > 4 {
		return nil, false
	}
	var y, m, d int
	yearWords := func(p string, v int) []string {
		if len(p) == 2 {
			if v < 10 {
				return []string{"oh", onesWords[v]}
			}
			return appendUnder100(nil, v)
		}
		return appendYear(nil, v)
	}
	var yw []string
	dayFirst := false
	switch {
	case len(parts[0]) == 4 && (sep == '-' || a >= 1900 && a <= 2099 && len(parts[1]) == 2 && len(parts[2]) == 2):
		// Year first: "1990-02-14", and with slashes or dots as East Asian and ISO-minded
		// writers print it, "2007/09/25", "2025.01.06" (a year of this era and two-digit
		// fields, so "1080/60/30" stays a number).
		y, m, d = a, b, c
		yw = yearWords(parts[0], y)
	case len(parts[2]) == 4 || len(parts[2]) == 2 && sep != '-':
		y = c
		if sep == '.' || a > 12 {
			d, m = a, b
			dayFirst = true
		} else {
			m, d = a, b
		}
		yw = yearWords(parts[2], y)
	default:
		return nil, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || len(parts[0]) > 4 || len(parts[1]) > 2 {
		return nil, false
	}
	var w []string
	if dayFirst {
		w = append(w, "the")
		w = appendDayOrdinal(w, d)
		w = append(w, "of", monthNames[m])
	} else {
		w = append(w, monthNames[m])
		w = appendDayOrdinal(w, d)
	}
	return append(w, yw...), true
}

// clockTime reads "9:05" nine oh five, "21:40" twenty one forty, "9:00"
// nine o'clock (or "nine" before a m / p m), "21:00" twenty one hundred,
// "9:05:30" nine oh five and thirty seconds. ok is false for ratios.
func clockTime(s string, meridiem bool) ([]string, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return nil, false
	}
	for i, p := range parts {
		if !allDigits(p) || (i > 0 && len(p) != 2) || len(p) > 2 {
			return nil, false
		}
	}
	h, m := atoiSmall(parts[0]), atoiSmall(parts[1])
	if h > 24 || m > 59 || meridiem && h > 12 {
		return nil, false
	}
	var w []string
	if h == 0 && m == 0 && len(parts) == 2 && !meridiem {
		return []string{"midnight"}, true // "shuts at 00:00"; "0000 hours" stays zero hundred
	}
	if h == 0 && len(parts) == 2 && parts[0] == "00" && !meridiem {
		// "shuts at 00:30" twelve thirty a m, as a clock past midnight is said ("0:30" stays).
		w = append(w, "twelve")
		if m < 10 {
			w = append(w, "oh", onesWords[m])
		} else {
			w = appendUnder100(w, m)
		}
		return append(w, "a", "m"), true
	}
	switch {
	case h == 0 && meridiem:
		// "00:30 AM", "0:45 AM": the hour after midnight written as the 24-hour clock writes
		// it, read on the twelve-hour clock its meridiem names (round fifty-six; it was a ratio,
		// zero zero to thirty).
		w = append(w, "twelve")
	default:
		w = appendUnder100(w, h)
		if h == 0 {
			w = append(w, "zero")
		}
	}
	switch {
	case m == 0 && meridiem:
	case m == 0 && h <= 12 && h > 0:
		w = append(w, "o'clock")
	case m == 0:
		w = append(w, "hundred")
	case m < 10:
		w = append(w, "oh", onesWords[m])
	default:
		w = appendUnder100(w, m)
	}
	if len(parts) == 3 {
		sec := atoiSmall(parts[2])
		if sec > 59 {
			return nil, false
		}
		if sec > 0 {
			w = append(w, "and")
			w = appendUnder100(w, sec)
			if sec == 1 {
				w = append(w, "second")
			} else {
				w = append(w, "seconds")
			}
		}
	}
	return w, true
}

// meridiem recognizes am/pm spellings: am, a.m, AM, pm, p.m, PM.
func meridiem(s string) string {
	switch strings.ToLower(strings.ReplaceAll(s, ".", "")) {
	case "am":
		return "a"
	case "pm":
		return "p"
	}
	return ""
}

// emitWithYear emits a month-and-day reading (t, then next) followed by the year, when the
// token after them is one ("Feb. 14, 1990"); it returns how many tokens were used.
func (n *normalizer) emitWithYear(t, next *token, words []string) int {
	used := 2
	if y, ok := yearNumber(n.peek(2)); ok && (next.post == "," || next.post == "") {
		words = appendYear(words, y)
		used = 3
	}
	n.emit(t.raw, words...)
	return used
}
