package client_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// eventRecorder is a formatRecorder that keeps events too.
type eventRecorder struct {
	formatRecorder
	events []synth.Event
}

func (r *eventRecorder) Event(e synth.Event) error {
	r.events = append(r.events, e)
	return nil
}

const allEvents = synth.EventMarks | synth.EventPhonemes | synth.EventVisemes

// SSML and events reach a caller over gRPC as they do in-process: the same samples, word
// timings and events (the speaker of a <voice> included).
func TestRemoteSSMLAndEventsMatchLocal(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx := context.Background()
	doc := `<speak><p>Call <say-as interpret-as="telephone">555-1234</say-as> <mark name="after-number"/>now.</p>
<voice name="joe"><prosody pitch="-2st">I will.</prosody><mark name="done"/></voice></speak>`
	for name, req := range map[string]synth.Request{
		"ssml":              {WordTimings: true, Events: allEvents, Parts: []synth.Part{{Text: doc, SSML: true}}},
		"ssml with a voice": {Events: synth.EventMarks, Parts: []synth.Part{{Voice: "ava", Text: doc, SSML: true}}},
		"ssml in turns": {WordTimings: true, Events: allEvents, Parts: []synth.Part{
			{Speaker: "Ann", Voice: "mia", Text: "Plain text first."},
			{Speaker: "Ben", Voice: "sam", Text: doc, SSML: true, PauseBefore: 200},
		}},
		"events of plain text": {Events: synth.EventPhonemes | synth.EventVisemes, Parts: []synth.Part{{Text: "Events for plain text."}}},
	} {
		t.Run(name, func(t *testing.T) {
			var l, r eventRecorder
			ls, err := local.Synthesize(ctx, req, &l)
			if err != nil {
				t.Fatalf("local: %v", err)
			}
			rs, err := rem.Synthesize(ctx, req, &r)
			if err != nil {
				t.Fatalf("remote: %v", err)
			}
			if ls != rs {
				t.Errorf("summaries differ: local %+v, remote %+v", ls, rs)
			}
			if !reflect.DeepEqual(pcm16(l.Samples), pcm16(r.Samples)) {
				t.Fatalf("PCM16 samples differ (%d local, %d remote)", len(l.Samples), len(r.Samples))
			}
			if !reflect.DeepEqual(l.Words, r.Words) {
				t.Errorf("word timings differ:\nlocal  %+v\nremote %+v", l.Words, r.Words)
			}
			// The wire does not carry an event's part: compare the rest.
			for i := range l.events {
				l.events[i].Part = 0
			}
			if len(l.events) == 0 || !reflect.DeepEqual(l.events, r.events) {
				t.Fatalf("events differ (%d local, %d remote):\nlocal  %+v\nremote %+v", len(l.events), len(r.events), l.events, r.events)
			}
			for _, e := range r.events {
				if req.Events&e.Kind == 0 {
					t.Fatalf("a %v event was not asked for", e.Kind)
				}
			}
		})
	}
}

// Bad SSML is reported alike: a field error on the text naming line and column.
func TestRemoteSSMLErrorsMatchLocal(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	req := synth.Request{Parts: []synth.Part{{Text: "<speak>\n Hi <blink/></speak>", SSML: true}}}
	for _, s := range []client.Synthesizer{local, rem} {
		_, err := s.Synthesize(context.Background(), req, &testkit.Recorder{})
		var fe *synth.FieldError
		if !errors.As(err, &fe) || fe.Field != synth.FieldText || fe.Part != 0 || !errors.Is(err, synth.ErrInvalidArgument) {
			t.Errorf("%T: %v, want an invalid-argument field error on the text", s, err)
			continue
		}
		if want := "line 2, column 5"; !strings.Contains(fe.Reason, want) {
			t.Errorf("%T: %q lacks %q", s, fe.Reason, want)
		}
	}
}

// A Tee and a WordTap pass events on to the sinks that take them.
func TestTeeAndWordTapPassEvents(t *testing.T) {
	var a, b eventRecorder
	tap := &client.WordTap{Sink: client.Tee{&a, &testkit.Recorder{}, &b}}
	req := synth.Request{WordTimings: true, Events: allEvents, Parts: []synth.Part{{Text: `<speak>Hi <mark name="m"/>there.</speak>`, SSML: true}}}
	if _, err := (client.Local{Engine: testkit.Engine(t)}).Synthesize(context.Background(), req, tap); err != nil {
		t.Fatal(err)
	}
	if len(a.events) == 0 || !reflect.DeepEqual(a.events, b.events) || len(tap.Words) == 0 {
		t.Errorf("events %d and %d, words %d: every sink that takes events must get them all", len(a.events), len(b.events), len(tap.Words))
	}
}
