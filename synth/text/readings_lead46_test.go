package text

import "testing"

// TestReadingsLead46 checks testdata/readings-lead46.tsv: misreadings found in real text nobody
// wrote for a test (excerpts of public issue threads), each as a class: a spaced en dash between
// numbers, a decimal comma before a unit, a machine's temperature glued to C, durations in h, m
// and s, makers' names in capitals, a short word inside a camel-case name, a dollar sign set
// apart, a graphics card's Ti, Apple's names in lower case; with cases that must read as before.
func TestReadingsLead46(t *testing.T) {
	checkReadings(t, "testdata/readings-lead46.tsv", 60)
}
