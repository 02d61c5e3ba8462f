package text

import "testing"

// held11DevFloor is the exact-match share the dev half of held-out set 11 holds at least: 89/103
// when first scored, before round twelve; 98/103 after it. The five left are readings of taste:
// "6'6\"" is read six foot six, as a height is said (the line spells feet and inches); "won 2–1"
// reads two to one (the line has the British two one); "Room 4.12" reads four point one two (the
// line reads floor and room, four twelve); "port 6379" in pairs (the line reads digits); "New in
// 3.0" reads three point zero, not as a version (nothing but "new in" marks it one).
const held11DevFloor = 0.95

// TestHeld11Dev scores the development half of held-out set 11 (testdata/held11_dev.tsv: the
// issue's classes in consumer and technical registers earlier sets under-sample, written before
// the normalizer was run on any of them, split at random from the unseen half).
func TestHeld11Dev(t *testing.T) {
	scoreHeldSet(t, "held11 dev", "testdata/held11_dev.tsv", 103, held11DevFloor)
}

// held11UnseenFloor is the exact-match share the unseen half of held-out set 11 holds at least:
// 85/103 when first scored (its count only, its outputs not looked at), before round twelve.
const held11UnseenFloor = 0.82

// TestHeld11Unseen scores the half of held-out set 11 whose outputs are not looked at while the
// readers are changed.
func TestHeld11Unseen(t *testing.T) {
	scoreHeldSet(t, "held11 unseen", "testdata/held11_unseen.tsv", 103, held11UnseenFloor)
}
