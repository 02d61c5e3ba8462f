package formant

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
)

// floorTolDB is the tolerance on a measured noise-floor level. The RMS of n samples of
// uniform noise has a relative standard deviation of about √(0.8/n) in power (a uniform
// variable's fourth moment is 1.8 times its squared variance); over the shortest stretch
// measured here (the first 3/4 of the 150 ms lead pause at 24 kHz, 2700 samples; its end
// already carries the onset of the first phone) that is 1.7 % in power, 0.075 dB, and 0.3 dB
// is four of them.
const floorTolDB = 0.3

// TestNoiseFloorInPauses: with noise_floor_db set, a pause is the floor at that RMS level;
// without it, a pause is digital silence.
func TestNoiseFloorInPauses(t *testing.T) {
	for _, db := range []float64{-90, -76, -60} {
		p := DefaultParams()
		p.NoiseFloorDB = db
		ph, out := renderPhones(t, p, 5, "AA1")
		lead := ph.Segments[0].Samples * 3 / 4 // the lead pause before the first phone's onset
		got := 20 * math.Log10(acoustics.RMS(out[:lead]))
		t.Logf("noise_floor_db %v: lead pause at %.2f dBFS", db, got)
		if math.Abs(got-db) > floorTolDB {
			t.Errorf("noise_floor_db %v: lead pause at %.2f dBFS, want %v ± %v", db, got, db, floorTolDB)
		}
	}
	ph, out := renderPhones(t, DefaultParams(), 5, "AA1")
	for i, x := range out[:ph.Segments[0].Samples*3/4] {
		if x != 0 {
			t.Fatalf("no noise floor: sample %d of the lead pause is %g, want 0", i, x)
		}
	}
}

// TestNoiseFloorUnderSpeech: the floor is added to the speech as well as to the pauses, and it
// leaves everything else as it was: the difference between a render with a floor and one
// without (same seed) is the floor alone, at its level over the whole phrase.
func TestNoiseFloorUnderSpeech(t *testing.T) {
	const phones = "S AA1 T IH0 N"
	p := DefaultParams()
	_, ref := renderPhones(t, p, 9, phones)
	p.NoiseFloorDB = -70
	ph, got := renderPhones(t, p, 9, phones)
	if len(got) != len(ref) {
		t.Fatalf("%d samples with the floor, %d without", len(got), len(ref))
	}
	lead := ph.Segments[0].Samples
	diff := make([]float32, 0, len(got)-lead)
	for i := lead; i < len(got); i++ {
		diff = append(diff, got[i]-ref[i])
	}
	db := 20 * math.Log10(acoustics.RMS(diff))
	t.Logf("floor under the speech: %.2f dBFS", db)
	if math.Abs(db+70) > floorTolDB {
		t.Errorf("render with the floor minus render without, after the lead pause: %.2f dBFS, want −70 ± %v", db, floorTolDB)
	}
}
