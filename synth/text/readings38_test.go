package text

import "testing"

// TestReadings38 checks testdata/readings38.tsv: round thirty-eight's probe sentences for the
// classes of misreading found by reading real web text nobody wrote for a test (plural marks in
// brackets, UTC offsets with a hyphen, quoted clock times, citation marks after punctuation,
// double primes, a plus after a unit, storm advisories' hours, decimal degrees, a ring for the
// degree sign, mm Hg, shooting lines, numbers in emphasis, typed arrows; and a second batch: km/h in
// capitals, sq. after per, lap times, a team's record after a clause of a win), each written before
// its reader, with cases where the reading must not apply, read exactly as written there, with
// the lexicon as the engine reads.
func TestReadings38(t *testing.T) {
	checkReadings(t, "testdata/readings38.tsv", 90)
}
