package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestNasalAntiformants: the murmur of [m] has a spectral minimum near 1 kHz and that of [ŋ]
// one above 3 kHz, the antiformants of the closed mouth cavity (Fujimura 1962: [m] 750–1250 Hz,
// [ŋ] above 3 kHz). Measured on a held nasal at F0 100 Hz, whose harmonics fall on the zero and
// 300 Hz either side: the harmonic at the zero is at least 8 dB under the mean of its
// neighbours. The notch alone (a zero 80 Hz wide under a pole 800 Hz wide at the default
// bandwidth scale) puts its centre 15.6 dB under ±300 Hz; 8 dB is half of that, leaving the other
// half to a formant sloping across the three harmonics. [n], whose zero is not modelled, shows
// no such dip at the [m]'s frequency (its formants alone make about 4 dB).
func TestNasalAntiformants(t *testing.T) {
	const sr = 16000
	const minDip = 8.0
	for _, tc := range []struct {
		ph     phone.Phone
		fz     float64
		hasDip bool
	}{{phone.M, 1000, true}, {phone.NG, 3300, true}, {phone.N, 1000, false}} {
		x := steady(t, DefaultParams(), sr, tc.ph, 100)
		lo, at, hi := spectrumDB(x, sr, tc.fz-300), spectrumDB(x, sr, tc.fz), spectrumDB(x, sr, tc.fz+300)
		dip := (lo+hi)/2 - at
		t.Logf("%v: %.0f Hz %.1f dB, ±300 Hz %.1f/%.1f dB: dip %.1f dB", tc.ph, tc.fz, at, lo, hi, dip)
		if tc.hasDip && dip < minDip {
			t.Errorf("%v: %.1f dB dip at %.0f Hz, want ≥ %.0f (an antiformant)", tc.ph, dip, tc.fz, minDip)
		}
		if !tc.hasDip && dip >= minDip {
			t.Errorf("%v: %.1f dB dip at %.0f Hz where no antiformant is modelled", tc.ph, dip, tc.fz)
		}
	}
}

// TestVelarMurmurUpperPeak: the upper resonance of the [ŋ] murmur lies at 2.0–2.75 kHz, where
// Festival's recorded kal [ŋ] has it (long-term spectrum of 14 tokens in five sentences, 250 Hz
// bins: its strongest bin above 1.5 kHz at 2.25–2.5 kHz, 30 dB or more under its maximum from 2.75 kHz up). Klatt's
// F3 of 2900 Hz put it above that band, with the fixed F5 3–4 kHz louder than kal's by 10–14 dB.
func TestVelarMurmurUpperPeak(t *testing.T) {
	const sr = 16000
	x := steady(t, DefaultParams(), sr, phone.NG, 100)
	f := peakIn(x, sr, 1500, 4000)
	t.Logf("[ŋ] strongest component at 1.5–4 kHz: %.0f Hz", f)
	if f < 2000 || f > 2750 {
		t.Errorf("[ŋ] upper murmur peak at %.0f Hz, want 2000–2750 Hz", f)
	}
}
