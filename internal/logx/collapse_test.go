package logx

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines(t *testing.T) []map[string]any {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s.b.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// 64 repeats of one warning (the probe's truncation warning) make two lines: the first, and
// when the window closes, one saying 63 more came. Other messages and INFO records pass.
func TestCollapse(t *testing.T) {
	buf := &syncBuffer{}
	const window = 50 * time.Millisecond
	log := slog.New(Collapse(slog.NewJSONHandler(buf, nil), window))
	for i := range 64 {
		log.Warn("word truncated", "i", i)
		log.Info("request", "i", i)
	}
	log.With("part", 2).Error("other problem")
	lines := buf.lines(t)
	var warns, infos, errs int
	for _, l := range lines {
		switch l["level"] {
		case "WARN":
			warns++
		case "INFO":
			infos++
		case "ERROR":
			errs++
		}
	}
	if warns != 1 || infos != 64 || errs != 1 {
		t.Fatalf("before the window closed: %d WARN, %d INFO, %d ERROR lines; want 1, 64, 1", warns, infos, errs)
	}
	// Poll for the summary line: it comes from a timer.
	var summary map[string]any
	for deadline := time.Now().Add(time.Minute); summary == nil; {
		for _, l := range buf.lines(t) {
			if l["level"] == "WARN" && l["repeated"] != nil {
				summary = l
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no summary line a minute after the window")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if summary["repeated"] != 63.0 || summary["i"] != 63.0 || summary["msg"] != "word truncated" {
		t.Errorf("summary %v: want repeated=63 with the last one's attributes", summary)
	}
	// After the window, the message is new again.
	log.Warn("word truncated", "i", 64)
	n := 0
	for _, l := range buf.lines(t) {
		if l["msg"] == "word truncated" && l["repeated"] == nil {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d plain lines of the warning, want 2 (one per window)", n)
	}
}
