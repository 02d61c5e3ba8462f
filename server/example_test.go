package server_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// Serve the engine on a loopback port and stream one sentence back: an AudioFormat, then
// AudioChunks of chunk_duration_ms each, then a Summary.
func Example() {
	cat, err := voices.Load()
	if err != nil {
		log.Fatal(err)
	}
	eng, err := synth.New(cat)
	if err != nil {
		log.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	g, _ := server.NewGRPCServer(server.New(eng, nil, server.Options{}))
	go g.Serve(lis)
	defer g.Stop()

	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	stream, err := chorusv1.NewChorusClient(conn).Synthesize(context.Background(), &chorusv1.SynthesizeRequest{
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: "Hello from Chorus."}},
		Voice: &chorusv1.VoiceSelection{Name: "ava"},
		Audio: &chorusv1.AudioConfig{SampleRateHertz: 16000, ChunkDurationMs: 50},
	})
	if err != nil {
		log.Fatal(err)
	}
	var bytes int
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		switch r := m.GetResponse().(type) {
		case *chorusv1.SynthesizeResponse_Format:
			fmt.Println("format:", r.Format.GetEncoding(), r.Format.GetSampleRateHertz(), "Hz,", r.Format.GetChannels(), "channel")
		case *chorusv1.SynthesizeResponse_Audio:
			if bytes == 0 {
				fmt.Println("first chunk:", len(r.Audio.GetAudio())/2, "samples")
			}
			bytes += len(r.Audio.GetAudio())
		case *chorusv1.SynthesizeResponse_Summary:
			fmt.Println("summary matches the chunks:", r.Summary.GetTotalSamples() == int64(bytes/2))
		}
	}
	// Output:
	// format: AUDIO_ENCODING_PCM16 16000 Hz, 1 channel
	// first chunk: 800 samples
	// summary matches the chunks: true
}
