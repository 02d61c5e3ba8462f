package text

import "testing"

// The exact-match share the dev half of held-out set 6 holds at least: the aim (98%).
const held6DevFloor = 0.98

// TestHeld6Dev scores the development half of held-out set 6 (testdata/held6_dev.tsv: the
// issue's classes in emails, chat, headlines in capitals, news, stock reports, sports, travel,
// recipes, weather, medical notes, receipts, changelogs, tech support, web addresses and legal
// citations, in British and US styles; written before the normalizer was run on any of them).
func TestHeld6Dev(t *testing.T) {
	scoreHeldSet(t, "held6 dev", "testdata/held6_dev.tsv", 125, held6DevFloor)
}
