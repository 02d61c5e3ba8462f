package text

import "testing"

// TestReadings12 checks testdata/readings12.tsv: the round-twelve readers of issue 18, each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings12(t *testing.T) {
	checkReadings(t, "testdata/readings12.tsv", 30)
}
