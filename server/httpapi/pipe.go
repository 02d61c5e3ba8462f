package httpapi

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// Backend opens the Chorus gRPC service for one HTTP request. remote is the HTTP client's
// address: the service sees it as the call's peer, so per-address quotas and logs treat an HTTP
// client as they treat a gRPC one.
type Backend interface {
	Open(ctx context.Context, remote net.Addr) (grpc.ClientConnInterface, io.Closer, error)
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
}

func (c peerConn) RemoteAddr() net.Addr { return c.remote }

// Open implements Backend: a client connection over a new in-memory pipe. Close the returned
// Closer when the request is done.
func (p *Pipe) Open(ctx context.Context, remote net.Addr) (grpc.ClientConnInterface, io.Closer, error) {
	if remote == nil {
		remote = pipeAddr{}
	}
	dial := func(ctx context.Context, _ string) (net.Conn, error) {
		client, srv := net.Pipe()
		select {
		case p.conns <- peerConn{Conn: srv, remote: remote}:
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
