package main

import (
	"context"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// With --drain-delay, chorusd answers NOT_SERVING as soon as it is signalled yet keeps serving
// new calls until the delay is over, so that clients and load balancers move away before
// anything is refused; then it stops as without the delay.
func TestDrainDelayServesWhileNotServing(t *testing.T) {
	const drain = 2 * time.Second
	d := startWith(t, []string{"--drain-delay", drain.String(), "--shutdown-timeout", "1m"}, grpc.WithTransportCredentials(insecure.NewCredentials()))
	awaitNotServing := watchHealth(t, d)
	signalled := time.Now()
	d.signal()
	awaitNotServing()

	// Within the delay a new call is served in full (firstMessages fails the test otherwise).
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	h, err := healthpb.NewHealthClient(d.conn).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Fatalf("health during the drain delay: %v, %v; want NOT_SERVING", h, err)
	}
	stream := firstMessages(t, ctx, d, "Still here.")
	for {
		m, err := stream.Recv()
		if err != nil {
			t.Fatalf("the call made during the drain delay failed: %v", err)
		}
		if m.GetSummary() != nil {
			break
		}
	}
	if served := time.Since(signalled); served >= drain {
		// Not a failure of chorusd: the machine was too slow for this test to show anything.
		t.Fatalf("the call ended %v after the signal, past the %v drain delay: the test proves nothing", served, drain)
	}

	if code := d.wait(t, hangGuard); code != 0 {
		t.Errorf("exit %d: %s", code, d.logs)
	}
	if took := time.Since(signalled); took < drain {
		t.Errorf("stopped %v after the signal, before the %v drain delay", took, drain)
	}
	// After the delay nothing new is taken: the listener is closed.
	_, err = chorusv1.NewChorusClient(d.conn).ListVoices(ctx, &chorusv1.ListVoicesRequest{})
	if err == nil {
		t.Error("a call after the stop was served")
	}
}

func TestDrainDelayFlag(t *testing.T) {
	if _, err := parseFlags([]string{"--drain-delay", "-1s"}, &syncBuffer{}); err == nil {
		t.Error("a negative --drain-delay was accepted")
	}
	cfg, err := parseFlags([]string{"--drain-delay", "5s"}, &syncBuffer{})
	if err != nil || cfg.drain != 5*time.Second {
		t.Errorf("--drain-delay 5s: %v, %v", cfg, err)
	}
}
