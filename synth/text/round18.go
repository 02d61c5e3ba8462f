package text

import "strings"

// Round eighteen: breadth inside the nine classes (held-out set 17's dev misses, each
// fixed as a mechanism and tested on probe sentences of the round's own, readings18.tsv).

func (n *normalizer) round18Token(t *token) int {
	if t.core == "" || n.inPart != 0 {
		return 0
	}
	if k := n.phoneExtension(t); k > 0 {
		return k
	}
	return 0
}

// phoneExtension reads an extension after a phone number, "555-0100 ext. 24", "555-0100, ext
// 310", "555-0100 extension 7", digit by digit as the number before it is read and as
// "555-0100 x24" is (extension two four), the word said once. Without a phone number before it
// ("dial extension 24", "24 ext. pages") it is not read here.
func (n *normalizer) phoneExtension(t *token) int {
	l := strings.ToLower(t.core)
	if l != "ext" && l != "extension" {
		return 0
	}
	prev, next := n.peek(-1), n.peek(1)
	if prev == nil || next == nil || next.pre != "" || !allDigits(next.core) || len(next.core) > 6 {
		return 0
	}
	if prev.post != "" && prev.post != "," || t.post != "" && !(l == "ext" && t.post == ".") {
		return 0
	}
	if _, phone := phoneGroups(prev.core); !phone {
		return 0
	}
	n.by("phone extension")
	n.emit(t.raw, "extension")
	n.emit(next.raw, appendDigitNames(nil, next.core, false)...)
	return 2
}
