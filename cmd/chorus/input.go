package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// maxStdinText bounds the text read from standard input by say and text: far beyond what one
// request carries (longer text is spoken in pieces), but not unbounded.
const maxStdinText = 64 << 20

// input is the text to speak and where it came from.
type input struct {
	text string
	from inputPath // {"standard input", "-"} or nothing (the arguments)
}

// inputText is the text of the positional arguments, or standard input.
func (c *cli) inputText(args []string) (input, error) {
	switch {
	case len(args) == 1 && args[0] == "-":
		return c.readStdin()
	case len(args) > 0:
		return input{text: strings.Join(args, " ")}, nil
	case !isTerminal(c.stdin):
		return c.readStdin()
	}
	return input{}, usagef("nothing to say: give TEXT, or \"-\" to read standard input")
}

func (c *cli) readStdin() (input, error) {
	b, err := io.ReadAll(io.LimitReader(c.stdin, maxStdinText+1))
	if err != nil {
		return input{}, fmt.Errorf("reading standard input: %w", err)
	}
	if len(b) > maxStdinText {
		return input{}, fmt.Errorf("standard input is longer than %d MiB", maxStdinText>>20)
	}
	return input{text: string(b), from: inputPath{"file read on standard input", "-"}}, nil
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

// stdoutTakesAudio reports whether standard output is redirected to a regular file, a pipe or a
// socket: there say (and render) write their WAV when no -o is given. A terminal, /dev/null or
// any other device, or a writer that is not a file, does not take audio.
func stdoutTakesAudio(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	m := fi.Mode()
	return m.IsRegular() || m&(os.ModeNamedPipe|os.ModeSocket) != 0
}
