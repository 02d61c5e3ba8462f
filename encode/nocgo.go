//go:build !cgo

package encode

import (
	"fmt"
	"io"
)

// Without cgo there are no codec libraries: the compressed formats are unavailable.

// codecsBuilt: this build has the codec libraries (FLAC, Opus, MP3).
const codecsBuilt = false

func newFLAC(io.Writer, int) (Encoder, error) {
	return nil, fmt.Errorf("%w: flac needs cgo and libFLAC", ErrUnavailable)
}

func newOpus(io.Writer, int, Options) (Encoder, error) {
	return nil, fmt.Errorf("%w: opus needs cgo and libopusenc", ErrUnavailable)
}

func newMP3(io.Writer, int, Options) (Encoder, error) {
	return nil, fmt.Errorf("%w: mp3 needs cgo and LAME", ErrUnavailable)
}
