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
// credit's terms, finishing places, alignment's signs, ZIP codes in brackets, heavy-duty models,
// thousands of pounds, MPG, pieces of file names, axle ratios, arrows between quantities and
// build dates, with near misses of each.
var round85Seeds = []string{
	"code P0420", "code P0300", "code U0100", "code C0035", "code C0005", "code P0000", "code B1318", "code P9999", "code P042", "code P04200", "P0420",
	"5W-30", "0W-20", "75W-140", "5w30", "10W-", "W-30", "05W-30", "10W-31", "45W-65W", "5W-3000", "100W-30",
	"R-1234yf", "R-134a", "R-410A", "R134a", "R-407C", "R-40C", "R-22 freon", "R-", "R-0134a", "R-12345yf", "R-134abc", "Rx", "R-22",
	"275/55R20 113T", "LT245/75R16 120/116R", "225/45R17 94W", "275/55R20 113", "275/55R20 1130T", "275/55R20 013T", "x/R20 113T", "275/55R20 /116R", "275/55R20 120/T",
	"35x12.50R20", "35x12.5R20", "35x02.50R20", "35x12.05R20", "35x12.50R2", "35x12.50X20", "3x12.50R20",
	"shift to 4H", "shift to 4L of", "4Lo shift", "2H", "4LX", "4x4 in 4L",
	"48 mo. OAC", "OAC.", "lease WAC", "OAC", "WAC",
	"a 1-2 finish", "a 1-2-3 sweep", "a 1-2- finish", "a 1-0 finish", "a 1--2 finish", "a 12-3 finish",
	"camber −1.5°", "camber −", "camber −x", "toe -0.1", "a -12mm wheel offset", "camber \u2212", "camber −−1", "camber -", "camber --1",
	"in Dearborn (48126)", "in Round Rock (78664)", "(48126)", "in March (12500)", "in A B C D (12345)", "in Mesa (1234)",
	"2500HD", "3500HD", "2000HD", "0500HD", "25a0HD",
	"a 20k-lb trailer", "10K-lbs", "0k-lb", "1234k-lb", "k-lb", "20k-kg", "20k-",
	"28 MPG", "MPG", "MPGe", "120 MPGe", "28 MPGe",
	"obd_trip.csv", "trip_log.csv", "a_b.csv", "xyzw_q.csv", "OBD_trip.csv",
	"the 3.73 axle", "4.10s gears", "4.08 gears", "1.10s gears", "4.1s gears", "4.10 ratio", "9.99 gears", "4.10",
	"10%→80%", "0→100 km/h", "→5", "5→", "5→→6", "5→x", "5%→", "a→b", "1→2→3",
	"Build date is 05/19", "build date: 13/19", "built 10/19–8/21", "built 10/19–8/211", "built 10/19-08/21", "built 0/19", "production date 1/2", "built 10/19–", "built –8/21",
	"8.8 qts.", "2 qts",
}
