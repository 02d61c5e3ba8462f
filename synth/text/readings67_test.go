package text

import "testing"

// TestReadings67 checks testdata/readings67.tsv: round sixty-seven's probe sentences for the
// classes of misreading held-out set 52's dev half found in law and legislation (a courtroom's
// number, a legal forum's shorthand, the abbreviated names of a state's codes, a section's
// number after the section sign), each written before its reader, with cases where the reading
// must not apply, read exactly as written there, with the lexicon as the engine reads.
func TestReadings67(t *testing.T) {
	checkReadings(t, "testdata/readings67.tsv", 43)
}

// round67Seeds are round sixty-seven's fuzz seeds (readerSeeds appends them), kept here so
// other rounds' seed lists and this one do not meet in one file.
var round67Seeds = []string{
	"Courtroom 1208", "courtroom 615", "Courtroom 5", "courtroom 1400 square feet", "Courtroom 0123", "Courtroom 99999",
	"NAL, but", "nal but", "NAL", "The NAL report", "IANYL", "TINLA,", "My LL won't", "our LL's", "an LL Cool J", "my LL.",
	"Cal. Civ. Code § 1942", "Cal. Civ. Proc. Code", "Tex. Prop. Code", "Mich. Comp. Laws", "N.Y. Real Prop. Law", "Cal. Bus. & Prof. Code",
	"Cal. Code Regs. tit. 25", "Pub. L. No. 117-169", "Pub. L. 116-136", "H.R. Rep. No. 118-45", "Rep. No. 0-1", "Rep. Jeffries", "Pub. Lunch", "89 Fed. Reg. 16,820", "Fed. Reg.", "The Fed. raised", "No. 117-1690", "Cal. Gov't Code", "Prof. Lee", "Gov. Hochul", "Civ.", "Code Civ.", "Cal.", "Acme Corp. said", "Prop. 13", "Our NAL,", "tit. 25", "tit.",
	"§ 1942.4", "§ 1161a", "§ 15B", "§ 235-b", "§ 47a-4", "§ 15BB", "§ 0942.4", "§ 1942.", "§ 19420.4", "$15B", "1950.5",
}
