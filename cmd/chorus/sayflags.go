package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client/outfile"
)

// sayFlags are say's flags for SSML and events.
type sayFlags struct {
	ssml       bool
	events     string
	eventTypes string
}

func (f *sayFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.BoolVar(&f.ssml, "ssml", false, "read the text as an SSML document (<speak>, <prosody>, <voice>, <mark>, ...; docs/ssml.md)")
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
