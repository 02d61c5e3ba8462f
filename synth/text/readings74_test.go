package text

import "testing"

// TestReadings74 checks testdata/readings74.tsv: round seventy-four's probe sentences for
// classes that earlier rounds and held sets noticed and left (a tilde operator, an auction's lot,
// a height in feet and bare inches, a record set off by commas, a spaced quake magnitude, a
// recall's campaign number, a range of quantities from a four-digit number, an age range to
// adult, a serial number's s/n, traders' chat shorthand), each written before its reader, with
// cases where the reading must not apply, read exactly as written there, with the lexicon as
// the engine reads.
func TestReadings74(t *testing.T) {
	checkReadings(t, "testdata/readings74.tsv", 50)
}
