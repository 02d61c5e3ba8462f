package main

import (
	"context"
	"errors"
	"io"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/synth"
)

// sayFlags are say's flags for SSML, events and streaming input.
type sayFlags struct {
	ssml       bool
	stream     bool
	events     string
	eventTypes string
}

func (f *sayFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.BoolVar(&f.ssml, "ssml", false, "read the text as an SSML document (<speak>, <prosody>, <voice>, <mark>, ...; docs/ssml.md)")
	fs.BoolVar(&f.stream, "stream", false, "read standard input as it arrives and speak each sentence as soon as it is complete")
	fs.StringVar(&f.events, "events", "", "write every word, mark, phone and viseme as a JSON line to `FILE` (\"-\": standard output)")
	fs.StringVar(&f.eventTypes, "event-types", "word,mark,phoneme,viseme", "the kinds --events writes: a comma-separated `LIST` of word, mark, phoneme, viseme")
	_ = cmd.MarkFlagFilename("events", "jsonl", "json")
	_ = cmd.RegisterFlagCompletionFunc("event-types", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"word", "mark", "phoneme", "viseme"}, cobra.ShellCompDirectiveNoFileComp
	})
}

// eventSet parses --event-types; it is a usage error without --events.
func (f *sayFlags) eventSet() (eventSet, error) {
	set, err := parseEventTypes(f.eventTypes)
	if err != nil {
		return set, err
	}
	if f.events == "" && f.eventTypes != "word,mark,phoneme,viseme" {
		return set, usagef("--event-types needs --events FILE")
	}
	return set, nil
}

// checkPaths refuses an --events file that is the audio, the captions or an input.
func (f *sayFlags) checkPaths(af *audioFlags, inputs ...inputPath) error {
	if f.events == "" {
		return nil
	}
	for _, o := range []struct{ flag, path string }{{"-o", af.out}, {"--captions", af.captions}} {
		if o.path != "" && outfile.Same(o.path, f.events) {
			if f.events == outfile.Stdout {
				return usagef("--events and %s both name standard output", o.flag)
			}
			return usagef("--events and %s name the same file (%s)", o.flag, f.events)
		}
	}
	return nil
}

// eventsOut is the --events output while it is written.
type eventsOut struct {
	w io.Writer
	f *outfile.File
}

func (o eventsOut) abort() {
	if o.f != nil {
		o.f.Abort() // after Commit it does nothing
	}
}

// openEvents opens the --events output (none without the flag); commit completes it.
func (f *sayFlags) openEvents(c *cli, _ eventSet) (eventsOut, func() error, error) {
	if f.events == "" {
		return eventsOut{}, func() error { return nil }, nil
	}
	of, err := outfile.Create(f.events, c.stdout)
	if err != nil {
		return eventsOut{}, nil, err
	}
	return eventsOut{w: of, f: of}, of.Commit, nil
}

// sayStream speaks standard input as it arrives (say --stream).
func (c *cli) sayStream(ctx context.Context, co *common, af *audioFlags, part synth.Part, sf *sayFlags, events eventSet) error {
	from := inputPath{"file read on standard input", "-"}
	if err := c.checkPaths(af, from, inputPath{"--lexicon file", af.lexicon}); err != nil {
		return err
	}
	if err := sf.checkPaths(af, from); err != nil {
		return err
	}
	req := synth.Request{Parts: []synth.Part{part}}
	if err := af.apply(&req); err != nil {
		return err
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	streamer, ok := syn.(client.Streamer)
	if !ok {
		return errors.New("--stream: this synthesizer cannot stream")
	}
	out, commit, err := sf.openEvents(c, events)
	if err != nil {
		return err
	}
	defer out.abort()
	if out.w != nil {
		streamer = eventTap{Synthesizer: syn, out: out.w, kind: events}
	}
	if err := c.output(ctx, streamSynth{Synthesizer: syn, streamer: streamer, in: c.stdin}, req, af); err != nil {
		return err
	}
	return commit()
}
