package text

import "testing"

// TestReadingsLead46 checks testdata/readings-lead46.tsv: misreadings found in real text nobody
// wrote for a test (excerpts of public issue threads), each as a class: a spaced en dash between
// numbers, a decimal comma before a unit, a machine's temperature glued to C, durations in h, m
// and s, makers' names in capitals, a short word inside a camel-case name, a dollar sign set
// apart, a graphics card's Ti, Apple's names in lower case; with cases that must read as before.
func TestReadingsLead46(t *testing.T) {
	checkReadings(t, "testdata/readings-lead46.tsv", 60)
}

// TestSplitLead46 checks the sentence ends the lead's round forty-six changed: max. and min.
// before a number (maximum, minimum) end no sentence; min. after a number (minutes) and max.
// before a capitalized word still may.
func TestSplitLead46(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"You are legally OK in the EU with max. 250W and 25kmh.", 1},
		{"Use min. 10 characters here.", 1},
		{"Set it to max. 80 percent.", 1},
		{"It took 45 min. 10 of us stayed.", 2},
		{"He hit the max. Then he stopped.", 2},
	} {
		if got := SplitSentences(tc.in); len(got) != tc.want {
			t.Errorf("%q: %d sentences %q, want %d", tc.in, len(got), got, tc.want)
		}
	}
}
