package text

import "testing"

// TestReadingsLead21 checks testdata/readings-lead21.tsv: a four-digit number before 1900
// between a determiner and a noun naming an event or a document of a time (election, census,
// fire, revolution, charter…) is that event's year, unless a plural follows the noun (the noun
// is then a modifier of counted things: "the 1200 fire trucks"); with cases that must read as
// before.
func TestReadingsLead21(t *testing.T) {
	checkReadings(t, "testdata/readings-lead21.tsv", 15)
}
