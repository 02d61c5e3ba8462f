package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The punctuation rules every reader of a sentence shares: the splitter, the normalizer and the
// engine's markup path all ask these, so they cannot disagree on what ends a sentence.
const (
	// sentenceFinal are the marks that end a sentence, with the full-width forms of CJK text.
	sentenceFinal = ".!?…‽。！？"
	// strongFinal end a sentence even before a lower-case word is ruled out; '.' and '…' also
	// mark abbreviations and trailing off.
	strongFinal   = "!?‽！？。"
	questionMarks = "?‽？"
	exclamations  = "!！‽"
	// minorMarks and majorMarks ask for a minor and a major phrase break inside a sentence.
	minorMarks = ",)]}、，"
	majorMarks = ";:—–；："
	// closers may follow the final mark and still belong to the sentence.
	closers = "\"'”’»)]}*_"
)

// IsSentenceFinal reports whether r is a mark that can end a sentence.
func IsSentenceFinal(r rune) bool {
	if r < utf8.RuneSelf {
		// The splitter asks this of every character: the three ASCII marks without a search of
		// sentenceFinal (speed).
		return r == '.' || r == '!' || r == '?'
	}
	return strings.ContainsRune(sentenceFinal, r)
}

// EndsSentence reports whether raw ends with sentence-final punctuation, closing quotes and
// brackets after it aside.
func EndsSentence(raw string) bool {
	s := strings.TrimRightFunc(raw, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(closers, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return IsSentenceFinal(r)
}

// TrailingBreak is the boundary the punctuation at the end of raw asks for when the sentence
// goes on after it (a piece of a sentence cut by markup): a comma or closing bracket a minor
// break, a semicolon, colon or dash a major one, anything else none.
func TrailingBreak(raw string) Break {
	s := strings.TrimRightFunc(raw, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	return postBreak(s[i+1:], false)
}

// IsWhWord reports whether w (lower case) opens a wh-question: "who", "what", "how"...
func IsWhWord(w string) bool {
	switch w {
	case "who", "what", "when", "where", "why", "which", "how", "whose", "whom":
		return true
	}
	return false
}
