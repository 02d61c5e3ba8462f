package text

// by names the reader of the current step's tokens, for Word.Rule. The first name given in a
// step wins: outer readers (a hashtag, an address) name the step before the number or word
// readers they call.
func (n *normalizer) by(rule string) {
	if n.rule == "" {
		n.rule = rule
	}
}

// stepRule returns the rule of the step that read tokens first..last: the one a reader named,
// else "number" for a token that starts like one and "word" for the rest.
func (n *normalizer) stepRule(first, last int) string {
	if n.rule != "" {
		return n.rule
	}
	if first < len(n.toks) && startsNumeric(n.toks[first].core) {
		return "number"
	}
	return "word"
}

// leftOver names the general reader for a token no specific rule read (digits and symbols
// mixed with letters, stray symbols) and says so in a Debug line. The token is user text: it
// is never logged above Debug.
func (n *normalizer) leftOver(t *token) {
	n.by("general")
	n.debug("left over: no specific rule reads this token; reading its words and known symbols", "token", t.raw)
}

// Reading is what one run of written tokens was read as: the words read from Source (the
// tokens as written, at Start:End of the sentence or text) and the rule that read them.
type Reading struct {
	Source     string
	Start, End int
	Words      []string // spoken forms; spelled letters as their letter
	Rule       string
}

// Readings groups a sentence's words by the tokens they were read from, in order, for tracing
// a reading (chorus text --explain).
func Readings(s Sentence) []Reading {
	var out []Reading
	for _, w := range s.Words {
		if k := len(out) - 1; k >= 0 && out[k].Start == w.Start && out[k].End == w.End {
			out[k].Words = append(out[k].Words, w.Text)
			continue
		}
		out = append(out, Reading{Source: w.Source, Start: w.Start, End: w.End, Words: []string{w.Text}, Rule: w.Rule})
	}
	return out
}
