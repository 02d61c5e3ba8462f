package podcast

import (
	"strings"
	"testing"
	"time"
)

func TestBar(t *testing.T) {
	p := Progress{Turns: 12, TotalTurns: 40, Words: 450, TotalWords: 1000, AudioSeconds: 192, ETA: 45 * time.Second}
	got := p.Bar(80)
	bar, tail, _ := strings.Cut(got, "]")
	if tail != "  45%  12/40 turns  3.2 min audio  ETA 0:45" {
		t.Errorf("Bar = %q", got)
	}
	hashes, n := strings.Count(bar, "#"), len(bar)-1
	if len(got) != 80 || hashes != int(0.45*float64(n)) || strings.Count(bar, ".") != n-hashes {
		t.Errorf("Bar = %q (width %d)", got, len(got))
	}
	done := Progress{Turns: 40, TotalTurns: 40, Done: true, AudioSeconds: 3600}
	if b := done.Bar(20); !strings.HasPrefix(b, "[##########]") || !strings.Contains(b, "100%") || !strings.Contains(b, "normalizing") {
		t.Errorf("done bar %q", b)
	}
	if c := clock(2*time.Hour + 3*time.Minute + 4*time.Second); c != "2:03:04" {
		t.Errorf("clock %s", c)
	}
	if f := (Progress{}).Fraction(); f != 0 {
		t.Errorf("empty fraction %g", f)
	}
}
