package audio_test

import (
	"fmt"
	"math"
	"os"

	"github.com/chorus-tts/chorus/synth/audio"
)

// A sink chain: gain, then resampling to the client's rate, then fixed 20 ms chunks.
func Example_chain() {
	var chunks [][]float32
	sink := audio.WriterFunc(func(p []float32) error {
		chunks = append(chunks, append([]float32(nil), p...))
		return nil
	})
	res, err := audio.NewResampler(audio.NewChunker(sink, 480), 16000, 24000)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := audio.NewGain(res, -6)
	voice := make([]float32, 16000) // one second from a 16 kHz vocoder
	for i := range voice {
		voice[i] = float32(0.5 * math.Sin(2*math.Pi*220*float64(i)/16000))
	}
	for i := 0; i < len(voice); i += 1000 { // written in vocoder-sized pieces
		if err := w.Write(voice[i : i+1000]); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := audio.Flush(w); err != nil { // flushes the whole chain
		fmt.Println(err)
		return
	}
	fmt.Println(len(chunks), "chunks of", len(chunks[0]), "samples")
	// Output: 50 chunks of 480 samples
}

// Word timings computed at the vocoder's rate map to the output rate with ResampledLength.
func ExampleResampledLength() {
	wordStart := 12345 // sample position at 16 kHz
	fmt.Println(audio.ResampledLength(wordStart, 16000, 22050))
	fmt.Println(audio.ResampledLength(16000, 16000, 22050)) // one second
	// Output:
	// 17013
	// 22050
}

func ExampleLoudnessMeter() {
	m, err := audio.NewLoudnessMeter(24000)
	if err != nil {
		fmt.Println(err)
		return
	}
	tone := make([]float32, 3*24000)
	for i := range tone {
		tone[i] = float32(0.1 * math.Sin(2*math.Pi*997*float64(i)/24000)) // -20 dBFS
	}
	if err := m.Write(tone); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f LUFS, %.1f dBTP\n", m.Integrated(), m.TruePeak())
	// Output: -23.0 LUFS, -20.0 dBTP
}

func ExampleNewWAVWriter() {
	f, err := os.CreateTemp("", "chorus-*.wav")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()

	w, err := audio.NewWAVWriter(f, 22050)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Write(make([]float32, 22050)); err != nil {
		fmt.Println(err)
		return
	}
	if err := w.Close(); err != nil { // patches the header sizes
		fmt.Println(err)
		return
	}

	if _, err := f.Seek(0, 0); err != nil {
		fmt.Println(err)
		return
	}
	samples, rate, err := audio.ReadWAV(f)
	fmt.Println(len(samples), rate, err)
	// Output: 22050 22050 <nil>
}
