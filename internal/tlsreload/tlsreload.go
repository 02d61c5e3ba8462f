// Package tlsreload serves TLS with a certificate, key and optional client CA read from files and
// read again on demand, so that a server can rotate them without a restart.
package tlsreload

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

// Files names the PEM files of a server's TLS identity.
type Files struct {
	Cert string // certificate chain, leaf first
	Key  string // the leaf's private key
	// ClientCA, if set, holds the CA certificates that client certificates must chain to: mutual
	// TLS, every client must present one.
	ClientCA string
}

// Reloader holds the TLS configuration read from Files. It is safe for concurrent use.
type Reloader struct {
	files Files
	cur   atomic.Pointer[loaded]
}

type loaded struct {
	cfg      *tls.Config
	sum      [sha256.Size]byte // of the files' contents, to tell whether they changed
	notAfter time.Time
}

// New reads the files once; the error says which file is wrong.
func New(files Files) (*Reloader, error) {
	if files.Cert == "" || files.Key == "" {
		return nil, errors.New("TLS needs both a certificate and a key file")
	}
	r := &Reloader{files: files}
	if _, err := r.Reload(); err != nil {
		return nil, err
	}
	return r, nil
}

// Reload reads the files again. If any cannot be read or is not valid, the configuration in
// force stays and the error says why. changed reports whether the files' contents differ from
// the last ones loaded.
func (r *Reloader) Reload() (changed bool, err error) {
	certPEM, err := os.ReadFile(r.files.Cert)
	if err != nil {
		return false, fmt.Errorf("TLS certificate: %w", err)
	}
	keyPEM, err := os.ReadFile(r.files.Key)
	if err != nil {
		return false, fmt.Errorf("TLS key: %w", err)
	}
	var caPEM []byte
	if r.files.ClientCA != "" {
		if caPEM, err = os.ReadFile(r.files.ClientCA); err != nil {
			return false, fmt.Errorf("TLS client CA: %w", err)
		}
	}
	sum := sha256.Sum256(bytes.Join([][]byte{certPEM, keyPEM, caPEM}, []byte{0}))
	if old := r.cur.Load(); old != nil && old.sum == sum {
		return false, nil
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return false, fmt.Errorf("TLS certificate %s and key %s: %w", r.files.Cert, r.files.Key, err)
	}
	leaf := cert.Leaf
	if leaf == nil {
		if leaf, err = x509.ParseCertificate(cert.Certificate[0]); err != nil {
			return false, fmt.Errorf("TLS certificate %s: %w", r.files.Cert, err)
		}
	}
	cfg := &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		NextProtos:   []string{"h2"}, // gRPC is HTTP/2; grpc-go checks the ALPN result
	}
	if caPEM != nil {
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(caPEM) {
			return false, fmt.Errorf("TLS client CA %s: no PEM certificate in it", r.files.ClientCA)
		}
		cfg.ClientCAs = pool
		cfg.ClientAuth = tls.RequireAndVerifyClientCert
	}
	r.cur.Store(&loaded{cfg: cfg, sum: sum, notAfter: leaf.NotAfter})
	return true, nil
}

// NotAfter is when the certificate in force expires.
func (r *Reloader) NotAfter() time.Time { return r.cur.Load().notAfter }

// MutualTLS reports whether clients must present a certificate.
func (r *Reloader) MutualTLS() bool { return r.files.ClientCA != "" }

// Config returns a server configuration that uses, for every new connection, the files as last
// loaded. Connections already open keep what they negotiated.
func (r *Reloader) Config() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		NextProtos: []string{"h2"},
		GetConfigForClient: func(*tls.ClientHelloInfo) (*tls.Config, error) {
			return r.cur.Load().cfg, nil
		},
	}
}
