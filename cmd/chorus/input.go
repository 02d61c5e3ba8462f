package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chorus-tts/chorus/synth"
)

// inputText is the text of the positional arguments, or standard input.
func (c *cli) inputText(args []string) (string, error) {
	switch {
	case len(args) == 1 && args[0] == "-":
		return c.readStdin()
	case len(args) > 0:
		return strings.Join(args, " "), nil
	case !isTerminal(c.stdin):
		return c.readStdin()
	}
	return "", usagef("nothing to say: give TEXT, or \"-\" to read standard input")
}

func (c *cli) readStdin() (string, error) {
	b, err := io.ReadAll(io.LimitReader(c.stdin, synth.MaxTextBytes+1))
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	if len(b) > synth.MaxTextBytes {
		return "", fmt.Errorf("standard input is longer than %d bytes: split it", synth.MaxTextBytes)
	}
	return string(b), nil
}

// isTerminal reports whether the stream (stdin, stderr) is an interactive terminal, not a pipe,
// file or buffer: progress is drawn only for people, never into logs.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
