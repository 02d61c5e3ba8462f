package text

import "testing"

// TestReadings39 checks testdata/readings39.tsv: round thirty-nine's probe sentences for held35's
// dev miss (a blood pressure's three-digit diastolic figure) and the classes its probes found in
// the set's registers (a transit vehicle's four-digit number, a slash beside a run-together
// compound; a second batch: bill numbers, police ten-codes, directions of travel, a police
// description's race and sex, calibers, tax forms' glued letters, blk, Pub.; a third: Ord., Res.,
// Rt. and lic., ordinances' numbers, dates before an event and in a list, a direction after a
// road; a fourth: No in a vote's results, words clipped with an apostrophe, CUP before a case
// number), each written before
// its reader, with cases where the reading must not apply, and
// pins of the registers' lines read as written before the round, with the lexicon as the engine
// reads.
func TestReadings39(t *testing.T) {
	checkReadings(t, "testdata/readings39.tsv", 270)
}
