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

// TestLabiodentalFricationFalls: [f] and [v] frication is flat to falling, with no cavity in
// front of the lips to shape it (Jongman, Wayland & Wong 2000), and lies under [s] at high
// frequencies, where [s] has its front-cavity peak. "Falling" is the mean level at 4–8 kHz at
// least 6 dB under that at 0.5–2 kHz (3 dB an octave between the bands' centres; Festival's
// recorded kal [f] falls about 7 dB from 0.5 to 7.5 kHz), and [f] at 4–8 kHz at least 6 dB
// under [s] there (kal's: 13 dB). The flat bypass this replaced had [f] within 1 dB from 0.5
// to 8 kHz. [v] takes the same shaping by its place; its voicing fills the low band, so it is not
// measured here.
func TestLabiodentalFricationFalls(t *testing.T) {
	p := DefaultParams()
	p.Breathiness = 0
	mid := func(phones string, want phone.Phone) []float32 {
		ph, out := renderPhones(t, p, 7, phones)
		pos, n := firstSegment(t, ph, want)
		return out[pos+n/4 : pos+3*n/4]
	}
	f := mid("AA1 F AA1", phone.F)
	s := mid("AA1 S AA1", phone.S)
	low, high := bandDB(f, 500, 2000, true), bandDB(f, 4000, 8000, true)
	sHigh := bandDB(s, 4000, 8000, true)
	t.Logf("[f] 0.5–2 kHz %.1f dB, 4–8 kHz %.1f dB; [s] 4–8 kHz %.1f dB", low, high, sHigh)
	if low-high < 6 {
		t.Errorf("[f] 4–8 kHz only %.1f dB under 0.5–2 kHz, want ≥ 6 (falling)", low-high)
	}
	if sHigh-high < 6 {
		t.Errorf("[f] 4–8 kHz only %.1f dB under [s] there, want ≥ 6", sHigh-high)
	}
}
