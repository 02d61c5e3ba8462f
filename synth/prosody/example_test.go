package prosody_test

import (
	"fmt"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

func ExamplePlan() {
	var words []prosody.Word
	for _, w := range []struct {
		text, pron string
		br         text.Break
	}{
		{"hello", "HH AH0 L OW1", text.Minor},
		{"world", "W ER1 L D", text.SentenceEnd},
	} {
		pr, err := phone.ParsePron(w.pron)
		if err != nil {
			fmt.Println(err)
			return
		}
		words = append(words, prosody.Word{Text: w.text, Pron: pr, Break: w.br, Function: prosody.IsFunctionWord(w.text)})
	}
	const rate = 16000
	phrases, err := prosody.Plan(words, text.Statement, prosody.Voice{BaseHz: 120, RangeSemitones: 4}, prosody.Options{SampleRate: rate})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range phrases {
		for _, w := range p.Words {
			fmt.Printf("%s: %d–%d ms", w.Text, w.Start*1000/rate, w.End*1000/rate)
		}
		pause := p.Segments[len(p.Segments)-1]
		fmt.Printf(", then %d ms of silence; F0 %.0f → %.0f Hz\n", pause.Samples*1000/rate, p.F0[0].Hz, p.F0[len(p.F0)-1].Hz)
	}
	// Output:
	// hello: 0–462 ms, then 200 ms of silence; F0 127 → 150 Hz
	// world: 0–457 ms, then 520 ms of silence; F0 127 → 101 Hz
}
