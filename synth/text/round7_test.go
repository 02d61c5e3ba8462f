package text

import (
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
