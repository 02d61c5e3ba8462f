package text

import "testing"

// TestReadings69 checks testdata/readings69.tsv: round sixty-nine's probe sentences for the
// classes of misreading held-out set 54's dev half found in energy and heavy industry text (a
// plant's numbered equipment, a shift's 24-hour time, a grid operator's prevailing-time zone, a
// programme's version, × in an equation), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings69(t *testing.T) {
	checkReadings(t, "testdata/readings69.tsv", 43)
}
