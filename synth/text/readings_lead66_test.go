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
	"a 10-year, $500 million contract", "a four-year, $1.2 billion plan", "a -year, $5 deal", "a 10-, $5 deal", "a 1000-year, $5 deal",
	"U.S. v. Bankman-Fried", "v. A-", "v. -B", "22-cr-673", "22-cv-04512", "2-cr-673", "22-xx-673", "22-cr-67", "22-cr-6731234", "22-cr-",
	"court No. 23-719", "court No. 02-719", "court No. 23-71", "court No. 23-71999", "No. 23-719",
	"the S&P 500's gain", "Route 66's", "Boeing 737’s", "In 1990's", "the 1990's", "AT&T 5's", "&P 5's", "S& 5's", "X 12345's", "X 's", "X 0's",
	"1½¢", "6¾¢", "½¢", "1¢", "1x½¢", "1.5½¢", "¢",
	"2× AA", "1x Ethernet", "2x USB-A", "2x M2", "14x EBITDA", "0x AA", "100x AA", "2×", "x AA", "port: 8080", "port: 080", "port: 123456", "port=8080", "PORT=443", "port=", "port=0", "port=8080x",
	"under-$10 menu", "sub-$1B fund", "2-for-$5 deal", "10-$20", "Kids-$5,", "x-$", "x-$y", "x-$5Q", "-$5", "x-$-5", "over-£50 orders",
	"1 pt. of cream", "2 pt whole milk", "11 pt type", "7 pts", "10-pt lead", "3.5-pt", "-pt", "x-pt", "1.2.3-pt", "between 39 - 73 mph", "between 10 am - 2 pm", "between - 5", "66 Ma ago", "ago",
	".tar.bz2", ".bz2", ".mp3", ".tar.xz", ".tar.", "..", ".x.bz2", ".U.S.",
	"closes early Fri", "closed Mon", "Sat mornings", "the Sun", "Wed late", "early Tues.",
	"Delta 1184 sat on the tarmac", "United 328 diverted", "Delta 1184 residents", "Delta 01184 flight", "Delta 12345 flight",
	"2x 8GB DDR4", "2× 16GB", "2x 0GB", "2x GB", "2x 8GBs", "512Kbps",
	"4K/60p", "6K/30p", "1080/60i", "720/50p", "4K/61p", "0K/60p", "4K/", "/60p", "1080/60", "12K/120p", "123K/60p", "4k/240p",
}
