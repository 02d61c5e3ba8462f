package text

import "testing"

// TestReadings80 checks testdata/readings80.tsv: round eighty's probe sentences for the classes
// held-out set 62's dev half missed (a registrar's and a funder's identifiers, TeX and its
// family, the preprint servers, a university's u-host, a conference's .cc site, a course's
// number after a verb of taking it, admission tests in lower case), each written before its
// reader, with cases where the reading must not apply, read exactly as written there, with
// the lexicon as the engine reads.
func TestReadings80(t *testing.T) {
	checkReadings(t, "testdata/readings80.tsv", 57)
}

// round80Seeds are round eighty's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file: identifiers after their code words
// and in lists, award numbers, a course's number after a verb of taking it, TeX's family, the
// preprint servers, conference sites and university hosts, with near misses of each.
var round80Seeds = []string{
	"CRN 40318", "CRN: 40318", "CRNs 40318 and 40322", "CRNs 1, 40322", "CRN 4031899999999", "UIN 0", "crn 12345",
	"grant 1942153.", "award 2145678 from", "will award 1234567", "grant 125400 visas", "award 99999999999",
	"took 161 with", "failed 121 last semester", "took 101 and 102 with the prof", "took 2019 off class", "drop 340 or the class",
	"TeX", "LaTeX", "pdflatex", "XeTeX", "TeXX", "arXiv", "bioRxiv", "rxiv", "arxiv.org", "export.arxiv.org/abs/1",
	"icml.cc", "iclr.cc/Conferences/2025", "www.icml.cc", "lexer.cc", ".cc/", "a.cc/b", "icml.cc/", "ICML.cc",
	"umich.edu", "a@umass.edu", "uchicago.edu/x", "unity.edu", "u.edu", "uuuuuuuuuu.edu", "umich.com",
	"gpa", "gre", "mcat", "lsat", "gmat", "gpas",
}
