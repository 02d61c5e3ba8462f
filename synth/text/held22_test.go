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
const held22DevFloor = 0.98

// TestHeld22Dev scores the development half of held-out set 22 (testdata/held22_dev.tsv; the
// whole set in class order is testdata/held22_all.tsv).
func TestHeld22Dev(t *testing.T) {
	scoreHeldSet(t, "held22 dev", "testdata/held22_dev.tsv", 60, held22DevFloor)
}

// held22UnseenFloor is the exact-match share the unseen half of held-out set 22 holds at least.
//
// First count, before round twenty-three changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld22Unseen filtered to its summary line).
const held22UnseenFloor = 0.96

// TestHeld22Unseen scores the half of held-out set 22 whose outputs are not looked at while the
// readers are changed.
func TestHeld22Unseen(t *testing.T) {
	scoreHeldSet(t, "held22 unseen", "testdata/held22_unseen.tsv", 30, held22UnseenFloor)
}
