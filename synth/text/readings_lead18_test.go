package text

import "testing"

// TestReadingsLead18 checks testdata/readings-lead18.tsv: apt, ste and bldg read as units only
// before what they number (a sentence's last "apt." is the adjective); St before a direction
// written out is a street; a one-letter direction after a street's name is said as the
// direction; with cases that must read as before.
func TestReadingsLead18(t *testing.T) {
	checkReadings(t, "testdata/readings-lead18.tsv", 15)
}
