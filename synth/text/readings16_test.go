package text

import "testing"

// TestReadings16 checks testdata/readings16.tsv: the round-sixteen defaults and cue sets of issue
// 18 (a letter after a number, a slash or a dash between items, spaced code groups, a number's
// possessive, a Greek letter after a number, aircraft bureaus, register abbreviations), each with
// cases where the reading must not apply, read exactly as written there, with the lexicon as the
// engine reads.
func TestReadings16(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/readings16.tsv")
	for _, m := range misses {
		t.Error(m)
	}
	if n < 100 {
		t.Fatalf("only %d cases", n)
	}
}
