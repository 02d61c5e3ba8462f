package text

import "testing"

// TestReadings31 checks testdata/readings31.tsv: round thirty-one's probe sentences for the
// classes held-out set 29's dev half missed and further classes found by probing its registers,
// each written before its reader was changed, with cases where the reading must not apply, read
// exactly as written there, with the lexicon as the engine reads.
func TestReadings31(t *testing.T) {
	checkReadings(t, "testdata/readings31.tsv", 109)
}
