package client_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testcerts"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/internal/testserver"
	"github.com/chorus-tts/chorus/synth"
)

const token = testserver.Token

func dial(t *testing.T, addr string, sec client.Security) (*client.Client, error) {
	t.Helper()
	opts, err := sec.DialOptions(addr)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, addr, opts...)
	if err == nil {
		t.Cleanup(func() { c.Close() })
	}
	return c, err
}

func speak(c *client.Client) error {
	_, err := c.Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "Over TLS."}}}, &testkit.Recorder{})
	return err
}

// TestTLSAndToken: with the server's CA and the token, a call succeeds; without the token it is
// UNAUTHENTICATED; a client that does not trust the CA cannot connect.
func TestTLSAndToken(t *testing.T) {
	addr, ca, _ := testserver.Secure(t, false)
	c, err := dial(t, addr, client.Security{CA: ca.File, Token: token, ServerName: "localhost"})
	if err != nil {
		t.Fatal(err)
	}
	if err := speak(c); err != nil {
		t.Fatalf("with CA and token: %v", err)
	}
	c, err = dial(t, addr, client.Security{CA: ca.File, ServerName: "localhost"})
	if err != nil {
		t.Fatal(err)
	}
	var re *client.RemoteError
	if err := speak(c); !errors.As(err, &re) || re.Code != codes.Unauthenticated {
		t.Errorf("without a token: %v, want UNAUTHENTICATED", err)
	}
	other := testcerts.NewCA(t, t.TempDir(), "other")
	if c, err := dial(t, addr, client.Security{CA: other.File, Token: token, ServerName: "localhost"}); err == nil {
		if err := speak(c); err == nil {
			t.Error("a client trusting another CA was served")
		}
	}
}

// TestMutualTLS: a server that requires client certificates serves a client with one from its
// CA and refuses one without.
func TestMutualTLS(t *testing.T) {
	addr, ca, dir := testserver.Secure(t, true)
	cert := ca.Client(t, dir, "client", "tester")
	c, err := dial(t, addr, client.Security{CA: ca.File, Cert: cert.CertFile, Key: cert.KeyFile, Token: token, ServerName: "localhost"})
	if err != nil {
		t.Fatal(err)
	}
	if err := speak(c); err != nil {
		t.Fatalf("with a client certificate: %v", err)
	}
	if c, err := dial(t, addr, client.Security{CA: ca.File, Token: token, ServerName: "localhost"}); err == nil {
		if err := speak(c); err == nil {
			t.Error("a client without a certificate was served by a mutual-TLS server")
		}
	}
}

func TestSecuritySettings(t *testing.T) {
	if _, err := (client.Security{Token: token}).DialOptions("tts.example.org:443"); !errors.Is(err, client.ErrSecurity) || !strings.Contains(err.Error(), "TLS") {
		t.Errorf("a token in plain text off loopback: %v", err)
	}
	for _, addr := range []string{"127.0.0.1:1", "[::1]:1", "localhost:1"} {
		if _, err := (client.Security{Token: token}).DialOptions(addr); err != nil {
			t.Errorf("a token in plain text to %s: %v", addr, err)
		}
	}
	if _, err := (client.Security{Cert: "c.pem"}).DialOptions("127.0.0.1:1"); !errors.Is(err, client.ErrSecurity) {
		t.Errorf("--cert without --key: %v", err)
	}
	if _, err := (client.Security{CA: filepath.Join(t.TempDir(), "missing.pem")}).DialOptions("127.0.0.1:1"); !errors.Is(err, client.ErrSecurity) {
		t.Errorf("a missing CA file: %v", err)
	}
}

// TestTokenInPlainTextOnlyToLoopback: without TLS a token goes only to this machine: every
// server of a list must be a loopback address, and a resolver target's endpoint too.
func TestTokenInPlainTextOnlyToLoopback(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:50051", true},
		{"localhost:50051", true},
		{"[::1]:50051", true},
		{"127.0.0.1:1,[::1]:2, localhost:3", true},
		{"dns:///localhost:50051", true},
		{"192.0.2.1:50051", false},
		{"127.0.0.1:1,192.0.2.1:2", false},
		{"dns:///tts.example.net:50051", false},
	} {
		_, err := client.Security{Token: token}.DialOptions(tc.addr)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want allowed %v", tc.addr, err, tc.ok)
		}
		if err != nil && !errors.Is(err, client.ErrSecurity) {
			t.Errorf("%s: %v is not ErrSecurity", tc.addr, err)
		}
	}
}
