package text

import "testing"

// TestSplitAfterDecimalWithSuffix: a period after a number with a decimal point and a suffix
// ("£3.5m.", "€1.80/L.") ends the sentence before a capital, as after any other word; a period
// that is part of an abbreviation or initials still does not.
func TestSplitAfterDecimalWithSuffix(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"The deal is worth £3.5m. Apples are cheap.", 2},
		{"Fuel is €1.80/L. Then it rose.", 2},
		{"The clip had 3.4m. Nobody expected that.", 2},
		{"He joined the U.S. Army in 1990.", 1},
		{"Sales hit 2.5 p.m. Eastern.", 1},
		{"Version 1.2.x. Next comes more.", 2},
	}
	for _, c := range cases {
		if got := SplitSentences(c.in); len(got) != c.want {
			t.Errorf("%q: %d sentences %q, want %d", c.in, len(got), got, c.want)
		}
	}
}
