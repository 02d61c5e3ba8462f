package text

import "testing"

// TestReadingsLead84 checks testdata/readings-lead84.tsv: a four-digit number after a name or a
// place label read in pairs as an identifier, with counts, years, money and label nouns of the
// written conventions (page, table) reading as before.
func TestReadingsLead84(t *testing.T) {
	checkReadings(t, "testdata/readings-lead84.tsv", 76)
}

// TestSplitLead84 checks the sentence ends the lead's round eighty-four changed: a clergy's title
// written short before a name ends no sentence; "bp." after a number still may.
func TestSplitLead84(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Msgr. Kelly will celebrate the 5:30 PM Vigil Mass.", 1},
		{"Dcn. Mike Ruiz will assist. Abp. Gomez and Bp. Barron attended.", 2},
		{"The Fed cut by 25 bp. Markets rallied.", 2},
	} {
		if got := SplitSentences(tc.in); len(got) != tc.want {
			t.Errorf("%q: %d sentences %q, want %d", tc.in, len(got), got, tc.want)
		}
	}
}

// lead84Seeds are the lead's round eighty-four's fuzz seeds (readerSeeds appends them).
var lead84Seeds = []string{
	"in Angell 3217 on", "Precinct 1207", "precinct 2240", "roll 4512 holds", "site 1450 feet", "Station 2005",
	"Results: Smith 1207, Jones 1105", "Dow Sheds 1207 Points", "Office 2007", "Base Camp (5364)", "Badge 4471",
	"Only 1207 left", "at Dispatch 4410", "the Kestrel 5700", "Reel 0000", "Ward 9999 x",
	"Jer 20:7-9; Ps 63;", "1 Cor 12:3b-7, 12-13;", "Dt 8:2-3, 14b-16a;", "Sir 27:30-28:7", "Is 9:15", "Is 1:1 and Mt 2:2",
	"2 Tm 4:6-8", "1 Cor. 13:4", "Psalm 119", "Ps 0", "Ps 1000", "Gn 1:1-", "Gn 1:1a-", "Gn 1:-2", "Gn 0:1", "Gn 1:2:3",
	"Lk 1:1–2:3c", "Rom 8:1, 31b", "3 Jn 1:1", ", 14b-16a", "Msgr. Kelly", "Bp.", "Dcn. 4", "Jn 1234:5",
}
