package hts

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// festivalSunRoseSeconds is Festival 2.5's segment_duration of each phone of "The sun rose, and
// the birds sang." with the slt HTS voice (the HTS engine's phone times, which Festival writes
// back into its segments), pauses left out.
var festivalSunRoseSeconds = [][]float64{
	{0.045, 0.040, 0.130, 0.085, 0.075, 0.105, 0.170, 0.170},                             // the sun rose
	{0.080, 0.045, 0.025, 0.025, 0.040, 0.085, 0.120, 0.060, 0.065, 0.120, 0.180, 0.145}, // and the birds sang
}

func TestPhoneSecondsMatchFestival(t *testing.T) {
	v := sltVoice(t)
	first, second := sunRose(false) // whose labels are Festival's (TestSentenceStartReadsPause)
	for i, ph := range []*prosody.Phrase{first, second} {
		got, err := v.PhoneSeconds(ph)
		if err != nil {
			t.Fatal(err)
		}
		want := festivalSunRoseSeconds[i]
		if len(got) != len(want) {
			t.Fatalf("phrase %d: %d durations, want %d", i, len(got), len(want))
		}
		for k := range want {
			// Both are whole 5 ms frames: only float rounding may differ.
			if math.Abs(got[k]-want[k]) > 1e-9 {
				t.Errorf("phrase %d, phone %d (%v): %.3f s, Festival %.3f s", i, k, ph.Segments[k].Phone, got[k], want[k])
			}
		}
	}
}

func TestPhoneSecondsRefusesUnplannedPhrases(t *testing.T) {
	v := sltVoice(t)
	first, _ := sunRose(true) // a leading pause: not a planned phrase
	noEnd, _ := sunRose(false)
	noEnd.Segments = noEnd.Segments[:len(noEnd.Segments)-1]
	empty := &prosody.Phrase{Segments: []prosody.Segment{{Phone: phone.Sil, Samples: 10}}}
	for name, ph := range map[string]*prosody.Phrase{"nil": nil, "leading pause": first, "no closing pause": noEnd} {
		if _, err := v.PhoneSeconds(ph); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if got, err := v.PhoneSeconds(empty); err != nil || len(got) != 0 {
		t.Errorf("a lone pause: %v, %v; want no phones and no error", got, err)
	}
}
