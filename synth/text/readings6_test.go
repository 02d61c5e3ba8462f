package text

import "testing"

// TestReadings6 checks testdata/readings6.tsv: the round-six readers of issue 18 (keyboard
// shortcuts, masked numbers, tennis tiebreaks, "def.", temperatures without a degree sign,
// British dot times, legal and bill numbers, emergency numbers dialled, spaced codes, IBANs,
// chat words by context, alternatives after a software name, odds and scale ratios), each
// with cases where the reading must not apply, read exactly as written there, with the
// lexicon as the engine reads.
func TestReadings6(t *testing.T) {
	checkReadings(t, "testdata/readings6.tsv", 100)
}
