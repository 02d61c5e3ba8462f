package text

import "testing"

// held48DevFloor is the exact-match share the dev half of held-out set 48 holds at least.
//
// The set is an independent check of issue 18 by a hand new to the readers (h3): before it was
// written, no reader's code, no readings table and no line of an earlier held-out set was read,
// only the README's Conventions and Readings chosen (and chorus text run on four neutral
// sentences of the hand's own, not in the set, to learn the output format); 10 lines in each of
// the nine classes, as emergency and public-safety sources print them: wildfire and evacuation
// updates, earthquake, tsunami and flood bulletins, emergency-management and shelter notices,
// military and veterans' benefits pages, urgent-care and ER wait pages, 911 dispatch and CAD
// logs; no first draft's input stood in an earlier table (an exact-substring search over
// testdata found none).
//
// First count, before round sixty changed any reader: 50/60 (83.3%) raw.
const held48DevFloor = 50.0 / 60

// TestHeld48Dev scores the development half of held-out set 48 (testdata/held48_dev.tsv; the
// whole set in class order is testdata/held48_all.tsv).
func TestHeld48Dev(t *testing.T) {
	scoreHeldSet(t, "held48 dev", "testdata/held48_dev.tsv", 60, held48DevFloor)
}

// held48UnseenFloor is the exact-match share the unseen half of held-out set 48 holds at least.
//
// First count, before round sixty changed any reader: 27/30 (90.0%; only the count was read: a
// verbose run of TestHeld48Unseen filtered to its summary line).
const held48UnseenFloor = 27.0 / 30

// TestHeld48Unseen scores the half of held-out set 48 whose outputs are not looked at while the
// readers are changed.
func TestHeld48Unseen(t *testing.T) {
	scoreHeldSet(t, "held48 unseen", "testdata/held48_unseen.tsv", 30, held48UnseenFloor)
}
