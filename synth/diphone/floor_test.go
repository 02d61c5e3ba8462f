package diphone

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// floorTolDB is the tolerance on a measured noise-floor level. The RMS of n samples of uniform
// noise has a relative standard deviation of about √(0.8/n) in power (a uniform variable's
// fourth moment is 1.8 times its squared variance); over the shortest stretch measured here,
// the first half of the 150 ms lead pause at 16 kHz (1200 samples; its second half can carry
// the first phone's excitation: a pause fades over silenceFade samples and a grain reaches
// maxHalf before its pitchmark), that is 2.6 % in power, 0.11 dB, and 0.5 dB is four of them.
const floorTolDB = 0.5

// leadHalf is the first half of a phrase's lead pause (vocodertest.PhraseOptions.LeadSilence:
// 150 ms), before anything of the first phone can reach it.
const leadHalf = NativeRate * 150 / 1000 / 2

// TestNoiseFloorInPauses: with noise_floor_db set, a pause is the floor at that RMS level;
// without it, a pause is digital silence.
func TestNoiseFloorInPauses(t *testing.T) {
	ph := phrase(t, "HH AH0 L OW1 | W ER1 L D", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	for _, voice := range []string{"kal", "ked"} {
		for _, fl := range []float64{-90, -73, -60} {
			x := renderOne(t, newV(t, Params{Voice: voice, NoiseFloorDB: fl}), ph)
			got := rmsDB(x[:leadHalf])
			t.Logf("%s, noise_floor_db %v: lead pause at %.2f dBFS", voice, fl, got)
			if math.Abs(got-fl) > floorTolDB {
				t.Errorf("%s, noise_floor_db %v: lead pause at %.2f dBFS, want %v ± %v", voice, fl, got, fl, floorTolDB)
			}
		}
		x := renderOne(t, newV(t, Params{Voice: voice}), ph)
		for i, s := range x[:leadHalf] {
			if s != 0 {
				t.Fatalf("%s, no noise floor: sample %d of the lead pause is %g, want 0", voice, i, s)
			}
		}
	}
}

// TestNoiseFloorUnderSpeech: the floor is added to the speech as well as to the pauses, and it
// leaves everything else as it was (the floor has its own generator, and the soft limiter is
// linear below its knee): a render with a floor minus one without (same seed) is the floor
// alone, at its level over the whole phrase.
func TestNoiseFloorUnderSpeech(t *testing.T) {
	ph := phrase(t, "S AA1 T IH0 N", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	ref := renderOne(t, newV(t, Params{}), ph)
	if p := acoustics.Peak(ref); p >= limitKnee {
		t.Fatalf("peak %.3f reaches the limiter's knee %.2f: the difference would not be the floor alone", p, limitKnee)
	}
	got := renderOne(t, newV(t, Params{NoiseFloorDB: -70}), ph)
	if len(got) != len(ref) {
		t.Fatalf("%d samples with the floor, %d without", len(got), len(ref))
	}
	diff := make([]float32, len(got))
	for i := range got {
		diff[i] = got[i] - ref[i]
	}
	d := rmsDB(diff)
	t.Logf("floor under the speech: %.2f dBFS", d)
	if math.Abs(d+70) > floorTolDB {
		t.Errorf("render with the floor minus render without: %.2f dBFS, want −70 ± %v", d, floorTolDB)
	}
}
