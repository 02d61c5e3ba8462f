package text

import "testing"

// TestReadings5 checks testdata/readings5.tsv: the round-five readers of issue 18 (train and
// ferry labels, three-group versions, run-together names, model names, spaced heights, lists of
// records, file types and the rest found by held-out set 5), each read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings5(t *testing.T) {
	checkReadings(t, "testdata/readings5.tsv", 40)
}
