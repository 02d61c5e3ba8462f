package text

import "testing"

// TestReadings29 checks testdata/readings29.tsv: round twenty-nine's probe sentences for host
// labels and path segments run together that the segmenter cut wrongly, written before its
// scoring was changed, with hosts and paths that must not move, read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings29(t *testing.T) {
	checkReadings(t, "testdata/readings29.tsv", 20)
}
