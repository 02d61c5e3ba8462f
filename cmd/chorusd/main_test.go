package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
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

func TestServeHealthAndGracefulShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	ready := make(chan net.Addr, 1)
	exited := make(chan int, 1)
	go func() {
		exited <- run(ctx, []string{"--listen", "127.0.0.1:0", "--log-format", "json", "--shutdown-timeout", "2s"}, &logs, ready)
	}()
	var addr net.Addr
	select {
	case addr = <-ready:
	case code := <-exited:
		t.Fatalf("exited %d before listening: %s", code, logs.String())
	case <-time.After(time.Minute):
		t.Fatal("not listening after a minute")
	}
	conn, err := grpc.NewClient(addr.String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cctx, ccancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer ccancel()
	h, err := healthpb.NewHealthClient(conn).Check(cctx, &healthpb.HealthCheckRequest{})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health: %v %v", h, err)
	}
	// A long stream is in flight when the signal comes: shutdown waits for it at most the grace
	// period, then closes it.
	stream, err := chorusv1.NewChorusClient(conn).Synthesize(cctx, &chorusv1.SynthesizeRequest{
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: strings.Repeat("A very long stream of words. ", 2000)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cancel()
	select {
	case code := <-exited:
		if code != 0 {
			t.Errorf("exit %d: %s", code, logs.String())
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("shutdown took %v with a 2 s grace period", d)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("still running 30 s after the signal")
	}
	for _, want := range []string{`"msg":"chorusd listening"`, `"msg":"shutting down"`, `"msg":"stopped"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"--log-level", "loud"}, {"--log-format", "xml"}, {"--nope"}, {"extra"}} {
		var errb syncBuffer
		if code := run(context.Background(), args, &errb, nil); code != 2 || errb.String() == "" {
			t.Errorf("%q: exit %d, %q", args, code, errb.String())
		}
	}
	var errb syncBuffer
	if code := run(context.Background(), []string{"--listen", "256.0.0.1:99999"}, &errb, nil); code != 1 || !strings.Contains(errb.String(), "chorusd:") {
		t.Errorf("bad address: exit %d, %q", code, errb.String())
	}
}
