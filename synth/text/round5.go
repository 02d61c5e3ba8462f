package text

import "strings"

// Round five of issue 18: readers found by held-out set 5 and the leftovers of round four.

// spacedHeight reads a height written with a space between feet and inches: "5′ 11″" and
// `6' 2"` five foot eleven, six foot two, as "6'2"" is read. It returns the tokens used, or 0.
func (n *normalizer) spacedHeight(t *token, num number, rest string) int {
	if n.inPart != 0 || num.hasPoint || num.neg || num.plus || num.commas || len(num.intPart) > 1 {
		return 0
	}
	if !(rest == "′" && t.post == "" || rest == "" && strings.HasPrefix(t.post, "'") && len(t.post) == 1) {
		return 0
	}
	next := n.peek(1)
	if next == nil || next.pre != "" {
		return 0
	}
	in, ok := strings.CutSuffix(next.core, "″")
	if !ok {
		if !strings.HasPrefix(next.post, "\"") {
			return 0
		}
		in = next.core
	}
	if in == "" || len(in) > 2 || !allDigits(in) || atoiSmall(in) > 11 {
		return 0
	}
	n.by("height")
	n.emit(t.raw, appendNumber(nil, num)...)
	n.emit(t.raw, "foot")
	n.emit(t.raw, appendInteger(nil, in)...)
	return 2
}

// recordJoins join records in a list: "4-2 at home and 1-5 away", "2-8 and 0-5".
var recordJoins = setOf("and but while then")

// recordListed reports a pair after a joining word (l, lower case) that follows a record read
// within the last four tokens: "went 10-2 at home and 2-8 away".
func (n *normalizer) recordListed(l string) bool {
	return recordJoins[l] && n.recordAt >= 0 && n.recordAt >= n.i-4 && n.recordAt < n.i
}

// recordFollows reports the current pair followed by "and" and another pair of the same shape
// ("they are 2-8 and 0-5"): a list of records after a team's verb.
func (n *normalizer) recordFollows() bool {
	and, other := n.peek(1), n.peek(2)
	if and == nil || other == nil || n.peek(0).post != "" || and.post != "" || !strings.EqualFold(and.core, "and") {
		return false
	}
	lo, hi, ok := strings.Cut(other.core, "-")
	return ok && lo != "" && hi != "" && len(lo) <= 3 && len(hi) <= 3 && allDigits(lo) && allDigits(hi)
}
