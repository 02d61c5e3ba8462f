package script_test

import (
	"context"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/client/podcast"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth/audio"
)

// TestEpisodeMixesEngines renders an episode whose five speakers have no mapping: they get the
// recorded voices first (diphone kal and ked, and any other recorded voice the catalog has),
// then a formant voice, so one episode mixes engines and native rates (16 kHz diphones, 24 kHz
// formant). The episode must come out at the one rate asked for, finite, and each speaker's
// speech as the engine renders it into the episode within 1 LU of the others' (BS.1770
// integrated loudness of the spans of their words), and so must each speaker's level in the
// finished file, after the episode's one gain and the true-peak limiter: the limiter takes more
// from voices with a higher peak-to-loudness ratio, which is what the episode's phase rotator
// evens out (client/podcast/rotator.go). 1 LU is the bound, about the smallest loudness
// step listeners notice in speech.
func TestEpisodeMixesEngines(t *testing.T) {
	e := testkit.Engine(t)
	cat := e.Catalog()
	lines := []string{
		"The small boat drifted slowly toward the northern shore, past the rocks.",
		"Bright lamps were hung along the wall before the evening meal began.",
		"A cold wind swept over the fields, and the children ran home to eat.",
		"Did anyone see where the old map was left after the long meeting?",
	}
	speakers := []string{"Ann", "Ben", "Cara", "Dev", "Eli"} // one more than the recorded voices' usual count
	var src strings.Builder
	for round := 0; round < 2; round++ {
		for i, spk := range speakers {
			src.WriteString(spk + ": " + lines[(i+round)%len(lines)] + "\n")
		}
	}
	s, err := script.Parse(strings.NewReader(src.String()), "ep.txt", script.Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.Request(cat)
	if err != nil {
		t.Fatal(err)
	}
	const rate = 24000
	req.SampleRate = rate
	voiceOf := map[string]string{}
	vocoders := map[string]bool{}
	for _, p := range req.Parts {
		voiceOf[p.Speaker] = p.Voice
		v, _ := cat.Voice(p.Voice)
		vocoders[v.Vocoder] = true
	}
	if v, _ := cat.Voice(voiceOf["Ann"]); !v.Recorded() || !vocoders["diphone"] || !vocoders["formant"] {
		t.Fatalf("speakers got %v: want recorded voices first and a formant voice among them", voiceOf)
	}

	out := filepath.Join(t.TempDir(), "ep.wav")
	res, err := podcast.Render(context.Background(), e, req, podcast.Options{Output: out})
	if err != nil {
		t.Fatal(err)
	}
	samples, gotRate := testkit.ReadWAV(t, out)
	if gotRate != rate || res.SampleRate != rate || int64(len(samples)) != res.Samples {
		t.Fatalf("episode at %d Hz (result %d Hz), %d samples (result %d)", gotRate, res.SampleRate, len(samples), res.Samples)
	}
	if n := acoustics.NonFinite(samples); n > 0 {
		t.Fatalf("%d non-finite samples", n)
	}
	// Each speaker's audio: the spans of their words (timed by rendering the same request
	// straight from the engine, which the episode keeps sample for sample), joined.
	direct, _ := testkit.Render(t, e, req)
	if len(direct.Samples) != len(samples) || len(direct.Words) == 0 {
		t.Fatalf("engine render: %d samples, %d words; episode %d samples", len(direct.Samples), len(direct.Words), len(samples))
	}
	spans := map[string][]float32{}
	final := map[string][]float32{}
	for _, w := range direct.Words {
		if w.End > int64(len(samples)) || w.Start < 0 || w.End < w.Start {
			t.Fatalf("word %q at [%d, %d) outside the episode", w.Word, w.Start, w.End)
		}
		spans[w.Speaker] = append(spans[w.Speaker], direct.Samples[w.Start:w.End]...)
		final[w.Speaker] = append(final[w.Speaker], samples[w.Start:w.End]...)
	}
	loudness := func(spk string, x []float32) float64 {
		t.Helper()
		if len(x) < 2*rate {
			t.Fatalf("%s: %d samples of words, want 2 s at least", spk, len(x))
		}
		l, _, err := audio.MeasureLoudness(x, rate)
		if err != nil || math.IsInf(l, 0) || math.IsNaN(l) {
			t.Fatalf("%s: loudness %v, %v", spk, l, err)
		}
		return l
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	flo, fhi := math.Inf(1), math.Inf(-1)
	for _, spk := range speakers {
		l, f := loudness(spk, spans[spk]), loudness(spk, final[spk])
		t.Logf("%-4s (%s): %6.2f LUFS over %.1f s as rendered; %6.2f LUFS in the normalized, peak-limited episode",
			spk, voiceOf[spk], l, float64(len(spans[spk]))/rate, f)
		lo, hi = math.Min(lo, l), math.Max(hi, l)
		flo, fhi = math.Min(flo, f), math.Max(fhi, f)
	}
	if hi-lo > 1 {
		t.Errorf("speakers' loudness as rendered spans %.2f LU (%.2f to %.2f): want within 1 LU", hi-lo, lo, hi)
	}
	if fhi-flo > 1 {
		t.Errorf("speakers' loudness in the finished episode spans %.2f LU (%.2f to %.2f): want within 1 LU", fhi-flo, flo, fhi)
	}
}
