package synth

// Streams: text that arrives in pieces. The package doc states the policy; the details:
//
// A Stream runs one synthesis over text written to it piece by piece. Pieces may be split
// anywhere: mid-word, mid-number ("$1," then "500"), mid-UTF-8 sequence; the stream reassembles
// them. Its audio is the one-shot audio: one plan (prosody seeds, vocoder seeds and grouping) and
// one output chain, fed sentence by sentence. So pieces split at sentence boundaries give,
// concatenated, exactly the samples and word timings Synthesize gives for the whole text; text
// cut anywhere else does too, unless the wait policy cut a sentence.
//
// When a sentence is complete: see completePrefix. Back-pressure: at most StreamMaxPending bytes
// of text wait to be spoken; Write blocks beyond that. Audio does not pile up either: the stream
// renders ahead of its sink at most what Synthesize does (the group being written and up to the
// engine's parallelism in groups of at most 20 s), and a sink that blocks stalls this stream
// alone.
//
// SSML streams (Part.SSML) are cut where a sentence and the markup around it are complete: after
// </s> or </p>, or after a complete sentence in text, outside say-as, sub and phoneme; the
// elements open at the cut (speak, voice, prosody, ...) are closed for the piece and opened again
// for the next, so each piece is spoken as the document says; elements still open at Close are
// closed. Inline markup streams (Part.Markup) are cut at complete sentences outside any tag and
// element.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Stream limits and defaults.
const (
	// StreamMaxPending bounds the text a stream holds before speaking it: Write blocks beyond it.
	StreamMaxPending = 16 << 10
	// StreamClauseBytes is the length at which an unfinished sentence is spoken at a clause
	// boundary.
	StreamClauseBytes = 300
	// DefaultStreamWait is how long an unfinished sentence waits for more text before its
	// complete clauses are spoken.
	DefaultStreamWait = time.Second
	// StreamMaxWaits bounds, in stream waits, how long text trickling in keeps an unfinished
	// sentence with a clause boundary from being spoken.
	StreamMaxWaits = 4
)

// ErrStreamClosed is returned by Write and Flush after Close.
var ErrStreamClosed = errors.New("synth: the stream is closed")

// ErrStreamCanceled is what Close returns (wrapped with context.Canceled) after Cancel.
var ErrStreamCanceled = errors.New("synth: the stream was cancelled")

// WithStreamWait sets how long a stream's unfinished sentence waits for more text before its
// complete clauses are spoken (default DefaultStreamWait); d <= 0 makes it wait for the sentence's
// end, StreamClauseBytes, Flush or Close.
func WithStreamWait(d time.Duration) Option {
	return func(e *Engine) { e.streamWait = max(d, 0) }
}

// Stream is a synthesis whose text arrives in pieces; see NewStream. Write, Flush and Close are
// for one goroutine; Cancel may be called from any.
type Stream struct {
	e      *Engine
	cancel context.CancelCauseFunc
	mode   streamMode
	wait   time.Duration

	mu      sync.Mutex
	in      []byte // text written and not yet taken
	base    int    // offset in the stream's text of in[0]
	flushTo int    // take everything up to this offset of the stream's text
	closed  bool
	last    time.Time // when text last arrived
	since   time.Time // when the oldest text in in arrived (at the latest)
	ssml    ssmlState // SSML streams: elements open at in[0]

	wake chan struct{} // the planner may have something to take
	room chan struct{} // Write may have room
	done chan struct{} // the stream's goroutine has ended: sum and err are final
	sum  Summary
	err  error

	// onIdle, when set (tests), is called by the planner each time it has looked at the text
	// written so far (seen bytes of the stream's text) and found nothing ready to speak.
	onIdle func(seen int)
}

type streamMode uint8

const (
	streamPlain streamMode = iota
	streamMarkup
	streamSSML
)

// NewStream starts a synthesis whose text arrives through Write. req gives everything but the
// text: voice, style, rate, pitch, gain, sample rate, word timings, events, lexicon; Parts must
// hold exactly one part, whose Text is ignored (it carries Voice, Style, Speaker and the Markup
// or SSML flag). The sink is called from the stream's own goroutine, in order, as with
// Synthesize; Close or Cancel ends it. ctx ends the stream as Cancel does.
func (e *Engine) NewStream(ctx context.Context, req Request, sink Sink) (*Stream, error) {
	return e.newStream(ctx, req, sink, nil)
}

func (e *Engine) newStream(ctx context.Context, req Request, sink Sink, onIdle func(int)) (*Stream, error) {
	if len(req.Parts) != 1 {
		return nil, invalid(FieldParts, "a stream takes exactly one part (its voice, style, speaker and format); it has %d", len(req.Parts))
	}
	if err := req.validateScalars(); err != nil {
		return nil, err
	}
	p := req.Parts[0]
	p.Text = ""
	if p.Markup && p.SSML {
		return nil, invalidPart(0, FieldText, "is marked both as inline markup and as SSML: choose one")
	}
	if p.PauseBefore < 0 || p.PauseBefore > MaxPauseMillis {
		return nil, invalidPart(0, FieldPauseBefore, "%d ms is out of range 0–%d", p.PauseBefore, MaxPauseMillis)
	}
	name := p.Voice
	if name == "" {
		name = e.catalog.Default().Name
	}
	ent, ok := e.entry(name)
	if !ok {
		return nil, notFoundPart(0, FieldVoice, "no voice named %q; available voices: %s", p.Voice, strings.Join(e.catalog.Names(), ", "))
	}
	st, ok := e.catalog.Style(p.Style)
	if !ok {
		return nil, notFoundPart(0, FieldStyle, "no style named %q; available styles: %s", p.Style, strings.Join(e.catalog.StyleNames(), ", "))
	}
	rate := req.SampleRate
	if rate == 0 {
		rate = ent.voice.SampleRate
	}
	req.Parts = []Part{p}
	ctx, cancel := context.WithCancelCause(ctx)
	s := &Stream{
		e: e, cancel: cancel, wait: e.streamWait,
		wake: make(chan struct{}, 1), room: make(chan struct{}, 1), done: make(chan struct{}),
		last: time.Now(), ssml: ssmlState{line: 1, col: 1}, onIdle: onIdle,
	}
	switch {
	case p.SSML:
		s.mode = streamSSML
	case p.Markup:
		s.mode = streamMarkup
	}
	part := resolved{Part: p, index: 0, entry: ent, style: st}
	go s.run(ctx, &req, rate, part, sink)
	return s, nil
}

// run is the stream's goroutine: one render fed by the planner as text becomes ready.
func (s *Stream) run(ctx context.Context, req *Request, rate int, part resolved, sink Sink) {
	defer close(s.done)
	r := s.e.newRender(req, rate, sink)
	r.eager = true
	spoken := false
	err := r.run(ctx, func(ctx context.Context, emit func(*group) error) error {
		return s.plan(ctx, r, part, emit, &spoken)
	})
	if err == nil {
		err = r.finishSegment()
	}
	if err == nil && !spoken {
		err = invalidPart(0, FieldText, "is empty: there is nothing to say")
		if !r.dropped.Empty() {
			err = invalidPart(0, FieldText, "has nothing the voices can say: they cannot read %s", r.dropped.String())
		}
	}
	if cause := context.Cause(ctx); cause != nil && err != nil && errors.Is(err, context.Canceled) {
		err = cause
	}
	s.sum = Summary{Samples: r.out.n, SampleRate: rate, Dropped: r.dropped}
	s.err = err
}

// plan takes the text as it becomes ready and plans it, one piece at a time.
func (s *Stream) plan(ctx context.Context, r *render, part resolved, emit func(*group) error, spoken *bool) error {
	pl := r.newPlanner(emit)
	begun := false
	for {
		pc, err := s.take(ctx)
		if err != nil {
			return err
		}
		if pc == nil {
			break
		}
		if strings.TrimSpace(pc.text) != "" {
			*spoken = true
		}
		switch s.mode {
		case streamSSML:
			runs, err := s.ssmlRuns(r.e, part, pc)
			if err != nil {
				return err
			}
			for i := range runs {
				if begun {
					if err := pl.end(); err != nil {
						return err
					}
				}
				pl.begin(&runs[i], !begun)
				begun = true
				if err := pl.feed(ctx, &runs[i], pc.cut); err != nil {
					return err
				}
			}
		default:
			q := part
			if s.mode == streamMarkup {
				spans, err := parseInline(pc.text)
				if err != nil {
					return streamTextError(pc.base, err)
				}
				q.Markup = true
				q.src = newMarkupSource(pc.text, spans)
			} else {
				q.src = newPlainSource(pc.text)
			}
			q.src.base = pc.base
			if !begun {
				pl.begin(&part, true)
				begun = true
			}
			if err := pl.feed(ctx, &q, pc.cut); err != nil {
				return err
			}
		}
		if err := pl.gr.flush(); err != nil {
			return err
		}
	}
	if !begun {
		return nil
	}
	return pl.end()
}

// piece is text the stream has taken to speak: text at offset base of the stream's text; cut
// says the wait policy cut it before its sentence's end.
type streamPiece struct {
	text  string
	base  int
	cut   bool
	first bool // the stream's first piece
	// SSML: text is a document whose first hdr bytes reopen the elements open at base, and
	// base is at line, col of the stream's text.
	hdr, line, col int
}

// cutAll returns where Flush or Close may cut the pending text txt: all of it, or for markup
// the last offset outside a tag (Close: all, and the parser reports what is left open).
func (s *Stream) cutAll(txt string) int {
	if s.closed {
		return len(txt)
	}
	switch s.mode {
	case streamSSML:
		return s.ssml.cut(txt, true)
	case streamMarkup:
		last := 0
		inlineDepth(txt, func(i int) { last = i })
		return last
	}
	return len(txt)
}

// cutComplete returns where txt may be cut after its complete sentences (0: nowhere).
func (s *Stream) cutComplete(txt string) int {
	switch s.mode {
	case streamSSML:
		return s.ssml.cut(txt, false)
	case streamMarkup:
		k := completePrefix(txt)
		ok := false
		if k > 0 {
			inlineDepth(txt, func(i int) { ok = ok || i == k })
		}
		if !ok {
			return 0
		}
		return k
	}
	return completePrefix(txt)
}

// cutClause returns where the wait policy cuts txt (see clauseCut), outside markup.
func (s *Stream) cutClause(txt string, any bool) int {
	k := clauseCut(txt, any)
	if k == 0 || s.mode == streamPlain {
		return k
	}
	best := 0
	if s.mode == streamSSML {
		s.ssml.scan(txt, func(i int, st []openTag) {
			if i <= k && !anyNoCut(st) {
				best = i
			}
		})
	} else {
		inlineDepth(txt, func(i int) {
			if i <= k {
				best = i
			}
		})
	}
	return best
}

func anyNoCut(st []openTag) bool {
	for _, t := range st {
		if noCut[t.name] {
			return true
		}
	}
	return false
}

// take waits for the next piece of text to speak. It returns nil at the end (closed, nothing
// left).
func (s *Stream) take(ctx context.Context) (*streamPiece, error) {
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		s.mu.Lock()
		pc, due, err := s.next(time.Now())
		closed := s.closed
		seen := s.base + len(s.in)
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
		if pc != nil {
			select { // Write may have room now
			case s.room <- struct{}{}:
			default:
			}
			return pc, nil
		}
		if closed {
			return nil, nil
		}
		if s.onIdle != nil {
			s.onIdle(seen)
		}
		var tick <-chan time.Time
		if !due.IsZero() {
			d := time.Until(due)
			if timer == nil {
				timer = time.NewTimer(d)
			} else {
				timer.Reset(d)
			}
			tick = timer.C
		}
		select {
		case <-s.wake:
		case <-tick:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// next cuts the next piece off s.in, if one is ready at time now; otherwise due is when the wait
// policy may make one ready (zero: only more text, Flush or Close can). s.mu is held.
func (s *Stream) next(now time.Time) (pc *streamPiece, due time.Time, err error) {
	// Whole characters only: a sequence cut by a piece boundary waits for its end.
	n := len(s.in)
	if !s.closed {
		n = completeUTF8(s.in)
	}
	if !utf8.Valid(s.in[:n]) {
		return nil, time.Time{}, invalidPart(0, FieldText, "is not valid UTF-8 (first bad byte at offset %d of the stream's text)", s.base+firstInvalid(string(s.in[:n])))
	}
	txt := string(s.in[:n])
	if n == 0 {
		return nil, time.Time{}, nil
	}
	var cut int
	forced := false
	switch {
	case s.closed || s.flushTo >= s.base+n:
		cut = s.cutAll(txt)
	default:
		cut = s.cutComplete(txt)
		if cut == 0 && s.flushTo > s.base {
			cut = s.cutAll(txt[:s.flushTo-s.base])
		}
		if cut == 0 {
			if len(txt) >= StreamClauseBytes {
				cut, forced = s.cutClause(txt, true), true
			} else if s.wait > 0 {
				// Idle for the wait, or pending for StreamMaxWaits waits however the text
				// trickles in.
				at := s.last.Add(s.wait)
				if hard := s.since.Add(StreamMaxWaits * s.wait); hard.Before(at) {
					at = hard
				}
				if !now.Before(at) {
					cut, forced = s.cutClause(txt, false), true
				} else if s.cutClause(txt, false) > 0 {
					due = at
				}
			}
		}
	}
	if cut == 0 {
		return nil, due, nil
	}
	pc = &streamPiece{text: txt[:cut], base: s.base, cut: forced, first: s.base == 0}
	if s.mode == streamSSML {
		doc, hdr, stack := s.ssml.wrap(txt[:cut])
		pc.text, pc.hdr, pc.line, pc.col = doc, hdr, s.ssml.line, s.ssml.col
		s.ssml.advance(txt[:cut], stack)
	}
	s.in = append(s.in[:0], s.in[cut:]...)
	s.base += cut
	s.since = now // what is left arrived by now
	return pc, time.Time{}, nil
}

// completeUTF8 is the length of b without an incomplete UTF-8 sequence at its end.
func completeUTF8(b []byte) int {
	for k := 1; k <= utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < utf8.RuneSelf {
			return len(b)
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return len(b) - k
			}
			return len(b)
		}
	}
	return len(b)
}

// Write appends text to the stream. It blocks while StreamMaxPending bytes wait to be spoken,
// and returns the stream's error once synthesis has failed (or ErrStreamClosed after Close).
func (s *Stream) Write(text string) error {
	for len(text) > 0 {
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return ErrStreamClosed
		}
		select {
		case <-s.done:
			s.mu.Unlock()
			return s.failure()
		default:
		}
		room := StreamMaxPending - len(s.in)
		if room <= 0 {
			s.mu.Unlock()
			select {
			case <-s.room:
			case <-s.done:
			}
			continue
		}
		k := min(room, len(text))
		s.in = append(s.in, text[:k]...)
		text = text[k:]
		s.last = time.Now()
		if len(s.in) == k {
			s.since = s.last // the oldest pending text arrived now
		}
		s.mu.Unlock()
		s.poke()
	}
	return nil
}

// failure is the error that ended the stream's goroutine (done is closed).
func (s *Stream) failure() error {
	if s.err != nil {
		return s.err
	}
	return ErrStreamClosed
}

func (s *Stream) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Flush speaks everything written so far now, even an unfinished sentence (or SSML whose open
// elements are closed for it). It does not wait for the audio.
func (s *Stream) Flush() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrStreamClosed
	}
	select {
	case <-s.done:
		s.mu.Unlock()
		return s.failure()
	default:
	}
	s.flushTo = s.base + len(s.in)
	s.mu.Unlock()
	s.poke()
	return nil
}

// Close says the text is complete: the rest is spoken, then Close returns the totals, with the
// stream's error if it failed (after Cancel, one that wraps ErrStreamCanceled and
// context.Canceled). The totals always count what the sink was given, so after Cancel they say
// where the audio stopped.
func (s *Stream) Close() (Summary, error) {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.poke()
	<-s.done
	return s.sum, s.err
}

// Cancel stops the stream at once (barge-in): it returns when the stream's goroutine has ended,
// so no sink call follows it (a sink call in progress is waited for: a sink that blocks should
// watch the context it was given). Close then returns the cancellation error.
func (s *Stream) Cancel() {
	s.cancel(fmt.Errorf("%w: %w", ErrStreamCanceled, context.Canceled))
	<-s.done
}

// Done is closed when the stream has ended: closed and spoken, cancelled, or failed.
func (s *Stream) Done() <-chan struct{} { return s.done }

// streamTextError turns an error in a piece at offset base of the stream's text into the
// stream's error.
func streamTextError(base int, err error) error {
	return invalidPart(0, FieldText, "at byte %d of the stream's text: %v", base, err)
}
