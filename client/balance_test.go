package client

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	"github.com/chorus-tts/chorus/internal/testcerts"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

func TestTargetForms(t *testing.T) {
	for _, tc := range []struct {
		addr, target string // target "" : an error is wanted
	}{
		{"127.0.0.1:50051", "127.0.0.1:50051"},
		{" chorus.example:50051 ", "chorus.example:50051"},
		{"[::1]:50051", "[::1]:50051"},
		{"a:1,b:2", listScheme + ":///a:1,b:2"},
		{"a:1, b:2 ,c:3", listScheme + ":///a:1, b:2 ,c:3"},
		{"dns:///chorus-headless:50051", "dns:///chorus-headless:50051"},
		{"passthrough:///10.0.0.1:50051", "passthrough:///10.0.0.1:50051"},
		{"", ""},
		{"nohost", ""},
		{":50051", ""},
		{"a:1,,b:2", ""},
		{"a:1,b", ""},
		{"a:1,a:1", ""},
		{"nosuchscheme:///x:1", ""},
	} {
		got, opts, err := target(tc.addr)
		if tc.target == "" {
			if !errors.Is(err, ErrTarget) {
				t.Errorf("target(%q) = %q, %v; want an ErrTarget", tc.addr, got, err)
			}
			continue
		}
		if err != nil || got != tc.target || len(opts) == 0 {
			t.Errorf("target(%q) = %q, %d options, %v; want %q", tc.addr, got, len(opts), err, tc.target)
		}
	}
}

// replica is a fake chorusd on loopback: it counts the Synthesize calls it gets and answers each
// as behave says.
type replica struct {
	chorusv1.UnimplementedChorusServer
	addr   string
	calls  atomic.Int64
	health *health.Server
	behave func(call int64, stream chorusv1.Chorus_SynthesizeServer) error
}

// speak is a good answer: the format, one chunk of audio, the summary.
func speak(_ int64, stream chorusv1.Chorus_SynthesizeServer) error {
	for _, m := range []*chorusv1.SynthesizeResponse{
		{Response: &chorusv1.SynthesizeResponse_Format{Format: &chorusv1.AudioFormat{Encoding: chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16, SampleRateHertz: 16000, Channels: 1}}},
		{Response: &chorusv1.SynthesizeResponse_Audio{Audio: &chorusv1.AudioChunk{Audio: make([]byte, 320)}}},
		{Response: &chorusv1.SynthesizeResponse_Summary{Summary: &chorusv1.Summary{TotalSamples: 160}}},
	} {
		if err := stream.Send(m); err != nil {
			return err
		}
	}
	return nil
}

func (r *replica) Synthesize(_ *chorusv1.SynthesizeRequest, stream chorusv1.Chorus_SynthesizeServer) error {
	return r.behave(r.calls.Add(1), stream)
}

func startReplicas(t *testing.T, n int, behave func(int64, chorusv1.Chorus_SynthesizeServer) error, opts ...grpc.ServerOption) []*replica {
	t.Helper()
	var rs []*replica
	for range n {
		lis, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		r := &replica{addr: lis.Addr().String(), health: health.NewServer(), behave: behave}
		g := grpc.NewServer(opts...)
		chorusv1.RegisterChorusServer(g, r)
		healthpb.RegisterHealthServer(g, r.health)
		done := make(chan struct{})
		go func() { defer close(done); _ = g.Serve(lis) }()
		t.Cleanup(func() { g.Stop(); <-done })
		rs = append(rs, r)
	}
	return rs
}

func addrs(rs []*replica) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.addr)
	}
	return strings.Join(s, ",")
}

func dialTest(t *testing.T, addr string) *Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

var hello = synth.Request{Parts: []synth.Part{{Text: "Hello."}}}

func say(t *testing.T, c *Client) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := c.Synthesize(ctx, hello, &nopSink{})
	return err
}

type nopSink struct{}

func (nopSink) Audio([]float32) error       { return nil }
func (nopSink) Word(synth.WordTiming) error { return nil }

// calls returns how many calls each replica has had.
func calls(rs []*replica) []int64 {
	out := make([]int64, len(rs))
	for i, r := range rs {
		out[i] = r.calls.Load()
	}
	return out
}

// waitSpread makes calls until every replica has had one (round robin reaches a replica only
// once its connection is up, and Dial waits for the first one only), within a deadline.
func waitSpread(t *testing.T, c *Client, rs []*replica) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if err := say(t, c); err != nil {
			t.Fatal(err)
		}
		all := true
		for _, n := range calls(rs) {
			all = all && n > 0
		}
		if all {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 10 s of calls not every replica was used: %v", calls(rs))
		}
	}
}

// Several addresses are balanced round-robin: once every connection is up, calls go to each
// replica in turn, so 3k calls give each exactly k.
func TestListBalancesRoundRobin(t *testing.T) {
	rs := startReplicas(t, 3, speak)
	c := dialTest(t, addrs(rs))
	waitSpread(t, c, rs)
	before := calls(rs)
	const k = 10
	for range 3 * k {
		if err := say(t, c); err != nil {
			t.Fatal(err)
		}
	}
	after := calls(rs)
	for i := range rs {
		if got := after[i] - before[i]; got != k {
			t.Errorf("replica %d served %d of %d calls, want %d (all: %v → %v)", i, got, 3*k, k, before, after)
		}
	}
}

// A replica whose health turns NOT_SERVING (chorusd draining) gets no new calls.
func TestNotServingReplicaGetsNoCalls(t *testing.T) {
	rs := startReplicas(t, 3, speak)
	c := dialTest(t, addrs(rs))
	waitSpread(t, c, rs)
	rs[1].health.Shutdown() // NOT_SERVING, as chorusd does on SIGTERM
	// The client learns it through its health watch: wait, within a deadline, for a run of calls
	// that all avoid it (three rounds), then check that it stays avoided.
	deadline := time.Now().Add(10 * time.Second)
	for run := 0; run < 9; {
		n := rs[1].calls.Load()
		if err := say(t, c); err != nil {
			t.Fatal(err)
		}
		if rs[1].calls.Load() == n {
			run++
		} else {
			run = 0
		}
		if time.Now().After(deadline) {
			t.Fatal("calls still reach the NOT_SERVING replica after 10 s")
		}
	}
	n := calls(rs)
	for range 30 {
		if err := say(t, c); err != nil {
			t.Fatal(err)
		}
	}
	m := calls(rs)
	if m[1] != n[1] {
		t.Errorf("the NOT_SERVING replica got %d calls", m[1]-n[1])
	}
	if m[0] == n[0] || m[2] == n[2] {
		t.Errorf("the serving replicas did not share the calls: %v → %v", n, m)
	}
}

// A call refused with UNAVAILABLE before any response is tried again: with a list, on another
// replica; with one address, on the same server.
func TestRetriesUnavailableBeforeAnyResponse(t *testing.T) {
	refuse := func(int64, chorusv1.Chorus_SynthesizeServer) error {
		return status.Error(codes.Unavailable, "going away")
	}
	bad := startReplicas(t, 1, refuse)
	good := startReplicas(t, 1, speak)
	c := dialTest(t, bad[0].addr+","+good[0].addr)
	// The channel is ready once one replica is; round robin reaches the other when its
	// connection is up, so call until the refusing one has been tried (bounded), at least 10
	// times. Every call must succeed.
	calls := 0
	for calls < 10 || bad[0].calls.Load() == 0 {
		if calls == 200 {
			t.Fatal("the refusing replica was never tried in 200 calls: the test shows nothing")
		}
		if err := say(t, c); err != nil {
			t.Fatalf("call %d: %v", calls, err)
		}
		calls++
	}
	if got := good[0].calls.Load(); got != int64(calls) {
		t.Errorf("the good replica served %d calls, want %d", got, calls)
	}

	// One server that refuses the first call of each pair only.
	flaky := startReplicas(t, 1, func(call int64, s chorusv1.Chorus_SynthesizeServer) error {
		if call%2 == 1 {
			return status.Error(codes.Unavailable, "not yet")
		}
		return speak(call, s)
	})
	c1 := dialTest(t, flaky[0].addr)
	for i := range 3 {
		if err := say(t, c1); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if got := flaky[0].calls.Load(); got != 6 {
		t.Errorf("the flaky server had %d attempts for 3 calls, want 6", got)
	}
}

// A stream that has delivered a response is never restarted: its UNAVAILABLE reaches the caller
// after one attempt, naming the server lost mid-stream.
func TestStreamWithAudioIsNotRestarted(t *testing.T) {
	var mu sync.Mutex
	cut := func(_ int64, stream chorusv1.Chorus_SynthesizeServer) error {
		mu.Lock()
		defer mu.Unlock()
		for _, m := range []*chorusv1.SynthesizeResponse{
			{Response: &chorusv1.SynthesizeResponse_Format{Format: &chorusv1.AudioFormat{Encoding: chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16, SampleRateHertz: 16000, Channels: 1}}},
			{Response: &chorusv1.SynthesizeResponse_Audio{Audio: &chorusv1.AudioChunk{Audio: make([]byte, 320)}}},
		} {
			if err := stream.Send(m); err != nil {
				return err
			}
		}
		return status.Error(codes.Unavailable, "replica lost")
	}
	rs := startReplicas(t, 2, cut)
	c := dialTest(t, addrs(rs))
	err := say(t, c)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
	if total := rs[0].calls.Load() + rs[1].calls.Load(); total != 1 {
		t.Errorf("%d attempts, want 1: a stream that sent audio was restarted", total)
	}
	var served string
	for _, r := range rs {
		if r.calls.Load() == 1 {
			served = r.addr
		}
	}
	msg := err.Error()
	for _, want := range []string{"mid-stream", served, "not retried", "replica lost"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}

// With TLS, each server in a list is checked against its own name: a certificate for
// 127.0.0.1 and localhost serves "localhost:P,127.0.0.1:Q".
func TestListWithTLSChecksEachServer(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	pair := ca.Server(t, dir, "server")
	creds := credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{pair.TLS}, MinVersion: tls.VersionTLS12})
	rs := startReplicas(t, 2, speak, grpc.Creds(creds))
	_, p0, err := net.SplitHostPort(rs[0].addr)
	if err != nil {
		t.Fatal(err)
	}
	list := "localhost:" + p0 + "," + rs[1].addr
	opts, err := Security{CA: ca.File}.DialOptions(list)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, list, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	waitSpread(t, c, rs)
}
