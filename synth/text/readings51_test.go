package text

import "testing"

// TestReadings51 checks testdata/readings51.tsv: round fifty-one's probe sentences for the
// classes of held45's dev misses (a part number in a web path, chat's ty opening a clause, a
// unit symbol before a sign or a range's dash) and of misreadings its probes found in spec
// sheets, written before the readers, with must-not-fire cases, read exactly as written there,
// with the lexicon as the engine reads.
func TestReadings51(t *testing.T) {
	checkReadings(t, "testdata/readings51.tsv", 30)
}

// round51Seeds are round fifty-one's fuzz seeds (readerSeeds appends them), kept here so that
// other rounds' seeds and these do not meet in one list.
var round51Seeds = []string{
	"ti.com/product/LM317", "x.com/parts/NE555.pdf", "x.com/products/AB12345", "x.com/product/A0123", "x.com/product/ABCDE123",
	"x.com/product/LM317XYZAB", "x.com/product/lm317", "/product/LM317", "product/LM317", "x.com//LM317", "x.com/orders/AB1234",
	"a, ty Maria", "a, ty so much", "a, ty so", "ty all", "x ty everyone", "4, ty 5", "a. ty team", "a, ty MARIA", "a, ty y'all", "a, ty",
	"2.7 V ≤ VCC", "3 W < 5 W", "20 V × 3.25 A = 65 W", "12 V – 24 V", "12 V –", "12 V – x", "2 A ≤ 3 A on 12 V", "3 A.", "V ≤ 5", "-3 V ≤", "1 V < x", "3 A < 4",
	"4.5 V to 5.5 V.", "4.5 V to 5.5 W", "x V to 5.5 V", "4 V to 5.5 V", "4 V to 5.5.5 V", "Python to 3.12 V", "4 A and 5.5 A",
}
