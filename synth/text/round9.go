package text

import "strings"

// round9Token runs the round-nine readers of issue 18; it returns the tokens consumed, 0 when
// none applies.
func (n *normalizer) round9Token(t *token) int {
	if n.halfBefore(t) {
		return 1
	}
	return 0
}

// halfWords are words "half" forms a phrase with, where "1/2" before them is said "half", not
// "one half": "1/2 price", "1/2 off", "the 1/2 marathon", "1/2 of voters", "1/2 a cup", "1/2 an
// hour", "flags at 1/2 mast". Units stay with the fraction's own reading ("1/2 tsp" one half
// teaspoon), as older tables read them.
var halfWords = setOf(`price prices priced off marathon marathons time term terms day days dozen century of
a an mast sleeve sleeves moon brother brothers sister sisters court staff inning innings volley way
pipe board hearted`)

// halfBefore reads "1/2" (or "½") alone before a word of halfWords as "half". A whole number
// before it makes a mixed number ("2 1/2 days" two and a half days), read elsewhere.
func (n *normalizer) halfBefore(t *token) bool {
	if t.core != "1/2" && t.core != "½" || t.post != "" || n.inPart != 0 {
		return false
	}
	next := n.peek(1)
	if next == nil || next.pre != "" || !halfWords[next.core] || n.ofLabel() {
		return false // "page 1/2 of the form": page one of two
	}
	if prev := n.peek(-1); prev != nil && prev.post == "" && prev.core != "" && isDigit(prev.core[len(prev.core)-1]) {
		return false
	}
	n.by("fraction")
	n.emit(t.raw, "half")
	return true
}

// halfTail reports a fraction's hyphenated tail that begins with a word of halfWords: "1/2-price
// tickets" half price (with or without an article before it).
func halfTail(tail string) bool {
	w, _, _ := strings.Cut(tail, "-")
	return halfWords[w] && w != "a" && w != "an" && w != "of"
}
