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
}

const (
	patGeneral = iota
	patContains
	patPrefix
	patSuffix
	patExact
)

func compilePattern(s string) pattern {
	p := pattern{src: s}
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
	case trail:
		p.kind = patPrefix
	case lead:
		p.kind = patSuffix
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
		case pi < len(pat) && (pat[pi] == '?' || pat[pi] == s[si]):
			pi++
			si++
		case pi < len(pat) && pat[pi] == '*':
			star, mark = pi, si
			pi++
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

// matchAnyCached is matchAny with the answers of single patterns cached in memo (indexed by
// pattern id: 0 unknown, 1 no, 2 yes): the same pattern serves many questions (a phone's
// identity is asked about in every class it belongs to).
func matchAnyCached(ps []pattern, s string, memo []uint8) bool {
	for i := range ps {
		a := memo[ps[i].id]
		if a == 0 {
			a = 1
			if ps[i].match(s) {
				a = 2
			}
			memo[ps[i].id] = a
		}
		if a == 2 {
			return true
		}
	}
	return false
}
