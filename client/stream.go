package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode/utf8"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// Streamer speaks text that arrives in pieces, such as a language model's reply token by token,
// in-process (Local) or over gRPC (*Client), with the same samples.
type Streamer interface {
	// NewStream starts speaking with req's settings. req.Parts holds exactly one part, whose
	// Text is ignored: it gives the voice, style, speaker and how the text is read (Markup or
	// SSML). Audio, word timings and events go to sink (from a goroutine of the stream's own)
	// as each sentence is complete; a FormatSink is told the output rate first, before
	// NewStream returns. The stream ends with ctx, with Close, or with Stop.
	NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*Stream, error)
}

// MaxStreamPieceBytes is the most text one message of a remote stream carries; Write cuts longer
// text into pieces of at most this size, at character boundaries.
const MaxStreamPieceBytes = 64 << 10

// Stream is a streaming synthesis in progress: an io.Writer of text (UTF-8, cut anywhere, even
// inside a character: a partial character is held back until the rest arrives). Write, Flush,
// Close and Stop are for one goroutine. After Close or Stop the sink is called no more.
type Stream struct {
	b       streamBackend
	partial []byte // the start of a character the next Write completes
	closed  bool
}

// streamBackend is a stream's engine, local or remote.
type streamBackend interface {
	write(text string) error
	flush() error
	close() (synth.Summary, error)
	stop() (synth.Summary, error)
}

var errStreamClosed = errors.New("client: the stream is closed")

// Write appends p to the text. Complete sentences are spoken as soon as they are complete. It
// blocks while the engine has as much text waiting as it buffers (back-pressure).
func (s *Stream) Write(p []byte) (int, error) {
	if s.closed {
		return 0, errStreamClosed
	}
	buf := append(s.partial, p...)
	// Hold back a character cut at the end of p.
	end := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if !utf8.RuneStart(buf[i]) {
			continue
		}
		if !utf8.FullRune(buf[i:]) {
			end = i
		}
		break
	}
	text := buf[:end]
	if !utf8.Valid(text) {
		return 0, &synth.FieldError{Part: 0, Field: synth.FieldText, Reason: fmt.Sprintf("is not valid UTF-8 (first bad byte at offset %d of this piece)", firstBad(text)), Kind: synth.ErrInvalidArgument}
	}
	s.partial = append([]byte(nil), buf[end:]...)
	if len(text) > 0 {
		if err := s.b.write(string(text)); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// WriteString is Write for a string.
func (s *Stream) WriteString(text string) (int, error) { return s.Write([]byte(text)) }

// Flush speaks everything written so far now, even an unfinished sentence.
func (s *Stream) Flush() error {
	if s.closed {
		return errStreamClosed
	}
	return s.b.flush()
}

// Close says the text is complete: the rest is spoken, and Close returns the totals once the
// last audio has reached the sink. A character left incomplete at the end is an error.
func (s *Stream) Close() (synth.Summary, error) {
	if s.closed {
		return synth.Summary{}, errStreamClosed
	}
	s.closed = true
	if len(s.partial) > 0 {
		_, _ = s.b.stop() // the error below says why the stream ended
		return synth.Summary{}, &synth.FieldError{Part: 0, Field: synth.FieldText, Reason: "ends inside a character: not valid UTF-8", Kind: synth.ErrInvalidArgument}
	}
	return s.b.close()
}

// Stop ends the stream at once (barge-in): no audio reaches the sink after the chunk being
// delivered. It returns the totals of what was delivered.
func (s *Stream) Stop() (synth.Summary, error) {
	if s.closed {
		return synth.Summary{}, errStreamClosed
	}
	s.closed = true
	return s.b.stop()
}

func firstBad(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// streamPart checks that req is fit for a stream: one part.
func streamPart(req synth.Request) (synth.Part, error) {
	if len(req.Parts) != 1 {
		return synth.Part{}, &synth.FieldError{Part: -1, Field: synth.FieldParts, Reason: fmt.Sprintf("a stream has one part (its voice and how its text is read), not %d", len(req.Parts)), Kind: synth.ErrInvalidArgument}
	}
	return req.Parts[0], nil
}

// NewStream implements Streamer over StreamingSynthesize with PCM16 audio.
func (c *Client) NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*Stream, error) {
	p, err := streamPart(req)
	if err != nil {
		return nil, err
	}
	probe := req
	probe.Parts = []synth.Part{p}
	probe.Parts[0].Text = ""
	if err := checkUTF8(probe); err != nil {
		return nil, err
	}
	cfg := StreamConfigToProto(req)
	cfg.Audio.ChunkDurationMs = int32(c.ChunkMillis)
	ctx, cancel := context.WithCancel(ctx)
	rpc, err := c.api.StreamingSynthesize(ctx)
	if err != nil {
		cancel()
		return nil, fromStreamStatus(err)
	}
	if err := rpc.Send(&chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Config{Config: cfg}}); err != nil && err != io.EOF {
		cancel()
		return nil, fromStreamStatus(err)
	}
	r := &remoteStream{rpc: rpc, cancel: cancel, done: make(chan struct{}), started: make(chan struct{})}
	speakers := map[string]string{p.Speaker: p.Speaker}
	go func() {
		defer close(r.done)
		r.sum, r.err = receive(rpc.Recv, sink, speakers, r.started)
		if r.err != nil {
			r.err = fromStreamStatus(r.err)
		}
	}()
	// The format (or an error about the config) comes first: wait for it, so that a bad config
	// is reported here and a FormatSink is started before NewStream returns.
	select {
	case <-r.started:
	case <-r.done:
		cancel()
		return nil, r.err
	}
	return &Stream{b: r}, nil
}

// remoteStream is a stream over gRPC: the caller's goroutine sends, one of its own receives.
type remoteStream struct {
	rpc interface {
		Send(*chorusv1.StreamingSynthesizeRequest) error
		CloseSend() error
	}
	cancel  context.CancelFunc
	started chan struct{} // closed once the format has arrived
	done    chan struct{} // closed once the receiver has ended; then sum and err are set
	sum     synth.Summary
	err     error
}

// send sends m; if the server has ended the call, the reason is the receiver's error.
func (r *remoteStream) send(m *chorusv1.StreamingSynthesizeRequest) error {
	if err := r.rpc.Send(m); err != nil {
		<-r.done
		r.cancel()
		if r.err != nil {
			return r.err
		}
		return fromStreamStatus(err)
	}
	return nil
}

func (r *remoteStream) write(text string) error {
	for len(text) > 0 {
		n := min(len(text), MaxStreamPieceBytes)
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n--
		}
		if err := r.send(&chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Text{Text: text[:n]}}); err != nil {
			return err
		}
		text = text[n:]
	}
	return nil
}

func (r *remoteStream) flush() error {
	return r.send(&chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Flush{Flush: &chorusv1.StreamFlush{}}})
}

func (r *remoteStream) close() (synth.Summary, error) {
	defer r.cancel()
	if err := r.rpc.CloseSend(); err != nil {
		return synth.Summary{}, fromStreamStatus(err)
	}
	<-r.done
	return r.sum, r.err
}

func (r *remoteStream) stop() (synth.Summary, error) {
	defer r.cancel()
	err := r.send(&chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Stop{Stop: &chorusv1.StreamStop{}}})
	if err != nil {
		return synth.Summary{}, err
	}
	if err := r.rpc.CloseSend(); err != nil {
		return synth.Summary{}, fromStreamStatus(err)
	}
	<-r.done
	return r.sum, r.err
}

// fromStreamStatus is fromStatus for a stream, whose fields are the config's: they have no
// engine counterpart the client could name, so the message says it all.
func fromStreamStatus(err error) error { return fromStatus(err, nil) }

// NewStream implements Streamer on the engine.
func (l Local) NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*Stream, error) {
	if _, err := streamPart(req); err != nil {
		return nil, err
	}
	probe := req
	probe.Parts = []synth.Part{req.Parts[0]}
	probe.Parts[0].Text = "a" // what Validate checks of a config: everything but the text
	rate, err := l.Engine.Validate(probe)
	if err != nil {
		return nil, err
	}
	if fs, ok := sink.(FormatSink); ok {
		if err := fs.Start(rate); err != nil {
			return nil, err
		}
	}
	cs := &countingSink{Sink: sink}
	st, err := l.Engine.NewStream(ctx, req, cs)
	if err != nil {
		return nil, err
	}
	return &Stream{b: &localStream{st: st, counted: cs, rate: rate}}, nil
}

// countingSink counts the samples that pass through it.
type countingSink struct {
	synth.Sink
	mu      sync.Mutex
	samples int64
}

func (c *countingSink) Audio(p []float32) error {
	err := c.Sink.Audio(p)
	if err == nil {
		c.mu.Lock()
		c.samples += int64(len(p))
		c.mu.Unlock()
	}
	return err
}

// Event passes events on to a sink that takes them.
func (c *countingSink) Event(e synth.Event) error {
	if es, ok := c.Sink.(synth.EventSink); ok {
		return es.Event(e)
	}
	return nil
}

func (c *countingSink) total() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.samples
}

type localStream struct {
	st      *synth.Stream
	counted *countingSink
	rate    int
}

func (l *localStream) write(text string) error { return l.st.Write(text) }
func (l *localStream) flush() error            { return l.st.Flush() }
func (l *localStream) close() (synth.Summary, error) {
	return l.st.Close()
}

func (l *localStream) stop() (synth.Summary, error) {
	l.st.Cancel()
	_, _ = l.st.Close() // the cancellation's error: stopping was asked for
	return synth.Summary{Samples: l.counted.total(), SampleRate: l.rate}, nil
}

// StreamConfigToProto translates the settings of a stream's request (everything but the text:
// see Streamer) to the wire. Markup and SSML parts give the matching text format.
func StreamConfigToProto(r synth.Request) *chorusv1.StreamingSynthesisConfig {
	cfg := &chorusv1.StreamingSynthesisConfig{
		Audio:             audioToProto(r),
		EnableWordTimings: r.WordTimings,
		EnableMarks:       r.Events&synth.EventMarks != 0,
		EnablePhonemes:    r.Events&synth.EventPhonemes != 0,
		EnableVisemes:     r.Events&synth.EventVisemes != 0,
		Pronunciations:    lexiconToProto(r.Lexicon),
	}
	if len(r.Parts) > 0 {
		p := r.Parts[0]
		if p.Voice != "" || p.Style != "" {
			cfg.Voice = &chorusv1.VoiceSelection{Name: p.Voice, Style: p.Style}
		}
		cfg.Speaker = p.Speaker
		switch {
		case p.SSML:
			cfg.TextFormat = chorusv1.TextFormat_TEXT_FORMAT_SSML
		case p.Markup:
			cfg.TextFormat = chorusv1.TextFormat_TEXT_FORMAT_MARKUP
		}
	}
	return cfg
}
