package main

import (
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/g2p"
)

func (c *cli) licenses(args []string) error {
	fs := c.newFlags("licenses", "", "Prints the notices of the third-party data and code built into chorus.\n")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	sections := []struct{ title, body string }{
		{"Pronunciation lexicon (synth/g2p)", g2p.Notice()},
		{"Diphone voice data (synth/diphone)", diphone.Notice()},
		{"Go libraries", goLibraries},
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
The full texts come with each module's source.`
