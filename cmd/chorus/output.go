package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth"
)

// output plays req, writes it as WAV to af.out, or both, and writes captions if asked. Nothing
// is committed unless everything succeeded: a failed synthesis leaves existing files as they
// were. With --play and an output, a missing sound device only costs the playing: the file is
// written and a warning says why nothing played.
func (c *cli) output(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags) error {
	var words []synth.WordTiming
	if af.captions != "" {
		req.WordTimings = true
		syn = wordTap{syn, &words}
	}
	var sum synth.Summary
	var audioOut *outfile.File
	switch {
	case af.out == "":
		if c.player == nil {
			return errors.New("no sound output available: write a file with -o FILE.wav")
		}
		var err error
		if sum, err = c.player.Play(ctx, syn, req); err != nil {
			return err
		}
	default:
		f, err := outfile.Create(af.out, c.stdout)
		if err != nil {
			return err
		}
		defer f.Abort() // after Commit it does nothing
		audioOut = f
		var played error
		if af.play {
			sum, played, err = c.playAndSave(ctx, syn, req, f, af.audioFormat)
		} else {
			sum, err = saveAudio(ctx, syn, req, f, af.audioFormat)
		}
		if err != nil {
			return err
		}
		c.warnNotPlayed(played)
	}
	var capOut *outfile.File
	var cues []captions.Cue
	if af.captions != "" {
		var err error
		if cues, err = captions.Build(words, sum.SampleRate, captions.Options{}); err != nil {
			return err
		}
		if capOut, err = writeCaptions(af.captions, c.stdout, cues); err != nil {
			return err
		}
		defer capOut.Abort()
	}
	if audioOut != nil {
		if err := audioOut.Commit(); err != nil {
			return err
		}
		if af.out != outfile.Stdout {
			fmt.Fprintf(c.stderr, "chorus: wrote %s (%.2f s, %d Hz)\n", af.out, sum.Seconds(), sum.SampleRate)
		}
	}
	if capOut != nil {
		if err := capOut.Commit(); err != nil {
			return err
		}
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, len(cues))
	}
	return nil
}

// writeCaptions writes cues to a new output at path, in the format its extension names. The
// caller commits or aborts it.
func writeCaptions(path string, stdout io.Writer, cues []captions.Cue) (*outfile.File, error) {
	format, err := captions.FormatFor(path)
	if err != nil {
		return nil, err
	}
	f, err := outfile.Create(path, stdout)
	if err != nil {
		return nil, err
	}
	if err := captions.Write(f, format, cues); err != nil {
		f.Abort()
		return nil, err
	}
	return f, nil
}

// saveAudio synthesizes req into w in format f, streaming (a WAV header, a FLAC STREAMINFO or an
// MP3 Info frame is completed where w can seek; see package encode). The caller commits or
// aborts the output.
func saveAudio(ctx context.Context, syn client.Synthesizer, req synth.Request, w io.Writer, f encode.Format) (synth.Summary, error) {
	fs := &fileSink{out: w, format: f}
	sum, err := syn.Synthesize(ctx, req, fs)
	return sum, fs.finish(err)
}

// playAndSave plays req while writing it to out. If the sound device cannot be opened the
// writing goes on: the error is returned as played, not as err.
func (c *cli) playAndSave(ctx context.Context, syn client.Synthesizer, req synth.Request, out io.Writer, f encode.Format) (sum synth.Summary, played, err error) {
	if c.player == nil {
		sum, err = saveAudio(ctx, syn, req, out, f)
		return sum, errors.New("no sound output available"), err
	}
	ps := &playAndSaveSynth{syn: syn, out: out, format: f}
	if _, err = c.player.Play(ctx, ps, req); err != nil {
		return ps.sum, nil, err
	}
	return ps.sum, ps.soft.err, ps.err
}

// playAndSaveSynth is what the player drives: the synthesis goes to the player's sink and to the
// WAV file at once, the player's sink behind a softSink.
type playAndSaveSynth struct {
	client.Synthesizer
	syn    client.Synthesizer
	out    io.Writer
	format encode.Format
	soft   *softSink
	sum    synth.Summary
	err    error
}

func (p *playAndSaveSynth) Synthesize(ctx context.Context, req synth.Request, play synth.Sink) (synth.Summary, error) {
	p.soft = &softSink{sink: play}
	fs := &fileSink{out: p.out, format: p.format}
	// The file first: it must see every block even when the player is gone.
	sum, err := p.syn.Synthesize(ctx, req, client.Tee{fs, p.soft})
	err = fs.finish(err)
	p.sum, p.err = sum, err
	return sum, err
}

// softSink passes everything to sink unless sink cannot start because there is no sound
// device: then it keeps that error and takes the audio without playing it.
type softSink struct {
	sink synth.Sink
	err  error
}

func (s *softSink) Start(rate int) error {
	fs, ok := s.sink.(client.FormatSink)
	if !ok {
		return nil
	}
	if err := fs.Start(rate); err != nil {
		if errors.Is(err, client.ErrNoDevice) {
			s.err = err
			return nil
		}
		return err
	}
	return nil
}

func (s *softSink) Audio(p []float32) error {
	if s.err != nil {
		return nil
	}
	return s.sink.Audio(p)
}

func (s *softSink) Word(w synth.WordTiming) error {
	if s.err != nil {
		return nil
	}
	return s.sink.Word(w)
}

// wordTap is a Synthesizer that also keeps the word timings of what it synthesizes.
type wordTap struct {
	client.Synthesizer
	words *[]synth.WordTiming
}

func (w wordTap) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	tap := &client.WordTap{Sink: sink}
	sum, err := w.Synthesizer.Synthesize(ctx, req, tap)
	*w.words = append(*w.words, tap.Words...)
	return sum, err
}

// warnNotPlayed says on stderr why nothing was played while the file was written (nil: it was).
func (c *cli) warnNotPlayed(why error) {
	if why == nil {
		return
	}
	// The device's error suggests writing a file with -o: that is being done.
	msg := strings.TrimSuffix(why.Error(), " (write a file with -o instead)")
	fmt.Fprintf(c.stderr, "chorus: warning: nothing was played: %s\n", msg)
}
