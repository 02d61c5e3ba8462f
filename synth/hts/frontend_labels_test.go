package hts_test

import (
	"bufio"
	"context"
	"encoding/json"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/hts"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/voices"
)

// labelKeeper is an HTS vocoder that keeps the labels of the phrases it is given instead of
// rendering them (its PhoneSeconds still times them, for voices timed by their model).
type labelKeeper struct {
	*hts.Vocoder
	keep func([]string)
}

func (k labelKeeper) Render(_ context.Context, ph *prosody.Phrase, _ audio.Writer) error {
	k.keep(hts.LabelsOf(ph))
	return nil
}

// frontEndSentences are the sentences of testdata/sentences.txt and, made from their words, n
// more of 1 to 40 words with commas, semicolons, colons and question marks, so that labels
// count words, syllables and phrases into two digits and phrases end in each tone.
func frontEndSentences(t *testing.T, n int) []string {
	t.Helper()
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
		for _, w := range strings.Fields(line) {
			if w = strings.Trim(w, `.,;:!?"`); w != "" {
				words = append(words, w)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(16, 300))
	for range n {
		var b strings.Builder
		for i, m := 0, 1+r.IntN(40); i < m; i++ {
			if i > 0 {
				b.WriteString([]string{" ", " ", " ", " ", " ", " ", ", ", "; ", ": "}[r.IntN(9)])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		b.WriteString([]string{".", "?", "!"}[r.IntN(3)])
		out = append(out, b.String())
	}
	return out
}

// Every pattern and question of the slt voice answers the labels our front end makes for a
// few hundred sentences, in slt's and val's prosody, as its glob does.
func TestFrontEndLabelsAnswerLikeGlobs(t *testing.T) {
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	labels := map[string]bool{}
	keeper := func(rate int, raw json.RawMessage) (synth.VocoderFactory, error) {
		mk, err := hts.Factory(rate, raw)
		if err != nil {
			return nil, err
		}
		return func(seed uint64) (synth.Vocoder, error) {
			vc, err := mk(seed)
			if err != nil {
				return nil, err
			}
			return labelKeeper{vc, func(ls []string) {
				mu.Lock()
				defer mu.Unlock()
				for _, l := range ls {
					labels[l] = true
				}
			}}, nil
		}, nil
	}
	e, err := synth.New(cat, synth.WithBackend("hts", keeper))
	if err != nil {
		t.Fatal(err)
	}
	sentences := frontEndSentences(t, 133)
	stride, minLabels := 1, 10000
	if hts.RaceBuild {
		// A sample: the race detector slows the front end and the comparisons sevenfold and adds
		// nothing to them (TestShapesConcurrently covers concurrent use).
		stride, minLabels = 4, 2000
		var sample []string
		for i := 0; i < len(sentences); i += stride {
			sample = append(sample, sentences[i])
		}
		sentences = sample
	}
	for i, s := range sentences {
		voice := []string{"slt", "val"}[i%2]
		testkit.Render(t, e, synth.Request{Parts: []synth.Part{{Voice: voice, Text: s}}})
	}
	v, err := hts.Slt()
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) < minLabels {
		t.Fatalf("only %d distinct labels from %d sentences", len(labels), len(sentences))
	}
	sorted := slices.Sorted(maps.Keys(labels))
	if hts.RaceBuild {
		stride = 16
	}
	t.Logf("%d distinct labels from %d sentences, checking every %d", len(labels), len(sentences), stride)
	tones := map[string]bool{}
	for i := 0; i < len(sorted); i += stride {
		l := sorted[i]
		if i := strings.Index(l, "/H:"); i >= 0 {
			if j := strings.Index(l[i:], "|"); j >= 0 {
				tones[strings.SplitN(l[i+j+1:], "/", 2)[0]] = true
			}
		}
		bad, byShape, bySet := hts.CheckAnswers(v, l)
		for _, b := range bad {
			t.Errorf("label %q: %s", l, b)
		}
		if len(bad) > 0 {
			break
		}
		if byShape < 600 || bySet < 1000 {
			t.Fatalf("label %q: only %d patterns answered by its shape and %d questions by their word sets", l, byShape, bySet)
		}
	}
	if len(tones) < 2 {
		t.Errorf("labels end phrases in tones %v only", tones)
	}
}
