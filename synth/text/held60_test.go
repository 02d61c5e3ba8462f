package text

import "testing"

// held60DevFloor is the exact-match share the dev half of held-out set 60 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen sections (and chorus text run on a few
// neutral sentences of the hand's own, not in the set, to learn the output format); 10 lines
// in each of the nine classes, in the registers of history, genealogy, archives and museums
// (vital records and census extracts, family-tree pages with b./d. dates, c. and r., museum
// object labels with dimensions, auction estimates and hammer prices, regnal years and eras,
// archive finding aids with box and folder numbers, genealogy software and forums); no first
// draft's input stood in an earlier table (exact-substring search over testdata).
//
// First count, before round seventy-eight changed any reader: 46/60 (76.7%) raw. Each miss was
// re-read against the written conventions; two broke one and were changed, here and in
// held60_all.tsv (corrected 48/60, 80.0%):
//   - "catalogued in MARC 21" expected mark: the library format is an acronym said as a word,
//     and Conventions' acronyms said as words are written as the acronym's letters in lower
//     case (nasa, o led), so marc, which the engine says as mark (the expectation's);
//   - "45% ± 5% RH" expected relative humidity: conservators say the letters, as round
//     nineteen's pin reads a clinical note's BP and HR (b p, h r); Abbreviations of a register
//     expand only where the register's reader does (the expectation's).
//
// The other twelve are the normalizer's:
//   - "Section 27, Grave 1143" read one thousand one hundred forty three: a grave's number in a
//     cemetery's section is a label, in pairs, as a room's;
//   - "the original 35mm nitrate", "Home movies on 8mm" read millimeters: a film's gauge names
//     the format, singular, as a news reader says eight millimeter film;
//   - "£48 10s." read tens: shillings after a sum in pounds (pre-decimal money);
//   - "11 3/8 × 8 7/8 in." and "(H × W × D)" read times: a sheet's or an object's dimensions,
//     mixed numbers or the dimension letters, are sized by;
//   - "closed 12/25 and 1/1" read twelve twenty five: a month and day after closed (and the
//     second joined by and) is a date;
//   - "Amenhotep III (r. c. 1388–1351 BCE)" read r: a family tree's or a king list's r. before
//     a date is reigned;
//   - "The IIIF Presentation API" read if: the image framework is said triple i f;
//   - "findagrave.com" read fin dag rave: a run-together name with a between two words;
//   - "a 2C1R", "a half 2C" read letters and digits: genealogy's cousin shorthand (second
//     cousin once removed);
//   - "my ggf's parents" read ggf's: a genealogy forum's great grandfather.
//
// Round seventy-eight read each miss as a class (readings78.tsv R1 a family tree's marks before
// a date, which also kept the splitter from ending a sentence after them; R2 pre-decimal money;
// R3 cousin shorthand and centimorgans; R4 a forum's great-grandparents; R5 initials said
// triple; R6 × in dimensions; R7 dates after closed or open; R8 a grave's number; R9 a film's
// gauge; R10 the article a in a host's name; R11 a register's d/o, s/o, w/o; probes written
// before the readers, with must-not-fire cases): 60/60.
const held60DevFloor = 60.0 / 60

// TestHeld60Dev scores the development half of held-out set 60 (testdata/held60_dev.tsv; the
// whole set in class order is testdata/held60_all.tsv).
func TestHeld60Dev(t *testing.T) {
	scoreHeldSet(t, "held60 dev", "testdata/held60_dev.tsv", 60, held60DevFloor)
}

// held60UnseenFloor is the exact-match share the unseen half of held-out set 60 holds at least.
//
// First count, before round seventy-eight changed any reader: 19/30 (63.3%; only the count was
// read: a verbose run of TestHeld60Unseen filtered to its summary line).
const held60UnseenFloor = 19.0 / 30

// TestHeld60Unseen scores the half of held-out set 60 whose outputs are not looked at while the
// readers are changed.
func TestHeld60Unseen(t *testing.T) {
	scoreHeldSet(t, "held60 unseen", "testdata/held60_unseen.tsv", 30, held60UnseenFloor)
}
