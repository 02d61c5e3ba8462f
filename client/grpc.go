package client

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/connectivity"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// ErrUnavailable marks a server that cannot be reached.
var ErrUnavailable = errors.New("server unavailable")

// ErrProtocol marks a response stream that breaks the wire contract.
var ErrProtocol = errors.New("protocol error")

// Client is a Chorus gRPC client. It is safe for concurrent use.
type Client struct {
	conn *grpc.ClientConn
	api  chorusv1.ChorusClient
	addr string
	// ChunkMillis is the chunk duration asked of the server (0: the server's default).
	ChunkMillis int
}

var _ Synthesizer = (*Client)(nil)

// Dial connects to the chorusd at addr and waits, bounded by ctx, until the connection is up
// (with several servers: one of them). addr is host:port, a comma-separated list of them or a
// resolver target such as dns:///name:port; several servers are balanced round-robin, and a
// call refused with UNAVAILABLE before any response is tried again (see target). An
// unreachable server is reported here, with the reason (refused, a TLS
// handshake that failed). The connection is plaintext unless opts carry transport credentials:
// Security.DialOptions gives them for TLS, mutual TLS and tokens. opts are added to the defaults
// and win over them (tests pass a dialer).
func Dial(ctx context.Context, addr string, opts ...grpc.DialOption) (*Client, error) {
	tgt, bal, err := target(addr)
	if err != nil {
		return nil, err
	}
	all := append(append([]grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}, bal...), opts...)
	conn, err := grpc.NewClient(tgt, all...)
	if err != nil {
		return nil, fmt.Errorf("client: %s: %w", addr, err)
	}
	conn.Connect()
	for {
		s := conn.GetState()
		if s == connectivity.Ready {
			break
		}
		if s == connectivity.TransientFailure || s == connectivity.Shutdown {
			why := connectError(ctx, conn)
			conn.Close()
			return nil, fmt.Errorf("%w: cannot connect to chorusd at %s: %s", ErrUnavailable, addr, why)
		}
		if !conn.WaitForStateChange(ctx, s) {
			conn.Close()
			return nil, fmt.Errorf("%w: connecting to chorusd at %s: %w", ErrUnavailable, addr, ctx.Err())
		}
	}
	return &Client{conn: conn, api: chorusv1.NewChorusClient(conn), addr: addr}, nil
}

// connectError asks a connection in transient failure why: a call that does not wait for the
// connection fails at once with the last error of the transport. The health service answers
// without a token, so the call itself cannot fail for any other reason than the connection.
func connectError(ctx context.Context, conn *grpc.ClientConn) string {
	cctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_, err := healthpb.NewHealthClient(conn).Check(cctx, &healthpb.HealthCheckRequest{})
	st, ok := status.FromError(err)
	if err == nil || !ok || st.Code() != codes.Unavailable {
		return "is it running?"
	}
	msg := st.Message()
	if strings.Contains(msg, "connection refused") {
		return "connection refused (is it running?)"
	}
	if strings.Contains(msg, "server preface") {
		// A plaintext client at a TLS port reads the server's TLS alert as a broken preface.
		msg += " (a server that uses TLS? connect with TLS: chorus --ca FILE or --tls)"
	}
	if len(msg) > 300 {
		msg = msg[:300] + "…"
	}
	return msg
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// API returns the generated client, for calls this package does not wrap.
func (c *Client) API() chorusv1.ChorusClient { return c.api }

// Synthesize implements Synthesizer over the Synthesize RPC with PCM16 audio.
func (c *Client) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	if err := checkUTF8(req); err != nil {
		return synth.Summary{}, err
	}
	in, speakers := RequestToProto(req)
	in.Audio.ChunkDurationMs = int32(c.ChunkMillis)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the stream if we return early
	stream, err := c.api.Synthesize(ctx, in)
	if err != nil {
		return synth.Summary{}, fromStatus(err, in)
	}
	sum, err := receive(stream.Recv, sink, speakers, nil)
	if err != nil {
		// A status from the server; the sink's and the protocol's own errors pass as they are.
		return sum, fromStatus(err, in)
	}
	return sum, nil
}

// droppedFromProto rebuilds the engine's account of what it could not speak.
func droppedFromProto(d *chorusv1.Dropped) text.Dropped {
	if d == nil {
		return text.Dropped{}
	}
	chars := make([]text.DroppedChar, 0, len(d.GetDistinct()))
	for _, c := range d.GetDistinct() {
		r, _ := utf8.DecodeRuneInString(c.GetChar())
		chars = append(chars, text.DroppedChar{Char: r, Count: int(c.GetCount())})
	}
	return text.NewDropped(chars, int(d.GetOtherChars()), int(d.GetCutBytes()), int(d.GetCutWords()))
}

// Voices implements Synthesizer over ListVoices.
func (c *Client) Voices(ctx context.Context) (Catalog, error) {
	resp, err := c.api.ListVoices(ctx, &chorusv1.ListVoicesRequest{})
	if err != nil {
		return Catalog{}, fromStatus(err, nil)
	}
	out := Catalog{Default: resp.GetDefaultVoice()}
	for _, v := range resp.GetVoices() {
		out.Voices = append(out.Voices, voices.Voice{
			Name: v.GetName(), Language: v.GetLanguageCode(), Gender: genderName(v.GetGender()),
			Description: v.GetDescription(), Vocoder: v.GetVocoder(), SampleRate: int(v.GetNativeSampleRateHertz()),
			Default: v.GetName() == resp.GetDefaultVoice(),
		})
	}
	for _, s := range resp.GetStyles() {
		out.Styles = append(out.Styles, voices.Style{Name: s.GetName(), Description: s.GetDescription()})
	}
	return out, nil
}

// Analyze implements Synthesizer over AnalyzeText.
func (c *Client) Analyze(ctx context.Context, s string, lexicon map[string]phone.Pron) ([]Sentence, error) {
	return c.analyze(ctx, &chorusv1.AnalyzeTextRequest{Text: s, Pronunciations: lexiconToProto(lexicon)})
}

// AnalyzeSSML implements Synthesizer over AnalyzeText.
func (c *Client) AnalyzeSSML(ctx context.Context, doc string, lexicon map[string]phone.Pron) ([]Sentence, error) {
	return c.analyze(ctx, &chorusv1.AnalyzeTextRequest{Text: doc, Ssml: true, Pronunciations: lexiconToProto(lexicon)})
}

func (c *Client) analyze(ctx context.Context, req *chorusv1.AnalyzeTextRequest) ([]Sentence, error) {
	resp, err := c.api.AnalyzeText(ctx, req)
	if err != nil {
		return nil, fromStatus(err, nil)
	}
	out := make([]Sentence, 0, len(resp.GetSentences()))
	for _, sent := range resp.GetSentences() {
		var o Sentence
		for _, t := range sent.GetTokens() {
			o.Tokens = append(o.Tokens, synth.Token{Text: t.GetText(), Start: int(t.GetTextStart()), End: int(t.GetTextEnd())})
		}
		for _, w := range sent.GetWords() {
			o.Words = append(o.Words, Word{Text: w.GetText(), Token: int(w.GetToken()), Phones: w.GetPhones()})
		}
		out = append(out, o)
	}
	return out, nil
}

// checkUTF8 rejects strings protobuf cannot carry, with the error the engine would give, so that
// both paths fail alike (the server never sees such a request: its codec refuses it).
func checkUTF8(r synth.Request) error {
	bad := func(part int, f synth.Field, what string) error {
		return &synth.FieldError{Part: part, Field: f, Reason: what + " is not valid UTF-8", Kind: synth.ErrInvalidArgument}
	}
	for i, p := range r.Parts {
		switch {
		case !utf8.ValidString(p.Text):
			return bad(i, synth.FieldText, "the text")
		case !utf8.ValidString(p.Speaker):
			return bad(i, synth.FieldSpeaker, "the speaker name")
		case !utf8.ValidString(p.Voice):
			return bad(i, synth.FieldVoice, "the voice name")
		case !utf8.ValidString(p.Style):
			return bad(i, synth.FieldStyle, "the style name")
		}
	}
	for k := range r.Lexicon {
		if !utf8.ValidString(k) {
			return bad(-1, synth.FieldLexicon, "an entry")
		}
	}
	return nil
}

func genderName(g chorusv1.Gender) string {
	switch g {
	case chorusv1.Gender_GENDER_FEMALE:
		return "female"
	case chorusv1.Gender_GENDER_MALE:
		return "male"
	case chorusv1.Gender_GENDER_NEUTRAL:
		return "neutral"
	}
	return ""
}

// RemoteError is an error status from the server. It unwraps to the engine's error kinds
// (synth.ErrInvalidArgument, synth.ErrNotFound), context errors or ErrUnavailable, so callers
// handle local and remote failures alike; when the server named the field at fault, it unwraps
// to the *synth.FieldError of the request the client sent, as a local engine would report it.
type RemoteError struct {
	Code    codes.Code
	Message string
	Field   *synth.FieldError // nil unless the server named a field of the request
	kind    error
}

func (e *RemoteError) Error() string { return e.Message }

// Unwrap returns the field error, or else the error's kind, or nil.
func (e *RemoteError) Unwrap() error {
	if e.Field != nil {
		return e.Field
	}
	return e.kind
}

// fromStatus turns a status error of a call about in (nil: a call with no request fields of
// the engine's) into a RemoteError.
func fromStatus(err error, in *chorusv1.SynthesizeRequest) error {
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	e := &RemoteError{Code: st.Code(), Message: st.Message()}
	switch st.Code() {
	case codes.InvalidArgument:
		e.kind = synth.ErrInvalidArgument
	case codes.NotFound:
		e.kind = synth.ErrNotFound
	case codes.Canceled:
		e.kind = context.Canceled
	case codes.DeadlineExceeded:
		e.kind = context.DeadlineExceeded
	case codes.Unavailable:
		e.kind = ErrUnavailable
		e.Message = "server unavailable: " + st.Message()
	default:
		e.Message = "server: " + st.Code().String() + ": " + st.Message()
	}
	if e.kind == synth.ErrInvalidArgument || e.kind == synth.ErrNotFound {
		for _, d := range st.Details() {
			br, ok := d.(*errdetails.BadRequest)
			if !ok || len(br.GetFieldViolations()) == 0 {
				continue
			}
			v := br.GetFieldViolations()[0]
			if part, f, ok := engineField(in, v.GetField()); ok {
				e.Field = &synth.FieldError{Part: part, Field: f, Reason: v.GetDescription(), Kind: e.kind}
			}
			break
		}
	}
	return e
}

// Wire field paths that name an engine field of a turn or of a speaker's voice.
var (
	turnField  = regexp.MustCompile(`^input\.script\.turns\[(\d+)\]\.(text|pause_before_ms|ssml)$`)
	voiceField = regexp.MustCompile(`^input\.script\.speaker_voices\[("(?:[^"\\]|\\.)*")\]\.(name|style)$`)
)

// audioToProto is the audio settings of r on the wire: 16-bit PCM at r's rate, with its speaking
// rate, pitch and gain. Synthesize and streaming requests share it.
func audioToProto(r synth.Request) *chorusv1.AudioConfig {
	return &chorusv1.AudioConfig{
		Encoding:        chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16,
		SampleRateHertz: int32(r.SampleRate),
		SpeakingRate:    r.Rate,
		Pitch:           r.PitchSemitones,
		VolumeGainDb:    r.GainDB,
	}
}

// engineField maps a field path of the wire, as the server names a field of in in a
// google.rpc.BadRequest, back to the engine request RequestToProto made in from: the part and
// the field. ok is false for paths with no engine counterpart (those of the wire alone).
func engineField(in *chorusv1.SynthesizeRequest, path string) (part int, f synth.Field, ok bool) {
	switch path {
	case "audio.sample_rate_hertz":
		return -1, synth.FieldSampleRate, true
	case "audio.speaking_rate":
		return -1, synth.FieldRate, true
	case "audio.pitch":
		return -1, synth.FieldPitch, true
	case "audio.volume_gain_db":
		return -1, synth.FieldGain, true
	case "input", "input.script.turns":
		return -1, synth.FieldParts, true
	case "input.script":
		return -1, synth.FieldText, true
	case "input.text", "input.ssml", "text": // "text": AnalyzeText's; each is the request's only part
		return 0, synth.FieldText, true
	case "voice.name":
		return 0, synth.FieldVoice, true
	case "voice.style":
		return 0, synth.FieldStyle, true
	}
	if path == "pronunciations" || strings.HasPrefix(path, "pronunciations[") {
		return -1, synth.FieldLexicon, true
	}
	if m := turnField.FindStringSubmatch(path); m != nil {
		i, err := strconv.Atoi(m[1])
		if err != nil || i >= len(in.GetInput().GetScript().GetTurns()) {
			return 0, "", false
		}
		if m[2] == "text" || m[2] == "ssml" {
			return i, synth.FieldText, true
		}
		return i, synth.FieldPauseBefore, true
	}
	if m := voiceField.FindStringSubmatch(path); m != nil {
		alias, err := strconv.Unquote(m[1])
		if err != nil {
			return 0, "", false
		}
		// The first turn of the speaker alias: its part has the voice and style at fault.
		for i, t := range in.GetInput().GetScript().GetTurns() {
			if t.GetSpeaker() == alias {
				if m[2] == "name" {
					return i, synth.FieldVoice, true
				}
				return i, synth.FieldStyle, true
			}
		}
	}
	return 0, "", false
}

// RequestToProto translates an engine request to the wire. A request of one unnamed part with
// no pause becomes plain text; anything else a script. On the wire each speaker has exactly one
// voice, so parts whose speaker is empty or speaks with several voices or styles get distinct
// speaker aliases; the returned map takes each alias back to the request's speaker name.
func RequestToProto(r synth.Request) (*chorusv1.SynthesizeRequest, map[string]string) {
	out := &chorusv1.SynthesizeRequest{
		Audio:             audioToProto(r),
		EnableWordTimings: r.WordTimings,
		EnableMarks:       r.Events&synth.EventMarks != 0,
		EnablePhonemes:    r.Events&synth.EventPhonemes != 0,
		EnableVisemes:     r.Events&synth.EventVisemes != 0,
		Pronunciations:    lexiconToProto(r.Lexicon),
		Input:             &chorusv1.SynthesisInput{},
	}
	if len(r.Parts) == 1 && r.Parts[0].Speaker == "" && r.Parts[0].PauseBefore == 0 && !(r.Parts[0].SSML && r.Parts[0].Markup) {
		p := r.Parts[0]
		if p.SSML {
			out.Input.Source = &chorusv1.SynthesisInput_Ssml{Ssml: p.Text}
		} else {
			out.Input.Source = &chorusv1.SynthesisInput_Text{Text: p.Text}
			out.Input.Markup = p.Markup
		}
		if p.Voice != "" || p.Style != "" {
			out.Voice = &chorusv1.VoiceSelection{Name: p.Voice, Style: p.Style}
		}
		return out, map[string]string{"": ""}
	}
	type key struct{ speaker, voice, style string }
	first := map[string]key{}
	ambiguous := map[string]bool{"": true}
	for _, p := range r.Parts {
		k := key{p.Speaker, p.Voice, p.Style}
		if k0, ok := first[p.Speaker]; ok && k0 != k {
			ambiguous[p.Speaker] = true
		} else if !ok {
			first[p.Speaker] = k
		}
	}
	alias := map[key]string{}
	back := map[string]string{}
	script := &chorusv1.Script{SpeakerVoices: map[string]*chorusv1.VoiceSelection{}}
	for _, p := range r.Parts {
		k := key{p.Speaker, p.Voice, p.Style}
		a, ok := alias[k]
		if !ok {
			a = p.Speaker
			if ambiguous[p.Speaker] {
				for n := len(alias) + 1; ; n++ {
					a = p.Speaker + "#" + strconv.Itoa(n)
					if _, taken := first[a]; !taken {
						if _, used := back[a]; !used {
							break
						}
					}
				}
			}
			alias[k] = a
			back[a] = p.Speaker
			script.SpeakerVoices[a] = &chorusv1.VoiceSelection{Name: p.Voice, Style: p.Style}
		}
		script.Turns = append(script.Turns, &chorusv1.Turn{Speaker: a, Text: p.Text, PauseBeforeMs: int32(p.PauseBefore), Markup: p.Markup, Ssml: p.SSML})
	}
	out.Input.Source = &chorusv1.SynthesisInput_Script{Script: script}
	return out, back
}

func lexiconToProto(lex map[string]phone.Pron) []*chorusv1.Pronunciation {
	if len(lex) == 0 {
		return nil
	}
	keys := make([]string, 0, len(lex))
	for k := range lex {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*chorusv1.Pronunciation, 0, len(keys))
	for _, k := range keys {
		out = append(out, &chorusv1.Pronunciation{Phrase: k, Phones: lex[k].String(), Alphabet: chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_ARPABET})
	}
	return out
}
