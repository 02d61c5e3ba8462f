// Command chorus speaks text, renders podcast scripts to WAV files, lists voices and shows what
// the text front end reads, with the engine in-process or, with --server, over gRPC.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
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
}

// usageError is a mistake in the command line: reported with a hint to --help.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

const topUsage = `chorus speaks text with the Chorus text-to-speech engine.

Usage:
  chorus say [flags] [TEXT... | -]     speak text (play it, or write a WAV file with -o)
  chorus render [flags] SCRIPT -o FILE.wav
                                       render a podcast script ("Name: text" lines) to WAV
  chorus voices [flags]                list voices and speaking styles
  chorus text [--phonemes | --by-word] [TEXT... | -]
                                       show what the text front end reads
  chorus licenses                      print third-party notices

Every command but licenses takes --server ADDR to use a chorusd over gRPC instead of the
in-process engine. Flags may come before or after the arguments. "chorus COMMAND --help"
describes a command's flags.
`

// run executes one command line and returns the exit status. Errors go to stderr as one line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, player Player) (code int) {
	defer func() {
		// A last line of defence: a bug must still end in one line on stderr, not a stack dump.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "chorus: internal error: %v\n", r)
			code = exitFail
		}
	}()
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr, player: player}
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "say":
		err = c.say(ctx, rest)
	case "render":
		err = c.render(ctx, rest)
	case "voices":
		err = c.voices(ctx, rest)
	case "text":
		err = c.text(ctx, rest)
	case "licenses", "license":
		err = c.licenses(rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, topUsage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "chorus: unknown command %q\n\n%s", cmd, topUsage)
		return exitUsage
	}
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "chorus %s: %v (see chorus %s --help)\n", cmd, err, cmd)
		return exitUsage
	case errors.Is(err, errParse):
		return exitUsage // the flag package has printed the problem and the usage
	}
	fmt.Fprintf(stderr, "chorus %s: %s\n", cmd, describe(err))
	return exitFail
}

// errParse marks a flag error already reported by the flag package.
var errParse = errors.New("bad flags")

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

// common are the flags every engine-using command has.
type common struct {
	server  string
	timeout time.Duration
}

func (o *common) register(fs *flag.FlagSet) {
	fs.StringVar(&o.server, "server", "", "use the chorusd at `ADDR` (host:port) over gRPC instead of the in-process engine")
	fs.DurationVar(&o.timeout, "connect-timeout", 5*time.Second, "how long to wait for --server to answer")
}

// synthesizer returns the engine to use and a function releasing it.
func (o *common) synthesizer(ctx context.Context) (client.Synthesizer, func(), error) {
	if o.server != "" {
		dctx, cancel := context.WithTimeout(ctx, o.timeout)
		defer cancel()
		cl, err := client.Dial(dctx, o.server)
		if err != nil {
			return nil, nil, err
		}
		return cl, func() { cl.Close() }, nil
	}
	cat, err := voices.Load()
	if err != nil {
		return nil, nil, err
	}
	eng, err := synth.New(cat)
	if err != nil {
		return nil, nil, err
	}
	return client.Local{Engine: eng}, func() {}, nil
}

// newFlags makes a command's flag set with its usage text.
func (c *cli) newFlags(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("chorus "+name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: chorus %s %s\n\n%s\nFlags:\n", name, synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args (flags anywhere) into fs.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(reorder(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errParse
	}
	return nil
}
