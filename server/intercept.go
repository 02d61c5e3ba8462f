package server

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
)

// Authenticator checks bearer tokens; *auth.Store implements it.
type Authenticator interface {
	// Lookup returns the name of the client whose token is token.
	Lookup(token string) (name string, ok bool)
}

const (
	chorusService = "chorus.v1.Chorus"
	healthService = "grpc.health.v1.Health"
	requestIDKey  = "x-request-id"
)

// unary is the server's unary interceptor: request id, decoding errors, authentication, rate
// quota, panics; and, once the handler has returned, the stall timer for the response's write.
func (s *Server) unary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
	c := callFrom(ctx)
	defer func() {
		if r := recover(); r != nil {
			err = s.recovered(ctx, info.FullMethod, r)
		}
	}()
	md := metadata.Pairs(requestIDKey, c.id)
	// These fail only outside an RPC.
	_ = grpc.SetHeader(ctx, md)
	_ = grpc.SetTrailer(ctx, md)
	c.mu.Lock()
	c.transport = grpc.ServerTransportStreamFromContext(ctx)
	c.mu.Unlock()
	if de := s.codec.take(req); de != nil {
		return nil, s.status(ctx, c, de)
	}
	if err := s.admitCall(ctx, c); err != nil {
		return nil, s.status(ctx, c, err)
	}
	resp, err = handler(ctx, req)
	if err == nil {
		// The response is written after this returns; a client that does not read it is cut off
		// like a stalled stream.
		s.armStall(c)
	}
	return resp, err
}

// stream is the server's stream interceptor: as unary, with the stall timer around every Send.
func (s *Server) stream(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
	ctx := ss.Context()
	c := callFrom(ctx)
	defer func() {
		if r := recover(); r != nil {
			err = s.recovered(ctx, info.FullMethod, r)
		}
	}()
	md := metadata.Pairs(requestIDKey, c.id)
	_ = ss.SetHeader(md)
	ss.SetTrailer(md)
	c.mu.Lock()
	c.transport = grpc.ServerTransportStreamFromContext(ctx)
	c.mu.Unlock()
	if err := s.admitCall(ctx, c); err != nil {
		return s.status(ctx, c, err)
	}
	err = handler(srv, &watchedStream{ServerStream: ss, s: s, c: c})
	var de *decodeError
	if errors.As(err, &de) {
		return s.status(ctx, c, err)
	}
	return err
}

// admitCall authenticates the caller and charges its rate quota. Health checks are open; with
// tokens, everything else (reflection included) needs one.
func (s *Server) admitCall(ctx context.Context, c *call) error {
	if s.opts.Auth != nil && !strings.HasPrefix(c.method, "/"+healthService+"/") {
		name, err := s.authenticate(ctx)
		if err != nil {
			return err
		}
		c.setClient(name, false)
	} else if name := certName(ctx); name != "" {
		c.setClient(name, true)
	}
	if !c.chorus {
		return nil
	}
	key, who := s.clientKey(ctx, c)
	return s.admission.allow(key, who, time.Now())
}

// clientKey is the key of c's caller for the per-token quotas, and how messages name it: the
// token's name, or the peer's address without tokens.
func (s *Server) clientKey(ctx context.Context, c *call) (key, who string) {
	c.mu.Lock()
	name, cert := c.client, c.clientCert
	c.mu.Unlock()
	switch {
	case name != "" && cert:
		return "cert:" + name, fmt.Sprintf("client certificate %q", name)
	case name != "":
		return "token:" + name, fmt.Sprintf("token %q", name)
	}
	host := peerHost(ctx)
	return "addr:" + host, "address " + host
}

// authenticate checks the authorization metadata and returns the token's name.
func (s *Server) authenticate(ctx context.Context) (string, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	vals := md.Get("authorization")
	if len(vals) == 0 {
		return "", &refusal{code: codes.Unauthenticated, reason: reasonUnauthenticated,
			msg: "no token: this server needs the metadata header authorization: Bearer <token> (the chorus CLI sends it with --token or CHORUS_TOKEN)"}
	}
	scheme, token, _ := strings.Cut(strings.TrimSpace(vals[0]), " ")
	if !strings.EqualFold(scheme, "bearer") {
		return "", &refusal{code: codes.Unauthenticated, reason: reasonUnauthenticated,
			msg: "the authorization header must be Bearer <token>"}
	}
	name, ok := s.opts.Auth.Lookup(strings.TrimSpace(token))
	if !ok {
		return "", &refusal{code: codes.Unauthenticated, reason: reasonUnauthenticated,
			msg: "the token is not valid: send authorization: Bearer <token> with a token the server's --auth-tokens file lists"}
	}
	return name, nil
}

// certName is the common name of a verified client certificate (mutual TLS), or "".
func certName(ctx context.Context) string {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return ""
	}
	ti, ok := p.AuthInfo.(credentials.TLSInfo)
	if !ok || len(ti.State.VerifiedChains) == 0 || len(ti.State.VerifiedChains[0]) == 0 {
		return ""
	}
	var leaf *x509.Certificate = ti.State.VerifiedChains[0][0]
	return excerpt(leaf.Subject.CommonName, 64)
}

// watchedStream cancels its call when a Send stays blocked longer than the stall timeout: the
// client stopped reading, and the slot it holds goes to others.
type watchedStream struct {
	grpc.ServerStream
	s *Server
	c *call
}

func (w *watchedStream) RecvMsg(m any) error {
	if err := w.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	if de := w.s.codec.take(m); de != nil {
		return de
	}
	return nil
}

func (w *watchedStream) SendMsg(m any) error {
	w.s.armStall(w.c)
	err := w.ServerStream.SendMsg(m)
	w.s.disarmStall(w.c)
	return err
}

// armStall starts (or restarts) c's stall timer.
func (s *Server) armStall(c *call) {
	if s.opts.StallTimeout <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stall == nil {
		c.stall = time.AfterFunc(s.opts.StallTimeout, func() { s.stalled(c) })
		return
	}
	c.stall.Reset(s.opts.StallTimeout)
}

// stalled cuts off c, whose client has read nothing for the stall timeout. grpc-go answers the
// blocked Send with DEADLINE_EXCEEDED and a generic message: the reason goes in the trailer.
func (s *Server) stalled(c *call) {
	c.mu.Lock()
	ts := c.transport
	c.mu.Unlock()
	if ts != nil {
		// Fails only once the call has ended, when nothing needs saying.
		_ = ts.SetTrailer(metadata.Pairs(errorTrailer, stallMessage(s.opts.StallTimeout)))
	}
	c.cancel(errStalled)
}

// errorTrailer is the trailer that says why the server ended a call, where the status message
// cannot (grpc-go writes it).
const errorTrailer = "chorus-error"

func stallMessage(d time.Duration) string {
	return fmt.Sprintf("the stream was cancelled: the client read nothing for %v (the server's --stall-timeout)", d)
}

func (s *Server) disarmStall(c *call) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stall != nil {
		c.stall.Stop()
	}
}
