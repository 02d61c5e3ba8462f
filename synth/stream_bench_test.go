package synth_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/synth"
)

// signalSink reports its first Audio call.
type signalSink struct {
	once  sync.Once
	first chan struct{}
}

func (s *signalSink) Audio([]float32) error {
	s.once.Do(func() { close(s.first) })
	return nil
}

func (s *signalSink) Word(synth.WordTiming) error { return nil }

// BenchmarkStreamFirstAudio measures, per stream, the time from the Write that completes the
// first sentence to the first audio the sink receives, and reports its median and 99th
// percentile. "whole" writes the sentence with the start of the next word in one piece;
// "tokens" writes a model's reply token by token and times from the token that completes the
// sentence (" The", after "sentence" and "."); voices kal (diphone) and joe (formant).
func BenchmarkStreamFirstAudio(b *testing.B) {
	for _, voice := range []string{"joe", "kal"} {
		for _, mode := range []string{"whole", "tokens"} {
			b.Run(voice+"/"+mode, func(b *testing.B) {
				e := sengine(b)
				req := synth.Request{Parts: []synth.Part{{Voice: voice}}}
				tokens := []string{"Hello", " there", ",", " this", " is", " the", " first", " sentence", "."}
				lat := make([]time.Duration, 0, b.N)
				b.ResetTimer()
				for range b.N {
					sink := &signalSink{first: make(chan struct{})}
					st, err := e.NewStream(context.Background(), req, sink)
					if err != nil {
						b.Fatal(err)
					}
					if mode == "tokens" {
						for _, tok := range tokens {
							if err := st.Write(tok); err != nil {
								b.Fatal(err)
							}
						}
					}
					t0 := time.Now()
					var werr error
					if mode == "tokens" {
						werr = st.Write(" The")
					} else {
						werr = st.Write("Hello there, this is the first sentence. The")
					}
					if werr != nil {
						b.Fatal(werr)
					}
					select {
					case <-sink.first:
					case <-time.After(hangGuard):
						b.Fatal("no audio")
					}
					lat = append(lat, time.Since(t0))
					st.Cancel()
				}
				b.StopTimer()
				slices.Sort(lat)
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
			})
		}
	}
}
