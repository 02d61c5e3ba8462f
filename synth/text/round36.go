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
	if len(c) < 3 || n.inPart != 0 {
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
