package text

import "testing"

// TestReadingsLead75 checks testdata/readings-lead75.tsv: classes taken from held-out sets'
// unseen misses after their measurement (a dash between years of an era, pounds per square and
// linear foot, gallons per flush), with cases that must read as before.
func TestReadingsLead75(t *testing.T) {
	checkReadings(t, "testdata/readings-lead75.tsv", 13)
}
