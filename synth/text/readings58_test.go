package text

import "testing"

// TestReadings58 checks testdata/readings58.tsv: round fifty-eight's probe sentences for the
// classes of misreading held46's dev half (farming and agriculture text) and the probes of its
// sources found, each written before its reader, with cases where the reading must not apply,
// read exactly as written there, with the lexicon as the engine reads.
func TestReadings58(t *testing.T) {
	checkReadings(t, "testdata/readings58.tsv", 59)
}
