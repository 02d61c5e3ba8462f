package text

import "testing"

// TestReadings81 checks testdata/readings81.tsv: round eighty-one's probe sentences for the
// classes held-out set 63's dev half missed in weather, climate and outdoors sources (campsite,
// forest road and forecast zone numbers, a trail's round trip, TAF, info in run-together names,
// a skier's POW, k thousand before a length unit, weather tags, newer emoji, compass points
// after a storm's movement and before aspects, fractions before units near cricket's words,
// ranges with inch and foot marks), each written before its reader, with cases where the
// reading must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings81(t *testing.T) {
	checkReadings(t, "testdata/readings81.tsv", 70)
}
