package text

import (
	"strings"
	"testing"
)

// A compound reading nested maxCompoundDepth deep reads its piece character by character instead
// of going deeper, and leaves the depth as it found it.
func TestCompoundDepthIsBounded(t *testing.T) {
	n := newNormalizer(Options{})
	n.compoundDepth = maxCompoundDepth
	n.compound("Mon-Fri2", "Mon-Fri2")
	var got []string
	for _, w := range n.out {
		got = append(got, w.Text)
	}
	if s := strings.Join(got, " "); s != "m o n f r i two" {
		t.Errorf("at the bound: %q, want %q (spelled, not read as a compound)", s, "m o n f r i two")
	}
	if n.compoundDepth != maxCompoundDepth {
		t.Errorf("depth %d after the call, want %d", n.compoundDepth, maxCompoundDepth)
	}
	// Below the bound the token is read as a compound, and the depth comes back to zero.
	n = newNormalizer(Options{})
	n.compound("Mon-Fri", "Mon-Fri")
	got = got[:0]
	for _, w := range n.out {
		got = append(got, w.Text)
	}
	if s := strings.Join(got, " "); s != "monday to friday" {
		t.Errorf("below the bound: %q, want %q", s, "monday to friday")
	}
	if n.compoundDepth != 0 {
		t.Errorf("depth %d after a compound reading, want 0", n.compoundDepth)
	}
}
