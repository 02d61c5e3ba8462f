package text

import "testing"

// TestReadingsLead66 checks testdata/readings-lead66.tsv: misreadings found in news-style
// sentences of the lead's own, each as a class: a year after mid-, end-, pre- and the like, Cat.
// before a storm's category, spaced bn and mn, H1 and H2 before a year, a football match's
// minute, a resolution and frame rate joined by a slash, feet as an adjective after the; with
// cases that must read as before.
func TestReadingsLead66(t *testing.T) {
	checkReadings(t, "testdata/readings-lead66.tsv", 40)
}
