package synth

import (
	"context"
	"fmt"
	"time"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/text"
)

// The last two stages: vocoders turn groups into samples, and the output chain carries them to
// the sink. The head group streams straight to the sink (so the first audio leaves at once);
// while it renders, up to Engine.workers following groups render into buffers on other
// goroutines and are written, in order, when their turn comes. A group longer than
// maxPrefetchSeconds is never buffered: it waits for its turn and streams, which keeps memory
// bounded for any input.
const maxPrefetchSeconds = 20

// planned is one item from the planner: a group, or the error that stops the request.
type planned struct {
	g   *group
	err error
}

// newRender prepares the state of one Synthesize call writing at rate into sink.
func (e *Engine) newRender(req *Request, rate int, sink Sink) *render {
	r := &render{
		e:        e,
		req:      req,
		outRate:  rate,
		vocs:     map[string]Vocoder{},
		lex:      e.lexicon,
		out:      &countingWriter{sink: sink},
		maxAudio: e.maxAudio,
	}
	if req.MaxAudio > 0 && (r.maxAudio == 0 || req.MaxAudio < r.maxAudio) {
		r.maxAudio = req.MaxAudio
	}
	if len(req.Lexicon) > 0 {
		r.lex = e.lexicon.With(req.Lexicon)
	}
	return r
}

// render is the state of one Synthesize call.
type render struct {
	e   *Engine
	req *Request
	lex *g2p.Lexicon
	// voiceLex holds, per voice with pronunciations of its own, the lexicon with them under the
	// request's (built on first use).
	voiceLex map[*voiceEntry]*g2p.Lexicon
	outRate  int
	out      *countingWriter
	vocs     map[string]Vocoder // per voice, so a speaker's joins stay continuous
	// maxAudio is the most audio the request may produce (the smaller of the engine's and the
	// request's bounds); 0: no limit.
	maxAudio time.Duration

	// The current conversion segment: audio at nativeRate → gain → resampler → out.
	nativeRate int
	chain      audio.Writer  // head of the chain (gain)
	resampler  audio.Flusher // non-nil when resampling
	segBase    int64         // output position where the segment started
	segNative  int64         // native samples written into the segment
	gainDB     float64
	silent     bool

	// eager makes the writer start on the head group as soon as it has one, without waiting
	// for the planner to fill the queue (streams, whose planner waits for text).
	eager bool

	tokStart int64        // output position of the first word of the token being spoken
	dropped  text.Dropped // what the front end could not speak (written by the planner)
}

// run renders what plan emits: the planner runs ahead on a goroutine of its own (held back by
// the queue below), prefetch goroutines render later groups, and this goroutine writes
// everything in order.
func (r *render) run(ctx context.Context, plan func(ctx context.Context, emit func(*group) error) error) error {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan planned, 1)
	planDone := make(chan struct{})
	go func() {
		defer close(planDone)
		defer close(ch)
		err := plan(ctx, func(g *group) error {
			select {
			case ch <- planned{g: g}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			select {
			case ch <- planned{err: err}:
			case <-ctx.Done():
			}
		}
	}()

	var queue []*group
	defer func() {
		// Stop the planner and every prefetch, and wait for them: no goroutine outlives the call.
		cancel()
		for _, g := range queue {
			if g.done != nil {
				<-g.done
			}
		}
		for range ch {
		}
		<-planDone
	}()

	closed := false
	prefetching := 0 // started prefetches not yet written
	var perr error
	for {
	fill:
		for !closed && perr == nil && len(queue) <= r.e.workers {
			var it planned
			var ok bool
			if r.eager && len(queue) > 0 {
				select {
				case it, ok = <-ch:
				default:
					break fill // nothing planned yet: write the head meanwhile
				}
			} else {
				it, ok = <-ch
			}
			if !ok {
				closed = true
				break
			}
			if it.err != nil {
				perr = it.err
				break
			}
			g := it.g
			// The head streams; later fresh groups of bounded length prefetch.
			if len(queue) > 0 && r.e.workers > 1 && prefetching < r.e.workers && g.fresh &&
				g.samples <= maxPrefetchSeconds*g.part.entry.voice.SampleRate {
				r.prefetch(ctx, g)
				prefetching++
			}
			queue = append(queue, g)
		}
		if len(queue) == 0 {
			if perr != nil {
				return perr
			}
			return ctx.Err()
		}
		g := queue[0]
		queue = queue[1:]
		if g.done != nil {
			prefetching--
		}
		if err := r.write(ctx, g); err != nil {
			return err
		}
	}
}

// prefetch renders g into memory on its own goroutine.
func (r *render) prefetch(ctx context.Context, g *group) {
	g.done = make(chan struct{})
	go func() {
		defer close(g.done)
		voc, err := r.newVocoder(g)
		if err != nil {
			g.err = err
			return
		}
		g.buf = make([]float32, 0, g.samples)
		w := audio.WriterFunc(func(p []float32) error {
			g.buf = append(g.buf, p...)
			return nil
		})
		for i := range g.phrases {
			if err := voc.Render(ctx, &g.phrases[i].ph, w); err != nil {
				g.err = err
				return
			}
		}
		g.voc = voc
	}()
}

func (r *render) newVocoder(g *group) (Vocoder, error) {
	ent := g.part.entry
	v, err := ent.make(g.seed)
	if err != nil {
		return nil, fmt.Errorf("synth: voice %q: %w", ent.voice.Name, err)
	}
	return v, nil
}

// write sends g to the output: from its prefetch buffer, or rendered now, streaming.
func (r *render) write(ctx context.Context, g *group) error {
	ent := g.part.entry
	if g.first {
		if err := r.segment(ent.voice.SampleRate, r.req.GainDB+g.part.style.GainDB+g.part.prosody.Volume, g.part.prosody.Silent); err != nil {
			return err
		}
	}
	if len(g.phrases) == 0 {
		return nil
	}
	if g.done != nil {
		<-g.done
		if g.err != nil {
			return g.err
		}
		r.vocs[ent.voice.Name] = g.voc
		off := 0
		for i := range g.phrases {
			pp := &g.phrases[i]
			if err := r.words(g, pp); err != nil {
				return err
			}
			n := pp.ph.Samples()
			for end := off + n; off < end; {
				if err := ctx.Err(); err != nil {
					return err
				}
				m := min(end-off, writeChunk)
				if err := r.writeNative(g.buf[off : off+m]); err != nil {
					return err
				}
				off += m
			}
		}
		return nil
	}
	voc, ok := r.vocs[ent.voice.Name]
	if g.fresh || !ok {
		v, err := r.newVocoder(g)
		if err != nil {
			return err
		}
		voc = v
		r.vocs[ent.voice.Name] = v
	}
	w := audio.WriterFunc(r.writeNative)
	for i := range g.phrases {
		pp := &g.phrases[i]
		if err := r.words(g, pp); err != nil {
			return err
		}
		if pp.ph.Samples() == 0 {
			continue // marks alone
		}
		if err := voc.Render(ctx, &pp.ph, w); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk is the most samples a buffered group hands the chain at once.
const writeChunk = 1024

// words reports the word timings of a phrase about to be written: one per written token, from
// the start of its first word to the end of its last, sent with the phrase that holds its last
// word (a token's words may run across phrases and groups, which are written in order).
func (r *render) words(g *group, pp *plannedPhrase) error {
	if !r.req.WordTimings {
		if r.req.Events == 0 {
			return nil
		}
		return r.phraseEvents(g, pp, nil)
	}
	var out []WordTiming
	for i, span := range pp.ph.Words {
		var ref tokenRef
		if i < len(pp.tokens) {
			ref = pp.tokens[i]
		}
		start := r.toOut(r.segNative + int64(span.Start))
		if ref.tok == nil { // no token known: the word stands for itself
			ref = tokenRef{tok: &Token{Text: span.Text}, first: true, last: true}
		}
		if ref.first {
			r.tokStart = start
		}
		if !ref.last {
			continue
		}
		wt := WordTiming{
			Word:      ref.tok.Text,
			Speaker:   g.part.Speaker,
			Start:     r.tokStart,
			End:       r.toOut(r.segNative + int64(span.End)),
			Part:      g.part.index,
			TextStart: ref.tok.Start,
			TextEnd:   ref.tok.End,
		}
		out = append(out, wt)
	}
	return r.phraseEvents(g, pp, out)
}

// The output chain: native-rate audio → gain → resampler → countingWriter → sink.

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

// segment makes sure audio at nativeRate with gain g flows into the output. Switching rate or
// gain flushes the previous chain (its resampler tail) first.
func (r *render) segment(nativeRate int, gainDB float64, silent bool) error {
	if r.chain != nil && r.nativeRate == nativeRate && r.gainDB == gainDB && r.silent == silent {
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
	if silent { // SSML volume="silent": the text takes its time, making no sound
		dst := w
		var zeros []float32
		w = audio.WriterFunc(func(p []float32) error {
			if cap(zeros) < len(p) {
				zeros = make([]float32, len(p))
			}
			return dst.Write(zeros[:len(p)])
		})
	}
	r.chain = w
	r.nativeRate = nativeRate
	r.gainDB = gainDB
	r.silent = silent
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

// lexFor is the lexicon a part in voice v reads with: the engine's, then the voice's own
// pronunciations, then the request's, each winning over the one before.
func (r *render) lexFor(v *voiceEntry) *g2p.Lexicon {
	if v == nil || len(v.pron) == 0 {
		return r.lex
	}
	if l, ok := r.voiceLex[v]; ok {
		return l
	}
	l := r.e.lexicon.With(v.pron)
	if len(r.req.Lexicon) > 0 {
		l = l.With(r.req.Lexicon)
	}
	if r.voiceLex == nil {
		r.voiceLex = map[*voiceEntry]*g2p.Lexicon{}
	}
	r.voiceLex[v] = l
	return l
}
