package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/stats"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/tap"
)

// call is what the server knows about one RPC, from its arrival (tap) to its end (the stats
// handler's End event), where it is logged and counted once.
type call struct {
	id      string
	method  string // full method name, e.g. /chorus.v1.Chorus/Synthesize
	label   string // the method's metrics label
	chorus  bool   // a chorus.v1.Chorus method
	start   time.Time
	cancel  context.CancelCauseFunc
	timeout context.CancelFunc // releases the --max-request-duration timer

	mu         sync.Mutex
	client     string // token name, or the client certificate's name
	clientCert bool   // client is a certificate's name
	peer       string
	voices     []string
	parts      int
	textBytes  int
	reqBytes   int64
	respBytes  int64
	samples    int64
	sampleRate int
	queueWait  time.Duration
	firstChunk time.Duration // 0: no audio sent
	synthesis  time.Duration // time in the engine
	rejected   string        // a rejection reason, if any
	stall      *time.Timer   // armed while a response is being written
	transport  grpc.ServerTransportStream
	admittedAt time.Time
}

type callKey struct{}

// callFrom returns the call of ctx. Every RPC has one (tap makes it); a context without one
// (a handler called directly, in a test) gets a fresh one.
func callFrom(ctx context.Context) *call {
	if c, ok := ctx.Value(callKey{}).(*call); ok {
		return c
	}
	return &call{id: newRequestID(), start: time.Now(), cancel: func(error) {}}
}

func (c *call) setRejected(reason string) {
	c.mu.Lock()
	if c.rejected == "" {
		c.rejected = reason
	}
	c.mu.Unlock()
}

func (c *call) setClient(name string, cert bool) {
	c.mu.Lock()
	c.client, c.clientCert = name, cert
	c.mu.Unlock()
}

// newRequestID returns 16 random hex digits.
func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// tap runs in the transport, as each stream arrives, before the request is read: it makes the
// call and gives the stream a context the server can end. Cancelling that context is what frees
// a handler blocked in Send to a client that does not read: the transport's write quota waits
// on it.
func (s *Server) tap(ctx context.Context, info *tap.Info) (context.Context, error) {
	c := &call{id: newRequestID(), method: info.FullMethodName, start: time.Now()}
	c.label, c.chorus = s.methodLabel(info.FullMethodName)
	ctx, c.cancel = context.WithCancelCause(ctx)
	if c.chorus && s.opts.MaxRequestDuration > 0 {
		ctx, c.timeout = context.WithTimeoutCause(ctx, s.opts.MaxRequestDuration, errMaxDuration)
	}
	ctx = timeoutContext{ctx}
	if s.metrics != nil {
		s.metrics.inFlight.WithLabelValues(c.label).Inc()
	}
	return context.WithValue(ctx, callKey{}, c), nil
}

// timeoutContext reports a call the server cut off for not reading as DeadlineExceeded: grpc-go
// answers a Send that fails on the call's context with that context's error, and the stall
// timeout is a deadline (on reading), not a cancellation by the client.
type timeoutContext struct{ context.Context }

func (c timeoutContext) Err() error {
	err := c.Context.Err()
	if err == context.Canceled && errors.Is(context.Cause(c.Context), errStalled) {
		return context.DeadlineExceeded
	}
	return err
}

// methodLabel names method for metrics: its full name if the server serves it, "unknown"
// otherwise (a client must not be able to make labels).
func (s *Server) methodLabel(method string) (label string, chorus bool) {
	if _, ok := s.methods[method]; !ok {
		return "unknown", false
	}
	name := strings.TrimPrefix(method, "/")
	return name, strings.HasPrefix(name, chorusService+"/")
}

// statsHandler sees every RPC's sizes and end, and every connection.
type statsHandler struct{ s *Server }

func (h statsHandler) TagRPC(ctx context.Context, _ *stats.RPCTagInfo) context.Context { return ctx }

func (h statsHandler) HandleRPC(ctx context.Context, st stats.RPCStats) {
	c, ok := ctx.Value(callKey{}).(*call)
	if !ok {
		return
	}
	switch st := st.(type) {
	case *stats.InPayload:
		c.mu.Lock()
		c.reqBytes += int64(st.WireLength)
		c.mu.Unlock()
	case *stats.OutPayload:
		c.mu.Lock()
		c.respBytes += int64(st.WireLength)
		c.mu.Unlock()
	case *stats.End:
		h.s.finish(ctx, c, st.Error)
	}
}

func (h statsHandler) TagConn(ctx context.Context, _ *stats.ConnTagInfo) context.Context { return ctx }

func (h statsHandler) HandleConn(_ context.Context, st stats.ConnStats) {
	if h.s.metrics == nil {
		return
	}
	switch st.(type) {
	case *stats.ConnBegin:
		h.s.metrics.connections.Inc()
	case *stats.ConnEnd:
		h.s.metrics.connections.Dec()
	}
}

// finish ends a call: timers stopped, one log line, metrics.
func (s *Server) finish(ctx context.Context, c *call, err error) {
	c.mu.Lock()
	if c.stall != nil {
		c.stall.Stop()
	}
	c.mu.Unlock()
	if c.timeout != nil {
		c.timeout()
	}
	if c.cancel != nil {
		c.cancel(context.Canceled)
	}
	elapsed := time.Since(c.start)
	code := status.Code(err)
	c.mu.Lock()
	defer c.mu.Unlock()
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		c.peer = p.Addr.String()
	}
	if m := s.metrics; m != nil {
		m.inFlight.WithLabelValues(c.label).Dec()
		m.requests.WithLabelValues(c.label, code.String()).Inc()
		m.duration.WithLabelValues(c.label).Observe(elapsed.Seconds())
		if c.rejected != "" {
			m.rejections.WithLabelValues(c.rejected).Inc()
		}
		if c.samples > 0 && c.sampleRate > 0 {
			secs := float64(c.samples) / float64(c.sampleRate)
			m.audioSeconds.Add(secs)
			if c.synthesis > 0 && code == codes.OK {
				m.speed.Observe(secs / c.synthesis.Seconds())
			}
		}
		if c.firstChunk > 0 {
			m.firstChunk.Observe(c.firstChunk.Seconds())
		}
	}

	level := slog.LevelInfo
	switch {
	case !c.chorus:
		level = slog.LevelDebug // health checks and reflection
	case code == codes.Internal || code == codes.Unknown:
		level = slog.LevelError
	}
	if !s.log.Enabled(ctx, level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("id", c.id),
		slog.String("method", c.label),
		slog.String("peer", c.peer),
		slog.String("code", code.String()),
		slog.Float64("duration_ms", ms(elapsed)),
		slog.Int64("request_bytes", c.reqBytes),
		slog.Int64("response_bytes", c.respBytes),
	}
	switch {
	case c.client != "" && c.clientCert:
		attrs = append(attrs, slog.String("client_cert", c.client))
	case c.client != "":
		attrs = append(attrs, slog.String("token", c.client))
	}
	if c.rejected != "" {
		attrs = append(attrs, slog.String("reason", c.rejected))
	}
	if c.parts > 0 {
		attrs = append(attrs, slog.String("voice", strings.Join(c.voices, ",")), slog.Int("parts", c.parts), slog.Int("text_bytes", c.textBytes))
	}
	if !c.admittedAt.IsZero() {
		attrs = append(attrs, slog.Float64("queue_ms", ms(c.queueWait)))
	}
	if c.sampleRate > 0 {
		attrs = append(attrs, slog.Float64("audio_seconds", float64(c.samples)/float64(c.sampleRate)), slog.Int("sample_rate", c.sampleRate))
	}
	if c.firstChunk > 0 {
		attrs = append(attrs, slog.Float64("first_chunk_ms", ms(c.firstChunk)))
	}
	if c.synthesis > 0 && c.sampleRate > 0 {
		attrs = append(attrs, slog.Float64("xrt", float64(c.samples)/float64(c.sampleRate)/c.synthesis.Seconds()))
	}
	s.log.LogAttrs(ctx, level, "request", attrs...)
}

// ms is d in milliseconds, to the microsecond.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// peerHost is the address of ctx's peer without the port.
func peerHost(ctx context.Context) string {
	p, ok := peer.FromContext(ctx)
	if !ok || p.Addr == nil {
		return "unknown"
	}
	if host, _, err := net.SplitHostPort(p.Addr.String()); err == nil {
		return host
	}
	return p.Addr.String()
}
