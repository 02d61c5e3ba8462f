package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

func TestHealthProbe(t *testing.T) {
	d := startWith(t, []string{"--drain-delay", "3s", "--shutdown-timeout", "1s"}, grpc.WithTransportCredentials(insecure.NewCredentials()))
	ctx := context.Background()
	ask := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := probe(ctx, args, &out, &errb)
		return code, strings.TrimSpace(out.String() + errb.String())
	}
	if code, out := ask("--addr", d.addr); code != 0 || out != "SERVING" {
		t.Errorf("serving chorusd: exit %d, %q; want 0, SERVING", code, out)
	}
	if code, out := ask("--addr", d.addr, "--service", "chorus.v1.Chorus"); code != 0 || out != "SERVING" {
		t.Errorf("chorus.v1.Chorus: exit %d, %q; want 0, SERVING", code, out)
	}
	if code, out := ask("--addr", d.addr, "--service", "no.such.Service"); code != 1 || !strings.Contains(out, "NotFound") {
		t.Errorf("unknown service: exit %d, %q; want 1 and NotFound", code, out)
	}

	// Draining (the drain delay keeps it answering for 3 s): NOT_SERVING, exit 1.
	awaitNotServing := watchHealth(t, d)
	d.signal()
	awaitNotServing()
	if code, out := ask("--addr", d.addr); code != 1 || out != "NOT_SERVING" {
		t.Errorf("draining chorusd: exit %d, %q; want 1, NOT_SERVING", code, out)
	}

	// Nothing listening: exit 1 within the timeout.
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	free := lis.Addr().String()
	lis.Close()
	if code, _ := ask("--addr", free, "--timeout", "200ms"); code != 1 {
		t.Errorf("no server: exit %d, want 1", code)
	}
	if code, _ := ask("--bogus"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	// run dispatches to the probe.
	var errb bytes.Buffer
	if code := run(ctx, []string{"health", "--addr", free, "--timeout", "100ms"}, env{stderr: &errb}); code != 1 || !strings.Contains(errb.String(), free) {
		t.Errorf("run health: exit %d, %q; want 1 naming %s", code, errb.String(), free)
	}
}
