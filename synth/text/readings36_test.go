package text

import "testing"

// TestReadings36 checks testdata/readings36.tsv: round thirty-six's probe sentences for known
// misses in web addresses (compounds, run-together names, call letters, .xyz), DOIs, legal
// citations, finance tokens, gusts and chapter timestamps, written before the readers, with
// must-not-fire cases, read exactly as written there, with the lexicon as the engine reads.
func TestReadings36(t *testing.T) {
	checkReadings(t, "testdata/readings36.tsv", 90)
}
