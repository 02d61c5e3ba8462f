package text

import "testing"

// TestReadings77 checks testdata/readings77.tsv: round seventy-seven's probe sentences for the
// classes held-out set 59's dev half missed (a tariff heading's number, a trade's payment terms
// with a slash, carriers' and shippers' initials, a shipping service's route, a 24-hour time
// before a zone, CST in China, a version's four digits in pairs, an app's version, S/4HANA) and
// those probes in its registers found after (a container's size and type, shipping's units, a
// packing list's weights, a date after ETA, the Incoterms rules' letters, a port's local time,
// a voyage's number, a piece's number of a shipment, a price per metric ton, ¥ in China), each written
// before its reader, with cases where the reading must not apply, read exactly as
// written there, with the lexicon as the engine reads.
func TestReadings77(t *testing.T) {
	checkReadings(t, "testdata/readings77.tsv", 103)
}

// round77Seeds are round seventy-seven's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file: tariff codes with their
// triggers and near misses, payment terms, zones after four digits, versions, routes.
var round77Seeds = []string{
	"HS heading 8471", "HS 0901.21", "HTS 8471.30.0100", "HS 0001", "HS 9801", "HS 8471.3", "HS 8471.300", "HS 8471.30.01.99.11",
	"HS 8471..30", "HS 8471.", "subheading 8517.62", "HTS code is 6109.10.0012", "HS 8471, not 8473", "tariff code 9403 or 9401",
	"HS 1200 students", "code 8471", "heading 270", "Headings 3926 and 3924", "is 8471", "HS is 8471",
	"L/C", "L/Cs", "T/T deposit", "D/P payment", "D/A converter", "D/A terms", "the original B/L", "B/L No. 5", "(B/L)", "B/L/D",
	"Ningbo 0900 CST", "0600 PST", "2460 UTC", "0960 EST", "in 2019 EST", "1630 AKST", "0600 Z", "0600 PSTX",
	"at 9 a.m. CST", "9 a.m. CST (UTC+8)", "8 a.m. CST in Shanghai", "Chicago 8 a.m. CST", "CST",
	"version 4010", "X12 4010", "HIPAA 5010", "version 2000", "version 0100", "version 1200 users",
	"app 4.12", "app 4.75 stars", "app 4.1", "app 41.2", "app 4.1x", "plugin 0.12",
	"S/4HANA", "SAP S/4", "S/4", "S/4HANAX",
	"Hamburg–Shanghai loop", "Busan–Seattle rotation", "A–B loop", "Hamburg–Shanghai", "Michaelis–Menten", "Ham–",
	"40HC", "40'HC", "45’HCs", "20' GP", "20’ GP", "40 HC", "40'", "40'X", "41HC", "40HCX", "20OT", "53'DV", "2'HC", "40''HC",
	"8,250 KGS", "33.5 CBM", "1 cbm", "320 CTNS", "16 PLTS", "6 pkgs", "48 pcs/ctn", "pcs/", "pcs/xyz", "PCS/CTN", "pkg install",
	"G.W. 1,020 kg", "N.W.: 16 kg", "G.W. Bush", "G.W", "N.W:", "ETA 6/14", "ETD: 5/12", "ETA is now 7/3", "ETB 13/2", "ETA 6/", "ETA /6", "ETA 6/0", "is now is 6/14",
	"0800-1600 LT", "0430 LT", "14:30 LT", "AutoCAD LT", "2460 LT", "0800–1600 LT", "voy. 045W", "Voy. 1123E", "voy 12X", "voy. W", "voy. 1234567W",
	"Pallet 3/12", "carton 1/40 through 40/40", "Box 2/5", "pallet 3/4 full", "box 5/2", "box 0/2", "box 1/1", "to 40/40", "$590/mt", "$380/MT",
	"¥8,500 from Shanghai", "¥7 China", "¥18,000 Tokyo", "¥ Shanghai", "¥-5 China", "-¥5 China", "¥5 China Sony", "£5 China",
	"EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF", "DAT", "DDU",
}
