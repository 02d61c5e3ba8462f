package server

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/chorus-tts/chorus/encode"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// The file encodings (FLAC, OGG_OPUS, MP3) stream one file through the AudioChunks: the
// samples of each chunk go into one package-encode encoder, and the chunk carries the bytes it
// emitted. Chunks the codec emitted nothing for are not sent; the bytes it held back go in a
// last chunk once synthesis ends (finishFile).

// fileFormats maps the wire's file encodings to package encode's formats.
var fileFormats = map[chorusv1.AudioEncoding]encode.Format{
	chorusv1.AudioEncoding_AUDIO_ENCODING_FLAC:     encode.FLAC,
	chorusv1.AudioEncoding_AUDIO_ENCODING_OGG_OPUS: encode.Opus,
	chorusv1.AudioEncoding_AUDIO_ENCODING_MP3:      encode.MP3,
}

// fileFormatFromProto returns the file format an encoding asks for; ok is false for the sample
// encodings (PCM16, MULAW, ALAW) and unknown values.
func fileFormatFromProto(e chorusv1.AudioEncoding) (f encode.Format, ok bool) {
	f, ok = fileFormats[e]
	return f, ok
}

// unavailableFormat is the error for a file encoding this build cannot write (a build without
// cgo has no codec libraries).
func unavailableFormat(e chorusv1.AudioEncoding) error {
	return invalid("audio.encoding", "%s is not available: this server was built without the codec libraries (cgo); use PCM16, MULAW or ALAW", e)
}

// protoEncoding is the encoding a job's AudioFormat message states.
func (j *job) protoEncoding() chorusv1.AudioEncoding {
	for e, f := range fileFormats {
		if f == j.file {
			return e
		}
	}
	return encodingToProto(j.encoding)
}

// fileChunks is the encoder of one stream of a file encoding and what it has emitted since the
// last chunk.
type fileChunks struct {
	buf bytes.Buffer
	enc encode.Encoder
}

// startFile makes s send f, encoded at rate, instead of samples. The file's header goes out
// with the first chunk.
func (s *streamSink) startFile(f encode.Format, rate int) error {
	fc := &fileChunks{}
	e, err := encode.New(&fc.buf, f, rate, encode.Options{})
	if err != nil {
		return fmt.Errorf("starting the %s encoder: %w", f, err)
	}
	fc.enc = e
	s.file = fc
	return nil
}

// take returns (a fresh copy of) what the encoder emitted since the last call: gRPC may hold on
// to a sent message's bytes.
func (fc *fileChunks) take() []byte {
	if fc.buf.Len() == 0 {
		return nil
	}
	b := bytes.Clone(fc.buf.Bytes())
	fc.buf.Reset()
	return b
}

// encode gives p to the encoder and returns the bytes it emitted.
func (fc *fileChunks) encode(p []float32) ([]byte, error) {
	if err := fc.enc.Write(p); err != nil {
		return nil, err
	}
	return fc.take(), nil
}

// finishFile completes the file: the encoder's held-back bytes are sent as a last chunk that
// starts after the last sample. It does nothing for the sample encodings.
func (s *streamSink) finishFile() error {
	fc := s.file
	if fc == nil || fc.enc == nil {
		return nil
	}
	err := fc.enc.Close()
	fc.enc = nil
	if err != nil {
		return err
	}
	b := fc.take()
	if len(b) == 0 {
		return nil
	}
	return s.timed(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Audio{Audio: &chorusv1.AudioChunk{
		Audio: b, StartSample: s.pos,
	}}})
}

// closeFile releases the encoder of a stream that ended early (an error, a cancellation),
// sending nothing. Safe to call after finishFile, and on sample encodings.
func (s *streamSink) closeFile() {
	if fc := s.file; fc != nil && fc.enc != nil {
		_ = fc.enc.Close() // the stream failed already; this only frees the codec
		fc.enc = nil
	}
}

// fileSamples encodes p for a file encoding. It returns the bytes to send (nil: none yet).
func (s *streamSink) fileSamples(p []float32) ([]byte, error) {
	if s.file.enc == nil {
		return nil, errors.New("audio after the end of the file")
	}
	return s.file.encode(p)
}
