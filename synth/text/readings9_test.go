package text

import "testing"

// TestReadings9 checks testdata/readings9.tsv: the round-nine readers of issue 18 ("1/2" before
// a word half forms a phrase with, short agency initials in government addresses, acronyms of
// protocols, formats and tests said as words), each with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings9(t *testing.T) {
	checkReadings(t, "testdata/readings9.tsv", 180)
}
