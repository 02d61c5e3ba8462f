package text

import "testing"

// TestReadings50 checks testdata/readings50.tsv: round fifty's probe sentences for the classes
// of held44's dev misses (words of computing the lexicon lacks inside a run-together host, a
// call to action's verb run into a name) and of misreadings its hand's probes found in the same
// registers (an esports team's record before a stage, a meridiem dashed to the next time, a
// leading-zero hour before a named zone, a build's number before a verb, video lines of cameras
// and consoles, a slash between platforms, an initialism over a lower-case o), written before
// the readers, with must-not-fire cases, read exactly as written there, with the lexicon as
// the engine reads.
func TestReadings50(t *testing.T) {
	checkReadings(t, "testdata/readings50.tsv", 55)
}

// round50Seeds are FuzzReaders seeds for round fifty's parsers (readerSeeds appends them): the
// dashed meridiem, the zone hour, the stage record, the build before a verb, the platform
// slash, the over initialism and the hosts of tech words and calls to action, with near misses
// of each shape.
var round50Seeds = []string{
	"9 PM–1 AM", "8 am-6 pm", "11:30 PM–12:15 AM", "9 PM–13 AM", "9 PM–0 AM", "PM–1", "9 pm—1:5 am", "9 am-12:60 pm", "x am-5 pm", "9 PM-", "pm–",
	"04:00 CET", "09:00 JST now", "04:30 CET", "04:00", "0a:00 PT", "04:00 XYZ",
	"NaVi are 3-0 in the Swiss stage", "T1 is 5-0 in the LCK", "Cloud9 is 2-1 in Group B", "G2 were 1-3 in", "Ages are 3-0 in the", "FaZe are 100-2 in the stage",
	"Build 26100.2314 fixes", "build 27723 adds", "build 2000 homes", "build 0123 fixes", "build 12345.",
	"PS5/Xbox", "Switch/PS4", "PC/PS5", "PS4/PS5", "HTTP/2", "PS5/", "/PS5", "PS5/Xbox/PC", "ABCDE5/Xbox",
	"PPPoE", "IPoE", "PPPoA", "PPPPPoE", "PPoEEE", "PPo", "ABoe", "PPPoE's",
	"routerlogin.com", "login.gov", "myadmin.example.org", "playvalorant.com", "shopvizio.com", "playtika.com", "visitaeiou.com", "watchxxxxx.com",
}
