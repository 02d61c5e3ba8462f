package text

import "testing"

// TestReadings30 checks testdata/readings30.tsv: round thirty's probe sentences for the classes
// held-out set 28's dev half missed and further probes in its registers missed, each written
// before its reader was changed, with cases where the reading must not apply, read exactly as
// written there, with the lexicon as the engine reads.
func TestReadings30(t *testing.T) {
	checkReadings(t, "testdata/readings30.tsv", 40)
}
