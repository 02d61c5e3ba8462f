package g2p

import "testing"

// TestSaidAs: lexicon words said as two words in a row are compounds; words whose parts are
// said otherwise, or whose first or last part is unstressed in the whole, are not.
func TestSaidAs(t *testing.T) {
	lex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word  string
		parts []string
		want  bool
	}{
		{"whitehouse", []string{"white", "house"}, true},
		{"ticketmaster", []string{"ticket", "master"}, true}, // ticket's AH0 is IH0 there
		{"network", []string{"net", "work"}, true},
		{"stanford", []string{"stan", "ford"}, false},     // F ER D is not ford
		{"guardian", []string{"guard", "ian"}, false},     // ian unstressed in the whole
		{"purdue", []string{"pur", "due"}, false},         // pur unstressed in the whole (P ER0 D UW1)
		{"bamboo", []string{"bam", "boo"}, false},         // bam unstressed in the whole
		{"whitehouse", []string{"white", "horse"}, false}, // other phones
		{"whitehouse", nil, false},
		{"qqqzzz", []string{"qqq", "zzz"}, false}, // not in the lexicon
	} {
		if got := lex.SaidAs(c.word, c.parts); got != c.want {
			t.Errorf("SaidAs(%q, %q) = %v, want %v", c.word, c.parts, got, c.want)
		}
	}
}
