package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

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
		low, high := burstBands(t, tc.phones, tc.stop, 500, 2000, true)
		t.Logf("%s: burst 0.5–2 kHz %.1f dB, 4–8 kHz %.1f dB", tc.phones, low, high)
		if low-high < 6 {
			t.Errorf("%s: labial burst 4–8 kHz only %.1f dB under 0.5–2 kHz, want ≥ 6 (falling)", tc.phones, low-high)
		}
	}
}
