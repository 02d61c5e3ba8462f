package podcast

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testkit"
)

var benchSentences = []string{
	"Welcome back to the show, where we take apart the machines that talk.",
	"Today we are looking at how a formant synthesizer turns text into speech.",
	"It starts with normalization: numbers like 1,250 and dates like March 3rd, 2024 become words.",
	"Then every word gets a pronunciation from the lexicon, or from letter-to-sound rules.",
	"Isn't it strange that English spelling needs a dictionary at all?",
	"Prosody decides where the phrases break and how the pitch rises and falls.",
	"A question goes up at the end, doesn't it?",
	"The vocoder then shapes a buzzing source with resonators, one for each formant.",
	"That's why the whole engine fits in a few megabytes.",
	"Let's take a short break and come back to loudness.",
	"Broadcast platforms ask for about minus sixteen LUFS, measured with gating.",
	"True peak matters too, because lossy encoders overshoot between samples.",
	"So the renderer measures the whole episode first, then applies one gain.",
	"Dr. Smith, who wrote about this in 1998, called it the only honest approach.",
	"Really? I always thought per-sentence normalization was fine.",
	"It makes the level jump from line to line, and listeners notice that right away.",
}

// longScript builds a two-speaker script of about words words, with paragraphs.
func longScript(words int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: Benchmark\nvoices: Host=ava, Guest=joe\ngap: 350ms\n---\n")
	n, turn := 0, 0
	for n < words {
		spk := "Host"
		if turn%2 == 1 {
			spk = "Guest"
		}
		if turn%7 == 6 {
			b.WriteString("\n")
		}
		b.WriteString(spk + ": ")
		for k := 0; k < 3; k++ {
			s := benchSentences[(turn*3+k*5)%len(benchSentences)]
			b.WriteString(s + " ")
			n += len(strings.Fields(s))
		}
		b.WriteString("\n")
		turn++
	}
	return b.String()
}

// peakRSS reads the process's peak resident set size (VmHWM) in MiB; 0 where unavailable.
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return 0
}

// BenchmarkRender60Min renders a one-hour two-speaker episode with captions through the
// in-process engine and reports speed (×RT), the audio length and the process's peak RSS.
// Run it alone: go test -run XXX -bench Render60Min -benchtime 1x ./client/podcast
func BenchmarkRender60Min(b *testing.B) {
	if testing.Short() {
		b.Skip("long benchmark")
	}
	req := request(b, longScript(9600))
	dir := b.TempDir()
	var res Result
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var err error
		res, err = Render(context.Background(), testkit.Engine(b), req, Options{
			Output: filepath.Join(dir, "ep.wav"), Captions: filepath.Join(dir, "ep.vtt"),
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	cpu := (cpuTime() - cpu0) / time.Duration(b.N)
	b.ReportMetric(res.Speed, "xRT")
	// Speed per CPU second: on a shared machine wall time understates the render's speed.
	if cpu > 0 {
		b.ReportMetric(res.Duration.Seconds()/cpu.Seconds(), "xRT/cpu")
	}
	b.ReportMetric(res.Duration.Minutes(), "audio-min")
	b.ReportMetric(peakRSS(), "peak-RSS-MiB")
	b.ReportMetric(res.LoudnessAfter, "LUFS")
	b.ReportMetric(res.TruePeakAfter, "dBTP")
	fmt.Fprintf(os.Stderr, "render: %v of audio in %v (%.1f×RT; %v CPU), %d words, %d cues, %.2f LUFS %.2f dBTP, peak RSS %.0f MiB\n",
		res.Duration, res.Elapsed, res.Speed, cpu, res.Words, res.Cues, res.LoudnessAfter, res.TruePeakAfter, peakRSS())
}
