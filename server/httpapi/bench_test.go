package httpapi

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// paragraph is about 20 s of speech in five sentences.
const paragraph = "The committee met on Tuesday to review the budget for the coming year. " +
	"After a long discussion, it agreed to fund the new library and to repair the bridge on Mill Road. " +
	"Several residents asked why the park would have to wait another season. " +
	"The chair answered that the grant for it had not yet been confirmed. " +
	"A final vote is expected at the next meeting, on the fourteenth of March."

// BenchmarkTTFB measures, per response format, on loopback: the time to the first byte of the
// body (ttfb-ms: the status line and the format's header, which go at once), to the first
// encoded audio (audio-ms: past what the encoder writes when it opens), and to the last byte
// (total-ms), for a paragraph.
func BenchmarkTTFB(b *testing.B) {
	st := start(b, stackOpts{})
	h := st.handler
	for _, name := range []string{"pcm", "wav", "flac", "mp3", "opus"} {
		f := h.formats[name]
		if f == nil || f.open == nil {
			b.Fatalf("no %s encoder in this build", name)
		}
		// What the encoder writes before any audio.
		var hdr bytes.Buffer
		if _, err := f.open(&hdr, DefaultSampleRate); err != nil {
			b.Fatal(err)
		}
		body := fmt.Sprintf(`{"input":%q,"voice":"joe","response_format":%q}`, paragraph, name)
		b.Run(name, func(b *testing.B) {
			var first, firstAudio, total time.Duration
			buf := make([]byte, 32<<10)
			for b.Loop() {
				t0 := time.Now()
				resp, err := http.Post(st.url+"/v1/audio/speech", "application/json", strings.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				if resp.StatusCode != 200 {
					b.Fatalf("status %d", resp.StatusCode)
				}
				n := 0
				for n <= hdr.Len() {
					k, err := resp.Body.Read(buf)
					if n == 0 && k > 0 {
						first += time.Since(t0)
					}
					n += k
					if err != nil {
						b.Fatalf("body ended after %d bytes: %v", n, err)
					}
				}
				firstAudio += time.Since(t0)
				if _, err := io.Copy(io.Discard, resp.Body); err != nil {
					b.Fatal(err)
				}
				resp.Body.Close()
				total += time.Since(t0)
			}
			per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
			b.ReportMetric(per(first), "ttfb-ms")
			b.ReportMetric(per(firstAudio), "audio-ms")
			b.ReportMetric(per(total), "total-ms")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkEncodeShare measures what encoding costs beside synthesis: each format's encoder on
// the paragraph's samples, as a fraction of the engine's time to render them (enc/synth), and
// as a multiple of real time (xRT).
func BenchmarkEncodeShare(b *testing.B) {
	eng := testkit.Engine(b)
	req := synth.Request{SampleRate: DefaultSampleRate, Parts: []synth.Part{{Voice: "joe", Text: paragraph}}}
	var synthTime time.Duration
	var samples []float32
	const renders = 5
	for range renders {
		rec := &testkit.Recorder{}
		t0 := time.Now()
		if _, err := eng.Synthesize(context.Background(), req, rec); err != nil {
			b.Fatal(err)
		}
		synthTime += time.Since(t0)
		samples = rec.Samples
	}
	synthTime /= renders
	pcm := audio.Encode(nil, audio.PCM16, samples)
	seconds := float64(len(samples)) / DefaultSampleRate
	fm := formats()
	for _, name := range []string{"pcm", "wav", "flac", "mp3", "opus"} {
		f := fm[name]
		b.Run(name, func(b *testing.B) {
			var d time.Duration
			for b.Loop() {
				t0 := time.Now()
				enc, err := f.open(io.Discard, DefaultSampleRate)
				if err != nil {
					b.Fatal(err)
				}
				for i := 0; i < len(pcm); i += 4800 { // the server's 100 ms chunks
					if err := enc.Write(pcm[i:min(i+4800, len(pcm))]); err != nil {
						b.Fatal(err)
					}
				}
				if err := enc.Close(); err != nil {
					b.Fatal(err)
				}
				d += time.Since(t0)
			}
			per := d.Seconds() / float64(b.N)
			b.ReportMetric(per/synthTime.Seconds(), "enc/synth")
			b.ReportMetric(seconds/per, "xRT")
		})
	}
}
