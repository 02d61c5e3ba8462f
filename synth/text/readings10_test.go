package text

import "testing"

// TestReadings10 checks testdata/readings10.tsv: the round-ten readers of issue 18 (public
// service numbers, records after an adverb or a verb of moving, subscript digits, moles, points
// in capitals, chat abbreviations, Indian Standard Time), each with cases where the reading
// must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings10(t *testing.T) {
	checkReadings(t, "testdata/readings10.tsv", 80)
}
