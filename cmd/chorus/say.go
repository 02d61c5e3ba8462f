package main

import (
	"context"

	"github.com/chorus-tts/chorus/synth"
)

func (c *cli) say(ctx context.Context, args []string) error {
	fs := c.newFlags("say", "[flags] [TEXT... | -]",
		"Speaks TEXT (the arguments joined by spaces), or standard input with \"-\" or when it is\na pipe and there are no arguments. Plays it, or writes a WAV file with -o.\n")
	var co common
	var af audioFlags
	co.register(fs)
	af.register(fs)
	voice := fs.String("voice", "", "voice `NAME` (see chorus voices; default: the catalog's default)")
	style := fs.String("style", "", "speaking style `NAME` (see chorus voices)")
	if err := parse(fs, args); err != nil {
		return err
	}
	text, err := c.inputText(fs.Args())
	if err != nil {
		return err
	}
	req := synth.Request{Parts: []synth.Part{{Voice: *voice, Style: *style, Text: text}}}
	if err := af.apply(&req); err != nil {
		return err
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	return c.output(ctx, syn, req, &af)
}
