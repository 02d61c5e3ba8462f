package hts

import "strings"

// pattern is a question pattern: a glob over the whole label where '*' matches any run of
// characters (possibly empty) and '?' any one character; everything else is literal.
type pattern struct {
	src string
	id  int // index among the voice's distinct patterns, for per-label answer caches
	// Fast paths for the common shapes "*lit*", "lit*", "*lit" (no '?').
	kind int
	lit  string
	// A word pattern, "*lit*" whose lit is one word of a label between two delimiters
	// ("*^aw-*", "*/C:0+*"), or "lit*" that is a word and a delimiter ("aw^*": pre is empty) or
	// "*lit" that is a delimiter and a word ("*-2": post is empty), is also held as those parts,
	// so a parsed label answers it by comparing one word (see answers.match); ctx numbers its
	// (pre, post) pair among the voice's (-1: the pattern has another shape, and is matched as a
	// glob).
	pre, word, post string
	ctx             int
	wid             int32 // the word's number among the voice's (Voice.words)
}

const (
	patGeneral = iota
	patContains
	patPrefix
	patSuffix
	patExact
)

func compilePattern(s string) pattern {
	p := pattern{src: s, ctx: -1}
	if strings.ContainsRune(s, '?') {
		return p
	}
	inner := strings.Trim(s, "*")
	if strings.Contains(inner, "*") {
		return p
	}
	lead, trail := strings.HasPrefix(s, "*"), strings.HasSuffix(s, "*") && len(s) > 1
	p.lit = inner
	switch {
	case lead && trail:
		p.kind = patContains
		p.pre, p.word, p.post, _ = splitWord(inner)
	case trail:
		p.kind = patPrefix
		if pre, word, post, ok := splitWord("^" + inner); ok && pre == "^" {
			p.word, p.post = word, post // pre "": at the label's start
		}
	case lead:
		p.kind = patSuffix
		if pre, word, post, ok := splitWord(inner + "^"); ok && post == "^" {
			p.pre, p.word = pre, word // post "": at the label's end
		}
	default:
		p.kind = patExact
	}
	return p
}

func (p *pattern) match(s string) bool {
	switch p.kind {
	case patContains:
		return strings.Contains(s, p.lit)
	case patPrefix:
		return strings.HasPrefix(s, p.lit)
	case patSuffix:
		return strings.HasSuffix(s, p.lit)
	case patExact:
		return s == p.lit
	}
	return glob(p.src, s)
}

// glob matches s against pattern with '*' and '?', iteratively: on a mismatch it backtracks to
// the last '*', which is enough for these wildcards (linear in practice, O(len·len) at worst).
func glob(pat, s string) bool {
	pi, si := 0, 0
	star, mark := -1, 0
	for si < len(s) {
		switch {
		case pi < len(pat) && pat[pi] == '*': // before the literal case: a '*' in s is literal
			star, mark = pi, si
			pi++
		case pi < len(pat) && (pat[pi] == '?' || pat[pi] == s[si]):
			pi++
			si++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(pat) && pat[pi] == '*' {
		pi++
	}
	return pi == len(pat)
}

func matchAny(ps []pattern, s string) bool {
	for i := range ps {
		if ps[i].match(s) {
			return true
		}
	}
	return false
}

// isWord reports whether c belongs to a label's words (the values between its delimiters:
// phone names, numbers, "x", part-of-speech classes); every other byte is a delimiter byte.
func isWord(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// splitWord splits lit into a run of delimiter bytes, a run of word bytes and a run of
// delimiter bytes, each non-empty; ok is false when lit is not of that shape.
func splitWord(lit string) (pre, word, post string, ok bool) {
	i := 0
	for i < len(lit) && !isWord(lit[i]) {
		i++
	}
	j := i
	for j < len(lit) && isWord(lit[j]) {
		j++
	}
	k := j
	for k < len(lit) && !isWord(lit[k]) {
		k++
	}
	if i == 0 || j == i || k == j || k != len(lit) {
		return "", "", "", false
	}
	return lit[:i], lit[i:j], lit[j:], true
}
