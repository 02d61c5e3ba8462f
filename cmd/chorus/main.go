// Command chorus speaks text, renders podcast scripts to WAV files, lists voices and shows what
// the text front end reads, with the engine in-process or, with --server, over gRPC.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// One sound device per process, made here and passed down.
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, &client.Device{})
	stop()
	os.Exit(code)
}

// Player plays a synthesis as it runs; *client.Device is the real one.
type Player interface {
	Play(ctx context.Context, s client.Synthesizer, req synth.Request) (synth.Summary, error)
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed
	exitUsage = 2 // the command line is wrong
)

// cli is one invocation's environment.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	player         Player
	// progress draws progress on stderr; run sets it when stderr is a terminal.
	progress bool
}

// usageError is a mistake in the command line: reported in one line with a hint to --help.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// errNoCommand is "chorus" alone: the overview goes to stderr and the exit status is 2, as
// for any command line that does not say what to do.
var errNoCommand = errors.New("no command")

// run executes one command line and returns the exit status. Errors go to stderr as one line
// (with a hint line for a usage error).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, player Player) (code int) {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, player: player, progress: isTerminal(stderr)}
	return c.run(ctx, args)
}

func (c *cli) run(ctx context.Context, args []string) (code int) {
	defer func() {
		// A last line of defence: a bug must still end in one line on stderr, not a stack dump.
		if r := recover(); r != nil {
			fmt.Fprintf(c.stderr, "chorus: internal error: %v\n", r)
			code = exitFail
		}
	}()
	root := c.rootCommand()
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	root.SetArgs(args)
	var cmd *cobra.Command
	var err error
	if len(args) == 0 {
		cmd, err = root, errNoCommand
	} else if !strings.HasPrefix(args[0], "-") && args[0] != cobra.ShellCompRequestCmd && args[0] != cobra.ShellCompNoDescRequestCmd {
		// An unknown command is named before its flags are read as the root's.
		if sub, _, _ := root.Find(args[:1]); sub == root {
			cmd, err = root, unknownCommand(root, args[0])
		}
	}
	if err == nil {
		cmd, err = root.ExecuteContextC(ctx)
	}
	if err == nil {
		return exitOK
	}
	name := "chorus"
	if cmd != nil {
		name = cmd.CommandPath()
	}
	var ue *usageError
	switch {
	case errors.Is(err, errNoCommand):
		root.SetOut(c.stderr)
		root.HelpFunc()(root, nil)
		return exitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(c.stderr, "%s: %v\nRun '%s --help' for usage.\n", name, err, name)
		return exitUsage
	}
	fmt.Fprintf(c.stderr, "%s: %s\n", name, describe(err))
	return exitFail
}

// describe phrases an error for a person. A field error, from the engine in-process or from
// the server (the client maps the server's field back to the request it sent), names the flag
// or the argument the field came from.
func describe(err error) string {
	if errors.Is(err, context.Canceled) {
		return "interrupted"
	}
	var se *script.Error
	var fe *synth.FieldError
	if errors.As(err, &se) || !errors.As(err, &fe) {
		return err.Error() // a script error names its line
	}
	return flagName(fe.Part, fe.Field) + ": " + fe.Reason
}

// flagName names field f of part (-1: of the request) as the CLI's user set it.
func flagName(part int, f synth.Field) string {
	switch f {
	case synth.FieldRate:
		return "--rate"
	case synth.FieldPitch:
		return "--pitch"
	case synth.FieldGain:
		return "--gain"
	case synth.FieldSampleRate:
		return "--sample-rate"
	case synth.FieldLexicon:
		return "--lexicon"
	case synth.FieldVoice:
		return "--voice"
	case synth.FieldStyle:
		return "--style"
	}
	if part > 0 {
		return fmt.Sprintf("turn %d", part+1)
	}
	return "text"
}
