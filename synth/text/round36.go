package text

import (
	"strconv"
	"strings"
)

// Round thirty-six: known misses a new hand named in web addresses, DOIs, legal citations,
// finance tokens, gusts and chapter timestamps, each class tested on probe sentences of the
// round's own written before its reader, with must-not-fire cases (readings36.tsv).

// broadcastWords in a sentence (or an address's path) say a W or K name is a station's.
var broadcastWords = setOf("news newscast newscasts broadcast broadcasts station stations channel tv radio anchor anchors weather forecast forecasts radar storm coverage segment live stream streams streaming watch listen meteorologist reporter reporters")

// callLetters reports a host's first label that is a broadcast station's call letters, spelled
// when read: W or K and three letters the lexicon does not know (nor as an inflection), with
// a channel's number of one or two digits glued after them or not ("kare11" k a r e eleven),
// when they cannot be said as a word ("wfaa", "kcra"), a channel's number is glued, or the
// sentence or the address speaks of news, weather or broadcasting ("wral.com/weather"); it
// returns the letters. "kayak", "wired", "weather" are words; "waze.com" for directions, "kobo"
// stay words.
func (n *normalizer) callLetters(label, addr string) (string, bool) {
	if len(label) < 4 || len(label) > 6 || label[0] != 'w' && label[0] != 'k' {
		return "", false
	}
	letters, digits := label[:4], label[4:]
	if !isLetterWord(letters) || letters != strings.ToLower(letters) || digits != "" && !allDigits(digits) || n.opts.IsWord == nil || knownWord(letters, n.opts.IsWord) || productNames[letters] != "" {
		return "", false
	}
	if digits != "" || !pronounceable(letters) || hasWordOf(addr, broadcastWords) {
		return letters, true
	}
	for k := range n.toks {
		if hasWordOf(n.toks[k].core, broadcastWords) {
			return letters, true
		}
	}
	return "", false
}

// hasWordOf reports whether s holds, between characters that are not letters, a word of set
// (lower-cased).
func hasWordOf(s string, set map[string]bool) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isASCIILetter(rune(s[i])) {
			i++
		}
		j := i
		for j < len(s) && isASCIILetter(rune(s[j])) {
			j++
		}
		if j > i && j-i <= 14 && set[strings.ToLower(s[i:j])] {
			return true
		}
		i = j
	}
	return false
}

func (n *normalizer) round36Token(t *token) int {
	c := t.core
	if n.inPart != 0 {
		return 0
	}
	if c == "G" {
		if n.spacedGust(t) {
			return 1
		}
		return 0
	}
	if len(c) == 2 && isDigit(c[0]) && n.may(shUpper) && n.fiscalPeriod(t) {
		return 1
	}
	if len(c) < 3 {
		return 0
	}
	if c == "Fed" && n.may(shUpper) {
		return n.federalRule(t)
	}
	switch c[0] {
	case '1', 'd', 'D':
		if len(c) >= 6 && n.may(shSlash) && n.doi(t) {
			return 1
		}
	}
	switch {
	case c[0] == '#':
		if n.may(shDigit|shUpper|shLower) && n.hexColour(t) {
			return 1
		}
	case isDigit(c[0]) && len(c) <= 5:
		if n.may(shColon) && n.chapterTime(t) {
			return 1
		}
	}
	if isDigit(c[0]) && len(c) <= 12 && n.may(shUpper) && n.gluedGust(t) {
		return 1
	}
	if (len(c) == 4 || len(c) == 6) && isDigit(c[0]) && n.may(shUpper) && n.fiscalPeriod(t) {
		return 1
	}
	if isDigit(c[0]) && strings.HasPrefix(t.post, ")") && n.may(shDigit) && n.subsections(t) {
		return 1
	}
	return 0
}

// doi reads a DOI (a document's identifier, "doi:10.1038/s41586-024-07421-0"): d o i, the
// prefix's ten and its registrant's digits one by one ("ten dot one zero three eight"), then the
// suffix as written, its digits one by one, as those who cite read it, its letters as an
// address's (words, spelled initials), its signs named (dot, slash, dash). The token is glued
// to "doi:" or follows DOI (within two words: "The DOI is 10.1016/…"), or its suffix holds a
// letter ("10.1126/science.abc1234": no other figure begins ten, a point, four digits or more
// and a slash). "7.5/10" is no DOI.
func (n *normalizer) doi(t *token) bool {
	c := t.core
	body, glued := c, false
	if len(c) > 4 && strings.EqualFold(c[:4], "doi:") {
		body, glued = c[4:], true
	}
	slash := strings.IndexByte(body, '/')
	if !strings.HasPrefix(body, "10.") || slash < 7 || slash == len(body)-1 || !allDigits(strings.ReplaceAll(body[3:slash], ".", "")) || len(body) > 200 {
		return false
	}
	suffix := body[slash+1:]
	if !glued && strings.IndexFunc(suffix, func(r rune) bool { return isASCIILetter(r) }) < 0 && !n.doiLabelBefore() {
		return false
	}
	n.by("doi")
	if glued {
		for _, l := range "doi" {
			n.emitLetter(t.raw, string(l))
		}
	}
	n.doiRead(t.raw, body)
	return true
}

// doiLabelBefore reports DOI (or doi) one or two words before the token.
func (n *normalizer) doiLabelBefore() bool {
	for k := -1; k >= -2; k-- {
		p := n.peek(k)
		if p == nil {
			return false
		}
		if strings.EqualFold(p.core, "doi") {
			return true
		}
		if p.post != "" {
			return false
		}
	}
	return false
}

// doiRead reads a DOI's prefix and suffix (see doi): "10" is ten, every other digit is read one
// by one, letters as an address's, signs named.
func (n *normalizer) doiRead(src, s string) {
	n.emit(src, "ten")
	for i := 2; i < len(s); {
		c := s[i]
		j := i + 1
		switch {
		case isDigit(c):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			n.emit(src, appendDigitNames(nil, s[i:j], false)...)
		case isASCIILetter(rune(c)):
			for j < len(s) && isASCIILetter(rune(s[j])) {
				j++
			}
			n.webPart(src, s[i:j], true)
		default:
			if w := doiSigns[c]; w != "" {
				n.emit(src, w)
			}
		}
		i = j
	}
}

// doiSigns name the signs a DOI's suffix holds; others are not read.
var doiSigns = map[byte]string{'.': "dot", '/': "slash", '-': "dash", '_': "underscore", ':': "colon"}

// ruleCiteAbbrevs are the abbreviations of a federal rule's citation that end no sentence
// before the citation's next abbreviation or its number: "Fed. R. Civ. P. 12(b)(6)", "Fed. R.
// Evid. 403" ("I went to the Fed. It rose." ends).
var ruleCiteAbbrevs = setOf("fed civ crim app evid bankr")

// ruleCiteNext reports the next abbreviation of a rule's citation: one capital with its period
// ("R.", "P.") or one of ruleCiteAbbrevs.
func ruleCiteNext(next string) bool {
	w, ok := strings.CutSuffix(next, ".")
	if !ok || w == "" {
		return false
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || isCapitalized(w) && ruleCiteAbbrevs[strings.ToLower(w)]
}

// ruleBodies are the bodies of federal rules after "Fed. R.", by their abbreviations.
var ruleBodies = map[string][]string{
	"Civ P": {"civil", "procedure"}, "Crim P": {"criminal", "procedure"}, "App P": {"appellate", "procedure"},
	"Bankr P": {"bankruptcy", "procedure"}, "Evid": {"evidence"},
}

// federalRule reads a federal rule cited by its abbreviations, "Fed. R. Civ. P. 12(b)(6)"
// federal rule of civil procedure twelve b six, "Fed. R. Evid. 403" federal rule of evidence
// four oh three (a rule's number of three or four digits in pairs, as a section's), "the Fed. R.
// Civ. P." federal rules of civil procedure (no number after it). It returns the tokens used.
func (n *normalizer) federalRule(t *token) int {
	if t.core != "Fed" || t.post != "." {
		return 0
	}
	r := n.peek(1)
	if r == nil || r.core != "R" || r.post != "." || r.pre != "" {
		return 0
	}
	var body []string
	k := 2
	for ; k <= 3; k++ {
		p := n.peek(k)
		if p == nil || p.post != "." || p.pre != "" {
			return 0
		}
		key := p.core
		if k == 3 {
			key = n.peek(2).core + " " + p.core
		}
		if b, ok := ruleBodies[key]; ok {
			body = b
			break
		}
	}
	if body == nil {
		return 0
	}
	used := k + 1
	n.by("federal rule")
	num := n.peek(used)
	if num == nil || num.core == "" || !isDigit(num.core[0]) {
		n.emit(t.raw, "federal", "rules", "of")
		n.emit(t.raw, body...)
		return used
	}
	n.emit(t.raw, "federal", "rule", "of")
	n.emit(t.raw, body...)
	if allDigits(num.core) && len(num.core) >= 3 && len(num.core) <= 4 && num.core[0] != '0' && num.pre == "" {
		n.emit(num.raw, appendPaired(nil, num.core)...)
		return used + 1
	}
	return used
}

// subsections reads a section's number with its subsections glued in parentheses, the first a
// letter: "4(a)(ii)" four a two, "1030(a)(2)" ten thirty a two, "501(c)(3)" five oh one c three.
// The number of three or four digits is read in pairs, as a section's; letters are spelled,
// numbers read, and a lower-case Roman numeral after the first subsection is its number (a
// statute's fourth level, "(a)(1)(A)(i)"); a first "(i)" is the letter ("Section 4(i)"). The
// token's core ends before its last bracket, which is trailing punctuation.
func (n *normalizer) subsections(t *token) bool {
	c := t.core + ")" // the last bracket is the token's trailing punctuation
	k := 0
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	if k == 0 || k > 4 || k >= len(c) || c[k] != '(' || c[0] == '0' && k > 1 || len(c) > 40 {
		return false
	}
	var groups []string
	for i := k; i < len(c); {
		if c[i] != '(' {
			return false
		}
		j := strings.IndexByte(c[i:], ')')
		if j < 2 || j > 5 {
			return false
		}
		g := c[i+1 : i+j]
		if !isASCIIAlnum(g) || !allDigits(g) && !isLetterWord(g) {
			return false
		}
		groups = append(groups, g)
		i += j + 1
	}
	if !isLetterWord(groups[0]) || len(groups[0]) > 1 {
		return false
	}
	n.by("subsections")
	if k >= 3 {
		n.emit(t.raw, appendPaired(nil, c[:k])...)
	} else {
		n.emit(t.raw, appendInteger(nil, c[:k])...)
	}
	for gi, g := range groups {
		switch {
		case allDigits(g):
			n.emit(t.raw, appendInteger(nil, g)...)
		case gi > 0 && g == strings.ToLower(g) && romanValue(strings.ToUpper(g)) > 0:
			n.emit(t.raw, appendInteger(nil, strconv.Itoa(romanValue(strings.ToUpper(g))))...)
		case len(g) <= 2:
			for _, l := range strings.ToLower(g) {
				n.emitLetter(t.raw, string(l))
			}
		default:
			n.word(t.raw, g)
		}
	}
	return true
}

// fiscalYear reports a year after a quarter written apart: FY25, FY2025 or 1990-2099.
func fiscalYear(s string) bool {
	if y, ok := strings.CutPrefix(s, "FY"); ok {
		return (len(y) == 2 || len(y) == 4) && allDigits(y)
	}
	return len(s) == 4 && allDigits(s) && (s[:2] == "19" && s[2] >= '9' || s[:2] == "20")
}

// quarterOrdinals name a fiscal quarter's or half's number.
var quarterOrdinals = [...]string{"", "first", "second", "third", "fourth"}

// fiscalPeriod reads a fiscal quarter or half written number first with its year, as analysts
// write them: "2Q24" second quarter twenty twenty four, "1H25" first half twenty twenty five,
// "4Q2025" (it was two q twenty four), or apart from its year, "2Q FY25", "3Q 2024". "Q4
// 2024" stays q four, as pinned; 4K, 5G and "Grade 2Q students" have no year.
func (n *normalizer) fiscalPeriod(t *token) bool {
	c := t.core
	if len(c) == 2 && (c[1] == 'Q' || c[1] == 'H') && t.post == "" {
		// Apart from its year: "2Q FY25", "3Q 2024" (the year read by its own readers).
		k := int(c[0] - '0')
		next := n.peek(1)
		if k < 1 || k > 4 || c[1] == 'H' && k > 2 || next == nil || !fiscalYear(next.core) {
			return false
		}
		n.by("fiscal period")
		if c[1] == 'H' {
			n.emit(t.raw, quarterOrdinals[k], "half")
		} else {
			n.emit(t.raw, quarterOrdinals[k], "quarter")
		}
		return true
	}
	if len(c) != 4 && len(c) != 6 || c[1] != 'Q' && c[1] != 'H' || !allDigits(c[2:]) {
		return false
	}
	k := int(c[0] - '0')
	if k < 1 || k > 4 || c[1] == 'H' && k > 2 {
		return false
	}
	year := atoiSmall(c[2:])
	if len(c) == 4 {
		year += 2000
	}
	if year < 1990 || year > 2099 {
		return false
	}
	n.by("fiscal period")
	period := "quarter"
	if c[1] == 'H' {
		period = "half"
	}
	n.emit(t.raw, quarterOrdinals[k], period)
	n.emit(t.raw, appendYear(nil, year)...)
	return true
}

// colourWords in a sentence make a short or letters-only hex figure after # a colour.
var colourWords = setOf("color colour colors colours hex background foreground fill stroke css stylesheet palette shade swatch border accent tint rgb rgba hsl theme font")

// hexColour reads a hex colour as designers and developers say it, hash and its characters one
// by one: "#FF5733" hash f f five seven three three. Six or eight hex characters with a digit
// and a letter A–F are a colour anywhere but after a code word or a place's label ("Order
// #B12345" stays a code); three, six or eight with a word of colour in the sentence, after any
// word ("the background to #fff", "the hex code #1DA1F2"). "#1", "#2024Goals", "#ThrowbackThursday" stay tags and numbers.
func (n *normalizer) hexColour(t *token) bool {
	body := t.core[1:]
	if len(body) != 3 && len(body) != 6 && len(body) != 8 {
		return false
	}
	digit, letter := false, false
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case isDigit(c):
			digit = true
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			letter = true
		default:
			return false
		}
	}
	if !n.sentenceHas(colourWords) {
		if len(body) == 3 || !digit || !letter {
			return false
		}
		if prev := n.peek(-1); prev != nil {
			if p := strings.ToLower(strings.TrimSuffix(prev.core, ".")); codeWords[p] || codeHeads[p] || placeLabels[p] || p == "no" {
				return false
			}
		}
	}
	n.by("hex colour")
	n.emit(t.raw, "hash")
	for i := 0; i < len(body); i++ {
		if isDigit(body[i]) {
			n.emit(t.raw, onesWords[body[i]-'0'])
		} else {
			n.emitLetter(t.raw, strings.ToLower(body[i:i+1]))
		}
	}
	return true
}

// sentenceHas reports a word of set among the sentence's first 64 tokens (a bound that keeps a
// reader that asks it linear in the sentence).
func (n *normalizer) sentenceHas(set map[string]bool) bool {
	for k := 0; k < len(n.toks) && k < 64; k++ {
		if hasWordOf(n.toks[k].core, set) {
			return true
		}
	}
	return false
}

// gustWords make G between two speeds a gust.
var gustWords = setOf("wind winds gust gusts gusting gusty")

// gustUnits after a gust's speed, with their names.
var gustUnits = map[string][]string{"kt": {"knots"}, "kts": {"knots"}, "knots": {"knots"}, "mph": {"miles", "per", "hour"}}

// spacedGust reads G spaced between two speeds as gusting where the sentence speaks of wind or
// a speed's unit follows: "Winds 15 G 25 kt" fifteen gusting twenty five knots ("Pull 9 G
// turns" stays g).
func (n *normalizer) spacedGust(t *token) bool {
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || prev.post != "" || t.post != "" || !allDigits(prev.core) || !allDigits(next.core) || len(next.core) > 3 {
		return false
	}
	after := n.peek(2)
	if !(n.peek(1).post == "" && after != nil && gustUnits[after.lower()] != nil) && !n.sentenceHas(gustWords) {
		return false
	}
	n.by("gust")
	n.emit(t.raw, "gusting")
	return true
}

// gluedGust reads a wind written as a METAR writes it, a speed, G and a gust, with knots or not:
// "15G25KT" fifteen gusting twenty five knots, "27015G25KT" two seven zero at fifteen gusting
// twenty five knots (the direction digit by digit, as "Winds 270 at 15").
func (n *normalizer) gluedGust(t *token) bool {
	c := t.core
	g := strings.IndexByte(c, 'G')
	if g < 1 || g > 5 || !allDigits(c[:g]) {
		return false
	}
	k := g + 1
	for k < len(c) && isDigit(c[k]) {
		k++
	}
	unit, rest := []string(nil), strings.ToLower(c[k:])
	if k-g-1 < 2 || k-g-1 > 3 {
		return false
	}
	if rest != "" {
		if unit = gustUnits[rest]; unit == nil {
			return false
		}
	} else if !n.sentenceHas(gustWords) {
		return false
	}
	speed := c[:g]
	n.by("gust")
	if len(speed) == 5 {
		n.emit(t.raw, appendDigitNames(nil, speed[:3], false)...)
		n.emit(t.raw, "at")
		speed = speed[3:]
	} else if len(speed) > 3 {
		return false
	}
	n.emit(t.raw, appendInteger(nil, speed)...)
	n.emit(t.raw, "gusting")
	n.emit(t.raw, appendInteger(nil, c[g+1:k])...)
	n.emit(t.raw, unit...)
	return true
}

// chapterWords in a sentence that opens with a timestamp make it a list of chapters.
var chapterWords = setOf("intro introduction outro chapter chapters timestamps")

// chapterTime reads a timestamp of a podcast's or a video's chapter as minutes and seconds,
// the seconds in pairs as a race's time is read: "00:00 Intro" zero oh oh intro, "05:00 Guest
// intro" five oh oh, "12:07 Q&A" twelve oh seven (it was midnight, five o'clock). The sentence
// opens with a timestamp (or with Chapters or Timestamps and one) whose minutes are zero, or
// holds a word of chapters; the timestamp stands before a title (a word, not am, pm or a zone).
// "The party ends at 00:00 sharp" stays midnight, "07:00 Breakfast is served" seven o'clock.
func (n *normalizer) chapterTime(t *token) bool {
	c := t.core
	m, s, ok := strings.Cut(c, ":")
	if !ok || len(m) < 1 || len(m) > 2 || len(s) != 2 || !allDigits(m) || !allDigits(s) || s[0] > '5' {
		return false
	}
	next := n.peek(1)
	if next == nil || next.core == "" || !isASCIILetter(rune(next.core[0])) || t.post != "" && t.post != "," {
		return false
	}
	if l := strings.ToLower(strings.TrimSuffix(next.core, ".")); l == "am" || l == "pm" || l == "a.m" || l == "p.m" || timeZones[next.core] || l == "hours" || l == "hrs" {
		return false
	}
	if !n.chapterList() {
		return false
	}
	n.by("chapter time")
	n.emit(t.raw, appendInteger(nil, strconv.Itoa(atoiSmall(m)))...)
	switch {
	case s == "00":
		n.emit(t.raw, "oh", "oh")
	case s[0] == '0':
		n.emit(t.raw, "oh", onesWords[s[1]-'0'])
	default:
		n.emit(t.raw, appendInteger(nil, s)...)
	}
	return true
}

// chapterList reports a sentence that lists chapters (see chapterTime).
func (n *normalizer) chapterList() bool {
	k := 0
	if len(n.toks) > 1 && (strings.EqualFold(n.toks[0].core, "chapters") || strings.EqualFold(n.toks[0].core, "timestamps")) {
		k = 1
	}
	if k >= len(n.toks) {
		return false
	}
	m, _, ok := strings.Cut(n.toks[k].core, ":")
	if !ok || m == "" || !allDigits(m) {
		return false
	}
	return strings.Trim(m, "0") == "" || n.sentenceHas(chapterWords)
}
