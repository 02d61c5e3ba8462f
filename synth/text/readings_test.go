package text

import "testing"

// TestReadings checks testdata/readings.tsv: sentences of every issue-18 class, each read
// exactly as written there (with the lexicon as IsWord, as the engine reads).
func TestReadings(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/readings.tsv")
	for _, m := range misses {
		t.Error(m)
	}
	if n < 200 {
		t.Fatalf("only %d cases", n)
	}
}
