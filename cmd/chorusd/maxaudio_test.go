package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// --max-audio reaches the server: a request whose audio would last longer stops at the limit
// with INVALID_ARGUMENT naming it and the flag, after no more audio than the limit.
func TestMaxAudioFlag(t *testing.T) {
	d := startWith(t, []string{"--max-audio", "5s"}, grpc.WithTransportCredentials(insecure.NewCredentials()))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	stream, err := chorusv1.NewChorusClient(d.conn).Synthesize(ctx, &chorusv1.SynthesizeRequest{
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: strings.Repeat(`a<break time="2s"/>`, 20)}, Markup: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	var rate, samples int64
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			t.Fatal("the stream ended without an error")
		}
		if err != nil {
			st := status.Convert(err)
			if st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "longer than 5s") || !strings.Contains(st.Message(), "--max-audio") {
				t.Errorf("got %v %q, want INVALID_ARGUMENT naming 5s and --max-audio", st.Code(), st.Message())
			}
			break
		}
		if f := m.GetFormat(); f != nil {
			rate = int64(f.GetSampleRateHertz())
		}
		samples += int64(len(m.GetAudio().GetAudio()) / 2)
	}
	if rate == 0 || samples == 0 || samples > 5*rate {
		t.Errorf("%d samples at %d Hz before the error, want some, and at most 5 s", samples, rate)
	}
}
