package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/client/script"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// speechRequest is the body of POST /v1/audio/speech: OpenAI's fields, then Chorus's own.
type speechRequest struct {
	Model          string     `json:"model"`
	Input          *string    `json:"input"`
	Voice          voiceParam `json:"voice"`
	ResponseFormat string     `json:"response_format"`
	Speed          *float64   `json:"speed"`
	Instructions   string     `json:"instructions"`
	StreamFormat   string     `json:"stream_format"`

	// Chorus extensions.
	InputFormat string   `json:"input_format"` // text (default), markup or script
	Pitch       *float64 `json:"pitch"`        // semitones
	GainDB      *float64 `json:"gain_db"`
	SampleRate  *int     `json:"sample_rate"`
	WordTimings bool     `json:"word_timings"` // speech.word events (stream_format sse)
}

// speechJob is a validated request, ready for the gRPC service.
type speechJob struct {
	wire   *chorusv1.SynthesizeRequest
	format *format
	sse    bool
	// texts[i] is the text of turn i (of the input for plain text), for word events.
	texts []string
	// speakers maps a speaker alias on the wire back to the script's name.
	speakers map[string]string
	// style is the style the instructions asked for ("" without instructions).
	style string
	// directions says what became of a script's stage directions (X-Chorus-Stage-Directions).
	directions string
}

// Input formats of the input_format extension.
const (
	inputText   = "text"
	inputMarkup = "markup"
	inputScript = "script"
	inputSSML   = "ssml"
)

// decodeSpeech reads and validates the body of r.
func (h *Handler) decodeSpeech(w http.ResponseWriter, r *http.Request) (*speechJob, error) {
	rc := http.NewResponseController(w)
	// Not every ResponseWriter has deadlines (a test recorder); the server's do.
	_ = rc.SetReadDeadline(time.Now().Add(h.opts.ReadTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes))
	if err != nil {
		// The deadline stays: net/http reads what is left of a body before it answers, and a
		// client that stalls must not hold the answer (and the connection) for longer.
		w.Header().Set("Connection", "close")
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, &apiError{status: http.StatusRequestTimeout, typ: typeInvalidRequest, code: "timeout",
				msg: fmt.Sprintf("the request body did not arrive within %v, the most this server waits for one", h.opts.ReadTimeout)}
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &apiError{status: http.StatusRequestEntityTooLarge, typ: typeInvalidRequest, code: "request_too_large",
				msg: fmt.Sprintf("the request body is larger than %d bytes, the most this server reads: send at most %d KiB of text per request", mbe.Limit, synth.MaxTextBytes>>10)}
		}
		return nil, &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, code: "invalid_body", msg: "reading the request body: " + excerpt(err.Error(), 200)}
	}
	_ = rc.SetReadDeadline(time.Time{})
	if !utf8.Valid(body) {
		return nil, &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, code: "invalid_json", msg: "the request body is not valid UTF-8"}
	}
	var req speechRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, jsonError(err)
	}
	if dec.More() {
		return nil, &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, code: "invalid_json", msg: "the request body holds more than one JSON value: send one object"}
	}
	return h.convert(&req)
}

// voiceParam is the voice field: a voice's name, or OpenAI's custom-voice object {"id": NAME}
// (its id names a Chorus voice or alias).
type voiceParam string

func (v *voiceParam) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*v = voiceParam(s)
		return nil
	}
	var o struct {
		ID *string `json:"id"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil || o.ID == nil {
		return &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, param: "voice", code: "invalid_type",
			msg: `voice: expected a voice's name ("ava") or an object with only its id ({"id": "ava"})`}
	}
	*v = voiceParam(*o.ID)
	return nil
}

var unknownFieldRE = regexp.MustCompile(`^json: unknown field "(.*)"$`)

// jsonError explains a body that does not decode.
func jsonError(err error) *apiError {
	e := &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, code: "invalid_json"}
	var (
		se *json.SyntaxError
		te *json.UnmarshalTypeError
		ae *apiError
	)
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.Is(err, io.EOF):
		e.msg = `the request body is empty: send a JSON object such as {"model": "tts-1", "input": "Hello.", "voice": "ava"}`
	case errors.As(err, &se):
		e.msg = fmt.Sprintf("the request body is not valid JSON (at byte %d): %s", se.Offset, excerpt(se.Error(), 200))
	case errors.Is(err, io.ErrUnexpectedEOF):
		e.msg = "the request body is not valid JSON: it ends before the object does"
	case errors.As(err, &te):
		e.param = te.Field
		e.msg = fmt.Sprintf("%s: expected %s, got a JSON %s", te.Field, jsonType(te.Type.Kind().String()), te.Value)
		if te.Field == "" {
			e.msg = "the request body must be a JSON object"
		}
	default:
		if m := unknownFieldRE.FindStringSubmatch(err.Error()); m != nil {
			e.param = excerpt(m[1], 64)
			e.code = "unknown_parameter"
			e.msg = fmt.Sprintf("unrecognized request argument %q: known are model, input, voice, response_format, speed, instructions, stream_format and Chorus's input_format, pitch, gain_db, sample_rate, word_timings", e.param)
		} else {
			e.msg = "the request body is not valid JSON: " + excerpt(err.Error(), 200)
		}
	}
	return e
}

func jsonType(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "float64", "int":
		return "a number"
	case "bool":
		return "true or false"
	case "ptr":
		return "a value"
	}
	return kind
}

// convert validates what the HTTP layer owns (the format, speed, instructions, input_format)
// and builds the gRPC request; the service checks the rest (text, voice, ranges) as it does for
// gRPC clients.
func (h *Handler) convert(req *speechRequest) (*speechJob, error) {
	j := &speechJob{}
	f, err := lookupFormat(h.formats, req.ResponseFormat)
	if err != nil {
		return nil, err
	}
	j.format = f
	switch req.StreamFormat {
	case "", "audio":
	case "sse":
		j.sse = true
	default:
		return nil, invalid("stream_format", "stream_format %q: use audio (the default: the encoded audio as the body) or sse (server-sent events)", excerpt(req.StreamFormat, 40))
	}
	if req.WordTimings && !j.sse {
		return nil, invalid("word_timings", `word_timings needs "stream_format": "sse": word events travel beside the audio as events`)
	}
	if req.Input == nil {
		return nil, invalid("input", "input is required: the text to speak")
	}
	ac := &chorusv1.AudioConfig{Encoding: chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16, SampleRateHertz: DefaultSampleRate, SpeakingRate: 1}
	if req.Speed != nil {
		if s := *req.Speed; !(s >= synth.MinRate && s <= synth.MaxRate) {
			return nil, invalid("speed", "speed %s is out of range: use %g to %g (1 is normal)", strconv.FormatFloat(s, 'g', 6, 64), synth.MinRate, synth.MaxRate)
		}
		ac.SpeakingRate = *req.Speed
	}
	if req.Pitch != nil {
		ac.Pitch = *req.Pitch
	}
	if req.GainDB != nil {
		ac.VolumeGainDb = *req.GainDB
	}
	if req.SampleRate != nil {
		if *req.SampleRate == 0 {
			return nil, invalid("sample_rate", "sample_rate 0: give a rate from 8000 to 48000 Hz, or leave it out for %d", DefaultSampleRate)
		}
		ac.SampleRateHertz = int32(max(min(*req.SampleRate, 1<<30), -1)) // the service checks the range
	}
	if !j.format.rateOK(int(ac.SampleRateHertz)) {
		return nil, invalid("sample_rate", "%s cannot be encoded at %d Hz: use one of %s", j.format.name, ac.SampleRateHertz, j.format.rates)
	}
	style := ""
	if req.Instructions != "" {
		if style, err = styleFrom(h.opts.Catalog, req.Instructions); err != nil {
			return nil, err
		}
		j.style = style
	}
	j.wire = &chorusv1.SynthesizeRequest{Audio: ac, EnableWordTimings: req.WordTimings, Input: &chorusv1.SynthesisInput{}}
	switch req.InputFormat {
	case "", inputText, inputMarkup, inputSSML:
		if req.InputFormat == inputSSML {
			j.wire.Input.Source = &chorusv1.SynthesisInput_Ssml{Ssml: *req.Input}
		} else {
			j.wire.Input.Source = &chorusv1.SynthesisInput_Text{Text: *req.Input}
			j.wire.Input.Markup = req.InputFormat == inputMarkup
		}
		if req.Voice != "" || style != "" {
			j.wire.Voice = &chorusv1.VoiceSelection{Name: h.opts.VoiceAliases.resolve(string(req.Voice)), Style: style}
		}
		j.texts = []string{*req.Input}
	case inputScript:
		if req.Voice != "" {
			return nil, invalid("voice", "voice must be empty for script input: map speakers to voices in the script's header (voices: Alice=ava, Bob=joe), or let them take distinct voices in order")
		}
		if err := j.convertScript(h.opts.Catalog, *req.Input, style); err != nil {
			return nil, err
		}
	default:
		return nil, invalid("input_format", "input_format %q: use text (the default), markup (inline tags such as <break time=\"300ms\"/>), ssml (an SSML document, <speak>…</speak>) or script (a podcast script of Name: text lines)", excerpt(req.InputFormat, 40))
	}
	return j, nil
}

// styleFrom reads instructions as one of the catalog's styles (voices.Catalog.StyleFor: its
// name or a word that asks for it, "Speak in a bright, upbeat tone." asks for cheerful; the style
// asked for most wins). Instructions that ask for no style are an error: they would otherwise be
// ignored. The response names the style chosen (X-Chorus-Style).
func styleFrom(cat *voices.Catalog, instructions string) (string, error) {
	if style, _, ok := cat.StyleFor(instructions); ok {
		return style, nil
	}
	return "", &apiError{status: http.StatusBadRequest, typ: typeInvalidRequest, param: "instructions", code: "invalid_value",
		msg: fmt.Sprintf("instructions %q ask for no style this server has: Chorus reads instructions as a speaking style (a style's name, or words such as upbeat, soothing, formal, energetic); styles: %s", excerpt(instructions, 80), strings.Join(cat.StyleNames(), ", "))}
}

// convertScript parses a podcast script (docs/scripts.md) into the wire's script input. style,
// if set, applies to speakers the script's header gives none.
func (j *speechJob) convertScript(cat *voices.Catalog, src, style string) error {
	sc, err := script.Parse(strings.NewReader(src), "input", script.Options{})
	if err != nil {
		return invalid("input", "%s", strings.TrimPrefix(err.Error(), "input:"))
	}
	if style != "" {
		for _, spk := range sc.Speakers() {
			if _, ok := sc.Styles[spk]; !ok {
				sc.Styles[spk] = style
			}
		}
	}
	built, err := sc.Build(cat, script.RequestOptions{})
	if err != nil {
		return invalid("input", "%s", strings.TrimPrefix(built.Locate(err).Error(), "input:"))
	}
	j.directions = directionsHeader(built.Directions)
	type sel struct{ voice, style string }
	first := map[string]sel{}
	alias := map[sel]map[string]string{} // selection → speaker → alias
	out := &chorusv1.Script{SpeakerVoices: map[string]*chorusv1.VoiceSelection{}}
	j.speakers = map[string]string{}
	for _, p := range built.Request.Parts {
		s := sel{p.Voice, p.Style}
		name := p.Speaker
		if f, ok := first[p.Speaker]; !ok {
			first[p.Speaker] = s
		} else if f != s {
			// The wire gives a speaker one voice: a speaker whose turns differ gets an alias.
			if alias[s] == nil {
				alias[s] = map[string]string{}
			}
			a, ok := alias[s][p.Speaker]
			if !ok {
				for n := 2; ; n++ {
					a = p.Speaker + "#" + strconv.Itoa(n)
					if _, taken := out.SpeakerVoices[a]; !taken {
						break
					}
				}
				alias[s][p.Speaker] = a
			}
			name = a
		}
		out.SpeakerVoices[name] = &chorusv1.VoiceSelection{Name: p.Voice, Style: p.Style}
		j.speakers[name] = p.Speaker
		out.Turns = append(out.Turns, &chorusv1.Turn{Speaker: name, Text: p.Text, PauseBeforeMs: int32(p.PauseBefore), Markup: p.Markup})
		j.texts = append(j.texts, p.Text)
	}
	j.wire.Input.Source = &chorusv1.SynthesisInput_Script{Script: out}
	return nil
}

// directionsHeader lists what became of a script's stage directions, for the response header
// X-Chorus-Stage-Directions: `line 3 "(laughs)": a 500 ms pause (not voiced); …`, at most 1 KiB
// and in ASCII.
func directionsHeader(dirs []script.Direction) string {
	var b strings.Builder
	for i, d := range dirs {
		item := fmt.Sprintf("line %d %s", d.Line, d)
		if b.Len()+len(item)+2 > 1024 {
			fmt.Fprintf(&b, "; %d more", len(dirs)-i)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(item)
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, b.String())
}
