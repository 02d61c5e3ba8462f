// Package client speaks Chorus either in-process or over gRPC through one small interface, and
// renders, plays and saves what it speaks.
package client

import (
	"context"
	"fmt"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

// Synthesizer is a speech engine, local or remote. Both implementations give the same samples
// for the same request (after PCM16 quantization, which the remote path applies on the wire).
type Synthesizer interface {
	// Synthesize renders req into sink, as synth.Engine.Synthesize does. If sink implements
	// FormatSink, its Start is called once with the output rate before any audio or word.
	Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error)
	// Voices describes the available voices and styles.
	Voices(ctx context.Context) (Catalog, error)
	// Analyze shows what the text front end makes of s, sentence by sentence.
	Analyze(ctx context.Context, s string, lexicon map[string]phone.Pron) ([]Sentence, error)
	// AnalyzeSSML is Analyze for an SSML document, read as Synthesize reads one.
	AnalyzeSSML(ctx context.Context, doc string, lexicon map[string]phone.Pron) ([]Sentence, error)
}

// FormatSink is a synth.Sink that wants to know the output sample rate before the first sample.
type FormatSink interface {
	synth.Sink
	Start(sampleRate int) error
}

// Catalog lists voices and styles. Over gRPC, Voice.Prosody and Voice.Params are not known and
// stay zero.
type Catalog struct {
	Voices  []voices.Voice
	Styles  []voices.Style
	Default string

	cat *voices.Catalog // the engine's own, when local
}

// VoicesCatalog returns c as a *voices.Catalog, for code that takes one (script casting). A
// remote catalog is rebuilt from the listing, with neutral prosody and no vocoder params: good
// for names, genders, rates and styles, not for rendering.
func (c Catalog) VoicesCatalog() (*voices.Catalog, error) {
	if c.cat != nil {
		return c.cat, nil
	}
	vs := make([]voices.Voice, len(c.Voices))
	for i, v := range c.Voices {
		v.Default = v.Name == c.Default
		v.Params = nil
		v.Prosody = voices.Prosody{BaseHz: 120, Tempo: 1}
		vs[i] = v
	}
	// The wire carries a style's name and description; the words that ask for it (read in
	// instructions and in a script's stage directions) are this build's for the styles it knows.
	local, _ := voices.Load()
	styles := make([]voices.Style, len(c.Styles))
	for i, s := range c.Styles {
		styles[i] = voices.Style{Name: s.Name, Description: s.Description, RangeScale: 1, RateScale: 1}
		if local != nil {
			if ls, ok := local.Style(s.Name); ok && ls.Name == s.Name {
				styles[i].Cues = ls.Cues
			}
		}
	}
	cat, err := voices.New(vs, styles)
	if err != nil {
		return nil, fmt.Errorf("client: the server's voice list: %w", err)
	}
	return cat, nil
}

// Sentence is one sentence as the front end read it.
type Sentence struct {
	Words []Word
	// Tokens are the input's tokens the words were read from, in order, each once (see
	// synth.Token): their text, at most synth.MaxTokenTextBytes bytes, and byte range.
	Tokens []synth.Token
}

// Word is one spoken-form word with its pronunciation.
type Word struct {
	Text   string // lower-case spoken form
	Token  int    // the index in Sentence.Tokens of the input token it was read from
	Phones string // ARPAbet with stress digits, phones separated by spaces
}

// Local runs an engine in-process.
type Local struct {
	Engine *synth.Engine
}

var _ Synthesizer = Local{}

// Synthesize implements Synthesizer.
func (l Local) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	if fs, ok := sink.(FormatSink); ok {
		rate, err := l.Engine.Validate(req)
		if err != nil {
			return synth.Summary{}, err
		}
		if err := fs.Start(rate); err != nil {
			return synth.Summary{}, err
		}
	}
	return l.Engine.Synthesize(ctx, req, sink)
}

// Voices implements Synthesizer.
func (l Local) Voices(ctx context.Context) (Catalog, error) {
	cat := l.Engine.Catalog()
	out := Catalog{Voices: cat.Voices(), Default: cat.Default().Name, cat: cat}
	for _, n := range cat.StyleNames() {
		st, _ := cat.Style(n)
		out.Styles = append(out.Styles, st)
	}
	return out, nil
}

// Analyze implements Synthesizer.
func (l Local) Analyze(ctx context.Context, s string, lexicon map[string]phone.Pron) ([]Sentence, error) {
	as, err := l.Engine.Analyze(ctx, s, lexicon)
	if err != nil {
		return nil, err
	}
	return sentencesOf(as), nil
}

// AnalyzeSSML implements Synthesizer.
func (l Local) AnalyzeSSML(ctx context.Context, doc string, lexicon map[string]phone.Pron) ([]Sentence, error) {
	as, err := l.Engine.AnalyzePart(ctx, synth.Part{Text: doc, SSML: true}, lexicon)
	if err != nil {
		return nil, err
	}
	return sentencesOf(as), nil
}

// sentencesOf converts the engine's analyses.
func sentencesOf(as []synth.Analysis) []Sentence {
	out := make([]Sentence, 0, len(as))
	for _, a := range as {
		sent := Sentence{Tokens: a.Tokens}
		for i, w := range a.Words {
			word := Word{Text: w.Text, Phones: w.Pron.CMU()}
			if i < len(a.TokenOf) {
				word.Token = a.TokenOf[i]
			}
			sent.Words = append(sent.Words, word)
		}
		out = append(out, sent)
	}
	return out
}
