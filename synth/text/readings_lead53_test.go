package text

import "testing"

// TestReadingsLead53 checks testdata/readings-lead53.tsv: misreadings found in real text nobody
// wrote for a test (excerpts of public issue threads and web pages), each as a class: +/- glued
// to a number, bytes and bits written out, an asterisk for times or a degree, kilowatt hours in
// any case, amps in a sentence of charging, a point in a model's name, marathon times with h,
// "min./mile", races named by distance, Zulu time spans, version spans, millibars in a
// forecaster's sentence, kft; with cases that must read as before.
func TestReadingsLead53(t *testing.T) {
	checkReadings(t, "testdata/readings-lead53.tsv", 40)
}

