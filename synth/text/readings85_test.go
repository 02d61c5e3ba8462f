package text

import "testing"

// TestReadings85 checks testdata/readings85.tsv: round eighty-five's probe sentences for the
// classes held64's dev half missed in cars and vehicles text and those its probes found, each
// written before its reader, with cases where the reading must not apply, read exactly as
// written there, with the lexicon as the engine reads.
func TestReadings85(t *testing.T) {
	checkReadings(t, "testdata/readings85.tsv", 30)
}

// round85Seeds are round eighty-five's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: trouble codes, oil grades,
// refrigerants, tires' service descriptions and flotation sizes, a transfer case's ranges and
// credit's terms, with near misses of each.
var round85Seeds = []string{
	"code P0420", "code P0300", "code U0100", "code C0035", "code C0005", "code P0000", "code B1318", "code P9999", "code P042", "code P04200", "P0420",
	"5W-30", "0W-20", "75W-140", "5w30", "10W-", "W-30", "05W-30", "10W-31", "45W-65W", "5W-3000", "100W-30",
	"R-1234yf", "R-134a", "R-410A", "R134a", "R-407C", "R-40C", "R-22 freon", "R-", "R-0134a", "R-12345yf", "R-134abc", "Rx", "R-22",
	"275/55R20 113T", "LT245/75R16 120/116R", "225/45R17 94W", "275/55R20 113", "275/55R20 1130T", "275/55R20 013T", "x/R20 113T", "275/55R20 /116R", "275/55R20 120/T",
	"35x12.50R20", "35x12.5R20", "35x02.50R20", "35x12.05R20", "35x12.50R2", "35x12.50X20", "3x12.50R20",
	"shift to 4H", "shift to 4L of", "4Lo shift", "2H", "4LX", "4x4 in 4L",
	"48 mo. OAC", "OAC.", "lease WAC", "OAC", "WAC",
}
