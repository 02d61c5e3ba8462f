package text

import "testing"

// TestReadingsLead83 checks testdata/readings-lead83.tsv: misreadings found in excerpts of
// public web pages, each taken as a class (letter grades, blood groups and credit ratings with
// their signs, versions after a name, Max. as a name, phone chips' models), with cases that must
// read as before.
func TestReadingsLead83(t *testing.T) {
	checkReadings(t, "testdata/readings-lead83.tsv", 64)
}

// lead83Seeds are the lead's round eighty-three's fuzz seeds (readerSeeds appends them).
var lead83Seeds = []string{
	"a C- on", "an A- from", "Grade B-.", "A- and B-grade", "A-, B- and C-list", "O+ blood", "O- donors", "AB- blood", "B-",
	"S&P BBB-", "AA- rating", "BB+ bonds", "CCC+ rated", "AA rating", "AB+", "O-", "A-", "-", "+",
	"Trump 2.0", "Industry 4.0 standards", "Magnitude 4.0", "The 2.0", "EUR 5.0", "Web 0.0", "X 9.0",
	"with Max.", "the M3 Max.", "4 people Max.", "Max.", "Exynos 9810", "Dimensity 9300", "Kirin 0000", "Exynos 12345",
}
