package text

import (
	"slices"
	"testing"
)

// TestRuleCitationEndsNoSentence: a federal rule cited by its abbreviations is one sentence
// with its number (it was cut after "Fed." and "Civ."); "the Fed." before a sentence still ends.
func TestRuleCitationEndsNoSentence(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The motion was filed under Fed. R. Civ. P. 12(b)(6) last week. It failed.",
			[]string{"The motion was filed under Fed. R. Civ. P. 12(b)(6) last week.", "It failed."}},
		{"It was excluded under Fed. R. Evid. 403 on Monday.", []string{"It was excluded under Fed. R. Evid. 403 on Monday."}},
		{"See Fed. R. App. P. 4(a)(1) now.", []string{"See Fed. R. App. P. 4(a)(1) now."}},
		{"I went to the Fed. It rose.", []string{"I went to the Fed.", "It rose."}},
	} {
		if got := SplitSentences(c.in); !slices.Equal(got, c.want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
