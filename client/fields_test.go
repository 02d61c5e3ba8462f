package client_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
)

// TestRemoteFieldErrorsMatchLocal: a bad request fails over gRPC with the same structured field
// error as in-process: the server names the field on the wire (google.rpc.BadRequest), and the
// client maps it back to the part and field of the request it sent. The CLI renders both the
// same way, without reading either message.
func TestRemoteFieldErrorsMatchLocal(t *testing.T) {
	rem := remote(t)
	eng := testkit.Engine(t)
	ok := synth.Part{Speaker: "A", Text: "fine"}
	for _, tc := range []struct {
		name string
		req  synth.Request
	}{
		{"text: voice", synth.Request{Parts: []synth.Part{{Text: "hi", Voice: "nobody"}}}},
		{"text: style", synth.Request{Parts: []synth.Part{{Text: "hi", Style: "grumpy"}}}},
		{"text: empty", synth.Request{Parts: []synth.Part{{Text: " "}}}},
		{"text: markup", synth.Request{Parts: []synth.Part{{Text: "<blink>x", Markup: true}}}},
		{"text: too long", synth.Request{Parts: []synth.Part{{Text: strings.Repeat("a", synth.MaxTextBytes+1)}}}},
		{"rate", synth.Request{Parts: []synth.Part{{Text: "hi"}}, Rate: 10}},
		{"pitch", synth.Request{Parts: []synth.Part{{Text: "hi"}}, PitchSemitones: -13}},
		{"gain", synth.Request{Parts: []synth.Part{{Text: "hi"}}, GainDB: 20}},
		{"sample rate", synth.Request{Parts: []synth.Part{{Text: "hi"}}, SampleRate: 4000}},
		{"lexicon", synth.Request{Parts: []synth.Part{{Text: "hi"}}, Lexicon: map[string]phone.Pron{" ": {{Phones: []phone.Phone{phone.AA}}}}}},
		{"script: third part's voice", synth.Request{Parts: []synth.Part{ok, ok, {Speaker: "B", Text: "x", Voice: "zed"}}}},
		{"script: second part's style", synth.Request{Parts: []synth.Part{ok, {Speaker: "B", Text: "x", Style: "grumpy"}}}},
		{"script: markup", synth.Request{Parts: []synth.Part{ok, {Speaker: "B", Text: "<blink>x", Markup: true}}}},
		{"script: pause", synth.Request{Parts: []synth.Part{ok, {Speaker: "A", Text: "x", PauseBefore: synth.MaxPauseMillis + 1}}}},
		{"script: too long together", synth.Request{Parts: []synth.Part{{Speaker: "A", Text: strings.Repeat("a", synth.MaxTextBytes)}, ok}}},
		{"script: nothing to say", synth.Request{Parts: []synth.Part{{Speaker: "A", Text: " "}, {Speaker: "B", Text: ""}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, lerr := eng.Synthesize(context.Background(), tc.req, &testkit.Recorder{})
			_, rerr := rem.Synthesize(context.Background(), tc.req, &testkit.Recorder{})
			var lfe, rfe *synth.FieldError
			if !errors.As(lerr, &lfe) {
				t.Fatalf("local error %v is not a field error", lerr)
			}
			if !errors.As(rerr, &rfe) {
				t.Fatalf("remote error %v is not a field error", rerr)
			}
			if lfe.Part != rfe.Part || lfe.Field != rfe.Field || lfe.Kind != rfe.Kind {
				t.Errorf("local %+v, remote %+v", *lfe, *rfe)
			}
		})
	}
}
