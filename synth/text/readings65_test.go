package text

import "testing"

// TestReadings65 checks testdata/readings65.tsv: round sixty-five's probe sentences for classes
// of misreading earlier rounds noticed and left (a docket's type in capitals, standards' numbers,
// phone numbers set apart by spaces, colour temperatures, ranges of spaced units, payment
// terms…), each written before its reader, with cases where the reading must not apply, read
// exactly as written there, with the lexicon as the engine reads.
func TestReadings65(t *testing.T) {
	checkReadings(t, "testdata/readings65.tsv", 40)
}
