package text

import "testing"

// TestReadingsLead84 checks testdata/readings-lead84.tsv: a four-digit number after a name or a
// place label read in pairs as an identifier, with counts, years, money and label nouns of the
// written conventions (page, table) reading as before.
func TestReadingsLead84(t *testing.T) {
	checkReadings(t, "testdata/readings-lead84.tsv", 38)
}
