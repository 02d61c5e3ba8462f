package text

import "testing"

// TestReadings42 checks testdata/readings42.tsv: round forty-two's probe sentences for held38's
// dev misses (astronomical catalogue numbers, unsayable file extensions) and the classes probes
// in held38's registers found (molar M, UT after a whole hour, newtons and joules, units with a
// caret, sig figs, school districts' hosts, astronomers' units), each written before its reader,
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings42(t *testing.T) {
	checkReadings(t, "testdata/readings42.tsv", 60)
}
