package text

import "testing"

// TestReadings56 checks testdata/readings56.tsv: round fifty-six's probe sentences for the
// classes of misreading found by reading excerpts of public issue threads nobody wrote for a
// test (health and fitness apps, weather, calendars and time zones, maps, music and podcast
// players, e-readers, locale formats), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings56(t *testing.T) {
	checkReadings(t, "testdata/readings56.tsv", 30)
}
