package text

import "testing"

// TestReadings34 checks testdata/readings34.tsv: round thirty-four's probe sentences for the
// classes held-out set 32's dev half missed and for those further probes in its registers
// missed, each written before its reader was changed, with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings34(t *testing.T) {
	checkReadings(t, "testdata/readings34.tsv", 20)
}
