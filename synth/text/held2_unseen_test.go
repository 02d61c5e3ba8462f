package text

import "testing"

// TestHeld2Unseen scores the third of the issue-18 held-out set kept unseen while the readers
// were written; it was first run for the final measurement (see the commit that adds it).
func TestHeld2Unseen(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/held2_unseen.tsv")
	for _, m := range misses {
		t.Log(m)
	}
	exact := float64(n-len(misses)) / float64(n)
	t.Logf("held2 unseen: %d/%d exact (%.1f%%)", n-len(misses), n, 100*exact)
	if n < 100 {
		t.Fatalf("only %d lines", n)
	}
	if exact < 0.98 {
		t.Errorf("%.1f%% exact, want at least 98%%", 100*exact)
	}
}
