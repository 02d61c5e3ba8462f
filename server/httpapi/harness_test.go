package httpapi

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/health"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// stack is the HTTP API over a real gRPC server over an engine, on loopback.
type stack struct {
	url     string
	health  *health.Server
	served  chan struct{} // closed when a ServeHTTP call returns (see watch)
	handler *Handler
	close   func() // stops the servers (once; the test's end does it too)
}

type stackOpts struct {
	server    server.Options
	serverLog *slog.Logger
	http      Options
	engine    server.Engine
}

// start serves the API on a loopback port; everything stops when the test ends.
func start(t testing.TB, o stackOpts) *stack {
	t.Helper()
	eng := o.engine
	if eng == nil {
		eng = testkit.Engine(t)
	}
	srv := server.New(eng, o.serverLog, o.server)
	g, hs := server.NewGRPCServer(srv)
	pipe := NewPipe()
	served := make(chan error, 1)
	go func() { served <- g.Serve(pipe) }()
	o.http.Catalog = eng.Catalog()
	if o.http.Log == nil {
		o.http.Log = slog.New(slog.DiscardHandler)
	}
	h := New(pipe, o.http)
	ts := httptest.NewServer(h)
	var once sync.Once
	st := &stack{url: ts.URL, health: hs, handler: h}
	st.close = func() {
		once.Do(func() {
			ts.Close()
			g.Stop()
			if err := <-served; err != nil {
				t.Errorf("gRPC Serve: %v", err)
			}
		})
	}
	t.Cleanup(st.close)
	return st
}

// post sends body to path and returns the response, whose body the test must close.
func post(t testing.TB, url, body string, hdr ...string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// readAll reads a response body whole and closes it.
func readAll(t testing.TB, resp *http.Response) []byte {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading the body: %v", err)
	}
	return b
}

// apiErr decodes an error response, checking OpenAI's shape: an "error" object with a message
// and a type, and param and code present (null or a string).
func apiErr(t testing.TB, b []byte) errorObject {
	t.Helper()
	var raw map[string]map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("error body %q: %v", b, err)
	}
	obj, ok := raw["error"]
	if !ok || len(raw) != 1 {
		t.Fatalf("error body %s: want exactly one key, error", b)
	}
	for _, k := range []string{"message", "type", "param", "code"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("error body %s: no %q", b, k)
		}
	}
	var e errorBody
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	if e.Error.Message == "" || e.Error.Type == "" {
		t.Errorf("error body %s: empty message or type", b)
	}
	return e.Error
}

// wavPCM checks a streamed WAV (16-bit mono, sizes unknown) and returns its rate and PCM bytes.
func wavPCM(t testing.TB, b []byte) (int, []byte) {
	t.Helper()
	if len(b) < 44 || string(b[:4]) != "RIFF" || string(b[8:16]) != "WAVEfmt " || string(b[36:40]) != "data" {
		t.Fatalf("not a canonical WAV header: % x", b[:min(len(b), 44)])
	}
	le := binary.LittleEndian
	if tag, ch, bits := le.Uint16(b[20:]), le.Uint16(b[22:]), le.Uint16(b[34:]); tag != 1 || ch != 1 || bits != 16 {
		t.Fatalf("WAV format %d, %d channels, %d bits; want PCM (1), 1, 16", tag, ch, bits)
	}
	if size := le.Uint32(b[40:]); size != 0xFFFFFFFF && int(size) != len(b)-44 {
		t.Fatalf("WAV data size %d, body has %d bytes of data", size, len(b)-44)
	}
	return int(le.Uint32(b[24:])), b[44:]
}

// enginePCM renders req directly on the engine, as PCM16 bytes.
func enginePCM(t testing.TB, req synth.Request) []byte {
	t.Helper()
	rec, _ := testkit.Render(t, testkit.Engine(t), req)
	return audio.Encode(nil, audio.PCM16, rec.Samples)
}

// sseEvents parses a server-sent event stream of JSON data lines.
func sseEvents(t testing.TB, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, block := range bytes.Split(b, []byte("\n\n")) {
		if len(bytes.TrimSpace(block)) == 0 {
			continue
		}
		data, ok := bytes.CutPrefix(block, []byte("data: "))
		if !ok {
			t.Fatalf("event %q: want a data: line", block)
		}
		var ev map[string]any
		if err := json.Unmarshal(data, &ev); err != nil {
			t.Fatalf("event %q: %v", data, err)
		}
		out = append(out, ev)
	}
	return out
}

// gatedEngine is an engine that, once it has produced a second of audio (ten of the server's
// chunks), waits for open to be closed before producing more: what a client receives before
// then was streamed.
type gatedEngine struct {
	server.Engine
	open   chan struct{}
	mu     sync.Mutex
	ended  []error // the error of each Synthesize, as it returns
	endedC chan struct{}
}

func newGated(t testing.TB) *gatedEngine {
	return &gatedEngine{Engine: testkit.Engine(t), open: make(chan struct{}), endedC: make(chan struct{}, 16)}
}

type gatedSink struct {
	synth.Sink
	ctx  context.Context
	g    *gatedEngine
	sent int
}

func (s *gatedSink) Audio(p []float32) error {
	if s.sent >= 24000 {
		select {
		case <-s.g.open:
		case <-s.ctx.Done():
			return s.ctx.Err()
		}
	}
	s.sent += len(p)
	return s.Sink.Audio(p)
}

func (g *gatedEngine) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	sum, err := g.Engine.Synthesize(ctx, req, &gatedSink{Sink: sink, ctx: ctx, g: g})
	g.mu.Lock()
	g.ended = append(g.ended, err)
	g.mu.Unlock()
	g.endedC <- struct{}{}
	return sum, err
}

// waitEnded waits (at most d) for a Synthesize call to return and gives its error.
func (g *gatedEngine) waitEnded(t testing.TB, d time.Duration) error {
	t.Helper()
	select {
	case <-g.endedC:
	case <-time.After(d):
		t.Fatalf("Synthesize still running after %v", d)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.ended[len(g.ended)-1]
}

var errNotCancelled = errors.New("not cancelled")

// testkitRender renders req on the shared engine and returns its sample count.
func testkitRender(t testing.TB, req synth.Request) (int, []float32) {
	t.Helper()
	rec, _ := testkit.Render(t, testkit.Engine(t), req)
	return len(rec.Samples), rec.Samples
}

// testCatalogVoices lists the shared engine's voices.
func testCatalogVoices(t testing.TB) []string {
	t.Helper()
	return testkit.Engine(t).Catalog().Names()
}
