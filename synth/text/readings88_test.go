package text

import "testing"

// TestReadings88 checks testdata/readings88.tsv: round eighty-eight's probe sentences for the
// classes held-out set 67's dev half missed in clinical and care notes (pt the patient, a lab
// value's flag, clinical scales' scores, x times in an order, a blood pressure after a sign, a
// range of 24-hour times, a university's initials before .edu, emoji of the body and its aids,
// a note's slashed shorthand), each written before its reader, with cases where the reading
// must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings88(t *testing.T) {
	checkReadings(t, "testdata/readings88.tsv", 60)
}

// round88Seeds are round eighty-eight's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: pt and its near misses, flags, scores,
// x before counts, signs before pressures, ranges of times, slashed shorthand.
var round88Seeds = []string{
	"Pt states", "the pt.", "the pt's", "all pts on", "14 pt type", "Pt. Reyes", "Pt 2", "pt", "Pt", "pts'", "pt’s x",
	"5.9 mEq/L (H),", "1.9 mg/dL (H)", "88 (L).", "8.1 g/dL L,", "(L) knee", "2 L,", "(H)", "H", "L", "x/y (H)",
	"GCS 15/15", "GCS was 9/15", "MMSE 24/30", "Apgars 8/9", "Apgar scores 7/9", "Pain 3/10 today, was 8/10", "on 9/10", "99/99", "GCS 16/15", "Apgars 11/9",
	"push x 1 now", "q2h x 3, then", "x 10d", "x 1d", "x 0d", "x 99d", "A&O x3", "A&O x9", "x", "x 2 doses", "3 x 4", "x 12345",
	"BP <130/80", "blood pressure ≥180/110", "<3/4", ">110/70 BP", "≤", "<1/2 bp", "<999/80 bp",
	"hours 1100–2000", "open 1000-2100 weekdays", "1100–1250", "2500–2600 daily", "hours 11a0–2000", "hours 1100–20000",
	"c/o nausea", "C/o sharp", "c/o Dr.", "it c/o the", "s/p", "S/P", "h/o", "f/u", "N/V", "n/v", "c/",
	"mychart.ohsu.edu", "tamu.edu/forms", "duke.edu", "ohsu.edux", "OHSU.edu",
}
