// Package synth is Chorus's speech engine: text front end, prosody and a pluggable vocoder,
// run phrase by phrase into a Sink.
package synth

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"strings"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/voices"
)

// Vocoder renders prosodic phrases to samples. One Vocoder serves one utterance and keeps its
// state between calls, so consecutive phrases join without discontinuity. Render writes exactly
// p.Samples() samples, checks ctx once per block, and stops at the first Write error.
type Vocoder interface {
	Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error
}

// Backend builds vocoders of one kind. It is called once per voice when the engine is built, to
// parse and validate the voice's params; the function it returns makes one Vocoder per utterance.
type Backend func(sampleRate int, params json.RawMessage) (func(seed uint64) (Vocoder, error), error)

// Engine turns requests into audio. It is safe for concurrent use.
type Engine struct {
	catalog  *voices.Catalog
	lexicon  *g2p.Lexicon
	log      *slog.Logger
	backends map[string]Backend
	voices   map[string]*voiceEntry
	workers  int // goroutines rendering ahead of the stream, per request
}

type voiceEntry struct {
	voice voices.Voice
	make  func(seed uint64) (Vocoder, error)
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
		e.voices[v.Name] = &voiceEntry{voice: v, make: mk}
	}
	return e, nil
}

// Catalog returns the engine's voice catalog.
func (e *Engine) Catalog() *voices.Catalog { return e.catalog }

// Lexicon returns the engine's pronunciation lexicon.
func (e *Engine) Lexicon() *g2p.Lexicon { return e.lexicon }

// resolved is a validated part.
type resolved struct {
	Part
	entry *voiceEntry
	style voices.Style
	spans []markup.Span // parsed markup when Part.Markup is set
}

// Validate checks a request without synthesizing it and returns the output sample rate.
func (e *Engine) Validate(req Request) (int, error) {
	_, rate, err := e.resolve(req)
	return rate, err
}

func (e *Engine) resolve(req Request) ([]resolved, int, error) {
	if err := req.validateScalars(); err != nil {
		return nil, 0, err
	}
	if err := req.validateText(); err != nil {
		return nil, 0, err
	}
	out := make([]resolved, len(req.Parts))
	for i, p := range req.Parts {
		name := p.Voice
		if name == "" {
			name = e.catalog.Default().Name
		}
		ent, ok := e.voices[name]
		if !ok {
			return nil, 0, notFound(p.field("voice"), "no voice named %q; available voices: %s", p.Voice, strings.Join(e.catalog.Names(), ", "))
		}
		st, ok := e.catalog.Style(p.Style)
		if !ok {
			return nil, 0, notFound(p.field("style"), "no style named %q; available styles: %s", p.Style, strings.Join(e.catalog.StyleNames(), ", "))
		}
		out[i] = resolved{Part: p, entry: ent, style: st}
		if p.Markup {
			spans, err := markup.Parse(p.Text)
			if err != nil {
				return nil, 0, invalid(p.field("text"), "%v", err)
			}
			out[i].spans = spans
		}
	}
	rate := req.SampleRate
	if rate == 0 {
		rate = out[0].entry.voice.SampleRate
	}
	return out, rate, nil
}

// Synthesize renders req into sink, phrase by phrase: the first audio is written while later
// sentences are still text. It returns the totals, or the first error (ctx's error if cancelled).
func (e *Engine) Synthesize(ctx context.Context, req Request, sink Sink) (Summary, error) {
	parts, rate, err := e.resolve(req)
	if err != nil {
		return Summary{}, err
	}
	r := e.newRender(&req, rate, sink)
	if err := r.run(ctx, parts); err != nil {
		return Summary{Samples: r.out.n, SampleRate: rate}, err
	}
	if err := r.finishSegment(); err != nil {
		return Summary{Samples: r.out.n, SampleRate: rate}, err
	}
	return Summary{Samples: r.out.n, SampleRate: rate}, nil
}

// newRender prepares the state of one Synthesize call writing at rate into sink.
func (e *Engine) newRender(req *Request, rate int, sink Sink) *render {
	r := &render{
		e:       e,
		req:     req,
		outRate: rate,
		vocs:    map[string]Vocoder{},
		lex:     e.lexicon,
		out:     &countingWriter{sink: sink},
	}
	if len(req.Lexicon) > 0 {
		r.lex = e.lexicon.With(req.Lexicon)
	}
	return r
}

// countingWriter forwards audio to the sink and counts what it forwarded.
type countingWriter struct {
	sink Sink
	n    int64
}

func (c *countingWriter) Write(p []float32) error {
	if len(p) == 0 {
		return nil
	}
	c.n += int64(len(p))
	return c.sink.Audio(p)
}

// render is the state of one Synthesize call.
type render struct {
	e       *Engine
	req     *Request
	lex     *g2p.Lexicon
	outRate int
	out     *countingWriter
	vocs    map[string]Vocoder // per voice, so a speaker's joins stay continuous

	// The current conversion segment: audio at nativeRate → gain → resampler → out.
	nativeRate int
	chain      audio.Writer  // head of the chain (gain)
	resampler  audio.Flusher // non-nil when resampling
	segBase    int64         // output position where the segment started
	segNative  int64         // native samples written into the segment
	gainDB     float64
}

// segment makes sure audio at nativeRate with gain g flows into the output. Switching rate or
// gain flushes the previous chain (its resampler tail) first.
func (r *render) segment(nativeRate int, gainDB float64) error {
	if r.chain != nil && r.nativeRate == nativeRate && r.gainDB == gainDB {
		return nil
	}
	if err := r.finishSegment(); err != nil {
		return err
	}
	var w audio.Writer = r.out
	if nativeRate != r.outRate {
		rs, err := audio.NewResampler(r.out, nativeRate, r.outRate)
		if err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		r.resampler = rs
		w = rs
	}
	if gainDB != 0 {
		w = audio.NewGain(w, gainDB)
	}
	r.chain = w
	r.nativeRate = nativeRate
	r.gainDB = gainDB
	r.segBase = r.out.n
	r.segNative = 0
	return nil
}

func (r *render) finishSegment() error {
	if r.chain == nil {
		return nil
	}
	var err error
	if r.resampler != nil {
		err = r.resampler.Flush()
	}
	r.chain, r.resampler = nil, nil
	return err
}

// toOut maps a native-rate position in the current segment to an output position.
func (r *render) toOut(native int64) int64 {
	if r.nativeRate == r.outRate {
		return r.segBase + native
	}
	return r.segBase + audio.ResampledLength64(native, r.nativeRate, r.outRate)
}

// writeNative sends native-rate samples through the chain, counting them.
func (r *render) writeNative(p []float32) error {
	r.segNative += int64(len(p))
	return r.chain.Write(p)
}
