package synth_test

import (
	"context"
	"os"
	"testing"

	"github.com/chorus-tts/chorus/synth"
)

// BenchmarkSynthesizeParagraph renders the speed benchmark's paragraph (about a minute of
// speech) with kal and with joe, the reference for BenchmarkPlanParagraph in synth/prosody:
// the prosody stage is to stay under 5 % of synthesis time.
func BenchmarkSynthesizeParagraph(b *testing.B) {
	text, err := os.ReadFile("prosody/testdata/paragraph.txt")
	if err != nil {
		b.Fatal(err)
	}
	e := engine(b)
	for _, voice := range []string{"kal", "joe"} {
		b.Run(voice, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Voice: voice, Text: string(text)}}}, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
