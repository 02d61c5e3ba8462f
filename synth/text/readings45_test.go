package text

import "testing"

// TestReadings45 checks testdata/readings45.tsv: round forty-five's probe sentences for the
// classes of held33's and held29's last misses (a price per unit before a noun, a version named
// by its year, × sizing a thing, a two-letter web ending and a short run-together host, chat
// shorthand and publications' hosts) and of misreadings known at the round's start (camel-case
// esports and brand names, DAZN and space agencies, valuation multiples, device figures before a
// noun, watts before a power rating, service numbers), written before the readers, with
// must-not-fire cases, read exactly as written there, with the lexicon as the engine reads.
func TestReadings45(t *testing.T) {
	checkReadings(t, "testdata/readings45.tsv", 90)
}
