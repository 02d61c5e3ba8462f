package text

import "testing"

// TestReadings40 checks testdata/readings40.tsv: round forty's probe sentences for held36's dev
// miss taken as a class (a host's label of initials whose stem the lexicon holds as a name) and
// probes in held36's registers (recipes, menus, grocery flyers, delivery notices, wine and beer
// reviews, food recalls), each written before its reader, with cases where the reading must not
// apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings40(t *testing.T) {
	checkReadings(t, "testdata/readings40.tsv", 50)
}
