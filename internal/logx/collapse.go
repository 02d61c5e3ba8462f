// Package logx holds log/slog handlers: Collapse keeps a warning that repeats from flooding the
// log.
package logx

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Collapse returns a handler that passes every record to h, except that a warning or error
// repeated (the same level and message) within window of its first occurrence is held back: the
// first is logged at once, and when the window closes, one more record says how many were held
// back (repeated=N, with the last one's attributes). Records below WARN pass untouched.
func Collapse(h slog.Handler, window time.Duration) slog.Handler {
	return &collapse{h: h, st: &collapseState{window: window, seen: map[collapseKey]*pending{}}}
}

type collapse struct {
	h  slog.Handler
	st *collapseState
}

type collapseState struct {
	window time.Duration
	mu     sync.Mutex
	seen   map[collapseKey]*pending
}

type collapseKey struct {
	level slog.Level
	msg   string
}

// pending is a message within its window: how many repeats were held back, and the last one.
type pending struct {
	n    int
	last slog.Record
	h    slog.Handler // the handler the last repeat came through (with its attributes)
}

func (c *collapse) Enabled(ctx context.Context, l slog.Level) bool { return c.h.Enabled(ctx, l) }

func (c *collapse) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < slog.LevelWarn {
		return c.h.Handle(ctx, r)
	}
	k := collapseKey{r.Level, r.Message}
	c.st.mu.Lock()
	if p, ok := c.st.seen[k]; ok {
		p.n++
		p.last, p.h = r.Clone(), c.h
		c.st.mu.Unlock()
		return nil
	}
	c.st.seen[k] = &pending{}
	c.st.mu.Unlock()
	time.AfterFunc(c.st.window, func() { c.st.flush(k) })
	return c.h.Handle(ctx, r)
}

// flush ends k's window, logging the repeats it held back.
func (st *collapseState) flush(k collapseKey) {
	st.mu.Lock()
	p := st.seen[k]
	delete(st.seen, k)
	st.mu.Unlock()
	if p == nil || p.n == 0 {
		return
	}
	r := p.last
	r.AddAttrs(slog.Int("repeated", p.n), slog.Duration("within", st.window))
	// A log that cannot be written has nowhere to report it.
	_ = p.h.Handle(context.Background(), r)
}

func (c *collapse) WithAttrs(as []slog.Attr) slog.Handler {
	return &collapse{h: c.h.WithAttrs(as), st: c.st}
}

func (c *collapse) WithGroup(name string) slog.Handler {
	return &collapse{h: c.h.WithGroup(name), st: c.st}
}
