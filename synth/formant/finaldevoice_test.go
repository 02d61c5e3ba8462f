package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestFinalFricativeDevoices: a voiced fricative before a pause loses its voicing after the
// first part of its frication (finalVoicingFrom, finalVoicingTo), while the same fricative
// between vowels is voiced throughout. Measured as the level at 0–400 Hz, where voicing lies
// and frication has almost nothing, over the last 40 % of the fricative (inside its last 12 ms
// the frication fades and the vowel's ring-out is long gone): at least 20 dB under the
// intervocalic fricative's over the same part, of the 30 dB the voicing loses; voiced to the
// end, the two differ by only a few dB.
func TestFinalFricativeDevoices(t *testing.T) {
	p := DefaultParams()
	p.Breathiness = 0
	low := func(phones string, want phone.Phone) float64 {
		ph, out := renderPhones(t, p, 4, phones)
		pos, n := firstSegment(t, ph, want)
		return bandDB(out[pos+n*6/10:pos+n], 50, 400, true)
	}
	for _, tc := range []struct {
		fric phone.Phone
		name string
	}{
		{phone.Z, "Z"}, {phone.V, "V"}, {phone.DH, "DH"},
	} {
		final := low("AA1 "+tc.name, tc.fric)
		medial := low("AA1 "+tc.name+" AA1", tc.fric)
		t.Logf("[%s] 0–400 Hz over its last 40 %%: final %.1f dB, between vowels %.1f dB", tc.name, final, medial)
		if medial-final < 20 {
			t.Errorf("final [%s] voicing only %.1f dB under the intervocalic one's, want ≥ 20 (devoiced before a pause)", tc.name, medial-final)
		}
	}
}
