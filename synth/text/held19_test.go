package text

import "testing"

// held19DevFloor is the exact-match share the dev half of held-out set 19 holds at least.
//
// The set is the second independent check of issue 18 by a hand new to the readers: before it
// was written, no reader's code, no readings table and no line of an earlier held-out set was
// read, only the README's Conventions (and chorus text run on a few neutral sentences of the
// hand's own, not in the set, to learn the output format); 15 lines in each of the nine
// classes; 18 first drafts whose input stood in an earlier table (found by an exact-substring
// search over testdata, the matches not read) were replaced by fresh lines before any run.
//
// First count, before round twenty changed any reader: 90/90 (100%) raw, so no expectation was
// re-read against a convention and none was changed (corrected 90/90).
const held19DevFloor = 0.995

// TestHeld19Dev scores the development half of held-out set 19 (testdata/held19_dev.tsv; the
// whole set in class order is testdata/held19_all.tsv).
func TestHeld19Dev(t *testing.T) {
	scoreHeldSet(t, "held19 dev", "testdata/held19_dev.tsv", 90, held19DevFloor)
}

// held19UnseenFloor is the exact-match share the unseen half of held-out set 19 holds at least.
//
// First count, before round twenty changed any reader: 42/45 (93.3%; only the count was read: a
// verbose run of TestHeld19Unseen filtered to its summary line).
const held19UnseenFloor = 0.93

// TestHeld19Unseen scores the half of held-out set 19 whose outputs are not looked at while the
// readers are changed.
func TestHeld19Unseen(t *testing.T) {
	scoreHeldSet(t, "held19 unseen", "testdata/held19_unseen.tsv", 45, held19UnseenFloor)
}
