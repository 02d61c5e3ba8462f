// Command chorusd is the Chorus text-to-speech gRPC server.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr, nil)
	stop()
	os.Exit(code)
}

// run starts the server and blocks until ctx is cancelled (a signal) or serving fails. If ready
// is not nil, the listening address is sent on it once the server accepts connections.
func run(ctx context.Context, args []string, stderr io.Writer, ready chan<- net.Addr) int {
	fs := flag.NewFlagSet("chorusd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "127.0.0.1:50051", "address to listen on (host:port; port 0 picks a free one)")
	level := fs.String("log-level", "info", "log level: debug, info, warn or error")
	format := fs.String("log-format", "text", "log format: text or json")
	maxConc := fs.Int("max-concurrent", 0, "syntheses running at once; more wait (0: 2 × CPUs)")
	grace := fs.Duration("shutdown-timeout", 10*time.Second, "how long to let running streams finish on shutdown")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: chorusd [flags]\n\nServes the chorus.v1.Chorus gRPC API, the standard health service and server reflection.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "chorusd: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	log, err := newLogger(stderr, *level, *format)
	if err != nil {
		fmt.Fprintf(stderr, "chorusd: %v\n", err)
		return 2
	}
	if err := serve(ctx, log, *listen, *maxConc, *grace, ready); err != nil {
		log.Error("chorusd stopped", "error", err)
		fmt.Fprintf(stderr, "chorusd: %v\n", err)
		return 1
	}
	return 0
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	switch strings.ToLower(format) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: use text or json", format)
}

func serve(ctx context.Context, log *slog.Logger, addr string, maxConc int, grace time.Duration, ready chan<- net.Addr) error {
	cat, err := voices.Load()
	if err != nil {
		return err
	}
	eng, err := synth.New(cat, synth.WithLogger(log))
	if err != nil {
		return err
	}
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	g, health := server.NewGRPCServer(server.New(eng, log, server.Options{MaxConcurrent: maxConc}))
	errc := make(chan error, 1)
	go func() { errc <- g.Serve(lis) }()
	log.Info("chorusd listening", "addr", lis.Addr().String(), "voices", len(cat.Voices()))
	if ready != nil {
		ready <- lis.Addr()
	}

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", grace)
	health.Shutdown() // NOT_SERVING from now on
	done := make(chan struct{})
	go func() { g.GracefulStop(); close(done) }()
	select {
	case <-done:
	case <-time.After(grace):
		log.Warn("streams still running after the grace period; closing them")
		g.Stop()
		<-done
	}
	<-errc
	log.Info("stopped")
	return nil
}
