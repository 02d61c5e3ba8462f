package text

import "strings"

// by names the reader of the current step's tokens, for Word.Rule. The first name given in a
// step wins: outer readers (a hashtag, an address) name the step before the number or word
// readers they call.
func (n *normalizer) by(rule string) {
	if n.rule == "" {
		n.rule = rule
	}
}

// stepRule returns the rule of the step that read tokens first..last. A step no specific
// reader named was read as plain words; if its tokens hold digits or symbols, that is what
// is left over for the general reader, and a Debug line says so (the token is user text:
// never logged above Debug).
func (n *normalizer) stepRule(first, last int) string {
	if n.rule != "" {
		return n.rule
	}
	for k := first; k <= last && k < len(n.toks); k++ {
		c := n.toks[k].core
		if !isLetterWord(c) && strings.Trim(c, "'’-.") != "" {
			n.debug("left over: no specific rule read the token; read as words", "token", n.toks[k].raw)
			return "general"
		}
	}
	return "word"
}
