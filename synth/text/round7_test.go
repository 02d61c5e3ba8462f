package text

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPrefixedUnit: a composed unit is read only for a metric prefix before a base unit, and
// its words are in the spoken alphabet.
func FuzzPrefixedUnit(f *testing.F) {
	for _, s := range []string{"kDa", "µF", "μW", "MeV", "kM", "MM", "mM", "pm", "k", "", "µ", "GeVV", "nNm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		un, ok := prefixedUnit(s)
		if !ok {
			return
		}
		r, size := utf8.DecodeRuneInString(s)
		if metricPrefixes[string(r)] == "" {
			t.Fatalf("%q: read without a metric prefix", s)
		}
		if _, base := baseUnits[s[size:]]; !base {
			t.Fatalf("%q: read without a base unit after the prefix", s)
		}
		for _, w := range []string{un.sing, un.plural} {
			for _, part := range strings.Fields(w) {
				if !validWordText(part) {
					t.Fatalf("%q: bad word %q", s, part)
				}
			}
		}
	})
}

// TestMemoIsWord: the memo answers as the lexicon does, asks it once per word while the word is
// remembered, and never holds more than memoIsWordSize words.
func TestMemoIsWord(t *testing.T) {
	calls := map[string]int{}
	lex := func(s string) bool { calls[s]++; return len(s)%2 == 0 }
	memo := newNormalizer(Options{IsWord: lex}).opts.IsWord
	for range 3 {
		for _, w := range []string{"washington", "post", "wash", "ingtonpost", "a"} {
			if got, want := memo(w), len(w)%2 == 0; got != want {
				t.Fatalf("%q: memo says %v, lexicon %v", w, got, want)
			}
		}
	}
	for w, c := range calls {
		if c != 1 {
			t.Errorf("%q: lexicon asked %d times, want once", w, c)
		}
	}
	// Past the bound the table is emptied: a word asked again after that is asked anew.
	for i := range memoIsWordSize + 1 {
		memo("w" + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + strconv.Itoa(i))
	}
	memo("post")
	if calls["post"] != 2 {
		t.Errorf("after %d other words, post was asked %d times; want 2 (the table emptied once full)", memoIsWordSize+1, calls["post"])
	}
}
