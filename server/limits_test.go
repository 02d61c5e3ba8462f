package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// hangGuard bounds waits for events that come within milliseconds when the server works (a
// status after a refusal, a queue filling): it is sized for a loaded two-core CI runner under
// the race detector and decides only how long a failure takes to report.
const hangGuard = time.Minute

// value reads a counter or gauge.
func value(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var d dto.Metric
	if err := m.Write(&d); err != nil {
		t.Fatal(err)
	}
	switch {
	case d.Counter != nil:
		return d.Counter.GetValue()
	case d.Gauge != nil:
		return d.Gauge.GetValue()
	}
	t.Fatalf("%v is neither a counter nor a gauge", m.Desc())
	return 0
}

// newGate returns a gate engine over the test engine with room for n callers.
func newGate(t *testing.T, n int) *gate {
	return &gate{Engine: testkit.Engine(t), entered: make(chan struct{}, n), release: make(chan struct{})}
}

// waitFor polls cond until it holds, failing the test after hangGuard. Polled: the states it
// waits for (a request queued inside the server) send no event the test can receive.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(hangGuard); !cond(); {
		if time.Now().After(deadline) {
			t.Fatalf("still waiting for %s after %v", what, hangGuard)
		}
		time.Sleep(time.Millisecond)
	}
}

func running(srv *Server) int {
	srv.admission.mu.Lock()
	defer srv.admission.mu.Unlock()
	return srv.admission.running
}

// retryAdvice checks err is RESOURCE_EXHAUSTED saying want, with retry advice in the trailer
// (retry-after in whole seconds, grpc-retry-pushback-ms) and a RetryInfo detail, all agreeing.
func retryAdvice(t *testing.T, err error, trailer metadata.MD, want string) {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != codes.ResourceExhausted || !strings.Contains(st.Message(), want) {
		t.Fatalf("got %v %q, want RESOURCE_EXHAUSTED saying %q", st.Code(), st.Message(), want)
	}
	secs, err1 := strconv.Atoi(strings.Join(trailer.Get("retry-after"), ""))
	pushMs, err2 := strconv.Atoi(strings.Join(trailer.Get("grpc-retry-pushback-ms"), ""))
	if err1 != nil || err2 != nil || secs < 1 || pushMs <= 0 || (pushMs+999)/1000 != secs {
		t.Errorf("retry trailer %v: want retry-after seconds ≥ 1 and the same pushback in ms", trailer)
	}
	var info *errdetails.RetryInfo
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok {
			info = ri
		}
	}
	if info == nil || info.GetRetryDelay().AsDuration().Milliseconds() != int64(pushMs) {
		t.Errorf("RetryInfo %v, pushback %d ms", info, pushMs)
	}
}

// healthOf returns the chorus service's health as the health service reports it.
func healthOf(t *testing.T, conn *grpc.ClientConn) healthpb.HealthCheckResponse_ServingStatus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	h, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{Service: chorusService})
	if err != nil {
		t.Fatal(err)
	}
	return h.GetStatus()
}

// A full queue refuses at once with RESOURCE_EXHAUSTED and retry advice, and the health service
// says NOT_SERVING for the chorus service until a slot frees.
func TestQueueFullIsRefusedWithRetryAdvice(t *testing.T) {
	g := newGate(t, 4)
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	srv, conn := startServer(t, g, Options{MaxConcurrent: 1, MaxQueue: 1, QueueWait: time.Hour, Metrics: m})
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	defer cancel()
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("idle server: %v", got)
	}
	results := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := collect(ctx, api, textRequest("held"))
			results <- err
		}()
	}
	<-g.entered // one runs
	waitFor(t, "a queued request", func() bool { return queued(srv) == 1 })
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("slots and queue full: health %v", got)
	}

	var trailer metadata.MD
	stream, err := api.Synthesize(ctx, textRequest("one too many"), grpc.Trailer(&trailer))
	if err == nil {
		_, err = stream.Recv()
	}
	retryAdvice(t, err, trailer, "--max-queue")
	// Unary calls too.
	trailer = nil
	_, err = api.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: "also refused"}, grpc.Trailer(&trailer))
	retryAdvice(t, err, trailer, "--max-queue")

	g.release <- struct{}{}
	<-g.entered // the queued one runs
	g.release <- struct{}{}
	for range 2 {
		if err := <-results; err != nil {
			t.Errorf("admitted request: %v", err)
		}
	}
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("after the queue drained: health %v", got)
	}
	// The metric is counted when the server's stats handler sees the call end, which can come
	// after the client has read the status: wait for it (bounded by hangGuard).
	waitFor(t, "two queue_full rejections counted", func() bool {
		return value(t, m.rejections.WithLabelValues(reasonQueueFull)) == 2
	})
}

// A request that waits its whole QueueWait is refused with retry advice; meanwhile health says
// NOT_SERVING (nothing can be served) until a slot frees.
func TestQueueWaitIsBounded(t *testing.T) {
	g := newGate(t, 4)
	const wait = 200 * time.Millisecond
	srv, conn := startServer(t, g, Options{MaxConcurrent: 1, MaxQueue: 8, QueueWait: wait})
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	defer cancel()
	held := make(chan error, 1)
	go func() {
		_, err := collect(ctx, api, textRequest("held"))
		held <- err
	}()
	<-g.entered
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("one slot busy, queue empty: health %v", got)
	}
	var trailer metadata.MD
	start := time.Now()
	_, err := api.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: "waits"}, grpc.Trailer(&trailer))
	if waited := time.Since(start); waited < wait {
		t.Errorf("refused after %v, before the %v queue wait", waited, wait)
	}
	retryAdvice(t, err, trailer, "--queue-wait")
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("after a queue timeout with the slot still held: health %v", got)
	}
	g.release <- struct{}{}
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the slot back", func() bool { return running(srv) == 0 })
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("after the slot freed: health %v", got)
	}
}

// 500 concurrent long requests: every one is answered (admitted: its first message; refused:
// RESOURCE_EXHAUSTED) within the queue wait, while the admitted ones are still running. An
// unbounded queue would leave them waiting until the test released the slots, which it does
// only after every answer.
func TestFiveHundredConcurrentRequestsAnsweredWithinQueueWait(t *testing.T) {
	const (
		total = 500
		slots = 4
		queue = 16
		wait  = time.Second
	)
	g := newGate(t, total)
	srv := New(g, nil, Options{MaxConcurrent: slots, MaxQueue: queue, QueueWait: wait})
	ts := serveTCP(t, srv, nil)
	// Each connection carries at most 256 streams (the server's MaxConcurrentStreams).
	var conns []chorusv1.ChorusClient
	for range 4 {
		conns = append(conns, chorusv1.NewChorusClient(ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials()))))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	defer cancel()

	type answer struct {
		admitted bool
		err      error
		after    time.Duration
	}
	answers := make(chan answer, total)
	done := make(chan error, total)
	var wg sync.WaitGroup
	for i := range total {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			stream, err := conns[i%len(conns)].Synthesize(ctx, textRequest("A long request."))
			if err == nil {
				var m *chorusv1.SynthesizeResponse
				if m, err = stream.Recv(); err == nil && m.GetFormat() != nil {
					answers <- answer{admitted: true, after: time.Since(start)}
					for err == nil {
						_, err = stream.Recv()
					}
					if err == io.EOF {
						err = nil
					}
					done <- err
					return
				}
			}
			answers <- answer{err: err, after: time.Since(start)}
		}()
	}
	var admitted, refused int
	var slowest time.Duration
	for range total {
		select {
		case a := <-answers:
			slowest = max(slowest, a.after)
			if a.admitted {
				admitted++
				continue
			}
			if st := status.Convert(a.err); st.Code() != codes.ResourceExhausted {
				t.Fatalf("refused with %v %q, want RESOURCE_EXHAUSTED", st.Code(), st.Message())
			}
			refused++
		case <-time.After(hangGuard):
			t.Fatalf("%d admitted, %d refused, %d requests still unanswered after %v", admitted, refused, total-admitted-refused, hangGuard)
		}
	}
	t.Logf("%d admitted, %d refused; the slowest answer came after %v (queue wait %v)", admitted, refused, slowest, wait)
	if admitted != slots {
		t.Errorf("%d admitted, want the %d slots", admitted, slots)
	}
	for range admitted {
		<-g.entered
		g.release <- struct{}{}
	}
	for range admitted {
		if err := <-done; err != nil {
			t.Errorf("admitted stream: %v", err)
		}
	}
	wg.Wait()
}

// Per-token quotas: one client's concurrency and rate are bounded, naming the limit; another
// client is not held back by them.
func TestTokenQuotas(t *testing.T) {
	g := newGate(t, 4)
	ts, _, clientTLS, _ := tlsWithTokensOver(t, g, Options{MaxConcurrent: 4, TokenConcurrency: 1, TokenRate: 0.001, TokenBurst: 3, QueueWait: time.Hour})
	creds := grpc.WithTransportCredentials(credentials.NewTLS(clientTLS))
	alice := chorusv1.NewChorusClient(ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(aliceToken))))
	bob := chorusv1.NewChorusClient(ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(bobToken))))
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	defer cancel()

	held := make(chan error, 1)
	go func() {
		_, err := collect(ctx, alice, textRequest("alice holds one"))
		held <- err
	}()
	<-g.entered
	var trailer metadata.MD
	_, err := alice.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: "a second"}, grpc.Trailer(&trailer))
	retryAdvice(t, err, trailer, `token "alice"`)
	if !strings.Contains(status.Convert(err).Message(), "--token-concurrency") {
		t.Errorf("message %q does not name the limit", status.Convert(err).Message())
	}
	if _, err := bob.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: "bob is not held back"}); err != nil {
		t.Errorf("bob: %v", err)
	}
	g.release <- struct{}{}
	if err := <-held; err != nil {
		t.Fatal(err)
	}

	// Rate: bob has used one of his burst of 3; two more pass, the next is refused. At one
	// request per 1000 s no token comes back while the test runs.
	for i := range 2 {
		if _, err := bob.ListVoices(ctx, &chorusv1.ListVoicesRequest{}); err != nil {
			t.Fatalf("call %d within the burst: %v", i+2, err)
		}
	}
	trailer = nil
	_, err = bob.ListVoices(ctx, &chorusv1.ListVoicesRequest{}, grpc.Trailer(&trailer))
	retryAdvice(t, err, trailer, "--token-rate")
	if st := status.Convert(err); !strings.Contains(st.Message(), `token "bob"`) {
		t.Errorf("message %q does not name the client", st.Message())
	}
	// Alice's bucket is her own.
	if _, err := alice.ListVoices(ctx, &chorusv1.ListVoicesRequest{}); err != nil {
		t.Errorf("alice's rate: %v", err)
	}
}

// Clients that stop reading are cut off after the stall timeout, their slots go to others, and
// health says NOT_SERVING while they hold every slot and the queue is full. This is the probe's
// case of four never-reading clients starving the server.
func TestNeverReadingClientsDoNotStarveOthers(t *testing.T) {
	const slots = 4
	const stall = 300 * time.Millisecond
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	log, logs := jsonLogger()
	defer func() {
		if t.Failed() {
			t.Log(logs)
		}
	}()
	srv := New(testkit.Engine(t), log, Options{MaxConcurrent: slots, MaxQueue: 1, QueueWait: time.Hour, StallTimeout: stall, Metrics: m})
	ts := serveTCP(t, srv, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 2*hangGuard)
	defer cancel()
	// Each never-reader on its own connection, as separate clients are: on a shared one, their
	// unread data would also fill the connection's window.
	var stalled []grpc.ServerStreamingClient[chorusv1.SynthesizeResponse]
	for range slots {
		api := chorusv1.NewChorusClient(ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials())))
		s, err := api.Synthesize(ctx, textRequest(longText))
		if err != nil {
			t.Fatal(err)
		}
		stalled = append(stalled, s) // never read
	}
	waitFor(t, "the never-readers to hold every slot", func() bool { return running(srv) == slots })

	polite := ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials()))
	result := make(chan error, 1)
	go func() {
		_, err := collect(ctx, chorusv1.NewChorusClient(polite), textRequest("A polite client is served."))
		result <- err
	}()
	select {
	case err := <-result:
		if err != nil {
			t.Fatalf("polite client: %v", err)
		}
	case <-time.After(hangGuard):
		t.Fatalf("the polite client was not served within %v: the never-readers starve it", hangGuard)
	}
	waitFor(t, "the stalled streams to be counted", func() bool {
		return value(t, m.rejections.WithLabelValues(reasonStalled)) == slots
	})
	// A never-reader that reads at last finds what was buffered, then DEADLINE_EXCEEDED and the
	// reason in the trailer (grpc-go writes the status of a failed Send itself).
	for _, s := range stalled {
		var err error
		for err == nil {
			_, err = s.Recv()
		}
		why := strings.Join(s.Trailer().Get(errorTrailer), "")
		if st := status.Convert(err); st.Code() != codes.DeadlineExceeded || !strings.Contains(why+st.Message(), "--stall-timeout") {
			t.Errorf("never-reader: %v %q, trailer %q", st.Code(), st.Message(), why)
		}
	}
}

// longText is speech long enough (about 20 s, near 1 MB of PCM16) that a stream of it cannot
// finish while its client does not read: far beyond the flow-control window and write quota.
var longText = strings.Repeat("This sentence is repeated to make a long stream of speech. ", 6)

// Health goes NOT_SERVING when never-readers hold every slot and the queue is full, and back
// to SERVING when the stall timeout frees them.
func TestHealthFollowsStalledSlots(t *testing.T) {
	const slots = 2
	srv := New(testkit.Engine(t), nil, Options{MaxConcurrent: slots, MaxQueue: 1, QueueWait: time.Hour, StallTimeout: time.Hour})
	ts := serveTCP(t, srv, nil)
	conn := ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials()))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for range slots + 1 {
		api := chorusv1.NewChorusClient(ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials())))
		if _, err := api.Synthesize(ctx, textRequest(longText)); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "every slot held and the queue full", func() bool { return running(srv) == slots && queued(srv) == 1 })
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("saturated: %v", got)
	}
	cancel() // the clients go away: their streams end, the slots free
	waitFor(t, "the slots to free", func() bool { return running(srv) == 0 })
	if got := healthOf(t, conn); got != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("after the slots freed: %v", got)
	}
}

// The server's own deadline ends a request whose client set none.
func TestMaxRequestDuration(t *testing.T) {
	g := newGate(t, 1)
	conn := serve(t, g, Options{MaxRequestDuration: 200 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard) // the client's own: far later
	defer cancel()
	_, err := collect(ctx, chorusv1.NewChorusClient(conn), textRequest("never released"))
	if st := status.Convert(err); st.Code() != codes.DeadlineExceeded || !strings.Contains(st.Message(), "--max-request-duration") {
		t.Errorf("got %v %q, want DEADLINE_EXCEEDED naming --max-request-duration", st.Code(), st.Message())
	}
}

// AnalyzeText's answer is bounded: an input whose analysis would exceed the send limit gets
// INVALID_ARGUMENT naming the limit (the probe's 256 KiB becoming 1 GB); smaller ones pass.
func TestAnalyzeTextAnswerIsBounded(t *testing.T) {
	const limit = 64 << 10
	conn := serve(t, testkit.Engine(t), Options{MaxSendBytes: limit})
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if _, err := api.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: "Dr. Lee paid $500 on Feb. 14, 1990."}); err != nil {
		t.Fatal(err)
	}
	// A 4 kB number is read digit by digit: some 100 kB of words.
	_, err := api.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: strings.Repeat("1234567890", 400)})
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.HasPrefix(st.Message(), "text: ") || !strings.Contains(st.Message(), strconv.Itoa(limit-analysisMargin)) {
		t.Errorf("got %v %q, want INVALID_ARGUMENT on text naming the %d-byte limit", st.Code(), st.Message(), limit-analysisMargin)
	}
	// Under the limit, nothing is lost: the answer holds every word.
	text := strings.Repeat("Hello there. ", 200)
	resp, err := api.AnalyzeText(ctx, &chorusv1.AnalyzeTextRequest{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, s := range resp.GetSentences() {
		words += len(s.GetWords())
	}
	if words != 400 {
		t.Errorf("%d words, want 400", words)
	}
}

// analysisToProto counts the answer's size exactly as it is encoded: an answer of exactly the
// limit passes, one byte less fails.
func TestAnalysisSizeIsExact(t *testing.T) {
	e := testkit.Engine(t)
	for _, text := range []string{
		"Hello.",
		"Dr. Lee paid $500 on Feb. 14, 1990. Did he? Yes!",
		strings.Repeat("1234567890", 30) + " and " + strings.Repeat("word ", 300),
		strings.Repeat("Sentence after sentence, on and on. ", 100),
	} {
		as, err := e.Analyze(context.Background(), text, nil)
		if err != nil {
			t.Fatal(err)
		}
		full, err := analysisToProto(as, math.MaxInt)
		if err != nil {
			t.Fatal(err)
		}
		n := proto.Size(full)
		if _, err := analysisToProto(as, n); err != nil {
			t.Errorf("%.20q: refused at its own size %d: %v", text, n, err)
		}
		if _, err := analysisToProto(as, n-1); err == nil {
			t.Errorf("%.20q: an answer of %d bytes passed a limit of %d", text, n, n-1)
		}
	}
}

// AnalyzeText sends each token once, however many words were read from it, and each word names
// its token: a 20 kB number is a few tokens (one per 4 KiB sentence) of at most 256 bytes each,
// not 20,000 copies of itself.
func TestAnalyzeTextSendsTokensOnce(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	text := "Call " + strings.Repeat("1234567890", 2000) + " now."
	resp, err := api.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var toks []string
	words, end := 0, 0
	for _, s := range resp.GetSentences() {
		for i, w := range s.GetWords() {
			k := int(w.GetToken())
			if k < 0 || k >= len(s.GetTokens()) || i > 0 && k < int(s.GetWords()[i-1].GetToken()) {
				t.Fatalf("word %d names token %d of %d", i, k, len(s.GetTokens()))
			}
		}
		for _, tk := range s.GetTokens() {
			if len(tk.GetText()) > synth.MaxTokenTextBytes {
				t.Errorf("a token of %d bytes, over %d", len(tk.GetText()), synth.MaxTokenTextBytes)
			}
			if gap := text[end:tk.GetTextStart()]; strings.TrimSpace(gap) != "" {
				t.Errorf("the text %q between two tokens is in none", gap)
			}
			end = int(tk.GetTextEnd())
			toks = append(toks, text[tk.GetTextStart():end])
		}
		words += len(s.GetWords())
	}
	if len(toks) == 0 || toks[0] != "Call" || toks[len(toks)-1] != "now." {
		t.Fatalf("tokens from %.20q to %.20q", toks[0], toks[len(toks)-1])
	}
	last := resp.GetSentences()[len(resp.GetSentences())-1]
	if w := last.GetWords()[len(last.GetWords())-1]; w.GetText() != "now" || int(w.GetToken()) != len(last.GetTokens())-1 {
		t.Errorf("the last word %v does not name the last token", w)
	}
	if end != len(text) {
		t.Errorf("the tokens end at %d, the text at %d", end, len(text))
	}
	// The number is cut where the front end cuts sentences, every 4 KiB: a handful of tokens.
	if len(toks) > 2+len(text)/4000 {
		t.Errorf("%d tokens", len(toks))
	}
	if words < 20000 {
		t.Fatalf("%d words, want the number read digit by digit", words)
	}
	// Each word costs its spoken form, its phones and its token's index: far less than a copy of
	// a 256-byte token.
	if size, limit := proto.Size(resp), 40*words; size > limit {
		t.Errorf("%d bytes for %d words, more than %d: words repeat their tokens", size, words, limit)
	}
}

// Connections that never complete their handshake are closed after HandshakeTimeout, and ones
// that complete it but never make a call after MaxConnectionIdle: the probe's 200 preface-only
// connections stayed open 15 minutes.
func TestIdleConnectionsAreClosed(t *testing.T) {
	srv := New(testkit.Engine(t), nil, Options{HandshakeTimeout: 300 * time.Millisecond, MaxConnectionIdle: 300 * time.Millisecond})
	ts := serveTCP(t, srv, nil)
	const preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
	emptySettings := []byte{0, 0, 0, 4, 0, 0, 0, 0, 0} // length 0, type SETTINGS, flags 0, stream 0
	for _, tc := range []struct {
		name  string
		send  []byte
		limit time.Duration
	}{
		{"nothing", nil, 300 * time.Millisecond},
		{"preface only", []byte(preface), 300 * time.Millisecond},
		// grpc-go sends GOAWAY and a ping on idleness, and closes 5 s later without an answer.
		{"preface and settings, then nothing", append([]byte(preface), emptySettings...), 5300 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := net.Dial("tcp", ts.addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			start := time.Now()
			if _, err := c.Write(tc.send); err != nil {
				t.Fatal(err)
			}
			if err := c.SetReadDeadline(time.Now().Add(hangGuard)); err != nil {
				t.Fatal(err)
			}
			// Read whatever the server sends (its settings, a GOAWAY) until it closes.
			_, err = io.Copy(io.Discard, c)
			elapsed := time.Since(start)
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				t.Fatalf("still open after %v", hangGuard)
			}
			// The default handshake timeout is 10 s and idle timeout 2 min: closing within 10 s
			// of the configured limit shows the configured one applied.
			if elapsed > tc.limit+10*time.Second {
				t.Errorf("closed after %v, limit %v", elapsed, tc.limit)
			}
			t.Logf("closed after %v (limit %v)", elapsed, tc.limit)
		})
	}
	// The server still serves.
	conn := ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if _, err := chorusv1.NewChorusClient(conn).ListVoices(context.Background(), &chorusv1.ListVoicesRequest{}); err != nil {
		t.Fatal(err)
	}
}

// Error messages are bounded, whatever the input quotes: the probe saw 60 KB echoed.
func TestErrorMessagesAreBounded(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	huge := strings.Repeat("AH0 ", 25000)
	req := textRequest(`Say <phoneme alphabet="arpabet" ph="` + huge + `">this</phoneme>.`)
	req.Input.Markup = true
	_, err := collect(context.Background(), api, req)
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.HasPrefix(st.Message(), "input.text: ") {
		t.Fatalf("got %v %.200q", st.Code(), st.Message())
	}
	if n := len(st.Message()); n > MaxMessageBytes {
		t.Errorf("message of %d bytes, over %d", n, MaxMessageBytes)
	}
	// 100 KB of phones in a custom pronunciation: INVALID_ARGUMENT naming the field and the
	// limit, not INTERNAL.
	req = textRequest("hello")
	req.Pronunciations = []*chorusv1.Pronunciation{{Phrase: "hello", Phones: huge}}
	_, err = collect(context.Background(), api, req)
	st = status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "pronunciations[0].phones") || !strings.Contains(st.Message(), fmt.Sprint(MaxPhonesBytes)) {
		t.Errorf("got %v %.200q", st.Code(), st.Message())
	}
}

func TestBound(t *testing.T) {
	long := strings.Repeat("é", 3000) + " — send less text"
	b := bound(long)
	if len(b) > MaxMessageBytes || !strings.HasSuffix(b, "send less text") || !strings.Contains(b, "bytes cut") {
		t.Errorf("bound: %d bytes, %q…%q", len(b), b[:20], b[len(b)-20:])
	}
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= 0x80 {
			var ok bool
			r, n, ok = decodeRune(b[i:])
			if !ok {
				t.Fatalf("invalid UTF-8 at %d", i)
			}
		}
		i += n
	}
	if s := "short"; bound(s) != s {
		t.Errorf("bound changed a short message")
	}
	if got := redact(`input.script.speaker_voices["Secret Name"].name: markup: <secretword> and ph "AH0 \"x\" AH1" unknown`); strings.Contains(got, "Secret") || strings.Contains(got, "secretword") || strings.Contains(got, "AH0") {
		t.Errorf("redact left user text: %q", got)
	}
}

func decodeRune(s string) (rune, int, bool) {
	for n := 2; n <= 4 && n <= len(s); n++ {
		if r := []rune(s[:n]); len(r) == 1 && r[0] != 0xfffd {
			return r[0], n, true
		}
	}
	return 0, 0, false
}
