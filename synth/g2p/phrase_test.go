package g2p

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// phraseLex is a view with one override per key; each pronunciation names its key (a distinct
// one-phone pronunciation per key), so a match shows which key it came from.
func phraseLex(t testing.TB, keys ...string) (*Lexicon, map[string]string) {
	t.Helper()
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	phones := []string{"AA1", "AE1", "AH1", "AO1", "AW1", "AY1", "EH1", "ER1", "EY1", "IH1", "IY1", "OW1", "OY1", "UH1", "UW1"}
	over := map[string]phone.Pron{}
	name := map[string]string{} // pronunciation → key
	for i, k := range keys {
		p, err := phone.ParsePron(phones[i])
		if err != nil {
			t.Fatal(err)
		}
		over[k] = p
		name[p.String()] = normalizePhrase(k)
	}
	return base.With(over), name
}

// describe renders matches as "at+n:key".
func describe(ms []PhraseMatch, name map[string]string) string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%d+%d:%s", m.At, m.N, name[m.Pron.String()]))
	}
	return strings.Join(out, " ")
}

// MatchPhrases takes, left to right, the longest override at each position and goes on after it.
func TestMatchPhrases(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		words []string
		want  string
	}{
		{"none", []string{"new york"}, []string{"old", "york"}, ""},
		{"one word", []string{"chorus"}, []string{"the", "Chorus", "sings"}, "1+1:chorus"},
		{"longest wins", []string{"new", "new york", "new york city"}, []string{"New", "York", "City", "hall"}, "0+3:new york city"},
		{"longest wins, keys given short last", []string{"new york city", "new york", "new"}, []string{"new", "york", "city"}, "0+3:new york city"},
		{"a shorter key where the longer fails", []string{"new", "new york city"}, []string{"new", "york", "state"}, "0+1:new"},
		{"a key's prefix is not a key", []string{"a b c"}, []string{"a", "b", "d", "a", "b", "c"}, "3+3:a b c"},
		{"overlapping: the first to start wins", []string{"a b", "b c"}, []string{"a", "b", "c"}, "0+2:a b"},
		{"overlapping: the later one after a miss", []string{"a b", "b c"}, []string{"x", "b", "c"}, "1+2:b c"},
		{"overlapping: longest from the first start", []string{"a b", "a b c d", "c d e"}, []string{"a", "b", "c", "d", "e"}, "0+4:a b c d"},
		{"back to back", []string{"a b"}, []string{"a", "b", "a", "b", "a"}, "0+2:a b 2+2:a b"},
		{"case is ignored", []string{"Chorus TTS"}, []string{"CHORUS", "tts"}, "0+2:chorus tts"},
		{"accented capitals", []string{"ÉCOLE normale"}, []string{"École", "NORMALE"}, "0+2:école normale"},
		{"spaces in a key collapse", []string{"  new   york "}, []string{"new", "york"}, "0+2:new york"},
		{"a word holding a space matches as its parts", []string{"new york"}, []string{"new  york"}, "0+1:new york"},
		{"a key ending inside a word does not match", []string{"new"}, []string{"new york"}, ""},
		{"an empty word breaks a phrase", []string{"new york"}, []string{"new", "", "york"}, ""},
		{"an empty word after a match", []string{"new york"}, []string{"new", "york", ""}, "0+2:new york"},
		{"punctuation is part of the word", []string{"new york"}, []string{"new", "york,"}, ""},
		{"no words", []string{"a"}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, name := phraseLex(t, tc.keys...)
			got := l.MatchPhrases(tc.words)
			if d := describe(got, name); d != tc.want {
				t.Errorf("MatchPhrases(%q) = %q, want %q", tc.words, d, tc.want)
			}
			if d := describe(phraseOracle(l, tc.words), name); d != tc.want {
				t.Errorf("the oracle gives %q, want %q: the case is wrong", d, tc.want)
			}
		})
	}
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if got := base.MatchPhrases([]string{"new", "york"}); got != nil {
		t.Errorf("a lexicon without overrides matched %v", got)
	}
}

// The matches are copies: changing one changes nothing else.
func TestMatchPhrasesCopies(t *testing.T) {
	l, _ := phraseLex(t, "a b")
	m := l.MatchPhrases([]string{"a", "b"})
	m[0].Pron[0].Phones[0] = phone.Z
	if again := l.MatchPhrases([]string{"a", "b"}); again[0].Pron.String() != "AA1" {
		t.Errorf("a match changed the lexicon: %s", again[0].Pron)
	}
}

// phraseAt is the definition of Phrase, by brute force: try every length from the longest down,
// comparing the joined, normalized words with the keys.
func phraseAt(l *Lexicon, words []string) (int, phone.Pron) {
	for k := len(words); k >= 1; k-- {
		parts := make([]string, k)
		for j := range parts {
			parts[j] = normalizePhrase(words[j])
		}
		if p, ok := l.over[strings.Join(parts, " ")]; ok {
			return k, p
		}
	}
	return 0, nil
}

// phraseOracle is the definition of MatchPhrases: phraseAt at each position, going on after a
// match.
func phraseOracle(l *Lexicon, words []string) []PhraseMatch {
	var out []PhraseMatch
	for i := 0; i < len(words); {
		k, p := phraseAt(l, words[i:])
		if k == 0 {
			i++
			continue
		}
		out = append(out, PhraseMatch{At: i, N: k, Pron: p})
		i += k
	}
	return out
}

// MatchPhrases and Phrase agree with the brute-force definition on any words and keys.
func FuzzMatchPhrases(f *testing.F) {
	f.Add("new york|new york city|york", "I love New York City and new  york and York")
	f.Add("a b|b c|a", "a b c a b a  b c")
	f.Add("x", "")
	f.Fuzz(func(t *testing.T, keys, text string) {
		ks := strings.Split(keys, "|")
		if len(ks) > 15 {
			ks = ks[:15]
		}
		l, name := phraseLex(t, ks...)
		words := strings.Split(text, " ") // empty words and words with tabs or newlines included
		got, want := describe(l.MatchPhrases(words), name), describe(phraseOracle(l, words), name)
		if got != want {
			t.Fatalf("MatchPhrases(%q) over keys %q = %q, the definition gives %q", words, ks, got, want)
		}
		for i := range words {
			n, p, ok := l.Phrase(words[i:])
			wn, wp := phraseAt(l, words[i:])
			if n != wn || ok != (wn > 0) || p.String() != wp.String() {
				t.Fatalf("Phrase(%q) = %d %s %v, the definition gives %d %s", words[i:], n, p, ok, wn, wp)
			}
		}
	})
}

// The work of MatchPhrases is linear in the words times the longest key: each word is normalized
// once, however many phrases it could start or continue. The old search joined every prefix of
// the longest key at every word: about a quarter million strings for these 2,000 words. Counted
// in allocations, which do not depend on the machine's speed.
func TestMatchPhrasesWorkIsLinear(t *testing.T) {
	const n = 2000
	l, _ := phraseLex(t, strings.Repeat("a ", 299)+"b", "a a c")
	words := strings.Fields(strings.Repeat("A ", n))
	allocs := testing.AllocsPerRun(3, func() {
		if got := l.MatchPhrases(words); len(got) != 0 {
			t.Fatalf("matched %d phrases, want none", len(got))
		}
	})
	// normalizePhrase allocates at most three times a word (lower-casing, splitting, joining),
	// and the normalized words and their flags take two slices.
	if limit := float64(3*n + 2); allocs > limit {
		t.Errorf("%.0f allocations for %d words, more than %.0f: words are normalized more than once", allocs, n, limit)
	}
}
