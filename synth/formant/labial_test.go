package formant

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// burstLevels renders a stop before a vowel and returns the mean spectral level (dB per 50 Hz
// bin) of its burst, the last 20 ms of its segment (as burstBands), below 2 kHz and at 4–8 kHz.
func burstLevels(t *testing.T, phones string, stop phone.Phone) (low, high float64) {
	t.Helper()
	p := DefaultParams()
	p.Breathiness = 0
	ph, out := renderPhones(t, p, 5, phones)
	pos, n := firstSegment(t, ph, stop)
	end := pos + n
	x := out[end-segmentRate/50 : end]
	mean := func(lo, hi float64) float64 {
		e, k := 0.0, 0
		for f := lo; f < hi; f += 50 {
			e += math.Pow(10, spectrumDB(x, segmentRate, f)/10)
			k++
		}
		return 10 * math.Log10(e/float64(k))
	}
	return mean(500, 2000), mean(4000, 8000)
}

// TestLabialBurstFalls: a labial burst is diffuse-falling (Blumstein & Stevens 1979; Stevens,
// Acoustic Phonetics ch. 7), its spectrum strongest near the labial F2 locus and falling with
// frequency. "Falling" is taken as the mean level at 4–8 kHz at least 6 dB under the mean level
// at 0.5–2 kHz, a fall of 3 dB an octave or more between the bands' centres; Klatt's flat bypass
// burst, which this replaced, had the two within 1 dB.
func TestLabialBurstFalls(t *testing.T) {
	for _, tc := range []struct {
		phones string
		stop   phone.Phone
	}{
		{"P AA1", phone.P}, {"P IY1", phone.P}, {"B AA1", phone.B}, {"B IY1", phone.B},
	} {
		low, high := burstLevels(t, tc.phones, tc.stop)
		t.Logf("%s: burst 0.5–2 kHz %.1f dB, 4–8 kHz %.1f dB", tc.phones, low, high)
		if low-high < 6 {
			t.Errorf("%s: labial burst 4–8 kHz only %.1f dB under 0.5–2 kHz, want ≥ 6 (falling)", tc.phones, low-high)
		}
	}
}
