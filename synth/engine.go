// Package synth is Chorus's speech engine: text front end, prosody and a pluggable vocoder,
// run phrase by phrase into a Sink.
//
// Synthesize speaks a whole request: plain text, inline markup or SSML (Part.SSML), with word
// timings and, for a sink that implements EventSink, marks, phonemes and visemes.
//
// # Streams
//
// NewStream speaks text that arrives in pieces (a language model's reply). Each sentence is
// spoken as soon as it is complete, and the audio is the one-shot audio: pieces cut at sentence
// boundaries give, concatenated, the samples of Synthesize over the whole text. A sentence is
// complete once no text after it could move its end (the splitter decides by the next word: "Dr."
// waits for it; "Hello there. " does not, a lower-case word after a sentence end being taken to
// start a new sentence).
//
// The wait policy, for a sentence that does not end (a model that never stops one), is bounded
// in text and in time: once the unfinished sentence holds StreamClauseBytes (300) bytes it is
// spoken up to its last clause boundary (punctuation followed by space: a comma, semicolon,
// colon, dash, closing bracket or quote, or a period the splitter did not take for a sentence
// end), or without one up to its last space after a word; and once no text has
// arrived for the engine's stream wait (WithStreamWait, default DefaultStreamWait, 1 s), or it has
// waited StreamMaxWaits (4) such waits however slowly text trickles in, it is spoken up to its
// last clause boundary, while a run without one waits for more text, Flush or Close. A clause
// cut off so is spoken as continuing (a comma's rise and pause). Write blocks while
// StreamMaxPending (16 KiB) of text waits to be spoken. See Stream.
package synth

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// Vocoder renders prosodic phrases to samples. One Vocoder renders a run of phrases and keeps its
// state between calls, so consecutive phrases join without discontinuity. Render writes exactly
// p.Samples() samples, checks ctx once per block, and stops at the first Write error.
type Vocoder interface {
	Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error
}

// VocoderFactory makes the vocoders of one voice: one per group of phrases, seeded so that its
// noise sources are reproducible.
type VocoderFactory func(seed uint64) (Vocoder, error)

// Backend builds vocoders of one kind. It is called once per voice when the engine is built, to
// parse and validate the voice's params, and returns the voice's factory.
type Backend func(sampleRate int, params json.RawMessage) (VocoderFactory, error)

// Engine turns requests into audio. It is safe for concurrent use.
type Engine struct {
	catalog  *voices.Catalog
	lexicon  *g2p.Lexicon
	log      *slog.Logger
	backends map[string]Backend
	voices   map[string]*voiceEntry
	workers  int           // goroutines rendering ahead of the stream, per request
	maxAudio time.Duration // the most audio one request may produce; 0: no limit
	// streamWait is how long a stream's unfinished sentence waits for more text before its
	// complete clauses are spoken (WithStreamWait); 0: it waits for a sentence end.
	streamWait time.Duration
	// scratch lends the text normalizer's buffers from one sentence to the next (analyze).
	scratch text.Scratch
}

type voiceEntry struct {
	voice voices.Voice
	make  VocoderFactory
	// pron are the voice's own pronunciations (voices.Voice.Pronunciations), nil if none.
	pron map[string]phone.Pron
	// timer sizes the voice's phones when its durations are "vocoder": its vocoder's own
	// model, made on first use (nil for other voices).
	timer func() (prosody.Timer, error)
}

// Option configures an Engine.
type Option func(*Engine)

// WithLogger sets the engine's logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// WithBackend registers (or replaces) the vocoder back end named name.
func WithBackend(name string, b Backend) Option {
	return func(e *Engine) { e.backends[name] = b }
}

// WithParallelism sets how many groups of phrases one request may render ahead of its stream, on
// goroutines of their own (default: GOMAXPROCS, at most 4). Each holds at most 20 s of audio, so
// this bounds a request's buffer memory. The output does not depend on it; 1 renders everything
// on the calling goroutine.
func WithParallelism(n int) Option {
	return func(e *Engine) { e.workers = max(1, n) }
}

// WithMaxAudio bounds the audio of every request to d (default: no bound; d <= 0 removes it).
// The bound is enforced as the audio is planned: Synthesize renders no phrase that would end
// past it and returns an *AudioLimitError instead. A request may ask for less (Request.MaxAudio).
func WithMaxAudio(d time.Duration) Option {
	return func(e *Engine) { e.maxAudio = max(d, 0) }
}

// WithLexicon sets the pronunciation lexicon (default: g2p.New()).
func WithLexicon(l *g2p.Lexicon) Option { return func(e *Engine) { e.lexicon = l } }

// New builds an engine over the catalog. Every voice's vocoder params are validated here, so a
// bad voice file fails at start-up, not mid-request.
func New(catalog *voices.Catalog, opts ...Option) (*Engine, error) {
	e := &Engine{
		catalog:  catalog,
		log:      slog.New(slog.DiscardHandler),
		backends: defaultBackends(),
		voices:   map[string]*voiceEntry{},
		workers:  min(runtime.GOMAXPROCS(0), 4),

		streamWait: DefaultStreamWait,
	}
	for _, o := range opts {
		o(e)
	}
	if e.lexicon == nil {
		lex, err := g2p.New()
		if err != nil {
			return nil, fmt.Errorf("synth: lexicon: %w", err)
		}
		e.lexicon = lex
	}
	for _, v := range catalog.Voices() {
		b, ok := e.backends[v.Vocoder]
		if !ok {
			return nil, fmt.Errorf("synth: voice %q uses vocoder %q, which this engine does not have", v.Name, v.Vocoder)
		}
		mk, err := b(v.SampleRate, v.Params)
		if err != nil {
			return nil, fmt.Errorf("synth: voice %q: %w", v.Name, err)
		}
		pron, err := v.Pron()
		if err != nil {
			return nil, fmt.Errorf("synth: voice %q: %w", v.Name, err)
		}
		ent := &voiceEntry{voice: v, make: mk, pron: pron}
		if v.Prosody.Durations == prosody.DurationVocoder {
			ent.timer = sync.OnceValues(func() (prosody.Timer, error) { return vocoderTimer(v.Name, mk) })
		}
		e.voices[v.Name] = ent
	}
	return e, nil
}

// Catalog returns the engine's voice catalog.
func (e *Engine) Catalog() *voices.Catalog { return e.catalog }

// Lexicon returns the engine's pronunciation lexicon.
func (e *Engine) Lexicon() *g2p.Lexicon { return e.lexicon }

// vocoderTimer is the duration model of the vocoders mk makes, for a voice whose durations are
// "vocoder". The vocoder made here only answers PhoneSeconds, which is safe for concurrent use.
func vocoderTimer(voice string, mk VocoderFactory) (prosody.Timer, error) {
	vc, err := mk(0)
	if err != nil {
		return nil, fmt.Errorf("synth: voice %q: %w", voice, err)
	}
	t, ok := vc.(prosody.Timer)
	if !ok {
		return nil, fmt.Errorf("synth: voice %q: durations %q, but its vocoder has no duration model", voice, prosody.DurationVocoder)
	}
	return t, nil
}

// entry returns the voice named name as the catalog matches names (ignoring case: "Ava" is ava).
func (e *Engine) entry(name string) (*voiceEntry, bool) {
	if v, ok := e.voices[name]; ok {
		return v, true
	}
	cv, ok := e.catalog.Voice(name)
	if !ok {
		return nil, false
	}
	v, ok := e.voices[cv.Name]
	return v, ok
}
