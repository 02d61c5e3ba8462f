package text

import "testing"

// TestReadings44 checks testdata/readings44.tsv: round forty-four's probe sentences for the
// classes of misreading found by reading real web text nobody wrote for a test in registers
// round thirty-eight did not search (a wire's scale abbreviations after a price, a period over
// the same period, a forum post's age, the ordinal sign for the degree sign, a spaced dollar
// sign, a signed half, the curly quote for inches, a range of round hundreds, a fiscal year's
// leading zero, a House bill after HR), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings44(t *testing.T) {
	checkReadings(t, "testdata/readings44.tsv", 100)
}
