package text

import "testing"

// TestPeriodInOpenBracket checks that a period inside a bracket that closes right after it ends
// no sentence, and that a bracket holding sentences of its own still splits; and that a label
// abbreviation before a number ends none only when written as a label.
func TestPeriodInOpenBracket(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Your refund (ref. RF-22871) was issued on 2/11.", 1},
		{"Total £40 (excl. VAT) due today.", 1},
		{"The stadium (cap. 60,000) was full.", 1},
		{"She waved (he did not. Nobody did.) and left.", 2},
		{"He left (early). Then we ate.", 2},
		{"It ended. (Nobody cared.) We left.", 3},
		// A label abbreviation keeps its number only capitalized or opening a bracket.
		{"See Eq. 4 for the derivation.", 1},
		{"He doffed his cap. 3 people clapped.", 2},
	} {
		if got := len(SplitSentences(c.in)); got != c.want {
			t.Errorf("SplitSentences(%q): %d sentences, want %d", c.in, got, c.want)
		}
	}
}
