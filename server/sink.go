package server

import (
	"context"
	"errors"
	"sync/atomic"
	"time"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// sender is the sending half of a Synthesize or StreamingSynthesize call.
type sender interface {
	Send(*chorusv1.SynthesizeResponse) error
	Context() context.Context
}

// streamSink is the engine's Sink for one Synthesize or StreamingSynthesize call: audio is
// re-chunked to fixed-size blocks, encoded and sent; word timings and events are sent as they
// come. A blocking Send is the engine's backpressure; a failed Send stops the engine.
type streamSink struct {
	stream  sender
	enc     audio.Encoding
	file    *fileChunks // a file encoding's encoder (encoding.go), or nil
	anySent bool        // a chunk was sent (the first one's latency is recorded)
	chunker *audio.Chunker
	c       *call
	pos     int64         // samples sent so far
	blocked time.Duration // time spent in Send: the client's pace, not the engine's
	// since is when the latency to the first chunk counts from: the call's start, or for a
	// stream the arrival of its first text.
	since func() time.Time
	// stopped, once set (a StreamStop), makes every call fail with errStopped, sending nothing.
	stopped atomic.Bool
	sent    atomic.Int64 // when the last audio was sent, in Unix nanoseconds (0: never)
}

// lastSent is when the sink last sent audio (the zero time if never).
func (s *streamSink) lastSent() time.Time {
	n := s.sent.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// errStopped ends the engine's work on a stream whose client sent a StreamStop.
var errStopped = errors.New("the client stopped the stream")

func newStreamSink(stream sender, enc audio.Encoding, chunkSamples int, c *call) *streamSink {
	s := &streamSink{stream: stream, enc: enc, c: c, since: func() time.Time { return c.start }}
	s.chunker = audio.NewChunker(audio.WriterFunc(s.send), chunkSamples)
	return s
}

// send encodes and sends one block. The byte slice is fresh for each message: gRPC may hold on
// to a sent message.
func (s *streamSink) send(p []float32) error {
	var b []byte
	if s.file != nil {
		var err error
		if b, err = s.fileSamples(p); err != nil {
			return err
		}
		if len(b) == 0 { // the codec holds these samples back for now
			s.pos += int64(len(p))
			return nil
		}
	} else {
		b = audio.Encode(make([]byte, 0, len(p)*s.enc.BytesPerSample()), s.enc, p)
	}
	if s.stopped.Load() {
		return errStopped
	}
	if !s.anySent {
		s.anySent = true
		since := s.since()
		s.c.mu.Lock()
		s.c.firstChunk = time.Since(since)
		s.c.mu.Unlock()
	}
	err := s.timed(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Audio{Audio: &chorusv1.AudioChunk{
		Audio: b, StartSample: s.pos,
	}}})
	s.pos += int64(len(p))
	s.sent.Store(time.Now().UnixNano())
	return err
}

func (s *streamSink) timed(m *chorusv1.SynthesizeResponse) error {
	t := time.Now()
	err := s.stream.Send(m)
	s.blocked += time.Since(t)
	return err
}

// Audio implements synth.Sink.
func (s *streamSink) Audio(p []float32) error {
	if err := s.stream.Context().Err(); err != nil {
		return err
	}
	return s.chunker.Write(p)
}

// Word implements synth.Sink.
func (s *streamSink) Word(w synth.WordTiming) error {
	if s.stopped.Load() {
		return errStopped
	}
	return s.timed(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Word{Word: &chorusv1.WordTiming{
		Word: w.Word, Speaker: w.Speaker, StartSample: w.Start, EndSample: w.End,
		Turn: int32(w.Part), TextStart: int32(w.TextStart), TextEnd: int32(w.TextEnd),
	}}})
}

// Flush sends the last, possibly shorter, block.
func (s *streamSink) Flush() error {
	if s.stopped.Load() {
		return errStopped
	}
	return s.chunker.Flush()
}
