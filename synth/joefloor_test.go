package synth_test

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// TestJoeNoiseFloor: the default formant voice's pauses carry a steady noise floor, as every
// recording does, rather than digital silence. The recognizer we score with estimates the
// background from the quietest frames (noise removal, voice activity detection, cepstral mean
// normalisation over the utterance), and digital zeros in pauses and stop closures are nothing
// it was trained on. The floor must lie where recorded voices have theirs, 46–55 dB under the
// speech (Festival's kal and HTS slt on Harvard sentences 1–3: the quietest tenth of 10 ms
// frames against the mean of the frames within 20 dB of the loudest); 40–60 dB is that range
// with the spread of one sentence's measure, and it must stay under the conformance suite's
// bound for silence.
func TestJoeNoiseFloor(t *testing.T) {
	rec, sum := render(t, synth.Request{Parts: []synth.Part{{Voice: "joe", Text: "The birch canoe slid on the smooth planks."}}})
	x := rec.Samples
	lead := x[:sum.SampleRate*40/1000] // the lead pause before the first word (60 ms)
	floor := acoustics.RMS(lead)
	if floor == 0 {
		t.Fatal("lead pause: digital silence, want a noise floor")
	}
	floorDB := 20 * math.Log10(floor)
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
	if under < 40 || under > 60 {
		t.Errorf("noise floor %.1f dB under the speech, want 40–60 dB (recorded voices: 46–55)", under)
	}
}
