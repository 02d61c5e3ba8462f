// Package text normalizes raw text into spoken-form words grouped in sentences.
package text

import "strings"

// Break is the prosodic boundary after a word.
type Break uint8

// Boundaries, weakest to strongest.
const (
	NoBreak     Break = iota // inside a phrase
	Minor                    // comma-like: short pause, continuation rise
	Major                    // clause: ; : — or a long phrase
	SentenceEnd              // end of sentence
	Paragraph                // end of paragraph
)

// Kind is a sentence's type, which selects its final intonation.
type Kind uint8

// Sentence kinds.
const (
	Statement   Kind = iota // declarative fall
	YesNo                   // yes/no question: final rise
	WhQuestion              // wh-question: fall
	Exclamation             // exclamation: wide fall
)

// Word is one spoken-form word.
type Word struct {
	Text     string // lower-case spoken form: letters and inner apostrophes ("five", "don't"), or a letter name when Letter is set
	Break    Break  // boundary after this word
	POS      string // part-of-speech hint for homographs ("n", "v", "j") or ""
	Letter   bool   // spell as the name of the letter in Text ("c" -> S IY)
	Emphasis bool   // explicitly emphasized
	// Rule names the reader that produced this word from its tokens ("year", "money",
	// "time zone", "emoji", "word"...), for tracing a reading (chorus text --explain).
	Rule   string
	Source string // the input token(s) this word was read from, as written: raw[Start:End]
	// Start and End locate Source in the sentence given to NormalizeWith (in the text given to
	// Normalize, for that function): a byte range of whole tokens with their punctuation. Every
	// word read from the same tokens has the same range, so two words share a range exactly
	// when they come from the same written tokens ("1995" read as "nineteen ninety five").
	Start, End int
}

// Sentence is a sequence of words with a final intonation.
type Sentence struct {
	Words []Word
	Kind  Kind
}

// String renders the sentence's spoken form: words separated by single spaces.
func (s Sentence) String() string {
	var b strings.Builder
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}
