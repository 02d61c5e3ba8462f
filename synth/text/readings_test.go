package text

import "testing"

// TestReadings checks testdata/readings.tsv: sentences of every issue-18 class, each read
// exactly as written there (with the lexicon as IsWord, as the engine reads).
func TestReadings(t *testing.T) {
	checkReadings(t, "testdata/readings.tsv", 200)
}
