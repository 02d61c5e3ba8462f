package text

import "testing"

// scoreHeldSet scores one half of a held-out set (testdata/held3_*.tsv, held4_*.tsv: lines
// across the classes, written before the normalizer was run on them) and fails when
// fewer than min lines are read or the exact-match share falls below floor.
func scoreHeldSet(t *testing.T, name, path string, minLines int, floor float64) {
	t.Helper()
	n, misses := scoreHeldOut(t, path)
	for _, m := range misses {
		t.Log(m)
	}
	if n < minLines {
		t.Fatalf("%s: only %d lines, want at least %d", name, n, minLines)
	}
	exact := float64(n-len(misses)) / float64(n)
	t.Logf("%s: %d/%d exact (%.1f%%)", name, n-len(misses), n, 100*exact)
	if exact < floor {
		t.Errorf("%s: %.1f%% exact, want at least %.1f%%", name, 100*exact, 100*floor)
	}
}

// TestHeld3Dev scores the development half of held-out set 3.
func TestHeld3Dev(t *testing.T) {
	scoreHeldSet(t, "held3 dev", "testdata/held3_dev.tsv", 121, held3DevFloor)
}

// TestHeld3Unseen scores the half of held-out set 3 whose outputs were not looked at while the
// readers were changed (only its score was read, before and after).
func TestHeld3Unseen(t *testing.T) {
	scoreHeldSet(t, "held3 unseen", "testdata/held3_unseen.tsv", 120, held3UnseenFloor)
}
