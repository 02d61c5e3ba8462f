package formant

import (
	"context"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// burstBands renders a stop before a vowel and returns the energy (dB) of the stop's burst, the
// last 20 ms of its segment (inside every stop's burst, which the planner puts at the end of the
// closure), in the band 1–4 kHz (the following vowel's F2–F3 region) and in the band 4–8 kHz.
func burstBands(t *testing.T, phones string, stop phone.Phone) (mid, high float64) {
	t.Helper()
	const sr = 24000
	ph, err := vocodertest.BuildPhrase(sr, phones, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultParams()
	p.Breathiness = 0
	v, err := New(sr, p, 5)
	if err != nil {
		t.Fatal(err)
	}
	var out []float32
	if err := v.Render(context.Background(), ph, audio.WriterFunc(func(b []float32) error {
		out = append(out, b...)
		return nil
	})); err != nil {
		t.Fatal(err)
	}
	pos := 0
	for _, s := range ph.Segments {
		if s.Phone == stop {
			end := pos + s.Samples
			x := out[end-sr/50 : end]
			band := func(lo, hi float64) float64 {
				e := 0.0
				for f := lo; f < hi; f += 50 {
					e += math.Pow(10, spectrumDB(x, sr, f)/10)
				}
				return 10 * math.Log10(e)
			}
			return band(1000, 4000), band(4000, 8000)
		}
		pos += s.Samples
	}
	t.Fatalf("no %v in %q", stop, phones)
	return 0, 0
}

// TestBurstSpectraByPlace: a velar burst is compact, its energy in one mid-frequency peak at the
// following vowel's F2–F3 (Blumstein & Stevens 1979; Stevens, Acoustic Phonetics ch. 7), while
// an alveolar burst is diffuse-rising, strongest above 4 kHz. "Compact" is taken as the mid band
// holding at least four times (6 dB) the energy above 4 kHz: a burst with a second, high peak
// of the same order (the old velar gains put one at F6) fails it.
func TestBurstSpectraByPlace(t *testing.T) {
	for _, tc := range []struct {
		phones string
		stop   phone.Phone
	}{
		{"K AA1", phone.K}, {"K IY1", phone.K}, {"G AA1", phone.G}, {"G IY1", phone.G},
	} {
		mid, high := burstBands(t, tc.phones, tc.stop)
		t.Logf("%s: burst 1–4 kHz %.1f dB, 4–8 kHz %.1f dB", tc.phones, mid, high)
		if mid-high < 6 {
			t.Errorf("%s: velar burst 1–4 kHz only %.1f dB above 4–8 kHz, want ≥ 6 (compact)", tc.phones, mid-high)
		}
	}
	for _, phones := range []string{"T AA1", "T IY1"} {
		mid, high := burstBands(t, phones, phone.T)
		t.Logf("%s: burst 1–4 kHz %.1f dB, 4–8 kHz %.1f dB", phones, mid, high)
		if high <= mid {
			t.Errorf("%s: alveolar burst 4–8 kHz %.1f dB not above 1–4 kHz %.1f dB (diffuse-rising)", phones, high, mid)
		}
	}
}
