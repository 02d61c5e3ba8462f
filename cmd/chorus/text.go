package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

const textLong = `Prints what the text front end reads, one sentence per line: the spoken-form words in lower
case separated by single spaces ("It's 5 p.m." -> "it's five p m").

With --phonemes, the ARPAbet phones (CMUdict's 39, stress digits on vowels, schwa as AH0)
separated by single spaces, words too ("HH AH0 L OW1 W ER1 L D"). --by-word prints one word a
line instead, its spoken form, a tab and its phones. --markup reads inline tags as say --markup
does (<sub> its alias, <say-as interpret-as="characters"> letter by letter, <phoneme> its phones);
pauses are not shown, and a <break/> ends the line. --ssml reads the text as an SSML document as
say --ssml does (say-as, sub, phoneme, <voice>…; docs/ssml.md), one document of at most 256 KiB.
Characters the voice cannot speak are named in a warning. Text longer than one request carries
(256 KiB) is read in pieces.

--explain traces each reading: after a sentence's spoken form, one line per run of written
tokens with what it was read as and the rule that read it ("  3/8-inch   three eighths inch
[fraction as adjective]"), so a wrong reading is easy to find. It shows this build's front end,
also with --server.`

type textOptions struct {
	co               common
	phonemes, byWord bool
	explain          bool
	lexicon          string
	useMarkup        bool
	ssml             bool
}

func (c *cli) textCommand() *cobra.Command {
	var o textOptions
	cmd := &cobra.Command{
		Use:   "text [flags] [TEXT... | -]",
		Short: "show what the text front end reads",
		Long:  textLong,
		Example: `  chorus text 'Dr. Lee paid $500 on Feb. 14, 1990.'
  chorus text --phonemes 'Dr. Lee paid $500.'
  chorus text --explain 'Flight 2317 leaves at 0600 hours ET.'
  chorus text --by-word --markup 'The <sub alias="World Wide Web">WWW</sub>.'
  chorus text --ssml '<speak><say-as interpret-as="duration" format="hm">1:30</say-as></speak>'`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, args []string) error {
			return c.text(cmd.Context(), args, &o)
		},
	}
	o.co.register(cmd)
	fs := cmd.Flags()
	fs.BoolVar(&o.phonemes, "phonemes", false, "print ARPAbet phones instead of words")
	fs.BoolVar(&o.byWord, "by-word", false, "print one word a line: spoken form, tab, phones")
	fs.BoolVar(&o.explain, "explain", false, "after each sentence, show which rule read each token")
	fs.StringVar(&o.lexicon, "lexicon", "", "custom pronunciations: a `FILE` of lines \"word<TAB>phones\"")
	fs.BoolVar(&o.useMarkup, "markup", false, "read inline tags (<break/>, <emphasis>, <say-as>, <phoneme>, <sub>)")
	fs.BoolVar(&o.ssml, "ssml", false, "read the text as an SSML document (<speak>, <say-as>, <voice>, ...; docs/ssml.md)")
	_ = cmd.MarkFlagFilename("lexicon")
	return cmd
}

func (c *cli) text(ctx context.Context, args []string, o *textOptions) error {
	if o.explain && (o.phonemes || o.byWord) {
		return usagef("--explain shows words and rules: it does not combine with --phonemes or --by-word")
	}
	if o.ssml && (o.useMarkup || o.explain) {
		return usagef("--ssml reads an SSML document: it does not combine with --markup or --explain")
	}
	in, err := c.inputText(args)
	if err != nil {
		return err
	}
	lex, err := loadLexicon(o.lexicon)
	if err != nil {
		return err
	}
	// Plain text is read as it is; with markup, as the tags say: pieces of plain text in the
	// normalizer's conventions, <phoneme> words as lexicon entries.
	pieces := []string{in.text}
	if o.useMarkup {
		spans, err := markup.Parse(in.text)
		if err != nil {
			return err
		}
		lowered, plex := markup.Lower(spans)
		pieces = pieces[:0]
		for _, p := range lowered {
			if strings.TrimSpace(p.Text) != "" {
				pieces = append(pieces, p.Text)
			}
		}
		if len(pieces) == 0 {
			pieces = []string{""} // the engine says what is wrong with empty text
		}
		if len(plex) > 0 {
			merged := make(map[string]phone.Pron, len(lex)+len(plex))
			for k, v := range lex {
				merged[k] = v
			}
			for k, v := range plex {
				merged[k] = v
			}
			lex = merged
		}
	}
	c.warnUnspeakable(in.text, o.useMarkup || o.ssml)
	if o.explain {
		return c.explain(pieces, lex, o)
	}
	syn, done, err := o.co.synthesizer(ctx)
	if err != nil {
		return err
	}
	defer done()
	if o.ssml { // one document, read as the engine reads SSML
		sents, err := syn.AnalyzeSSML(ctx, in.text, lex)
		if err != nil {
			return err
		}
		return c.printSentences(sents, o)
	}
	for _, p := range pieces {
		// Text longer than one request is read in pieces, as say speaks it.
		chunks := []string{p}
		if len(p) > synth.MaxTextBytes {
			chunks = text.Chunks(p, synth.MaxTextBytes)
		}
		for _, ch := range chunks {
			sents, err := syn.Analyze(ctx, ch, lex)
			if err != nil {
				return err
			}
			if err := c.printSentences(sents, o); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *cli) printSentences(sents []client.Sentence, o *textOptions) error {
	for _, s := range sents {
		parts := make([]string, len(s.Words))
		for i, w := range s.Words {
			switch {
			case o.byWord:
				parts[i] = w.Text + "\t" + w.Phones
			case o.phonemes:
				parts[i] = w.Phones
			default:
				parts[i] = w.Text
			}
		}
		sep := " "
		if o.byWord {
			sep = "\n"
		}
		if _, err := fmt.Fprintln(c.stdout, strings.Join(parts, sep)); err != nil {
			return err
		}
	}
	return nil
}

// explain prints, for each sentence as the engine reads it (sentence by sentence, with the
// lexicon), its spoken form and then one line per run of written tokens: the tokens, what they
// were read as, and the rule that read them.
func (c *cli) explain(pieces []string, user map[string]phone.Pron, o *textOptions) error {
	if o.co.server != "" {
		fmt.Fprintln(c.stderr, "chorus text: --explain shows this build's front end, not the server's")
	}
	base, err := g2p.New()
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	lex := base.With(user)
	opts := text.Options{IsWord: lex.Has, Compound: lex.SaidAs}
	var scratch text.Scratch // one normalizer's buffers lent from sentence to sentence
	for _, p := range pieces {
		for _, raw := range text.SplitSentences(p) {
			s := scratch.NormalizeWith(raw, opts)
			if len(s.Words) == 0 {
				continue
			}
			if _, err := fmt.Fprintln(c.stdout, s.String()); err != nil {
				return err
			}
			var rows [][]string
			for _, r := range text.Readings(s) {
				src := strings.Join(strings.Fields(r.Source), " ")
				rows = append(rows, []string{"  " + src, strings.Join(r.Words, " "), "[" + r.Rule + "]"})
			}
			if err := writeColumns(c.stdout, rows, 3); err != nil {
				return err
			}
		}
	}
	return nil
}
