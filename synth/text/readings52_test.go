package text

import "testing"

// TestReadings52 checks testdata/readings52.tsv: round fifty-two's probe sentences for the
// classes of misreading found by reading real web text nobody wrote for a test in registers
// rounds thirty-eight and forty-four did not search (encyclopedia history and biographies,
// statutes, datasheets and standards, sports recaps, box-office reports, forums), each written
// before its reader, with cases where the reading must not apply, read exactly as written
// there, with the lexicon as the engine reads.
func TestReadings52(t *testing.T) {
	checkReadings(t, "testdata/readings52.tsv", 40)
}
