package text

import "testing"

// TestReadings16 checks testdata/readings16.tsv: the round-sixteen defaults and cue sets of issue
// 18 (a letter after a number, a slash or a dash between items, spaced code groups, a number's
// possessive, a Greek letter after a number, aircraft bureaus, register abbreviations), each with
// cases where the reading must not apply, read exactly as written there, with the lexicon as the
// engine reads.
func TestReadings16(t *testing.T) {
	checkReadings(t, "testdata/readings16.tsv", 100)
}
