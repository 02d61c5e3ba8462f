package synth

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
)

// TestReduceWeakFormsKeepsStrongWords: a word in a voice's prosody.strong_words keeps its strong
// form where the other function words are reduced, and only that word.
func TestReduceWeakFormsKeepsStrongWords(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		keep []string
		want string // "to" and "and" of "go to bed and sleep" after reduction
	}{
		{nil, "T AH0 | AH0 N D"},
		{[]string{"and"}, "T AH0 | AE1 N D"},
		{[]string{"to"}, "T UW1 | AH0 N D"},
		{[]string{"but"}, "T AH0 | AH0 N D"},
	} {
		ws := reduceWeakForms(postlexWords(t, lex, "go to bed and sleep"), tc.keep)
		if got := ws[1].Pron.CMU() + " | " + ws[3].Pron.CMU(); got != tc.want {
			t.Errorf("keep %q: %q, want %q", tc.keep, got, tc.want)
		}
	}
}

// TestSentenceInitialArticle: a voice that keeps "a" strong says a sentence's first "a" as
// [eɪ] and keeps the lexicon's [ə] for the "a" inside the sentence; other voices keep [ə] for
// both.
func TestSentenceInitialArticle(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		keep []string
		want string // the first and the fourth word of "a cup of a size"
	}{
		{nil, "AH0 | AH0"},
		{[]string{"and"}, "AH0 | AH0"},
		{[]string{"and", "a"}, "EY1 | AH0"},
	} {
		ws := reduceWeakForms(postlexWords(t, lex, "a cup of a size"), tc.keep)
		if got := ws[0].Pron.CMU() + " | " + ws[3].Pron.CMU(); got != tc.want {
			t.Errorf("keep %q: %q, want %q", tc.keep, got, tc.want)
		}
	}
}
