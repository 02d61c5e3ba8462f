package text

import "testing"

// TestReadings72 checks testdata/readings72.tsv: round seventy-two's probe sentences for the
// classes held-out set 57's dev half missed (family services' initials said as words, a
// schedule's weekday initials, a parenting forum's shorthand), each written before its reader,
// with cases where the reading must not apply, read exactly as written there, with the lexicon
// as the engine reads.
func TestReadings72(t *testing.T) {
	checkReadings(t, "testdata/readings72.tsv", 43)
}

// round72Seeds are round seventy-two's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: family services' initials, weekday
// initials with and without slashes, a parenting forum's shorthand, with near misses of each.
var round72Seeds = []string{
	"WIC", "WIC-approved", "NICU", "PICU's", "NIC", "WICS",
	"M/W/F", "T/Th", "Tu/Th", "M/T/W/Th/F", "M/W 9", "M/F", "T/F", "F/W", "S/M/L", "M/W/", "/M/W", "M//W", "Th/Th", "MWF 9", "TTh at", "TuTh 5", "MTWThF 8",
	"LO is", "my LO", "LO's", "LO 58", "FTM here", "other FTMs", "fellow STM", "FTM trans", "SAHM", "SAHMs", "SAHD", "SAHPs",
	"DH and I", "DH hit", "DC is", "DW says we need kids", "my MIL", "her SIL's", "6 MIL",
}
