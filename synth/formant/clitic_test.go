package formant

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// TestArticleWithoutGlottalAttack: inside a phrase a word-initial vowel starts with a glottal
// attack (voicing off for glottalMs, then an abrupt onset), except the article "a", a word of
// one unstressed schwa said as one with the next word. The planned voicing level (Klatt dB,
// before the track's smoothing) is read half-way through the attack's closure: 0 (no voicing)
// for the attacked vowels, the vowel's own unstressed level for the article.
func TestArticleWithoutGlottalAttack(t *testing.T) {
	for _, c := range []struct {
		name, phones string
		word         int // the word whose first segment, a vowel, is read
		attack       bool
	}{
		{"of a well", "AH1 V | AH0 | W EH1 L", 1, false},
		{"red and green", "R EH1 D | AH0 N D | G R IY1 N", 1, true},
		{"an emphasized A", "AH1 V | AH1 | W EH1 L", 1, true},
		{"into an hour", "IH1 N T UW0 | AH0 N | AW1 ER0", 1, true},
		{"is it", "IH1 Z | IH0 T", 1, true},
		{"and I said", "AH0 N D | AY0 | S EH1 D", 1, true},
	} {
		ph, pl := planPhones(t, c.phones)
		vi, words := -1, -1
		for i, s := range ph.Segments {
			if s.WordStart {
				words++
			}
			if words == c.word {
				vi = i
				break
			}
		}
		if vi < 0 || !ph.Segments[vi].Phone.IsVowel() {
			t.Fatalf("%s: word %d does not start with a vowel in the phrase", c.name, c.word)
		}
		var fr frame
		pl.amps(vi, pl.ms(glottalMs/2), &fr, ph)
		want := pl.segs[vi].t.av
		if ph.Segments[vi].Stress == phone.Unstressed {
			want -= 2
		}
		if c.attack {
			want = 0
		}
		if fr.av != want {
			t.Errorf("%s: voicing %.0f ms into %s is %.1f dB, want %.1f (glottal attack %v)", c.name, glottalMs/2.0, ph.Segments[vi].Phone, fr.av, want, c.attack)
		}
	}
}
