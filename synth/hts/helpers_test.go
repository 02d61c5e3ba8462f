package hts

import (
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

type writerFunc = audio.WriterFunc

// testPhrase builds a phrase with pauses around it from ARPAbet words ("HH AH0 | ...").
func testPhrase(t testing.TB, rate int, words string) *prosody.Phrase {
	t.Helper()
	ph, err := vocodertest.BuildPhrase(rate, words, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	return ph
}
