package text

import "testing"

// TestReadings7 checks testdata/readings7.tsv: the round-seven readers of issue 18 (flight
// levels, runway designators, Z times, codes opening with a year, inch marks before displays,
// units of sea, force, concentration and energy, a micro sign before a unit, abbreviations of
// tickets and show notes, chat, trademark signs), each with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings7(t *testing.T) {
	checkReadings(t, "testdata/readings7.tsv", 100)
}
