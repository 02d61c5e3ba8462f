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
		req := synth.Request{Events: synth.EventPhonemes, Lexicon: tc.lex, Parts: []synth.Part{{Text: "Go to eat.", Voice: tc.voice}}}
		rec, _ := renderEvents(t, req)
		var ph []string
		for _, e := range rec.kind(synth.EventPhoneme) {
			ph = append(ph, e.Name)
		}
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
