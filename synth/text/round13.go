package text

import "strings"

// Round thirteen of issue 18: readers for classes the dev half of held-out set 12 (news wire
// copy, scripts, social threads, chat logs, recipes, notices, abstracts, conversational answers)
// and fresh probe sentences found.

// oddsOn reports that a pair x/y with x below y before "to win" is an odds-on price, not a
// fraction: a be-verb or a word of betting comes right before it ("City are 4/6 to win the
// league", "priced at 8/11 to lift the cup"). A fraction before "to win" has other words before
// it ("needs 2/3 to win", "a 2/3 majority to pass").
func (n *normalizer) oddsOn(x, y int) bool {
	if x < 1 || x >= y {
		return false
	}
	p := n.peek(-1)
	if p == nil || p.post != "" {
		return false
	}
	l := strings.ToLower(strings.ReplaceAll(p.core, "’", "'"))
	switch {
	case strings.HasSuffix(l, "'re"):
		l = "are" // "they're 4/6 to win"
	case strings.HasSuffix(l, "'s"):
		l = "is" // "she's 1/2 to win"
	}
	return beVerbs[l] || l == "at" || oddsWords[l]
}

// fractionNouns name a fraction in words; a bracketed pair after one restates it.
var fractionNouns = setOf("half halves third thirds quarter quarters fifth sixth seventh eighth ninth tenth fraction share proportion ratio")

// threadCount reads "(1/7)" closing a sentence as the place of a post in a thread: "a thread on
// housing costs (1/7)" one of seven. Only a bracketed pair of whole numbers, the first not above
// the second, after at least two words and with nothing but emoji or a full stop after it, is
// read so; "(1/2 cup)" and "(3/4 full)" have a word after them inside the bracket and stay
// fractions; after a fraction in words ("a third (1/3)") it restates it. A bracketed pair opening
// a sentence before a capitalized word opens a post: "(1/5) Let's talk". It reports whether it
// read the token.
func (n *normalizer) threadCount(t *token, a, b string) bool {
	x, y := atoiSmall(a), atoiSmall(b)
	if x < 1 || x > y || y < 2 || y > 99 || len(a) > 2 || len(b) > 2 || a[0] == '0' || b[0] == '0' {
		return false
	}
	if !strings.HasPrefix(t.pre, "(") && !strings.HasPrefix(t.pre, "[") || !strings.HasPrefix(t.post, ")") && !strings.HasPrefix(t.post, "]") {
		return false
	}
	if p := n.peek(-1); p == nil {
		// Opening a post: "(1/5) Let's talk about rents", a capitalized word after it.
		nt := n.peek(1)
		if nt == nil || nt.pre != "" || nt.core == "" || nt.core[0] < 'A' || nt.core[0] > 'Z' {
			return false
		}
		n.by("thread count")
		n.emit(t.raw, appendInteger(nil, a)...)
		n.emit(t.raw, "of")
		n.emit(t.raw, appendInteger(nil, b)...)
		return true
	} else if fractionNouns[strings.ToLower(p.core)] || strings.HasSuffix(strings.ToLower(p.core), "ths") {
		return false // "close to a third (1/3)" restates the fraction
	}
	words := 0
	for off := -1; off >= -2; off-- {
		if p := n.peek(off); p != nil && p.core != "" && isASCIILetter(rune(p.core[0])) {
			words++
		}
	}
	if words < 2 {
		return false
	}
	for off := 1; ; off++ {
		nt := n.peek(off)
		if nt == nil {
			break
		}
		if w, k := emojiAt(nt.raw); k != len(nt.raw) || len(w) == 0 {
			return false
		}
	}
	n.by("thread count")
	n.emit(t.raw, appendInteger(nil, a)...)
	n.emit(t.raw, "of")
	n.emit(t.raw, appendInteger(nil, b)...)
	return true
}

// signedExponent reports that a hyphen between before and after is the sign of an exponent, not
// a compound's joint: "10^-3" (a power of ten) and "3e-4" (E notation, as in "lr=3e-4"), where
// before is the piece of the compound up to the hyphen and after the text past it.
func signedExponent(before, after string) bool {
	if after == "" || !isDigit(after[0]) || len(before) < 2 {
		return false
	}
	last := before[len(before)-1]
	if last == '^' {
		return isDigit(before[len(before)-2])
	}
	if last != 'e' && last != 'E' {
		return false
	}
	m := before[:len(before)-1]
	if k := strings.LastIndexAny(m, "=:("); k >= 0 {
		m = m[k+1:]
	}
	num, rest, ok := scanNumber(m)
	return ok && rest == "" && !num.commas
}

// round13Token tries the round-thirteen readers on the token at n.i and returns the tokens used,
// or 0.
func (n *normalizer) round13Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	if n.mainsVolts(t) || n.modelTiers(t) {
		return 1
	}
	return 0
}

// mainsVolts reads "V~", the rating plate's sign of alternating current, after a number as volts
// AC: "230 V~ 50 Hz" two hundred thirty volts a c, "230V~". A "~" before a number stays
// approximately ("~230 V").
func (n *normalizer) mainsVolts(t *token) bool {
	c := t.core
	if !strings.HasSuffix(c, "V~") {
		return false
	}
	num := c[:len(c)-len("V~")]
	if num == "" {
		p := n.peek(-1)
		if p == nil || p.post != "" || p.core == "" || !isDigit(p.core[len(p.core)-1]) {
			return false
		}
		if _, rest, ok := scanNumber(p.core); !ok || rest != "" {
			return false
		}
	} else if v, rest, ok := scanNumber(num); !ok || rest != "" || v.neg {
		return false
	}
	n.by("mains volts")
	if num != "" {
		v, _, _ := scanNumber(num)
		n.emit(t.raw, appendNumber(nil, v)...)
	}
	n.emit(t.raw, "volts")
	n.emitLetter(t.raw, "a")
	n.emitLetter(t.raw, "c")
	return true
}

// modelTiers are the words a maker puts after a model name for its variants.
var modelTiers = setOf("pro max plus ultra mini lite air se xl fe")

// modelTiers reads a slash between two variant names of a model as "and": "iPhone 16 Pro/Pro
// Max" sixteen pro and pro max, "M3 Pro/Max", "Pixel 9 Pro/XL". Both sides must be capitalized
// tier words; "Pro/Con" and "plus/minus" stay as they were.
func (n *normalizer) modelTiers(t *token) bool {
	a, b, ok := strings.Cut(t.core, "/")
	if !ok || a == "" || b == "" || strings.Contains(b, "/") {
		return false
	}
	if a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' || !modelTiers[strings.ToLower(a)] || !modelTiers[strings.ToLower(b)] {
		return false
	}
	n.by("model tiers")
	n.part(t.raw, a)
	n.emit(t.raw, "and")
	n.part(t.raw, b)
	return true
}
