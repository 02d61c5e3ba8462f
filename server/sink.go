package server

import (
	"time"

	"google.golang.org/grpc"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// streamSink is the engine's Sink for one Synthesize stream: audio is re-chunked to fixed-size
// blocks, encoded and sent; word timings are sent as they come. A blocking Send is the engine's
// backpressure; a failed Send stops the engine.
type streamSink struct {
	stream  grpc.ServerStreamingServer[chorusv1.SynthesizeResponse]
	enc     audio.Encoding
	chunker *audio.Chunker
	c       *call
	pos     int64         // samples sent so far
	blocked time.Duration // time spent in Send: the client's pace, not the engine's
}

func newStreamSink(stream grpc.ServerStreamingServer[chorusv1.SynthesizeResponse], enc audio.Encoding, chunkSamples int, c *call) *streamSink {
	s := &streamSink{stream: stream, enc: enc, c: c}
	s.chunker = audio.NewChunker(audio.WriterFunc(s.send), chunkSamples)
	return s
}

// send encodes and sends one block. The byte slice is fresh for each message: gRPC may hold on
// to a sent message.
func (s *streamSink) send(p []float32) error {
	b := audio.Encode(make([]byte, 0, len(p)*s.enc.BytesPerSample()), s.enc, p)
	if s.pos == 0 {
		s.c.mu.Lock()
		s.c.firstChunk = time.Since(s.c.start)
		s.c.mu.Unlock()
	}
	err := s.timed(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Audio{Audio: &chorusv1.AudioChunk{
		Audio: b, StartSample: s.pos,
	}}})
	s.pos += int64(len(p))
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
	return s.timed(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Word{Word: &chorusv1.WordTiming{
		Word: w.Word, Speaker: w.Speaker, StartSample: w.Start, EndSample: w.End,
		Turn: int32(w.Part), TextStart: int32(w.TextStart), TextEnd: int32(w.TextEnd),
	}}})
}

// Flush sends the last, possibly shorter, block.
func (s *streamSink) Flush() error { return s.chunker.Flush() }
