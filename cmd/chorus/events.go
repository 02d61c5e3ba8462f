package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// eventKinds are the names --event-types takes, and what each asks of the engine (words are
// word timings, not an engine event).
var eventKinds = map[string]synth.EventKinds{
	"word": 0, "mark": synth.EventMarks, "phoneme": synth.EventPhonemes, "viseme": synth.EventVisemes,
}

// eventSet is the parsed --event-types: which kinds of line --events writes.
type eventSet struct {
	words  bool
	engine synth.EventKinds
}

// parseEventTypes reads a comma-separated list of word, mark, phoneme, viseme (plurals too).
func parseEventTypes(s string) (eventSet, error) {
	var set eventSet
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), "s")
		k, ok := eventKinds[name]
		if !ok {
			return set, usagef("--event-types: unknown type %q: use word, mark, phoneme and viseme, separated by commas", name)
		}
		if name == "word" {
			set.words = true
		}
		set.engine |= k
	}
	return set, nil
}

// eventLine is one line of --events: a JSON object per word, mark, phoneme or viseme.
type eventLine struct {
	Type string `json:"type"` // word, mark, phoneme or viseme
	// Value: the word as written, the mark's name, the phone (ARPAbet with stress), or the
	// viseme's ID (0–21).
	Value any     `json:"value"`
	Start float64 `json:"start"` // seconds from the start of the audio
	End   float64 `json:"end"`
	// Speaker is the turn's speaker, or the <voice> of SSML ("" for plain text).
	Speaker string `json:"speaker"`
	// Name is the viseme's shape, by the phones it stands for ("p b m").
	Name string `json:"name,omitempty"`
}

// eventTap is a Synthesizer that writes the words and events of what it synthesizes to out as
// JSON lines, each as it comes (so a program reading a pipe sees them while the audio plays).
type eventTap struct {
	client.Synthesizer
	out  io.Writer
	kind eventSet
}

func (e eventTap) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	req.WordTimings = req.WordTimings || e.kind.words
	req.Events |= e.kind.engine
	return e.Synthesizer.Synthesize(ctx, req, e.sink(sink))
}

// NewStream is Synthesize for a stream (see client.Streamer).
func (e eventTap) NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*client.Stream, error) {
	st, ok := e.Synthesizer.(client.Streamer)
	if !ok {
		return nil, errors.New("this synthesizer cannot stream")
	}
	req.WordTimings = req.WordTimings || e.kind.words
	req.Events |= e.kind.engine
	return st.NewStream(ctx, req, e.sink(sink))
}

func (e eventTap) sink(s synth.Sink) *eventSink {
	return &eventSink{sink: s, enc: json.NewEncoder(e.out), kind: e.kind}
}

// eventSink passes everything to sink and writes words and events as JSON lines.
type eventSink struct {
	sink synth.Sink
	enc  *json.Encoder
	kind eventSet
	rate float64
}

var (
	_ client.FormatSink = (*eventSink)(nil)
	_ synth.EventSink   = (*eventSink)(nil)
)

func (s *eventSink) Start(rate int) error {
	s.rate = float64(rate)
	if fs, ok := s.sink.(client.FormatSink); ok {
		return fs.Start(rate)
	}
	return nil
}

func (s *eventSink) Audio(p []float32) error { return s.sink.Audio(p) }

// seconds converts a sample position to seconds, rounded to the microsecond: finer than half a
// sample at 48 kHz (10.4 µs), so round(t × rate) gives the sample back, and printed as
// 0.399917 rather than 0.39991666666666664.
func (s *eventSink) seconds(n int64) float64 {
	if s.rate == 0 {
		return 0
	}
	return math.Round(float64(n)/s.rate*1e6) / 1e6
}

func (s *eventSink) write(l eventLine) error {
	if err := s.enc.Encode(l); err != nil {
		return fmt.Errorf("--events: %w", err)
	}
	return nil
}

func (s *eventSink) Word(w synth.WordTiming) error {
	if s.kind.words {
		if err := s.write(eventLine{Type: "word", Value: w.Word, Start: s.seconds(w.Start), End: s.seconds(w.End), Speaker: w.Speaker}); err != nil {
			return err
		}
	}
	return s.sink.Word(w)
}

func (s *eventSink) Event(e synth.Event) error {
	if s.kind.engine&e.Kind != 0 {
		l := eventLine{Type: e.Kind.String(), Value: e.Name, Start: s.seconds(e.Start), End: s.seconds(e.End), Speaker: e.Speaker}
		if e.Kind == synth.EventViseme {
			l.Value, l.Name = int(e.Viseme), e.Viseme.String()
		}
		if err := s.write(l); err != nil {
			return err
		}
	}
	if es, ok := s.sink.(synth.EventSink); ok {
		return es.Event(e)
	}
	return nil
}
