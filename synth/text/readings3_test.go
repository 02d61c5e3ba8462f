package text

import "testing"

// TestReadings3 checks testdata/readings3.tsv: the round-three readers of issue 18 (airline
// codes, W and V, versions before plurals, algebra, product names, tennis sets, web addresses),
// each read exactly as written there, with the lexicon as the engine reads.
func TestReadings3(t *testing.T) {
	checkReadings(t, "testdata/readings3.tsv", 35)
}
