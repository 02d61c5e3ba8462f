package synth_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Custom pronunciations of several words, read in whole sentences: the longest phrase starting
// at a word wins, overlapping phrases go to the one that starts first, case does not count, and
// punctuation between the words of a phrase does not stop it (the words are read as spoken, and
// a comma stays a break after the phrase).
func TestPhrasesInSentences(t *testing.T) {
	pron := func(s string) phone.Pron {
		p, err := phone.ParsePron(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	lex := map[string]phone.Pron{
		"new york":      pron("N UW1 Y AO1 R K"),
		"new york city": pron("N Y UW1 S IH1 T IY0"),
		"york city":     pron("Y AO1 R K S IY1"),
		"chorus line":   pron("K AO1 R AX0 S L AY1 N"),
		"city hall":     pron("S IH1 T IY0 HH AO1 L"),
	}
	tests := []struct{ text, want string }{
		{"I love New York City.", "i love [new york city]"},
		{"I love New York.", "i love [new york]"},
		{"Old York City.", "old [york city]"},
		{"New York City Hall.", "[new york city] hall"},
		{"The city hall of York City.", "the [city hall] of [york city]"},
		{"CHORUS line sings.", "[chorus line] sings"},
		{"New York, City!", "[new york city]"},
		{"New. York City.", "new | [york city]"},     // a sentence end is never crossed
		{"Chorus; line ends.", "[chorus line] ends"}, // as the words are read: a clause break does not stop a phrase
	}
	e := engine(t)
	for _, tc := range tests {
		as, err := e.Analyze(context.Background(), tc.text, lex)
		if err != nil {
			t.Fatal(err)
		}
		var sents []string
		for _, a := range as {
			var ws []string
			for _, w := range a.Words {
				s := w.Text
				if p, ok := lex[w.Text]; ok && w.Pron.String() == p.String() {
					s = "[" + s + "]"
				}
				ws = append(ws, s)
			}
			sents = append(sents, strings.Join(ws, " "))
		}
		if got := strings.Join(sents, " | "); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
