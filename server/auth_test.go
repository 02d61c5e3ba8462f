package server

import (
	"context"
	"crypto/tls"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"

	"github.com/chorus-tts/chorus/internal/auth"
	"github.com/chorus-tts/chorus/internal/testcerts"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/internal/tlsreload"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

const (
	aliceToken = "3b9a1c07e5d2f4a86b9c0d1e2f3a4b5c"
	bobToken   = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
	carolToken = "c0ffee00c0ffee00c0ffee00c0ffee00"
)

// tlsWithTokens serves a server over TLS with a token file of alice and bob; it returns the
// server, the token file and the client's TLS configuration.
func tlsWithTokens(t *testing.T, opts Options) (*tcpServer, string, *tls.Config, *syncBuffer) {
	t.Helper()
	return tlsWithTokensOver(t, testkit.Engine(t), opts)
}

// tlsWithTokensOver is tlsWithTokens over engine eng.
func tlsWithTokensOver(t *testing.T, eng Engine, opts Options) (*tcpServer, string, *tls.Config, *syncBuffer) {
	t.Helper()
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	pair := ca.Server(t, dir, "server")
	rl, err := tlsreload.New(tlsreload.Files{Cert: pair.CertFile, Key: pair.KeyFile})
	if err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Join(dir, "tokens")
	if err := os.WriteFile(tokens, []byte("# test clients\nalice:"+aliceToken+"\nbob:"+bobToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := auth.Open(tokens)
	if err != nil {
		t.Fatal(err)
	}
	opts.Auth = store
	log, logs := jsonLogger()
	ts := serveTCP(t, New(eng, log, opts), credentials.NewTLS(rl.Config()))
	return ts, tokens, &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}, logs
}

// A Go client with TLS and a bearer token is served; without a valid token it gets
// UNAUTHENTICATED saying what to send; health stays open; reflection needs a token. The log
// names the token's client and never shows a token.
func TestTLSAndTokens(t *testing.T) {
	ts, tokens, clientTLS, logs := tlsWithTokens(t, Options{})
	creds := grpc.WithTransportCredentials(credentials.NewTLS(clientTLS))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	alice := chorusv1.NewChorusClient(ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(aliceToken))))
	var header metadata.MD
	stream, err := alice.Synthesize(ctx, textRequest("Hello over TLS."))
	if err != nil {
		t.Fatal(err)
	}
	if header, err = stream.Header(); err != nil {
		t.Fatal(err)
	}
	var summary bool
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("stream: %v", err)
		}
		summary = summary || m.GetSummary() != nil
	}
	if !summary {
		t.Fatal("no summary: the stream did not complete")
	}
	ids := header.Get("x-request-id")
	if len(ids) != 1 || !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(ids[0]) {
		t.Errorf("x-request-id header %q", ids)
	}

	anon := ts.dial(t, creds)
	for _, tc := range []struct {
		name string
		conn *grpc.ClientConn
		want string
	}{
		{"no token", anon, "authorization: Bearer <token>"},
		{"wrong token", ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(carolToken))), "not valid"},
		{"not bearer", ts.dial(t, creds, grpc.WithPerRPCCredentials(rawHeader("Basic "+aliceToken))), "must be Bearer"},
	} {
		_, err := chorusv1.NewChorusClient(tc.conn).ListVoices(ctx, &chorusv1.ListVoicesRequest{})
		if st := status.Convert(err); st.Code() != codes.Unauthenticated || !strings.Contains(st.Message(), tc.want) {
			t.Errorf("%s: %v %q, want UNAUTHENTICATED saying %q", tc.name, st.Code(), st.Message(), tc.want)
		}
		_, err = collect(ctx, chorusv1.NewChorusClient(tc.conn), textRequest("hi"))
		if status.Code(err) != codes.Unauthenticated {
			t.Errorf("%s: Synthesize %v", tc.name, err)
		}
	}

	// Health is open to all; reflection is not.
	h, err := healthpb.NewHealthClient(anon).Check(ctx, &healthpb.HealthCheckRequest{Service: chorusService})
	if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("health without a token: %v, %v", h, err)
	}
	if err := listServices(ctx, anon); status.Code(err) != codes.Unauthenticated {
		t.Errorf("reflection without a token: %v", err)
	}
	if err := listServices(ctx, ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(bobToken)))); err != nil {
		t.Errorf("reflection with a token: %v", err)
	}

	// A plain-text client gets nowhere.
	plain := chorusv1.NewChorusClient(ts.dial(t, grpc.WithTransportCredentials(insecure.NewCredentials())))
	if _, err := plain.ListVoices(ctx, &chorusv1.ListVoicesRequest{}); status.Code(err) != codes.Unavailable {
		t.Errorf("plain text to a TLS server: %v", err)
	}

	// Reloading the token file: bob's token goes, carol's comes.
	if err := os.WriteFile(tokens, []byte("alice:"+aliceToken+"\ncarol:"+carolToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if changed, err := ts.srv.opts.Auth.(*auth.Store).Reload(); err != nil || !changed {
		t.Fatalf("reload: %v %v", changed, err)
	}
	if _, err := chorusv1.NewChorusClient(ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(bobToken)))).ListVoices(ctx, &chorusv1.ListVoicesRequest{}); status.Code(err) != codes.Unauthenticated {
		t.Errorf("a removed token: %v", err)
	}
	if _, err := chorusv1.NewChorusClient(ts.dial(t, creds, grpc.WithPerRPCCredentials(bearer(carolToken)))).ListVoices(ctx, &chorusv1.ListVoicesRequest{}); err != nil {
		t.Errorf("an added token: %v", err)
	}

	// The log: alice's request under her name, refusals without one, and no token anywhere.
	var aliceLines int
	for _, r := range logs.records(t, "request") {
		if r["token"] == "alice" && r["method"] == "chorus.v1.Chorus/Synthesize" && r["code"] == "OK" {
			aliceLines++
			if len(ids) == 1 && r["id"] != ids[0] {
				t.Errorf("log id %v, header %v", r["id"], ids[0])
			}
		}
	}
	if aliceLines != 1 {
		t.Errorf("%d log lines of alice's Synthesize, want 1", aliceLines)
	}
	for _, tok := range []string{aliceToken, bobToken, carolToken} {
		if strings.Contains(logs.String(), tok[:12]) {
			t.Errorf("the log shows a token:\n%s", logs)
		}
	}
}

func listServices(ctx context.Context, conn *grpc.ClientConn) error {
	rs, err := reflectionpb.NewServerReflectionClient(conn).ServerReflectionInfo(ctx)
	if err != nil {
		return err
	}
	// A Send to a stream the server has ended returns io.EOF; Recv has the status.
	if err := rs.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}}); err != nil && err != io.EOF {
		return err
	}
	if _, err := rs.Recv(); err != nil {
		return err
	}
	return rs.CloseSend()
}

// With reflection disabled, the reflection service does not exist, token or not.
func TestReflectionDisabled(t *testing.T) {
	conn := serve(t, testkit.Engine(t), Options{DisableReflection: true})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := listServices(ctx, conn); status.Code(err) != codes.Unimplemented {
		t.Errorf("reflection: %v, want UNIMPLEMENTED", err)
	}
	if _, err := chorusv1.NewChorusClient(conn).ListVoices(ctx, &chorusv1.ListVoicesRequest{}); err != nil {
		t.Errorf("ListVoices: %v", err)
	}
}

// Mutual TLS: a client without a certificate from the client CA cannot connect; one with a
// certificate is served and logged under its certificate's name.
func TestMutualTLSServer(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	pair := ca.Server(t, dir, "server")
	client := ca.Client(t, dir, "client", "render-farm")
	rl, err := tlsreload.New(tlsreload.Files{Cert: pair.CertFile, Key: pair.KeyFile, ClientCA: ca.File})
	if err != nil {
		t.Fatal(err)
	}
	log, logs := jsonLogger()
	ts := serveTCP(t, New(testkit.Engine(t), log, Options{}), credentials.NewTLS(rl.Config()))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	noCert := ts.dial(t, grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"})))
	if _, err := chorusv1.NewChorusClient(noCert).ListVoices(ctx, &chorusv1.ListVoicesRequest{}); status.Code(err) != codes.Unavailable {
		t.Errorf("without a client certificate: %v", err)
	}
	withCert := ts.dial(t, grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{
		RootCAs: ca.Pool(), ServerName: "localhost", Certificates: []tls.Certificate{client.TLS}})))
	if _, err := chorusv1.NewChorusClient(withCert).ListVoices(ctx, &chorusv1.ListVoicesRequest{}); err != nil {
		t.Fatalf("with a client certificate: %v", err)
	}
	// The line is written when the call ends on the server (stats.End), which may come after
	// the client has its answer.
	waitFor(t, "a request logged under the certificate's name", func() bool {
		for _, r := range logs.records(t, "request") {
			if r["client_cert"] == "render-farm" && r["code"] == "OK" {
				return true
			}
		}
		return false
	})
}
