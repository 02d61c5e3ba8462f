package text

import "testing"

// TestReadings15 checks testdata/readings15.tsv: the round-fifteen defaults and cue sets of
// issue 18, each with cases where the reading must not apply, read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings15(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/readings15.tsv")
	for _, m := range misses {
		t.Error(m)
	}
	if n < 100 {
		t.Fatalf("only %d cases", n)
	}
}
