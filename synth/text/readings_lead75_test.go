package text

import "testing"

// TestReadingsLead75 checks testdata/readings-lead75.tsv: classes taken from held-out sets'
// unseen misses after their measurement (a dash between years of an era, pounds per square and
// linear foot, gallons per flush), with cases that must read as before.
func TestReadingsLead75(t *testing.T) {
	checkReadings(t, "testdata/readings-lead75.tsv", 26)
}

// lead75Seeds are the lead's round seventy-five's fuzz seeds (readerSeeds appends them).
var lead75Seeds = []string{
	"206 BCE–220 CE", "305 BC – 282 BC", "27 BC–AD 476", "3000 BCE-1200 BCE", "AD-12", "BC-5", "4 BC-7 x", "44 BC – 12 years",
	"1 BC-", "1 BC-0 BC", "12345 BC-1 BC", "5 CE-99999 CE", "BCE–", "– AD 5", "5 BC – AD", "40 psf", "450 PLF", "1.28 GPF", "psf",
}
