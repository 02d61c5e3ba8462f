package synth

// The front end: text and inline tags become sentences of spoken-form words with pronunciations,
// ready for prosody. Plain text goes text.SplitSentences → analyze; text with markup goes
// through its spans, each read as its tags say (analyzeSpan), and sentences run across spans.

import (
	"strings"
	"unicode"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

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

// sentence is one analysed sentence ready for prosody, with any explicit pause before it. A
// sentence without words is a pause alone (a trailing <break/>).
type sentence struct {
	Analysis
	pauseBefore int // milliseconds
}

// sentences yields the part's sentences in order, normalizing lazily so the first one is spoken
// before later ones are read.
func (e *Engine) sentences(lex *g2p.Lexicon, p *resolved, yield func(sentence) error) error {
	if !p.Markup {
		for _, raw := range text.SplitSentences(p.Text) {
			a := e.analyze(lex, raw)
			if len(a.Words) == 0 {
				continue
			}
			if err := yield(sentence{Analysis: a}); err != nil {
				return err
			}
		}
		return nil
	}
	// With markup, a sentence may run across spans ("He said <emphasis>no</emphasis>."):
	// words collect until a piece ends with sentence-final punctuation.
	var cur sentence
	pending := 0 // pause waiting for the next word
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil
		}
		if cur.Kind == text.YesNo && text.IsWhWord(cur.Words[0].Text) {
			cur.Kind = text.WhQuestion
		}
		s := cur
		cur = sentence{}
		return yield(s)
	}
	for _, sp := range p.spans {
		if sp.BreakMillis > 0 {
			if n := len(cur.Words); n > 0 {
				w := &cur.Words[n-1]
				w.PauseMillis = min(w.PauseMillis+sp.BreakMillis, prosody.MaxPauseMillis)
			} else {
				pending = min(pending+sp.BreakMillis, MaxPauseMillis)
			}
		}
		for _, raw := range spanPieces(sp) {
			a := e.analyzeSpan(lex, raw, sp)
			if len(a.Words) == 0 {
				continue
			}
			if len(cur.Words) == 0 {
				cur.pauseBefore, pending = pending, 0
			}
			cur.Words = append(cur.Words, a.Words...)
			cur.Sources = append(cur.Sources, a.Sources...)
			cur.Kind = a.Kind
			if text.EndsSentence(raw) {
				if err := flush(); err != nil {
					return err
				}
				continue
			}
			last := &cur.Words[len(cur.Words)-1]
			if last.Break == text.SentenceEnd {
				last.Break = text.TrailingBreak(raw)
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if pending > 0 {
		return yield(sentence{pauseBefore: pending})
	}
	return nil
}

// spanPieces splits a span's spoken text into raw sentences, rewritten for its say-as reading.
func spanPieces(sp markup.Span) []string {
	s := sp.Spoken()
	if len(sp.Pron) > 0 {
		return []string{s}
	}
	if sp.DigitByDigit() {
		var b strings.Builder
		prevDigit := false
		for _, r := range s {
			d := r >= '0' && r <= '9'
			if d && prevDigit {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prevDigit = d
		}
		s = b.String()
	}
	return text.SplitSentences(s)
}

// analyzeSpan reads one raw piece of a span with the span's reading applied.
func (e *Engine) analyzeSpan(lex *g2p.Lexicon, raw string, sp markup.Span) Analysis {
	var a Analysis
	switch {
	case len(sp.Pron) > 0:
		words := strings.Fields(strings.ToLower(strings.TrimFunc(raw, unicode.IsPunct)))
		if len(words) == 0 {
			words = []string{strings.ToLower(strings.TrimSpace(raw))}
		}
		a.Words = []prosody.Word{{Text: strings.Join(words, " "), Pron: sp.Pron, Break: text.SentenceEnd}}
		a.Sources = []string{strings.TrimSpace(sp.Text)}
	case sp.SpellOut():
		for _, r := range raw {
			switch {
			case unicode.IsLetter(r):
				l := unicode.ToLower(r)
				if pr, ok := g2p.LetterName(l); ok {
					a.Words = append(a.Words, prosody.Word{Text: string(l), Pron: pr, Letter: true})
					a.Sources = append(a.Sources, string(r))
				}
			case r >= '0' && r <= '9':
				d := e.analyze(lex, string(r))
				a.Words = append(a.Words, d.Words...)
				a.Sources = append(a.Sources, d.Sources...)
			}
		}
		if n := len(a.Words); n > 0 {
			a.Words[n-1].Break = text.SentenceEnd
		}
		a.Kind = text.NormalizeSentence(raw).Kind
	default:
		a = e.analyze(lex, raw)
	}
	if sp.Emphasis >= markup.Moderate {
		for i := range a.Words {
			a.Words[i].Emphasis = true
		}
	}
	return a
}
