package main

import (
	"context"
	"crypto/tls"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/chorus-tts/chorus/internal/testcerts"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

const (
	aliceToken = "3b9a1c07e5d2f4a86b9c0d1e2f3a4b5c"
	bobToken   = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
)

// bearer sends a token as gRPC clients do: authorization: Bearer TOKEN, over TLS only.
type bearer string

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(b)}, nil
}

func (b bearer) RequireTransportSecurity() bool { return true }

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// serial returns the serial number of the certificate a TLS server at addr presents.
func serial(t *testing.T, addr string, roots *tls.Config) *big.Int {
	t.Helper()
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: hangGuard}, "tcp", addr, roots)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.ConnectionState().PeerCertificates[0].SerialNumber
}

func listVoices(ctx context.Context, d *daemon, opts ...grpc.DialOption) error {
	conn, err := grpc.NewClient(d.addr, opts...)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = chorusv1.NewChorusClient(conn).ListVoices(ctx, &chorusv1.ListVoicesRequest{})
	return err
}

// chorusd with TLS, tokens and metrics: a TLS client with a token is served; SIGHUP reloads the
// certificate and the tokens; the metrics endpoint counts what happened.
func TestTLSTokensReloadAndMetrics(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	first := ca.Server(t, dir, "server")
	tokens := filepath.Join(dir, "tokens")
	writeFile(t, tokens, "alice:"+aliceToken+"\n")
	d := startWith(t, []string{"--tls-cert", first.CertFile, "--tls-key", first.KeyFile, "--auth-tokens", tokens,
		"--metrics", "127.0.0.1:0", "--reload-interval", "0"})
	roots := &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}
	creds := grpc.WithTransportCredentials(credentials.NewTLS(roots))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()

	if err := listVoices(ctx, d, creds, grpc.WithPerRPCCredentials(bearer(aliceToken))); err != nil {
		t.Fatalf("alice over TLS: %v", err)
	}
	if err := listVoices(ctx, d, creds); status.Code(err) != codes.Unauthenticated {
		t.Errorf("no token: %v", err)
	}
	if err := listVoices(ctx, d, grpc.WithTransportCredentials(insecure.NewCredentials())); status.Code(err) != codes.Unavailable {
		t.Errorf("plain text: %v", err)
	}
	if got := serial(t, d.addr, roots); got.Cmp(first.Serial) != 0 {
		t.Fatalf("serial %v, want %v", got, first.Serial)
	}

	// Rotate the certificate and the tokens, then SIGHUP.
	second := ca.Server(t, dir, "server")
	writeFile(t, tokens, "bob:"+bobToken+"\n")
	d.sighup(t)
	waitLog(t, d, `"msg":"reloaded the tokens"`)
	waitLog(t, d, `"msg":"reloaded the TLS certificate"`)
	if got := serial(t, d.addr, roots); got.Cmp(second.Serial) != 0 {
		t.Errorf("after SIGHUP: serial %v, want the new %v", got, second.Serial)
	}
	if err := listVoices(ctx, d, creds, grpc.WithPerRPCCredentials(bearer(bobToken))); err != nil {
		t.Errorf("bob after the reload: %v", err)
	}
	if err := listVoices(ctx, d, creds, grpc.WithPerRPCCredentials(bearer(aliceToken))); status.Code(err) != codes.Unauthenticated {
		t.Errorf("alice after the reload: %v", err)
	}

	// A broken token file keeps the tokens in force.
	writeFile(t, tokens, "bob "+bobToken+"\n")
	d.sighup(t)
	waitLog(t, d, `reload failed; keeping the tokens in force`)
	if err := listVoices(ctx, d, creds, grpc.WithPerRPCCredentials(bearer(bobToken))); err != nil {
		t.Errorf("bob after a failed reload: %v", err)
	}

	resp, err := http.Get("http://" + d.metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`chorus_requests_total{code="OK",method="chorus.v1.Chorus/ListVoices"} 3`,
		`chorus_requests_total{code="Unauthenticated",method="chorus.v1.Chorus/ListVoices"} 2`,
		`chorus_rejections_total{reason="unauthenticated"} 2`,
		`chorus_slots_in_use 0`,
		`chorus_requests_queued 0`,
		"chorus_first_chunk_latency_seconds_bucket",
		"chorus_synthesis_speed_ratio_bucket",
		"chorus_audio_seconds_total 0",
		"go_goroutines",
		"process_resident_memory_bytes",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if t.Failed() {
		t.Logf("metrics:\n%s\nlog:\n%s", body, d.logs)
	}
}

// sighup asks chorusd to reload, as SIGHUP does.
func (d *daemon) sighup(t *testing.T) {
	t.Helper()
	select {
	case d.reload <- struct{}{}:
	case <-time.After(hangGuard):
		t.Fatalf("chorusd took no reload request within %v", hangGuard)
	}
}

// waitLog waits until chorusd's log holds s.
func waitLog(t *testing.T, d *daemon, s string) {
	t.Helper()
	for deadline := time.Now().Add(hangGuard); !strings.Contains(d.logs.String(), s); {
		if time.Now().After(deadline) {
			t.Fatalf("log lacks %q after %v:\n%s", s, hangGuard, d.logs)
		}
		time.Sleep(time.Millisecond) // polled: the log is written by chorusd's goroutines
	}
}

// Changed files are picked up without SIGHUP when --reload-interval is set.
func TestReloadOnChange(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	p := ca.Server(t, dir, "server")
	tokens := filepath.Join(dir, "tokens")
	writeFile(t, tokens, "alice:"+aliceToken+"\n")
	d := startWith(t, []string{"--tls-cert", p.CertFile, "--tls-key", p.KeyFile, "--auth-tokens", tokens, "--reload-interval", "20ms"})
	writeFile(t, tokens, "bob:"+bobToken+"\n")
	waitLog(t, d, `"msg":"reloaded the tokens"`)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	creds := grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}))
	if err := listVoices(ctx, d, creds, grpc.WithPerRPCCredentials(bearer(bobToken))); err != nil {
		t.Errorf("bob: %v", err)
	}
}

// Plain text on an address other than loopback is refused unless --insecure says so.
func TestPlainTextOnNetworkAddress(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // a server started by mistake stops at once
	var errb syncBuffer
	code := run(ctx, []string{"--listen", "0.0.0.0:0"}, env{stderr: &errb})
	if msg := errb.String(); code != 2 || !strings.Contains(msg, "--tls-cert") || !strings.Contains(msg, "--insecure") {
		t.Errorf("exit %d, %q; want 2 and a message naming --tls-cert and --insecure", code, msg)
	}

	d := startWith(t, []string{"--listen", "0.0.0.0:0", "--insecure"})
	if !strings.Contains(d.logs.String(), "serving plain text on a network address") {
		t.Errorf("no warning about plain text:\n%s", d.logs)
	}
	_, port, err := net.SplitHostPort(d.addr)
	if err != nil {
		t.Fatal(err)
	}
	d.addr = net.JoinHostPort("127.0.0.1", port)
	ctx, cancel = context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if err := listVoices(ctx, d, grpc.WithTransportCredentials(insecure.NewCredentials())); err != nil {
		t.Errorf("with --insecure: %v", err)
	}
}

// Connections over --max-connections are closed at once; the ones open keep working.
func TestConnectionLimit(t *testing.T) {
	d := startWith(t, []string{"--max-connections", "2", "--handshake-timeout", "10m"})
	var open []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", d.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		open = append(open, c)
	}
	// The two held places are taken once chorusd has accepted them; a third is closed by the
	// server: the read ends (EOF or reset) long before the 10-minute handshake timeout.
	third, err := net.Dial("tcp", d.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if err := third.SetReadDeadline(time.Now().Add(hangGuard)); err != nil {
		t.Fatal(err)
	}
	if _, err := third.Read(make([]byte, 1)); err == nil {
		t.Fatal("the third connection got data")
	} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the third connection is still open after %v", hangGuard)
	}
	waitLog(t, d, "connection refused: too many open")
	// Freeing a place lets a client in.
	open[0].Close()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	var lastErr error
	for deadline := time.Now().Add(hangGuard); time.Now().Before(deadline); {
		// Polled: the server learns of the closed connection when its handshake read fails.
		if lastErr = listVoices(ctx, d, grpc.WithTransportCredentials(insecure.NewCredentials())); lastErr == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if lastErr != nil {
		t.Errorf("after a place freed: %v", lastErr)
	}
}

func TestBadSecurityFlags(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	p := ca.Server(t, dir, "server")
	badTokens := filepath.Join(dir, "bad-tokens")
	writeFile(t, badTokens, "alice short\n")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--tls-cert", p.CertFile}, "--tls-key"},
		{[]string{"--tls-client-ca", ca.File}, "--tls-cert"},
		{[]string{"--tls-cert", filepath.Join(dir, "missing.pem"), "--tls-key", p.KeyFile}, "missing.pem"},
		{[]string{"--tls-cert", p.CertFile, "--tls-key", p.KeyFile, "--tls-client-ca", p.KeyFile}, "client CA"},
		{[]string{"--auth-tokens", badTokens}, "line 1"},
		{[]string{"--auth-tokens", filepath.Join(dir, "none")}, "--auth-tokens"},
		{[]string{"--queue-wait", "0s"}, "--queue-wait"},
		{[]string{"--stall-timeout", "-1s"}, "--stall-timeout"},
		{[]string{"--max-audio", "0s"}, "--max-audio"},
		{[]string{"--max-queue", "-2"}, "--max-queue"},
		{[]string{"--max-connections", "0"}, "--max-connections"},
		{[]string{"--reload-interval", "-1s"}, "--reload-interval"},
	} {
		var errb syncBuffer
		code := run(ctx, append([]string{"--listen", "127.0.0.1:0"}, tc.args...), env{stderr: &errb})
		if msg := errb.String(); code != 2 || !strings.Contains(msg, tc.want) || strings.Contains(msg, "chorusd listening") {
			t.Errorf("%q: exit %d, %q; want exit 2 and a message naming %q", tc.args, code, msg, tc.want)
		}
	}
}
