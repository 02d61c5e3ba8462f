package podcast

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
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

// resetPeakRSS starts a new peak of the process's resident set (Linux: writing 5 to
// /proc/self/clear_refs resets VmHWM to the current RSS), so each benchmark reports its own.
func resetPeakRSS() error {
	runtime.GC()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// benchEpisode renders a script two ways, in sub-benchmarks:
// "say" is the engine writing a WAV file (client.SaveWAV, what `chorus say -o` does: the speed
// to match) and "render" the finished episode (Render, normalized, with captions). Each reports
// its speed (xRT, and per CPU second: on a shared machine wall time understates it) and peak
// RSS; "render" also its speed as a share of "say"'s (of-say; the target is 0.5 or more).
func benchEpisode(b *testing.B, script string) {
	req := request(b, script)
	e := testkit.Engine(b)
	dir := b.TempDir()
	report := func(b *testing.B, audio time.Duration, cpu0 time.Duration) float64 {
		n := time.Duration(b.N)
		wall, cpu := b.Elapsed()/n, (cpuTime()-cpu0)/n
		xrt := audio.Seconds() / wall.Seconds()
		b.ReportMetric(xrt, "xRT")
		if cpu > 0 {
			b.ReportMetric(audio.Seconds()/cpu.Seconds(), "xRT/cpu")
		}
		b.ReportMetric(audio.Minutes(), "audio-min")
		if rss := peakRSS(); rss > 0 {
			b.ReportMetric(rss, "peak-RSS-MiB")
		}
		return xrt
	}
	var sayXRT float64
	b.Run("say", func(b *testing.B) {
		if err := resetPeakRSS(); err != nil {
			b.Logf("peak RSS is the process's: %v", err)
		}
		var sum synth.Summary
		cpu0 := cpuTime()
		for b.Loop() {
			var err error
			if sum, err = client.SaveWAV(context.Background(), client.Local{Engine: e}, req, filepath.Join(dir, "say.wav")); err != nil {
				b.Fatal(err)
			}
		}
		sayXRT = report(b, time.Duration(sum.Seconds()*float64(time.Second)), cpu0)
	})
	b.Run("render", func(b *testing.B) {
		if err := resetPeakRSS(); err != nil {
			b.Logf("peak RSS is the process's: %v", err)
		}
		var res Result
		cpu0 := cpuTime()
		for b.Loop() {
			var err error
			res, err = Render(context.Background(), e, req, Options{
				Output: filepath.Join(dir, "ep.wav"), Captions: filepath.Join(dir, "ep.vtt"),
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		xrt := report(b, res.Duration, cpu0)
		if sayXRT > 0 {
			b.ReportMetric(xrt/sayXRT, "of-say")
		}
		b.ReportMetric(res.LoudnessAfter, "LUFS")
		b.ReportMetric(res.TruePeakAfter, "dBTP")
	})
}

// BenchmarkRender10Min: a ten-minute two-speaker episode, for make bench.
func BenchmarkRender10Min(b *testing.B) { benchEpisode(b, longScript(1600)) }

// BenchmarkRender60Min: testdata/episode-60min.txt, an hour with three speakers (make
// bench-episode). Its words alone are what `chorus say` reads in the measurement beside it:
//
//	sed -n 's/^\(Host\|Guest\|Third\): //p' client/podcast/testdata/episode-60min.txt
func BenchmarkRender60Min(b *testing.B) {
	if testing.Short() {
		b.Skip("long benchmark")
	}
	benchEpisode(b, string(testkit.ReadFile(b, filepath.Join("testdata", "episode-60min.txt"))))
}
