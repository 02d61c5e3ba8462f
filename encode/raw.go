package encode

import (
	"fmt"
	"io"

	"github.com/chorus-tts/chorus/synth/audio"
)

// newWAV is audio.WAVWriter: one WAV writer for every surface (the header streams, and a
// seekable destination gets its sizes patched by Close).
func newWAV(w io.Writer, rate int) (Encoder, error) {
	ww, err := audio.NewWAVWriter(w, rate)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return ww, nil
}

// rawBlock bounds the samples encoded per write to the destination, so the buffer stays small
// whatever the caller hands over at once.
const rawBlock = 4096

// rawEncoder writes headerless samples: 16-bit PCM, µ-law or A-law.
type rawEncoder struct {
	w      io.Writer
	enc    audio.Encoding
	buf    []byte
	closed bool
}

func newRaw(w io.Writer, e audio.Encoding) *rawEncoder {
	return &rawEncoder{w: w, enc: e}
}

func (r *rawEncoder) format() Format {
	switch r.enc {
	case audio.MuLaw:
		return MuLaw
	case audio.ALaw:
		return ALaw
	}
	return PCM
}

func (r *rawEncoder) Write(p []float32) error {
	if r.closed {
		return errClosed(r.format())
	}
	for len(p) > 0 {
		n := min(len(p), rawBlock)
		r.buf = audio.Encode(r.buf[:0], r.enc, p[:n])
		if _, err := r.w.Write(r.buf); err != nil {
			return fmt.Errorf("encode: writing %s: %w", r.format(), err)
		}
		p = p[n:]
	}
	return nil
}

func (r *rawEncoder) Close() error {
	r.closed = true
	return nil
}
