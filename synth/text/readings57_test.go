package text

import "testing"

// TestReadings57 checks testdata/readings57.tsv: round fifty-seven's probe sentences for the
// classes of misreading found by reading real web text nobody wrote for a test in business,
// financial, science, technology, travel and aviation news, each written before its reader,
// with cases where the reading must not apply, read exactly as written there, with the
// lexicon as the engine reads.
func TestReadings57(t *testing.T) {
	checkReadings(t, "testdata/readings57.tsv", 24)
}

// round57Seeds are round fifty-seven's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file: aircraft variants with a
// letter suffix and square or cubic units, with near misses of each.
var round57Seeds = []string{
	"a 767-300ER", "the 777-200LR", "747-8F", "a 737-800BCF", "a 757-200SF", "a 767-300", "a 767-300XYZW", "a 767-30ER", "a 067-300ER", "a 767-310ER", "a 767-0F", "70-80F", "100-200GB", "767-300ER", "-300ER", "767-ER",
	"2X-weekly", "2x-daily", "3X-Weekly", "0X-weekly", "123x-weekly", "x-weekly", "2y-weekly", "2X-weekl", "2X-", "10X", "4x4", "4x-4", "814 mm²", "600mm²", "12 in²", "3 ft³", "40 in³", "450 yd²", "1,200 mi²", "x²", "mm²", "in²", "0mm²", "12 mm²²",
}
