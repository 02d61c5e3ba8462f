// Package server is Chorus's thin gRPC adapter: it validates requests, translates them to the
// engine's types, streams the engine's output and maps errors to status codes.
package server

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"runtime"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// Engine is what the server needs from the speech engine; *synth.Engine implements it.
type Engine interface {
	Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error)
	// NewStream starts a synthesis whose text arrives in pieces (StreamingSynthesize).
	NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*synth.Stream, error)
	Validate(req synth.Request) (int, error)
	Analyze(ctx context.Context, s string, lexicon map[string]phone.Pron) ([]synth.Analysis, error)
	// AnalyzePart runs the front end over one part as Synthesize reads it (an SSML document).
	AnalyzePart(ctx context.Context, p synth.Part, lexicon map[string]phone.Pron) ([]synth.Analysis, error)
	Catalog() *voices.Catalog
}

// Options tunes a Server. Zero values take the defaults given with each field.
type Options struct {
	// MaxConcurrent bounds the Synthesize and AnalyzeText calls doing their work at once: the
	// synthesis slots (default: 2 × CPUs).
	MaxConcurrent int
	// MaxQueue bounds the requests waiting for a slot; more are refused at once with
	// RESOURCE_EXHAUSTED and retry advice (default: 4 × MaxConcurrent; negative: no queue).
	MaxQueue int
	// QueueWait bounds a request's wait in the queue (default 5 s).
	QueueWait time.Duration
	// TokenConcurrency bounds the requests of one client (a token's name; without tokens, a peer
	// address) running or queued at once (default 0: no bound beyond the slots).
	TokenConcurrency int
	// TokenRate bounds the requests one client may start per second, with bursts of TokenBurst
	// (default 0: no bound; the burst defaults to the rate rounded up).
	TokenRate  float64
	TokenBurst int
	// StallTimeout is how long a response may wait for a client that stopped reading before the
	// call is cancelled and its slot freed (default 30 s; negative: never).
	StallTimeout time.Duration
	// MaxRequestDuration bounds every chorus.v1 call, however its client set its deadline
	// (default 1 h; negative: no bound).
	MaxRequestDuration time.Duration
	// MaxAudio bounds the audio of one Synthesize call (default DefaultMaxAudio; negative: no
	// bound). It is enforced as the audio is produced: a request whose audio would run past it
	// gets INVALID_ARGUMENT, naming the limit, in place of the phrase that would cross it.
	MaxAudio time.Duration
	// Auth, if set, checks bearer tokens: every call but health checks needs one.
	Auth Authenticator
	// DisableReflection leaves the server reflection service out.
	DisableReflection bool
	// LogText lets rejection logs quote what requests said; without it they do not.
	LogText bool
	// Metrics, if set, receives the server's metrics.
	Metrics *Metrics

	// Transport limits.
	MaxRecvBytes int // a request message (default 1 MiB: 256 KiB of text plus pronunciations)
	MaxSendBytes int // a response message (default 4 MiB); AnalyzeText answers stay below it
	// HandshakeTimeout bounds a new connection's TLS and HTTP/2 handshake (default 10 s).
	HandshakeTimeout time.Duration
	// MaxConnectionIdle closes a connection with no call for this long, one that never made a
	// call included (default 2 min).
	MaxConnectionIdle time.Duration
	// MaxConnectionAge asks clients to reconnect after this long (default 30 min); calls still
	// running then get MaxRequestDuration more before the connection is closed.
	MaxConnectionAge time.Duration
}

// Defaults of Options.
const (
	DefaultQueueWait          = 5 * time.Second
	DefaultStallTimeout       = 30 * time.Second
	DefaultMaxRequestDuration = time.Hour
	DefaultMaxAudio           = 4 * time.Hour // about what 256 KiB of text lasts at the normal rate
	DefaultMaxRecvBytes       = 1 << 20
	DefaultMaxSendBytes       = 4 << 20
	DefaultHandshakeTimeout   = 10 * time.Second
	DefaultMaxConnectionIdle  = 2 * time.Minute
	DefaultMaxConnectionAge   = 30 * time.Minute
	maxConcurrentStreams      = 256 // per connection
)

func (o Options) withDefaults() Options {
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 2 * runtime.NumCPU()
	}
	switch {
	case o.MaxQueue == 0:
		o.MaxQueue = 4 * o.MaxConcurrent
	case o.MaxQueue < 0:
		o.MaxQueue = 0
	}
	if o.QueueWait <= 0 {
		o.QueueWait = DefaultQueueWait
	}
	switch {
	case o.StallTimeout == 0:
		o.StallTimeout = DefaultStallTimeout
	case o.StallTimeout < 0:
		o.StallTimeout = 0
	}
	switch {
	case o.MaxAudio == 0:
		o.MaxAudio = DefaultMaxAudio
	case o.MaxAudio < 0:
		o.MaxAudio = 0
	}
	switch {
	case o.MaxRequestDuration == 0:
		o.MaxRequestDuration = DefaultMaxRequestDuration
	case o.MaxRequestDuration < 0:
		o.MaxRequestDuration = 0
	}
	if o.MaxRecvBytes <= 0 {
		o.MaxRecvBytes = DefaultMaxRecvBytes
	}
	if o.MaxSendBytes <= 0 {
		o.MaxSendBytes = DefaultMaxSendBytes
	}
	if o.HandshakeTimeout <= 0 {
		o.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if o.MaxConnectionIdle <= 0 {
		o.MaxConnectionIdle = DefaultMaxConnectionIdle
	}
	if o.MaxConnectionAge <= 0 {
		o.MaxConnectionAge = DefaultMaxConnectionAge
	}
	return o
}

// Server implements chorus.v1.Chorus over an Engine.
type Server struct {
	chorusv1.UnimplementedChorusServer
	engine    Engine
	log       *slog.Logger
	opts      Options
	metrics   *Metrics
	admission *admission
	codec     *requestCodec
	// Set by NewGRPCServer, before serving.
	health  *health.Server
	methods map[string]bool
}

// New returns a Server over engine, logging to log (nil: discard).
func New(engine Engine, log *slog.Logger, opts Options) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{engine: engine, log: log, opts: opts.withDefaults(), metrics: opts.Metrics, codec: newRequestCodec()}
	s.admission = newAdmission(&s.opts, s.metrics, s.saturated)
	return s
}

// saturated reports on the health service whether the server can take new work: the
// chorus.v1.Chorus service is NOT_SERVING while every slot is busy and the queue is full, or
// while requests time out in the queue with no slot freed since. The overall status ("") says
// only whether the process serves at all.
func (s *Server) saturated(sat bool) {
	if s.health == nil {
		return
	}
	st := healthpb.HealthCheckResponse_SERVING
	if sat {
		st = healthpb.HealthCheckResponse_NOT_SERVING
		s.log.Warn("saturated: new requests are refused until a synthesis slot frees", "slots", s.opts.MaxConcurrent, "queue", s.opts.MaxQueue)
	} else {
		s.log.Info("accepting requests again")
	}
	s.health.SetServingStatus(chorusService, st)
}

// NewGRPCServer returns a grpc.Server serving s, the standard health service (SERVING) and,
// unless disabled, server reflection; with s's limits, interceptors, codec and stats handler.
// extra adds options (credentials, for one). The returned health server lets the caller flip
// the status on shutdown.
func NewGRPCServer(s *Server, extra ...grpc.ServerOption) (*grpc.Server, *health.Server) {
	o := &s.opts
	opts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(o.MaxRecvBytes),
		grpc.MaxSendMsgSize(o.MaxSendBytes),
		grpc.MaxConcurrentStreams(maxConcurrentStreams),
		grpc.ConnectionTimeout(o.HandshakeTimeout),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: 10 * time.Second, PermitWithoutStream: true}),
		grpc.KeepaliveParams(keepalive.ServerParameters{
			MaxConnectionIdle:     o.MaxConnectionIdle,
			MaxConnectionAge:      o.MaxConnectionAge,
			MaxConnectionAgeGrace: max(o.MaxRequestDuration, time.Minute),
			// Ping a quiet client after a minute; drop it if it does not answer in 20 s.
			Time:    time.Minute,
			Timeout: 20 * time.Second,
		}),
		grpc.ForceServerCodecV2(s.codec),
		grpc.InTapHandle(s.tap),
		grpc.StatsHandler(statsHandler{s}),
		grpc.ChainUnaryInterceptor(s.unary),
		grpc.ChainStreamInterceptor(s.stream),
	}
	g := grpc.NewServer(append(opts, extra...)...)
	chorusv1.RegisterChorusServer(g, s)
	h := health.NewServer()
	h.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	h.SetServingStatus(chorusService, healthpb.HealthCheckResponse_SERVING)
	healthpb.RegisterHealthServer(g, h)
	if !o.DisableReflection {
		reflection.Register(g)
	}
	s.health = h
	s.methods = map[string]bool{}
	for svc, info := range g.GetServiceInfo() {
		for _, m := range info.Methods {
			s.methods["/"+svc+"/"+m.Name] = true
		}
	}
	return g, h
}

// Synthesize streams one rendered input: format, chunks (and word timings), summary.
func (s *Server) Synthesize(in *chorusv1.SynthesizeRequest, stream grpc.ServerStreamingServer[chorusv1.SynthesizeResponse]) (err error) {
	ctx := stream.Context()
	c := callFrom(ctx)
	defer func() { err = s.status(ctx, c, err) }()

	j, err := convertSynthesize(in)
	if err != nil {
		return err
	}
	j.req.MaxAudio = s.opts.MaxAudio
	cat := s.engine.Catalog()
	c.describe(j.req, cat)
	rate, err := s.engine.Validate(j.req)
	if err != nil {
		return onWire(err, j.wireField)
	}
	sink, done, err := s.start(ctx, c, j, rate, stream)
	if err != nil {
		return err
	}
	defer done()
	began := time.Now()
	sum, err := s.engine.Synthesize(ctx, j.req, sink)
	c.mu.Lock()
	c.synthesis = time.Since(began) - sink.blocked
	c.samples = sink.pos
	c.mu.Unlock()
	if le := (*synth.AudioLimitError)(nil); errors.As(err, &le) {
		return invalid(j.wireField(-1, synth.FieldText), "the audio would last longer than %s, the most this server produces for one request (--max-audio): split the input into shorter requests", synth.FormatDuration(le.Limit))
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

// acquire takes a synthesis slot for c (see admission.acquire).
// start begins the answer to a validated job at rate, for Synthesize and StreamingSynthesize
// alike: it takes a synthesis slot, counts the voices, sends the AudioFormat and returns the sink
// the audio goes through (with its file encoder started for a file encoding). done frees the
// encoder and the slot.
func (s *Server) start(ctx context.Context, c *call, j *job, rate int, out sender) (sink *streamSink, done func(), err error) {
	release, err := s.acquire(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	if s.metrics != nil {
		for _, v := range c.voiceNames() {
			s.metrics.voices.WithLabelValues(v).Inc()
		}
	}
	c.mu.Lock()
	c.sampleRate = rate
	c.mu.Unlock()
	if err := out.Send(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Format{Format: &chorusv1.AudioFormat{
		Encoding: j.protoEncoding(), SampleRateHertz: int32(rate), Channels: 1,
	}}}); err != nil {
		release()
		return nil, nil, err
	}
	sink = newStreamSink(out, j.encoding, max(1, rate*j.chunkMillis/1000), c)
	if j.file != "" {
		if err := sink.startFile(j.file, rate); err != nil {
			release()
			return nil, nil, err
		}
	}
	return sink, func() { sink.closeFile(); release() }, nil
}

func (s *Server) acquire(ctx context.Context, c *call) (func(), error) {
	key, who := s.clientKey(ctx, c)
	release, waited, err := s.admission.acquire(ctx, key, who)
	c.mu.Lock()
	c.queueWait = waited
	if err == nil {
		c.admittedAt = time.Now()
	}
	c.mu.Unlock()
	if err == nil && s.metrics != nil {
		s.metrics.queueWait.Observe(waited.Seconds())
	}
	return release, err
}

// describe records what a request asks for, for its log line: its voices (the default voice
// named as such), parts and text size; never its text.
func (c *call) describe(req synth.Request, cat *voices.Catalog) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.parts = len(req.Parts)
	c.textBytes = 0
	seen := map[string]bool{}
	c.voices = c.voices[:0]
	for _, p := range req.Parts {
		c.textBytes += len(p.Text)
		v := p.Voice
		if v == "" {
			v = cat.Default().Name
		} else if cv, ok := cat.Voice(v); ok {
			v = cv.Name // the catalog's spelling: "KIT" is kit, one metric label and log value
		}
		if !seen[v] {
			seen[v] = true
			c.voices = append(c.voices, v)
		}
	}
}

// voiceNames returns the voices of the request, if the catalog has them all (after validation
// it does), for per-voice metrics whose labels only the catalog can make.
func (c *call) voiceNames() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.voices...)
}

// ListVoices describes the catalog.
func (s *Server) ListVoices(ctx context.Context, in *chorusv1.ListVoicesRequest) (*chorusv1.ListVoicesResponse, error) {
	return ListVoicesResponse(s.engine.Catalog(), in.GetLanguageCode()), nil
}

// ListVoicesResponse describes cat's voices whose language matches lang ("" matches all) and its
// styles.
func ListVoicesResponse(cat *voices.Catalog, lang string) *chorusv1.ListVoicesResponse {
	out := &chorusv1.ListVoicesResponse{DefaultVoice: cat.Default().Name}
	for _, v := range cat.Voices() {
		if !languageMatches(v.Language, lang) {
			continue
		}
		out.Voices = append(out.Voices, &chorusv1.Voice{
			Name: v.Name, LanguageCode: v.Language, Gender: genderToProto(v.Gender),
			Description: v.Description, NativeSampleRateHertz: int32(v.SampleRate), Vocoder: v.Vocoder,
		})
	}
	for _, name := range cat.StyleNames() {
		st, _ := cat.Style(name)
		out.Styles = append(out.Styles, &chorusv1.Style{Name: st.Name, Description: st.Description})
	}
	return out
}

// languageMatches reports whether the BCP-47 tag has the prefix want (whole subtags, any case).
func languageMatches(tag, want string) bool {
	if want == "" {
		return true
	}
	tag, want = strings.ToLower(tag), strings.ToLower(want)
	return tag == want || strings.HasPrefix(tag, want+"-")
}

func genderToProto(g string) chorusv1.Gender {
	switch g {
	case "female":
		return chorusv1.Gender_GENDER_FEMALE
	case "male":
		return chorusv1.Gender_GENDER_MALE
	case "neutral":
		return chorusv1.Gender_GENDER_NEUTRAL
	}
	return chorusv1.Gender_GENDER_UNSPECIFIED
}

// AnalyzeText runs the text front end, in a synthesis slot like Synthesize. Its answer is
// bounded by the send limit.
func (s *Server) AnalyzeText(ctx context.Context, in *chorusv1.AnalyzeTextRequest) (_ *chorusv1.AnalyzeTextResponse, err error) {
	c := callFrom(ctx)
	defer func() { err = s.status(ctx, c, err) }()
	lex, err := convertPronunciations("pronunciations", in.GetPronunciations())
	if err != nil {
		return nil, err
	}
	wire := func(_ int, f synth.Field) string {
		if f == synth.FieldLexicon {
			return "pronunciations"
		}
		return "text"
	}
	req := synth.Request{Parts: []synth.Part{{Text: in.GetText(), SSML: in.GetSsml()}}, Lexicon: lex}
	c.describe(req, s.engine.Catalog())
	if _, err := s.engine.Validate(req); err != nil {
		return nil, onWire(err, wire)
	}
	release, err := s.acquire(ctx, c)
	if err != nil {
		return nil, err
	}
	defer release()
	var as []synth.Analysis
	if in.GetSsml() {
		as, err = s.engine.AnalyzePart(ctx, req.Parts[0], lex)
	} else {
		as, err = s.engine.Analyze(ctx, in.GetText(), lex)
	}
	if err != nil {
		return nil, onWire(err, wire)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out, err := analysisToProto(as, s.opts.MaxSendBytes-analysisMargin)
	if err != nil {
		c.setRejected(reasonResponseTooLarge)
	}
	return out, err
}

// analysisMargin is room left under the send limit for the framing of an AnalyzeText answer.
const analysisMargin = 4 << 10

// AnalysisToProto converts front-end analyses to the wire form.
func AnalysisToProto(as []synth.Analysis) *chorusv1.AnalyzeTextResponse {
	out, _ := analysisToProto(as, math.MaxInt)
	return out
}

// analysisToProto converts front-end analyses to the wire form, failing once the answer would
// exceed limit bytes. Each token goes once, however many words were read from it; each word
// names its token by index.
func analysisToProto(as []synth.Analysis, limit int) (*chorusv1.AnalyzeTextResponse, error) {
	out := &chorusv1.AnalyzeTextResponse{}
	size := 0 // of out so far, exactly as it will be encoded
	// field is the encoded size of a message of n bytes in a repeated field (numbers below 16).
	field := func(n int) int { return 1 + protowire.SizeBytes(n) }
	for _, a := range as {
		sent := &chorusv1.Sentence{Kind: kindToProto(a.Kind)}
		sentSize := proto.Size(sent)
		add := func(n int) error {
			sentSize += field(n)
			if size+field(sentSize) > limit {
				return invalid("text", "the analysis would take more than %d bytes, the most one answer may carry: send less text", limit)
			}
			return nil
		}
		for _, tk := range a.Tokens {
			t := &chorusv1.Token{Text: tk.Text, TextStart: int32(tk.Start), TextEnd: int32(tk.End)}
			if err := add(proto.Size(t)); err != nil {
				return nil, err
			}
			sent.Tokens = append(sent.Tokens, t)
		}
		for i, w := range a.Words {
			word := &chorusv1.Word{Text: w.Text, Phones: w.Pron.CMU()}
			if i < len(a.TokenOf) {
				word.Token = int32(a.TokenOf[i])
			}
			if err := add(proto.Size(word)); err != nil {
				return nil, err
			}
			sent.Words = append(sent.Words, word)
		}
		size += field(sentSize)
		out.Sentences = append(out.Sentences, sent)
	}
	return out, nil
}

func kindToProto(k text.Kind) chorusv1.Sentence_Kind {
	switch k {
	case text.Statement:
		return chorusv1.Sentence_KIND_STATEMENT
	case text.YesNo:
		return chorusv1.Sentence_KIND_YES_NO_QUESTION
	case text.WhQuestion:
		return chorusv1.Sentence_KIND_WH_QUESTION
	case text.Exclamation:
		return chorusv1.Sentence_KIND_EXCLAMATION
	}
	return chorusv1.Sentence_KIND_UNSPECIFIED
}

func (s *Server) recovered(ctx context.Context, method string, r any) error {
	buf := make([]byte, 16<<10)
	buf = buf[:runtime.Stack(buf, false)]
	s.log.LogAttrs(ctx, slog.LevelError, "panic in handler", slog.String("method", method),
		slog.Any("panic", r), slog.String("stack", string(buf)))
	return status.Error(codes.Internal, "internal error")
}
