package text

import "testing"

// TestReadings27 checks testdata/readings27.tsv: round twenty-seven's probe sentences for the
// classes held-out set 25's dev half missed and for those further probes in the set's registers
// found, each written before its reader was changed, with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings27(t *testing.T) {
	checkReadings(t, "testdata/readings27.tsv", 20)
}
