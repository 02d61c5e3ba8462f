package text

import "testing"

// held22DevFloor is the exact-match share the dev half of held-out set 22 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers: before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions (and chorus text run on a few neutral sentences of the hand's
// own, not in the set, to learn the output format); 10 lines in each of the nine classes, as
// developer documentation, release notes, GitHub issues, Stack Overflow answers, gaming forums,
// group chats and social posts and tech-product spec sheets print them; 10 first drafts whose
// input stood in an earlier table (found by an exact-substring search over testdata, the matches
// not read) were replaced by fresh lines before any run.
//
// First count, before round twenty-three changed any reader: 59/60 (98.3%) raw. The one miss,
// re-read against the written conventions: "supports 45W fast charging" read forty five watts;
// the expectation, watt, breaks no convention (the README's table makes a quantity used as an
// adjective singular after a determiner; this one has none, as spec sheets write) and is how
// the rating is said, so it stays: the normalizer's miss. Corrected 59/60 (98.3%).
//
// After round twenty-three (round23.go; readings23.tsv R1, a rating in watts, volts, milliamp
// hours… before the device or feature it rates with no determiner, probes written before the
// reader): 60/60.
const held22DevFloor = 0.995

// TestHeld22Dev scores the development half of held-out set 22 (testdata/held22_dev.tsv; the
// whole set in class order is testdata/held22_all.tsv).
func TestHeld22Dev(t *testing.T) {
	scoreHeldSet(t, "held22 dev", "testdata/held22_dev.tsv", 60, held22DevFloor)
}

// held22UnseenFloor is the exact-match share the unseen half of held-out set 22 holds at least.
//
// First count, before round twenty-three changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld22Unseen filtered to its summary line).
//
// Caveat, stated as it happened: the half was not wholly unseen during the round. Tracing the
// dev miss, the hand ran chorus text --explain on "Both ports are USB-C with 100W charging."
// believing it a dev line; it is in this half, and it read one hundred watts, so the half's one
// miss was known from the round's start. No reader was written for it: R1 came from the dev
// miss ("supports 45W fast charging"), the same class, with probes of the round's own. After
// R1 landed, a run of both held22 tests meant to show the dev count printed this half's count
// too (30/30); the other thirteen readers of the round came after that, from probes only.
//
// The one measurement, at the end of round twenty-three (fifteen readers, readings23.tsv
// R1-R15): 30/30 (100%) raw; no expectation was re-read or changed, so corrected 30/30. The
// first count's miss, "100W charging" read watts, was the normalizer's: no written convention
// makes a rating without a determiner plural.
//
// This hand's first counts (dev 98.3%, unseen 96.7%, both raw and corrected; 88/90, 97.8%, over
// the set) sit with held20's (100%, 90.0% raw) and held21's (100%, 96.7%): the one class missed
// was a reader stopping one context short (a quantity as an adjective with no determiner before
// it), not a convention a new hand could not know. The probes in the sources' style found more:
// fourteen further classes (readings23 R2-R15), none of which the set's 90 lines had happened
// to contain.
const held22UnseenFloor = 0.995

// TestHeld22Unseen scores the half of held-out set 22 whose outputs are not looked at while the
// readers are changed.
func TestHeld22Unseen(t *testing.T) {
	scoreHeldSet(t, "held22 unseen", "testdata/held22_unseen.tsv", 30, held22UnseenFloor)
}
