package tlsreload

import (
	"crypto/tls"
	"io"
	"math/big"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testcerts"
)

// serveTLS accepts TLS connections on loopback with cfg, completing each handshake, until the
// test ends; it returns the address.
func serveTLS(t *testing.T, cfg *tls.Config) string {
	t.Helper()
	lis, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() {
		if err := lis.Close(); err != nil {
			t.Errorf("closing the listener: %v", err)
		}
		<-done
	})
	go func() {
		defer close(done)
		for {
			c, err := lis.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				// A completed handshake is acknowledged with one byte; a failed one is the client's
				// error to see, so the server has nothing more to do.
				if c.(*tls.Conn).Handshake() == nil {
					_, _ = c.Write([]byte{'k'})
				}
			}()
		}
	}()
	return lis.Addr().String()
}

// dial connects with cfg and returns the serial of the server's certificate, once the server has
// acknowledged the handshake (under TLS 1.3 a client learns that the server refused its
// certificate only when it reads).
func dial(addr string, cfg *tls.Config) (*big.Int, error) {
	d := &net.Dialer{Timeout: 10 * time.Second}
	c, err := tls.DialWithDialer(d, "tcp", addr, cfg)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.Handshake(); err != nil {
		return nil, err
	}
	// The deadline is a hang guard: the acknowledgement comes within milliseconds.
	if err := c.SetReadDeadline(time.Now().Add(time.Minute)); err != nil {
		return nil, err
	}
	if _, err := io.ReadFull(c, make([]byte, 1)); err != nil {
		return nil, err
	}
	return c.ConnectionState().PeerCertificates[0].SerialNumber, nil
}

func TestReloadRotatesCertificate(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "one")
	first := ca.Server(t, dir, "server")
	r, err := New(Files{Cert: first.CertFile, Key: first.KeyFile})
	if err != nil {
		t.Fatal(err)
	}
	addr := serveTLS(t, r.Config())
	client := &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost", NextProtos: []string{"h2"}}
	got, err := dial(addr, client)
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(first.Serial) != 0 {
		t.Fatalf("serial %v, want %v", got, first.Serial)
	}
	if changed, err := r.Reload(); err != nil || changed {
		t.Fatalf("reload of unchanged files: %v, %v", changed, err)
	}

	// Rotate: a new certificate in the same files.
	second := ca.Server(t, dir, "server")
	if changed, err := r.Reload(); err != nil || !changed {
		t.Fatalf("reload after rotation: %v, %v", changed, err)
	}
	if got, err = dial(addr, client); err != nil {
		t.Fatal(err)
	}
	if got.Cmp(second.Serial) != 0 {
		t.Fatalf("after reload: serial %v, want the new %v", got, second.Serial)
	}
	if !r.NotAfter().After(time.Now()) {
		t.Errorf("NotAfter %v", r.NotAfter())
	}

	// A broken key keeps the certificate in force.
	if err := os.WriteFile(second.KeyFile, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Reload(); err == nil || !strings.Contains(err.Error(), "key") {
		t.Fatalf("broken key: %v", err)
	}
	if got, err = dial(addr, client); err != nil || got.Cmp(second.Serial) != 0 {
		t.Fatalf("after a failed reload: %v, %v", got, err)
	}
}

func TestOldTLSVersionsRefused(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	p := ca.Server(t, dir, "server")
	r, err := New(Files{Cert: p.CertFile, Key: p.KeyFile})
	if err != nil {
		t.Fatal(err)
	}
	addr := serveTLS(t, r.Config())
	old := &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost", MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}
	if _, err := dial(addr, old); err == nil {
		t.Fatal("a TLS 1.1 client connected")
	}
	tls12 := &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost", MaxVersion: tls.VersionTLS12}
	if _, err := dial(addr, tls12); err != nil {
		t.Fatalf("TLS 1.2: %v", err)
	}
}

func TestMutualTLS(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	p := ca.Server(t, dir, "server")
	good := ca.Client(t, dir, "client", "alice")
	other := testcerts.NewCA(t, dir, "other")
	stranger := other.Client(t, dir, "stranger", "mallory")
	r, err := New(Files{Cert: p.CertFile, Key: p.KeyFile, ClientCA: ca.File})
	if err != nil {
		t.Fatal(err)
	}
	if !r.MutualTLS() {
		t.Error("MutualTLS false with a client CA")
	}
	addr := serveTLS(t, r.Config())
	base := tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}
	for _, tc := range []struct {
		name  string
		certs []tls.Certificate
		ok    bool
	}{
		{"no certificate", nil, false},
		{"another CA's certificate", []tls.Certificate{stranger.TLS}, false},
		{"the CA's certificate", []tls.Certificate{good.TLS}, true},
	} {
		cfg := base.Clone()
		cfg.Certificates = tc.certs
		_, err := dial(addr, cfg)
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok %v", tc.name, err, tc.ok)
		}
	}

	// Rotating the client CA: the old CA's clients are refused, the new one's accepted.
	if err := os.WriteFile(ca.File, other.CertPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	if changed, err := r.Reload(); err != nil || !changed {
		t.Fatalf("reload: %v, %v", changed, err)
	}
	cfg := base.Clone()
	cfg.Certificates = []tls.Certificate{good.TLS}
	if _, err := dial(addr, cfg); err == nil {
		t.Error("after rotating the client CA, a client of the old CA connected")
	}
	cfg.Certificates = []tls.Certificate{stranger.TLS}
	if _, err := dial(addr, cfg); err != nil {
		t.Errorf("after rotating the client CA, a client of the new CA: %v", err)
	}
}

func TestNewErrors(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	p := ca.Server(t, dir, "server")
	other := ca.Server(t, dir, "other")
	empty := dir + "/empty.pem"
	if err := os.WriteFile(empty, []byte("nothing here\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		files Files
		want  string
	}{
		{"no key", Files{Cert: p.CertFile}, "both"},
		{"missing cert", Files{Cert: dir + "/nope.pem", Key: p.KeyFile}, "certificate"},
		{"missing key", Files{Cert: p.CertFile, Key: dir + "/nope.pem"}, "key"},
		{"mismatched key", Files{Cert: p.CertFile, Key: other.KeyFile}, "key"},
		{"missing CA", Files{Cert: p.CertFile, Key: p.KeyFile, ClientCA: dir + "/nope.pem"}, "client CA"},
		{"CA without certificates", Files{Cert: p.CertFile, Key: p.KeyFile, ClientCA: empty}, "no PEM certificate"},
	} {
		if _, err := New(tc.files); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %q", tc.name, err, tc.want)
		}
	}
}
