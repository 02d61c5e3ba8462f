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

// held18UnseenFloor is the exact-match share the unseen half of held-out set 18 holds at least.
//
// First count, before round nineteen changed any reader: 56/60 (93.3%; only the count was read:
// a verbose run of TestHeld18Unseen filtered to its summary line). None of its expectations
// were changed by what the dev half taught (no unseen line has a two-letter web ending, a sign
// read with "is", or localhost).
//
// Caveat: at about 02:10, early in round nineteen, a verbose run meant for the dev half and the
// probes also matched TestHeld18Unseen and printed its four misses' got/want lines. No reader was
// written for what they showed before the half's one measurement, and the round's mechanisms
// came from the dev half and the round's own probe sentences only.
//
// One measurement, at the end of round nineteen's readers (02:19 UTC): 56/60 (93.3%), the same
// four lines as at the first count; none of the round's mechanisms reached the half. Its misses:
//   - "from 02:00 to 04:00 UTC" read two o'clock to oh four hundred: a whole hour with a leading
//     zero opening a span joined by a word, whose other end stands before the zone, was left to
//     the clock (the dashed "01:00–03:00 UTC" and "02:00 UTC" alone were read); the normalizer's
//     miss;
//   - three expectations of the new hand against conventions the tables pin: "omg" oh my god
//     (six lines of earlier tables, not o m g), "5000mAh" milliamp hour (ten readings, none
//     milliampere), "BP 128/82 mmHg, HR 74 bpm" b p and h r (eleven readings of BP in clinical
//     notes spell it, none blood pressure; HR likewise). They were changed to the conventions after the
//     measurement and are counted as they were at it (59/60 so corrected).
//
// After the measurement (so the half is no longer unseen): the span's opening hour is read as
// the zone's clock (readings19.tsv R5, fresh sentences): 60/60.
//
// The new hand's raw first counts (dev 95.8%, unseen 93.3%) are a little below held17's (95.9%,
// 98.2%, by the round's own hand) and at or above held13-16's (84-93%); corrected for conventions the tables settle
// (dev 99.2%, unseen 98.3%) they are at the aim of 98%. Of nine raw misses over both
// halves, seven were conventions the new hand did not know, two were the normalizer's.
const held18UnseenFloor = 0.995

// TestHeld18Unseen scores the half of held-out set 18 whose outputs are not looked at while the
// readers are changed.
func TestHeld18Unseen(t *testing.T) {
	scoreHeldSet(t, "held18 unseen", "testdata/held18_unseen.tsv", 60, held18UnseenFloor)
}
