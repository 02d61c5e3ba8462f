package synth_test

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// TestNoiseFloor: the pauses of every formant voice in the catalog carry a steady
// noise floor, as every recording does, rather than digital silence. The recognizer we score
// with estimates the background from the quietest frames (noise removal, voice activity
// detection, cepstral mean normalisation over the utterance), and digital zeros in pauses and
// stop closures are nothing it was trained on. The floor must lie where recorded voices have
// theirs, 46–55 dB under the speech (Festival's kal and HTS slt on Harvard sentences 1–3: the
// quietest tenth of 10 ms frames against the mean of the frames within 20 dB of the loudest);
// 40–60 dB is that range with the spread of one sentence's measure, and it must stay under the
// conformance suite's bound for silence. (The HTS voices render their pauses with their own
// floor, tested in synth/hts.)
func TestNoiseFloor(t *testing.T) {
	n := 0
	for _, v := range engine(t).Catalog().Voices() {
		if v.Vocoder != "formant" {
			continue
		}
		n++
		t.Run(v.Name, func(t *testing.T) {
			rec, sum := render(t, synth.Request{Parts: []synth.Part{{Voice: v.Name, Text: "The birch canoe slid on the smooth planks."}}})
			x := rec.Samples
			// The lead pause before the first word: its first 30 ms (of 60).
			lead := x[:sum.SampleRate*30/1000]
			floorDB := 20 * math.Log10(acoustics.RMS(lead))
			if floorDB > vocodertest.MaxSilentDB {
				t.Errorf("lead pause at %.1f dBFS, want at most %.0f", floorDB, vocodertest.MaxSilentDB)
			}
			// The speech's level: the mean power of the 10 ms frames within 20 dB of the loudest.
			n := sum.SampleRate / 100
			var frames []float64
			loudest := 0.0
			for i := 0; i+n <= len(x); i += n {
				p := acoustics.RMS(x[i : i+n])
				p *= p
				frames = append(frames, p)
				loudest = math.Max(loudest, p)
			}
			var e float64
			k := 0
			for _, p := range frames {
				if p >= loudest/100 {
					e += p
					k++
				}
			}
			under := 10*math.Log10(e/float64(k)) - floorDB
			t.Logf("lead pause %.1f dBFS, %.1f dB under the speech", floorDB, under)
			if !(under >= 40 && under <= 60) { // digital silence gives +Inf
				t.Errorf("noise floor %.1f dB under the speech, want 40–60 dB (recorded voices: 46–55)", under)
			}
		})
	}
	if n < 6 {
		t.Errorf("%d formant voices in the catalog, want at least 6 (joe ava sam mia kit leo)", n)
	}
}
