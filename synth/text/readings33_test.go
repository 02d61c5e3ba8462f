package text

import "testing"

// TestReadings33 checks testdata/readings33.tsv: round thirty-three's probe sentences for the
// classes held-out set 31's dev half missed and for classes further probes in its registers
// found, each written before its reader was changed, with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings33(t *testing.T) {
	checkReadings(t, "testdata/readings33.tsv", 120)
}
