package server

import (
	"context"
	"errors"
	"testing"
	"time"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// sentRecorder is a sender that keeps what it is given.
type sentRecorder struct {
	msgs []*chorusv1.SynthesizeResponse
}

func (s *sentRecorder) Send(m *chorusv1.SynthesizeResponse) error {
	s.msgs = append(s.msgs, m)
	return nil
}

func (s *sentRecorder) Context() context.Context { return context.Background() }

// Once a stream is stopped, its sink sends nothing more: no audio (not even the chunk being
// filled), no word, no event; every call fails with errStopped, which ends the engine's work.
func TestStoppedSinkSendsNothing(t *testing.T) {
	rec := &sentRecorder{}
	s := newStreamSink(rec, audio.PCM16, 100, &call{start: time.Now()})
	if err := s.Audio(make([]float32, 250)); err != nil { // two chunks sent, 50 samples held
		t.Fatal(err)
	}
	if len(rec.msgs) != 2 || s.pos != 200 {
		t.Fatalf("%d messages, %d samples sent before the stop; want 2 and 200", len(rec.msgs), s.pos)
	}
	s.stopped.Store(true)
	for name, call := range map[string]func() error{
		"audio": func() error { return s.Audio(make([]float32, 1000)) },
		"word":  func() error { return s.Word(synth.WordTiming{Word: "hi"}) },
		"event": func() error { return s.Event(synth.Event{Kind: synth.EventMark, Name: "m"}) },
		"flush": s.Flush,
	} {
		if err := call(); !errors.Is(err, errStopped) {
			t.Errorf("%s after the stop: %v, want errStopped", name, err)
		}
	}
	if len(rec.msgs) != 2 || s.pos != 200 {
		t.Errorf("%d messages, %d samples after the stop; want still 2 and 200", len(rec.msgs), s.pos)
	}
}
