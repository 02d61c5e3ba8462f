package text

import "testing"

// TestReadings41 checks testdata/readings41.tsv: round forty-one's probe sentences for held37
// dev's misses (aircraft registrations, "over" as a preposition near a fraction, releases named
// by a year, run-together hosts of four words or with a doubled consonant at the cut) and the
// classes its registers showed when probed (a prime before a vessel, HP, a listing's glued
// abbreviations and fuel economy pairs, gph and gpm, tracking digits after a carrier, inches
// hyphened before a noun, tire sizes, niners; and a second batch: consumption per 100 km, NEMA
// plugs, a date before a clock time, aluminum alloys, a weekday after a zone, bias-ply tire
// sizes; and a third: a model's possessive, yr as year, a decimal ratio, airport codes around a
// route's arrow), each written before its reader, with cases where
// the reading must not apply, read exactly as written there, with the lexicon as the engine
// reads.
func TestReadings41(t *testing.T) {
	checkReadings(t, "testdata/readings41.tsv", 130)
}
