package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits raw text into sentences. It does not split after
// abbreviations ("Dr. Lee", "Feb. 14", "e.g.", "U.S. troops"), initials,
// decimals, or inside URLs and e-mail addresses. A sentence followed by a
// blank line keeps a trailing "\n\n" so that NormalizeSentence can mark a
// paragraph boundary. Sentences are otherwise trimmed; empty ones are
// omitted.
func SplitSentences(s string) []string {
	var out []string
	for _, sp := range SentenceSpans(s) {
		out = append(out, sp.Raw(s))
	}
	return out
}

// SentenceSpan locates one sentence of SplitSentences in its input: the sentence is
// s[Start:End], trimmed of surrounding space; Paragraph reports a blank line after it.
type SentenceSpan struct {
	Start, End int
	Paragraph  bool
}

// Raw is the sentence as SplitSentences returns it: s[Start:End], followed by "\n\n" when a
// blank line comes after it. Offsets into Raw are offsets into s from Start.
func (sp SentenceSpan) Raw(s string) string {
	if sp.Paragraph {
		return s[sp.Start:sp.End] + "\n\n"
	}
	return s[sp.Start:sp.End]
}

// SentenceSpans is SplitSentences with positions: the same sentences, as byte ranges of s.
func SentenceSpans(s string) []SentenceSpan {
	var out []SentenceSpan
	var sents []SentenceSpan
	inCode := false // inside a fenced code block, which may span paragraphs
	for _, para := range paragraphs(s) {
		sents = sents[:0]
		for _, item := range listItems(s, para.start, para.end, &inCode) {
			for _, sent := range splitParagraph(s, item.start, item.end) {
				sents = appendCapped(sents, s, sent.start, sent.end)
			}
		}
		for k, sent := range sents {
			sent.Paragraph = para.brk && k == len(sents)-1
			out = append(out, sent)
		}
	}
	return out
}

// rng is a byte range s[start:end] of the text being split.
type rng struct{ start, end int }

// trimRange narrows s[a:b] to its text without surrounding space, as strings.TrimSpace does;
// ok is false when nothing is left.
func trimRange(s string, a, b int) (rng, bool) {
	t := s[a:b]
	a += len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	b = a + len(strings.TrimRightFunc(s[a:b], unicode.IsSpace))
	return rng{a, b}, b > a
}

type paragraph struct {
	start, end int
	brk        bool // followed by a blank line
}

// paragraphs splits at blank lines (a newline, optional spaces, a newline).
func paragraphs(s string) []paragraph {
	var out []paragraph
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\f' || s[j] == '\v') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			if p, ok := trimRange(s, start, i); ok {
				out = append(out, paragraph{start: p.start, end: p.end, brk: true})
			}
			for j < len(s) && unicode.IsSpace(rune(s[j])) && s[j] < 0x80 {
				j++
			}
			start = j
			i = j - 1
		}
	}
	if p, ok := trimRange(s, start, len(s)); ok {
		out = append(out, paragraph{start: p.start, end: p.end})
	}
	return out
}

// maxSentenceBytes bounds a sentence so that text without punctuation
// still streams in pieces; a longer one is cut at a comma or semicolon in
// its second half, else at a space, else at a character boundary.
const maxSentenceBytes = 4096

// appendCapped appends the sentence s[a:b], cut into pieces of at most maxSentenceBytes.
func appendCapped(out []SentenceSpan, s string, a, b int) []SentenceSpan {
	for b-a > maxSentenceBytes {
		head := s[a : a+maxSentenceBytes]
		cut := -1
		if k := strings.LastIndexAny(head, ",;"); k > maxSentenceBytes/2 {
			cut = k + 1
		} else if k := strings.LastIndexAny(head, " \t\n"); k > 0 {
			cut = k
		} else {
			cut = maxSentenceBytes
			for cut > 0 && !utf8.RuneStart(s[a+cut]) {
				cut--
			}
			if cut == 0 {
				break
			}
		}
		if part, ok := trimRange(s, a, a+cut); ok {
			out = append(out, SentenceSpan{Start: part.start, End: part.end})
		}
		rest, ok := trimRange(s, a+cut, b)
		if !ok {
			return out
		}
		a, b = rest.start, rest.end
	}
	if b > a {
		out = append(out, SentenceSpan{Start: a, End: b})
	}
	return out
}

// listItems splits the paragraph s[a:b] before lines that start a list item
// ("- ", "* ", "• ", "1. ", "2) "), so items are separate sentences. Lines of Markdown's block
// structure (markdownLine) stand alone too: each row of a table, each line of a fenced code
// block and its fences. inCode carries whether a code fence is open from one paragraph to the
// next.
func listItems(s string, a, b int, inCode *bool) []rng {
	p := s[a:b]
	if !strings.Contains(p, "\n") {
		markdownLine(p, inCode)
		return []rng{{a, b}}
	}
	var out []rng
	start := 0
	prevAlone := markdownLine(p, inCode)
	for i := 0; i < len(p); i++ {
		if p[i] != '\n' {
			continue
		}
		line := strings.TrimLeft(p[i+1:], " \t")
		alone := markdownLine(line, inCode)
		if isBullet(line) || alone || prevAlone {
			if item, ok := trimRange(s, a+start, a+i); ok {
				out = append(out, item)
			}
			start = i + 1
		}
		prevAlone = alone
	}
	if item, ok := trimRange(s, a+start, b); ok {
		out = append(out, item)
	}
	return out
}

func isBullet(line string) bool {
	for _, b := range []string{"- ", "* ", "• ", "+ ", "– ", "— "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	i := 0
	for i < len(line) && i < 3 && isDigit(line[i]) {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

// splitParagraph splits the paragraph s[a:b] at sentence-final punctuation.
func splitParagraph(s string, a, b int) []rng {
	p := s[a:b]
	var out []rng
	start := 0
	i := 0
	for i < len(p) {
		if c := p[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // an ASCII character that ends nothing, without decoding it (speed)
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !IsSentenceFinal(r) {
			i += size
			continue
		}
		// The run of terminators and closing quotes/brackets.
		j := i
		for j < len(p) {
			r2, s2 := utf8.DecodeRuneInString(p[j:])
			if !IsSentenceFinal(r2) && !strings.ContainsRune(closers, r2) {
				break
			}
			j += s2
		}
		// Must be followed by whitespace or the end.
		if j < len(p) {
			r3, _ := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsSpace(r3) {
				i = j
				continue
			}
		}
		if j >= len(p) {
			break
		}
		if boundary(p[start:i], p[i:j], p[j:]) {
			if sent, ok := trimRange(s, a+start, a+j); ok {
				out = append(out, sent)
			}
			start = j
		}
		i = j
	}
	if sent, ok := trimRange(s, a+start, b); ok {
		out = append(out, sent)
	}
	return out
}

// boundary decides whether a terminator run ends a sentence. before is the
// text before the run, run the terminators (with closers), after the rest.
func boundary(before, run, after string) bool {
	next := firstWord(after)
	if next == "" {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, "\"'“‘«([{¿¡"))
	nextLower := unicode.IsLower(nr)
	if strings.ContainsAny(run, strongFinal) {
		return !nextLower
	}
	if strings.HasPrefix(next, "→") || strings.HasPrefix(next, "->") || strings.HasPrefix(next, "=>") || strings.HasPrefix(next, "⇒") {
		// "Elm St. → Pine Ave. → Route 4": an arrow after a period continues a route or a
		// chain of steps (the lead's round thirty-seven; a sentence opened by an arrow drops it
		// as a bullet since round thirty-eight).
		return false
	}
	if strings.Contains(run, "…") || strings.Contains(run, "..") {
		return unicode.IsUpper(nr)
	}
	if nextLower {
		return false
	}
	if listNumber(before) {
		return false // a list number: "1. Buy milk"
	}
	// The word carrying the period.
	w := before
	if k := strings.LastIndexFunc(before, unicode.IsSpace); k >= 0 {
		w = before[k+1:]
	}
	w = strings.TrimLeft(w, "\"'“‘«([{¿¡")
	if w == "" {
		return true
	}
	if k, size := dayMonthDash(w); k > 0 {
		w = w[k+size:] // "26–Sept.": the month's abbreviation carries the period
	}
	if k := dayMonthSlash74(w, false); k > 0 {
		w = w[k+1:] // "Dec. 31/Jan. 1": the month's abbreviation carries the period (round seventy-four)
	}
	key := strings.ToLower(w)
	if mk := strings.TrimSuffix(key, "."); (mk == "a.m" || mk == "p.m") && (next == "-" || next == "–" || next == "—") {
		if rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " "), next), " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return false // "8 a.m. - 4 p.m.": a span of clock times (the lead's round thirty-seven)
		}
	}
	nextDigit := nr >= '0' && nr <= '9'
	starter := sentenceStarters[strings.ToLower(trimWord(next))] && unicode.IsUpper(nr)
	if compass[trimWord(next)] && streetAbbrev[key] {
		return false // 1600 Pennsylvania Ave. NW
	}
	switch {
	case w == "Cat" && nextDigit:
		return false // "downgraded to Cat. 2": a storm's or a cable's category (the lead's round sixty-six)
	case key == "ref" && nextDigit:
		// "quote ref. 44812": a reference; "he was the ref. 12 fouls were given" ends.
		return refereeBefore(before)
	case lead84Titles[w] != "" && !starter:
		return false // "Msgr. Kelly", "Bp. Barron": clergy's titles (the lead's round eighty-four)
	case titleAbbrev[key]:
		// "Dr. Lee"; but "Elm Dr. The house" ends a sentence.
		return starter && (key == "st" || key == "dr") && precededByCapital(before)
	case (numberAbbrev[key] || labelAbbrevs[key] != "" && (isCapitalized(strings.TrimLeft(w, "([{")) || strings.HasPrefix(w, "("))) && (nextDigit || len(next) > 1 && next[0] == '#' && next[1] >= '0' && next[1] <= '9' || numberMarkThenDigit54(next, after)):
		return false // "Apt. 3F", and "Apt. #3F", "Ste. #200" (round eighteen)
	case inOpenBracket(before, after):
		return false // "Your refund (ref. RF-22871) was issued": the bracket closes after it
	case w == "d" && !starter && precededByCapital(before) && unicode.IsUpper(nr) && strings.ContainsAny(after[:min(len(after), 40)], "0123456789"):
		return false // "Sinner d. Alcaraz 6-3": a result, "defeated"
	case key == "def" && w == "def" && !starter && (precededByCapital(before) || strings.HasSuffix(strings.TrimRightFunc(before[:len(before)-len(w)], unicode.IsSpace), ")")):
		return false // "Alcaraz def. Sinner": a result, "defeated"
	case key == "no" && strings.IndexAny(next, "0123456789") > 0 && codeWords[strings.ToLower(wordBefore(before))]:
		return false // "tracking no. JD0146…": the number of a code
	case bibleBooks[strings.TrimSuffix(w, ".")] && isVerseRef(strings.TrimRight(next, ".,;:!?)")):
		return false // "Matt. 5:9": a book of the Bible and a verse
	case (key == "c" || key == "ca") && eraWords[trimWord(next)]:
		return false // "built c. AD 80": circa
	case key == "c" && laterEras[trimWord(next)] && strings.IndexFunc(before, unicode.IsDigit) >= 0:
		return false // "the 5th c. BC": a century before its era (round eighteen)
	case lifeMarks[w] != "" && nextDigit && len(before) > len(w) && before[len(before)-len(w)-1] == '(':
		return false // "Victoria (r. 1837–1901)", "Marie Curie (b. 1867)": reigned, born, died
	case moneyBoundary78(w, next):
		return false // "The fare was 2s. 6d. in 1911": shillings before pence (round seventy-eight)
	case familyMarkBoundary78(before, w, next, after):
		return false // "Ann Cole, bapt. 3 Mar. 1745, bur. 1 Oct. 1802": a family tree's marks (round seventy-eight)
	case w == "No" && upperCode(strings.TrimRight(next, ".,;:!?)")) || w == "no" && serialCode(strings.TrimRight(next, ".,;:!?)")):
		return false // "Licence No. PL-04471": the number of a code
	case (w == "s" || w == "ss") && nextDigit:
		return false // "charged under s. 18": a statute's section
	case key == "dep" && deputyTitles[strings.ToLower(trimWord(next))]:
		return false // "the Dep. Leader": deputy (round sixteen)
	case (key == "dep" || key == "arr") && nextDigit:
		return false // "dep. 11:50": an itinerary's departure time
	case key == "v" && !starter && precededByCapital(before) && unicode.IsUpper(nr):
		return false // "Smith v. Jones": versus
	case statuteCiteBoundary54(w, next):
		return false // "Kan. Stat. Ann. § 59-2901": a state's statutes cited (round fifty-four)
	case statuteCiteBoundary67(before, w, next):
		return false // "Cal. Civ. Proc. Code", "Cal. Code Regs. tit. 25": a state's code cited (round sixty-seven)
	case ruleCiteAbbrevs[key] && isCapitalized(w) && (nextDigit || ruleCiteNext(next)):
		return false // "Fed. R. Civ. P. 12(b)(6)": a federal rule cited (round thirty-six)
	case key == "vs" || key == "e.g" || key == "i.e" || key == "cf" || key == "viz" || key == "approx":
		return false
	case (key == "eg" || key == "ie") && w != "EG" && w != "IE" && nextDigit:
		return false // "values are eg. 978 inHg": e.g. written without its inner period (round fifty-six)
	case (key == "bldg" || key == "apt" || key == "ste") && isCapitalized(w) && singleCapital(next):
		return false // "Bldg. C", "Apt. B,": the unit's letter (the lead's round forty-six)
	case measureUnits46[strings.TrimSuffix(key, ".")] && numberBefore(before, w) && secondMeasure(after):
		return false // "3 lbs. 4 oz.", "5 ft. 10 in.": one measure in two units (the lead's round forty-six)
	case (key == "max" || key == "min") && nextDigit && !numberBefore(before, w):
		return false // "with max. 250W", "min. 10 characters": maximum, minimum (the lead's round forty-six); "45 min. 10 of us" ends
	case key == "est" && (nextDigit || strings.ContainsRune("$£€¥", nr)):
		return false // "EPS $1.05 (est. $0.98)": estimated (round eighteen)
	case key == "reg" && strings.ContainsRune("$£€¥", nr):
		return false // "Now $3.99 (reg. $5.49)": a flyer's regular price (round forty)
	case (key == "incl" || key == "excl") && !starter:
		return false // "Price incl. VAT": what it includes follows (round sixteen)
	case weekdayAbbrev[key] && isCapitalized(w):
		if nextDigit || monthIndex[strings.ToLower(trimWord(next))] > 0 {
			return false
		}
		return starter
	case monthIndex[key] > 0 && len(key) <= 4 && isCapitalized(w):
		if nextDigit {
			return false
		}
		return starter
	case strings.Contains(w, ".") && (key == "a.m" || key == "p.m"):
		z, _, _ := strings.Cut(trimWord(next), "/") // "8 p.m. ET/PT"
		return !timeZones[z] && zoneNames[z] == "" && !placeTimeAfter(after)
	case webAddress(w):
		return true // "email support@acme.io. Thanks!": an address is not an initial before a name
	case strings.Contains(w, ".") && !decimalPointsOnly(w) || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]):
		// Initials and U.S.-style abbreviations often precede a name: they
		// end a sentence only before a typical sentence opener.
		return starter
	}
	return true
}

// webAddress reports whether w (the word before a period) is an e-mail or web address: it holds
// "@" or "://" before a dot, or it is host names joined by dots ending in a lower-case top-level
// domain of two letters or more, with a label of three characters or more ("x.com", "acme.io",
// "bbc.co.uk"). Initials and abbreviations ("U.S", "Ph.D", "e.g", "a.m") have no such label.
func webAddress(w string) bool {
	if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") || strings.Contains(w, "://") {
		return true
	}
	host, _, _ := strings.Cut(w, "/")
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || strings.ToLower(tld) != tld {
		return false
	}
	long := false
	for _, l := range labels {
		if l == "" {
			return false
		}
		for i := 0; i < len(l); i++ {
			if !isAlnum(l[i]) && l[i] != '-' {
				return false
			}
		}
		long = long || len(l) >= 3
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return long
}

// listNumber reports before that holds only a number of up to three digits, with space around
// it: "1. Buy milk". It looks back from the end only as far as the word and the space before it,
// so a paragraph whose periods do not end sentences (after a long run of spaces) stays linear.
func listNumber(before string) bool {
	b := strings.TrimRightFunc(before, unicode.IsSpace)
	k := strings.LastIndexFunc(b, unicode.IsSpace) + 1
	if w := b[k:]; len(w) > 3 || !allDigits(w) {
		return false
	}
	return strings.LastIndexFunc(b[:k], func(r rune) bool { return !unicode.IsSpace(r) }) < 0
}

// eraWords are eras written before a year.
var eraWords = setOf("AD A.D CE C.E")

// laterEras are eras written after the year or century they date.
var laterEras = setOf("BC BCE B.C B.C.E")

// placeTimeAfter reports one or two capitalized words and "time" at the start of after: "4 p.m.
// New York time", "9 a.m. London time" name the clock of a place (round eighteen).
func placeTimeAfter(after string) bool {
	f := strings.Fields(after)
	for k := 0; k < len(f) && k < 3; k++ {
		w := strings.TrimRight(f[k], ".,;:!?)")
		if k > 0 && w == "time" {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || sentenceStarters[strings.ToLower(w)] {
			return false // "4 p.m. The time was right" ends a sentence
		}
	}
	return false
}

var compass = setOf("N S E W NE NW SE SW")

var streetAbbrev = setOf("st ave blvd rd ln ct pl dr hwy pkwy sq way")

var weekdayAbbrev = setOf("mon tue tues wed weds thu thur thurs fri sat sun")

// timeZones may follow "p.m." inside a sentence.
var timeZones = setOf(`Eastern Pacific Central Mountain Atlantic EST EDT PST PDT CST CDT MST MDT GMT UTC
BST CET CEST ET PT CT MT IST JST AEST AEDT ACST ACDT AWST NZST NZDT KST SGT HKT MSK PKT SAST NST NDT BRT
EET EEST WET AKST AKDT HST AST ADT AoE AOE`)

// precededByCapital reports whether the word before the last word of before is capitalized. It
// looks only at the end of before, so a long sentence with many abbreviations stays linear.
func precededByCapital(before string) bool {
	s := strings.TrimRightFunc(before, unicode.IsSpace)
	k := strings.LastIndexFunc(s, unicode.IsSpace)
	if k < 0 {
		return false
	}
	s = strings.TrimRightFunc(s[:k], unicode.IsSpace)
	w := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	return isCapitalized(strings.TrimLeft(w, "\"'“‘«([{"))
}

func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k]
	}
	return s
}

func trimWord(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
}

// wordBefore returns the word before the last word of before, without punctuation ("" if none).
func wordBefore(before string) string {
	s := strings.TrimRightFunc(before, unicode.IsSpace)
	k := strings.LastIndexFunc(s, unicode.IsSpace)
	if k < 0 {
		return ""
	}
	s = strings.TrimRightFunc(s[:k], unicode.IsSpace)
	return trimWord(s[strings.LastIndexFunc(s, unicode.IsSpace)+1:])
}

// decimalPointsOnly reports a word whose every period is a decimal point, between two digits
// ("£3.5m", "€1.80/L"): such a word is no abbreviation, and its sentence may end after it.
func decimalPointsOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' && (i == 0 || i+1 >= len(w) || !isDigit(w[i-1]) || !isDigit(w[i+1])) {
			return false
		}
	}
	return true
}

// inOpenBracket reports a period inside a bracket that opened shortly before it and closes
// shortly after it with no other terminator between: "(ref. RF-22871)", "(cap. 60,000)". A
// bracket holding sentences of its own ("(He left. She stayed.)") has a terminator before its
// close and still splits. It looks at most 40 bytes back and 60 ahead, so it stays linear.
func inOpenBracket(before, after string) bool {
	b := before[max(0, len(before)-40):]
	k := strings.LastIndexByte(b, '(')
	if k < 0 || strings.IndexByte(b[k:], ')') >= 0 {
		return false
	}
	a := after[:min(len(after), 60)]
	c := strings.IndexByte(a, ')')
	return c > 0 && !strings.ContainsAny(a[:c], ".!?")
}

// numberBefore reports a number as the word before w, the abbreviation ending before: "45 min."
// is minutes, where "use min. 10" is a minimum.
func numberBefore(before, w string) bool {
	rest := strings.TrimRightFunc(before[:len(before)-len(w)], unicode.IsSpace)
	return rest != "" && isDigit(rest[len(rest)-1])
}

// singleCapital reports a word that is one capital letter, with closing punctuation or none:
// "C.", "B,", "A".
func singleCapital(w string) bool {
	w = strings.TrimRight(w, ".,;:)")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// measureUnits46 are units abbreviated with a period that a second, smaller unit may follow in one
// measure: "3 lbs. 4 oz.", "5 ft. 10 in.", "2 hrs. 15 min."
var measureUnits46 = setOf("lb lbs ft yd mi hr hrs st")

// secondMeasure reports a number and a unit opening after: "4 oz.", "10 in. tall".
func secondMeasure(after string) bool {
	f := strings.Fields(after)
	if len(f) < 2 || f[0] == "" || !isDigit(f[0][0]) {
		return false
	}
	switch strings.TrimRight(f[1], ".,;:") {
	case "oz", "in", "ft", "yd", "min", "mins", "lb", "lbs":
		return true
	}
	return false
}

// statuteCiteBoundary54 reports a period inside the abbreviated name of a state's statutes: a
// state's abbreviation, Rev., Stat., Gen. or Ann. before another word of the name
// (statuteWords54), or Stat. or Ann. before a section sign ("Kan. Stat. Ann. §").
func statuteCiteBoundary54(w, next string) bool {
	if stateAbbrev[w] == "" && w != "Rev" && w != "Stat" && w != "Gen" && w != "Ann" {
		return false
	}
	nx := strings.TrimSuffix(next, ".")
	return statuteWords54[nx] && nx != "Ann" || nx == "Ann" && w == "Stat" || (w == "Stat" || w == "Ann") && strings.HasPrefix(next, "§")
}

// numberMarkThenDigit54 reports a spaced number mark before a number after a label: "Dkt. # 28",
// "Dkt. No. 14" (round fifty-four).
func numberMarkThenDigit54(next, after string) bool {
	if next != "#" && next != "No." && next != "no." {
		return false
	}
	rest := strings.TrimLeft(after, " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, next), " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}
