// Command chorus speaks text, renders podcast scripts to WAV files, lists voices and shows what
// the text front end reads, with the engine in-process or, with --server, over gRPC.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/client/podcast"
	"github.com/chorus-tts/chorus/client/script"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
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
	var fe *synth.FieldError
	if !errors.As(err, &fe) {
		return err.Error()
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

// audioFlags are the voice and audio options of say and render.
type audioFlags struct {
	rate, pitch, gain float64
	sampleRate        int
	out               string
	lexicon           string
	captions          string
}

func (a *audioFlags) register(fs *flag.FlagSet) {
	fs.Float64Var(&a.rate, "rate", 0, "speaking rate `multiplier`, 0.25–4 (0: normal)")
	fs.Float64Var(&a.pitch, "pitch", 0, "pitch shift in `semitones`, −12…+12")
	fs.Float64Var(&a.gain, "gain", 0, "volume gain in `dB`, −96…+16")
	fs.IntVar(&a.sampleRate, "sample-rate", 0, "output rate in `Hz`, 8000–48000 (0: the voice's own)")
	fs.StringVar(&a.out, "o", "", "write a 16-bit WAV `FILE` instead of playing")
	fs.StringVar(&a.lexicon, "lexicon", "", "custom pronunciations: a `FILE` of lines \"word<TAB>phones\" (ARPAbet or IPA)")
	fs.StringVar(&a.captions, "captions", "", "also write captions from the word timings to `FILE` (.vtt or .srt)")
}

func (a *audioFlags) apply(req *synth.Request) error {
	req.Rate, req.PitchSemitones, req.GainDB, req.SampleRate = a.rate, a.pitch, a.gain, a.sampleRate
	req.WordTimings = a.captions != ""
	if a.captions != "" {
		if _, err := captions.FormatFor(a.captions); err != nil {
			return usagef("--captions %s: %v", a.captions, err)
		}
	}
	if a.lexicon == "" {
		return nil
	}
	f, err := os.Open(a.lexicon)
	if err != nil {
		return err
	}
	defer f.Close()
	lex, err := g2p.ParseUserLexicon(f)
	if err != nil {
		return fmt.Errorf("--lexicon %s: %w", a.lexicon, err)
	}
	if req.Lexicon == nil {
		req.Lexicon = lex
		return nil
	}
	for k, v := range lex {
		req.Lexicon[k] = v
	}
	return nil
}

// output plays req or writes it to the WAV file, writes captions if asked, and reports what it
// wrote.
func (c *cli) output(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags) error {
	var words []synth.WordTiming
	if af.captions != "" {
		syn = wordTap{syn, &words}
	}
	var sum synth.Summary
	var err error
	if af.out == "" {
		if c.player == nil {
			return errors.New("no sound output available: write a file with -o FILE.wav")
		}
		sum, err = c.player.Play(ctx, syn, req)
	} else {
		sum, err = client.SaveWAV(ctx, syn, req, af.out)
	}
	if err != nil {
		return err
	}
	if af.out != "" {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%.2f s, %d Hz)\n", af.out, sum.Seconds(), sum.SampleRate)
	}
	if af.captions == "" {
		return nil
	}
	cues, err := captions.Build(words, sum.SampleRate, captions.Options{})
	if err != nil {
		return err
	}
	if err := captions.WriteFile(af.captions, cues); err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, len(cues))
	return nil
}

// wordTap is a Synthesizer that also keeps the word timings of what it synthesizes.
type wordTap struct {
	client.Synthesizer
	words *[]synth.WordTiming
}

func (w wordTap) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	return w.Synthesizer.Synthesize(ctx, req, &tapSink{sink: sink, words: w.words})
}

// tapSink records words on their way to sink, and passes Start on when sink wants it.
type tapSink struct {
	sink  synth.Sink
	words *[]synth.WordTiming
}

func (t *tapSink) Start(rate int) error {
	if fs, ok := t.sink.(client.FormatSink); ok {
		return fs.Start(rate)
	}
	return nil
}
func (t *tapSink) Audio(p []float32) error { return t.sink.Audio(p) }
func (t *tapSink) Word(w synth.WordTiming) error {
	*t.words = append(*t.words, w)
	return t.sink.Word(w)
}

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

// maxInput bounds what is read from a file or standard input: the engine's text limit, with
// room for a script's markup and header.
const maxInput = script.MaxFileBytes

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

func (c *cli) render(ctx context.Context, args []string) error {
	fs := c.newFlags("render", "[flags] SCRIPT -o FILE.wav",
		"Renders a podcast script (SCRIPT, or \"-\" for standard input) with one voice per speaker.\n"+
			"A script is lines \"Name: text\"; untagged lines continue the previous speaker; lines\n"+
			"starting with # are comments. Speakers get distinct voices in order of appearance unless\n"+
			"a header maps them:\n\n  ---\n  voices: Alice=ava, Bob=joe\n  styles: Alice=cheerful\n  gap: 400ms\n  ---\n  Alice: Welcome to the show.\n  Bob: Thanks for having me.\n\n"+
			"The episode is written with -o at -16 LUFS integrated loudness (true peak at most -1 dBTP),\n"+
			"at 24000 Hz unless --sample-rate says otherwise; --captions adds WebVTT or SRT captions;\n"+
			"--play listens while it renders. See docs/scripts.md for the whole format.\n")
	var co common
	var af audioFlags
	co.register(fs)
	af.register(fs)
	strict := fs.Bool("strict", false, "require every speaker to have a voice in the script's header")
	play := fs.Bool("play", false, "play the episode while it renders (with -o, also write the file)")
	noNormalize := fs.Bool("no-normalize", false, "write the audio as synthesized instead of at -16 LUFS")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want one SCRIPT argument, got %d", fs.NArg())
	}
	name := fs.Arg(0)
	var src io.Reader
	if name == "-" {
		src, name = c.stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		src = f
	}
	b, err := io.ReadAll(io.LimitReader(src, maxInput+1))
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	sc, err := script.Parse(bytes.NewReader(b), name, script.Options{Strict: *strict})
	if err != nil {
		return err
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	list, err := syn.Voices(ctx)
	if err != nil {
		return err
	}
	cat, err := list.VoicesCatalog()
	if err != nil {
		return err
	}
	req, err := sc.Request(cat)
	if err != nil {
		return err
	}
	if err := af.apply(&req); err != nil {
		return err
	}
	if req.SampleRate == 0 {
		// One rate for the whole episode, whatever voice speaks first.
		req.SampleRate = episodeRate
	}
	req.WordTimings = true
	if af.out == "" {
		if !*play {
			return usagef("give -o FILE.wav to write the episode, or --play to listen")
		}
		return c.output(ctx, syn, req, &af)
	}
	return c.renderEpisode(ctx, syn, req, &af, *play, *noNormalize)
}

// episodeRate is the sample rate of rendered episodes unless --sample-rate says otherwise.
const episodeRate = 24000

// renderEpisode renders req to af.out normalized to broadcast loudness (and captions), showing
// progress on a terminal. With play, the audio is also played as it is synthesized.
func (c *cli) renderEpisode(ctx context.Context, syn client.Synthesizer, req synth.Request, af *audioFlags, play, noNormalize bool) error {
	opts := podcast.Options{Output: af.out, Captions: af.captions, NoNormalize: noNormalize}
	term := isTerminal(c.stderr)
	if term && !play {
		opts.Progress = func(p podcast.Progress) {
			fmt.Fprintf(c.stderr, "\r%s", p.Bar(40))
			if p.Done {
				fmt.Fprintln(c.stderr)
			}
		}
	}
	var res podcast.Result
	var err error
	if play {
		if c.player == nil {
			return errors.New("no sound output available: drop --play")
		}
		// The player drives synthesis; the render taps the same stream into the file.
		_, err = c.player.Play(ctx, episodeTee{syn: syn, opts: opts, res: &res}, req)
	} else {
		res, err = podcast.Render(ctx, syn, req, opts)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "chorus: wrote %s (%s, %d Hz, %.1f LUFS, true peak %.1f dBTP, %.0fx real time)\n",
		af.out, res.Duration.Round(time.Millisecond), res.SampleRate, res.LoudnessAfter, res.TruePeakAfter, res.Speed)
	if af.captions != "" {
		fmt.Fprintf(c.stderr, "chorus: wrote %s (%d cues)\n", af.captions, res.Cues)
	}
	return nil
}

// episodeTee is a Synthesizer for the player that renders the episode file from the same
// synthesis it plays.
type episodeTee struct {
	client.Synthesizer
	syn  client.Synthesizer
	opts podcast.Options
	res  *podcast.Result
}

func (e episodeTee) Synthesize(ctx context.Context, req synth.Request, play synth.Sink) (synth.Summary, error) {
	var sum synth.Summary
	res, err := podcast.Render(ctx, teeSynth{syn: e.syn, also: play, sum: &sum}, req, e.opts)
	*e.res = res
	return sum, err
}

// teeSynth synthesizes into two sinks at once.
type teeSynth struct {
	syn  client.Synthesizer
	also synth.Sink
	sum  *synth.Summary
}

func (t teeSynth) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	sum, err := t.syn.Synthesize(ctx, req, teeSink{sink, t.also})
	*t.sum = sum
	return sum, err
}

type teeSink struct{ a, b synth.Sink }

func (t teeSink) Start(rate int) error {
	for _, s := range []synth.Sink{t.a, t.b} {
		if fs, ok := s.(client.FormatSink); ok {
			if err := fs.Start(rate); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t teeSink) Audio(p []float32) error {
	if err := t.a.Audio(p); err != nil {
		return err
	}
	return t.b.Audio(p)
}

func (t teeSink) Word(w synth.WordTiming) error {
	if err := t.a.Word(w); err != nil {
		return err
	}
	return t.b.Word(w)
}

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

func (c *cli) text(ctx context.Context, args []string) error {
	fs := c.newFlags("text", "[--phonemes] [TEXT... | -]",
		"Prints what the text front end reads, one sentence per line: the spoken-form words in\n"+
			"lower case separated by single spaces (\"It's 5 p.m.\" -> \"it's five p m\").\n"+
			"With --phonemes, the ARPAbet phones (CMUdict's 39, stress digits on vowels, schwa as AH0)\n"+
			"separated by single spaces, words too (\"HH AH0 L OW1 W ER1 L D\"). --by-word prints one\n"+
			"word a line instead, its spoken form, a tab and its phones.\n")
	var co common
	co.register(fs)
	phonemes := fs.Bool("phonemes", false, "print ARPAbet phones instead of words")
	byWord := fs.Bool("by-word", false, "print one word a line: spoken form, tab, phones")
	lexicon := fs.String("lexicon", "", "custom pronunciations: a `FILE` of lines \"word<TAB>phones\"")
	if err := parse(fs, args); err != nil {
		return err
	}
	text, err := c.inputText(fs.Args())
	if err != nil {
		return err
	}
	var lex map[string]phone.Pron
	if *lexicon != "" {
		af := audioFlags{lexicon: *lexicon}
		var req synth.Request
		if err := af.apply(&req); err != nil {
			return err
		}
		lex = req.Lexicon
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	sents, err := syn.Analyze(ctx, text, lex)
	if err != nil {
		return err
	}
	for _, s := range sents {
		parts := make([]string, len(s.Words))
		for i, w := range s.Words {
			switch {
			case *byWord:
				parts[i] = w.Text + "\t" + w.Phones
			case *phonemes:
				parts[i] = w.Phones
			default:
				parts[i] = w.Text
			}
		}
		sep := " "
		if *byWord {
			sep = "\n"
		}
		if _, err := fmt.Fprintln(c.stdout, strings.Join(parts, sep)); err != nil {
			return err
		}
	}
	return nil
}

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
