package synth

// Where a stream's text may be cut: the sentences of a prefix that no text after it can change.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/text"
)

// The splitter (text.SentenceSpans) decides whether a terminator ends a sentence by the word
// after it ("Dr. Lee" goes on, "Dr. The" may not; "5 p.m. EST" goes on), by a blank line after
// it (a paragraph) and by a bullet on the next line. A sentence of a prefix is complete when
// every way the text could go on gives the same split up to it. These continuations stand for
// those ways after white space: a capitalized word a name follows an abbreviation with ("Lee"),
// a sentence opener ("The"), a digit ("No. 14"), a time zone ("EST"), a compass point ("NW"), a
// new line, a blank line, a bullet (these three only when the white space holds a line break:
// "end. " then a blank line is taken for the same paragraph). A word being written is not known until white space ends
// it, so a text that ends inside a word is judged without it (and with it, as it stands and
// going on, so that a lower-case word keeps the sentence open). A lower-case word is not among
// the continuations after white space: after a sentence end and a space the next word is taken
// to start a new sentence (the splitter does not split before a lower-case word, so "Hello
// there. and" would have been one sentence; such text, written with a pause after the space, is
// spoken as two).
var afterSpace = []string{"The x", "Lee x", "14 x", "EST x", "NW x", "\nThe x", "\n\nThe x", "\n- x"}

// completePrefix returns the length of the longest prefix of s made of complete sentences, cut
// where the next sentence starts (so the space and any blank line after the last sentence are
// in the prefix, as the splitter sees them). It is 0 when no sentence is complete yet.
func completePrefix(s string) int {
	if strings.TrimSpace(s) == "" {
		return 0
	}
	// limit: the end of the text up to the last white space; a word after it is unfinished.
	limit := len(s)
	var texts []string
	if r, _ := utf8.DecodeLastRuneInString(s); !unicode.IsSpace(r) {
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		if i < 0 {
			return 0
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		limit = i + size
		texts = append(texts, s+" x", s+"q x")
	}
	// A line break may still come after the white space only if it holds one already, or
	// is a line break itself: after "end. " the next line is taken to go on the same paragraph.
	trail := s[len(strings.TrimRightFunc(s[:limit], unicode.IsSpace)):limit]
	newlines := limit == len(s) && strings.ContainsRune(trail, '\n')
	for _, p := range afterSpace {
		if p[0] == '\n' && !newlines {
			continue
		}
		texts = append(texts, s[:limit]+p)
	}
	var common []text.SentenceSpan
	all := make([][]text.SentenceSpan, len(texts))
	for k, t := range texts {
		spans := text.SentenceSpans(t)
		all[k] = spans
		// The sentences wholly before limit with another sentence after them.
		n := 0
		for n+1 < len(spans) && spans[n].End <= limit {
			n++
		}
		if k == 0 {
			common = spans[:n]
		} else {
			m := 0
			for m < len(common) && m < n && common[m] == spans[m] {
				m++
			}
			common = common[:m]
		}
		if len(common) == 0 {
			return 0
		}
	}
	next := limit
	for _, spans := range all {
		next = min(next, spans[len(common)].Start)
	}
	return next
}

// clauseCut returns where a run of text without a complete sentence may be cut when the wait
// policy says it must be spoken: after the last clause or sentence punctuation followed by
// space, else (when any is true) after the last space that follows a word. 0: nowhere.
func clauseCut(s string, any bool) int {
	last, lastSpace := 0, 0
	for i, r := range s {
		if !unicode.IsSpace(r) || i == 0 {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(prev) {
			continue
		}
		lastSpace = i
		if strings.ContainsRune(",;:—–.!?…)\"”’", prev) {
			last = i
		}
	}
	if last == 0 && any {
		return lastSpace
	}
	return last
}
