// Package testserver starts chorus servers on loopback for the tests of packages that talk to
// one (client, cmd/chorus). Package server's own tests cannot use it (it imports server).
package testserver

import (
	"net"
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/chorus-tts/chorus/internal/auth"
	"github.com/chorus-tts/chorus/internal/testcerts"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/internal/tlsreload"
	"github.com/chorus-tts/chorus/server"
)

// Token is the one client token a Secure server accepts (client name "tester").
const Token = "0123456789abcdef0123456789abcdef"

// Secure serves the shared test engine over TLS on a loopback port, requiring Token; with
// mutual it also requires a client certificate signed by the CA. It returns the address, the CA
// and the directory holding the certificates (for more files). The server stops with the test.
func Secure(t *testing.T, mutual bool) (addr string, ca *testcerts.CA, dir string) {
	t.Helper()
	dir = t.TempDir()
	ca = testcerts.NewCA(t, dir, "ca")
	pair := ca.Server(t, dir, "server")
	files := tlsreload.Files{Cert: pair.CertFile, Key: pair.KeyFile}
	if mutual {
		files.ClientCA = ca.File
	}
	rl, err := tlsreload.New(files)
	if err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Join(dir, "tokens")
	if err := os.WriteFile(tokens, []byte("tester:"+Token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := auth.Open(tokens)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := server.NewGRPCServer(server.New(testkit.Engine(t), nil, server.Options{Auth: store}), grpc.Creds(credentials.NewTLS(rl.Config())))
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- g.Serve(lis) }()
	t.Cleanup(func() {
		g.Stop()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return lis.Addr().String(), ca, dir
}
