package synth

// Where a stream's text may be cut: the sentences of a prefix that no text after it can change.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/text"
)

// The splitter (text.SentenceSpans) decides whether a terminator ends a sentence by the word
// after it ("Dr. Lee" goes on, "Dr. The" may not), by a blank line after it (a paragraph) and by
// a bullet on the next line. A sentence of a prefix is complete when every way the text could go
// on gives the same split up to it. These continuations stand for those ways: a capitalized word
// a name follows an abbreviation with ("Lee"), a sentence opener ("The"), a digit ("No. 14"), a
// time zone ("5 p.m. EST"), a compass point ("Elm Ave. NW"), a blank line, a new line; when the
// text ends inside a word, the word going on with a letter or a digit too. A lower-case word is
// not among them: after a sentence end followed by a space, the next word is taken to start a
// new sentence (the splitter does not split before a lower-case word, so "Hello there. and"
// would have been one sentence; such text is spoken sentence by sentence as it was cut).
var (
	afterSpace = []string{"The x", "Lee x", "14 x", "EST x", "NW x", "\nThe x", "\n- x"}
	afterText  = []string{" The x", " Lee x", " 14 x", " EST x", " NW x", "\n\nThe x", "\n- x", "q x", "0 x"}
)

// completePrefix returns the length of the longest prefix of s made of complete sentences, cut
// where the next sentence starts (so the space and any blank line after the last sentence are
// in the prefix, as the splitter sees them). It is 0 when no sentence is complete yet.
func completePrefix(s string) int {
	if strings.TrimSpace(s) == "" {
		return 0
	}
	probes := afterText
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		probes = afterSpace
	}
	var common []text.SentenceSpan
	all := make([][]text.SentenceSpan, len(probes))
	for k, p := range probes {
		spans := text.SentenceSpans(s + p)
		all[k] = spans
		// The sentences wholly in s with another sentence after them.
		n := 0
		for n+1 < len(spans) && spans[n].End <= len(s) {
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
	next := len(s)
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
