package text

import "testing"

// TestReadings4 checks testdata/readings4.tsv: the round-four readers of issue 18 (compass
// letters in addresses, three-part records, ranges with signs, device figures with a slash,
// service codes, model words, product names, agency initials, file names with underscores,
// more zone names), each read exactly as written there, with the lexicon as the engine reads.
func TestReadings4(t *testing.T) {
	checkReadings(t, "testdata/readings4.tsv", 35)
}
