package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestStopUnreleasedBeforeObstruent: a stop before another stop, or before a fricative or
// affricate that starts the next word, closes without a burst; one before a vowel, a sonorant,
// a pause or a fricative inside its own word is released.
// The planned frication level (Klatt dB) is read 2 ms before the end of the stop's segment,
// inside the burst of every stop that has one.
func TestStopUnreleasedBeforeObstruent(t *testing.T) {
	for _, c := range []struct {
		phones   string
		stop     phone.Phone
		released bool
	}{
		{"S EH1 D | DH AH0 | K AE1 T", phone.D, false},
		{"AE1 T | DH AH0 | B AA1 L", phone.T, false},
		{"HH AA1 T | F UW1 D", phone.T, false},
		{"B IH1 G | S AY1 N", phone.G, false},
		{"AE1 K T", phone.K, false},
		{"B IH1 G | CH IY1 P", phone.G, false},
		{"AE1 T | AH0 | B AA1 L", phone.T, true},
		{"B AE1 T | M AE1 N", phone.T, true},
		{"S EH1 D | L OW1", phone.D, true},
		{"AA1 K", phone.K, true},
		{"B AA1 K S", phone.K, true},
		{"P AA1 R T S", phone.T, true},
		{"HH AA1 T CH", phone.T, true},
	} {
		ph, pl := planPhones(t, c.phones)
		i := -1
		for k, s := range ph.Segments {
			if s.Phone == c.stop {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("%s: no %v", c.phones, c.stop)
		}
		var fr frame
		pl.amps(i, float64(pl.segs[i].dur)-pl.ms(2), &fr, ph)
		if released := fr.af > 0; released != c.released {
			t.Errorf("%s: %v has frication %.1f dB 2 ms before its end: released %v, want %v", c.phones, c.stop, fr.af, released, c.released)
		}
	}
}
