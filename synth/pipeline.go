package synth

import (
	"context"
	"fmt"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// A request is rendered as a sequence of groups. A group is a run of phrases of one part that one
// vocoder renders in turn, so they join seamlessly. A new group starts wherever the voice's
// previous phrase ended with at least resetMillis of silence (commas, sentence ends, breaks): the
// old vocoder's filters have rung out in its own output by then, so the next phrase starts on a
// fresh vocoder, seeded by the group's ordinal. Groups therefore do not depend on each other and may be rendered concurrently, and
// the output is the same whatever the concurrency, because the grouping and the seeds come from
// the plan alone.
//
// The head group streams straight to the sink (so the first audio leaves at once); while it
// renders, up to Engine.workers following groups render into buffers on other goroutines and are
// written, in order, when their turn comes. A group longer than maxPrefetchSeconds is never
// buffered: it waits for its turn and streams, which keeps memory bounded for any input.
const (
	resetMillis        = 100
	maxPrefetchSeconds = 20
)

// plannedPhrase is a phrase ready for a vocoder, with the input token of each of its words.
type plannedPhrase struct {
	ph      prosody.Phrase
	sources []string // per ph.Words (nil unless word timings were asked for)
}

// group is a unit of rendering; see above.
type group struct {
	part    *resolved
	first   bool // the first group of its part: the output segment (rate, gain) switches here
	fresh   bool // starts on a new vocoder made with seed
	seed    uint64
	phrases []plannedPhrase
	samples int // native samples in all phrases

	// Set by a prefetch: done closes when buf, voc and err are final.
	done chan struct{}
	buf  []float32
	voc  Vocoder
	err  error
}

// planned is one item from the planner: a group, or the error that stops the request.
type planned struct {
	g   *group
	err error
}

// run renders every part: a planner goroutine runs the front end and prosody ahead, prefetch
// goroutines render later groups, and this goroutine writes everything in order.
func (r *render) run(ctx context.Context, parts []resolved) error {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan planned, 1)
	planDone := make(chan struct{})
	go func() {
		defer close(planDone)
		defer close(ch)
		err := r.plan(ctx, parts, func(g *group) error {
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
		for !closed && perr == nil && len(queue) <= r.e.workers {
			it, ok := <-ch
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
		if err := r.segment(ent.voice.SampleRate, r.req.GainDB+g.part.style.GainDB); err != nil {
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
		if err := voc.Render(ctx, &pp.ph, w); err != nil {
			return err
		}
	}
	return nil
}

// writeChunk is the most samples a buffered group hands the chain at once.
const writeChunk = 1024

// words reports the word timings of a phrase about to be written.
func (r *render) words(g *group, pp *plannedPhrase) error {
	if !r.req.WordTimings {
		return nil
	}
	for i, span := range pp.ph.Words {
		src := span.Text
		if i < len(pp.sources) {
			src = pp.sources[i]
		}
		wt := WordTiming{
			Word:    src,
			Speaker: g.part.Speaker,
			Start:   r.toOut(r.segNative + int64(span.Start)),
			End:     r.toOut(r.segNative + int64(span.End)),
		}
		if err := r.out.sink.Word(wt); err != nil {
			return err
		}
	}
	return nil
}

// plan runs the front end and prosody over every part in order and emits the groups. It owns the
// prosody seeds and the vocoder seeds, so the plan is the same however it is rendered.
func (r *render) plan(ctx context.Context, parts []resolved, emit func(*group) error) error {
	trail := map[string]int{} // per voice: silence at the end of its last phrase (absent: none yet)
	var seeds, prosodySeed uint64
	for i := range parts {
		p := &parts[i]
		v := p.entry.voice
		reset := resetMillis * v.SampleRate / 1000
		cur := &group{part: p, first: true}
		add := func(ph prosody.Phrase, sources []string) error {
			lead, all := ph.LeadingSilence()
			prev, spoken := trail[v.Name]
			// Only silence the old vocoder rendered itself counts: it must have rung out in its
			// own output, or cutting it off would leave a step.
			if !spoken || prev >= reset {
				if len(cur.phrases) > 0 {
					if err := emit(cur); err != nil {
						return err
					}
					cur = &group{part: p}
				}
				if len(cur.phrases) == 0 {
					seeds++
					cur.fresh, cur.seed = true, seeds
				}
			}
			if all {
				trail[v.Name] = prev + lead
			} else {
				trail[v.Name] = ph.TrailingSilence()
			}
			cur.samples += ph.Samples()
			cur.phrases = append(cur.phrases, plannedPhrase{ph: ph, sources: sources})
			return nil
		}

		lead := p.PauseBefore
		if i == 0 {
			lead += leadInMillis
		}
		leadSamples := lead * v.SampleRate / 1000
		pv := prosody.Voice{BaseHz: v.Prosody.BaseHz, RangeSemitones: v.Prosody.RangeSemitones, Tempo: v.Prosody.Tempo,
			VowelScale: v.Prosody.VowelScale, ConsonantScale: v.Prosody.ConsonantScale}
		po := prosody.Options{
			SampleRate:     v.SampleRate,
			Rate:           r.req.rate() * p.style.RateScale,
			PitchSemitones: r.req.PitchSemitones + p.style.PitchSemitones,
			RangeScale:     p.style.RangeScale,
			Effort:         p.style.Effort,
			Breath:         p.style.Breath,
		}
		err := r.e.sentences(r.lex, p, func(s sentence) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			leadSamples += s.pauseBefore * v.SampleRate / 1000
			if len(s.Words) == 0 {
				return nil
			}
			prosodySeed++
			po.Seed = prosodySeed
			phrases, err := prosody.Plan(s.Words, s.Kind, pv, po)
			if err != nil {
				return fmt.Errorf("synth: prosody: %w", err)
			}
			wi := 0 // index into s.Words/s.Sources across the sentence's phrases
			for k := range phrases {
				ph := phrases[k]
				if leadSamples > 0 {
					ph.PrependSilence(leadSamples)
					leadSamples = 0
				}
				var sources []string
				if r.req.WordTimings {
					sources = make([]string, len(ph.Words))
					for j, span := range ph.Words {
						sources[j] = span.Text
						if wi < len(s.Sources) && s.Words[wi].Text == span.Text {
							sources[j] = s.Sources[wi]
						}
						wi++
					}
				}
				if err := add(ph, sources); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if leadSamples > 0 { // pauses with nothing after them (an empty part, a trailing break)
			ph := prosody.Phrase{}
			ph.PrependSilence(leadSamples)
			if err := add(ph, nil); err != nil {
				return err
			}
		}
		if err := emit(cur); err != nil {
			return err
		}
	}
	return nil
}
