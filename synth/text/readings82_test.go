package text

import "testing"

// TestReadings82 checks testdata/readings82.tsv: round eighty-two's probe sentences for classes
// that earlier rounds and held sets noticed and left (a sign between single letters, a date after
// a be-verb with an event for subject, tax-code plans, area codes, a panel's amps, nails' pennies,
// video lines, a world's seed, a roof's pitch, identifiers with letters, on center), each written
// before its reader, with cases where the reading must not apply, read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings82(t *testing.T) {
	checkReadings(t, "testdata/readings82.tsv", 60)
}
