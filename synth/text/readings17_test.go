package text

import "testing"

// TestReadings17 checks testdata/readings17.tsv: round seventeen's conventions settled in one
// place (clock times, toll-free numbers, underscores, ref., avg, tons) and its readers of open
// sets (abbreviations by register, a slash between items, identifiers named by a noun), each
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings17(t *testing.T) {
	checkReadings(t, "testdata/readings17.tsv", 100)
}
