package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/chorus-tts/chorus/synth"
)

// MaxMessageBytes bounds the message of every status the server sends: a message that quotes
// user input quotes at most a short excerpt of it.
const MaxMessageBytes = 1024

// Causes of a call's context ending that the server itself brings about.
var (
	errStalled     = errors.New("the client stopped reading")
	errMaxDuration = errors.New("the request ran past the server's time limit")
)

// refusal is a request the server turns away before its work starts: over a quota, no room in
// the queue, no valid token. reason labels it in metrics and logs.
type refusal struct {
	code   codes.Code
	reason string
	msg    string
	retry  time.Duration // > 0: when to try again, sent as retry advice
}

func (r *refusal) Error() string { return r.msg }

// Rejection reasons (the reason label of chorus_rejections_total).
const (
	reasonUnauthenticated   = "unauthenticated"
	reasonRateLimited       = "rate_limited"
	reasonTokenConcurrency  = "token_concurrency"
	reasonQueueFull         = "queue_full"
	reasonQueueTimeout      = "queue_timeout"
	reasonStalled           = "stalled"
	reasonIdle              = "idle"
	reasonMaxDuration       = "max_duration"
	reasonUndecodable       = "undecodable"
	reasonResponseTooLarge  = "response_too_large"
	reasonConnectionLimit   = "connection_limit"
	reasonInvalidArgument   = "invalid_argument"
	reasonNotFound          = "not_found"
	reasonUnimplementedPart = "unimplemented"
)

// status maps an error to a gRPC status error: the one place where that happens. Domain errors
// keep their message (it names the field, or lists what exists); refusals carry retry advice;
// context errors become CANCELLED/DEADLINE_EXCEEDED, with the server's own reason when it ended
// the call; anything else is INTERNAL with a generic message, and is logged. Every message is
// bounded.
func (s *Server) status(ctx context.Context, c *call, err error) error {
	if err == nil {
		return nil
	}
	var (
		code   codes.Code
		reason string
		rf     *refusal
		de     *decodeError
	)
	switch {
	case errors.As(err, &rf):
		c.setRejected(rf.reason)
		return s.refuse(ctx, rf)
	case errors.As(err, &de):
		c.setRejected(reasonUndecodable)
		s.logRejection(ctx, c, codes.InvalidArgument, de.field, de.Error())
		return de.status()
	case errors.Is(err, synth.ErrInvalidArgument):
		code, reason = codes.InvalidArgument, reasonInvalidArgument
	case errors.Is(err, synth.ErrNotFound):
		code, reason = codes.NotFound, reasonNotFound
	case errors.Is(err, errUnimplemented):
		code, reason = codes.Unimplemented, reasonUnimplementedPart
	case ctx.Err() != nil:
		// The call's context ended: the client cancelled or its deadline passed, or the server
		// ended it (a stalled reader, the time limit). Whatever failed after that is a consequence.
		switch cause := context.Cause(ctx); {
		case errors.Is(cause, errStalled):
			c.setRejected(reasonStalled)
			return status.Error(codes.DeadlineExceeded, stallMessage(s.opts.StallTimeout))
		case errors.Is(cause, errMaxDuration):
			c.setRejected(reasonMaxDuration)
			return status.Errorf(codes.DeadlineExceeded, "the request ran longer than %v, the server's limit (--max-request-duration): split the input", s.opts.MaxRequestDuration)
		}
		if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
			s.log.LogAttrs(ctx, slog.LevelDebug, "stream ended by the client", slog.String("id", c.id), slog.String("error", excerpt(err.Error(), 200)))
		}
		return status.FromContextError(ctx.Err()).Err()
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return status.FromContextError(err).Err()
	default:
		if st, ok := status.FromError(err); ok && st.Code() != codes.Unknown {
			return st.Err() // a transport error from Send, already a status
		}
		s.log.LogAttrs(ctx, slog.LevelError, "request failed", slog.String("id", c.id), slog.String("method", c.method), slog.String("error", excerpt(err.Error(), MaxMessageBytes)))
		return status.Error(codes.Internal, "internal error")
	}
	msg := err.Error()
	if code == codes.Unimplemented {
		msg = strings.TrimPrefix(msg, errUnimplemented.Error()+": ")
	}
	c.setRejected(reason)
	msg = bound(msg)
	st := status.New(code, msg)
	var fe *fieldError
	field := ""
	if errors.As(err, &fe) {
		// The field, for programs: google.rpc.BadRequest is where gRPC clients look for it.
		field = fe.field
		st = withFieldViolation(st, fe.field, bound(fe.reason))
	}
	s.logRejection(ctx, c, code, field, msg)
	return st.Err()
}

// refuse sends a refusal's retry advice as trailer metadata (retry-after in whole seconds, as in
// HTTP, and grpc-retry-pushback-ms, which gRPC retry policies read) and as a google.rpc.RetryInfo
// detail.
func (s *Server) refuse(ctx context.Context, rf *refusal) error {
	st := status.New(rf.code, bound(rf.msg))
	if rf.retry > 0 {
		secs := int64((rf.retry + time.Second - 1) / time.Second)
		// Only fails outside a call; the message says the same.
		_ = grpc.SetTrailer(ctx, metadata.Pairs(
			"retry-after", strconv.FormatInt(secs, 10),
			"grpc-retry-pushback-ms", strconv.FormatInt(rf.retry.Milliseconds(), 10)))
		if d, err := st.WithDetails(&errdetails.RetryInfo{RetryDelay: durationpb.New(rf.retry)}); err == nil {
			st = d
		}
	}
	return st.Err()
}

func withFieldViolation(st *status.Status, field, desc string) *status.Status {
	d, err := st.WithDetails(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{{Field: field, Description: desc}}})
	if err != nil {
		return st
	}
	return d
}

// logRejection logs a rejected request at DEBUG. Without --log-text the message goes through
// redact, which removes what it quotes of the request.
func (s *Server) logRejection(ctx context.Context, c *call, code codes.Code, field, msg string) {
	if !s.log.Enabled(ctx, slog.LevelDebug) {
		return
	}
	if !s.opts.LogText {
		field, msg = redact(field), redact(msg)
	}
	s.log.LogAttrs(ctx, slog.LevelDebug, "request rejected", slog.String("id", c.id), slog.String("method", c.method),
		slog.String("code", code.String()), slog.String("field", field), slog.String("reason", excerpt(msg, 300)))
}

// bound cuts msg to MaxMessageBytes, keeping its start and its end (which often says what to do).
func bound(msg string) string {
	if len(msg) <= MaxMessageBytes {
		return msg
	}
	const tail = 200
	head := MaxMessageBytes - tail - 40
	cut := len(msg) - head - tail
	return trimRunes(msg[:head]) + fmt.Sprintf(" …[%d bytes cut]… ", cut) + trimRunesFront(msg[len(msg)-tail:])
}

// excerpt is s cut to at most n bytes (on a character boundary), with "…" if cut.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return trimRunes(s[:n]) + "…"
}

// trimRunes drops a partial UTF-8 sequence at the end of s.
func trimRunes(s string) string {
	for i := 0; i < utf8.UTFMax && len(s) > 0; i++ {
		r, n := utf8.DecodeLastRuneInString(s)
		if r != utf8.RuneError || n > 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// trimRunesFront drops a partial UTF-8 sequence at the start of s.
func trimRunesFront(s string) string {
	for i := 0; i < utf8.UTFMax && len(s) > 0; i++ {
		r, n := utf8.DecodeRuneInString(s)
		if r != utf8.RuneError || n > 1 {
			break
		}
		s = s[1:]
	}
	return s
}

var (
	quotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"?`)
	tagRE    = regexp.MustCompile(`</?[^<>\s]*/?>?`)
)

// redact removes from a message or a field path what it quotes of a request: double-quoted
// strings (names, excerpts, map keys) and tags become "…" and <…>.
func redact(s string) string {
	s = quotedRE.ReplaceAllString(s, `"…"`)
	return tagRE.ReplaceAllString(s, `<…>`)
}
