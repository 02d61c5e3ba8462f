package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// syncBuffer is a bytes.Buffer safe for the server's logger and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// daemon is a chorusd started by run on a free loopback port.
type daemon struct {
	addr    string // gRPC
	metrics string // metrics, if served
	conn    *grpc.ClientConn
	logs    *syncBuffer
	signal  context.CancelFunc // what SIGTERM does: cancels run's context
	reload  chan<- struct{}    // what SIGHUP does
	exited  chan int           // run's exit code
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// hangGuard bounds the waits for events that should come within milliseconds (the server
// listening, a stream ending after shutdown). It is sized for a loaded two-core CI runner under the
// race detector; it decides only how long a failure takes to report.
const hangGuard = time.Minute

// start runs chorusd with --shutdown-timeout grace and returns a connection to it. The test
// fails if run exits before it listens; at the end of the test the daemon is signalled.
func start(t *testing.T, grace time.Duration) *daemon {
	t.Helper()
	return startWith(t, []string{"--shutdown-timeout", grace.String()}, grpc.WithTransportCredentials(insecure.NewCredentials()))
}

// startWith runs chorusd on a free loopback port with args, and connects with dial options
// opts (none: no connection).
func startWith(t *testing.T, args []string, opts ...grpc.DialOption) *daemon {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	reload := make(chan struct{})
	d := &daemon{logs: &syncBuffer{}, signal: cancel, exited: make(chan int, 1), reload: reload}
	ready := make(chan net.Addr, 2)
	metrics := slices.Contains(args, "--metrics")
	go func() {
		d.exited <- run(ctx, append([]string{"--listen", "127.0.0.1:0", "--log-format", "json", "--log-level", "debug"}, args...),
			env{stderr: d.logs, ready: ready, reload: reload})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-d.exited:
		case <-time.After(hangGuard):
			t.Errorf("chorusd still running %v after the test", hangGuard)
		}
	})
	for i := range 1 + btoi(metrics) {
		select {
		case a := <-ready:
			if i == 0 {
				d.addr = a.String()
			} else {
				d.metrics = a.String()
			}
		case code := <-d.exited:
			d.exited <- code
			t.Fatalf("exited %d before listening: %s", code, d.logs)
		case <-time.After(hangGuard):
			t.Fatalf("not listening after %v", hangGuard)
		}
	}
	if len(opts) == 0 {
		return d
	}
	conn, err := grpc.NewClient(d.addr, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := conn.Close(); err != nil {
			t.Errorf("closing the connection: %v", err)
		}
	})
	d.conn = conn
	return d
}

// wait returns run's exit code, failing the test if run has not returned within limit.
func (d *daemon) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case code := <-d.exited:
		d.exited <- code // for the next to ask
		return code
	case <-time.After(limit):
		t.Fatalf("chorusd still running %v after the signal:\n%s", limit, d.logs)
		return 0
	}
}

// longText is speech long enough that its audio (about 20 s, near 1 MB of PCM16 at 24 kHz) far
// exceeds what gRPC buffers for a client that stops reading: the stream's flow-control window
// (64 KiB, grown at most a few times by BDP estimation on loopback) plus the server's 64 KiB write
// quota. So a stream of it cannot finish on the server while its client does not read.
var longText = strings.Repeat("This sentence is repeated to make a long stream of speech. ", 6)

// firstMessages opens a Synthesize stream of text and reads its format and first audio chunk: the
// handler is running when this returns.
func firstMessages(t *testing.T, ctx context.Context, d *daemon, text string) grpc.ServerStreamingClient[chorusv1.SynthesizeResponse] {
	t.Helper()
	stream, err := chorusv1.NewChorusClient(d.conn).Synthesize(ctx, &chorusv1.SynthesizeRequest{
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: text}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"format", "audio"} {
		m, err := stream.Recv()
		if err != nil {
			t.Fatalf("reading the %s message: %v", want, err)
		}
		if got := kind(m); got != want {
			t.Fatalf("message %q, want %q", got, want)
		}
	}
	return stream
}

func kind(m *chorusv1.SynthesizeResponse) string {
	switch m.GetResponse().(type) {
	case *chorusv1.SynthesizeResponse_Format:
		return "format"
	case *chorusv1.SynthesizeResponse_Audio:
		return "audio"
	case *chorusv1.SynthesizeResponse_Word:
		return "word"
	case *chorusv1.SynthesizeResponse_Summary:
		return "summary"
	}
	return "unknown"
}

// watchHealth opens a watch on the health service and reads its first status, SERVING. The
// returned function waits for NOT_SERVING, which chorusd reports as the first step of its shutdown,
// before it stops accepting streams, and then closes the watch so that it does not hold up the
// graceful stop. The watch is opened before the signal: a stream opened after the shutdown began
// could be refused. A failed watch is a test error.
func watchHealth(t *testing.T, d *daemon) (awaitNotServing func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	w, err := healthpb.NewHealthClient(d.conn).Watch(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		cancel()
		t.Fatalf("health watch: %v", err)
	}
	if h, err := w.Recv(); err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		cancel()
		t.Fatalf("health watch: %v, %v; want SERVING", h, err)
	}
	return func() {
		t.Helper()
		defer cancel()
		for {
			h, err := w.Recv()
			if err != nil {
				t.Errorf("health watch ended before NOT_SERVING: %v", err)
				return
			}
			if h.GetStatus() == healthpb.HealthCheckResponse_NOT_SERVING {
				return
			}
		}
	}
}

func TestServeHealthAndLogs(t *testing.T) {
	d := start(t, time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	h, err := healthpb.NewHealthClient(d.conn).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health: %v %v", h, err)
	}
	d.signal()
	if code := d.wait(t, hangGuard); code != 0 {
		t.Errorf("exit %d: %s", code, d.logs)
	}
	logs := d.logs.String()
	last := -1
	for _, want := range []string{`"msg":"chorusd listening"`, `"msg":"shutting down"`, `"msg":"stopped"`} {
		i := strings.Index(logs, want)
		if i <= last {
			t.Errorf("log lacks %s after the previous line:\n%s", want, logs)
		}
		last = i
	}
}

// A stream still running when the signal comes is allowed to finish within the grace period: its
// client receives all of its audio and the summary.
func TestShutdownLetsRunningStreamFinish(t *testing.T) {
	// The grace period is never reached here: the stream ends as soon as the client reads it.
	const grace = 10 * time.Minute
	d := start(t, grace)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	stream := firstMessages(t, ctx, d, longText)
	awaitNotServing := watchHealth(t, d)

	// The client reads nothing more until shutdown has begun, so the stream is held open by flow
	// control on the server meanwhile (longText outgrows every buffer between them).
	d.signal()
	awaitNotServing()

	var pcm []byte
	var summary *chorusv1.Summary
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("stream cut by the shutdown: %v", err)
		}
		pcm = append(pcm, m.GetAudio().GetAudio()...)
		if m.GetSummary() != nil {
			summary = m.GetSummary()
		}
	}
	if code := d.wait(t, hangGuard); code != 0 {
		t.Errorf("exit %d: %s", code, d.logs)
	}

	// All of the audio arrived: what the first chunk left, up to the end of an in-process render.
	rec, _ := testkit.Render(t, testkit.Engine(t), synth.Request{Parts: []synth.Part{{Text: longText}}})
	want := audio.Encode(nil, audio.PCM16, rec.Samples)
	if summary.GetTotalSamples() != int64(len(rec.Samples)) {
		t.Errorf("summary %v, want %d samples", summary, len(rec.Samples))
	}
	if len(pcm) >= len(want) || !bytes.Equal(pcm, want[len(want)-len(pcm):]) {
		t.Errorf("after the signal the client got %d bytes; they are not the end of the %d-byte render", len(pcm), len(want))
	}

	// The stream was still running on the server when shutdown began: it logged its completion
	// after "shutting down". Had it finished before, this test would not have tested anything.
	logs := d.logs.String()
	down, done := strings.Index(logs, `"msg":"shutting down"`), strings.Index(logs, `"msg":"request"`)
	if down < 0 || done < down {
		t.Fatalf("the stream did not outlast the start of the shutdown (log offsets %d, %d):\n%s", down, done, logs)
	}
	if strings.Contains(logs, "grace period") {
		t.Errorf("the grace period ran out:\n%s", logs)
	}
}

// A stream that would outlive the grace period is closed when the period is over, and chorusd
// exits.
func TestShutdownClosesStreamsAfterGracePeriod(t *testing.T) {
	const grace = time.Second
	d := start(t, grace)
	// No deadline on the stream: only the server may end it.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The client never reads past the first chunk: the stream would stay open for good.
	stream := firstMessages(t, ctx, d, longText)
	signalled := time.Now()
	d.signal()
	// Closing the streams takes milliseconds once the grace period is over: hangGuard is the
	// hang guard beyond it, not a performance figure.
	if code := d.wait(t, grace+hangGuard); code != 0 {
		t.Errorf("exit %d: %s", code, d.logs)
	}
	if waited := time.Since(signalled); waited < grace {
		t.Errorf("stopped %v after the signal, before the %v grace period was over", waited, grace)
	}
	if logs := d.logs.String(); !strings.Contains(logs, "streams still running after the grace period") {
		t.Errorf("log does not say the running stream was closed:\n%s", logs)
	}
	// The stream was cut: what was buffered arrives, then an error, never the summary.
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			t.Fatal("the stream ended normally: it was not closed by the shutdown")
		}
		if err != nil {
			break
		}
		if m.GetSummary() != nil {
			t.Fatal("the stream completed: it was not closed by the shutdown")
		}
	}
}

// Bad flags exit 2 with a message naming what was wrong; an address that cannot be listened on
// exits 1. Neither starts a server.
func TestBadFlags(t *testing.T) {
	// Already cancelled: a server started by mistake shuts down at once instead of serving for
	// good, and the test sees its exit code and its log.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--log-level", "loud"}, "loud"},
		{[]string{"--log-format", "xml"}, "xml"},
		{[]string{"--nope"}, "nope"},
		{[]string{"--shutdown-timeout", "soon"}, "soon"},
		{[]string{"extra"}, "extra"},
		{[]string{"--voice-alias", "alloy=ava"}, "--voice-alias needs --http"},
		{[]string{"--openai-voices"}, "--openai-voices needs --http"},
		{[]string{"--http", "127.0.0.1:0", "--voice-alias", "alloy=nobody"}, `no voice named "nobody"`},
		{[]string{"--http", "127.0.0.1:0", "--voice-alias", "alloy=ava", "--voice-alias", "joe=kit"}, "already a voice"},
	} {
		var errb syncBuffer
		args := append([]string{"--listen", "127.0.0.1:0"}, tc.args...)
		code := run(ctx, args, env{stderr: &errb})
		if msg := errb.String(); code != 2 || !strings.Contains(msg, tc.want) || strings.Contains(msg, "listening") {
			t.Errorf("%q: exit %d, %q; want exit 2 and a message naming %q", tc.args, code, msg, tc.want)
		}
	}
	var errb syncBuffer
	code := run(ctx, []string{"--listen", "256.0.0.1:99999"}, env{stderr: &errb})
	if msg := errb.String(); code != 1 || !strings.Contains(msg, "chorusd:") || !strings.Contains(msg, "99999") {
		t.Errorf("bad address: exit %d, %q; want exit 1 and a message naming the address", code, msg)
	}
}
