package client_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// firstAudio notes when the first samples arrive.
type firstAudio struct {
	start, first time.Time
	n            int64
}

func (f *firstAudio) Audio(p []float32) error {
	if f.first.IsZero() {
		f.first = time.Now()
	}
	f.n += int64(len(p))
	return nil
}
func (f *firstAudio) Word(synth.WordTiming) error { return nil }

// benchSynth reports speed as a multiple of real time (xRT) and the latency of the first audio.
func benchSynth(b *testing.B, s client.Synthesizer) {
	req := synth.Request{Parts: []synth.Part{{Text: strings.Repeat("The quick brown fox jumps over the lazy dog, twice on Sunday. ", 20)}}}
	ctx := context.Background()
	var audioSecs, wall, first float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := &firstAudio{start: time.Now()}
		sum, err := s.Synthesize(ctx, req, f)
		if err != nil {
			b.Fatal(err)
		}
		wall += time.Since(f.start).Seconds()
		first += f.first.Sub(f.start).Seconds()
		audioSecs += sum.Seconds()
	}
	b.ReportMetric(audioSecs/wall, "xRT")
	b.ReportMetric(1000*first/float64(b.N), "first-audio-ms")
}

func BenchmarkLocal(b *testing.B)  { benchSynth(b, client.Local{Engine: testkit.Engine(b)}) }
func BenchmarkRemote(b *testing.B) { benchSynth(b, remote(b)) }
