// Package httpapi serves Chorus over HTTP: an OpenAI-compatible speech endpoint, the voice
// catalog, health and readiness checks, and a web playground. Every request goes to the Chorus
// gRPC service through a Backend, so HTTP clients get the same engine, limits, authentication and
// metrics as gRPC ones.
package httpapi

import (
	"context"
	"embed"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/voices"
)

// Limits of the HTTP layer. The text limits are the engine's, checked by the gRPC service.
const (
	// DefaultMaxBodyBytes bounds a request body: 256 KiB of text written with JSON escapes
	// (a \u escape takes six bytes for a character that takes at most three in UTF-8) fits.
	DefaultMaxBodyBytes = 2 << 20
	// DefaultWriteTimeout bounds one write of the response: a client that reads nothing for this
	// long is cut off (the gRPC service's --stall-timeout does the same for gRPC clients).
	DefaultWriteTimeout = 30 * time.Second
	// DefaultReadTimeout bounds the reading of a request body.
	DefaultReadTimeout = 30 * time.Second
	// DefaultSampleRate is the rate of every response unless the request asks for another: the
	// rate OpenAI's pcm format has, which its clients assume.
	DefaultSampleRate = 24000
)

// Options configures a Handler. Zero values take the defaults.
type Options struct {
	// Log receives one line per failed request (nil: discard). The gRPC service logs every call.
	Log *slog.Logger
	// MaxBodyBytes bounds a request body (default DefaultMaxBodyBytes); more gets 413.
	MaxBodyBytes int64
	// WriteTimeout bounds each write of a response (default DefaultWriteTimeout).
	WriteTimeout time.Duration
	// ReadTimeout bounds the reading of a request body (default DefaultReadTimeout); a client
	// that sends it slower gets 408.
	ReadTimeout time.Duration
	// Playground serves the web page at / (and its files under /static/).
	Playground bool
	// Catalog is the service's voice catalog, for reading instructions and podcast scripts
	// (required).
	Catalog *voices.Catalog
	// VoiceAliases are other names "voice" accepts for the catalog's voices (ParseVoiceAliases
	// checks them); GET /v1/voices lists each voice's.
	VoiceAliases VoiceAliases
}

// Handler serves the HTTP API.
type Handler struct {
	backend Backend
	opts    Options
	log     *slog.Logger
	mux     *http.ServeMux
	formats map[string]*format // response_format's values
}

//go:embed static
var staticFiles embed.FS

// New returns a Handler that reaches the Chorus service through backend.
func New(backend Backend, opts Options) *Handler {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.ReadTimeout <= 0 {
		opts.ReadTimeout = DefaultReadTimeout
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = DefaultWriteTimeout
	}
	h := &Handler{backend: backend, opts: opts, log: opts.Log, mux: http.NewServeMux(), formats: formats()}
	h.mux.HandleFunc("POST /v1/audio/speech", h.speech)
	h.mux.HandleFunc("GET /v1/voices", h.voices)
	h.mux.HandleFunc("GET /healthz", h.healthz)
	h.mux.HandleFunc("GET /readyz", h.readyz)
	if opts.Playground {
		sub, err := fs.Sub(staticFiles, "static")
		if err != nil { // the embedded tree is fixed at build time
			panic(err)
		}
		h.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))
		h.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", "default-src 'self'; media-src 'self' blob:; img-src 'self' data:")
			http.ServeFileFS(w, r, sub, "index.html")
		})
	}
	for path, allow := range map[string]string{"/v1/audio/speech": "POST", "/v1/voices": "GET, HEAD", "/healthz": "GET, HEAD", "/readyz": "GET, HEAD"} {
		h.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, &apiError{status: http.StatusMethodNotAllowed, typ: typeInvalidRequest, code: "method_not_allowed",
				msg: excerpt(r.Method, 20) + " " + path + ": use " + allow})
		})
	}
	h.mux.HandleFunc("/", h.notFound)
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, &apiError{status: http.StatusNotFound, typ: typeInvalidRequest, code: "not_found",
		msg: "no such endpoint: " + excerpt(r.Method+" "+r.URL.Path, 200) + " (POST /v1/audio/speech, GET /v1/voices, GET /healthz, GET /readyz)"})
}

// open connects to the service for r, forwarding its credentials.
func (h *Handler) open(r *http.Request) (chorusv1.ChorusClient, healthpb.HealthClient, context.Context, func(), error) {
	peer := Peer{TLS: r.TLS}
	if a, err := net.ResolveTCPAddr("tcp", r.RemoteAddr); err == nil {
		peer.Addr = a
	}
	ctx := r.Context()
	cc, closer, err := h.backend.Open(ctx, peer)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if auth := r.Header.Get("Authorization"); auth != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, "authorization", auth)
	}
	return chorusv1.NewChorusClient(cc), healthpb.NewHealthClient(cc), ctx, func() { closer.Close() }, nil
}

// healthz answers 200 while the process serves.
func (h *Handler) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 when the service takes new work: its gRPC health status for
// chorus.v1.Chorus is SERVING (not shutting down, not saturated); 503 otherwise.
func (h *Handler) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	_, hc, ctx, done, err := h.open(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	defer done()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	resp, err := hc.Check(ctx, &healthpb.HealthCheckRequest{Service: "chorus.v1.Chorus"})
	if err == nil && resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		err = status.Error(codes.Unavailable, "not ready: the server is shutting down or every synthesis slot and queue place is taken")
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ready\n"))
}
