package text

import "testing"

// TestReadingsLead83 checks testdata/readings-lead83.tsv: misreadings found in excerpts of
// public web pages, each taken as a class (letter grades, blood groups and credit ratings with
// their signs, versions after a name, Max. as a name, phone chips' models), with cases that must
// read as before.
func TestReadingsLead83(t *testing.T) {
	checkReadings(t, "testdata/readings-lead83.tsv", 44)
}
