package synth_test

import (
	"context"

	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
)

// The probe's case: a custom pronunciation of a 300-word phrase (the engine takes one; the
// server allows 16 words), over 256 KiB of text. Before the trie, every word position tried
// every length of the phrase, joining the words each time: 27 s and 59 s for the two cases
// below, against 0.2 s and 1.1 s since (one core of a 2-CPU runner).
func benchmarkPhrase(b *testing.B, phrase, text string) {
	e := engine(b)
	pr, err := phone.ParsePron("HH AH0")
	if err != nil {
		b.Fatal(err)
	}
	lex := map[string]phone.Pron{phrase: pr}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := e.Analyze(context.Background(), text, lex); err != nil {
			b.Fatal(err)
		}
	}
}

// longText is prose cut to the request limit.
func longText(unit string) string {
	t := strings.Repeat(unit, synth.MaxTextBytes/len(unit)+1)
	return t[:strings.LastIndexByte(t[:synth.MaxTextBytes], ' ')]
}

// BenchmarkPhraseProse: a 300-word phrase that never matches, over ordinary prose.
func BenchmarkPhraseProse(b *testing.B) {
	benchmarkPhrase(b, strings.TrimSpace(strings.Repeat("alpha beta gamma ", 100)),
		longText("The quick brown fox jumps over the lazy dog near the river bank "))
}

// BenchmarkPhraseAdversarial: the worst case for matching, a phrase of 299 "a" and a "b" over
// text of "a" only: at every word the phrase matches as far as the sentence allows.
func BenchmarkPhraseAdversarial(b *testing.B) {
	benchmarkPhrase(b, strings.Repeat("a ", 299)+"b", longText("a "))
}

// BenchmarkPhraseNone is BenchmarkPhraseAdversarial's text without custom pronunciations: the
// rest of the front end's cost, for comparison.
func BenchmarkPhraseNone(b *testing.B) {
	e := engine(b)
	text := longText("a ")
	for b.Loop() {
		if _, err := e.Analyze(context.Background(), text, nil); err != nil {
			b.Fatal(err)
		}
	}
}
