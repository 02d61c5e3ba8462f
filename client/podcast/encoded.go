package podcast

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth/audio"
)

// encoded reports whether the episode goes out through a package-encode encoder (FLAC, Opus,
// MP3, raw PCM, G.711) rather than the WAV writer of output.go.
func (r *renderer) encoded() bool {
	return r.opts.Format != "" && r.opts.Format != encode.WAV
}

// checkFormat checks Options.Format before any work.
func (r *renderer) checkFormat() error {
	if !r.encoded() {
		return nil
	}
	if !slices.Contains(encode.Formats(), r.opts.Format) {
		return fmt.Errorf("%w: %w %q: use one of %s", ErrRender, encode.ErrUnknownFormat, string(r.opts.Format), encode.Choices())
	}
	return nil
}

// writeEncoded is writeWAV for the other formats: the 16-bit samples stream emits (the
// episode after the gain plan and limiter, on the grid a WAV file would hold) go through an
// encoder of Options.Format, measured into *meas when meas is not nil. The measurement is of
// those samples, before a lossy codec.
func (r *renderer) writeEncoded(ctx context.Context, rate int, stream func(emit emitFunc) error, meas *analysis) error {
	e, err := encode.New(r.out, r.opts.Format, rate, r.opts.Encoding)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrRender, r.out.Name(), err)
	}
	var aa *asyncAnalyzer
	if meas != nil {
		a, err := newAnalyzer(rate, nil, math.Inf(1))
		if err != nil {
			_ = e.Close() // only frees the codec: the render fails
			return err
		}
		aa = startAnalyzer(a)
	}
	f := make([]float32, blockSamples)
	var werr error
	err = stream(func(x []int16, bounds []float32) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if aa != nil {
			aa.copyIn(x, bounds)
		}
		// FromInt16 and the encoders' ToInt16 are inverses on the 16-bit grid: the samples
		// reach the codec exactly as a WAV file would hold them.
		for i, v := range x {
			f[i] = audio.FromInt16(v)
		}
		if err := e.Write(f[:len(x)]); err != nil {
			werr = err
			return err
		}
		return nil
	})
	if aa != nil {
		m, aerr := aa.finish()
		if err == nil {
			err = aerr
		}
		*meas = m
	}
	cerr := e.Close()
	if werr == nil && err == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("%w: %s: %w", ErrRender, r.out.Name(), werr)
	}
	return err
}
