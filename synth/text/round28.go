package text

import "strings"

// Round twenty-eight: the classes held-out set 26 (by a hand new to the readers, in the registers
// of academic papers and citations, encyclopedia articles, religious and calendar notes, museum
// listings, sports betting and fantasy leagues, hotel and restaurant reviews and parenting
// forums) missed in its dev half, each tested on probe sentences of the round's own written
// before the reader, readings28.tsv.

func (n *normalizer) round28Token(t *token) int {
	c := t.core
	if len(c) < 2 || t.pre != "" || n.inPart != 0 {
		return 0
	}
	switch {
	case c[0] >= '0' && c[0] <= '9':
		if n.may(shDigit) && n.slipNumber(t) {
			return 1
		}
	case c[0] == '+' || c[0] == '-' || c[0] == 0xE2:
		if len(c) <= 6 && n.may(shDigit) && n.priceAfterAt(t) {
			return 1
		}
	case c[0] == 'D':
		if len(c) <= 3 && n.may(shUpper) && n.forumKin(t) {
			return 1
		}
	case c[0] >= 'a' && c[0] <= 'z':
		if len(c) <= 6 && n.may(shDigit) && n.spelledStem(t) {
			return 1
		}
	}
	return 0
}

// slipHeads are the words that make a slip a numbered paper: a bet's, a wage's, a bank deposit's.
var slipHeads = setOf("bet betting pay payslip deposit withdrawal")

// slipNumber reads a slip's number of four digits or more, its groups joined by hyphens, digit
// by digit as a code word's number is read ("Bet slip 90-4418-27" nine zero four four one eight
// two seven; it was read as a count, "ninety four thousand…"). The slip must be a bet's, a pay
// or a deposit slip ("The slip 12-4 lost" stays a score), and a number of fewer than four digits
// stays a number ("bet slip 12").
func (n *normalizer) slipNumber(t *token) bool {
	c := t.core
	digits := 0
	for i := 0; i < len(c); i++ {
		switch {
		case isDigit(c[i]):
			digits++
		case c[i] == '-' && i > 0 && i+1 < len(c) && isDigit(c[i-1]) && isDigit(c[i+1]):
		default:
			return false
		}
	}
	if digits < 4 || digits > 20 {
		return false
	}
	slip, head := n.peek(-1), n.peek(-2)
	if slip == nil || head == nil || slip.post != "" || head.post != "" || !strings.EqualFold(slip.core, "slip") || !slipHeads[head.lower()] {
		return false
	}
	n.by("code digits")
	n.emit(t.raw, appendDigitNames(nil, strings.ReplaceAll(c, "-", ""), false)...)
	return true
}

// forumKinWords are a parenting forum's abbreviations for the writer's family.
var forumKinWords = map[string][]string{
	"DS": {"dear", "son"}, "DD": {"dear", "daughter"}, "DH": {"dear", "husband"}, "DW": {"dear", "wife"}, "DC": {"dear", "children"},
}

// kinOwners are the possessives before a forum's family abbreviation.
var kinOwners = setOf("my our his her their")

// ageVerbs join a child to an age: "DS is 4", "DD was 3".
var ageVerbs = setOf("is was turned turns")

// forumKin reads a parenting forum's DS, DD, DH, DW and DC (dear son, daughter, husband, wife,
// children), with a child's number ("DS1"), where the family is plain: after my, our, his, her
// or their ("My DH booked"), or before an age in parentheses ("DD (4)"), or before is or was and
// an age where it opens the sentence or is numbered ("DS is 2 and still won't nap", "and DS2
// is 5"). They were spelled. A designated hitter, a double-double ("a DD with 20 points"), a
// console ("Nintendo DS", "DS9 is my favourite") and a hitter's line ("DH is 2 for 3") stay
// letters.
func (n *normalizer) forumKin(t *token) bool {
	c := t.core
	base, num := c, ""
	if len(c) == 3 {
		if c[2] < '1' || c[2] > '9' {
			return false
		}
		base, num = c[:2], c[2:]
	}
	words, ok := forumKinWords[base]
	if !ok {
		return false
	}
	prev, next := n.peek(-1), n.peek(1)
	fire := prev != nil && prev.post == "" && kinOwners[prev.lower()]
	if !fire && t.post == "" && next != nil && next.pre == "(" && strings.HasPrefix(next.post, ")") && isAge(next.core) {
		fire = true // "DD (4) loves"
	}
	if !fire && (prev == nil || num != "") && t.post == "" && next != nil && next.pre == "" && next.post == "" && ageVerbs[next.lower()] {
		age, after := n.peek(2), n.peek(3)
		fire = age != nil && age.pre == "" && isAge(age.core) && (after == nil || !strings.EqualFold(after.core, "for") && !strings.EqualFold(after.core, "of"))
	}
	if !fire {
		return false
	}
	n.by("forum abbreviation")
	n.emit(t.raw, words...)
	if num != "" {
		n.emit(t.raw, onesWords[num[0]-'0'])
	}
	return true
}

// isAge reports a child's or a grown-up's age in years: one or two digits, not zero.
func isAge(s string) bool {
	return (len(s) == 1 || len(s) == 2) && allDigits(s) && s[0] != '0'
}

// spelledStem reads a lower-case run of three or four letters that holds a vowel but cannot be
// said (no English word begins "lm", "rg"), glued to one or two digits, letter by letter: a
// package's or a format's name ("lme4" l m e four, "rgba8" r g b a eight; the letters were read
// as a word, "lme"). A run a speaker can say ("web3", "tab2") or a word stays as it was; a run
// without a vowel was spelled already ("mp3").
func (n *normalizer) spelledStem(t *token) bool {
	c := t.core
	k := 0
	for k < len(c) && c[k] >= 'a' && c[k] <= 'z' {
		k++
	}
	stem, digits := c[:k], c[k:]
	if len(stem) < 3 || len(stem) > 4 || len(digits) < 1 || len(digits) > 2 || !allDigits(digits) || digits[0] == '0' ||
		!strings.ContainsAny(stem, "aeiouy") || pronounceable(stem) || n.opts.IsWord == nil || n.opts.IsWord(stem) {
		return false
	}
	n.by("spelled")
	for i := 0; i < len(stem); i++ {
		n.emitLetter(t.raw, stem[i:i+1])
	}
	n.emit(t.raw, appendInteger(nil, digits)...)
	return true
}

// pathName reports a word of a web address's path written with one capital and the rest in
// lower case that the lexicon knows ("/Ada-Lovelace", "/Ann-Landers"): a name, said as the word,
// though its capitals would name an acronym ("ADA" a d a). A host's label ("ada.gov") and a path
// word in capitals or in lower case are not.
func (n *normalizer) pathName(p string, path bool) bool {
	if !path || len(p) < 2 || p[0] < 'A' || p[0] > 'Z' || n.opts.IsWord == nil {
		return false
	}
	for i := 1; i < len(p); i++ {
		if p[i] < 'a' || p[i] > 'z' {
			return false
		}
	}
	return n.opts.IsWord(strings.ToLower(p))
}

// priceTalk are words of the spread, the parlay and the juice that make a signed price after
// "at" American odds.
var priceTalk = setOf("spread spreads parlay parlays juice juiced vig over under teaser teasers cover covers")

// priceAfterAt reads a signed number of three digits after "at" as American odds, in pairs as
// bettors say them, where the sentence also holds a point spread (a signed number with a half
// point: "Take the Ravens -6.5 at -110" minus one ten) or a word of the spread, the parlay or
// the juice within eight tokens ("the parlay at +120" plus one twenty). It was a count where no
// word of round ten's odds stood near. "held at -120 degrees" stays a number.
func (n *normalizer) priceAfterAt(t *token) bool {
	num, ok := americanPrice(t.core)
	if !ok {
		return false
	}
	at := n.peek(-1)
	if at == nil || at.post != "" || !strings.EqualFold(at.core, "at") {
		return false
	}
	if !n.nearWord(priceTalk) && !n.spreadInSentence() {
		return false
	}
	n.emitOdds(t, num)
	return true
}

// spreadInSentence reports a point spread elsewhere in the sentence: a signed number with a
// half point ("-6.5", "+3.5", "−2.5").
func (n *normalizer) spreadInSentence() bool {
	for k := range n.toks {
		if k == n.i {
			continue
		}
		c := n.toks[k].core
		if len(c) < 4 || len(c) > 7 || !strings.HasSuffix(c, ".5") || c[0] != '+' && c[0] != '-' && !strings.HasPrefix(c, "−") {
			continue
		}
		if num, rest, ok := scanNumber(c); ok && rest == "" && (num.neg || num.plus) && num.hasPoint {
			return true
		}
	}
	return false
}
