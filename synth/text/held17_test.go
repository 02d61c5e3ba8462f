package text

import "testing"

// held17DevFloor is the exact-match share the dev half of held-out set 17 holds at least:
// 213/222 (95.9%) when first scored, before round eighteen changed any reader; 222/222 after
// its mechanisms (readings18.tsv). Two expectations were changed to the tables' conventions
// (README, Conventions: "Parking costs $20-a-day" twenty dollars, as "Parking is $12-a-day"
// is pinned; "facebook.com" face book, as github and youtube are split) and are counted as they
// were at the first score.
const held17DevFloor = 0.995

// TestHeld17Dev scores the development half of held-out set 17 (testdata/held17_dev.tsv: lines
// inside the nine classes, written before the normalizer was run on any of them, split
// at random from the unseen half).
func TestHeld17Dev(t *testing.T) {
	scoreHeldSet(t, "held17 dev", "testdata/held17_dev.tsv", 222, held17DevFloor)
}

// held17UnseenFloor is the exact-match share the unseen half of held-out set 17 holds at least:
// 109/111 (98.2%) when first counted, before round eighteen changed any reader (only the count
// was read: a verbose run of TestHeld17Unseen filtered to its summary line), and 109/111 at its
// one measurement at the end of round eighteen (its got/want lines read then for the first
// time): the same score, none of the round's mechanisms reached its lines.
//
// Misses at the measurement, by mechanism: a percent before a rate's slash ("5%/yr" read five
// slash yr, not five percent per year), and a time zone after a span of two clock times joined
// by an en dash ("9:00–17:00 CEST" spelled c e s t, not central european summer time).
//
// After the measurement (so the half is no longer unseen): a percent before a slash keeps its
// percent (a rate per a unit of time, two shares, else slash) and a zone after a span of two
// clock times is read, each tested on fresh sentences in readings18.tsv (R32, R33): 111/111.
//
// The set was written by the hand that wrote the round, inside the nine classes; its
// first counts (dev 95.9%, unseen 98.2%) are higher than held13-16's (84-93%), which wandered
// into registers, so it says less about other people's sentences than the number suggests.
const held17UnseenFloor = 0.98

// TestHeld17Unseen scores the half of held-out set 17 whose outputs are not looked at while the
// readers are changed.
func TestHeld17Unseen(t *testing.T) {
	scoreHeldSet(t, "held17 unseen", "testdata/held17_unseen.tsv", 111, held17UnseenFloor)
}
