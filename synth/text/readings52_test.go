package text

import "testing"

// TestReadings52 checks testdata/readings52.tsv: round fifty-two's probe sentences for the
// classes of misreading found by reading real web text nobody wrote for a test in registers
// rounds thirty-eight and forty-four did not search (encyclopedia history and biographies,
// statutes, datasheets and standards, sports recaps, box-office reports, forums), each written
// before its reader, with cases where the reading must not apply, read exactly as written
// there, with the lexicon as the engine reads.
func TestReadings52(t *testing.T) {
	checkReadings(t, "testdata/readings52.tsv", 40)
}

// round52Seeds are round fifty-two's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file: possessives, spans of dates,
// citation marks, cued years and restated figures, with near misses of each parser.
var round52Seeds = []string{
	"2011's", "2011’s", "2010's", "0999's", "2100's", "'s", "March 3's", "March 33's", "3's", "U2's", "R2D2's", "U's", "2U's", "u2's", "AB12345678's",
	"(6 November 1931–19 November 2014)", "1 May 1931–1 May", "May 1931–19 May", "1931–", "–19", "1931–199 May", "(32 May 1931–19 June 1940)", "12 Feb. 1809-15 Apr. 1865",
	"antiquity[2] and", "siege[9][10]", "days[a]", "list[0]", "arr[1]", "word[12345]", "word[", "word[]", "word[1", "word[1][", "Word[ab]", "wordy[2]:",
	"Composed: 1808", "Founded: 0999", "since at least 1900", "at least 1900", "least 1900", "until about 1850 when", "by about 1850 people", "the 1449 Tumu Crisis", "the 1449 Tumu", "the 1449 A B C D Crisis",
	"6.1 IP struck", "0.2 innings", "0.1 IP pitcher", "10.2 innings", "6.3 innings", "6.1 scoreless innings", "6.1 scoreless", ".1 innings", "6.1", "an 8-1 run", "8-1 run", "1234-1 run", "-1 run",
	"(1-4, 1 HR, 3 RBI)", "(4-1, 1 HR)", "(1-4, 12 RBI)", "(1-4,", "3/12 break points", "12/3 shots", "0/3 shots", "3/12 break", "3/12 free throws", "1/0 shots",
	"8×4 balls", "1×6 runs", "0×4 balls", "8×5 balls", "8x4", "123×4 runs", "×4 runs", "the Thunder (50-22)", "the Sun (1-2)", "back-to-back 64s", "two 68s", "two 60s", "two 98s", "two 6s",
	"melts at 16.5 C", "melts at 20-25 C", "boils at 164 ºC", "boils at 1.2.3 C", "boils at 16.5 C.", "melts at 1234567890 C", "Section 4 C",
	"1/3 - 1/2 cup", "1/3 - 1/2 tsp", "1/3 - x cup", "1/3 – 1/2 cups", "1/0 - 1/2 cup", "1/3 - 1/2", "2 Tbs", "1 Tbs.",
	"three (3) years", "fifty dollars ($50)", "($50)", "dollars ($50)", "one hundred and fifty (150)", "hundred (100)", "and (0)", "twenty-four (24)", "twenty-ten (30)", "one thousand thousand (1000000)", "nine hundred ninety nine million (999999999)",
}
