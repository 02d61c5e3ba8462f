package diphone_test

import (
	"context"
	"fmt"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

func ExampleVocoder_Render() {
	v, err := diphone.New(diphone.NativeRate, diphone.Params{}, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	// "hi": silence, HH, AY, silence at a falling pitch.
	ph := &prosody.Phrase{
		Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: 1600},
			{Phone: phone.HH, Samples: 1200, WordStart: true, SyllableStart: true},
			{Phone: phone.AY, Stress: 1, Samples: 4000},
			{Phone: phone.Sil, Samples: 1600},
		},
		F0: []prosody.Point{{Pos: 2800, Hz: 120}, {Pos: 6800, Hz: 95}},
	}
	var out audio.Buffer
	if err := v.Render(context.Background(), ph, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(out.Samples), "samples at", diphone.NativeRate, "Hz")
	// Output: 8400 samples at 16000 Hz
}
