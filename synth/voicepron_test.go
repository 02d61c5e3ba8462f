package synth_test

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
)

// TestVoicePronunciations: slt and val say "to" as their own pronunciation, T AH0 (Festival's
// lexicon form, which the HTS voice was trained on), even before a vowel, where the weak-form
// voices keep T UW; a request's lexicon wins over the voice's.
func TestVoicePronunciations(t *testing.T) {
	uw, err := phone.ParsePron("T UW1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		voice string
		lex   map[string]phone.Pron
		want  string
	}{
		{"slt", nil, "T AH0"},
		{"val", nil, "T AH0"},
		{"kal", nil, "T UW"},
		{"joe", nil, "T UW"},
		{"slt", map[string]phone.Pron{"to": uw}, "T UW"},
	} {
		ph := spokenPhones(t, synth.Request{Lexicon: tc.lex, Parts: []synth.Part{{Text: "Go to eat.", Voice: tc.voice}}})
		// "Go" is G OW1, so "to" is the third and fourth phone; stress as spoken may vary for
		// the weak-form voices, so they are compared without it.
		if len(ph) < 4 {
			t.Fatalf("%s: phones %q", tc.voice, ph)
		}
		got := strings.Join(ph[2:4], " ")
		if !strings.ContainsAny(tc.want, "0123456789") {
			got = strings.TrimRight(got, "012")
		}
		if got != tc.want {
			t.Errorf("%s, lexicon %v: \"to\" is %q (all: %q), want %q", tc.voice, tc.lex, got, ph, tc.want)
		}
	}
}

// TestHTSVoicesSayFestivalsForms: slt and val say the words Festival's CMU lexicon (cmulex.scm)
// corrects after loading the dictionary as it corrects them, since the HTS voice's labels were
// made with that lexicon: "before" B IY0 (the dictionary has B IH0) and "bought" B AO1 T (B AA1
// T); the formant voices keep the dictionary's.
func TestHTSVoicesSayFestivalsForms(t *testing.T) {
	for _, tc := range []struct{ voice, want string }{
		{"slt", "B IY F AO R B AO T"},
		{"val", "B IY F AO R B AO T"},
		{"joe", "B IH F AO R B AA T"},
	} {
		ph := spokenPhones(t, synth.Request{Parts: []synth.Part{{Text: "Before I bought it.", Voice: tc.voice}}})
		if len(ph) < 9 {
			t.Fatalf("%s: phones %q", tc.voice, ph)
		}
		// before (5 phones), I (1), bought (3); compared without stress, which the spoken form
		// of a function word may change.
		got := strings.Join(append(ph[:5:5], ph[6:9]...), " ")
		if got = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, got); got != tc.want {
			t.Errorf("%s: %q (all %q), want %q", tc.voice, got, ph, tc.want)
		}
	}
}

// spokenPhones renders req with phoneme events and returns the phones spoken, in order.
func spokenPhones(t *testing.T, req synth.Request) []string {
	t.Helper()
	req.Events |= synth.EventPhonemes
	rec, _ := renderEvents(t, req)
	var ph []string
	for _, e := range rec.kind(synth.EventPhoneme) {
		ph = append(ph, e.Name)
	}
	return ph
}
