package server

import (
	"slices"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// A request's voices are recorded (for the per-voice metric's labels and the log line) as the
// catalog spells them: a name written in other case is the same voice, so it must not make a
// new metric series for each spelling a client sends.
func TestDescribeNamesVoicesAsTheCatalogDoes(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	c := &call{}
	c.describe(synth.Request{Parts: []synth.Part{{Voice: "KIT"}, {Voice: "kit"}, {Voice: "Ava"}, {}}}, cat)
	want := []string{"kit", "ava", cat.Default().Name}
	if cat.Default().Name == "kit" || cat.Default().Name == "ava" {
		want = want[:2]
	}
	if got := c.voiceNames(); !slices.Equal(got, want) {
		t.Errorf("voices %q, want %q", got, want)
	}
}
