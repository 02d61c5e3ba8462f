package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/podcast"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
)

func (c *cli) render(ctx context.Context, args []string) error {
	fs := c.newFlags("render", "[flags] SCRIPT -o FILE.wav",
		"Renders a podcast script (SCRIPT, or \"-\" for standard input) with one voice per speaker.\n"+
			"A script is lines \"Name: text\"; untagged lines continue the previous speaker; lines\n"+
			"starting with # are comments. Speakers get distinct voices in order of appearance unless\n"+
			"a header maps them:\n\n  ---\n  voices: Alice=ava, Bob=joe\n  styles: Alice=cheerful\n  gap: 400ms\n  ---\n  Alice: Welcome to the show.\n  Bob: Thanks for having me.\n\n"+
			"The episode is written with -o at -16 LUFS integrated loudness (true peak at most -1 dBTP),\n"+
			"at 24000 Hz unless --sample-rate says otherwise; --captions adds WebVTT or SRT captions;\n"+
			"--play listens while it renders. See docs/scripts.md for the whole format.\n")
	var co common
	var af audioFlags
	co.register(fs)
	af.register(fs)
	strict := fs.Bool("strict", false, "require every speaker to have a voice in the script's header")
	play := fs.Bool("play", false, "play the episode while it renders (with -o, also write the file)")
	noNormalize := fs.Bool("no-normalize", false, "write the audio as synthesized instead of at -16 LUFS")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want one SCRIPT argument, got %d", fs.NArg())
	}
	name := fs.Arg(0)
	var src io.Reader
	if name == "-" {
		src, name = c.stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		src = f
	}
	b, err := io.ReadAll(io.LimitReader(src, maxInput+1))
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	sc, err := script.Parse(bytes.NewReader(b), name, script.Options{Strict: *strict})
	if err != nil {
		return err
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	list, err := syn.Voices(ctx)
	if err != nil {
		return err
	}
	cat, err := list.VoicesCatalog()
	if err != nil {
		return err
	}
	built, err := sc.Build(cat, script.RequestOptions{})
	if err != nil {
		return err
	}
	req := built.Request
	if err := af.apply(&req); err != nil {
		return err
	}
	if req.SampleRate == 0 {
		// One rate for the whole episode, whatever voice speaks first.
		req.SampleRate = episodeRate
	}
	req.WordTimings = true
	if af.out == "" {
		if !*play {
			return usagef("give -o FILE.wav to write the episode, or --play to listen")
		}
		return built.Locate(c.output(ctx, syn, req, &af))
	}
	// An error about one part of the request is the script's: name its line.
	return built.Locate(c.renderEpisode(ctx, syn, req, &af, *play, *noNormalize))
}

// maxInput bounds what is read from a file or standard input: the engine's text limit, with
// room for a script's markup and header.
const maxInput = script.MaxFileBytes

// episodeRate is the sample rate of rendered episodes unless --sample-rate says otherwise.
const episodeRate = 24000

// renderEpisode renders req to af.out normalized to broadcast loudness (and captions), showing
// progress on a terminal. With play, the audio is also played as it is synthesized.
func (c *cli) renderEpisode(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags, play, noNormalize bool) error {
	opts := podcast.Options{Output: af.out, Captions: af.captions, NoNormalize: noNormalize}
	term := isTerminal(c.stderr)
	if term && !play {
		opts.Progress = func(p podcast.Progress) {
			fmt.Fprintf(c.stderr, "\r%s", p.Bar(40))
			if p.Done {
				fmt.Fprintln(c.stderr)
			}
		}
	}
	var res podcast.Result
	var err error
	if play {
		if c.player == nil {
			return errors.New("no sound output available: drop --play")
		}
		// The player drives synthesis; the render taps the same stream into the file.
		_, err = c.player.Play(ctx, episodeTee{syn: syn, opts: opts, res: &res}, req)
	} else {
		res, err = podcast.Render(ctx, syn, req, opts)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "chorus: wrote %s (%s, %d Hz, %.1f LUFS, true peak %.1f dBTP, %.0fx real time)\n",
		af.out, res.Duration.Round(time.Millisecond), res.SampleRate, res.LoudnessAfter, res.TruePeakAfter, res.Speed)
	if af.captions != "" {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, res.Cues)
	}
	return nil
}

// episodeTee is a Synthesizer for the player that renders the episode file from the same
// synthesis it plays.
type episodeTee struct {
	client.Synthesizer
	syn  client.Synthesizer
	opts podcast.Options
	res  *podcast.Result
}

func (e episodeTee) Synthesize(ctx context.Context, req synth.Request, play synth.Sink) (synth.Summary, error) {
	var sum synth.Summary
	res, err := podcast.Render(ctx, teeSynth{syn: e.syn, also: play, sum: &sum}, req, e.opts)
	*e.res = res
	return sum, err
}

// teeSynth synthesizes into two sinks at once.
type teeSynth struct {
	syn  client.Synthesizer
	also synth.Sink
	sum  *synth.Summary
}

func (t teeSynth) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	sum, err := t.syn.Synthesize(ctx, req, client.Tee{sink, t.also})
	*t.sum = sum
	return sum, err
}
