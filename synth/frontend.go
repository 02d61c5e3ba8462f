package synth

import (
	"strings"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// leadInMillis is the silence before the first word of an utterance, so players that start
// mid-buffer do not clip the onset.
const leadInMillis = 60

// Analysis is what the front end made of one sentence: spoken-form words with pronunciations.
type Analysis struct {
	Kind  text.Kind
	Words []prosody.Word
	// Sources holds, for each word, the input token it was read from.
	Sources []string
}

// Analyze runs the text front end (normalization and pronunciation) without audio. lexicon holds
// optional custom pronunciations, as in Request.Lexicon.
func (e *Engine) Analyze(s string, lexicon map[string]phone.Pron) ([]Analysis, error) {
	req := Request{Parts: []Part{{Text: s}}, Lexicon: lexicon}
	if err := req.validateScalars(); err != nil {
		return nil, err
	}
	if err := req.validateText(); err != nil {
		return nil, err
	}
	lex := e.lexicon
	if len(lexicon) > 0 {
		lex = lex.With(lexicon)
	}
	var out []Analysis
	for _, raw := range text.SplitSentences(s) {
		a := e.analyze(lex, raw)
		if len(a.Words) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// analyze normalizes and pronounces one raw sentence.
func (e *Engine) analyze(lex *g2p.Lexicon, raw string) Analysis {
	isWord := func(w string) bool { _, ok := lex.Lookup(w, ""); return ok }
	sent := text.NormalizeWith(raw, text.Options{IsWord: isWord, Logger: e.log})
	n := len(sent.Words)
	texts := make([]string, n)
	for i, w := range sent.Words {
		texts[i] = w.Text
	}
	tags := g2p.TagHomographs(texts)
	a := Analysis{Kind: sent.Kind}
	for i := 0; i < n; {
		w := sent.Words[i]
		// Custom pronunciations may cover several words ("New York", "Chorus TTS").
		if k, pr, ok := lex.Phrase(texts[i:]); ok && k > 0 {
			last := sent.Words[i+k-1]
			srcs := make([]string, 0, k)
			for _, x := range sent.Words[i : i+k] {
				srcs = appendSource(srcs, x.Source)
			}
			a.Words = append(a.Words, prosody.Word{
				Text: strings.Join(texts[i:i+k], " "), Pron: pr, Break: last.Break,
				Emphasis: w.Emphasis, Function: false,
			})
			a.Sources = append(a.Sources, strings.Join(srcs, " "))
			i += k
			continue
		}
		var pr phone.Pron
		if w.Letter {
			pr = g2p.LetterPron(w.Text)
		} else {
			pos := w.POS
			if pos == "" {
				pos = tags[i]
			}
			pr = lex.Pronounce(w.Text, pos)
		}
		if len(pr) > 0 {
			a.Words = append(a.Words, prosody.Word{
				Text: w.Text, Pron: pr, Break: w.Break, Emphasis: w.Emphasis,
				Function: !w.Letter && prosody.IsFunctionWord(w.Text), Letter: w.Letter,
			})
			a.Sources = append(a.Sources, w.Source)
		} else if len(a.Words) > 0 && w.Break > a.Words[len(a.Words)-1].Break {
			// An unpronounceable token still carries its punctuation.
			a.Words[len(a.Words)-1].Break = w.Break
		}
		i++
	}
	return a
}

func appendSource(s []string, src string) []string {
	if len(s) > 0 && s[len(s)-1] == src {
		return s
	}
	return append(s, src)
}
