package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/hts"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

func (c *cli) licensesCommand() *cobra.Command {
	return &cobra.Command{
		Use:               "licenses",
		Aliases:           []string{"license"},
		Short:             "print the notices of third-party data and code",
		Long:              "Prints the notices of the third-party data and code built into chorus.",
		Args:              noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE:              func(*cobra.Command, []string) error { return c.licenses() },
	}
}

func (c *cli) licenses() error {
	sections := []struct{ title, body string }{
		{"Pronunciation lexicon (synth/g2p)", g2p.Notice()},
		{"Diphone voice data (synth/diphone)", diphone.Notice()},
		{"HTS voice data, slt (synth/hts)", hts.Notice()},
		{"Prosody models, Festival (synth/prosody/model)", model.Notice()},
		{"Emoji names, Unicode CLDR (synth/text)", text.Notice()},
		{"Go libraries", goLibraries},
		{"C libraries (package encode)", cLibraries},
	}
	for i, s := range sections {
		if i > 0 {
			fmt.Fprintln(c.stdout)
		}
		fmt.Fprintf(c.stdout, "==== %s ====\n\n%s\n", s.title, strings.TrimSpace(s.body))
	}
	return nil
}

const goLibraries = `chorus is built with these Go modules, under their own licences:
  google.golang.org/grpc                 Apache License 2.0
  google.golang.org/protobuf             BSD 3-Clause
  google.golang.org/genproto             Apache License 2.0
  golang.org/x/net, x/sys, x/text        BSD 3-Clause
  github.com/go-audio/wav, audio, riff   Apache License 2.0
  github.com/hajimehoshi/oto/v2          Apache License 2.0
  github.com/ebitengine/purego           Apache License 2.0
  github.com/spf13/cobra                 Apache License 2.0
  github.com/spf13/pflag                 BSD 3-Clause
  github.com/inconshreveable/mousetrap   Apache License 2.0
The full texts come with each module's source.`

const cLibraries = `chorus links these C libraries from the system for the compressed formats:
  libFLAC (Xiph.Org)                     BSD 3-Clause
  libopus, libopusenc (Xiph.Org)         BSD 3-Clause
  LAME (libmp3lame)                      GNU LGPL 2 or later, linked dynamically
Their full texts come with the system's packages (/usr/share/doc/*/copyright on Debian).`
