package text

import "testing"

// held21DevFloor is the exact-match share the dev half of held-out set 21 holds at least.
//
// The set is a further independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 10 lines in each of the nine
// classes, as wire-service news, business and markets pages, earnings releases, hospital and
// pharmacy leaflets and sports results would print them; one first draft whose input stood in
// an earlier table (found by an exact-substring search over testdata, the match not read) was
// replaced by a fresh line before any run.
//
// First count, before round twenty-two changed any reader: 60/60 (100%) raw, so no expectation
// was re-read against a convention and none was changed (corrected 60/60).
const held21DevFloor = 0.995

// TestHeld21Dev scores the development half of held-out set 21 (testdata/held21_dev.tsv; the
// whole set in class order is testdata/held21_all.tsv).
func TestHeld21Dev(t *testing.T) {
	scoreHeldSet(t, "held21 dev", "testdata/held21_dev.tsv", 60, held21DevFloor)
}

// held21UnseenFloor is the exact-match share the unseen half of held-out set 21 holds at least.
//
// First count, before round twenty-two changed any reader: 29/30 (96.7%; only the count was
// read: a verbose run of TestHeld21Unseen filtered to its summary line).
const held21UnseenFloor = 0.965

// TestHeld21Unseen scores the half of held-out set 21 whose outputs are not looked at while the
// readers are changed.
func TestHeld21Unseen(t *testing.T) {
	scoreHeldSet(t, "held21 unseen", "testdata/held21_unseen.tsv", 30, held21UnseenFloor)
}
