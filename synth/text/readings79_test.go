package text

import "testing"

// TestReadings79 checks testdata/readings79.tsv: round seventy-nine's probe sentences for the
// classes held61's dev half missed and probes in its sources' style found (a council item's
// two-digit year and number, a record before in and contests, compressed work schedules, a
// product's version, a path's and an i-host's run-together words, chat shorthand in capitals and
// a hat tip, a year before an election's plural, a spaced slash in a tally), each written before
// its reader, with cases where the reading must not apply, read exactly as written there, with
// the lexicon as the engine reads.
func TestReadings79(t *testing.T) {
	checkReadings(t, "testdata/readings79.tsv", 60)
}
