package synth_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/cputime"
	"github.com/chorus-tts/chorus/synth"
)

// BenchmarkSynthesizeParagraph renders the speed benchmark's paragraph (about a minute of
// speech) with kal and with joe, the reference for BenchmarkPlanParagraph in synth/prosody:
// the prosody stage is to stay under 5 % of synthesis time; and with slt, whose phones its HTS
// duration trees size while it is planned. cpu-xRT is seconds of audio per CPU second: with
// -cpu 1, how many times faster than real time one core renders the voice (issue 16 asks
// 300× of slt).
func BenchmarkSynthesizeParagraph(b *testing.B) {
	text, err := os.ReadFile("prosody/testdata/paragraph.txt")
	if err != nil {
		b.Fatal(err)
	}
	e := engine(b)
	for _, voice := range []string{"kal", "joe", "slt"} {
		b.Run(voice, func(b *testing.B) {
			cpu0, ok0 := cputime.Process()
			audio := 0.0
			for b.Loop() {
				sum, err := e.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Voice: voice, Text: string(text)}}}, discard{})
				if err != nil {
					b.Fatal(err)
				}
				audio += sum.Seconds()
			}
			// CPU time per paragraph (with -cpu 1, one core's work), which a loaded machine does
			// not inflate as it does wall time.
			if cpu1, ok := cputime.Process(); ok && ok0 && b.N > 0 && cpu1 > cpu0 {
				b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
				b.ReportMetric(audio/(cpu1-cpu0).Seconds(), "cpu-xRT")
			}
		})
	}
}
