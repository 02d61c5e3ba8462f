package synth_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chorus-tts/chorus/synth"
)

// checkCounter is a context that counts the checks of Err and reports itself cancelled from
// check number after+1 on: it shows how often a loop looks, without timing anything.
type checkCounter struct {
	context.Context
	checks atomic.Int64
	after  int64 // < 0: never cancelled
}

func newCheckCounter(after int64) *checkCounter {
	return &checkCounter{Context: context.Background(), after: after}
}

func (c *checkCounter) Err() error {
	if n := c.checks.Add(1); c.after >= 0 && n > c.after {
		return context.Canceled
	}
	return nil
}

// Analyze checks its context at least once per sentence, and one long run of text without
// punctuation counts as several sentences (the front end reads at most 4 KiB at once), so the
// work between two checks is bounded whatever the input.
func TestAnalyzeChecksContextPerSentence(t *testing.T) {
	e := engine(t)
	for name, tc := range map[string]struct {
		text      string
		sentences int
	}{
		"sentences":           {strings.Repeat("One more short sentence here. ", 200), 200},
		"one huge sentence":   {strings.Repeat("word ", synth.MaxTextBytes/5), synth.MaxTextBytes / 4096},
		"nothing but symbols": {"Hi. " + strings.Repeat("漢 ", synth.MaxTextBytes/4-2), synth.MaxTextBytes / 4096},
	} {
		t.Run(name, func(t *testing.T) {
			ctx := newCheckCounter(-1)
			if _, err := e.Analyze(ctx, tc.text, nil); err != nil {
				t.Fatal(err)
			}
			if n := ctx.checks.Load(); n < int64(tc.sentences) {
				t.Errorf("%d context checks for at least %d sentences", n, tc.sentences)
			}
			// Cancelled after a few checks: Analyze stops with the context's error.
			ctx = newCheckCounter(3)
			if _, err := e.Analyze(ctx, tc.text, nil); !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled: err = %v, want context.Canceled", err)
			}
			if n := ctx.checks.Load(); n > 4 {
				t.Errorf("%d checks, want 4: Analyze went on after the context ended", n)
			}
		})
	}
}

// Synthesize checks its context while the front end reads, before the first audio too: here
// while it looks through 256 KiB of text for something to say (there is nothing), as plain text
// and with markup.
func TestSynthesizeChecksContextWhileReading(t *testing.T) {
	for _, markup := range []bool{false, true} {
		req := synth.Request{Parts: []synth.Part{{Text: strings.Repeat("漢 ", synth.MaxTextBytes/4), Markup: markup}}}
		ctx := newCheckCounter(3)
		_, err := engine(t).Synthesize(ctx, req, discard{})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("markup %v: err = %v, want context.Canceled", markup, err)
		}
		if n := ctx.checks.Load(); n > 4 {
			t.Errorf("markup %v: %d checks, want 4: the front end went on after the context ended", markup, n)
		}
	}
}
