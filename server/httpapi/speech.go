package httpapi

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

// speech serves POST /v1/audio/speech: the audio streams as the service renders it.
func (h *Handler) speech(w http.ResponseWriter, r *http.Request) {
	j, err := h.decodeSpeech(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	api, _, ctx, done, err := h.open(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	defer done()
	stream, err := api.Synthesize(ctx, j.wire)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	// The header and trailer metadata (request id, retry advice) are read once the stream has
	// delivered a message or ended.
	var header, trailer metadata.MD
	// The first message states the format once the request is valid and admitted; until it
	// comes, the response can still be any error.
	first, err := stream.Recv()
	if err != nil {
		h.fail(w, r, h.toAPI(r, err, nil, stream.Trailer()))
		return
	}
	rate := int(first.GetFormat().GetSampleRateHertz())
	if first.GetFormat() == nil || rate <= 0 {
		h.fail(w, r, errors.New("the service did not start with the audio format"))
		return
	}

	out := &deadlineWriter{w: w, rc: http.NewResponseController(w), timeout: h.opts.WriteTimeout}
	hd := w.Header()
	if md, err := stream.Header(); err == nil {
		header = md
	}
	if id := header.Get("x-request-id"); len(id) > 0 {
		hd.Set("X-Request-Id", id[0])
	}
	hd.Set("X-Chorus-Sample-Rate", strconv.Itoa(rate))
	if j.style != "" {
		hd.Set("X-Chorus-Style", j.style) // what the instructions were read as
	}
	if j.directions != "" {
		hd.Set("X-Chorus-Stage-Directions", j.directions)
	}
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	if !j.sse {
		hd.Set("Trailer", droppedTrailer)
	}
	var (
		enc    encoder
		events *sseWriter
		dst    io.Writer = out
	)
	if j.sse {
		hd.Set("Content-Type", "text/event-stream")
		events = &sseWriter{w: out}
		dst = events
	} else {
		hd.Set("Content-Type", j.format.contentType)
	}
	w.WriteHeader(http.StatusOK)
	// An encoder writes its header at once (WAV, Ogg, FLAC): the request is valid and admitted,
	// so the status is 200 from here on; a failure to open is the server's, and cuts the body.
	if enc, err = j.format.open(dst, rate); err != nil {
		h.log.LogAttrs(r.Context(), slog.LevelError, "opening an encoder", slog.String("format", j.format.name), slog.String("error", err.Error()))
		panic(http.ErrAbortHandler)
	}
	if err := out.flush(); err != nil { // the headers go at once
		return
	}

	err = h.pump(stream, float64(rate), enc, events, j, out)
	if err == nil {
		err = enc.Close()
		if err == nil && events != nil {
			err = events.done()
		}
		if err == nil {
			err = out.flush()
		}
	}
	if err == nil {
		return
	}
	// The status is sent: say what went wrong where the client can see it. An event stream gets
	// an error event; an audio body is cut off (no final chunk), so that the client sees a
	// failed transfer and not a short file that looks whole.
	if _, ok := status.FromError(err); ok {
		trailer = stream.Trailer()
	}
	ae := h.toAPI(r, err, header, trailer)
	if r.Context().Err() == nil {
		h.log.LogAttrs(r.Context(), levelFor(ae.status), "http speech stream failed", slogAttrs(r, ae, err)...)
	}
	if events != nil && !out.failed {
		if events.event(map[string]any{"type": "error", "error": ae.body().Error}) == nil {
			return
		}
	}
	panic(http.ErrAbortHandler)
}

// droppedTrailer is the trailer that says what the voices could not speak (other scripts, some
// symbols), if anything.
const droppedTrailer = "X-Chorus-Dropped"

// pump copies the service's messages to the encoder (and word events to the event stream).
func (h *Handler) pump(stream grpc.ServerStreamingClient[chorusv1.SynthesizeResponse], rate float64, enc encoder, events *sseWriter, j *speechJob, out *deadlineWriter) error {
	for {
		m, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch m := m.GetResponse().(type) {
		case *chorusv1.SynthesizeResponse_Audio:
			if err := enc.Write(m.Audio.GetAudio()); err != nil {
				return err
			}
			if err := out.flush(); err != nil {
				return err
			}
		case *chorusv1.SynthesizeResponse_Word:
			if events != nil {
				if err := events.event(j.wordEvent(m.Word, rate)); err != nil {
					return err
				}
			}
		case *chorusv1.SynthesizeResponse_Summary:
			if events != nil {
				events.summary = m.Summary
			} else if d := m.Summary.GetDropped(); d.GetChars() > 0 || d.GetCutBytes() > 0 {
				// What the voices could not speak is said, in a trailer, never dropped in silence.
				out.w.Header().Set(droppedTrailer, excerpt(d.GetDescription(), 1024))
			}
		}
	}
}

// wordEvent is a speech.word event: the word as spoken, the text it was read from, and when.
func (j *speechJob) wordEvent(w *chorusv1.WordTiming, rate float64) map[string]any {
	ev := map[string]any{
		"type": "speech.word", "word": w.GetWord(), "turn": w.GetTurn(),
		"start_sample": w.GetStartSample(), "end_sample": w.GetEndSample(),
	}
	if rate > 0 {
		ev["start"] = float64(w.GetStartSample()) / rate
		ev["end"] = float64(w.GetEndSample()) / rate
	}
	if sp := w.GetSpeaker(); sp != "" {
		if name, ok := j.speakers[sp]; ok {
			sp = name
		}
		ev["speaker"] = sp
	}
	if t := int(w.GetTurn()); t >= 0 && t < len(j.texts) {
		s, a, b := j.texts[t], int(w.GetTextStart()), int(w.GetTextEnd())
		if 0 <= a && a <= b && b <= len(s) {
			ev["text"] = s[a:b]
			ev["text_start"], ev["text_end"] = a, b
		}
	}
	return ev
}

// deadlineWriter writes the response with a deadline on each write: a client that reads nothing
// for the timeout is cut off, freeing the synthesis slot its request holds.
type deadlineWriter struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
	failed  bool
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	// Not every ResponseWriter has deadlines (httptest's recorder has none): then writes are
	// bounded by the server's own timeouts only.
	_ = d.rc.SetWriteDeadline(time.Now().Add(d.timeout))
	n, err := d.w.Write(p)
	if err != nil {
		d.failed = true
		err = fmt.Errorf("writing the response (the client read nothing for %v, or went away): %w", d.timeout, err)
	}
	return n, err
}

func (d *deadlineWriter) flush() error {
	_ = d.rc.SetWriteDeadline(time.Now().Add(d.timeout))
	if err := d.rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		d.failed = true
		return err
	}
	return nil
}

// sseWriter frames the encoded audio as OpenAI's server-sent events: speech.audio.delta events
// carrying base64 audio, then speech.audio.done.
type sseWriter struct {
	w       io.Writer
	summary *chorusv1.Summary
}

// Write implements io.Writer for the encoder: one delta event per write.
func (s *sseWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := s.event(map[string]any{"type": "speech.audio.delta", "audio": base64.StdEncoding.EncodeToString(p)}); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (s *sseWriter) event(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(s.w, "data: %s\n\n", b)
	return err
}

func (s *sseWriter) done() error {
	ev := map[string]any{"type": "speech.audio.done"}
	if s.summary != nil {
		ev["samples"] = s.summary.GetTotalSamples()
		ev["duration"] = s.summary.GetDurationSeconds()
		if d := s.summary.GetDropped(); d.GetChars() > 0 || d.GetCutBytes() > 0 {
			ev["dropped"] = d.GetDescription()
		}
	}
	return s.event(ev)
}

func levelFor(status int) slog.Level {
	if status >= 500 && status != http.StatusServiceUnavailable && status != http.StatusGatewayTimeout {
		return slog.LevelError
	}
	return slog.LevelDebug
}

func slogAttrs(r *http.Request, e *apiError, err error) []slog.Attr {
	return []slog.Attr{
		slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("remote", r.RemoteAddr),
		slog.Int("status", e.status), slog.String("error", excerpt(err.Error(), 300)),
	}
}
