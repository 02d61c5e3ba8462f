package text

import "testing"

// TestReadings14 checks testdata/readings14.tsv: the round-fourteen readers of issue 18, each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings14(t *testing.T) {
	checkReadings(t, "testdata/readings14.tsv", 30)
}
