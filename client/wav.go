package client

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// SaveWAV synthesizes req with s into a 16-bit mono WAV file at path. The audio goes to a
// temporary file in the same directory, renamed over path only when everything succeeded, so a
// failed or cancelled render never leaves a partial file behind.
func SaveWAV(ctx context.Context, s Synthesizer, req synth.Request, path string) (synth.Summary, error) {
	var sum synth.Summary
	err := writeFileAtomic(path, func(f *os.File) error {
		ws := &wavSink{f: f}
		var err error
		sum, err = s.Synthesize(ctx, req, ws)
		if err != nil {
			if ws.w != nil {
				ws.w.Close()
			}
			return err
		}
		if ws.w == nil {
			return fmt.Errorf("client: the synthesizer produced no audio format")
		}
		return ws.w.Close()
	})
	return sum, err
}

// wavSink writes audio into a WAV file once it knows the rate.
type wavSink struct {
	f *os.File
	w *audio.WAVWriter
}

func (s *wavSink) Start(rate int) error {
	w, err := audio.NewWAVWriter(s.f, rate)
	if err != nil {
		return err
	}
	s.w = w
	return nil
}

func (s *wavSink) Audio(p []float32) error {
	if s.w == nil {
		return errors.New("client: audio before the format")
	}
	return s.w.Write(p)
}

func (s *wavSink) Word(synth.WordTiming) error { return nil }

// writeFileAtomic creates path through a temporary file in its directory: write fills the file;
// on success it is synced, closed and renamed to path (mode 0644); on failure it is removed.
func writeFileAtomic(path string, write func(f *os.File) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("client: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	return nil
}
