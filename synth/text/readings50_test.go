package text

import "testing"

// TestReadings50 checks testdata/readings50.tsv: round fifty's probe sentences for the classes
// of held44's dev misses (words of computing the lexicon lacks inside a run-together host, a
// call to action's verb run into a name), written before the readers, with must-not-fire
// cases, read exactly as written there, with the lexicon as the engine reads.
func TestReadings50(t *testing.T) {
	checkReadings(t, "testdata/readings50.tsv", 20)
}

// round50Seeds are FuzzReaders seeds for round fifty's parsers (readerSeeds appends them): the
// hosts of tech words and calls to action, with near misses.
var round50Seeds = []string{
	"routerlogin.com", "login.gov", "myadmin.example.org", "playvalorant.com", "shopvizio.com", "playtika.com", "visitaeiou.com", "watchxxxxx.com",
}
