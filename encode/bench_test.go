package encode_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

const benchParagraph = "Most people who try a speech service first reach it with a browser or a client " +
	"library they already use. The audio should start at once, sound clean, and arrive in the " +
	"format their player expects, whether that is a lossless file for editing or a small stream " +
	"for a phone on a slow connection."

// BenchmarkEncode measures each format's encoding of a synthesized paragraph (the engine's
// default voice at its native rate, in the server's 100 ms chunks) beside the synthesis of the
// same paragraph: of-synthesis is encoding time as a fraction of synthesis time (wall), and
// cpu-of-synthesis the same in CPU time (user and system, which other processes on a busy
// machine do not inflate); xRT is the encoder's speed as a multiple of real time.
func BenchmarkEncode(b *testing.B) {
	eng := testkit.Engine(b)
	req := synth.Request{Parts: []synth.Part{{Text: benchParagraph}}}
	rec, sum := testkit.Render(b, eng, req)
	x := rec.Samples
	audioSec := float64(len(x)) / float64(sum.SampleRate)

	// Synthesis time of the paragraph: the best of a few runs; CPU time: their mean.
	var synthTime time.Duration
	const runs = 5
	cpu0 := cpuTime(b)
	for range runs {
		t0 := time.Now()
		if _, err := eng.Synthesize(b.Context(), req, &testkit.Recorder{}); err != nil {
			b.Fatal(err)
		}
		if d := time.Since(t0); synthTime == 0 || d < synthTime {
			synthTime = d
		}
	}
	synthCPU := (cpuTime(b) - cpu0) / runs
	b.Logf("paragraph: %.2f s of audio at %d Hz, synthesis %v wall (%.0f× real time), %v CPU", audioSec, sum.SampleRate, synthTime, audioSec/synthTime.Seconds(), synthCPU)

	chunk := sum.SampleRate / 10
	for _, f := range encode.Formats() {
		b.Run(string(f), func(b *testing.B) {
			b.SetBytes(int64(4 * len(x)))
			var out int64
			c0 := cpuTime(b)
			for b.Loop() {
				var c countingWriter
				e, err := encode.New(&c, f, sum.SampleRate, encode.Options{})
				if err != nil {
					b.Fatal(err)
				}
				for i := 0; i < len(x); i += chunk {
					if err := e.Write(x[i:min(i+chunk, len(x))]); err != nil {
						b.Fatal(err)
					}
				}
				if err := e.Close(); err != nil {
					b.Fatal(err)
				}
				out = int64(c.n)
			}
			perCPU := (cpuTime(b) - c0) / time.Duration(b.N)
			b.ReportMetric(perCPU.Seconds()/synthCPU.Seconds(), "cpu-of-synthesis")
			b.ReportMetric(float64(perCPU.Microseconds())/1000, "cpu-ms/op")
			per := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(per.Seconds()/synthTime.Seconds(), "of-synthesis")
			b.ReportMetric(audioSec/per.Seconds(), "xRT")
			b.ReportMetric(float64(out)*8/audioSec/1000, "kb/s")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
