package server

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// goroutine is one goroutine of a stack dump.
type goroutine struct {
	id    string
	state string   // "select", "chan receive", "running", ... (without the wait time)
	funcs []string // calls, innermost first
	stack string   // the whole entry, for messages
}

// goroutines returns every goroutine of the process, as runtime.Stack prints them.
func goroutines() []goroutine {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var out []goroutine
	for _, entry := range strings.Split(strings.TrimSpace(string(buf)), "\n\n") {
		// goroutine 18 [select, 2 minutes]:
		head, body, _ := strings.Cut(entry, "\n")
		rest, ok := strings.CutPrefix(head, "goroutine ")
		if !ok {
			continue
		}
		id, rest, _ := strings.Cut(rest, " [")
		state, _, _ := strings.Cut(strings.TrimSuffix(rest, "]:"), ",")
		g := goroutine{id: id, state: state, stack: entry}
		for _, line := range strings.Split(body, "\n") {
			if line == "" || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "created by ") {
				continue // file:line, or the creator
			}
			fn, _, _ := strings.Cut(line, "(0x")
			fn = strings.TrimSuffix(strings.TrimSuffix(fn, "(...)"), "()")
			g.funcs = append(g.funcs, fn)
		}
		out = append(out, g)
	}
	return out
}

// goroutineIDs returns the ids of the goroutines alive now.
func goroutineIDs() []string {
	var ids []string
	for _, g := range goroutines() {
		ids = append(ids, g.id)
	}
	return ids
}

// leakDeadline bounds the wait for goroutines to exit. A goroutine of a finished or cancelled
// stream exits within a few scheduler rounds of the cancellation; 30 s is a hang guard for a
// loaded two-core CI runner under the race detector. A leaked goroutine never exits, so the
// deadline only decides how long a failure takes to report, never whether a leak passes.
const leakDeadline = 30 * time.Second

// checkNoNewGoroutines waits until every goroutine started after the snapshot before (from
// goroutineIDs) has exited, and fails t, listing the stacks of those still alive, if some
// have not by leakDeadline. Goroutines are told apart by id, so goroutines of earlier tests that
// exit meanwhile cannot hide a new one, as a bare count would let them.
func checkNoNewGoroutines(t *testing.T, before []string) {
	t.Helper()
	var left []goroutine
	for deadline := time.Now().Add(leakDeadline); ; {
		left = left[:0]
		for _, g := range goroutines() {
			if !slices.Contains(before, g.id) {
				left = append(left, g)
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond) // poll: no event tells when another package's goroutine exits
	}
	for _, g := range left {
		t.Errorf("goroutine started during the test still alive after %v:\n%s", leakDeadline, g.stack)
	}
}
