package text

import "testing"

// held35DevFloor is the exact-match share the dev half of held-out set 35 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no earlier held-out line was read, only the
// README's Conventions and its table of readings chosen, the format line of held20_all.tsv, and
// chorus text run on a few neutral sentences of the hand's own, not in the set, to learn the
// output format; 10 lines in each of the nine classes, as city council agendas and minutes,
// election results pages, court dockets and legal notices, DMV and tax agency pages, public
// transit service alerts and police blotters print them. Two first drafts' inputs stood in an
// earlier table (an exact-substring search over testdata before any run, the matches not read)
// and were replaced with fresh lines.
//
// First count, against main at 4eb754f with no reader changed: 57/60 (95.0%) raw. Each miss,
// re-read against the written conventions:
//   - "Officers' body cameras record in 4K at 30 fps." expected officers' with its apostrophe:
//     the expectation's. The README's first paragraph allows inner apostrophes only, so a
//     plural possessive is said as its plural; changed to officers.
//   - "Email public comments to clerk@springfield-il.gov." expected springfield: the
//     expectation's. The Conventions' host row splits a lexicon word said as two words
//     (`whitehouse.gov` white house, `facebook` face book); the lexicon says springfield as
//     spring and field, so spring field; changed.
//   - "Medics recorded a blood pressure of 190/110 mmHg at the scene." read one hundred ten
//     for the diastolic figure: the normalizer's (a pressure's three-digit figures are said in
//     pairs, one ninety over one ten, as `120/80 mmHg` one twenty over eighty is).
//
// Both changes were made here and in held35_all.tsv, and are counted as they were at the count.
// Convention-corrected: 59/60 (98.3%).
//
// Round thirty-nine read the normalizer's miss as a class (readings39.tsv R1, probes written
// before the reader: a blood pressure's three-digit diastolic figure in pairs, r39Diastolic):
// 60/60, the floor raised to hold it. Counted as at the first count.
const held35DevFloor = 1.0

// TestHeld35Dev scores the development half of held-out set 35 (testdata/held35_dev.tsv; the
// whole set in class order is testdata/held35_all.tsv).
func TestHeld35Dev(t *testing.T) {
	scoreHeldSet(t, "held35 dev", "testdata/held35_dev.tsv", 60, held35DevFloor)
}

// held35UnseenFloor is the exact-match share the unseen half of held-out set 35 holds at least.
//
// First count, against main at 4eb754f with no reader changed: 28/30 (93.3%; only the count was
// read: a verbose run of TestHeld35Unseen filtered to its summary line).
const held35UnseenFloor = 28.0 / 30

// TestHeld35Unseen scores the half of held-out set 35 whose outputs are not looked at while the
// readers are changed.
func TestHeld35Unseen(t *testing.T) {
	scoreHeldSet(t, "held35 unseen", "testdata/held35_unseen.tsv", 30, held35UnseenFloor)
}
