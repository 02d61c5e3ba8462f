package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth"
)

// resolveFormat settles the audio format of the output: --format if given, else -o's extension;
// standard output, a name without an extension (a device, a pipe) and playing alone get WAV. An
// extension that names no format, a --format that names none, or one that contradicts -o's
// extension, is a usage error naming the choices: never a file whose name lies about it.
func (a *audioFlags) resolveFormat() error {
	var named encode.Format // what -o's extension says, if anything
	if a.out != "" && a.out != outfile.Stdout && filepath.Ext(a.out) != "" {
		f, err := encode.ForPath(a.out)
		if err != nil && a.format == "" {
			return usagef("-o %s: %v", a.out, unwrapFormat(err))
		}
		named = f
	}
	a.audioFormat = encode.WAV
	switch {
	case a.format != "":
		f, err := encode.ParseFormat(a.format)
		if err != nil {
			return usagef("--format: %v", unwrapFormat(err))
		}
		if named != "" && named != f {
			return usagef("--format %s, but -o %s names %s: make them agree", f, a.out, named)
		}
		a.audioFormat = f
	case named != "":
		a.audioFormat = named
	}
	return nil
}

// unwrapFormat drops package encode's "encode: " prefix from a format error for the CLI's
// message.
func unwrapFormat(err error) error {
	var s = err.Error()
	const p = "encode: "
	if len(s) > len(p) && s[:len(p)] == p {
		return errors.New(s[len(p):])
	}
	return err
}

// fileSink encodes audio into an output once it knows the rate.
type fileSink struct {
	out    io.Writer
	format encode.Format
	enc    encode.Encoder
}

var _ client.FormatSink = (*fileSink)(nil)

func (s *fileSink) Start(rate int) error {
	e, err := encode.New(s.out, s.format, rate, encode.Options{})
	if err != nil {
		return err
	}
	s.enc = e
	return nil
}

func (s *fileSink) Audio(p []float32) error {
	if s.enc == nil {
		return errors.New("audio before the format")
	}
	return s.enc.Write(p)
}

func (s *fileSink) Word(synth.WordTiming) error { return nil }

// finish completes the output after the synthesis returned err: an encoder that never started
// is an error of its own, and a started one is closed (its error counts when err is nil).
func (s *fileSink) finish(err error) error {
	if err == nil && s.enc == nil {
		err = errors.New("the synthesizer produced no audio format")
	}
	if s.enc != nil {
		if cerr := s.enc.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s: %w", s.format, cerr)
		}
	}
	return err
}
