package main

import (
	"context"
	"fmt"
	"text/tabwriter"
)

func (c *cli) voices(ctx context.Context, args []string) error {
	fs := c.newFlags("voices", "[flags]", "Lists the voices (the default marked *) and the speaking styles.\n")
	var co common
	co.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	cat, err := syn.Voices(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VOICE\tLANGUAGE\tGENDER\tRATE\tVOCODER\tDESCRIPTION")
	for _, v := range cat.Voices {
		name := v.Name
		if name == cat.Default {
			name += " *"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", name, v.Language, v.Gender, v.SampleRate, v.Vocoder, v.Description)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "STYLE\tDESCRIPTION")
	for _, s := range cat.Styles {
		fmt.Fprintf(tw, "%s\t%s\n", s.Name, s.Description)
	}
	return tw.Flush()
}
