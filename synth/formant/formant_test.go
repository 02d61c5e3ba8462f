package formant

import (
	"context"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

func TestConformance(t *testing.T) {
	for _, sr := range []int{16000, 22050, 24000, 48000, 8000, 11025} {
		for _, src := range []string{SourceKLGLOTT88, SourceLF} {
			if src == SourceLF && sr != 24000 {
				continue
			}
			p := DefaultParams()
			p.Source = src
			t.Run(src+"/"+itoa(sr), func(t *testing.T) {
				vocodertest.Run(t, func() vocodertest.Vocoder {
					v, err := New(sr, p, 42)
					if err != nil {
						t.Fatal(err)
					}
					return v
				}, sr)
			})
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func renderText(t testing.TB, v *Vocoder, sr int, text string) []float32 {
	t.Helper()
	ph, err := vocodertest.BuildPhrase(sr, text, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	var b audio.Buffer
	if err := v.Render(context.Background(), ph, &b); err != nil {
		t.Fatal(err)
	}
	return b.Samples
}

var _ = prosody.Phrase{}

// TestWhisper: a whispered phrase keeps no voicing, with either glottal source (see
// vocodertest.Whisper). Jitter, shimmer and flutter are off: seeded, they would move two
// renderings' pulses apart, and the test tells voicing from noise by the pulses agreeing.
func TestWhisper(t *testing.T) {
	for _, src := range []string{SourceKLGLOTT88, SourceLF} {
		p := DefaultParams()
		p.Source = src
		p.Jitter, p.Shimmer, p.Flutter = 0, 0, 0
		t.Run(src, func(t *testing.T) {
			vocodertest.Whisper(t, func(seed uint64) (vocodertest.Vocoder, error) { return New(24000, p, seed) }, 24000)
		})
	}
}
