package client_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// Render a two-speaker exchange to a WAV file with the in-process engine. With a chorusd
// running, client.Dial(ctx, "127.0.0.1:50051") gives a Synthesizer that produces the same file.
func ExampleSaveWAV() {
	cat, err := voices.Load()
	if err != nil {
		log.Fatal(err)
	}
	eng, err := synth.New(cat)
	if err != nil {
		log.Fatal(err)
	}
	var s client.Synthesizer = client.Local{Engine: eng}

	dir, err := os.MkdirTemp("", "chorus-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	req := synth.Request{Parts: []synth.Part{
		{Speaker: "Ann", Voice: "mia", Text: "Did you hear that?"},
		{Speaker: "Ben", Voice: "sam", Text: "Loud and clear.", PauseBefore: 300},
	}}
	sum, err := client.SaveWAV(context.Background(), s, req, filepath.Join(dir, "exchange.wav"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("rate:", sum.SampleRate, "Hz; longer than a second:", sum.Seconds() > 1)
	// Output: rate: 24000 Hz; longer than a second: true
}
