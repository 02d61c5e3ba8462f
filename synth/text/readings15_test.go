package text

import "testing"

// TestReadings15 checks testdata/readings15.tsv: the round-fifteen defaults and cue sets of
// issue 18, each with cases where the reading must not apply, read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings15(t *testing.T) {
	checkReadings(t, "testdata/readings15.tsv", 100)
}
