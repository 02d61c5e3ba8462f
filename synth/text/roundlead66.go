package text

import "strings"

// The lead's round of the seventeenth session: misreadings found by running the normalizer over
// news-style sentences of the lead's own in the nine classes (market wraps, storm
// reports, match reports, device reviews), each read as a class and tested on probe sentences
// written before the readers, readings-lead66.tsv.

// lead66Token runs the round's readers on the token at n.i and returns the tokens it read, or 0.
func (n *normalizer) lead66Token(t *token) int {
	c := t.core
	if n.inPart != 0 || len(c) < 2 {
		return 0
	}
	switch {
	case len(c) == 2 && (c == "bn" || c == "mn"):
		return oneIf(n.scaleAfterNumber66(t))
	case isDigit(c[0]) && (len(c) <= 3 || len(c) <= 6 && strings.HasSuffix(c, "′")):
		return oneIf(n.may(shDigit) && n.matchMinute66(t))
	}
	if !n.may(shDigit) {
		return 0
	}
	if n.may(shHyphen) && (n.yearAfterWhen66(t) || n.may(shUpper) && n.stormCategoryHyphen66(t)) {
		return 1
	}
	return oneIf(n.may(shSlash) && isDigit(c[0]) && n.resolutionRate66(t))
}

// whenWords66 are words of when in a period joined by a hyphen to a year: "mid-2025", "end-2024",
// "pre-2010", "the fall-2025 semester".
var whenWords66 = setOf("mid early late end pre post fall spring summer winter autumn")

// yearAfterWhen66 reads a year of four digits (1000–2099) joined by a hyphen to a word of when as
// a year, the word before it: "mid-2025" mid twenty twenty five, "Pre-2010" pre twenty ten (it
// was a count, mid two thousand twenty five). Decades ("mid-1990s") are read elsewhere, and a
// number outside a year's range ("mid-4400") stays a count.
func (n *normalizer) yearAfterWhen66(t *token) bool {
	c := t.core
	if len(c) < 7 || len(c) > 11 || c[len(c)-5] != '-' {
		return false
	}
	word, digits := c[:len(c)-5], c[len(c)-4:]
	if !allDigits(digits) || !whenWords66[strings.ToLower(word)] || isUpperWord(word[1:]) {
		return false // a code in capitals ("SPRING-2024") is read as codes are
	}
	v := atoiSmall(digits)
	if v < 1000 || v > 2099 {
		return false
	}
	n.by("year")
	n.emit(t.raw, strings.ToLower(word))
	n.emit(t.raw, appendYear(nil, v)...)
	return true
}

// stormCategoryHyphen66 reads "Cat-4" before a storm's word as round twenty-five reads "Cat 4":
// category four, in a sentence of storms, not before a word of cables ("Cat-5 Ethernet cable").
func (n *normalizer) stormCategoryHyphen66(t *token) bool {
	c := t.core
	if len(c) != 5 || !strings.HasPrefix(c, "Cat-") || c[4] < '1' || c[4] > '5' {
		return false
	}
	if next := n.peek(1); next != nil && cableWords66[lowerASCIIWord(next.core)] {
		return false
	}
	if !n.fact(factStorm) {
		return false
	}
	n.by("abbreviation")
	n.emit(t.raw, "category")
	n.emit(t.raw, onesWords[c[4]-'0'])
	return true
}

// cableWords66 after "Cat-5" make it a cable's category.
var cableWords66 = setOf("cable cables cabling ethernet wire wiring patch lan network")

// scaleAfterNumber66 reads "bn" and "mn" in lower case right after a plain number as billion
// and million, as they read glued to a currency ("£40bn"): "50 bn in assets", "1.4 mn people"
// (they were spelled). A state's code (MN) is in capitals and stays.
func (n *normalizer) scaleAfterNumber66(t *token) bool {
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || !plainNumber66(prev.core) {
		return false
	}
	n.by("scale")
	if t.core == "bn" {
		n.emit(t.raw, "billion")
	} else {
		n.emit(t.raw, "million")
	}
	return true
}

// plainNumber66 reports digits with thousands commas or one decimal point: "50", "1.4", "1,200".
func plainNumber66(s string) bool {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return false
	}
	points := 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]), s[i] == ',':
		case s[i] == '.':
			points++
		default:
			return false
		}
	}
	return points <= 1
}

// footballWords66 make a sentence about a football match, where "the 89'" is its minute.
var footballWords66 = setOf(`goal goals scored scores scoring header penalty equalizer equaliser striker goalkeeper
keeper midfielder winger corner offside match fixture booked substitute stoppage halftime kickoff`)

// matchMinute66 reads a number of minutes (1–130) with a prime after "the" in a sentence about a
// football match as the match's minute: "scored in the 89'" in the eighty ninth minute (it was
// feet). A prime after "a" or before a word of measure is read as feet elsewhere.
func (n *normalizer) matchMinute66(t *token) bool {
	c := t.core
	prime := strings.HasPrefix(t.post, "'") || strings.HasPrefix(t.post, "’")
	if !prime && strings.HasSuffix(c, "′") {
		c = strings.TrimSuffix(c, "′")
		prime = t.post == ""
	}
	if !prime || !allDigits(c) || c[0] == '0' || strings.Trim(strings.TrimLeft(t.post, "'’"), ".,;:!?)") != "" {
		return false
	}
	if v := atoiSmall(c); v > 130 {
		return false
	}
	prev := n.peek(-1)
	if prev == nil || prev.post != "" || t.pre != "" || prev.lower() != "the" || !n.sentenceHas(footballWords66) {
		return false
	}
	n.by("match minute")
	n.emit(t.raw, appendOrdinal(nil, c)...)
	n.emit(t.raw, "minute")
	return true
}

// frameRates66 are frame rates a slash may join to a resolution.
var frameRates66 = setOf("23 24 25 30 48 50 60 100 120 240")

// resolutionRate66 reads a resolution and a frame rate joined by a slash without the slash, the
// rate as "60p" reads: "4K/60p" four k sixty p, "1080/60i" ten eighty sixty i (it was pence, or
// slash). The resolution is one or two digits and K, or a video line count.
func (n *normalizer) resolutionRate66(t *token) bool {
	res, rate, ok := strings.Cut(t.core, "/")
	if !ok || len(res) < 2 || len(rate) < 3 {
		return false
	}
	mark := rate[len(rate)-1]
	rate = rate[:len(rate)-1]
	if mark != 'p' && mark != 'i' || !frameRates66[rate] {
		return false
	}
	k := res[len(res)-1]
	switch {
	case (k == 'K' || k == 'k') && len(res) <= 3 && allDigits(res[:len(res)-1]) && res[0] != '0':
		n.by("video resolution")
		n.emit(t.raw, appendInteger(nil, res[:len(res)-1])...)
		n.emitLetter(t.raw, "k")
	case videoLines[res]:
		n.by("video resolution")
		n.emit(t.raw, appendPaired(nil, res)...)
	default:
		return false
	}
	if len(rate) == 3 {
		n.emit(t.raw, appendPaired(nil, rate)...) // "120p" one twenty p, as alone
	} else {
		n.emit(t.raw, appendInteger(nil, rate)...)
	}
	n.emitLetter(t.raw, string(mark))
	return true
}
