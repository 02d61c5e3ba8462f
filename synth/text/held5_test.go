package text

import "testing"

// The exact-match share the dev half of held-out set 5 holds at least: the aim (98%).
const held5DevFloor = 0.98

// TestHeld5Dev scores the development half of held-out set 5 (testdata/held5_dev.tsv: the
// issue's classes in news, email, chat, changelog, receipt, medical, sports and travel text;
// written before the normalizer was run on it).
func TestHeld5Dev(t *testing.T) {
	scoreHeldSet(t, "held5 dev", "testdata/held5_dev.tsv", 114, held5DevFloor)
}
