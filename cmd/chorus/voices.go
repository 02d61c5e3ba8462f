package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func (c *cli) voicesCommand() *cobra.Command {
	var co common
	cmd := &cobra.Command{
		Use:               "voices [flags]",
		Short:             "list voices and speaking styles",
		Long:              "Lists the voices (the default marked *) and the speaking styles.",
		Args:              noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return c.voices(cmd.Context(), &co)
		},
	}
	co.register(cmd)
	return cmd
}

func (c *cli) voices(ctx context.Context, co *common) error {
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
