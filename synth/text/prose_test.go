package text

import "testing"

// TestPlainProseUnchanged reads plain prose (the 300 Harvard sentences of the eval set and its
// one-minute paragraph) and checks every spoken form against the one recorded before the
// context readers of issue 18 were widened: readers of digits, codes and symbols must not
// change how ordinary sentences are read.
func TestPlainProseUnchanged(t *testing.T) {
	n, misses := scoreHeldOut(t, "testdata/prose.tsv")
	for _, m := range misses {
		t.Error(m)
	}
	if n != 301 {
		t.Fatalf("%d lines, want 301", n)
	}
}
