package markup

import (
	"strings"
	"unicode"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Piece is plain text, preceded by a pause, for an engine that reads no markup.
type Piece struct {
	PauseMillis int // silence before Text
	Text        string
}

// Lower rewrites spans as plain text in the conventions of Chorus's text normalizer, split into
// pieces at breaks: <sub> becomes its alias, emphasis (moderate or strong) *stars* around each
// word, characters/spell-out (and SSML's verbatim) spaced capital letters ("T T S"), digits and
// telephone spaced digits; other say-as values keep their text, which the normalizer reads as
// numbers or dates anyway. Each <phoneme> word becomes an entry of the returned lexicon (keyed by its lower-case
// text, as synth.Request.Lexicon expects; a later entry for the same word wins). Pieces have
// text except possibly the last, which then carries a trailing pause. Pauses are not capped.
func Lower(spans []Span) (pieces []Piece, lexicon map[string]phone.Pron) {
	var b strings.Builder
	pause := 0
	emit := func() {
		if b.Len() == 0 {
			return
		}
		pieces = append(pieces, Piece{PauseMillis: pause, Text: b.String()})
		pause = 0
		b.Reset()
	}
	for _, sp := range spans {
		if sp.BreakMillis > 0 {
			emit()
			pause += sp.BreakMillis
		}
		txt := sp.Spoken()
		switch {
		case len(sp.Pron) > 0:
			if key := strings.ToLower(strings.Join(strings.Fields(sp.Text), " ")); key != "" {
				if lexicon == nil {
					lexicon = map[string]phone.Pron{}
				}
				lexicon[key] = sp.Pron
			}
		case sp.SpellOut():
			txt = spaced(txt, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }, true)
		case sp.DigitByDigit():
			txt = spaced(sp.groupsApart(txt), unicode.IsDigit, false)
		}
		if sp.Emphasis >= Moderate {
			txt = starred(txt)
		}
		b.WriteString(txt)
	}
	emit()
	if pause > 0 {
		pieces = append(pieces, Piece{PauseMillis: pause})
	}
	return pieces, lexicon
}

// spaced separates consecutive runes that pass keep by spaces ("TTS" → "T T S"), upper-casing
// letters if upper; other runes stay as they are.
func spaced(s string, keep func(rune) bool, upper bool) string {
	var b strings.Builder
	prevKept := false
	for _, r := range s {
		k := keep(r)
		if k && prevKept {
			b.WriteByte(' ')
		}
		if k && upper {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
		prevKept = k
	}
	return b.String()
}

// starred wraps each word in *stars*, the normalizer's plain-text emphasis, keeping a word's
// trailing punctuation outside them and the text's outer spaces.
func starred(s string) string {
	core := strings.TrimSpace(s)
	if core == "" {
		return s
	}
	lead := s[:strings.Index(s, core)]
	trail := s[len(lead)+len(core):]
	words := strings.Fields(core)
	for i, w := range words {
		c := strings.TrimRightFunc(w, unicode.IsPunct)
		if c != "" {
			words[i] = "*" + c + "*" + w[len(c):]
		}
	}
	return lead + strings.Join(words, " ") + trail
}

// GroupSeparator reports whether s[i] separates groups of digits in the span's text read digit
// by digit: a '-' between two digits ("555-0100", "12-34"), and in a telephone number a '.' too
// ("555.123.4567"). It is read as a pause, not as a word ("to", "point").
func (sp Span) GroupSeparator(s string, i int) bool {
	seps := "-"
	if sp.SayAs == Telephone {
		seps = "-."
	}
	if !sp.DigitByDigit() || i <= 0 || i+1 >= len(s) || !strings.ContainsRune(seps, rune(s[i])) {
		return false
	}
	return s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9'
}

// groupsApart writes each group separator of s as ", ".
func (sp Span) groupsApart(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if sp.GroupSeparator(s, i) {
			b.WriteString(", ")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
