package podcast

import (
	"fmt"
	"strings"
	"time"
)

// Bar renders p as a one-line progress bar of about width columns, for a terminal:
//
//	[#########...........]  45%  12/40 turns  3.2 min audio  ETA 0:45
func (p Progress) Bar(width int) string {
	f := p.Fraction()
	tail := fmt.Sprintf(" %3.0f%%  %d/%d turns  %.1f min audio", 100*f, p.Turns, p.TotalTurns, p.AudioSeconds/60)
	switch {
	case p.Done:
		tail += "  normalizing…"
	case p.ETA > 0:
		tail += "  ETA " + clock(p.ETA)
	}
	n := max(10, width-len(tail)-2)
	full := min(n, int(f*float64(n)))
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", n-full) + "]" + tail
}

// clock formats d as M:SS or H:MM:SS.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
