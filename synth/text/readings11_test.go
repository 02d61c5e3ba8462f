package text

import "testing"

// TestReadings11 checks testdata/readings11.tsv: the round-eleven readers of issue 18, each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings11(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/readings11.tsv")
	for _, m := range misses {
		t.Error(m)
	}
	if n < 40 {
		t.Fatalf("only %d cases", n)
	}
}
