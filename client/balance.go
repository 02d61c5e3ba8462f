package client

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/health" // client-side health checking, named in the service config
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/resolver"
	"google.golang.org/grpc/resolver/manual"
	"google.golang.org/grpc/status"
)

// listScheme is the resolver scheme of a comma-separated list of servers. Its resolver is given
// to the one connection that uses it (grpc.WithResolvers), never registered globally.
const listScheme = "chorus-list"

// retryPolicy is the service config every connection gets: a call that fails with UNAVAILABLE
// before any response arrived (the server went away, refused the stream or was draining) is
// tried again, on another server when there are several. grpc-go commits a call to its attempt
// as soon as the first response message arrives, so a stream that has delivered its format or
// audio is never restarted: its error reaches the caller.
const retryPolicy = `"methodConfig": [{
	"name": [{"service": "chorus.v1.Chorus"}],
	"retryPolicy": {
		"maxAttempts": 4,
		"initialBackoff": "0.05s",
		"maxBackoff": "1s",
		"backoffMultiplier": 2,
		"retryableStatusCodes": ["UNAVAILABLE"]
	}
}]`

// singleConfig is the service config of one address: grpc's default pick_first, with retries.
const singleConfig = `{` + retryPolicy + `}`

// balancedConfig is the service config of several servers: round-robin over every resolved
// address, skipping a server whose overall health is not SERVING (one that is shutting down:
// chorusd turns NOT_SERVING before it drains), with retries.
const balancedConfig = `{
	"loadBalancingConfig": [{"round_robin": {}}],
	"healthCheckConfig": {"serviceName": ""},
	` + retryPolicy + `}`

// ErrTarget marks a server address that cannot be used.
var ErrTarget = errors.New("client: server address")

// target turns what a user gives as the server into a grpc target and the options that go with
// it:
//
//   - "host:port": that server (its name resolved by DNS, the first address that answers used);
//   - "a:50051,b:50051": every server in the list, round-robin;
//   - "scheme:///name", e.g. "dns:///chorus-headless:50051": grpc's resolver for scheme, round-robin
//     over every address it returns, following the resolver's updates.
//
// Every form retries calls that fail with UNAVAILABLE before any response (retryPolicy).
func target(addr string) (string, []grpc.DialOption, error) {
	addr = strings.TrimSpace(addr)
	opts := []grpc.DialOption{
		// Only this config: a resolver (DNS TXT records) cannot replace the retry policy.
		grpc.WithDisableServiceConfig(),
		grpc.WithChainStreamInterceptor(midStreamLoss),
	}
	switch {
	case addr == "":
		return "", nil, fmt.Errorf("%w: empty", ErrTarget)
	case strings.Contains(addr, "://"):
		if resolver.Get(addr[:strings.Index(addr, "://")]) == nil {
			return "", nil, fmt.Errorf("%w: %q: unknown resolver scheme (use host:port, a comma-separated list of them, or dns:///name:port)", ErrTarget, addr)
		}
		return addr, append(opts, grpc.WithDefaultServiceConfig(balancedConfig)), nil
	case strings.Contains(addr, ","):
		var eps []resolver.Endpoint
		seen := map[string]bool{}
		for _, a := range strings.Split(addr, ",") {
			a = strings.TrimSpace(a)
			if err := checkHostPort(a); err != nil {
				return "", nil, fmt.Errorf("%w: %q in %q: %w", ErrTarget, a, addr, err)
			}
			if seen[a] {
				return "", nil, fmt.Errorf("%w: %q is listed twice in %q", ErrTarget, a, addr)
			}
			seen[a] = true
			// ServerName: with TLS each server's certificate is checked against its own name
			// (the list as a whole names no host).
			eps = append(eps, resolver.Endpoint{Addresses: []resolver.Address{{Addr: a, ServerName: a}}})
		}
		r := manual.NewBuilderWithScheme(listScheme)
		r.InitialState(resolver.State{Endpoints: eps})
		opts = append(opts, grpc.WithResolvers(r), grpc.WithDefaultServiceConfig(balancedConfig))
		return listScheme + ":///" + addr, opts, nil
	default:
		if err := checkHostPort(addr); err != nil {
			return "", nil, fmt.Errorf("%w: %q: %w", ErrTarget, addr, err)
		}
		return addr, append(opts, grpc.WithDefaultServiceConfig(singleConfig)), nil
	}
}

// checkHostPort accepts host:port with a non-empty host and port.
func checkHostPort(a string) error {
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		return err
	}
	if host == "" || port == "" {
		return errors.New("want host:port")
	}
	return nil
}

// midStreamLoss names, in the error of a stream that broke with UNAVAILABLE after responses had
// arrived, the server that was lost and why the call was not tried again elsewhere: an operator
// reading the error of a replica that died can tell it from a cluster that cannot be reached.
func midStreamLoss(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	cs, err := streamer(ctx, desc, cc, method, opts...)
	if err != nil {
		return nil, err
	}
	return &lossStream{ClientStream: cs}, nil
}

type lossStream struct {
	grpc.ClientStream
	mu       sync.Mutex
	received int
	server   string
}

func (s *lossStream) RecvMsg(m any) error {
	err := s.ClientStream.RecvMsg(m)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil {
		if s.received == 0 {
			if p, ok := peer.FromContext(s.Context()); ok && p.Addr != nil {
				s.server = p.Addr.String()
			}
		}
		s.received++
		return nil
	}
	if st, ok := status.FromError(err); ok && st.Code() == codes.Unavailable && s.received > 0 {
		server := s.server
		if server == "" {
			server = "the server"
		}
		return status.Errorf(codes.Unavailable, "lost chorusd at %s mid-stream, after %d responses; not retried on another server, because part of the audio had already arrived: %s",
			server, s.received, st.Message())
	}
	return err
}
