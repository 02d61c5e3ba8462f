package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/client/podcast"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
)

const renderLong = `Renders a podcast script (SCRIPT, or "-" for standard input) with one voice per speaker.
A script is lines "Name: text"; untagged lines continue the previous speaker; lines starting
with # are comments. Speakers get distinct voices in order of appearance unless a header maps
them:

  ---
  voices: Alice=ava, Bob=joe
  styles: Alice=cheerful
  gap: 400ms
  ---
  Alice: Welcome to the show.
  Bob: Thanks for having me.

The episode is written with -o at -16 LUFS integrated loudness (true peak at most -1 dBTP), at
24000 Hz unless --sample-rate says otherwise; "-o -", or standard output redirected to a file or
a pipe without -o, writes it to standard output. --captions adds WebVTT or SRT captions. --play
plays the episode once it is written (alone, it only plays); the file is written even without
a sound device. An output that names the script, the lexicon or the other output is refused.
Scripts of any length are rendered in as many engine requests as they need, as one episode.
See docs/scripts.md for the whole format.`

func (c *cli) renderCommand() *cobra.Command {
	var co common
	var af audioFlags
	var strict, noNormalize bool
	cmd := &cobra.Command{
		Use:     "render [flags] SCRIPT -o FILE.wav",
		Aliases: []string{"podcast"},
		Short:   "render a podcast script (\"Name: text\" lines) to an episode: WAV, FLAC, Opus or MP3",
		Long:    renderLong,
		Example: `  chorus render examples/podcast-interview.txt -o episode.wav --captions episode.vtt
  chorus render examples/podcast-panel.json --play -o panel.wav
  chorus render - < script.txt > episode.wav`,
		Args: exactArgs(1, "SCRIPT argument (a file, or - for standard input)"),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return []cobra.Completion{"txt", "json"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return c.render(cmd.Context(), args[0], &co, &af, strict, noNormalize)
		},
	}
	co.register(cmd)
	af.register(cmd, "play the episode (with -o, once it is written)")
	fs := cmd.Flags()
	fs.BoolVar(&strict, "strict", false, "require every speaker to have a voice in the script's header")
	fs.BoolVar(&noNormalize, "no-normalize", false, "write the audio as synthesized instead of at -16 LUFS")
	return cmd
}

func (c *cli) render(ctx context.Context, name string, co *common, af *audioFlags, strict, noNormalize bool) error {
	if err := c.chooseOutput(af, true); err != nil {
		return err
	}
	if err := af.resolveFormat(); err != nil {
		return err
	}
	if err := c.checkPaths(af, inputPath{"script", name}, inputPath{"--lexicon file", af.lexicon}); err != nil {
		return err
	}
	if af.captions != "" {
		if _, err := captions.FormatFor(af.captions); err != nil {
			return usagef("--captions %s: %v", af.captions, err)
		}
	}
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
	sc, err := script.Parse(bytes.NewReader(b), name, script.Options{Strict: strict})
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
	c.reportDirections(sc.Name, built.Directions)
	req := built.Request
	if err := af.apply(&req); err != nil {
		return err
	}
	if req.SampleRate == 0 {
		// One rate for the whole episode, whatever voice speaks first.
		req.SampleRate = episodeRate
	}
	req.WordTimings = true
	// An error about one part of the request is the script's: name its line.
	return built.Locate(c.renderEpisode(ctx, syn, req, af, noNormalize))
}

// maxInput bounds what is read from a file or standard input: the engine's text limit, with
// room for a script's markup and header.
const maxInput = script.MaxFileBytes

// episodeRate is the sample rate of rendered episodes unless --sample-rate says otherwise.
const episodeRate = 24000

// renderEpisode renders req to af.out normalized to broadcast loudness (and captions), showing
// progress on a terminal. With --play the episode is then played from what was written (without
// -o, only played); a missing sound device costs only the playing.
func (c *cli) renderEpisode(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags, noNormalize bool) error {
	opts := podcast.Options{Output: af.out, Captions: af.captions, NoNormalize: noNormalize, Stdout: c.stdout, Format: af.audioFormat}
	if af.out == "" {
		opts.Output, opts.Stdout = outfile.Stdout, io.Discard // --play alone
	}
	if c.progress {
		opts.Progress = func(p podcast.Progress) {
			fmt.Fprintf(c.stderr, "\r%s", p.Bar(40))
			if p.Done {
				fmt.Fprintln(c.stderr)
			}
		}
	}
	var res podcast.Result
	var err error
	var played error // why nothing (or not everything) was played
	switch {
	case af.play && c.player != nil:
		// The player hands its sink to the render, which plays the episode once written.
		m := &monitored{syn: syn, opts: opts}
		_, perr := c.player.Play(ctx, m, req)
		res, err = m.res, m.err
		if err == nil {
			if played = res.MonitorErr; played == nil {
				played = perr
			}
		}
	case af.play && af.out == "":
		return errors.New("no sound output available: write the episode with -o FILE.wav")
	default:
		if af.play {
			played = errors.New("no sound output available")
		}
		res, err = podcast.Render(ctx, syn, req, opts)
	}
	if err != nil {
		return err
	}
	if af.out == "" {
		if played != nil {
			return played
		}
		return nil
	}
	c.warnNotPlayed(played)
	if af.out != outfile.Stdout {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%s, %d Hz, %.1f LUFS, true peak %.1f dBTP, %.0fx real time)\n",
			af.out, res.Duration.Round(time.Millisecond), res.SampleRate, res.LoudnessAfter, res.TruePeakAfter, res.Speed)
	}
	if af.captions != "" && af.captions != outfile.Stdout {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, res.Cues)
	}
	return nil
}

// monitored is a Synthesizer for the player: it renders the episode with the player's sink as
// the render's monitor, which plays the episode once it is written.
type monitored struct {
	client.Synthesizer
	syn  client.Synthesizer
	opts podcast.Options
	res  podcast.Result
	err  error
}

func (m *monitored) Synthesize(ctx context.Context, req synth.Request, play synth.Sink) (synth.Summary, error) {
	opts := m.opts
	opts.Monitor = play
	m.res, m.err = podcast.Render(ctx, m.syn, req, opts)
	return synth.Summary{Samples: m.res.Samples, SampleRate: m.res.SampleRate}, m.err
}

// reportDirections says what became of the script's stage directions: the sounds the voices
// cannot make became pauses, and the user should know ("(laughs)" is not silently dropped).
func (c *cli) reportDirections(file string, dirs []script.Direction) {
	const most = 5 // listed one by one; the rest are counted
	for i, d := range dirs {
		if i == most {
			fmt.Fprintf(c.stderr, "chorus: %s: %d more stage directions (docs/scripts.md)\n", file, len(dirs)-most)
			break
		}
		fmt.Fprintf(c.stderr, "chorus: %s:%d: stage direction %s\n", file, d.Line, d)
	}
}
