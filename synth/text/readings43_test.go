package text

import "testing"

// TestReadings43 checks testdata/readings43.tsv: round forty-three's probe sentences for the
// classes held39's dev half missed (a proposal's number after its series' acronym, a mailbox or
// a run-together name not cut inside a short syllable before an inflection, words of the web the
// lexicon lacks as pieces of a name, an institution's initials the lexicon lists, another, any
// and no before a sum used as an adjective), each written before its reader, with cases where
// the reading must not apply, read exactly as written there, with the lexicon as the engine
// reads.
func TestReadings43(t *testing.T) {
	checkReadings(t, "testdata/readings43.tsv", 106)
}
