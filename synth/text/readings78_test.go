package text

import "testing"

// TestReadings78 checks testdata/readings78.tsv: round seventy-eight's probe sentences for the
// classes held-out set 60's dev half missed (a family tree's marks before a date, pre-decimal
// money, genealogy's cousin shorthand and centimorgans, a forum's great-grandparents, initials
// said triple, × in an object's dimensions, dates after closed or open, a grave's number, a
// film's gauge, a host's name with a between words, a register's kin), each written before its
// reader, with cases where the reading must not apply, read exactly as written there, with the
// lexicon as the engine reads.
func TestReadings78(t *testing.T) {
	checkReadings(t, "testdata/readings78.tsv", 99)
}

// round78Seeds are round seventy-eight's fuzz seeds (readerSeeds appends them), kept here so other
// rounds' seed lists and this one do not meet in one file.
var round78Seeds = []string{
	"b. 1812", "d. 1870", "b. ~1745", "d. ~17", "m. Ann Cole 12 June 1764", "m. Ann", "bapt. 3 Mar. 1745", "bur. 1 Oct.", "chr. 1701", "fl. 1640s", "(r. c. 1388", "(b. 12)", "100 m. 1912", "8 fl. oz.", "abt. 1690", "bef. 999", "aft. 2100", "b. abt. 1690", "~1790", "b.", "d. 1",
	"£212 7s. 6d.", "2s. 6d.", "10s 6d", "£1 1s.", "and 10s. to", "cost 4d.", "1d.", "0s", "20s.", "12d", "£ 5 6d.", "10s", "3d model", "£5 6d",
	"3C1R", "1C2R", "2Cs", "half 1C", "2C's", "4C3R", "9C9R", "2C", "3C", "2CR", "0C", "45 cM", "45cM", "1 cM", "cM", "1.5cM",
	"ggf", "gggm", "GGF", "GGGF's", "ggf’s", "gg", "gm", "ggs", "gGf", "Ggf", "GGf", "ggggggf",
	"IIIF", "AAAS", "AAAI", "AAA", "III", "WWW",
	"Sarah, d/o Thomas", "John, s/o William", "Mary, w/o John Hale", "w/o sugar", "s/o to", "d/o", "x/o",
	"11 3/8 × 8 7/8 in.", "(H × W × D)", "L × W", "= L × W", "12 × 9 1/2 in.", "2 1/2 × 4 to", "Compute 2 1/2 × 4", "1/2 × 3", "3/8 ×", "× 7/8", "H ×", "× W",
	"closed 7/4 and 11/28", "Closed 1/1, 5/27,", "Open 12/26 from", "closed 3/4 of", "closed 13/4", "open 0/4", "closed 1/", "closed /4", "closed 12/32",
	"Grave 8234", "Plot 1417,", "grave 214", "plot 2000 feet", "Grave 0123", "crypt 1200", "plot 1417 ft",
	"on 16mm", "9.5mm and 16mm reels", "in 35mm film", "on 16 mm film", "on 8mm", "shrank 8mm film", "on 12mm film", "on mm film", "on 17.5mm film", "16mm", "on 16mm.",
	"findagrave.com", "adoptapet.com", "rentacenter.com", "sodastream.com", "#makeamericagreat", "aaa.com", "xaxa.com", "findaoak.com", "finda.com",
}
