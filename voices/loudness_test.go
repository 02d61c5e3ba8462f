package voices_test

import (
	"sort"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// loudnessText is a paragraph of plain statements and a question, about 12 s of speech.
const loudnessText = "The small boat drifted slowly toward the northern shore. " +
	"Bright lamps were hung along the wall before the evening meal. " +
	"Did anyone see where the old map was left? " +
	"A cold wind swept over the fields, and the children ran home to their warm kitchen."

// TestVoicesLoudnessMatch renders the same paragraph with every voice of the catalog at the
// episode rate (24 kHz, so voices of different engines and native rates are resampled as in a
// podcast) and measures its integrated loudness with the ITU-R BS.1770 meter podcasts use
// (audio.LoudnessMeter: K-weighting and gating). Every voice must be within 1 LU of the median of
// all voices: an episode is normalized as a whole with one gain, so a voice off by more would
// stand out against the others (1 LU is about the smallest loudness step listeners notice in
// speech). Each voice's params.gain_db in voices/data is its calibration.
func TestVoicesLoudnessMatch(t *testing.T) {
	e := testkit.Engine(t)
	const rate = 24000
	type level struct {
		name     string
		recorded bool
		lufs     float64
	}
	var levels []level
	recorded := 0
	for _, v := range e.Catalog().Voices() {
		if v.Recorded() {
			recorded++
		}
		rec, _ := testkit.Render(t, e, synth.Request{SampleRate: rate, Parts: []synth.Part{{Voice: v.Name, Text: loudnessText}}})
		m, err := audio.NewLoudnessMeter(rate)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Write(rec.Samples); err != nil {
			t.Fatal(err)
		}
		levels = append(levels, level{v.Name, v.Recorded(), m.Integrated()})
	}
	if recorded < 2 {
		t.Fatalf("only %d recorded voices in the catalog, want kal and ked at least", recorded)
	}
	sorted := append([]level(nil), levels...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].lufs < sorted[j].lufs })
	median := sorted[len(sorted)/2].lufs
	if len(sorted)%2 == 0 {
		median = (sorted[len(sorted)/2-1].lufs + median) / 2
	}
	for _, l := range levels {
		t.Logf("%-4s %6.2f LUFS (%+.2f LU from the median)", l.name, l.lufs, l.lufs-median)
		if d := l.lufs - median; d > 1 || d < -1 {
			t.Errorf("voice %s: %.2f LUFS, %+.2f LU from the median %.2f: adjust its gain in voices/data", l.name, l.lufs, d, median)
		}
	}
}
