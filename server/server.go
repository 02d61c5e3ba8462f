// Package server is Chorus's thin gRPC adapter: it validates requests, translates them to the
// engine's types, streams the engine's output and maps errors to status codes.
package server

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// Engine is what the server needs from the speech engine; *synth.Engine implements it.
type Engine interface {
	Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error)
	Validate(req synth.Request) (int, error)
	Analyze(s string, lexicon map[string]phone.Pron) ([]synth.Analysis, error)
	Catalog() *voices.Catalog
}

// Options tunes a Server. Zero values take the defaults.
type Options struct {
	// MaxConcurrent bounds the syntheses running at once; more wait for a slot (default: 2×CPUs).
	MaxConcurrent int
}

// Server implements chorus.v1.Chorus over an Engine.
type Server struct {
	chorusv1.UnimplementedChorusServer
	engine Engine
	log    *slog.Logger
	slots  chan struct{}
}

// New returns a Server over engine, logging to log (nil: discard).
func New(engine Engine, log *slog.Logger, opts Options) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := opts.MaxConcurrent
	if n <= 0 {
		n = 2 * runtime.NumCPU()
	}
	return &Server{engine: engine, log: log, slots: make(chan struct{}, n)}
}

// Limits of the transport.
const (
	maxRecvBytes         = 1 << 20 // a request: 256 KiB of text plus pronunciations and framing
	maxConcurrentStreams = 256
)

// NewGRPCServer returns a grpc.Server serving s, the standard health service (SERVING) and server
// reflection, with panic recovery and sensible transport limits. The returned health server lets
// the caller flip the status on shutdown.
func NewGRPCServer(s *Server, extra ...grpc.ServerOption) (*grpc.Server, *health.Server) {
	opts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(maxRecvBytes),
		grpc.MaxConcurrentStreams(maxConcurrentStreams),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: 10 * time.Second, PermitWithoutStream: true}),
		grpc.KeepaliveParams(keepalive.ServerParameters{MaxConnectionIdle: 15 * time.Minute}),
		grpc.ChainUnaryInterceptor(s.recoverUnary),
		grpc.ChainStreamInterceptor(s.recoverStream),
	}
	g := grpc.NewServer(append(opts, extra...)...)
	chorusv1.RegisterChorusServer(g, s)
	h := health.NewServer()
	h.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	h.SetServingStatus(chorusv1.Chorus_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
	healthpb.RegisterHealthServer(g, h)
	reflection.Register(g)
	return g, h
}

// Synthesize streams one rendered input: format, chunks (and word timings), summary.
func (s *Server) Synthesize(in *chorusv1.SynthesizeRequest, stream grpc.ServerStreamingServer[chorusv1.SynthesizeResponse]) (err error) {
	ctx := stream.Context()
	start := time.Now()
	defer func() { err = s.status(ctx, "Synthesize", err) }()

	j, err := convertSynthesize(in)
	if err != nil {
		return err
	}
	rate, err := s.engine.Validate(j.req)
	if err != nil {
		return onWire(err, j.wireField)
	}
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := stream.Send(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Format{Format: &chorusv1.AudioFormat{
		Encoding: encodingToProto(j.encoding), SampleRateHertz: int32(rate), Channels: 1,
	}}}); err != nil {
		return err
	}
	sink := newStreamSink(stream, j.encoding, max(1, rate*j.chunkMillis/1000))
	sum, err := s.engine.Synthesize(ctx, j.req, sink)
	if err != nil {
		return onWire(err, j.wireField)
	}
	if err := sink.Flush(); err != nil {
		return err
	}
	if err := stream.Send(&chorusv1.SynthesizeResponse{Response: &chorusv1.SynthesizeResponse_Summary{Summary: &chorusv1.Summary{
		TotalSamples: sum.Samples, DurationSeconds: sum.Seconds(),
	}}}); err != nil {
		return err
	}
	s.log.LogAttrs(ctx, slog.LevelInfo, "synthesized", slog.String("request", j.req.String()),
		slog.Int64("samples", sum.Samples), slog.Int("rate", sum.SampleRate),
		slog.Duration("elapsed", time.Since(start)))
	return nil
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

// AnalyzeText runs the text front end.
func (s *Server) AnalyzeText(ctx context.Context, in *chorusv1.AnalyzeTextRequest) (_ *chorusv1.AnalyzeTextResponse, err error) {
	defer func() { err = s.status(ctx, "AnalyzeText", err) }()
	lex, err := convertPronunciations("pronunciations", in.GetPronunciations())
	if err != nil {
		return nil, err
	}
	as, err := s.engine.Analyze(in.GetText(), lex)
	if err != nil {
		return nil, onWire(err, func(_ int, f synth.Field) string {
			if f == synth.FieldLexicon {
				return "pronunciations"
			}
			return "text"
		})
	}
	return AnalysisToProto(as), nil
}

// AnalysisToProto converts front-end analyses to the wire form.
func AnalysisToProto(as []synth.Analysis) *chorusv1.AnalyzeTextResponse {
	out := &chorusv1.AnalyzeTextResponse{}
	for _, a := range as {
		sent := &chorusv1.Sentence{Kind: kindToProto(a.Kind)}
		for i, w := range a.Words {
			src := ""
			if i < len(a.Sources) {
				src = a.Sources[i]
			}
			sent.Words = append(sent.Words, &chorusv1.Word{Text: w.Text, Source: src, Phones: w.Pron.CMU()})
		}
		out.Sentences = append(out.Sentences, sent)
	}
	return out
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

// status maps an error to a gRPC status error: the one place where that happens. Domain errors
// keep their message (it names the field, or lists what exists); context errors become
// CANCELED/DEADLINE_EXCEEDED; anything else is INTERNAL with a generic message, and is logged.
func (s *Server) status(ctx context.Context, method string, err error) error {
	if err == nil {
		return nil
	}
	var code codes.Code
	switch {
	case errors.Is(err, synth.ErrInvalidArgument):
		code = codes.InvalidArgument
	case errors.Is(err, synth.ErrNotFound):
		code = codes.NotFound
	case errors.Is(err, errUnimplemented):
		code = codes.Unimplemented
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return status.FromContextError(err).Err()
	case ctx.Err() != nil:
		// The client went away or its deadline passed; whatever failed after that is a consequence.
		s.log.LogAttrs(ctx, slog.LevelDebug, "stream ended by the client", slog.String("method", method), slog.Any("error", err))
		return status.FromContextError(ctx.Err()).Err()
	default:
		if st, ok := status.FromError(err); ok && st.Code() != codes.Unknown {
			return st.Err() // a transport error from Send, already a status
		}
		s.log.LogAttrs(ctx, slog.LevelError, "request failed", slog.String("method", method), slog.Any("error", err))
		return status.Error(codes.Internal, "internal error")
	}
	msg := err.Error()
	if code == codes.Unimplemented {
		msg = strings.TrimPrefix(msg, errUnimplemented.Error()+": ")
	}
	s.log.LogAttrs(ctx, slog.LevelDebug, "request rejected", slog.String("method", method), slog.String("code", code.String()), slog.String("reason", msg))
	st := status.New(code, msg)
	var fe *fieldError
	if errors.As(err, &fe) {
		// The field, for programs: google.rpc.BadRequest is where gRPC clients look for it.
		if d, derr := st.WithDetails(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
			{Field: fe.field, Description: fe.reason},
		}}); derr == nil {
			st = d
		}
	}
	return st.Err()
}

// recoverUnary turns a panic in a unary handler into INTERNAL, logging the stack.
func (s *Server) recoverUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = s.recovered(ctx, info.FullMethod, r)
		}
	}()
	return handler(ctx, req)
}

// recoverStream turns a panic in a streaming handler into INTERNAL, logging the stack.
func (s *Server) recoverStream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = s.recovered(ss.Context(), info.FullMethod, r)
		}
	}()
	return handler(srv, ss)
}

func (s *Server) recovered(ctx context.Context, method string, r any) error {
	buf := make([]byte, 16<<10)
	buf = buf[:runtime.Stack(buf, false)]
	s.log.LogAttrs(ctx, slog.LevelError, "panic in handler", slog.String("method", method),
		slog.Any("panic", r), slog.String("stack", string(buf)))
	return status.Error(codes.Internal, "internal error")
}
