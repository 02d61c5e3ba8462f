package text

import "testing"

// TestReadings54 checks testdata/readings54.tsv: round fifty-four's probe sentences for the
// classes of misreading found by reading real text nobody wrote for a test in court opinions
// and dockets, bills and statutes, agency notices, election results and budgets, police and
// fire department releases and public-health notices, each written before its reader, with
// cases where the reading must not apply, read exactly as written there, with the lexicon as
// the engine reads.
func TestReadings54(t *testing.T) {
	checkReadings(t, "testdata/readings54.tsv", 24)
}

// round54Seeds are round fifty-four's fuzz seeds (readerSeeds appends them): capital NO. before
// numbers, section numbers joined by a hyphen, statute citations and circuits, with near misses.
var round54Seeds = []string{
	"Bill NO. 218", "NO. 7", "NO.", "NO. X", "NO 5", "no. 5", "Ordinance NO. 2291", "NO. 0", "NO.. 5",
	"§ 12-415", "Section 9-9", "§ 31-1204", "§ 44-108(b)", "Sections 4-12", "§ 14-16", "§ 22-7", "§ 1-", "§ -5", "§ 12-415(b)(3)(B)", "§ 12-415(", "§ 12-415()", "§ 12-415(bb)", "§ 0-415", "§ 12-0415", "Sec. 5-10",
	"Kan. Stat. Ann. §", "Ohio Rev. Code Ann.", "Rev. Smith", "Rev.", "Stat.", "Ann.", "Colo. Rev. Stat.", "Tex. Penal Code", "10th Cir.", "(9th Cir. 2019)", "Cir.", "Oak Cir.", "1st Cir", "Kan. Stat", "Stat. Ann", "Rev. Code", "Dkt. # 28", "Dkt. No. 14", "Doc. #12", "Dkt. #", "Dkt. No.", "Dkt. No. X", "Doc. # x", "dkt. # 2",
}
