package text

import "testing"

// TestReadings28 checks testdata/readings28.tsv: round twenty-eight's probe sentences for the
// classes held-out set 26's dev half missed, each written before its reader was changed, with
// cases where the reading must not apply, read exactly as written there, with the lexicon as the
// engine reads.
func TestReadings28(t *testing.T) {
	checkReadings(t, "testdata/readings28.tsv", 20)
}
