package synth

// The front end: text and inline tags become sentences of spoken-form words with pronunciations,
// ready for prosody. Plain text goes text.SentenceSpans → analyze; text with markup goes
// through its spans, each read as its tags say (analyzeSpan), and sentences run across spans.
// Either way the text read is the part's clean text (source.go), and every word keeps the range
// of the tokens it was read from, which becomes the sentence's Tokens.

import (
	"context"
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// Analysis is what the front end made of one sentence: spoken-form words with pronunciations,
// and the written tokens they were read from.
type Analysis struct {
	Kind  text.Kind
	Words []prosody.Word
	// Tokens are the input's tokens the sentence's words were read from, in order, each once
	// however many words it was read as ("1995": nineteen ninety five).
	Tokens []Token
	// TokenOf holds, for each word, the index in Tokens of its token.
	TokenOf []int
}

// Analyze runs the text front end (normalization and pronunciation) without audio, over s as
// plain text. lexicon holds optional custom pronunciations, as in Request.Lexicon. Token offsets
// are byte offsets in s. It checks ctx before each sentence and returns ctx's error if it ends.
func (e *Engine) Analyze(ctx context.Context, s string, lexicon map[string]phone.Pron) ([]Analysis, error) {
	req := Request{Parts: []Part{{Text: s}}, Lexicon: lexicon}
	if err := req.validateScalars(); err != nil {
		return nil, err
	}
	if err := req.validateText(); err != nil {
		return nil, err
	}
	return e.analyses(ctx, []resolved{{Part: req.Parts[0], src: newPlainSource(s)}}, lexicon)
}

// AnalyzePart runs the front end over one part as Synthesize reads it: plain text, inline markup
// (p.Markup) or an SSML document (p.SSML: say-as, sub, phoneme, <voice>…), with p's voice and
// style. It is validated as a request of that one part is, so text with nothing to say is an
// error. Token offsets are byte offsets in p.Text. It checks ctx before each sentence.
func (e *Engine) AnalyzePart(ctx context.Context, p Part, lexicon map[string]phone.Pron) ([]Analysis, error) {
	parts, _, err := e.resolve(ctx, Request{Parts: []Part{p}, Lexicon: lexicon})
	if err != nil {
		return nil, err
	}
	return e.analyses(ctx, parts, lexicon)
}

// analyses reads the sentences of parts with the engine's lexicon and lexicon's entries, and
// returns those with words.
func (e *Engine) analyses(ctx context.Context, parts []resolved, lexicon map[string]phone.Pron) ([]Analysis, error) {
	lex := e.lexicon
	if len(lexicon) > 0 {
		lex = lex.With(lexicon)
	}
	var out []Analysis
	for i := range parts {
		err := e.sentences(ctx, lex, &parts[i], nil, func(s sentence) error {
			if len(s.Words) > 0 {
				out = append(out, s.Analysis)
			}
			return nil
		})
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// leadingPunct is what raw holds before its first letter or digit.
func leadingPunct(raw string) string {
	i := strings.IndexFunc(raw, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i <= 0 {
		return ""
	}
	return raw[:i]
}

// analysis is a sentence as analyze reads it: words, and per word the range of its tokens in the
// text analyze was given.
type analysis struct {
	kind   text.Kind
	words  []prosody.Word
	ranges []srcRange
}

// analyze normalizes and pronounces one raw sentence; dropped collects what could not be spoken.
func (e *Engine) analyze(lex *g2p.Lexicon, raw string, dropped *text.Dropped) analysis {
	sent := e.scratch.NormalizeWith(raw, text.Options{IsWord: lex.Has, Compound: lex.SaidAs, Logger: e.log, Dropped: dropped})
	n := len(sent.Words)
	texts := make([]string, n)
	for i, w := range sent.Words {
		texts[i] = w.Text
	}
	tags := g2p.TagHomographs(texts)
	// Custom pronunciations may cover several words ("New York", "Chorus TTS").
	matches := lex.MatchPhrases(texts)
	a := analysis{kind: sent.Kind}
	for i := 0; i < n; {
		w := sent.Words[i]
		if len(matches) > 0 && matches[0].At == i {
			m := matches[0]
			matches = matches[1:]
			last := sent.Words[i+m.N-1]
			a.words = append(a.words, prosody.Word{
				Text: strings.Join(texts[i:i+m.N], " "), Pron: m.Pron, Break: last.Break,
				Emphasis: w.Emphasis, Function: false,
			})
			a.ranges = append(a.ranges, srcRange{w.Start, max(w.End, last.End)})
			i += m.N
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
			a.words = append(a.words, prosody.Word{
				Text: w.Text, Pron: pr, Break: w.Break, Emphasis: w.Emphasis,
				Function: !w.Letter && prosody.IsFunctionWord(w.Text), Letter: w.Letter,
			})
			a.ranges = append(a.ranges, srcRange{w.Start, w.End})
		} else if len(a.words) > 0 && w.Break > a.words[len(a.words)-1].Break {
			// An unpronounceable token still carries its punctuation.
			a.words[len(a.words)-1].Break = w.Break
		}
		i++
	}
	return a
}

// sentence is one analysed sentence ready for prosody, with any explicit pause before it. A
// sentence without words is a pause alone (a trailing <break/>).
type sentence struct {
	Analysis
	pauseBefore int // milliseconds
	// marks are the SSML marks in the sentence, in order, each before word Word (after the
	// last word when Word is len(Words)).
	marks []sentenceMark
	// open reports plain text that does not end with sentence-final punctuation (cut off), and
	// trail the break its last punctuation asks for.
	open  bool
	trail text.Break
}

// sentenceMark is a <mark> before word Word of its sentence.
type sentenceMark struct {
	Word int
	Name string
}

// errSpoken stops a walk over sentences at the first one with words.
var errSpoken = errors.New("synth: a word was found")

// speakable reports whether any part has a word to speak, reading each only as far as its first
// sentence with words. When none has, dropped holds everything the front end could not speak.
func (e *Engine) speakable(ctx context.Context, lex *g2p.Lexicon, parts []resolved, dropped *text.Dropped) (bool, error) {
	for i := range parts {
		err := e.sentences(ctx, lex, &parts[i], dropped, func(s sentence) error {
			if len(s.Words) > 0 {
				return errSpoken
			}
			return nil
		})
		if errors.Is(err, errSpoken) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
	}
	return false, nil
}

// sentences yields the part's sentences in order, normalizing lazily so the first one is spoken
// before later ones are read. dropped (may be nil) collects what could not be spoken. It checks
// ctx before reading each sentence (text.SentenceSpans bounds one to 4 KiB, so the work between
// checks is bounded too) and returns ctx's error once it has ended.
func (e *Engine) sentences(ctx context.Context, lex *g2p.Lexicon, p *resolved, dropped *text.Dropped, yield func(sentence) error) error {
	ps := p.src
	tz := newTokenizer(ps)
	if !p.Markup {
		for _, sp := range text.SentenceSpans(ps.clean) {
			if err := ctx.Err(); err != nil {
				return err
			}
			a := e.analyze(lex, sp.Raw(ps.clean), dropped)
			if len(a.words) == 0 {
				continue
			}
			for i := range a.ranges {
				a.ranges[i].a += sp.Start
				a.ranges[i].b += sp.Start
			}
			s := sentence{Analysis: Analysis{Kind: a.kind, Words: a.words}}
			if raw := sp.Raw(ps.clean); !text.EndsSentence(raw) {
				s.open, s.trail = true, text.TrailingBreak(raw)
			}
			s.setTokens(tz, a.ranges, sp.End)
			if err := yield(s); err != nil {
				return err
			}
		}
		return nil
	}
	// With markup, a sentence may run across spans ("He said <emphasis>no</emphasis>."):
	// words collect until a piece ends with sentence-final punctuation.
	var cur sentence
	var ranges []srcRange
	end := 0     // clean offset where the pieces read so far end
	pending := 0 // pause waiting for the next word
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil // marks wait for the next word
		}
		if cur.Kind == text.YesNo && text.IsWhWord(cur.Words[0].Text) {
			cur.Kind = text.WhQuestion
		}
		s := cur
		s.setTokens(tz, ranges, end)
		cur, ranges = sentence{}, nil
		return yield(s)
	}
	for k, sp := range ps.spans {
		if sp.Boundary != markup.NoBoundary && len(cur.Words) > 0 {
			// SSML <s> and <p>: the text before ended a sentence or a paragraph.
			last := &cur.Words[len(cur.Words)-1]
			b := text.SentenceEnd
			if sp.Boundary == markup.ParagraphBoundary {
				b = text.Paragraph
			}
			last.Break = max(last.Break, b)
			if err := flush(); err != nil {
				return err
			}
		}
		if sp.BreakMillis > 0 {
			if n := len(cur.Words); n > 0 {
				w := &cur.Words[n-1]
				w.PauseMillis = min(w.PauseMillis+sp.BreakMillis, prosody.MaxPauseMillis)
			} else {
				pending = min(pending+sp.BreakMillis, MaxPauseMillis)
			}
		}
		for _, m := range sp.Marks {
			cur.marks = append(cur.marks, sentenceMark{Word: len(cur.Words), Name: m})
		}
		for _, pc := range spanPieces(sp, ps.ranges[k]) {
			if err := ctx.Err(); err != nil {
				return err
			}
			a := e.analyzeSpan(lex, pc, sp, dropped)
			end = max(end, pc.end)
			if len(a.words) == 0 {
				// Punctuation alone after a tag ("<say-as …>$3.50</say-as>. Then", "</emphasis>,")
				// belongs to the words before it: it ends their sentence, or breaks after them.
				if n := len(cur.Words); n > 0 {
					last := &cur.Words[n-1]
					if text.EndsSentence(pc.raw) {
						last.Break = max(last.Break, text.SentenceEnd)
						cur.Kind = a.kind
						if err := flush(); err != nil {
							return err
						}
					} else {
						last.Break = max(last.Break, text.TrailingBreak(pc.raw))
					}
				}
				continue
			}
			if n := len(cur.Words); n == 0 {
				cur.pauseBefore, pending = pending, 0
			} else if lead := leadingPunct(pc.raw); lead != "" {
				// ", and more" after a tag: the comma breaks after the tag's words.
				last := &cur.Words[n-1]
				last.Break = max(last.Break, text.TrailingBreak(lead))
			}
			cur.Words = append(cur.Words, a.words...)
			ranges = append(ranges, a.ranges...)
			cur.Kind = a.kind
			if text.EndsSentence(pc.raw) {
				if err := flush(); err != nil {
					return err
				}
				continue
			}
			last := &cur.Words[len(cur.Words)-1]
			if last.Break == text.SentenceEnd {
				last.Break = text.TrailingBreak(pc.raw)
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if pending > 0 || len(cur.marks) > 0 {
		return yield(sentence{pauseBefore: pending, marks: cur.marks})
	}
	return nil
}

// setTokens fills the sentence's tokens from its words' ranges; the sentence's text ends at end.
func (s *sentence) setTokens(tz *tokenizer, ranges []srcRange, end int) {
	s.Tokens, s.TokenOf = tz.tokens(ranges, end)
}

// piece is one raw sentence of a span, as the normalizer reads it, and how offsets in it map to
// the part's clean text.
type piece struct {
	raw string
	// start and end are the piece's range in the clean text. When whole is set every word of
	// the piece maps to the span's whole range (an alias: its words are not in the text).
	start, end int
	whole      bool
	off        int   // offset of raw in the span's (rewritten) text
	inserted   []int // offsets in the rewritten text of the spaces a digit-by-digit reading added
}

// rng maps a range of raw to the clean text.
func (pc *piece) rng(a, b int) srcRange {
	if pc.whole {
		return srcRange{pc.start, pc.end}
	}
	orig := func(x int) int {
		x += pc.off
		return x - sort.SearchInts(pc.inserted, x)
	}
	base := pc.start - orig(0)
	return srcRange{base + orig(a), base + orig(b)}
}

// spanPieces splits a span's spoken text into raw sentences, rewritten for its say-as reading;
// r is the span's range in the clean text.
func spanPieces(sp markup.Span, r srcRange) []piece {
	if len(sp.Pron) > 0 {
		return []piece{{raw: sp.Text, start: r.a, end: r.b, whole: true}}
	}
	alias := sp.Alias
	if alias == "" {
		alias, _ = sayAsText(sp)
	}
	if alias != "" {
		var out []piece
		for _, ss := range text.SentenceSpans(alias) {
			out = append(out, piece{raw: ss.Raw(alias), start: r.a, end: r.b, whole: true})
		}
		return out
	}
	s := sp.Text
	var inserted []int
	if sp.DigitByDigit() {
		var b strings.Builder
		prevDigit := false
		for i, c := range s {
			d := c >= '0' && c <= '9'
			if d && prevDigit {
				inserted = append(inserted, b.Len())
				b.WriteByte(' ')
			}
			if sp.GroupSeparator(s, i) {
				// "555-0100": a pause between the groups, not "five five five to zero…".
				b.WriteByte(',')
				inserted = append(inserted, b.Len())
				b.WriteByte(' ')
				prevDigit = false
				continue
			}
			b.WriteRune(c)
			prevDigit = d
		}
		s = b.String()
	}
	var out []piece
	for _, ss := range text.SentenceSpans(s) {
		pc := piece{raw: ss.Raw(s), off: ss.Start, inserted: inserted}
		// The piece's own range: its first byte, and the end of its text (not of "\n\n").
		pc.start = r.a + ss.Start - sort.SearchInts(inserted, ss.Start)
		pc.end = r.a + ss.End - sort.SearchInts(inserted, ss.End)
		out = append(out, pc)
	}
	return out
}

// analyzeSpan reads one raw piece of a span with the span's reading applied; its ranges are in
// the part's clean text.
func (e *Engine) analyzeSpan(lex *g2p.Lexicon, pc piece, sp markup.Span, dropped *text.Dropped) analysis {
	raw := pc.raw
	var a analysis
	switch {
	case len(sp.Pron) > 0:
		words := strings.Fields(strings.ToLower(strings.TrimFunc(raw, unicode.IsPunct)))
		if len(words) == 0 {
			words = []string{strings.ToLower(strings.TrimSpace(raw))}
		}
		a.words = []prosody.Word{{Text: strings.Join(words, " "), Pron: sp.Pron, Break: text.SentenceEnd}}
		a.ranges = []srcRange{pc.rng(0, len(raw))}
	case sp.SpellOut():
		for i, r := range raw {
			switch {
			case unicode.IsLetter(r):
				l := unicode.ToLower(r)
				if pr, ok := g2p.LetterName(l); ok {
					a.words = append(a.words, prosody.Word{Text: string(l), Pron: pr, Letter: true})
					a.ranges = append(a.ranges, pc.rng(i, i+len(string(r))))
				} else {
					dropped.Rune(r)
				}
			case r >= '0' && r <= '9':
				d := e.analyze(lex, string(r), dropped)
				a.words = append(a.words, d.words...)
				for range d.ranges {
					a.ranges = append(a.ranges, pc.rng(i, i+1))
				}
			case sp.SayAs == markup.Verbatim && !unicode.IsSpace(r):
				// Verbatim names the symbols too.
				name, ok := symbolName(r)
				if !ok {
					dropped.Rune(r)
					continue
				}
				d := e.analyze(lex, name, dropped)
				for _, w := range d.words {
					w.Break = text.NoBreak
					a.words = append(a.words, w)
					a.ranges = append(a.ranges, pc.rng(i, i+utf8.RuneLen(r)))
				}
			}
		}
		if n := len(a.words); n > 0 {
			a.words[n-1].Break = text.SentenceEnd
		}
		a.kind = text.NormalizeSentence(raw).Kind
	default:
		a = e.analyze(lex, raw, dropped)
		for i, r := range a.ranges {
			a.ranges[i] = pc.rng(r.a, r.b)
		}
		if sp.POS != "" { // <w role>: the homograph's reading for that part of speech
			for i, w := range a.words {
				if w.Letter {
					continue
				}
				if pr := lex.Pronounce(w.Text, sp.POS); len(pr) > 0 {
					a.words[i].Pron = pr
				}
			}
		}
	}
	if sp.Emphasis >= markup.Moderate {
		for i := range a.words {
			a.words[i].Emphasis = true
		}
	}
	return a
}
