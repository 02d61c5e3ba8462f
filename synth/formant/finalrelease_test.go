package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestReleaseIntoPauseUnaspirated: a voiceless stop before a pause has its burst and then dies
// away, with no aspiration after it. Measured 15–60 ms after the end of the stop's segment (its
// burst is the segment's last 5–25 ms), at 2–4 kHz, against the same band in the middle of the
// vowel before it: Festival's recorded kal is 27–28 dB under its vowel there, the 35 ms of
// aspiration this replaced 2–13 dB under. 20 dB is between the two.
func TestReleaseIntoPauseUnaspirated(t *testing.T) {
	p := DefaultParams()
	p.Breathiness = 0
	for _, tc := range []struct {
		phones string
		stop   phone.Phone
	}{
		{"AE1 P", phone.P}, {"AE1 T", phone.T}, {"AE1 K", phone.K}, {"AA1 K", phone.K},
	} {
		ph, out := renderPhones(t, p, 3, tc.phones)
		vs, vn := firstSegment(t, ph, ph.Segments[1].Phone)
		vowel := bandDB(out[vs+vn*3/10:vs+vn*7/10], 2000, 4000, true)
		pos, n := firstSegment(t, ph, tc.stop)
		end := pos + n
		after := bandDB(out[end+segmentRate*15/1000:end+segmentRate*60/1000], 2000, 4000, true)
		t.Logf("%s: 2–4 kHz 15–60 ms after the stop %.1f dB under the vowel", tc.phones, vowel-after)
		if vowel-after < 20 {
			t.Errorf("%s: 2–4 kHz 15–60 ms after the stop only %.1f dB under the vowel, want ≥ 20 (no aspiration into the pause)", tc.phones, vowel-after)
		}
	}
}
