package client

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// Security says how to reach a server that is not on plain loopback: TLS (trusting CA, or the
// system's roots), a client certificate for mutual TLS, and a bearer token.
type Security struct {
	// CA is a PEM file of the certificates to trust; setting it turns TLS on.
	CA string
	// TLS turns TLS on with the system's roots when CA is empty.
	TLS bool
	// ServerName overrides the name checked in the server's certificate (default: the host
	// part of the address).
	ServerName string
	// Cert and Key are PEM files of a client certificate and its key, for mutual TLS (both or
	// neither; they turn TLS on).
	Cert, Key string
	// Token is sent with every call as "authorization: Bearer TOKEN".
	Token string
}

// ErrSecurity marks a security setting that cannot be used.
var ErrSecurity = errors.New("client: security settings")

// DialOptions returns the grpc options for reaching addr (host:port) with s: transport
// credentials (plaintext when s asks for no TLS) and, with a token, per-call credentials. A
// token is only sent over TLS, or in plain text to a loopback address.
func (s Security) DialOptions(addr string) ([]grpc.DialOption, error) {
	if (s.Cert == "") != (s.Key == "") {
		return nil, fmt.Errorf("%w: a client certificate needs both --cert and --key", ErrSecurity)
	}
	useTLS := s.TLS || s.CA != "" || s.Cert != ""
	if s.Token != "" && !useTLS && !loopback(addr) {
		return nil, fmt.Errorf("%w: a token is sent only over TLS to %s: give --ca (or --tls)", ErrSecurity, addr)
	}
	var opts []grpc.DialOption
	if !useTLS {
		opts = append(opts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	} else {
		cfg := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: s.ServerName}
		if s.CA != "" {
			pem, err := os.ReadFile(s.CA)
			if err != nil {
				return nil, fmt.Errorf("%w: --ca: %w", ErrSecurity, err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("%w: --ca %s holds no PEM certificate", ErrSecurity, s.CA)
			}
			cfg.RootCAs = pool
		}
		if s.Cert != "" {
			pair, err := tls.LoadX509KeyPair(s.Cert, s.Key)
			if err != nil {
				return nil, fmt.Errorf("%w: --cert/--key: %w", ErrSecurity, err)
			}
			cfg.Certificates = []tls.Certificate{pair}
		}
		opts = append(opts, grpc.WithTransportCredentials(credentials.NewTLS(cfg)))
	}
	if s.Token != "" {
		opts = append(opts, grpc.WithPerRPCCredentials(bearer{token: s.Token, requireTLS: useTLS}))
	}
	return opts, nil
}

// loopback reports whether addr names this machine (localhost or a loopback IP): for a list
// ("a:1,b:2") every server of it, and for a resolver target ("dns:///localhost:50051") its
// endpoint.
func loopback(addr string) bool {
	if i := strings.Index(addr, ":///"); i >= 0 {
		addr = addr[i+4:]
	}
	for _, a := range strings.Split(addr, ",") {
		host, _, err := net.SplitHostPort(strings.TrimSpace(a))
		if err != nil {
			host = strings.TrimSpace(a)
		}
		if host == "localhost" {
			continue
		}
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return false
		}
	}
	return true
}

// bearer sends a token with every call. When the connection is TLS it insists on it, so a
// token never leaves in plain text by mistake; without TLS (a loopback server) it is sent as is.
type bearer struct {
	token      string
	requireTLS bool
}

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

func (b bearer) RequireTransportSecurity() bool { return b.requireTLS }
