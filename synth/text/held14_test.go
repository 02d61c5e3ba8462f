package text

import "testing"

// held14DevFloor is the exact-match share the dev half of held-out set 14 holds at least:
// 131/152 (86.2%) when first scored, before round fifteen; 151/152 after its defaults and cue
// sets (codes with long digit runs, label abbreviations and titles in capitals, a period in an
// open bracket, lone C/D/L/M as letters, date order by locale, a note's date, free primes and
// time gaps, numbered streets, radio figures, bowling figures, golf scores, S&P, half sizes,
// turns, gaming chat). Left: "1.5-litre" read litre where this set (and held10) wrote liter,
// while earlier tables pin litre after a number.
const held14DevFloor = 0.99

// TestHeld14Dev scores the development half of held-out set 14 (testdata/held14_dev.tsv:
// podcast and interview transcripts, sports commentary, tech support chats, academic abstracts,
// invoices and shipping documents, real-estate listings, forum posts, product reviews,
// government forms, aviation and maritime, gaming, recipes, earnings calls, clinical notes, signs
// and plain news, written before the normalizer was run on any of them, split at random from the
// unseen half).
func TestHeld14Dev(t *testing.T) {
	scoreHeldSet(t, "held14 dev", "testdata/held14_dev.tsv", 152, held14DevFloor)
}

// held14UnseenFloor is the exact-match share the unseen half of held-out set 14 holds at least:
// 142/153 (92.8%) when first scored, before round fifteen (its count only); its one measurement
// at the end of round fifteen, 142/153 (92.8%) again, the same eleven lines: none of the round's
// defaults reached a line of this half, and none broke one. Caveat: the names of the eleven
// missed lines were seen mid-round, by accident, in a diff of verbose test logs (after the
// round's first readers were written), and the outputs of five of them later in the same way; no
// reader was written or changed for them before this measurement. Misses by mechanism: two
// capitals glued to digits, y their only vowel, read as a word beside another acronym (FY25 next
// to EPS); a
// mask that goes on after a hyphen (***-**-6789 read as a number); a serial opening with a year
// after Invoice No. read digit by digit; a spaced slash between phrases read "slash" (two lines,
// a sign and a speed quote); two prices joined by a slash; a National Insurance number's pairs
// read as numbers; 1-800 read one eight zero zero, as earlier tables pin it (taste); a user name's
// underscore not read, as earlier tables pin handles (taste); 50K after "ran my first" read fifty
// thousand; 87* (not out) at tea without a word of cricket.
//
// Changes made after the measurement, each tested on fresh sentences in readings15.tsv rather
// than the half's lines (two capitals whose only vowel is y are a word only if the lexicon knows
// it; a mask after a hyphen; a serial opening with a year after a code word and No.; a National
// Insurance number in its groups; two prices joined by a slash), bring it to 147/153, so the half
// is no longer unseen. Left: the spaced slash between phrases (earlier tables pin "slash" for
// "Read it / share it", "Sizes: S / M / L", "and / or"), 1-800 and the handle's underscore
// (earlier tables pin the other reading), 50K after "ran", 87* at tea.
const held14UnseenFloor = 0.96

// TestHeld14Unseen scores the half of held-out set 14 whose outputs are not looked at while the
// readers are changed.
func TestHeld14Unseen(t *testing.T) {
	scoreHeldSet(t, "held14 unseen", "testdata/held14_unseen.tsv", 153, held14UnseenFloor)
}
