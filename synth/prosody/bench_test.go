package prosody_test

import (
	"os"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/cputime"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// The paragraph is the speed benchmark's (../shared/eval/minute.txt: 174 words, about a minute of
// speech); BenchmarkSynthesizeParagraph in package synth renders the same file.

type sentence struct {
	words []prosody.Word
	kind  text.Kind
}

func paragraphSentences(b *testing.B) []sentence {
	b.Helper()
	lex, err := g2p.New()
	if err != nil {
		b.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/paragraph.txt")
	if err != nil {
		b.Fatal(err)
	}
	ss, err := text.Normalize(string(raw))
	if err != nil {
		b.Fatal(err)
	}
	var out []sentence
	n, missing := 0, 0
	for _, s := range ss {
		var ws []prosody.Word
		for _, w := range s.Words {
			n++
			p, ok := lex.Lookup(w.Text, w.POS)
			if !ok {
				missing++ // out of the dictionary (the engine would use letter-to-sound)
				continue
			}
			ws = append(ws, prosody.Word{Text: w.Text, Pron: p, Break: w.Break, Function: prosody.IsFunctionWord(w.Text)})
		}
		out = append(out, sentence{ws, s.Kind})
	}
	if missing*20 > n {
		b.Fatalf("%d of %d words have no pronunciation", missing, n)
	}
	return out
}

// BenchmarkPlanParagraph plans the paragraph's sentences with the rules (as joe by default)
// and with the trained models (as kal). Reported per paragraph; compare with
// BenchmarkSynthesizeParagraph: the issue wants the prosody stage under 5 % of synthesis.
func BenchmarkPlanParagraph(b *testing.B) {
	ss := paragraphSentences(b)
	for _, c := range []struct {
		name string
		v    prosody.Voice
	}{
		{"rules", prosody.Voice{BaseHz: 112, RangeSemitones: 5, Tempo: 1}},
		{"model", prosody.Voice{BaseHz: 100, RangeSemitones: 2.5, Tempo: 1, Durations: "kal", Intonation: prosody.IntonationModel, F0Mean: 105, F0Std: 14}},
	} {
		b.Run(c.name, func(b *testing.B) {
			cpu0, ok0 := cputime.Process()
			for b.Loop() {
				for _, s := range ss {
					if _, err := prosody.Plan(s.words, s.kind, c.v, prosody.Options{SampleRate: 16000}); err != nil {
						b.Fatal(err)
					}
				}
			}
			reportCPU(b, cpu0, ok0)
		})
	}
}

// reportCPU reports the process's CPU time per iteration since cpu0 (cpu-ms/op), which a loaded
// machine does not inflate as it does wall time; run with -cpu 1 so that it is one core's work.
func reportCPU(b *testing.B, cpu0 time.Duration, ok0 bool) {
	if cpu1, ok := cputime.Process(); ok && ok0 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}
