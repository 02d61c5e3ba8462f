package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// Error types of OpenAI's error object.
const (
	typeInvalidRequest = "invalid_request_error"
	typeAuthentication = "authentication_error"
	typeRateLimit      = "rate_limit_error"
	typeServer         = "server_error"
)

// apiError is an error as the client sees it: an HTTP status and OpenAI's error object,
// {"error": {"message", "type", "param", "code"}}.
type apiError struct {
	status     int
	typ        string
	msg        string
	param      string // the request field at fault, as named in the JSON body; "" for none
	code       string // a stable machine-readable code; "" for none
	retryAfter string // seconds, for 429 and 503
}

func (e *apiError) Error() string { return e.msg }

// errorBody is the JSON of an error response.
type errorBody struct {
	Error errorObject `json:"error"`
}

type errorObject struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
}

func (e *apiError) body() errorBody {
	b := errorBody{Error: errorObject{Message: e.msg, Type: e.typ}}
	if e.param != "" {
		b.Error.Param = &e.param
	}
	if e.code != "" {
		b.Error.Code = &e.code
	}
	return b
}

func writeError(w http.ResponseWriter, e *apiError) {
	hd := w.Header()
	hd.Set("Content-Type", "application/json")
	hd.Set("Cache-Control", "no-store")
	hd.Del("Content-Length")
	if e.retryAfter != "" {
		hd.Set("Retry-After", e.retryAfter)
	}
	w.WriteHeader(e.status)
	_ = json.NewEncoder(w).Encode(e.body()) // the client may be gone; nothing to do then
}

func invalid(param, format string, a ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, param: param, code: "invalid_value",
		msg: fmt.Sprintf(format, a...)}
}

// fail answers r with err as an HTTP error.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	e := h.toAPI(r, err, nil, nil)
	if e.status >= 500 {
		h.log.LogAttrs(r.Context(), levelFor(e.status), "http request failed", slogAttrs(r, e, err)...)
	}
	writeError(w, e)
}

// wireFields maps field paths of the gRPC request to the JSON fields they came from.
var wireFields = map[string]string{
	"input.text":              "input",
	"input":                   "input",
	"input.script":            "input",
	"input.ssml":              "input",
	"voice.name":              "voice",
	"voice":                   "voice",
	"voice.style":             "instructions",
	"audio.speaking_rate":     "speed",
	"audio.pitch":             "pitch",
	"audio.volume_gain_db":    "gain_db",
	"audio.sample_rate_hertz": "sample_rate",
}

// jsonField names the JSON field a gRPC field path comes from; "" if none does.
func jsonField(path string) string {
	if f, ok := wireFields[path]; ok {
		return f
	}
	if strings.HasPrefix(path, "input.script") {
		return "input"
	}
	return ""
}

// toAPI maps an error from the gRPC service (a status), from the backend, or from the context to
// the HTTP error the client gets. trailer and header are the call's metadata, for retry advice.
func (h *Handler) toAPI(r *http.Request, err error, header, trailer metadata.MD) *apiError {
	var ae *apiError
	if errors.As(err, &ae) {
		return ae
	}
	if errors.Is(err, ErrPipeClosed) {
		return &apiError{status: http.StatusServiceUnavailable, typ: typeServer, code: "shutting_down", retryAfter: "1",
			msg: "the server is shutting down: retry on another instance"}
	}
	st, ok := status.FromError(err)
	if !ok {
		if r.Context().Err() != nil || errors.Is(err, context.Canceled) {
			return &apiError{status: 499, typ: typeInvalidRequest, code: "cancelled", msg: "the client closed the request"}
		}
		return &apiError{status: http.StatusInternalServerError, typ: typeServer, msg: "internal error"}
	}
	msg := st.Message()
	param := ""
	for _, d := range st.Details() {
		if br, ok := d.(*errdetails.BadRequest); ok && len(br.GetFieldViolations()) > 0 {
			fv := br.GetFieldViolations()[0]
			if f := jsonField(fv.GetField()); f != "" {
				param = f
				sep := ": "
				if strings.HasPrefix(fv.GetDescription(), "is ") {
					sep = " "
				}
				msg = f + sep + fv.GetDescription()
			}
		}
	}
	e := &apiError{msg: msg, param: param}
	switch st.Code() {
	case codes.InvalidArgument, codes.OutOfRange, codes.FailedPrecondition:
		e.status, e.typ, e.code = http.StatusBadRequest, typeInvalidRequest, "invalid_value"
	case codes.NotFound:
		e.status, e.typ, e.code = http.StatusNotFound, typeInvalidRequest, "not_found"
		if e.param == "" && strings.Contains(msg, "voice") {
			e.param = "voice"
		}
		if strings.Contains(msg, "no style") {
			e.param = "instructions"
		}
	case codes.Unauthenticated:
		e.status, e.typ, e.code = http.StatusUnauthorized, typeAuthentication, "invalid_api_key"
		e.msg = strings.ReplaceAll(msg, "the metadata header authorization", "the header Authorization")
	case codes.PermissionDenied:
		e.status, e.typ, e.code = http.StatusForbidden, typeAuthentication, "permission_denied"
	case codes.ResourceExhausted:
		e.status, e.typ, e.code = http.StatusTooManyRequests, typeRateLimit, "rate_limit_exceeded"
		e.retryAfter = firstOf(trailer, header, "retry-after")
	case codes.Unavailable:
		e.status, e.typ, e.code = http.StatusServiceUnavailable, typeServer, "unavailable"
		e.retryAfter = "1"
	case codes.DeadlineExceeded:
		e.status, e.typ, e.code = http.StatusGatewayTimeout, typeServer, "timeout"
	case codes.Unimplemented:
		e.status, e.typ, e.code = http.StatusNotImplemented, typeInvalidRequest, "unsupported"
	case codes.Canceled:
		e.status, e.typ, e.code = 499, typeInvalidRequest, "cancelled"
	default:
		e.status, e.typ, e.code, e.msg = http.StatusInternalServerError, typeServer, "", "internal error"
	}
	return e
}

func firstOf(a, b metadata.MD, key string) string {
	for _, md := range []metadata.MD{a, b} {
		if v := md.Get(key); len(v) > 0 {
			if _, err := strconv.Atoi(v[0]); err == nil {
				return v[0]
			}
		}
	}
	return ""
}

// excerpt is s cut to at most n bytes on a character boundary, with "…" if cut.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
