package text

import (
	"fmt"
	"strings"
	"unicode"
)

// MaxDroppedChars is how many distinct characters a Dropped lists; the rest are only counted.
const MaxDroppedChars = 16

// Dropped describes what the normalizer could not speak: characters with no reading (letters of
// other scripts, emoji and symbols without a name) and the ends of tokens too long to read
// (maxTokenBytes). Punctuation is not in it (it is read as pauses and intonation, never aloud),
// nor are control characters (StripControls removes them first) or the citation and heading
// marks the normalizer leaves out on purpose. Its size is bounded whatever the input.
type Dropped struct {
	// Chars counts every dropped character (each occurrence).
	Chars int
	// Others counts the occurrences of the characters Distinct does not list.
	Others int
	// CutBytes counts the bytes of over-long tokens that were not read, in CutTokens tokens.
	CutBytes, CutTokens int

	// The first MaxDroppedChars distinct characters, in an array so that a Dropped (and the
	// engine's Summary holding one) stays comparable with ==.
	distinct [MaxDroppedChars]DroppedChar
	listed   int
}

// Distinct lists the first MaxDroppedChars distinct dropped characters, in order of first
// appearance, each with its count.
func (d Dropped) Distinct() []DroppedChar { return d.distinct[:d.listed] }

// DroppedChar is one character the normalizer could not speak.
type DroppedChar struct {
	Char  rune
	Count int
}

// Empty reports whether nothing was dropped.
func (d *Dropped) Empty() bool { return d == nil || d.Chars == 0 && d.CutBytes == 0 }

// Rune records r as a character that was not spoken, if it is one a listener would expect to
// hear: ASCII (all of it is either read or punctuation), punctuation, spaces and combining marks
// (accents) are left out. A nil Dropped ignores it.
func (d *Dropped) Rune(r rune) {
	if r < 0x80 || unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) {
		return
	}
	d.chars(r, 1)
}

// chars records n occurrences of one dropped character.
func (d *Dropped) chars(r rune, n int) {
	if d == nil {
		return
	}
	d.Chars += n
	for i := range d.listed {
		if d.distinct[i].Char == r {
			d.distinct[i].Count += n
			return
		}
	}
	if d.listed < MaxDroppedChars {
		d.distinct[d.listed] = DroppedChar{Char: r, Count: n}
		d.listed++
		return
	}
	d.Others += n
}

// cut records the unread end of an over-long token.
func (d *Dropped) cut(bytes int) {
	if d == nil || bytes <= 0 {
		return
	}
	d.CutBytes += bytes
	d.CutTokens++
}

// Add merges o into d.
func (d *Dropped) Add(o Dropped) {
	for _, c := range o.Distinct() {
		d.chars(c.Char, c.Count)
	}
	d.Chars += o.Others
	d.Others += o.Others
	d.CutBytes += o.CutBytes
	d.CutTokens += o.CutTokens
}

// String describes what was dropped in one line of bounded length, e.g.
// `3 characters: '東' U+6771 Han ×2, '😀' U+1F600 symbol`.
func (d Dropped) String() string {
	if d.Empty() {
		return "nothing"
	}
	var b strings.Builder
	if d.Chars > 0 {
		if d.Chars == 1 {
			b.WriteString("1 character: ")
		} else {
			fmt.Fprintf(&b, "%d characters: ", d.Chars)
		}
		for i, c := range d.Distinct() {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q U+%04X %s", c.Char, c.Char, CharClass(c.Char))
			if c.Count > 1 {
				fmt.Fprintf(&b, " ×%d", c.Count)
			}
		}
		if d.Others > 0 {
			fmt.Fprintf(&b, " and %d more", d.Others)
		}
	}
	if d.CutBytes > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "the last %d bytes of %d word(s) longer than %d bytes", d.CutBytes, d.CutTokens, maxTokenBytes)
	}
	return b.String()
}

// CharClass names what kind of character r is, for messages: its script ("Han", "Arabic",
// "Cyrillic") when it has one, else its general category ("symbol", "punctuation", ...).
func CharClass(r rune) string {
	for name, tab := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(tab, r) {
			return name
		}
	}
	switch {
	case unicode.IsSymbol(r):
		return "symbol"
	case unicode.IsPunct(r):
		return "punctuation"
	case unicode.IsNumber(r):
		return "number"
	case unicode.IsMark(r):
		return "mark"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsSpace(r):
		return "space"
	case unicode.Is(unicode.Co, r):
		return "private use"
	}
	return "character"
}

// Unspeakable reports what the normalizer cannot speak in s, plain text as Normalize reads it
// (markup tags would be read as text: pass the text of the spans instead). It strips control
// characters first, as the engine does, and normalizes all of s, so it costs about as much as
// Normalize. Edges call it to warn before synthesis; the engine reports the same in its Summary.
func Unspeakable(s string) Dropped {
	var d Dropped
	s, _ = StripControls(s)
	n := newNormalizer(Options{Dropped: &d})
	for _, sp := range SentenceSpans(s) {
		n.sentence(sp.Raw(s))
	}
	return d
}

// NewDropped rebuilds a Dropped from its parts, as received from elsewhere (a server's summary):
// distinct characters with their counts (at most MaxDroppedChars are kept; the rest count as
// others), occurrences of further characters, and the cut bytes of over-long words.
func NewDropped(distinct []DroppedChar, others, cutBytes, cutTokens int) Dropped {
	var d Dropped
	for _, c := range distinct {
		d.chars(c.Char, c.Count)
	}
	d.Chars += others
	d.Others += others
	d.CutBytes, d.CutTokens = cutBytes, cutTokens
	return d
}
