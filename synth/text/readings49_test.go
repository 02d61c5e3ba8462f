package text

import "testing"

// TestReadings49 checks testdata/readings49.tsv: round forty-nine's probe sentences for held43
// dev's miss (three words joined by slashes) and the classes probes in held43's registers found
// (generic web endings of health, pets and sport; a range of numbered things before start or
// run; dosing intervals in days, weeks or months; dosage forms after a strength; a beginner's
// course's 101; gym chat), written before the readers, with must-not-fire cases, read exactly as
// written there, with the lexicon as the engine reads.
func TestReadings49(t *testing.T) {
	checkReadings(t, "testdata/readings49.tsv", 60)
}

// round49Seeds are round forty-nine's fuzz seeds (readerSeeds appends them), kept here so that
// other rounds' seeds and these do not meet in one list.
var round49Seeds = []string{
	"swim/bike/run", "a/b/c", "//", "x//y", "swim/bike/", "/swim/bike", "Mon/Wed/Fri", "she/her/hers", "ml/kg/min", "usr/local/bin",
	"pawsandclaws.vet", "a.vet", ".vet", "-x.vet", "x..y.vet", "x.vet/", "x.vet/a-b?c#d", "vet.Care", "1.dental", "x.yoga.",
	"Waves 1-3 start at 7", "Heats 1–3 run at", "Lanes 3-1 start at", "Bibs 1-0 run the", "Weeks 1-99999 mark the", "days 1- start at", "rows -1 run at",
	"q7d", "q0d", "q1w", "q999d", "q12mo", "q7", "qd", "q7x", "Q7d", "q7wk.", "q1mo", "q3y", "q1yr", "q0y", "qy",
	"10 mg tab", "10 mg ER tab", "mg tab", "10 tab", "10 mg DR DR caps", "tab", "x mg caps", "rly", "Rly", "RLY",
	"Nutrition 101:", "Yoga 101 meets", "101", "The 101 is", "A B C 101 is", "Puppy Training Basic Class 101 meets", "101 101 101", "Zwift 1.67 crashes on macOS", "X 1.67 app froze on", "Pump 2.31 crashed on", "May 1.67 crashes on iOS",
}
