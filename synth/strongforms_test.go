package synth_test

import (
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
)

// TestStrongFormsVoice: a voice with prosody.strong_forms (slt, whose HTS model learnt function
// words' reduction from labels of their lexicon forms) speaks "to" and "and" as its lexicon has
// them (its own pronunciations first: slt's "to" is Festival's T AH0), while the other voices
// use the weak forms ("to" as T AH0 before a consonant, "and" as AH0 N D).
func TestStrongFormsVoice(t *testing.T) {
	// Vowels compared without stress digits: events carry the stress as spoken.
	noDigits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, s)
	}
	e := engine(t)
	strong := func(voice string) string {
		v, _ := e.Catalog().Voice(voice)
		own, err := v.Pron()
		if err != nil {
			t.Fatal(err)
		}
		to, ok := own["to"]
		if !ok {
			to = e.Lexicon().Pronounce("to", "")
		}
		return noDigits(to.CMU() + " " + e.Lexicon().Pronounce("and", "").CMU())
	}
	for _, tc := range []struct {
		voice string
		want  string
	}{
		{"slt", strong("slt")},
		{"val", strong("val")},
		{"kal", "T AH AH N D"},
		{"joe", "T AH AE N D"}, // joe keeps "and" strong (prosody.strong_words)
	} {
		req := synth.Request{Events: synth.EventPhonemes, Parts: []synth.Part{{Text: "Go to bed and sleep.", Voice: tc.voice}}}
		rec, _ := renderEvents(t, req)
		var ph []string
		for _, e := range rec.kind(synth.EventPhoneme) {
			ph = append(ph, e.Name)
		}
		got := strings.Join(ph, " ")
		// "Go" is G OW1, so "to" starts at the third phone; "bed" is B EH1 D.
		if len(ph) < 11 {
			t.Fatalf("%s: phones %q", tc.voice, got)
		}
		if fn := noDigits(strings.Join(append(ph[2:4:4], ph[7:10]...), " ")); fn != tc.want {
			t.Errorf("%s: \"to\" and \"and\" are %q (all: %q), want %q", tc.voice, fn, got, tc.want)
		}
	}
}
