package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// SaveOptions adjusts SaveWAVWith.
type SaveOptions struct {
	// Stdout is what the path "-" (outfile.Stdout) writes to; nil means os.Stdout.
	Stdout io.Writer
}

// SaveWAV synthesizes req with s into a 16-bit mono WAV file at path, through package outfile:
// a new or regular file is written to a temporary file in the same directory and renamed over
// path only when everything succeeded (keeping an existing file's permissions), so a failed or
// cancelled render never leaves a partial file and never touches the old one; a symbolic link is
// followed and its target written; a device or named pipe is written directly; "-" is standard
// output. On a destination that cannot seek the WAV header states an unknown length (see
// audio.NewWAVWriter).
func SaveWAV(ctx context.Context, s Synthesizer, req synth.Request, path string) (synth.Summary, error) {
	return SaveWAVWith(ctx, s, req, path, SaveOptions{})
}

// SaveWAVWith is SaveWAV with options: where "-" writes.
func SaveWAVWith(ctx context.Context, s Synthesizer, req synth.Request, path string, o SaveOptions) (synth.Summary, error) {
	stdout := o.Stdout
	if stdout == nil {
		stdout = os.Stdout
	}
	f, err := outfile.Create(path, stdout)
	if err != nil {
		return synth.Summary{}, fmt.Errorf("client: %w", err)
	}
	sum, err := WriteWAV(ctx, s, req, f)
	if err != nil {
		if aerr := f.Abort(); aerr != nil {
			err = errors.Join(err, fmt.Errorf("client: %w", aerr))
		}
		return sum, err
	}
	if err := f.Commit(); err != nil {
		return sum, fmt.Errorf("client: %w", err)
	}
	return sum, nil
}

// WriteWAV synthesizes req with s into w as a 16-bit mono WAV stream. If w is an io.Seeker whose
// Seek works the header is completed at the end; otherwise it states an unknown length, which
// players and tools reading a stream accept (see audio.NewWAVWriter). It does not close w.
func WriteWAV(ctx context.Context, s Synthesizer, req synth.Request, w io.Writer) (synth.Summary, error) {
	ws := &wavSink{w: w}
	sum, err := s.Synthesize(ctx, req, ws)
	if err != nil {
		if ws.wav != nil {
			_ = ws.wav.Close() // the render's error is the one to report
		}
		return sum, err
	}
	if ws.wav == nil {
		return sum, errors.New("client: the synthesizer produced no audio format")
	}
	return sum, ws.wav.Close()
}

// wavSink writes audio into a WAV stream once it knows the rate.
type wavSink struct {
	w   io.Writer
	wav *audio.WAVWriter
}

func (s *wavSink) Start(rate int) error {
	w, err := audio.NewWAVWriter(s.w, rate)
	if err != nil {
		return err
	}
	s.wav = w
	return nil
}

func (s *wavSink) Audio(p []float32) error {
	if s.wav == nil {
		return errors.New("client: audio before the format")
	}
	return s.wav.Write(p)
}

func (s *wavSink) Word(synth.WordTiming) error { return nil }
