package httpapi

import (
	"errors"
	"io"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth/audio"
)

// extraFormats are the compressed formats, through package encode (the encoders the CLI and
// the gRPC encodings use). A format whose encoder this build lacks (no cgo) keeps its name and
// answers 400; AAC has no encoder at all.
func extraFormats() []*format {
	return []*format{
		encoded("mp3", encode.MP3),
		encoded("opus", encode.Opus),
		encoded("flac", encode.FLAC),
		{name: "aac", contentType: "audio/aac"},
	}
}

func encoded(name string, f encode.Format) *format {
	out := &format{name: name, contentType: f.MIMEType(), rates: "8000–48000 Hz", rateOK: anyRate}
	// Probe once: a build without the codec library reports ErrUnavailable.
	if e, err := encode.New(io.Discard, f, DefaultSampleRate, encode.Options{}); !errors.Is(err, encode.ErrUnavailable) {
		if err == nil {
			_ = e.Close() // into io.Discard
		}
		out.open = func(w io.Writer, rate int) (encoder, error) {
			e, err := encode.New(w, f, rate, encode.Options{})
			if err != nil {
				return nil, err
			}
			return &floatEncoder{enc: e}, nil
		}
	}
	return out
}

// floatEncoder feeds 16-bit PCM to an encoder of float samples (exactly: audio.FromInt16 and
// ToInt16 are inverses).
type floatEncoder struct {
	enc encode.Encoder
	buf []float32
}

func (e *floatEncoder) Write(pcm []byte) error {
	e.buf = audio.Decode(e.buf[:0], audio.PCM16, pcm)
	return e.enc.Write(e.buf)
}

func (e *floatEncoder) Close() error { return e.enc.Close() }
