package formant

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// burstWindow renders a stop before a vowel and returns its burst: the last 20 ms of its segment
// (inside every stop's burst, which the planner puts at the end of the closure).
func burstWindow(t *testing.T, phones string, stop phone.Phone) []float32 {
	t.Helper()
	p := DefaultParams()
	p.Breathiness = 0
	ph, out := renderPhones(t, p, 5, phones)
	pos, n := firstSegment(t, ph, stop)
	end := pos + n
	return out[end-segmentRate/50 : end]
}

// bandDB is the energy of x at 50 Hz steps from lo up to hi, in dB: their sum, or when mean
// their mean (a level per step).
func bandDB(x []float32, lo, hi float64, mean bool) float64 {
	e, k := 0.0, 0
	for f := lo; f < hi; f += 50 {
		e += math.Pow(10, spectrumDB(x, segmentRate, f)/10)
		k++
	}
	if mean {
		e /= float64(k)
	}
	return 10 * math.Log10(e)
}

// burstBands is the level (dB; the mean per 50 Hz step when mean, else the sum) of a stop's
// burst (burstWindow) in the band lo–hi Hz and in the band 4–8 kHz.
func burstBands(t *testing.T, phones string, stop phone.Phone, lo, hi float64, mean bool) (band, high float64) {
	t.Helper()
	x := burstWindow(t, phones, stop)
	return bandDB(x, lo, hi, mean), bandDB(x, 4000, 8000, mean)
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
		mid, high := burstBands(t, tc.phones, tc.stop, 1000, 4000, false)
		t.Logf("%s: burst 1–4 kHz %.1f dB, 4–8 kHz %.1f dB", tc.phones, mid, high)
		if mid-high < 6 {
			t.Errorf("%s: velar burst 1–4 kHz only %.1f dB above 4–8 kHz, want ≥ 6 (compact)", tc.phones, mid-high)
		}
	}
	for _, phones := range []string{"T AA1", "T IY1"} {
		mid, high := burstBands(t, phones, phone.T, 1000, 4000, false)
		t.Logf("%s: burst 1–4 kHz %.1f dB, 4–8 kHz %.1f dB", phones, mid, high)
		if high <= mid {
			t.Errorf("%s: alveolar burst 4–8 kHz %.1f dB not above 1–4 kHz %.1f dB (diffuse-rising)", phones, high, mid)
		}
	}
}

// TestVelarBurstFrontCavity: the velar burst's peak is the resonance of the cavity in front of
// the constriction, which is F2 next to a back vowel and F3 next to a front one (Stevens,
// Acoustic Phonetics ch. 7): before [ɑ] (F2 about 1.2 kHz) the burst is stronger at 1–2.2 kHz
// than at 2.2–3.5 kHz, before [i] (F3 about 3 kHz) the reverse, both by more than the level JND.
// Released into a pause after [ɑ], a final [k] keeps the back vowel's peak.
func TestVelarBurstFrontCavity(t *testing.T) {
	for _, tc := range []struct {
		phones string
		back   bool
	}{{"K AA1", true}, {"G AA1", true}, {"AA1 K", true}, {"K IY1", false}, {"G IY1", false}} {
		p := DefaultParams()
		p.Breathiness = 0
		ph, out := renderPhones(t, p, 5, tc.phones)
		stop := phone.K
		if tc.phones[0] == 'G' {
			stop = phone.G
		}
		pos, n := firstSegment(t, ph, stop)
		x := out[pos+n-segmentRate/100 : pos+n]
		f2, f3 := bandEnergy(x, segmentRate, 1000, 2200), bandEnergy(x, segmentRate, 2200, 3500)
		t.Logf("%s: burst 1–2.2 kHz %.1f dB, 2.2–3.5 kHz %.1f dB", tc.phones, f2, f3)
		if tc.back && f2 < f3+levelJND {
			t.Errorf("%s: burst F2 band %.1f dB not above F3 band %.1f dB (back vowel)", tc.phones, f2, f3)
		}
		if !tc.back && f3 < f2+levelJND {
			t.Errorf("%s: burst F3 band %.1f dB not above F2 band %.1f dB (front vowel)", tc.phones, f3, f2)
		}
	}
}
