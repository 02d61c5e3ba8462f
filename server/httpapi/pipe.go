package httpapi

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// Backend opens the Chorus gRPC service for one HTTP request, on behalf of peer.
type Backend interface {
	Open(ctx context.Context, peer Peer) (grpc.ClientConnInterface, io.Closer, error)
}

// Peer is the HTTP client, as the gRPC service should see it: its address (for per-address
// quotas and logs) and, over HTTPS, its TLS state (a verified client certificate names the
// client, as it does over gRPC).
type Peer struct {
	Addr net.Addr
	TLS  *tls.ConnectionState
}

// Pipe is a Backend and a net.Listener at once: serve a grpc.Server on it (Serve may take
// several listeners), and each Open makes an in-memory connection to that server whose far end
// reports the HTTP client's address as its remote address. Everything the gRPC server does to a
// call (authentication, admission, quotas, stall and duration limits, metrics, logs) then applies
// to HTTP requests unchanged.
type Pipe struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

// NewPipe returns an open Pipe.
func NewPipe() *Pipe {
	return &Pipe{conns: make(chan net.Conn), done: make(chan struct{})}
}

// ErrPipeClosed is returned by Open after Close (the gRPC server stopped).
var ErrPipeClosed = errors.New("httpapi: the in-process gRPC listener is closed")

// Accept implements net.Listener.
func (p *Pipe) Accept() (net.Conn, error) {
	select {
	case c := <-p.conns:
		return c, nil
	case <-p.done:
		return nil, net.ErrClosed
	}
}

// Close implements net.Listener; it makes later Opens fail.
func (p *Pipe) Close() error {
	p.once.Do(func() { close(p.done) })
	return nil
}

// Addr implements net.Listener.
func (p *Pipe) Addr() net.Addr { return pipeAddr{} }

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "chorus-http" }

// peerConn is the server's end of a pipe, reporting the HTTP client as its peer.
type peerConn struct {
	net.Conn
	remote net.Addr
	tls    *tls.ConnectionState
}

func (c peerConn) RemoteAddr() net.Addr { return c.remote }

// Open implements Backend: a client connection over a new in-memory pipe. Close the returned
// Closer when the request is done.
func (p *Pipe) Open(ctx context.Context, peer Peer) (grpc.ClientConnInterface, io.Closer, error) {
	remote := peer.Addr
	if remote == nil {
		remote = pipeAddr{}
	}
	dial := func(ctx context.Context, _ string) (net.Conn, error) {
		client, srv := net.Pipe()
		select {
		case p.conns <- peerConn{Conn: srv, remote: remote, tls: peer.TLS}:
			return client, nil
		case <-p.done:
			client.Close()
			srv.Close()
			return nil, ErrPipeClosed
		case <-ctx.Done():
			client.Close()
			srv.Close()
			return nil, ctx.Err()
		}
	}
	select {
	case <-p.done:
		return nil, nil, ErrPipeClosed
	default:
	}
	cc, err := grpc.NewClient("passthrough:///chorus-http",
		grpc.WithContextDialer(dial),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		// One connection per request, used at once: no retries on a server that is going away.
		grpc.WithDisableRetry(),
		// The audio of one call arrives in messages of a chunk each; the default limit (4 MiB)
		// is far above any, and the server bounds what it sends.
	)
	if err != nil {
		return nil, nil, err
	}
	return cc, cc, nil
}

// ServerCredentials wraps the gRPC server's transport credentials so that connections from a
// Pipe skip the handshake: they exist only in this process, made for HTTP requests that passed
// the HTTP server's own TLS (and client certificate check). Such a connection's AuthInfo is the
// HTTP client's TLS state, so a client certificate names the client as it does over gRPC; other
// connections get c's handshake unchanged.
func ServerCredentials(c credentials.TransportCredentials) credentials.TransportCredentials {
	return pipeCreds{c}
}

type pipeCreds struct {
	credentials.TransportCredentials
}

func (p pipeCreds) ServerHandshake(raw net.Conn) (net.Conn, credentials.AuthInfo, error) {
	pc, ok := raw.(peerConn)
	if !ok {
		return p.TransportCredentials.ServerHandshake(raw)
	}
	if pc.tls != nil {
		return raw, credentials.TLSInfo{State: *pc.tls, CommonAuthInfo: credentials.CommonAuthInfo{SecurityLevel: credentials.PrivacyAndIntegrity}}, nil
	}
	return raw, pipeInfo{credentials.CommonAuthInfo{SecurityLevel: credentials.NoSecurity}}, nil
}

func (p pipeCreds) Clone() credentials.TransportCredentials {
	return pipeCreds{p.TransportCredentials.Clone()}
}

// pipeInfo is the AuthInfo of a pipe connection for a plain-text HTTP request.
type pipeInfo struct{ credentials.CommonAuthInfo }

func (pipeInfo) AuthType() string { return "pipe" }
