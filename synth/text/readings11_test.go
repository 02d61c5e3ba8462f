package text

import "testing"

// TestReadings11 checks testdata/readings11.tsv: the round-eleven readers of issue 18, each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings11(t *testing.T) {
	checkReadings(t, "testdata/readings11.tsv", 40)
}
