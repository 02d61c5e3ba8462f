package formant_test

import (
	"context"
	"fmt"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/formant"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

// A voice is Params (usually parsed from a voice file); one Vocoder renders one utterance,
// phrase by phrase, into any audio.Writer.
func Example() {
	p, err := formant.ParseParams([]byte(`{"tract_scale": 1.17, "open_quotient": 0.65}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := formant.New(24000, p, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	ph, err := vocodertest.BuildPhrase(24000, "HH AH0 L OW1 | W ER1 L D", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	var out audio.Buffer
	if err := v.Render(context.Background(), ph, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(out.Samples) == ph.Samples())
	// Output: true
}

func ExampleParseParams() {
	_, err := formant.ParseParams([]byte(`{"flutter": 250}`))
	fmt.Println(err)
	// Output: formant: invalid params: flutter = 250 outside [0, 100]
}
