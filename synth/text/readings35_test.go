package text

import "testing"

// TestReadings35 checks testdata/readings35.tsv: round thirty-five's probe sentences for the
// known misses in numbers, units and dashes (a unit before a noun it describes, sort codes,
// routes' en dashes, course numbers, go/no-go, ratings after was, itineraries, public laws,
// rooms, dozens, Gen.G, SATs), written before its readers, with cases that must not fire, read
// exactly as written there, with the lexicon as the engine reads.
func TestReadings35(t *testing.T) {
	checkReadings(t, "testdata/readings35.tsv", 92)
}
