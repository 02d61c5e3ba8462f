package text

import "testing"

// TestReadingsLead37 checks testdata/readings-lead37.tsv: misreadings found in real text nobody
// wrote for a test (package changelogs and READMEs), each as a class: a dotted triple with no date
// word before it is a version; a number sign before five digits or more is an identifier, digit
// by digit; an ellipsis written tight between words is a pause; rules, underlines, table borders
// and a wiki heading's equals signs are not read; an emoticon with an equals sign is dropped as
// the colon ones are; with cases that must read as before.
func TestReadingsLead37(t *testing.T) {
	checkReadings(t, "testdata/readings-lead37.tsv", 40)
}
