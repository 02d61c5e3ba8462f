package text

import "testing"

// TestReadingsLead84 checks testdata/readings-lead84.tsv: a four-digit number after a name or a
// place label read in pairs as an identifier, with counts, years, money and label nouns of the
// written conventions (page, table) reading as before.
func TestReadingsLead84(t *testing.T) {
	checkReadings(t, "testdata/readings-lead84.tsv", 72)
}

// lead84Seeds are the lead's round eighty-four's fuzz seeds (readerSeeds appends them).
var lead84Seeds = []string{
	"in Angell 3217 on", "Precinct 1207", "precinct 2240", "roll 4512 holds", "site 1450 feet", "Station 2005",
	"Results: Smith 1207, Jones 1105", "Dow Sheds 1207 Points", "Office 2007", "Base Camp (5364)", "Badge 4471",
	"Only 1207 left", "at Dispatch 4410", "the Kestrel 5700", "Reel 0000", "Ward 9999 x",
}
