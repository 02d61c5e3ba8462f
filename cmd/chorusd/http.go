package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"google.golang.org/grpc"

	"github.com/chorus-tts/chorus/internal/tlsreload"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/server/httpapi"
)

// httpConfig is the flags of the HTTP API.
type httpConfig struct {
	addr       string
	playground bool
	aliases    []string // --voice-alias values, checked against the catalog when serving starts
	openAI     bool     // --openai-voices
}

func addHTTPFlags(fs *flag.FlagSet, c *httpConfig) {
	fs.StringVar(&c.addr, "http", "", "also serve HTTP at this address (host:port): the OpenAI-compatible POST /v1/audio/speech, GET /v1/voices, /healthz, /readyz and the web playground at /; with the gRPC server's TLS, tokens and limits")
	fs.BoolVar(&c.playground, "playground", true, "with --http, serve the web playground at /")
	fs.BoolVar(&c.openAI, "openai-voices", false, "with --http, accept OpenAI's voice names in POST /v1/audio/speech as aliases of Chorus voices ("+httpapi.OpenAIVoices+"); --voice-alias overrides any of them")
	fs.Func("voice-alias", "with --http, NAME=VOICE[,NAME=VOICE...]: another name POST /v1/audio/speech accepts for a voice, for clients written for other voice names (alloy=slt,echo=kal); repeatable", func(s string) error {
		c.aliases = append(c.aliases, s)
		return nil
	})
}

// httpServer is the HTTP API beside the gRPC server.
type httpServer struct {
	srv    *http.Server
	pipe   *httpapi.Pipe
	served chan error
}

// startHTTP serves the HTTP API on cfg.http.addr, with aliases (checked by voiceAliases). Its requests reach g, the gRPC server, over an
// in-process pipe, so they pass through the same authentication, admission and metrics.
func startHTTP(log *slog.Logger, cfg *config, aliases httpapi.VoiceAliases, g *grpc.Server, eng server.Engine, tlsFiles *tlsreload.Reloader, metrics *server.Metrics, ready chan<- net.Addr) (*httpServer, error) {
	lis, err := net.Listen("tcp", cfg.http.addr)
	if err != nil {
		return nil, fmt.Errorf("--http: %w", err)
	}
	if tlsFiles == nil && !cfg.insecure && !isLoopback(lis.Addr()) {
		lis.Close()
		return nil, usageError{fmt.Errorf("--http: refusing to serve plain text on %s, which is not a loopback address: give --tls-cert and --tls-key, or --insecure to do it on purpose", lis.Addr())}
	}
	var l net.Listener = newLimitListener(lis, cfg.maxConns, func() {
		metrics.Rejected("connection_limit")
		log.Warn("HTTP connection refused: too many open", "max", cfg.maxConns)
	})
	if tlsFiles != nil {
		l = tls.NewListener(l, httpTLS(tlsFiles.Config()))
	}
	hs := &httpServer{pipe: httpapi.NewPipe(), served: make(chan error, 1)}
	go func() { _ = g.Serve(hs.pipe) }() // returns when g stops
	h := httpapi.New(hs.pipe, httpapi.Options{
		Log: log, Catalog: eng.Catalog(), Playground: cfg.http.playground, WriteTimeout: cfg.stall, ReadTimeout: cfg.stall,
		VoiceAliases: aliases,
	})
	hs.srv = &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.handshake,
		IdleTimeout:       cfg.idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelDebug),
	}
	go func() { hs.served <- hs.srv.Serve(l) }()
	log.Info("HTTP API listening", "addr", lis.Addr().String(), "tls", tlsFiles != nil, "playground", cfg.http.playground)
	if ready != nil {
		ready <- lis.Addr()
	}
	return hs, nil
}

// httpTLS is the gRPC server's TLS configuration offering HTTP/1.1 as well as HTTP/2.
func httpTLS(base *tls.Config) *tls.Config {
	c := base.Clone()
	c.NextProtos = []string{"h2", "http/1.1"}
	if get := base.GetConfigForClient; get != nil {
		c.GetConfigForClient = func(hi *tls.ClientHelloInfo) (*tls.Config, error) {
			cc, err := get(hi)
			if err != nil || cc == nil {
				return cc, err
			}
			cc = cc.Clone()
			cc.NextProtos = []string{"h2", "http/1.1"}
			return cc, nil
		}
	}
	return c
}

// shutdown stops taking HTTP requests and lets running ones finish within grace; then they are
// cut. It returns once the server has stopped.
func (hs *httpServer) shutdown(log *slog.Logger, grace time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.srv.Shutdown(ctx); err != nil {
		log.Warn("HTTP requests still running after the grace period; closing them")
		hs.srv.Close()
	}
	if err := <-hs.served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("HTTP server stopped", "error", err)
	}
}

// voiceAliases checks the --voice-alias values against the engine's catalog, before anything
// listens: a mistake is a usage error, as a bad flag is.
func voiceAliases(cfg *config, eng server.Engine) (httpapi.VoiceAliases, error) {
	a, err := httpapi.ParseVoiceAliases(strings.Join(cfg.http.aliases, ","), eng.Catalog())
	if err != nil {
		return nil, usageError{fmt.Errorf("--voice-alias: %w", err)}
	}
	if !cfg.http.openAI {
		return a, nil
	}
	preset, err := httpapi.ParseVoiceAliases(httpapi.OpenAIVoices, eng.Catalog())
	if err != nil { // a catalog without the voices the preset names
		return nil, usageError{fmt.Errorf("--openai-voices: %w", err)}
	}
	if a, err = preset.Merge(a); err != nil {
		return nil, usageError{fmt.Errorf("--voice-alias with --openai-voices: %w", err)}
	}
	return a, nil
}
