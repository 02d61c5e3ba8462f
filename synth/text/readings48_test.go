package text

import "testing"

// TestReadings48 checks testdata/readings48.tsv: round forty-eight's probe sentences for
// held42's dev miss (a slash between hyphened compounds) and the misses of probes in its travel
// registers (AM and PM spans with a dash, a price per two units, stateroom numbers, the 737
// MAX, pt. before a number, ref before is and a code, a currency's rate after at; a second
// batch: a route of two airport codes with a hyphen, seat 32K, a span of two slashed dates; a
// third: hyphened compounds opening with a number, RT and OW after a price),
// each batch written before its readers, with must-not-fire cases, read exactly as written
// there, with the lexicon as the engine reads.
func TestReadings48(t *testing.T) {
	checkReadings(t, "testdata/readings48.tsv", 55)
}

// round48Seeds are round forty-eight's fuzz seeds (readerSeeds), also inputs of
// TestGuardsChangeNothing: the readers' shapes and their edges.
var round48Seeds = []string{
	"Check-in/check-out", "ski-in/ski-out condos", "a-/b", "-/-", "check-in/", "/check-in", "check-in/day", "X-RAY/MRI", "in-/out-", "a-b/c-d/e-f",
	"10 AM–6 PM", "8:30 AM-4 PM", "9 PM-2 AM", "6 am–10 pm", "AM-4 PM", "10 AM-13 PM", "10 AM-4:60 PM", "10 AM-0 PM", "10 AM-4:3 PM", "10 AM-", "13 AM-4 PM", "AM–",
	"$25/person/day", "€18/adult/day", "$5/$10/$15", "$1/x/", "$1//", "$1/a/b/c/d/e", "£40/bike/day.",
	"Stateroom 8342", "stateroom is 9120", "stateroom number is 512", "1250 staterooms", "stateroom 0123", "stateroom, 8342",
	"a 737 MAX 9", "737 MAX", "MAX 9", "B737 MAX", "737, MAX",
	"pt. 3", "Pt. 2,", "1 pt. water", "pt. x", "pt. 123", "pt.",
	"ref is QX7T2P", "ref was 4471-B", "ref is 45", "ref is Mike", "ref is", "ref. is AB12",
	"GBP/EUR is at 1.17", "sterling at 1.27", "at 1.17", "euro at 1.x7", "at 1.17 GBP/EU",
	"flights JFK-NRT", "JFK-NRT", "fly JFK-NR1", "fly JFK–NRT", "fly jfk-nrt", "fly (JFK-NRT)", "fly JFKA-NRT",
	"seat is 32K", "Seats 32J and 32K", "seat 0K", "salary is 32K", "seats 1L and 2K", "and 32K", "seat, 32K",
	"3-night/4-day", "24-hour/7-day", "1-2/3-4", "1234-night/4-day", "3-/4-day", "3-night/4", "a 3-night/4-day package",
	"$349 RT", "$199 OW", "RT @x", "$ RT", "€5 OW", "$5k RT", "$5x RT", "5 RT",
	"12/20/2025–1/3/2026", "2/1/25-4/30/25", "13/20/2025-1/3/2026", "1/2-3/4", "1/1/1-1/1/1", "1/1/2025–", "0/0/00-0/0/00", "12/32/2025-1/3/2026",
}
