package text

import "testing"

// held11DevFloor is the exact-match share the dev half of held-out set 11 holds at least: 89/103
// when first scored, before round twelve.
const held11DevFloor = 0.86

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
