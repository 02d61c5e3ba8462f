package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chunks splits s into pieces of at most max bytes, for input longer than one request may carry.
// It cuts at the best boundaries it can: between paragraphs (at blank lines), else between
// sentences (by the rules of SplitSentences, so "Dr. Lee" stays whole), else at line breaks, else
// after clause punctuation (, ; : — –), else between words, and only in a run longer than max
// without any space between characters. Pieces hold as much as fits at each level, in order,
// and are substrings of s: the whitespace at a cut is dropped, nothing else is. A piece is never
// empty or only whitespace. If s fits in max bytes it is the one piece, unchanged; "" gives none.
// A character longer than max bytes (max < 4) is a piece of its own.
func Chunks(s string, max int) []string {
	return ChunksFunc(s, max, nil)
}

// ChunksFunc is Chunks cutting only at byte offsets i where canCut(i) is true (nil allows every
// offset): i is where the next piece starts, after the whitespace dropped at the cut. Text with
// markup passes a canCut that refuses offsets inside a tag or an element. Where no allowed
// boundary exists within max bytes, the piece is cut at the last character boundary that fits.
func ChunksFunc(s string, max int, canCut func(i int) bool) []string {
	if s == "" {
		return nil
	}
	if len(s) <= max {
		return []string{s}
	}
	c := &chunker{s: s, max: max, ok: canCut}
	c.split(0, len(s), levelParagraph)
	return c.out
}

// Cut levels, best first.
const (
	levelParagraph = iota
	levelSentence
	levelLine
	levelClause
	levelWord
	levelChar
)

type chunker struct {
	s   string
	max int
	ok  func(int) bool
	out []string
}

// emit appends s[a:b] without its outer whitespace, if anything is left.
func (c *chunker) emit(a, b int) {
	if p := strings.TrimSpace(c.s[a:b]); p != "" {
		c.out = append(c.out, p)
	}
}

// fits reports whether s[a:b] without its outer whitespace fits in max bytes.
func (c *chunker) fits(a, b int) bool {
	return len(strings.TrimSpace(c.s[a:b])) <= c.max
}

// split emits s[a:b] as pieces, packing the segments between boundaries of the given level
// greedily and splitting a segment that is too long on its own at the next level.
func (c *chunker) split(a, b, level int) {
	if c.fits(a, b) {
		c.emit(a, b)
		return
	}
	if level == levelChar {
		c.splitChars(a, b)
		return
	}
	start, end := a, a // the piece being packed: s[start:end]
	for _, e := range append(c.boundaries(a, b, level), b) {
		if c.fits(start, e) {
			end = e
			continue
		}
		if end > start {
			c.emit(start, end)
			start = end
			if c.fits(start, e) {
				end = e
				continue
			}
		}
		// The segment alone is too long: cut it finer.
		c.split(start, e, level+1)
		start, end = e, e
	}
	if end > start {
		c.emit(start, end)
	}
}

// splitChars cuts s[a:b] into pieces of at most max bytes at character boundaries (allowed
// ones where there are any), without dropping anything but outer whitespace.
func (c *chunker) splitChars(a, b int) {
	for a < b {
		a += len(c.s[a:b]) - len(strings.TrimLeftFunc(c.s[a:b], unicode.IsSpace))
		if c.fits(a, b) {
			c.emit(a, b)
			return
		}
		cut := -1
		for i := a + c.max; i > a; i-- {
			if utf8.RuneStart(c.s[i]) && (c.ok == nil || c.ok(i)) {
				cut = i
				break
			}
		}
		if cut < 0 && c.ok != nil {
			for i := a + c.max; i > a; i-- {
				if utf8.RuneStart(c.s[i]) {
					cut = i
					break
				}
			}
		}
		if cut < 0 { // a character longer than max, or bytes that start no character
			_, n := utf8.DecodeRuneInString(c.s[a:b])
			cut = a + n
		}
		c.emit(a, cut)
		a = cut
	}
}

// boundaries returns the offsets in (a, b) where a piece may start at the given level, each
// after the whitespace that separates it from what precedes, in increasing order.
func (c *chunker) boundaries(a, b, level int) []int {
	s := c.s
	var out []int
	add := func(i int) {
		if i > a && i < b && (c.ok == nil || c.ok(i)) && (len(out) == 0 || out[len(out)-1] < i) {
			out = append(out, i)
		}
	}
	// skipSpace returns the end of the whitespace run starting at i.
	skipSpace := func(i int) int {
		for i < b {
			r, n := utf8.DecodeRuneInString(s[i:b])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		return i
	}
	switch level {
	case levelParagraph:
		// A blank line: a newline, optional spaces, a newline.
		for i := a; i < b; i++ {
			if s[i] != '\n' {
				continue
			}
			j := i + 1
			for j < b && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\f' || s[j] == '\v') {
				j++
			}
			if j < b && s[j] == '\n' {
				j = skipSpace(j)
				add(j)
				i = j - 1
			}
		}
	case levelSentence:
		for i := a; i < b; {
			r, n := utf8.DecodeRuneInString(s[i:b])
			if !IsSentenceFinal(r) {
				i += n
				continue
			}
			// The run of terminators and closing quotes or brackets, as SplitSentences reads it.
			j := i
			for j < b {
				r2, n2 := utf8.DecodeRuneInString(s[j:b])
				if !IsSentenceFinal(r2) && !strings.ContainsRune(closers, r2) {
					break
				}
				j += n2
			}
			k := skipSpace(j)
			switch {
			case k == b:
			case k > j && boundary(window(s, a, i, false), s[i:j], window(s, j, b, true)):
				add(k)
			case k == j && strings.ContainsAny(s[i:j], "。！？"):
				add(k) // CJK text puts no space after its full stops
			}
			i = j
		}
	case levelLine:
		for i := a; i < b; i++ {
			if s[i] == '\n' {
				add(skipSpace(i))
			}
		}
	case levelClause:
		for i := a; i < b; {
			r, n := utf8.DecodeRuneInString(s[i:b])
			i += n
			if strings.ContainsRune(",;:—–)]}、，；：", r) {
				if k := skipSpace(i); k > i || strings.ContainsRune("、，；：", r) {
					add(k)
				}
			}
		}
	case levelWord:
		for i := a; i < b; {
			r, n := utf8.DecodeRuneInString(s[i:b])
			if unicode.IsSpace(r) {
				k := skipSpace(i)
				add(k)
				i = k
				continue
			}
			i += n
		}
	}
	return out
}

// contextBytes bounds the text on either side of a terminator that boundary looks at (the word
// before it, the one before that, the word after), so that cutting a long text stays linear.
const contextBytes = 256

// window returns s[a:b], or only its first (head) or last contextBytes bytes, cut at a
// character boundary.
func window(s string, a, b int, head bool) string {
	if b-a <= contextBytes {
		return s[a:b]
	}
	if head {
		e := a + contextBytes
		for e > a && !utf8.RuneStart(s[e]) {
			e--
		}
		return s[a:e]
	}
	st := b - contextBytes
	for st < b && !utf8.RuneStart(s[st]) {
		st++
	}
	return s[st:b]
}
