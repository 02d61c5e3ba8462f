package prosody

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

func TestExplicitPause(t *testing.T) {
	pr := func(s string) phone.Pron {
		p, err := phone.ParsePron(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	words := []Word{
		{Text: "wait", Pron: pr("W EY1 T")},
		{Text: "for", Pron: pr("F AO1 R"), Function: true},
		{Text: "it", Pron: pr("IH1 T"), Function: true, Break: text.SentenceEnd},
	}
	const sr = 16000
	for _, tc := range []struct {
		at, ms int
		rate   float64
	}{{0, 750, 1}, {1, 1500, 1}, {0, 750, 2}} {
		ws := append([]Word(nil), words...)
		ws[tc.at].PauseMillis = tc.ms
		phs, err := Plan(ws, text.Statement, Voice{BaseHz: 110, RangeSemitones: 5, Tempo: 1}, Options{SampleRate: sr, Rate: tc.rate})
		if err != nil {
			t.Fatal(err)
		}
		if len(phs) != 2 {
			t.Fatalf("pause after word %d: %d phrases, want 2", tc.at, len(phs))
		}
		segs := phs[0].Segments
		last := segs[len(segs)-1]
		if last.Phone != phone.Sil {
			t.Fatalf("phrase does not end in silence")
		}
		// The pause is the difference of two roundings of the running clock: within one
		// sample of its exact length.
		if want := tc.ms * sr / 1000; last.Samples < want-1 || last.Samples > want+1 {
			t.Errorf("pause %d ms at rate %g: %d samples, want %d", tc.ms, tc.rate, last.Samples, want)
		}
		if got := len(phs[0].Words); got != tc.at+1 {
			t.Errorf("first phrase has %d words, want %d", got, tc.at+1)
		}
	}
	bad := append([]Word(nil), words...)
	bad[0].PauseMillis = MaxPauseMillis + 1
	if _, err := Plan(bad, text.Statement, Voice{BaseHz: 110, RangeSemitones: 5, Tempo: 1}, Options{SampleRate: sr}); err == nil {
		t.Error("an over-long pause was accepted")
	}
}
