package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
)

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
