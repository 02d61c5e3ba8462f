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

// lead66Seeds are the lead's round sixty-six's fuzz seeds (readerSeeds appends them).
var lead66Seeds = []string{
	"mid-2025", "Mid-2024", "end-2023.", "pre-2010", "post-1945", "fall-2025", "MID-2025", "mid-4400", "mid-", "-2025", "mid-20255", "mid-0999", "mid-1990s",
	"Cat. 2 storm", "Cat. 6 cable", "the Cat-4 hurricane", "Cat-5 Ethernet", "Cat-9 storm", "Cat-", "cat. 5 minutes",
	"50 bn", "1.4 mn people", "1,200 bn", "1.2.3 bn", "x bn", "bn", "mn", "MN 55101", "5, bn",
	"in the 89' after a goal", "the 61′ goal", "the 131' goal", "the 0' goal", "the 89'' goal", "the ' goal", "the 6' trench", "every 6' along",
	"4K/60p", "6K/30p", "1080/60i", "720/50p", "4K/61p", "0K/60p", "4K/", "/60p", "1080/60", "12K/120p", "123K/60p", "4k/240p",
}
