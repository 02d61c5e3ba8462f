package text

import "testing"

// TestReadings13 checks testdata/readings13.tsv: the round-thirteen readers of issue 18, each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings13(t *testing.T) {
	checkReadings(t, "testdata/readings13.tsv", 30)
}
