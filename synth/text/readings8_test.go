package text

import "testing"

// TestReadings8 checks testdata/readings8.tsv: the round-eight readers of issue 18 (elapsed
// race times, hours with a and p, engine sizes, m for million before a count, prices over a
// unit, a lone numeral after a game title, HR in baseball), each with cases where the reading
// must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings8(t *testing.T) {
	checkReadings(t, "testdata/readings8.tsv", 100)
}
