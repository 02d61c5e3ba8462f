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
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/chorus-tts/chorus/internal/auth"
	"github.com/chorus-tts/chorus/internal/logx"
	"github.com/chorus-tts/chorus/internal/tlsreload"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/server/httpapi"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	reload := make(chan struct{}, 1)
	go func() {
		for range hup {
			select {
			case reload <- struct{}{}:
			default: // one is pending already
			}
		}
	}()
	code := run(ctx, os.Args[1:], env{stderr: os.Stderr, reload: reload})
	stop()
	os.Exit(code)
}

// env is what run needs from its caller besides flags.
type env struct {
	stderr io.Writer
	// ready, if set, receives the gRPC address once the server accepts connections, then the
	// metrics address if there is one.
	ready chan<- net.Addr
	// reload asks for the TLS files and the token file to be read again (SIGHUP).
	reload <-chan struct{}
	// engine, if set, replaces the engine built from the voice catalog (tests).
	engine server.Engine
}

// config is chorusd's flags.
type config struct {
	listen, level, format string
	logText               bool
	opts                  server.Options // the server's limits
	grace                 time.Duration  // --shutdown-timeout
	drain                 time.Duration  // --drain-delay
	// TLS and tokens.
	tlsCert, tlsKey, tlsClientCA, tokens string
	insecure, reflection                 bool
	reloadEvery                          time.Duration
	metrics                              string
	// Connections and calls.
	maxConns                                 int
	handshake, idle, age, stall, maxDuration time.Duration
	http                                     httpConfig // --http (http.go)
}

// stopWait is how long run waits, after the grace period, for grpc's Stop to return before it
// gives up on handlers that ignore cancellation: the process exits within grace + 1 s.
const stopWait = 300 * time.Millisecond

// run starts the server and blocks until ctx is cancelled (a signal) or serving fails. It
// returns the exit code: 0 after a shutdown, 1 if serving failed, 2 for bad flags.
func run(ctx context.Context, args []string, e env) int {
	if len(args) > 0 && args[0] == "health" {
		return probe(ctx, args[1:], os.Stdout, e.stderr)
	}
	cfg, err := parseFlags(args, e.stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(e.stderr, "chorusd: %v\n", err)
		return 2
	}
	log, err := newLogger(e.stderr, cfg.level, cfg.format)
	if err != nil {
		fmt.Fprintf(e.stderr, "chorusd: %v\n", err)
		return 2
	}
	if err := serve(ctx, log, cfg, e); err != nil {
		log.Error("chorusd stopped", "error", err)
		fmt.Fprintf(e.stderr, "chorusd: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	return 0
}

// usageError is a mistake in how chorusd was started, found after the flags were parsed.
type usageError struct{ error }

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("chorusd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.listen, "listen", "127.0.0.1:50051", "address to listen on (host:port; port 0 picks a free one); an address other than loopback needs TLS or --insecure")
	fs.StringVar(&cfg.level, "log-level", "info", "log level: debug, info, warn or error")
	fs.StringVar(&cfg.format, "log-format", "text", "log format: text or json")
	fs.BoolVar(&cfg.logText, "log-text", false, "let rejection logs quote what requests said (off: they never show request text)")
	o := &cfg.opts
	fs.IntVar(&o.MaxConcurrent, "max-concurrent", 0, "synthesis slots: Synthesize and AnalyzeText calls doing their work at once (0: 2 × CPUs)")
	fs.IntVar(&o.MaxQueue, "max-queue", 0, "requests that may wait for a slot; more are refused with RESOURCE_EXHAUSTED (0: 4 × --max-concurrent; -1: none)")
	fs.DurationVar(&o.QueueWait, "queue-wait", server.DefaultQueueWait, "how long a request may wait for a slot before it is refused with RESOURCE_EXHAUSTED")
	fs.IntVar(&o.TokenConcurrency, "token-concurrency", 0, "requests one client (a token, or a peer address without tokens) may have running or queued (0: no limit)")
	fs.Float64Var(&o.TokenRate, "token-rate", 0, "requests one client may start per second (0: no limit)")
	fs.IntVar(&o.TokenBurst, "token-burst", 0, "requests one client may start at once within --token-rate (0: the rate, rounded up)")
	fs.DurationVar(&cfg.stall, "stall-timeout", server.DefaultStallTimeout, "cancel a call whose client has read nothing for this long, freeing its slot")
	fs.DurationVar(&cfg.maxDuration, "max-request-duration", server.DefaultMaxRequestDuration, "the longest any call may run, whatever deadline its client set")
	fs.DurationVar(&o.MaxAudio, "max-audio", server.DefaultMaxAudio, "the most audio one Synthesize call may produce; a request that would run past it gets INVALID_ARGUMENT, and no audio past it is rendered")
	fs.DurationVar(&cfg.grace, "shutdown-timeout", 10*time.Second, "on SIGTERM, how long running calls may finish; then they are cut and chorusd exits within a second")
	fs.DurationVar(&cfg.drain, "drain-delay", 0, "on SIGTERM, how long to keep taking new calls while health says NOT_SERVING, so that load balancers and clients move away first (Kubernetes: a few seconds); --shutdown-timeout follows it")
	fs.StringVar(&cfg.tlsCert, "tls-cert", "", "serve TLS (1.2 or later) with this PEM certificate chain; reloaded when it changes or on SIGHUP")
	fs.StringVar(&cfg.tlsKey, "tls-key", "", "the PEM private key of --tls-cert")
	fs.StringVar(&cfg.tlsClientCA, "tls-client-ca", "", "require client certificates signed by a CA in this PEM file (mutual TLS)")
	fs.BoolVar(&cfg.insecure, "insecure", false, "allow serving plain text on an address other than loopback")
	fs.StringVar(&cfg.tokens, "auth-tokens", "", "require bearer tokens: a file of NAME:TOKEN lines (# comments); reloaded when it changes or on SIGHUP")
	fs.BoolVar(&cfg.reflection, "reflection", true, "serve gRPC server reflection (with --auth-tokens, to callers with a token only)")
	fs.DurationVar(&cfg.reloadEvery, "reload-interval", 10*time.Second, "how often to check the TLS and token files for changes (0: only on SIGHUP)")
	fs.StringVar(&cfg.metrics, "metrics", "", "serve Prometheus metrics at http://ADDR/metrics")
	fs.IntVar(&cfg.maxConns, "max-connections", 1000, "client connections open at once; more are closed as they arrive")
	fs.DurationVar(&cfg.handshake, "handshake-timeout", server.DefaultHandshakeTimeout, "close a connection whose TLS and HTTP/2 handshake takes longer")
	fs.DurationVar(&cfg.idle, "max-connection-idle", server.DefaultMaxConnectionIdle, "close a connection with no call for this long (one that never made a call included)")
	fs.DurationVar(&cfg.age, "max-connection-age", server.DefaultMaxConnectionAge, "ask clients to reconnect after this long (calls running then may finish within --max-request-duration)")
	addHTTPFlags(fs, &cfg.http)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: chorusd [flags]\n       chorusd health [--addr ADDR] (exit 0 if a chorusd serves)\n\nServes the chorus.v1.Chorus gRPC API, the standard health service and server reflection.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if (cfg.tlsCert == "") != (cfg.tlsKey == "") {
		return nil, errors.New("--tls-cert and --tls-key go together")
	}
	if len(cfg.http.aliases) > 0 && cfg.http.addr == "" {
		return nil, errors.New("--voice-alias needs --http: aliases are names for the HTTP API's voice field")
	}
	if cfg.http.openAI && cfg.http.addr == "" {
		return nil, errors.New("--openai-voices needs --http: OpenAI's voice names are for the HTTP API's voice field")
	}
	if cfg.tlsClientCA != "" && cfg.tlsCert == "" {
		return nil, errors.New("--tls-client-ca needs --tls-cert and --tls-key")
	}
	for name, d := range map[string]time.Duration{
		"--queue-wait": o.QueueWait, "--stall-timeout": cfg.stall, "--max-request-duration": cfg.maxDuration,
		"--shutdown-timeout": cfg.grace, "--handshake-timeout": cfg.handshake, "--max-connection-idle": cfg.idle,
		"--max-connection-age": cfg.age, "--max-audio": o.MaxAudio,
	} {
		if d <= 0 {
			return nil, fmt.Errorf("%s %v: must be positive", name, d)
		}
	}
	if cfg.drain < 0 {
		return nil, fmt.Errorf("--drain-delay %v: must be 0 or positive", cfg.drain)
	}
	if cfg.reloadEvery < 0 {
		return nil, fmt.Errorf("--reload-interval %v: must be 0 or positive", cfg.reloadEvery)
	}
	if o.MaxConcurrent < 0 || o.MaxQueue < -1 || o.TokenConcurrency < 0 || o.TokenRate < 0 || o.TokenBurst < 0 || cfg.maxConns < 1 {
		return nil, errors.New("--max-concurrent, --token-concurrency, --token-rate and --token-burst must not be negative; --max-queue is -1 or more; --max-connections at least 1")
	}
	o.StallTimeout, o.MaxRequestDuration = cfg.stall, cfg.maxDuration
	o.HandshakeTimeout, o.MaxConnectionIdle, o.MaxConnectionAge = cfg.handshake, cfg.idle, cfg.age
	o.DisableReflection = !cfg.reflection
	o.LogText = cfg.logText
	return cfg, nil
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	var h slog.Handler
	switch strings.ToLower(format) {
	case "text":
		h = slog.NewTextHandler(w, opts)
	case "json":
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, fmt.Errorf("--log-format %q: use text or json", format)
	}
	// A warning repeated within 10 s is logged once, then counted.
	return slog.New(logx.Collapse(h, 10*time.Second)), nil
}

// isLoopback reports whether a listener's address is a loopback one.
func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

func serve(ctx context.Context, log *slog.Logger, cfg *config, e env) error {
	var (
		tlsFiles *tlsreload.Reloader
		tokens   *auth.Store
		err      error
	)
	if cfg.tlsCert != "" {
		tlsFiles, err = tlsreload.New(tlsreload.Files{Cert: cfg.tlsCert, Key: cfg.tlsKey, ClientCA: cfg.tlsClientCA})
		if err != nil {
			return usageError{err}
		}
	}
	if cfg.tokens != "" {
		if tokens, err = auth.Open(cfg.tokens); err != nil {
			return usageError{fmt.Errorf("--auth-tokens: %w", err)}
		}
		cfg.opts.Auth = tokens
	}

	eng := e.engine
	if eng == nil {
		cat, err := voices.Load()
		if err != nil {
			return err
		}
		if eng, err = synth.New(cat, synth.WithLogger(log)); err != nil {
			return err
		}
	}
	aliases, err := voiceAliases(cfg, eng)
	if err != nil {
		return err
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := server.NewMetrics(reg)
	if err != nil {
		return err
	}
	cfg.opts.Metrics = metrics

	lis, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		return err
	}
	if tlsFiles == nil && !cfg.insecure && !isLoopback(lis.Addr()) {
		lis.Close()
		return usageError{fmt.Errorf("refusing to serve plain text on %s, which is not a loopback address: give --tls-cert and --tls-key, or --insecure to do it on purpose", lis.Addr())}
	}
	if tlsFiles == nil && !isLoopback(lis.Addr()) {
		log.Warn("serving plain text on a network address (--insecure): requests, audio and tokens travel unencrypted", "addr", lis.Addr().String())
	}
	limited := newLimitListener(lis, cfg.maxConns, func() {
		metrics.Rejected("connection_limit")
		log.Warn("connection refused: too many open", "max", cfg.maxConns)
	})

	var extra []grpc.ServerOption
	if tlsFiles != nil {
		// HTTP requests reach the server over an in-process pipe, past the HTTP port's TLS.
		extra = append(extra, grpc.Creds(httpapi.ServerCredentials(credentials.NewTLS(tlsFiles.Config()))))
	}
	g, health := server.NewGRPCServer(server.New(eng, log, cfg.opts), extra...)
	errc := make(chan error, 1)
	go func() { errc <- g.Serve(limited) }()
	attrs := []any{"addr", lis.Addr().String(), "tls", tlsFiles != nil, "mutual_tls", cfg.tlsClientCA != "", "tokens", tokens != nil}
	if tlsFiles != nil {
		attrs = append(attrs, "cert_expires", tlsFiles.NotAfter().UTC().Format(time.RFC3339))
	}
	if tokens != nil {
		attrs = append(attrs, "clients", tokens.Set().Len())
	}
	log.Info("chorusd listening", attrs...)
	if e.ready != nil {
		e.ready <- lis.Addr()
	}

	var metricsSrv *http.Server
	if cfg.metrics != "" {
		if metricsSrv, err = serveMetrics(log, cfg.metrics, reg, e.ready); err != nil {
			g.Stop()
			<-errc
			return err
		}
	}

	var httpSrv *httpServer
	if cfg.http.addr != "" {
		if httpSrv, err = startHTTP(log, cfg, aliases, g, eng, tlsFiles, metrics, e.ready); err != nil {
			g.Stop()
			<-errc
			return err
		}
	}

	stopReload := make(chan struct{})
	reloaded := make(chan struct{})
	go func() {
		defer close(reloaded)
		watchFiles(log, cfg.reloadEvery, e.reload, stopReload, tlsFiles, tokens)
	}()
	defer func() {
		close(stopReload)
		<-reloaded
	}()

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", cfg.grace, "drain_delay", cfg.drain)
	health.Shutdown() // NOT_SERVING from now on
	if cfg.drain > 0 {
		// Still serving: a client or load balancer that has not seen the health change yet is
		// answered, not refused. Serving failing ends the wait.
		select {
		case <-time.After(cfg.drain):
		case err := <-errc:
			return err
		}
		log.Info("drain delay over; finishing running calls")
	}
	httpDone := make(chan struct{})
	go func() {
		defer close(httpDone)
		if httpSrv != nil {
			httpSrv.shutdown(log, cfg.grace)
		}
	}()
	done := make(chan struct{})
	go func() { g.GracefulStop(); close(done) }()
	select {
	case <-done:
	case <-time.After(cfg.grace):
		log.Warn("streams still running after the grace period; closing them")
		go g.Stop()
		select {
		case <-done:
		case <-time.After(stopWait):
			// A handler that ignores cancellation must not keep the process alive: main exits.
			log.Error("handlers still running after being cancelled; exiting without them")
		}
	}
	select {
	case <-httpDone:
	case <-time.After(stopWait):
	}
	if metricsSrv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), stopWait)
		if err := metricsSrv.Shutdown(sctx); err != nil {
			metricsSrv.Close()
		}
		cancel()
	}
	log.Info("stopped")
	return nil
}

// serveMetrics serves reg at http://addr/metrics.
func serveMetrics(log *slog.Logger, addr string, reg *prometheus.Registry, ready chan<- net.Addr) (*http.Server, error) {
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelError)}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute}
	go func() {
		if err := srv.Serve(lis); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "error", err)
		}
	}()
	log.Info("metrics at /metrics", "addr", lis.Addr().String())
	if ready != nil {
		ready <- lis.Addr()
	}
	return srv, nil
}

// reloader is a file-backed setting that can be read again; Reload reports whether it changed.
type reloader interface {
	Reload() (changed bool, err error)
}

// watchFiles reloads the TLS files and the token file every interval (if > 0) and whenever
// reload says so, until stop is closed. A file that fails to load keeps what is in force; the
// error is logged.
func watchFiles(log *slog.Logger, interval time.Duration, reload <-chan struct{}, stop <-chan struct{}, tlsFiles *tlsreload.Reloader, tokens *auth.Store) {
	var tick <-chan time.Time
	if interval > 0 && (tlsFiles != nil || tokens != nil) {
		t := time.NewTicker(interval)
		defer t.Stop()
		tick = t.C
	}
	check := func(what string, r reloader) {
		changed, err := r.Reload()
		switch {
		case err != nil:
			log.Error("reload failed; keeping the "+what+" in force", "error", err)
		case changed && what == "TLS certificate":
			log.Info("reloaded the "+what, "expires", tlsFiles.NotAfter().UTC().Format(time.RFC3339))
		case changed:
			log.Info("reloaded the "+what, "clients", tokens.Set().Len())
		}
	}
	for {
		select {
		case <-stop:
			return
		case <-tick:
		case <-reload:
			log.Info("reloading TLS and token files (SIGHUP)")
		}
		if tlsFiles != nil {
			check("TLS certificate", tlsFiles)
		}
		if tokens != nil {
			check("tokens", tokens)
		}
	}
}
