package client_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// streamIt writes pieces into a new stream of s and closes it.
func streamIt(ctx context.Context, s client.Streamer, req synth.Request, sink synth.Sink, pieces ...string) (synth.Summary, error) {
	st, err := s.NewStream(ctx, req, sink)
	if err != nil {
		return synth.Summary{}, err
	}
	for _, p := range pieces {
		if _, err := st.WriteString(p); err != nil {
			_, _ = st.Stop()
			return synth.Summary{}, err
		}
	}
	return st.Close()
}

// A stream gives the same samples, word timings and events in-process and over gRPC, and, cut
// at sentence boundaries, what Synthesize gives for the whole text. Bytes of one character may
// come in different writes.
func TestStreamLocalAndRemoteAgree(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	caf := "Caf\u00e9 au lait costs $3.50. "
	cut := len("Caf") + 1 // inside the two bytes of é
	pieces := []string{caf[:cut], caf[cut:], "Shall I order one? ", "Yes, please."}
	whole := strings.Join(pieces, "")
	for name, req := range map[string]synth.Request{
		"plain":  {WordTimings: true, Events: allEvents, Parts: []synth.Part{{Voice: "ava", Speaker: "Bot"}}},
		"ssml":   {WordTimings: true, Events: synth.EventMarks, Parts: []synth.Part{{SSML: true}}},
		"markup": {Rate: 1.2, SampleRate: 16000, Parts: []synth.Part{{Markup: true}}},
	} {
		t.Run(name, func(t *testing.T) {
			ps := pieces
			text := whole
			if req.Parts[0].SSML {
				ps = append([]string{"<speak>"}, append(append([]string(nil), pieces...), `<mark name="end"/></speak>`)...)
				text = strings.Join(ps, "")
			}
			var l, r, one eventRecorder
			ls, err := streamIt(ctx, local, req, &l, ps...)
			if err != nil {
				t.Fatalf("local: %v", err)
			}
			rs, err := streamIt(ctx, rem, req, &r, ps...)
			if err != nil {
				t.Fatalf("remote: %v", err)
			}
			whole := req
			whole.Parts = []synth.Part{req.Parts[0]}
			whole.Parts[0].Text = text
			os, err := local.Synthesize(ctx, whole, &one)
			if err != nil {
				t.Fatal(err)
			}
			if ls != rs || ls.Samples != os.Samples {
				t.Errorf("summaries: local stream %+v, remote stream %+v, Synthesize %+v", ls, rs, os)
			}
			if !reflect.DeepEqual(l.Samples, one.Samples) {
				t.Fatalf("the local stream's %d samples differ from Synthesize's %d", len(l.Samples), len(one.Samples))
			}
			if !reflect.DeepEqual(pcm16(l.Samples), pcm16(r.Samples)) {
				t.Fatalf("PCM16 samples differ (%d local, %d remote)", len(l.Samples), len(r.Samples))
			}
			if !reflect.DeepEqual(l.Words, r.Words) || !reflect.DeepEqual(l.starts, r.starts) || len(l.starts) != 1 {
				t.Errorf("words or starts differ:\nlocal  %+v %v\nremote %+v %v", l.Words, l.starts, r.Words, r.starts)
			}
			for i := range l.events {
				l.events[i].Part = 0
			}
			if !reflect.DeepEqual(l.events, r.events) || (req.Events != 0 && len(l.events) == 0) {
				t.Errorf("events differ (%d local, %d remote)", len(l.events), len(r.events))
			}
		})
	}
}

// Stop ends a stream at once, in-process and remote: it returns the totals of what reached the
// sink, far less than the text's, and the sink hears nothing after it.
func TestStreamStop(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sentence := "This sentence is repeated to make a long stream of speech. "
	// Locally, Write blocks while the engine holds synth.StreamMaxPending bytes: 23.6 KB is
	// written once 7 KB are spoken. The server takes up to 256 KiB at once: 118 KB go out in
	// pieces of at most 64 KiB.
	for s, long := range map[client.Streamer]string{local: strings.Repeat(sentence, 400), rem: strings.Repeat(sentence, 2000)} {
		audio := make(chan struct{}, 1)
		rec := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error {
			select {
			case audio <- struct{}{}:
			default:
			}
			return nil
		}}
		st, err := s.NewStream(ctx, synth.Request{Parts: []synth.Part{{}}}, rec)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.WriteString(long); err != nil {
			t.Fatal(err)
		}
		<-audio
		sum, err := st.Stop()
		if err != nil {
			t.Fatalf("%T: Stop: %v", s, err)
		}
		heard := int64(len(rec.Samples))
		if sum.Samples != heard {
			t.Errorf("%T: Stop says %d samples, the sink got %d", s, sum.Samples, heard)
		}
		// Minutes of speech were written; a stop ends it within what the buffers hold.
		if heard == 0 || heard > 60*int64(sum.SampleRate) {
			t.Errorf("%T: %d samples at %d Hz before the stop took effect", s, heard, sum.SampleRate)
		}
		if _, err := st.WriteString("More."); err == nil {
			t.Errorf("%T: Write after Stop succeeded", s)
		}
	}
}

// A bad config fails NewStream alike; bad text fails the stream with the engine's error.
func TestStreamErrors(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, s := range []client.Streamer{local, rem} {
		if _, err := s.NewStream(ctx, synth.Request{Parts: []synth.Part{{Voice: "nobody"}}}, &testkit.Recorder{}); !errors.Is(err, synth.ErrNotFound) {
			t.Errorf("%T: unknown voice: %v", s, err)
		}
		if _, err := s.NewStream(ctx, synth.Request{Rate: 9, Parts: []synth.Part{{}}}, &testkit.Recorder{}); !errors.Is(err, synth.ErrInvalidArgument) {
			t.Errorf("%T: rate 9: %v", s, err)
		}
		_, err := streamIt(ctx, s, synth.Request{Parts: []synth.Part{{SSML: true}}}, &testkit.Recorder{}, "<speak>Hi ", "<blink/> there.</speak>")
		if !errors.Is(err, synth.ErrInvalidArgument) || !strings.Contains(err.Error(), "blink") {
			t.Errorf("%T: bad SSML: %v", s, err)
		}
		st, err := s.NewStream(ctx, synth.Request{Parts: []synth.Part{{}}}, &testkit.Recorder{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Write([]byte("Cut \xc3")); err != nil {
			t.Fatalf("%T: a partial character is held back, not refused: %v", s, err)
		}
		if _, err := st.Close(); !errors.Is(err, synth.ErrInvalidArgument) {
			t.Errorf("%T: text ending inside a character: %v", s, err)
		}
	}
}
