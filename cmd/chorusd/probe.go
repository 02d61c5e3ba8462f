package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// probe is "chorusd health": it asks the health service of a running chorusd whether it serves
// and exits 0 if it does, 1 if not (or if it cannot be reached), 2 for bad flags. It is the
// health check of an image with nothing else in it (compose, docker HEALTHCHECK); Kubernetes
// probes the health service natively.
func probe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("chorusd health", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:50051", "the chorusd to ask (plaintext gRPC)")
	service := fs.String("service", "", `the service whose health to ask: "" (the server) or chorus.v1.Chorus (taking new work)`)
	timeout := fs.Duration("timeout", 3*time.Second, "how long to wait for the answer")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: chorusd health [flags]\n\nExits 0 if the chorusd at --addr answers SERVING, 1 otherwise.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chorusd health: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	conn, err := grpc.NewClient(*addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Fprintf(stderr, "chorusd health: %v\n", err)
		return 2
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	res, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{Service: *service}, grpc.WaitForReady(true))
	if err != nil {
		fmt.Fprintf(stderr, "chorusd health: %s: %v\n", *addr, err)
		return 1
	}
	fmt.Fprintln(stdout, res.GetStatus())
	if res.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		return 1
	}
	return 0
}
