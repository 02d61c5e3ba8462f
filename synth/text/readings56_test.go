package text

import "testing"

// TestReadings56 checks testdata/readings56.tsv: round fifty-six's probe sentences for the
// classes of misreading found by reading excerpts of public issue threads nobody wrote for a
// test (health and fitness apps, weather, calendars and time zones, maps, music and podcast
// players, e-readers, locale formats), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings56(t *testing.T) {
	checkReadings(t, "testdata/readings56.tsv", 30)
}

// round56Seeds are round fifty-six's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: typed long arrows, eg. and ie., and
// clock times at hour zero, with near misses of each.
var round56Seeds = []string{
	"-->", "--->", "a-->b", "<-->", "<!--", "-- >", "-->-->", "--->x", "==>", "==>>", "===>", "a ==> b", "-->.", "(-->)",
	"eg.", "Eg.", "eg,", "ie.", "Ie.", "ie,", "EG.", "IE.", "eg", "ie", "egg.", "e.g.", "i.e.", "eg. 978", "ie. the",
	"00:30 AM", "00:00 AM", "0:45 AM", "00:15 am", "00:00", "00:05 a.m.", "00:60 AM", "000:30 AM", "0:0 AM", "12:00 AM", "00:30 PM",
}
