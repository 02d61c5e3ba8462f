package synth

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// words builds a sentence the way the front end does: the lexicon's pronunciation of each
// space-separated word, function words marked, "|" after a word for a minor break, "*" before it
// for emphasis; the last word ends the sentence.
func postlexWords(t *testing.T, lex *g2p.Lexicon, s string) []prosody.Word {
	t.Helper()
	var ws []prosody.Word
	for _, f := range strings.Fields(s) {
		w := prosody.Word{}
		if strings.HasPrefix(f, "*") {
			w.Emphasis, f = true, f[1:]
		}
		if strings.HasSuffix(f, "|") {
			w.Break, f = text.Minor, strings.TrimSuffix(f, "|")
		}
		w.Text = f
		w.Pron = lex.Pronounce(f, "")
		if len(w.Pron) == 0 {
			t.Fatalf("no pronunciation for %q", f)
		}
		w.Function = prosody.IsFunctionWord(f)
		ws = append(ws, w)
	}
	ws[len(ws)-1].Break = text.SentenceEnd
	return ws
}

func TestReduceWeakForms(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sentence, word, want string // want: the word's phones after reduction (CMU spelling)
		at                   int
	}{
		// the three: "to" before a consonant, "the" before a vowel, "and"
		{"we went to bed", "to", "T AH0", 2},
		{"we want to eat", "to", "T UW0", 2},
		{"the apple fell", "the", "DH IY0", 0},
		{"the pear fell", "the", "DH AH0", 0},
		{"the hour passed", "the", "DH IY0", 0}, // by sound, not spelling
		{"the year passed", "the", "DH AH0", 0}, // y is a consonant
		{"bread and butter", "and", "AH0 N D", 1},
		// other standard weak forms
		{"a cup of tea", "of", "AH0 V", 2},
		{"a gift for you", "for", "F ER0", 2},
		{"a note from home", "from", "F R AH0 M", 2},
		{"she was late", "was", "W AH0 Z", 1},
		{"we can go", "can", "K AH0 N", 1},
		// strong forms kept
		{"a can of soup", "can", "K AE1 N", 1}, // a noun after a determiner
		{"where are you from", "from", "F R AH1 M", 3},
		{"yes we can", "can", "K AE1 N", 2},
		{"we want to| eat", "to", "T UW1", 2}, // a break follows
		{"we went *to bed", "to", "T UW1", 2}, // emphasized
		{"salt and pepper", "and", "AH0 N D", 1},
		{"dogs and cats", "and", "AH0 N D", 1},
	} {
		ws := postlexWords(t, lex, tc.sentence)
		if ws[tc.at].Text != tc.word {
			t.Fatalf("%q: word %d is %q, not %q", tc.sentence, tc.at, ws[tc.at].Text, tc.word)
		}
		got := reduceWeakForms(ws, nil)[tc.at].Pron.CMU()
		if got != tc.want {
			t.Errorf("%q: %q reads %q, want %q", tc.sentence, tc.word, got, tc.want)
		}
	}
}

// TestReduceWeakFormsKeepsOwnPronunciations checks that a pronunciation other than the lexicon's
// strong form (a user's lexicon entry, an SSML <phoneme>) is left as it is, and that reducing
// never writes into the lexicon's own pronunciations.
func TestReduceWeakFormsKeepsOwnPronunciations(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	ws := postlexWords(t, lex, "go to bed")
	own, err := phone.ParsePron("T UW1 W")
	if err != nil {
		t.Fatal(err)
	}
	ws[1].Pron = own
	if got := reduceWeakForms(ws, nil)[1].Pron.CMU(); got != "T UW1 W" {
		t.Errorf("a user's pronunciation of to became %q", got)
	}
	ws = postlexWords(t, lex, "go to bed and sleep")
	reduceWeakForms(ws, nil)
	for _, w := range []string{"to", "and"} {
		if got := lex.Pronounce(w, ""); got[0].Stress != phone.Primary {
			t.Errorf("the lexicon's %q changed to %q after a reduction", w, got.CMU())
		}
	}
}
