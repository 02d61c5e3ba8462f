package text

import "strings"

// Round seventeen: conventions settled in one place (README, "Conventions"), and readers that
// decide by what stands around a token rather than by one listed case.

// afternoon24 reports a token that begins with a time past noon on the 24-hour clock, two
// digits 13–23, a colon and two digits ("15:00", "18:30–20:00", "23:47;").
func afternoon24(t *token) bool {
	c := t.core
	if len(c) < 5 || c[2] != ':' || !isDigit(c[0]) || !isDigit(c[1]) || !isDigit(c[3]) || !isDigit(c[4]) {
		return false
	}
	if len(c) > 5 && isDigit(c[5]) {
		return false
	}
	h := atoiSmall(c[:2])
	return h >= 13 && h <= 23 && c[3] <= '5'
}

// wholeHour24 reads a whole hour written with a leading zero ("07:00") in a sentence that shows
// the 24-hour clock (a time past noon anywhere in it) as the 24-hour clock is said: "doors
// 07:00, last entry 17:30" oh seven hundred. The leading zero is the writer's sign of that clock;
// without it ("11:00" beside "15:00", "9:00-17:00") a whole hour up to twelve stays o'clock.
func (n *normalizer) wholeHour24(body string) ([]string, bool) {
	if len(body) != 5 || body[0] != '0' || body[2] != ':' || body[3:] != "00" || !isDigit(body[1]) {
		return nil, false
	}
	h := atoiSmall(body[:2])
	if h < 1 || !n.fact(factClock24) {
		return nil, false
	}
	return appendMilitary(nil, h, 0), true
}

// zuluZones are the zones after which a whole hour with a leading zero is said as the military
// say it ("02:00 UTC" oh two hundred).
var zuluZones = setOf("UTC GMT Z")

// zuluRange reads a range of two 24-hour times, one written with a leading zero, before UTC,
// GMT or Z: "01:00–03:00 UTC" oh one hundred to oh three hundred, as "02:00 UTC" alone is read;
// an end with minutes keeps the clock's reading ("01:30–03:00 UTC" one thirty to oh three
// hundred: the convention says a leading zero only on a whole hour).
func (n *normalizer) zuluRange(lo, hi string) ([]string, bool) {
	if !colonHHMM(lo) || !colonHHMM(hi) || lo[0] != '0' && hi[0] != '0' {
		return nil, false
	}
	t, next := n.peek(0), n.peek(1)
	if t == nil || next == nil || t.post != "" || !zuluZones[strings.TrimRight(next.core, ".,;")] {
		return nil, false
	}
	var w []string
	for k, end := range [2]string{lo, hi} {
		if k == 1 {
			w = append(w, "to")
		}
		h, m := atoiSmall(end[:2]), atoiSmall(end[3:])
		if h > 23 || m > 59 {
			return nil, false
		}
		if m == 0 {
			w = appendMilitary(w, h, 0)
			continue
		}
		c, ok := clockTime(end, false)
		if !ok {
			return nil, false
		}
		w = append(w, c...)
	}
	return w, true
}

// colonHHMM reports two digits, a colon and two digits.
func colonHHMM(s string) bool {
	return len(s) == 5 && s[2] == ':' && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[3]) && isDigit(s[4])
}

// codeLike reports a code of capitals and digits, with hyphens between them, that has a digit:
// "CS-88120", "7731-0092", "JD014588812GB".
func codeLike(s string) bool {
	digit := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case isDigit(c):
			digit = true
		case isUpperLetter(c):
		case c == '-' && k > 0 && k < len(s)-1 && s[k-1] != '-':
		default:
			return false
		}
	}
	return digit
}

// wordlessMonths are the short names of months that are no English word (not Jan, Mar, May,
// Dec: a name, a verb, a word of astronomy).
var wordlessMonths = setOf("feb apr jun jul aug sep sept oct nov")

// monthAfterPreposition reports a short month name that is no word, capitalized, after a
// preposition of time: "rainfall for Jul was 48mm", "since Sept", "in Oct and Nov".
func monthAfterPreposition(key string, prev *token) bool {
	return wordlessMonths[key] && prev != nil && prev.post == "" && monthPrepositions[strings.ToLower(prev.core)]
}

var monthPrepositions = setOf("for in of since until till by from during through before after last next since and or to")
