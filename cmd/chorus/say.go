package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/text"
)

const sayLong = `Speaks TEXT (the arguments joined by spaces), or standard input with "-" or when it is a
pipe or a file and there are no arguments.

Where the audio goes:
  -o FILE.wav       writes a 16-bit WAV file (a link is followed, a device or pipe written
                    into; "-o -" is standard output)
  (no -o)           plays on the sound device when standard output is a terminal; when it is
                    redirected to a file or a pipe ("chorus say hi > hi.wav", "| aplay"),
                    writes the WAV there instead
  --play            plays, also with -o (the file is written even without a sound device)

Text longer than one request carries (256 KiB) is cut at paragraph or sentence boundaries and
spoken as one continuous stream. --markup reads inline tags as scripts do: <break time="500ms"/>,
<emphasis>, <say-as interpret-as="characters">, <phoneme>, <sub alias="...">. --ssml reads the
text as an SSML document (docs/ssml.md): <speak>, <prosody>, <voice>, <mark>, ... Characters
the voice cannot speak (other scripts, emoji) are named in a warning.

--stream reads standard input as it arrives and speaks each sentence as soon as it is complete,
without waiting for the rest: pipe a language model's reply into it. The end of the input ends
the text; one stream carries at most 256 KiB. With -o - (or a pipe as standard output) the WAV
is written as it is produced, its header saying "length unknown" as sox, ffmpeg and aplay read
it.

--events FILE writes a JSON object per line for every word, <mark>, phone and viseme (mouth
shape, for lip sync), each as it comes, in the order of the audio:
  {"type":"word","value":"$3.50","start":0.41,"end":1.52,"speaker":""}
  {"type":"viseme","value":21,"name":"p b m","start":0.52,"end":0.6,"speaker":""}
value is the word as written, the mark's name, the phone (ARPAbet with stress) or the viseme's
ID (0-21, docs/streaming.md); start and end are seconds from the start of the audio. "-" is
standard output. --event-types chooses the kinds (default: all four).`

func (c *cli) sayCommand() *cobra.Command {
	var co common
	var af audioFlags
	var voice, style string
	var useMarkup bool
	var sf sayFlags
	cmd := &cobra.Command{
		Use:   "say [flags] [TEXT... | -]",
		Short: "speak text: play it, or write a WAV file",
		Long:  sayLong,
		Example: `  chorus say "Hello there, how are you?"
  chorus say Hello there -o hello.wav --voice ava
  chorus say --markup 'Say <say-as interpret-as="characters">TTS</say-as>.' -o tts.wav
  echo "Text from a pipe." | chorus say > pipe.wav
  chorus say --play -o book.wav < book.txt
  chorus say --ssml '<speak>Hi <mark name="m1"/> there</speak>' --events marks.jsonl -o hi.wav
  llm "Tell me a story" | chorus say --stream -o - | aplay`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, args []string) error {
			return c.say(cmd.Context(), args, &co, &af, voice, style, useMarkup, &sf)
		},
	}
	co.register(cmd)
	af.register(cmd, "play on the sound device (with -o, also write the file)")
	fs := cmd.Flags()
	fs.StringVar(&voice, "voice", "", "voice `NAME` (see chorus voices; default: the catalog's default)")
	fs.StringVar(&style, "style", "", "speaking style `NAME` (see chorus voices)")
	fs.BoolVar(&useMarkup, "markup", false, "read inline tags (<break/>, <emphasis>, <say-as>, <phoneme>, <sub>)")
	sf.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("voice", completeNames(false))
	_ = cmd.RegisterFlagCompletionFunc("style", completeNames(true))
	return cmd
}

func (c *cli) say(ctx context.Context, args []string, co *common, af *audioFlags, voice, style string, useMarkup bool, sf *sayFlags) error {
	if useMarkup && sf.ssml {
		return usagef("--markup and --ssml exclude each other: an SSML document has its own tags")
	}
	events, err := sf.eventSet()
	if err != nil {
		return err
	}
	if sf.stream && len(args) > 0 && (len(args) != 1 || args[0] != "-") {
		return usagef("--stream reads standard input: give no TEXT (or \"-\")")
	}
	if err := c.chooseOutput(af, false); err != nil {
		return err
	}
	if sf.stream {
		return c.sayStream(ctx, co, af, synth.Part{Voice: voice, Style: style, Markup: useMarkup, SSML: sf.ssml}, sf, events)
	}
	in, err := c.inputText(args)
	if err != nil {
		return err
	}
	if err := c.checkPaths(af, in.from, inputPath{"--lexicon file", af.lexicon}); err != nil {
		return err
	}
	if err := sf.checkPaths(af, in.from); err != nil {
		return err
	}
	req := synth.Request{Parts: []synth.Part{{Voice: voice, Style: style, Text: in.text, Markup: useMarkup, SSML: sf.ssml}}}
	if err := af.apply(&req); err != nil {
		return err
	}
	if sf.ssml && len(in.text) > synth.MaxTextBytes {
		return fmt.Errorf("the SSML document is %d bytes; one document is at most %d bytes: split it into several documents", len(in.text), synth.MaxTextBytes)
	}
	if useMarkup {
		// The whole text at once, so an error's column is the input's.
		if _, err := markup.Parse(in.text); err != nil {
			return err
		}
	}
	if !sf.ssml {
		c.warnUnspeakable(in.text, useMarkup)
	}
	syn, done, err := co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	out, commit, err := sf.openEvents(c, events)
	if err != nil {
		return err
	}
	defer out.abort()
	if out.w != nil {
		syn = eventTap{Synthesizer: syn, out: out.w, kind: events}
	}
	if len(in.text) <= synth.MaxTextBytes {
		if err := c.output(ctx, c.withProgress(syn, af, in.text, 1), req, af); err != nil {
			return err
		}
		return commit()
	}
	var cut func(int) bool
	if useMarkup {
		cut = markupCuts(in.text)
	}
	pieces := text.ChunksFunc(in.text, synth.MaxTextBytes, cut)
	if c.progress {
		fmt.Fprintf(c.stderr, "chorus: %d bytes of text: speaking it in %d pieces\n", len(in.text), len(pieces))
	}
	if out.w != nil {
		// Events are offset where the pieces join: the tap goes outside the joining.
		syn = eventTap{Synthesizer: chunked{Synthesizer: syn.(eventTap).Synthesizer, pieces: pieces}, out: out.w, kind: events}
	} else {
		syn = chunked{Synthesizer: syn, pieces: pieces}
	}
	if err := c.output(ctx, c.withProgress(syn, af, in.text, len(pieces)), req, af); err != nil {
		return err
	}
	return commit()
}

// chooseOutput settles where the audio goes when neither -o nor --play says: standard output
// when it is redirected to a file or a pipe, else the sound device for say (render, whose
// episode is too long to play by default, asks for -o instead).
func (c *cli) chooseOutput(af *audioFlags, render bool) error {
	if af.out != "" || af.play {
		return nil
	}
	if stdoutTakesAudio(c.stdout) {
		af.out = outfile.Stdout
		return nil
	}
	if render {
		return usagef("give -o FILE.wav to write the episode, --play to listen, or redirect standard output")
	}
	af.play = true
	return nil
}

// withProgress wraps syn to draw a progress line on a terminal while a file is written (a
// played stream shows its own progress). The estimate counts words as the engine reports them
// against the words of the text.
func (c *cli) withProgress(syn client.Synthesizer, af *audioFlags, s string, pieces int) client.Synthesizer {
	if !c.progress || af.out == "" || af.play {
		return syn
	}
	return &progressSynth{Synthesizer: syn, stderr: c.stderr, total: len(strings.Fields(s)), every: 200 * time.Millisecond}
}
