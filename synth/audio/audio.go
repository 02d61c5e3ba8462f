// Package audio holds Chorus's audio vocabulary: mono float32 samples in [-1, 1], a value-type
// format, and writers that wrap writers (gain, resampling, re-chunking, PCM encoding, WAV files).
package audio

import (
	"errors"
	"fmt"
)

// Encoding is how samples are represented on the wire or in a file.
type Encoding uint8

// Encodings Chorus produces.
const (
	PCM16 Encoding = iota // signed 16-bit little-endian linear PCM
	MuLaw                 // ITU-T G.711 µ-law, 8 bits
	ALaw                  // ITU-T G.711 A-law, 8 bits
)

func (e Encoding) String() string {
	switch e {
	case PCM16:
		return "pcm16"
	case MuLaw:
		return "mulaw"
	case ALaw:
		return "alaw"
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// BytesPerSample is the size of one encoded mono sample.
func (e Encoding) BytesPerSample() int {
	if e == PCM16 {
		return 2
	}
	return 1
}

// Format describes a mono sample stream.
type Format struct {
	SampleRate int
	Encoding   Encoding
}

// Sample-rate limits Chorus accepts for output.
const (
	MinSampleRate = 8000
	MaxSampleRate = 48000
)

// ErrSampleRate reports a sample rate outside [MinSampleRate, MaxSampleRate].
var ErrSampleRate = errors.New("audio: sample rate out of range")

// Writer receives mono float32 samples. Write may block (backpressure); an error stops the
// producer. Implementations must not retain p after Write returns.
type Writer interface {
	Write(p []float32) error
}

// WriterFunc adapts a function to a Writer.
type WriterFunc func(p []float32) error

// Write calls f(p).
func (f WriterFunc) Write(p []float32) error { return f(p) }

// Buffer is a Writer that appends everything to Samples.
type Buffer struct {
	Samples []float32
}

// Write appends p.
func (b *Buffer) Write(p []float32) error {
	b.Samples = append(b.Samples, p...)
	return nil
}

// Flusher is implemented by writers that hold samples back (re-chunkers, resamplers) and must be
// flushed at the end of a stream.
type Flusher interface {
	Flush() error
}

// Flush flushes w if it is a Flusher.
func Flush(w Writer) error {
	if f, ok := w.(Flusher); ok {
		return f.Flush()
	}
	return nil
}
