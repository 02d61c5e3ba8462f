package text

import "strings"

// Round seventy-one: the misses of held-out set 56's dev half, written by a new hand from
// construction and the building trades (building codes and permit pages, supply catalogs,
// HVAC and insulation specs, contractor bids, inspection reports, job-site safety notices, crew
// chat), each read as a class and tested on probe sentences written before the readers,
// readings71.tsv. NEC is spelled by spelledAcronyms (R2); the trades' emoji are in
// emoji_names.go (R6).

func (n *normalizer) round71Token(t *token) int {
	c := t.core
	if c == "" || n.inPart != 0 {
		return 0
	}
	switch b := c[0]; {
	case b >= '1' && b <= '9':
		if len(c) <= 16 && n.may(shColon) && n.r71MeridiemSpan(t) {
			return 1
		}
		if (len(c) == 3 || len(c) == 4) && n.may(shDigit) && n.r71ArticleNumber(t) {
			return 1
		}
		return oneIf(len(c) >= 5 && n.may(shDot) && n.r71CodeSection(t))
	case b >= 'A' && b <= 'Z':
		switch len(c) {
		case 2:
			return oneIf(r71StressWords[c] && n.r71StressWord(t))
		case 3, 4, 5:
			return oneIf((b == 'T' || b == 'W' || b == 'M' || b == 'F') && n.r71Weekday(t))
		}
	case b == 't':
		if len(c) == 4 || len(c) == 5 {
			return oneIf(n.r71Weekday(t))
		}
	}
	return 0
}

// r71Clock reports a clock time "H:MM" of an hour from 1 to 12 and two-digit minutes.
func r71Clock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return false
	}
	v := atoiSmall(h)
	return v >= 1 && v <= 12 && atoiSmall(m) <= 59
}

// r71MeridiemDash returns the meridiem's letter ("a", "p") that s opens followed by a dash
// ("AM–5:00", "am-2:00", "a.m.-3"), or "".
func r71MeridiemDash(s string) string {
	if len(s) < 3 {
		return ""
	}
	l := strings.ToLower(s)
	for _, p := range [...]string{"am", "pm", "a.m.", "p.m."} {
		if rest, ok := strings.CutPrefix(l, p); ok && (strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")) {
			return p[:1]
		}
	}
	return ""
}

// r71SpanWords join a span's two times as words.
var r71SpanWords = setOf("to until till til thru through and")

// r71MeridiemSpan reads a whole hour in a span of clock times that a meridiem closes as the hour
// alone, as "9:00 a.m." is read nine a m (R1, held56 dev; it was o'clock): a span in one token
// before a meridiem or with one glued to its end ("6:30–8:00 a.m." six thirty to eight a m,
// "1:00-3:00PM" one to three p m), a time before a meridiem that opens the next token before a
// dash ("9:00 AM–5:00 PM" nine a m), or a time before to, until or and and a time with a
// meridiem ("from 10:00 to 11:30 a.m." ten to eleven thirty a m). Hours past twelve and spans no
// meridiem closes keep their readings ("7:00-15:30" seven o'clock to fifteen thirty).
func (n *normalizer) r71MeridiemSpan(t *token) bool {
	c := t.core
	next := n.peek(1)
	if i := strings.IndexAny(c, "-–"); i > 0 {
		a, b := c[:i], c[i+1:]
		if c[i] != '-' {
			b = c[i+len("–"):]
		}
		mer := ""
		if l := len(b); l > 2 {
			if m := meridiem(b[l-2:]); m != "" && isDigit(b[l-3]) {
				mer, b = m, b[:l-2]
			}
		}
		if !r71Clock(a) || !r71Clock(b) || !strings.HasSuffix(a, ":00") && !strings.HasSuffix(b, ":00") {
			return false
		}
		if mer == "" && (t.post != "" || next == nil || next.pre != "" || meridiem(next.core) == "") {
			return false
		}
		wa, _ := clockTime(a, true)
		wb, _ := clockTime(b, true)
		n.by("time span before a meridiem")
		n.emit(t.raw, wa...)
		n.emit(t.raw, n.rangeWord())
		n.emit(t.raw, wb...)
		if mer != "" {
			n.emitLetter(t.raw, mer)
			n.emitLetter(t.raw, "m")
		}
		return true
	}
	if !strings.HasSuffix(c, ":00") || !r71Clock(c) || t.post != "" || next == nil || next.pre != "" {
		return false
	}
	if r71MeridiemDash(next.core) == "" {
		// A span in words: "from 10:00 to 11:30 a.m.", "between 7:00 and 9am".
		if next.post != "" || !r71SpanWords[next.lower()] {
			return false
		}
		if next.lower() == "and" {
			if p := n.peek(-1); p == nil || p.post != "" || p.lower() != "between" {
				return false
			}
		}
		end := n.peek(2)
		if end == nil || end.pre != "" || end.core == "" || !isDigit(end.core[0]) {
			return false
		}
		if !meridiemTail(end.core) {
			after := n.peek(3)
			if !strings.Contains(end.core, ":") || !r71Clock(end.core) || end.post != "" || after == nil || after.pre != "" || meridiem(after.core) == "" {
				return false
			}
		}
	}
	w, _ := clockTime(c, true)
	n.by("time span before a meridiem")
	n.emit(t.raw, w...)
	return true
}

// r71SectionWords name a section of a code before its number; r71CodeNames are codes and
// titles of regulations whose sections follow their names ("NEC 110.26", "29 CFR 1926.501").
var (
	r71SectionWords = setOf("section sections sec sect article art table §")
	r71CodeNames    = setOf("NEC CFR OSHA IBC IRC IPC IMC IFC IECC IFGC UPC UMC NFPA")
)

// r71CodeSection reads a code's section, three or four digits and one or more points, after
// Section, Article, Table, § or a code's name, as a name: the first part in pairs, each part
// after a point as a number (R3, held56 dev: "Article 210.8" two ten point eight, "29 CFR
// 1926.501" nineteen twenty six point five oh one, "Section 1005.3.2" ten oh five point three
// point two; they were read as quantities, two hundred ten point eight), and its subsections in
// brackets, a letter spelled and a number read ("250.52(A)(5)" … a five). A part of more than
// one digit opening with zero, or a number after any other word ("spans 210.8 feet"), is left.
func (n *normalizer) r71CodeSection(t *token) bool {
	c := t.core
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i < 3 || i > 4 || i >= len(c) || c[i] != '.' {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.pre != "" || len(prev.core) > 7 || !r71SectionWords[prev.lower()] && !r71CodeNames[prev.core] {
		return false
	}
	if prev.post != "" && !(prev.post == "." && (prev.lower() == "sec" || prev.lower() == "sect" || prev.lower() == "art")) {
		return false
	}
	head := c[:i]
	var parts []string
	for i < len(c) && c[i] == '.' {
		j := i + 1
		for j < len(c) && isDigit(c[j]) {
			j++
		}
		p := c[i+1 : j]
		if len(p) == 0 || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return false
		}
		parts = append(parts, p)
		i = j
	}
	var subs []string
	for i < len(c) {
		if c[i] != '(' {
			return false
		}
		j := strings.IndexByte(c[i:], ')')
		last := j < 0
		if last {
			j = len(c) - i
		}
		s := c[i+1 : i+j]
		if len(s) == 0 || len(s) > 2 || !allDigits(s) && !(len(s) == 1 && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')) {
			return false
		}
		subs = append(subs, s)
		i += j + 1
		if last {
			if !strings.HasPrefix(t.post, ")") {
				return false
			}
			break
		}
	}
	n.by("code section")
	n.emit(t.raw, appendLabelNumber(nil, head)...)
	for _, p := range parts {
		n.emit(t.raw, "point")
		n.emit(t.raw, appendLabelNumber(nil, p)...)
	}
	for _, s := range subs {
		if allDigits(s) {
			n.emit(t.raw, appendInteger(nil, s)...)
		} else {
			n.emitLetter(t.raw, strings.ToLower(s))
		}
	}
	return true
}

// r71ArticleNumber reads three or four digits after Article as a section's number is read after
// Section, in pairs (R3: "Article 210" two ten; it was two hundred ten). A year-like round
// thousand ("Article 2005") is left.
func (n *normalizer) r71ArticleNumber(t *token) bool {
	c := t.core
	prev := n.peek(-1)
	if prev == nil || len(prev.core) != 7 || prev.pre != "" || prev.post != "" || prev.lower() != "article" {
		return false
	}
	if !allDigits(c) || c[0] == '0' || len(c) == 4 && atoiSmall(c)%1000 < 10 {
		return false
	}
	n.by("code section")
	n.emit(t.raw, appendLabelNumber(nil, c)...)
	return true
}

// r71DayPreps are prepositions of time before a weekday's clipped form that could be a name.
var r71DayPreps = setOf("on to by until till til thru through before after from next this every each due since")

// r71Weekday reads a weekday's clipped form without its period as the day (R4, held56 dev:
// "pushed to Thurs" thursday, "until Tues, then" tuesday, "We pour Weds if" wednesday; they were
// read as written). Tues, Thurs and Thur are the day wherever they stand, Weds only in capitals
// ("weds" is a verb); Tue, Thu, Mon and Fri only after a preposition of time ("to Tue", "by Mon";
// "Thu Nguyen", "Mon Valley Roofing", "Ask for Thu" stay).
func (n *normalizer) r71Weekday(t *token) bool {
	if t.pre != "" {
		return false
	}
	day, always := "", true
	switch t.core {
	case "Tues", "tues":
		day = "tuesday"
	case "Thurs", "thurs", "Thur", "thur":
		day = "thursday"
	case "Weds": // "weds" is a verb
		day = "wednesday"
	case "Tue":
		day, always = "tuesday", false
	case "Thu":
		day, always = "thursday", false
	case "Mon":
		day, always = "monday", false
	case "Fri":
		day, always = "friday", false
	default:
		return false
	}
	if !always {
		prev := n.peek(-1)
		if prev == nil || prev.post != "" || !r71DayPreps[prev.lower()] {
			return false
		}
	}
	n.by("weekday")
	n.emit(t.raw, day)
	return true
}

// r71StressWords are short words written in capitals for stress in notices ("hard hats ON",
// "NO smoking", "AT all times").
var r71StressWords = setOf("ON IN UP NO AT OR IS")

// r71NounBefore are words after which a short word in capitals is a noun's name (a determiner
// or possessive: "the OR", "our IS team"); r71OrBefore are more before OR, where it names a
// room ("to OR", "in OR").
var (
	r71NounBefore = setOf("the a an this that these those our your my his her their its each every any some no")
	r71OrBefore   = setOf("to in into from at of for back")
	r71AtNext     = setOf("all once least any no the your our their home night work every each")
)

// r71StressWord reads a short word in capitals after a lower-case word, before a lower-case
// word, a known word in capitals, an emoji or the sentence's end, as the word, stressed (R5,
// held56 dev: "hard hats ON" on, "NO smoking" no; they were spelled, o n): capitals on a known
// word in normal text, as "I REALLY mean it". A state after a city ("Toronto, ON M5V"), a code
// before a number ("OR 3") and a name after a determiner ("the OR") stay spelled.
func (n *normalizer) r71StressWord(t *token) bool {
	if t.pre != "" || n.shout {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.pre != "" || r71NounBefore[prev.lower()] {
		return false
	}
	// After a lower-case word; or after an adverb opening the sentence, before a lower-case
	// word ("Absolutely NO smoking"; "Send AT commands" stays).
	first := n.i == 1 && len(prev.core) > 3 && prev.core[0] >= 'A' && prev.core[0] <= 'Z' && r71LowerWord(prev.core[1:]) &&
		strings.HasSuffix(prev.core, "ly")
	if !r71LowerWord(prev.core) && !first {
		return false
	}
	if t.core == "OR" && (r71OrBefore[prev.lower()] || prev.post != "") {
		return false
	}
	if next := n.peek(1); next != nil && next.core != "" && t.post == "" {
		b := next.core[0]
		ok := b >= 'a' && b <= 'z' || b >= 0x80 ||
			len(next.core) >= 3 && isUpperWord(next.core) && n.oracle(next.lower())
		if t.core == "AT" && !r71AtNext[next.lower()] {
			// AT names a thing before a noun ("then send AT commands"); stress falls on it
			// before a word of time or place ("AT all times", "AT ALL TIMES").
			return false
		}
		if !ok || first && !(b >= 'a' && b <= 'z') {
			return false
		}
	} else if first {
		return false
	}
	n.by("stressed word")
	n.emit(t.raw, t.lower())
	n.out[len(n.out)-1].Emphasis = true
	return true
}

// r71LowerWord reports a word of lower-case ASCII letters, perhaps with an inner apostrophe.
func r71LowerWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == '\'' && i > 0) {
			return false
		}
	}
	return true
}
