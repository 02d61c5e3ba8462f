package g2p

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

func newLex(t testing.TB) *Lexicon {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLookup(t *testing.T) {
	l := newLex(t)
	tests := []struct {
		word, pos, want string
	}{
		{"hello", "", "HH AX0 L OW1"},
		{"HELLO", "", "HH AX0 L OW1"},
		{"Hello", "", "HH AX0 L OW1"},
		{"world", "", "W ER1 L D"},
		{"aardvark", "", "AA1 R D V AA1 R K"},
		{"project", PosNoun, "P R AA1 JH EH0 K T"},
		{"project", PosVerb, "P R AX0 JH EH1 K T"},
		{"project", "", "P R AA1 JH EH0 K T"},
		{"record", PosVerb, "R AX0 K AO1 R D"},
		{"record", "x", "R EH1 K ER0 D"},
		{"a", "", "AX0"},
		{"a", PosNoun, "EY1"},
		{"caltech", "", "K AE1 L T EH1 K"},
		{"zzzz", "", "Z IY1 Z"},
		{"zywicki", "", "Z IH0 W IH1 K IY0"},
		{"does", "", "D AH1 Z"},
		{"read", "", "R IY1 D"},
		{"read", PosPast, "R EH1 D"},
		{"live", PosVerb, "L IH1 V"},
		{"live", PosAdj, "L AY1 V"},
		{"reading", "", "R IY1 D IH0 NG"},
		{"Reading", PosAlt, "R EH1 D IH0 NG"},
		{"readings", "", "R IY1 D IH0 NG Z"},
		{"putting", "", "P UH1 T IH0 NG"},
		{"lead", "", "L IY1 D"},
		{"lead", PosNoun, "L EH1 D"},
	}
	for _, tt := range tests {
		p, ok := l.Lookup(tt.word, tt.pos)
		if !ok {
			t.Errorf("Lookup(%q, %q): not found", tt.word, tt.pos)
			continue
		}
		if got := p.String(); got != tt.want {
			t.Errorf("Lookup(%q, %q) = %s, want %s", tt.word, tt.pos, got, tt.want)
		}
	}
	for _, w := range []string{"", "blorfingly", "isn't", "hello world", strings.Repeat("a", 100), "naïve"} {
		if p, ok := l.Lookup(w, ""); ok {
			t.Errorf("Lookup(%q) = %s, want not found", w, p)
		}
	}
}

// TestHasAgreesWithLookup asks Has and Lookup about found and missing words, in other cases,
// with spaces, too long, the hand-written homographs and a user's words: Has answers what
// Lookup's ok does.
func TestHasAgreesWithLookup(t *testing.T) {
	base := newLex(t)
	user := base.With(map[string]phone.Pron{"Chorusy": mustPronT(t, "K AO1 R AX0 S IY0"), "new york": mustPronT(t, "N UW1 Y AO1 R K")})
	words := []string{"hello", "HELLO", " Hello ", "read", "Reading", "a", "zywicki", "zzzz", "the", "whitehouse",
		"", " ", "blorfingly", "isn't", "hello world", "new york", "New York", "naïve", "chorusy", "CHORUSY",
		strings.Repeat("a", 63), strings.Repeat("a", 64), strings.Repeat("a", 2000), "qqqq", "lead", "wound"}
	for w := range homographTable {
		words = append(words, w, strings.ToUpper(w))
	}
	// A lexicon without its file answers from the homograph table and the user's words alone.
	for _, l := range []*Lexicon{base, user, {}, {over: user.over}} {
		for _, w := range words {
			for range 2 { // the second ask is answered from the reader's table
				if _, want := l.Lookup(w, ""); l.Has(w) != want {
					t.Errorf("Has(%q) = %v, Lookup's ok %v (overrides %d)", w, !want, want, len(l.over))
				}
			}
		}
	}
	if !user.Has("chorusy") || base.Has("chorusy") {
		t.Error("a user's word: Has should find it with the user's lexicon only")
	}
}

func mustPronT(t *testing.T, s string) phone.Pron {
	t.Helper()
	p, err := phone.ParsePron(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLookupReturnsCopies(t *testing.T) {
	l := newLex(t)
	p, ok := l.Lookup("read", "")
	if !ok {
		t.Fatal(`Lookup("read"): not found`)
	}
	p[0].Phones[0] = phone.Z
	if q, ok := l.Lookup("read", ""); !ok || q.String() != "R IY1 D" {
		t.Fatalf("mutating a result changed the table: %s", q)
	}
}

func TestPronounce(t *testing.T) {
	l := newLex(t)
	tests := []struct {
		word, pos, want string
	}{
		{"hello", "", "HH AX0 L OW1"},
		{"John's", "", "JH AA1 N Z"},
		{"cat's", "", "K AE1 T S"},
		{"boss's", "", "B AA1 S IH0 Z"},
		{"isn't", "", "IH1 Z AX0 N T"},
		{"we'll", "", "W IY1 L"},
		{"it’s", "", "IH1 T S"},
		{"the", "", "DH AX0"},
		{"café", "", "K AX0 F EY1"},
	}
	for _, tt := range tests {
		if got := l.Pronounce(tt.word, tt.pos).String(); got != tt.want {
			t.Errorf("Pronounce(%q, %q) = %s, want %s", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestPronounceNeverEmpty(t *testing.T) {
	l := newLex(t)
	for _, w := range []string{"x", "qwrtp", "zzzz", "hmm", "brrr", "aaaaaa", "y", "mp3", "e", "ŋ", "Ωmega", "東京", strings.Repeat("ab", 10000)} {
		p := l.Pronounce(w, "")
		if len(p) == 0 {
			t.Errorf("Pronounce(%q) is empty", w)
		}
		for _, s := range p {
			if len(s.Phones) == 0 {
				t.Errorf("Pronounce(%q) has an empty syllable: %v", w, p)
			}
		}
	}
	for _, w := range []string{"", "123", "--", "'''"} {
		if p := l.Pronounce(w, ""); len(p) != 0 {
			t.Errorf("Pronounce(%q) = %s, want empty (no letters)", w, p)
		}
	}
}
