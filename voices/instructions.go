package voices

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// maxCues bounds a style's cue list; cueRE is what one cue may be.
const maxCues = 64

var cueRE = regexp.MustCompile(`^[a-z]{2,32}$`)

// indexCues maps every style's name and cues to the style. A word that asks for two styles
// would make instructions mean what the order of a map says, so it is an error.
func (c *Catalog) indexCues() error {
	c.cues = make(map[string]string)
	add := func(word, style string) error {
		if other, dup := c.cues[word]; dup && other != style {
			return fmt.Errorf("%w: %q asks for both style %q and style %q", ErrInvalid, word, other, style)
		}
		c.cues[word] = style
		return nil
	}
	for _, name := range c.StyleNames() {
		if err := add(name, name); err != nil {
			return err
		}
	}
	for _, name := range c.StyleNames() {
		for _, cue := range c.styles[name].Cues {
			if err := add(cue, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// negators are words that turn the style words after them in the same clause into what is not
// wanted ("not too cheerful", "don't sound excited", "without being serious").
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "without": true, "avoid": true, "avoiding": true,
	"nor": true, "neither": true, "less": true, "dont": true, "don't": true, "isnt": true,
	"isn't": true, "shouldnt": true, "shouldn't": true, "doesnt": true, "doesn't": true,
	"stop": true, "instead": true, "than": true,
}

// negationReach is how many words before a style word a negator reaches ("no need to be
// excited": four). "than" and "instead" mark what is not wanted too ("cheerful rather than
// serious", "calm instead of excited").
const negationReach = 4

// maxInstructionWords bounds the words and clause ends StyleFor reads: instructions are a sentence or a
// paragraph, and hostile input must cost little.
const maxInstructionWords = 2000

// maxWordBytes is as much of one word as StyleFor keeps.
const maxWordBytes = 40

// StyleFor reads free-form instructions ("Speak in a warm, upbeat tone.") as one of the
// catalog's styles. Each word that is a style's name or one of its cues counts for that style,
// unless a negator comes before it in the same clause ("not", "don't", "without"…). The style
// counted most wins; a tie goes to the one named first; neutral yields to any other style, since
// "natural and friendly" asks for friendly. It returns the style and the words that asked for
// it, or ok false when the instructions ask for no style at all.
func (c *Catalog) StyleFor(instructions string) (style string, cues []string, ok bool) {
	type tally struct {
		n, first int
		words    []string
	}
	counts := map[string]*tally{}
	var window []string // the clause's last negationReach words
	pos := 0
	for _, tok := range instructionTokens(instructions, maxInstructionWords) {
		if tok == "" { // a clause ends
			window = window[:0]
			continue
		}
		pos++
		negated := false
		for _, w := range window {
			if negators[w] {
				negated = true
				break
			}
		}
		if s, found := c.cues[tok]; found && !negated {
			t := counts[s]
			if t == nil {
				t = &tally{first: pos}
				counts[s] = t
			}
			t.n++
			if len(t.words) < 8 {
				t.words = append(t.words, tok)
			}
		}
		if len(window) == negationReach {
			window = append(window[:0], window[1:]...)
		}
		window = append(window, tok)
	}
	var best string
	for s, t := range counts {
		switch b := counts[best]; {
		case best == "":
			best = s
		case (best == "neutral") != (s == "neutral"):
			if best == "neutral" {
				best = s
			}
		case t.n > b.n || (t.n == b.n && t.first < b.first):
			best = s
		}
	}
	if best == "" {
		return "", nil, false
	}
	return best, counts[best].words, true
}

// instructionTokens splits s into lower-case words (letters and apostrophes, a typographic
// apostrophe read as "'"), with "" where a clause ends (, . ; : ! ? and line breaks), at most
// limit of both; a word is kept to its first maxWordBytes (no cue is that long).
func instructionTokens(s string, limit int) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, strings.TrimRight(b.String(), "'"))
			b.Reset()
		}
	}
	for _, r := range s {
		if len(out) >= limit {
			break
		}
		switch {
		case unicode.IsLetter(r):
			if b.Len() < maxWordBytes { // a longer word is no cue: keep its start only
				b.WriteRune(unicode.ToLower(r))
			}
		case r == '\'' || r == '’':
			if b.Len() > 0 {
				b.WriteByte('\'')
			}
		case strings.ContainsRune(",.;:!?\n—–()", r):
			flush()
			out = append(out, "")
		default:
			flush()
		}
	}
	flush()
	return out
}
