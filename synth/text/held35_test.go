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
//
// The one measurement, at 10:35 UTC against main at 0be6ec1 after round thirty-nine's R1-R19
// (its readers written from the dev half's miss and probes in the set's registers, none from
// this half): 28/30 (93.3%) raw, the same two lines as at the first count. Each miss re-read
// against the written conventions:
//   - "Report tips anonymously by texting TIP411 to 274637." read tip four eleven for the
//     expected t i p four one one: the keyword's reading was the expectation's (the Conventions'
//     acronyms said as words, `COP29` cop twenty nine, `PIN` pin: a pronounceable keyword glued
//     to digits is the word, as `ARM64` arm sixty four), changed to tip, here and in
//     held35_all.tsv; the digits were the normalizer's (an N11 code is said digit by digit,
//     `calling 311` three one one, and glued after a keyword it was read in pairs), so the line
//     stays a miss;
//   - "The suspect vehicle, a gray sedan, bore Ohio plate JKT 4472." read four thousand four
//     hundred seventy two for four four seven two: the normalizer's (a plate's digits after its
//     letters are read one by one, as `plate 8ABC123` is).
//
// Convention-corrected: 28/30 (93.3%). Over both halves at the first counts 85/90 (94.4%) raw,
// 87/90 (96.7%) corrected. The changed line is counted as it was at the measurement.
// After it (so the half is no longer unseen), each normalizer miss read as a class in round39.go
// on fresh probes with must-not-fire cases written before the readers (readings39.tsv R20 a
// plate's digits after its letters, R21 an N11 code glued after a keyword): 30/30, the floor
// raised to hold it.
const held35UnseenFloor = 1.0

// TestHeld35Unseen scores the half of held-out set 35 whose outputs are not looked at while the
// readers are changed.
func TestHeld35Unseen(t *testing.T) {
	scoreHeldSet(t, "held35 unseen", "testdata/held35_unseen.tsv", 30, held35UnseenFloor)
}
