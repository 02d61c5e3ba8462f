package client_test

import (
	"context"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/text"
)

// TestRemoteReportsWhatWasDropped: text the voice cannot all speak gives the same account of
// what was left out over gRPC as in-process (the summary's Dropped), and nothing for text it
// reads whole.
func TestRemoteReportsWhatWasDropped(t *testing.T) {
	rem := remote(t)
	eng := testkit.Engine(t)
	for _, s := range []string{
		"I love 東京 and 🜁 very much, 東京!",
		"Plain words only.",
	} {
		req := synth.Request{Parts: []synth.Part{{Text: s}}}
		lsum, err := eng.Synthesize(context.Background(), req, &testkit.Recorder{})
		if err != nil {
			t.Fatal(err)
		}
		rsum, err := rem.Synthesize(context.Background(), req, &testkit.Recorder{})
		if err != nil {
			t.Fatal(err)
		}
		if rsum.Dropped != lsum.Dropped {
			t.Errorf("%q: remote dropped %v, local %v", s, rsum.Dropped, lsum.Dropped)
		}
	}
	var none text.Dropped
	sum, err := rem.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "东京 東京 🜁 and more"}}}, &testkit.Recorder{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Dropped == none || sum.Dropped.Chars != 5 {
		t.Errorf("dropped %v, want the 5 characters with no reading", sum.Dropped)
	}
}
