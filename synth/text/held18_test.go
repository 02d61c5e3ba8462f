package text

import "testing"

// held18DevFloor is the exact-match share the dev half of held-out set 18 holds at least.
//
// The set was written by a hand new to the readers (issue 18's independent check): before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions; 20 lines in each of the nine classes.
//
// First count, before round nineteen changed any reader: 115/120 (95.8%) raw. Five dev lines
// disagreed; each was re-read before counting and four expectations were changed because the
// project had a convention the new hand did not know (corrected first count 119/120, 99.2%):
//   - "www.bbc.co.uk/news": dot u k, not dot uk (README, Conventions: two-letter web endings are
//     spelled unless a word; the hand's slip, the rule was in what he read);
//   - "Pi ≈ 3.14.", "If x ≥ 10, stop.", "Note that a ≠ b here.": no "is" before the sign's
//     words (pi approximately …, x greater than or equal to …, a not equal to …), as the tables
//     pin it (readings5 "A ≥ B in every case", readings6 "π ≈ 3.14159", held11 "Eligible if
//     x ≥ 18", held14 "x ≥ 0 and y ≠ 3"); a reader would often say "is" in a clause with no
//     verb, but "Keep the load ≤ 20 kg" and "Kids ≤ 12 eat free" must not take it, and the
//     tables' majority decides (README, Conventions, last row);
//   - "localhost:8080": first changed to localhost as one word (sentences.tsv pins it so), then
//     changed back to the new hand's local host: sentences.tsv is read without the lexicon, and
//     with it (as these sets are read) an address says localhost as the lexicon splits a host's
//     compound (README, Conventions: facebook face book); the port was the normalizer's miss
//     (read eight thousand eighty with its colon dropped; port numbers are said in pairs).
//
// After round nineteen (readings19.tsv R1: a port after a host's colon): 120/120.
const held18DevFloor = 0.995

// TestHeld18Dev scores the development half of held-out set 18 (testdata/held18_dev.tsv; the
// whole set in class order is testdata/held18_all.tsv).
func TestHeld18Dev(t *testing.T) {
	scoreHeldSet(t, "held18 dev", "testdata/held18_dev.tsv", 120, held18DevFloor)
}

// held18UnseenFloor is the exact-match share the unseen half of held-out set 18 holds at least:
// 56/60 (93.3%) at its first count, before round nineteen changed any reader (only the count
// was read: a verbose run of TestHeld18Unseen filtered to its summary line). None of its
// expectations were changed by what the dev half taught (no unseen line has a two-letter web
// ending, a sign read with "is", or localhost).
//
// Caveat: at about 02:10, early in round nineteen, a verbose run meant for the dev half and the
// probes also matched TestHeld18Unseen and printed its four misses' got/want lines. No reader was
// written for what they showed before the half's one measurement at the end of the round, and
// the round's mechanisms came from the dev half only.
const held18UnseenFloor = 0.93

// TestHeld18Unseen scores the half of held-out set 18 whose outputs are not looked at while the
// readers are changed.
func TestHeld18Unseen(t *testing.T) {
	scoreHeldSet(t, "held18 unseen", "testdata/held18_unseen.tsv", 60, held18UnseenFloor)
}
