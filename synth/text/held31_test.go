package text

import "testing"

// held31DevFloor is the exact-match share the dev half of held-out set 31 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (h4, the
// fourteenth session): before it was written, no reader's code, no readings table and no line
// of an earlier held-out set was read, only the README's Conventions (and chorus text run on a
// few neutral sentences of the hand's own, not in the set, to learn the output format); 10
// lines in each of the nine classes, in the registers of sports broadcasts' graphics and
// recaps, esports brackets, fantasy league chats and stadium ticketing; no first draft's input
// stood in an earlier table (an exact-substring search over testdata, before any run).
//
// First count, before round thirty-three changed any reader: 58/60 (96.7%) raw. Both misses
// were re-read against the written conventions and both are the normalizer's, so no
// expectation was changed (corrected 58/60):
//   - a four-digit 24-hour time after "by" (`by 2200`) read as a cardinal, two thousand two
//     hundred; as a time or as a year it is twenty two hundred;
//   - a spaced s after a decimal with a sign before it (`±0.3 s`) left as the letter s; the
//     README's `4.2 s` reads seconds.
//
// After round thirty-three (readings33.tsv R1 and R2 for these two, written before the readers
// on fresh sentences with must-not-fire cases): 60/60.
const held31DevFloor = 0.995

// TestHeld31Dev scores the development half of held-out set 31 (testdata/held31_dev.tsv; the
// whole set in class order is testdata/held31_all.tsv).
func TestHeld31Dev(t *testing.T) {
	scoreHeldSet(t, "held31 dev", "testdata/held31_dev.tsv", 60, held31DevFloor)
}

// held31UnseenFloor is the exact-match share the unseen half of held-out set 31 holds at least.
//
// First count, before round thirty-three changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld31Unseen filtered to its summary line).
//
// One measurement, at the end of round thirty-three (after its 21 groups of readers and the
// other helpers' rounds landed beside it): 30/30 (100%) raw, so no expectation was re-read
// against a convention (corrected 30/30). Only then were its lines read: the one line missed at
// the first count, run at the commit of the first count, was `1060 W. Addison St.` (a
// four-digit house number before a compass letter with a point read as a count and W. as
// watts); it reads right now through round thirty's R14 (readings30.tsv, a house number before
// a compass letter and a street's name in pairs), written by another hand for held28's
// registers, not by round thirty-three. Both halves: 88/90 raw at the first counts, 90/90 now.
const held31UnseenFloor = 0.995

// TestHeld31Unseen scores the unseen half of held-out set 31 (testdata/held31_unseen.tsv).
func TestHeld31Unseen(t *testing.T) {
	scoreHeldSet(t, "held31 unseen", "testdata/held31_unseen.tsv", 30, held31UnseenFloor)
}
