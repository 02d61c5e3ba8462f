package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"

	"github.com/chorus-tts/chorus/encode"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// Limits of a StreamingSynthesize call's text.
const (
	// MaxStreamPieceBytes bounds the text of one StreamingSynthesizeRequest.
	MaxStreamPieceBytes = 64 << 10
	// MaxStreamTextBytes bounds the text of one stream, all pieces together: the limit of one
	// Synthesize request.
	MaxStreamTextBytes = synth.MaxTextBytes
)

// textStream is a streaming synthesis as the server drives it (*synth.Stream): text is written
// in pieces by one goroutine; Cancel may come from another (a StreamStop read while Write waits).
type textStream interface {
	Write(text string) error
	Flush() error
	Close() (synth.Summary, error)
	Cancel()
}

// errIdle ends a stream whose client sent nothing and that spoke nothing for the stall timeout.
var errIdle = errors.New("the stream was idle")

func idleMessage(d time.Duration) string {
	return fmt.Sprintf("the stream was idle: the client sent no text for %v while nothing was left to speak (the server's --stall-timeout): send text, or close the stream when the text is complete", d)
}

// streamJob is a converted StreamingSynthesisConfig.
type streamJob struct {
	job
}

// wireField names field f of the stream's engine request as the client wrote it: the config's
// fields, and "text" for the text of all pieces.
func (j *streamJob) wireField(_ int, f synth.Field) string {
	switch f {
	case synth.FieldSampleRate:
		return "config.audio.sample_rate_hertz"
	case synth.FieldRate:
		return "config.audio.speaking_rate"
	case synth.FieldPitch:
		return "config.audio.pitch"
	case synth.FieldGain:
		return "config.audio.volume_gain_db"
	case synth.FieldLexicon:
		return "config.pronunciations"
	case synth.FieldVoice:
		return "config.voice.name"
	case synth.FieldStyle:
		return "config.voice.style"
	case synth.FieldSpeaker:
		return "config.speaker"
	}
	return "text"
}

// convertStreamConfig validates the wire-only parts of a stream's config and translates it to
// an engine request whose one part carries no text yet.
func convertStreamConfig(cfg *chorusv1.StreamingSynthesisConfig) (*streamJob, error) {
	j := &streamJob{}
	ac := cfg.GetAudio()
	if f, ok := fileFormatFromProto(ac.GetEncoding()); ok {
		if !encode.Available(f) {
			return nil, prefixed("config.", unavailableFormat(ac.GetEncoding()))
		}
		j.file = f
	} else {
		enc, err := encodingFromProto(ac.GetEncoding())
		if err != nil {
			return nil, prefixed("config.", err)
		}
		j.encoding = enc
	}
	switch ms := ac.GetChunkDurationMs(); {
	case ms == 0:
		j.chunkMillis = DefaultChunkMillis
	case ms < MinChunkMillis || ms > MaxChunkMillis:
		return nil, invalid("config.audio.chunk_duration_ms", "%d ms is out of range: use 0 (default %d ms) or %d–%d", ms, DefaultChunkMillis, MinChunkMillis, MaxChunkMillis)
	default:
		j.chunkMillis = int(ms)
	}
	lex, err := convertPronunciations("config.pronunciations", cfg.GetPronunciations())
	if err != nil {
		return nil, err
	}
	part := synth.Part{Voice: cfg.GetVoice().GetName(), Style: cfg.GetVoice().GetStyle(), Speaker: cfg.GetSpeaker()}
	switch cfg.GetTextFormat() {
	case chorusv1.TextFormat_TEXT_FORMAT_UNSPECIFIED, chorusv1.TextFormat_TEXT_FORMAT_PLAIN:
	case chorusv1.TextFormat_TEXT_FORMAT_MARKUP:
		part.Markup = true
	case chorusv1.TextFormat_TEXT_FORMAT_SSML:
		setSSML(&part)
	default:
		return nil, invalid("config.text_format", "unknown text format %d: use PLAIN, MARKUP or SSML", int32(cfg.GetTextFormat()))
	}
	j.req = synth.Request{
		Parts:          []synth.Part{part},
		SampleRate:     int(ac.GetSampleRateHertz()),
		Rate:           ac.GetSpeakingRate(),
		PitchSemitones: ac.GetPitch(),
		GainDB:         ac.GetVolumeGainDb(),
		WordTimings:    cfg.GetEnableWordTimings(),
		Lexicon:        lex,
	}
	setEvents(&j.req, cfg.GetEnableMarks(), cfg.GetEnablePhonemes(), cfg.GetEnableVisemes())
	return j, nil
}

// prefixed puts prefix before the field a fieldError names.
func prefixed(prefix string, err error) error {
	var fe *fieldError
	if errors.As(err, &fe) {
		return &fieldError{field: prefix + fe.field, reason: fe.reason, kind: fe.kind}
	}
	return err
}

// streamIn is what the receiving goroutine of a stream hands the writing one: text not yet
// written to the engine (bounded by MaxStreamTextBytes in all, since no stream may send more),
// and flushes in order among it.
type streamIn struct {
	mu      sync.Mutex
	pending []streamItem
	ready   chan struct{} // signalled (capacity 1) when pending grows or the input ends
	end     error         // io.EOF once the client half-closed; another error if reading failed
	ended   bool
	last    time.Time // when the client's last message arrived
}

type streamItem struct {
	text  string
	flush bool
}

func (in *streamIn) push(it streamItem) {
	in.mu.Lock()
	in.pending = append(in.pending, it)
	in.last = time.Now()
	in.mu.Unlock()
	in.signal()
}

func (in *streamIn) finish(err error) {
	in.mu.Lock()
	in.end, in.ended = err, true
	in.mu.Unlock()
	in.signal()
}

func (in *streamIn) signal() {
	select {
	case in.ready <- struct{}{}:
	default:
	}
}

// take returns what is pending, and whether the input has ended (and how).
func (in *streamIn) take() (items []streamItem, ended bool, end error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	items = in.pending
	in.pending = nil
	return items, in.ended, in.end
}

// lastMessage is when the client's last message arrived.
func (in *streamIn) lastMessage() time.Time {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.last
}

// StreamingSynthesize speaks text that arrives in pieces; see the proto and docs/streaming.md.
func (s *Server) StreamingSynthesize(stream grpc.BidiStreamingServer[chorusv1.StreamingSynthesizeRequest, chorusv1.SynthesizeResponse]) (err error) {
	ctx := stream.Context()
	c := callFrom(ctx)
	defer func() { err = s.status(ctx, c, err) }()

	first, err := stream.Recv()
	if err == io.EOF {
		return invalid("config", "the stream ended before its first message: send a StreamingSynthesisConfig first")
	}
	if err != nil {
		return err
	}
	cfg := first.GetConfig()
	if cfg == nil {
		return invalid("config", "the first message must carry the config (a StreamingSynthesisConfig), not %s", requestKind(first))
	}
	j, err := convertStreamConfig(cfg)
	if err != nil {
		return err
	}
	j.req.MaxAudio = s.opts.MaxAudio
	c.describe(j.req, s.engine.Catalog())
	rate, err := s.engine.Validate(probeRequest(j.req))
	if err != nil {
		return onWire(err, j.wireField)
	}
	sink, done, err := s.start(ctx, c, &j.job, rate, stream)
	if err != nil {
		return err
	}
	defer done()

	// The engine's work ends with the call, or earlier with a StreamStop. With a file encoding
	// the chunks of the whole stream make one file, finished after the last sentence (a Flush
	// speaks what is buffered but does not end the file); a stopped stream's file ends where
	// its audio did, unfinished.
	sctx, scancel := context.WithCancelCause(ctx)
	defer scancel(nil)
	var firstText time.Time // written by the receiver before it signals the first text
	var firstMu sync.Mutex
	sink.since = func() time.Time {
		firstMu.Lock()
		defer firstMu.Unlock()
		return firstText
	}
	began := time.Now()
	st, err := s.openStream(sctx, j.req, sink)
	if err != nil {
		return onWire(err, j.wireField)
	}

	// The receiver reads every message as it comes, so that a StreamStop is seen at once even
	// while the writer below waits on the engine (back-pressure). What it keeps is bounded:
	// the text of a stream is at most MaxStreamTextBytes.
	in := &streamIn{ready: make(chan struct{}, 1), last: time.Now()}
	var stopped sync.Once
	stop := func() {
		stopped.Do(func() {
			sink.stopped.Store(true)
			scancel(errStopped)
		})
	}
	// A bad message ends the stream at once, even while the writer waits on the engine.
	refuse := func(err error) {
		in.finish(err)
		scancel(err)
	}
	go func() {
		total := 0
		for {
			m, err := stream.Recv()
			if err != nil {
				in.finish(err)
				return
			}
			switch r := m.GetRequest().(type) {
			case *chorusv1.StreamingSynthesizeRequest_Text:
				if n := len(r.Text); n > MaxStreamPieceBytes {
					refuse(invalid("text", "a piece of %d bytes; at most %d per message: send the text in smaller pieces", n, MaxStreamPieceBytes))
					return
				}
				total += len(r.Text)
				if total > MaxStreamTextBytes {
					refuse(invalid("text", "%d bytes of text so far; the limit is %d bytes per stream — start a new stream for the rest", total, MaxStreamTextBytes))
					return
				}
				firstMu.Lock()
				if firstText.IsZero() {
					firstText = time.Now()
				}
				firstMu.Unlock()
				in.push(streamItem{text: r.Text})
			case *chorusv1.StreamingSynthesizeRequest_Flush:
				in.push(streamItem{flush: true})
			case *chorusv1.StreamingSynthesizeRequest_Stop:
				stop()
				in.finish(errStopped)
				return
			case *chorusv1.StreamingSynthesizeRequest_Config:
				refuse(invalid("config", "only the first message may carry the config: this stream already has one"))
				return
			default:
				refuse(invalid("request", "an empty message: set text, flush or stop"))
				return
			}
		}
	}()
	// The receiver ends with the call: Recv returns once the handler has returned.
	sum, err := s.feed(ctx, st, in, func() time.Time {
		t := in.lastMessage()
		if sent := sink.lastSent(); sent.After(t) {
			return sent
		}
		return t
	})
	c.mu.Lock()
	c.synthesis = time.Since(began) - sink.blocked
	c.samples = sink.pos
	c.mu.Unlock()
	if sink.stopped.Load() {
		// Barge-in: whatever the engine was doing was cut short on purpose. The chunk in flight,
		// if any, has been sent; nothing after it.
		return stream.Send(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Summary{Summary: &chorusv1.Summary{
			TotalSamples: sink.pos, DurationSeconds: float64(sink.pos) / float64(rate), Stopped: true,
		}}})
	}
	if le := (*synth.AudioLimitError)(nil); errors.As(err, &le) {
		return invalid("text", "the audio would last longer than %s, the most this server produces for one request (--max-audio): split the text into shorter streams", synth.FormatDuration(le.Limit))
	}
	if errors.Is(err, errIdle) {
		return &refusal{code: codes.DeadlineExceeded, reason: reasonIdle, msg: idleMessage(s.opts.StallTimeout)}
	}
	if err != nil {
		return onWire(err, j.wireField)
	}
	if err := sink.Flush(); err != nil {
		return err
	}
	if err := sink.finishFile(); err != nil {
		return err
	}
	c.mu.Lock()
	c.samples = sink.pos
	c.mu.Unlock()
	return stream.Send(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Summary{Summary: &chorusv1.Summary{
		TotalSamples: sum.Samples, DurationSeconds: sum.Seconds(), Dropped: DroppedToProto(sum.Dropped),
	}}})
}

// feed writes what the receiver hands over into the engine's stream until the text is complete
// (Close), the client stops or fails, or the stream idles past the stall timeout.
// activity tells when the stream last did something: a message from the client, or audio sent.
func (s *Server) feed(ctx context.Context, st textStream, in *streamIn, activity func() time.Time) (synth.Summary, error) {
	var idle *time.Timer
	var idleC <-chan time.Time
	if s.opts.StallTimeout > 0 {
		idle = time.NewTimer(s.opts.StallTimeout)
		defer idle.Stop()
		idleC = idle.C
	}
	fail := func(err error) (synth.Summary, error) {
		st.Cancel()
		_, _ = st.Close() // its error is the cancellation's; err says why
		// A bad message the receiver refused is why the engine stopped, if it did.
		if _, ended, end := in.take(); ended && end != io.EOF && end != nil {
			return synth.Summary{}, end
		}
		return synth.Summary{}, err
	}
	for {
		select {
		case <-in.ready:
		case <-idleC:
			if wait := s.opts.StallTimeout - time.Since(activity()); wait > 0 {
				idle.Reset(wait)
				continue
			}
			return fail(errIdle)
		case <-ctx.Done():
			return fail(context.Cause(ctx))
		}
		items, ended, end := in.take()
		for _, it := range items {
			var err error
			if it.flush {
				err = st.Flush()
			} else {
				err = st.Write(it.text)
			}
			if err != nil {
				return fail(err)
			}
		}
		if !ended {
			if idle != nil {
				idle.Reset(s.opts.StallTimeout)
			}
			continue
		}
		if end != io.EOF {
			return fail(end)
		}
		return st.Close()
	}
}

// requestKind names what a StreamingSynthesizeRequest carries, for messages.
func requestKind(m *chorusv1.StreamingSynthesizeRequest) string {
	switch m.GetRequest().(type) {
	case *chorusv1.StreamingSynthesizeRequest_Text:
		return "text"
	case *chorusv1.StreamingSynthesizeRequest_Flush:
		return "a flush"
	case *chorusv1.StreamingSynthesizeRequest_Stop:
		return "a stop"
	}
	return "an empty message"
}

// openStream starts a streaming synthesis on the engine.
func (s *Server) openStream(ctx context.Context, req synth.Request, sink synth.Sink) (textStream, error) {
	return s.engine.NewStream(ctx, req, sink)
}

// probeRequest is req, whose part has no text yet, with a one-letter text: what Validate checks
// of a stream's config before any text comes.
func probeRequest(req synth.Request) synth.Request {
	parts := append([]synth.Part(nil), req.Parts...)
	for i := range parts {
		parts[i].Text = "a"
	}
	req.Parts = parts
	return req
}
