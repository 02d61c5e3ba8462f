package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
)

// errorsDoc is the table of bad input in the docs; TestErrorsDoc runs every row of it.
const errorsDoc = "../docs/errors.md"

// docRow is one row of the table: an id, the status code and a part of the message.
type docRow struct {
	id, code, message string
}

// readErrorsDoc parses the rows of the table in docs/errors.md: | id | input | RPC | code |
// message |, the message in backquotes.
func readErrorsDoc(t *testing.T) []docRow {
	t.Helper()
	b, err := os.ReadFile(errorsDoc)
	if err != nil {
		t.Fatal(err)
	}
	var rows []docRow
	for _, line := range strings.Split(string(b), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 7 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue // not a row of the table (the header and its rule have no backquoted id)
		}
		trim := func(s string) string { return strings.Trim(strings.TrimSpace(s), "`") }
		rows = append(rows, docRow{id: trim(cells[1]), code: trim(cells[4]), message: trim(cells[5])})
	}
	return rows
}

// pendingRows are rows whose behaviour waits on engine work (docs/errors.md marks them
// "pending"): the test checks they are marked so, and that nothing else is.
var pendingRows = map[string]bool{}

// docMaxAudio is the --max-audio of the server the audio-cap rows run on (the default, 4 h,
// would take minutes of rendering to reach).
const docMaxAudio = 30 * time.Second

// answered is an OK answer whose summary the case has checked: its status has code OK and, as
// its message, what the summary says was not spoken (empty when nothing was dropped), which the
// doc's last column quotes.
type answered struct{ dropped string }

func (a answered) Error() string              { return "OK: " + a.dropped }
func (a answered) GRPCStatus() *status.Status { return status.New(codes.OK, a.dropped) }

// spoken runs req to its end and checks that it was answered OK with audio: it returns what the
// summary says was dropped as an answered, or the failure.
func (e *docEnv) spoken(req *chorusv1.SynthesizeRequest) (*result, error) {
	r, err := collect(context.Background(), e.plain, req)
	if err != nil {
		return nil, err
	}
	if len(r.bytes()) == 0 || r.summary == nil {
		return nil, fmt.Errorf("answered OK without audio or summary")
	}
	return r, answered{dropped: r.summary.GetDropped().GetDescription()}
}

// capped runs req on a server with --max-audio docMaxAudio and checks that the audio before
// the error lasts at most that long.
func (e *docEnv) capped(req *chorusv1.SynthesizeRequest) error {
	r, err := collect(context.Background(), chorusv1.NewChorusClient(serve(e.t, testkit.Engine(e.t), Options{MaxAudio: docMaxAudio})), req)
	if err == nil {
		return errors.New("answered OK: the cap did not stop it")
	}
	if rate := int(r.format.GetSampleRateHertz()); len(r.bytes())/2 > int(docMaxAudio/time.Second)*rate {
		return fmt.Errorf("%d samples at %d Hz came before the error, more than %v: %w", len(r.bytes())/2, rate, docMaxAudio, err)
	}
	return err
}

// docEnv is what the cases share: a plain server, and one with tokens over TLS.
type docEnv struct {
	t     *testing.T
	plain chorusv1.ChorusClient
	conn  *grpc.ClientConn

	tls    *tcpServer // with tokens
	tlsCfg *tls.Config
}

func (e *docEnv) tokens() (*tcpServer, grpc.DialOption) {
	return e.tls, grpc.WithTransportCredentials(credentials.NewTLS(e.tlsCfg))
}

// stream runs a StreamingSynthesize to its end: cfg (if any), msgs, half-close.
func (e *docEnv) stream(cfg *chorusv1.StreamingSynthesisConfig, msgs ...*chorusv1.StreamingSynthesizeRequest) error {
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	_, err := streamAll(ctx, e.plain, cfg, msgs...)
	return err
}

// synth runs a Synthesize to its end.
func (e *docEnv) synth(req *chorusv1.SynthesizeRequest) error {
	_, err := collect(context.Background(), e.plain, req)
	return err
}

func withAudio(ac *chorusv1.AudioConfig) *chorusv1.SynthesizeRequest {
	r := textRequest("hello")
	r.Audio = ac
	return r
}

func withVoice(v *chorusv1.VoiceSelection) *chorusv1.SynthesizeRequest {
	r := textRequest("hello")
	r.Voice = v
	return r
}

func withPron(ps ...*chorusv1.Pronunciation) *chorusv1.SynthesizeRequest {
	r := textRequest("hello there")
	r.Pronunciations = ps
	return r
}

func script(turns []*chorusv1.Turn, sv map[string]*chorusv1.VoiceSelection) *chorusv1.SynthesizeRequest {
	return &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Script{
		Script: &chorusv1.Script{Turns: turns, SpeakerVoices: sv}}}}
}

func markup(text string) *chorusv1.SynthesizeRequest {
	r := textRequest(text)
	r.Input.Markup = true
	return r
}

// raw sends pre-encoded bytes as a Synthesize request.
func (e *docEnv) raw(b []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	stream, err := e.conn.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true}, chorusv1.Chorus_Synthesize_FullMethodName, grpc.ForceCodec(rawCodec{}))
	if err != nil {
		return err
	}
	if err := stream.SendMsg(&b); err != nil {
		return err
	}
	if err := stream.CloseSend(); err != nil {
		return err
	}
	var out []byte
	for err == nil {
		err = stream.RecvMsg(&out)
	}
	return err
}

// held runs call against a server with opts whose every slot a gate engine holds (slots
// requests admitted first, and queued more waiting), then releases them; it returns call's
// error and trailer.
func held(t *testing.T, opts Options, waiting int, call func(chorusv1.ChorusClient, *metadata.MD) error) error {
	g := newGate(t, opts.MaxConcurrent+waiting)
	srv, conn := startServer(t, g, opts)
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	done := make(chan error, opts.MaxConcurrent+waiting)
	for range opts.MaxConcurrent + waiting {
		go func() {
			_, err := collect(ctx, api, textRequest("held"))
			done <- err
		}()
	}
	for range opts.MaxConcurrent {
		select {
		case <-g.entered:
		case <-time.After(hangGuard):
			t.Fatalf("the held requests did not all start within %v", hangGuard)
		}
	}
	waitFor(t, "the queue", func() bool { return queued(srv) == waiting })
	var trailer metadata.MD
	err := call(api, &trailer)
	cancel()
	for range opts.MaxConcurrent + waiting {
		<-done
	}
	return err
}

// docCases maps each row id of docs/errors.md to a call that provokes it.
var docCases = map[string]func(e *docEnv) error{
	"no-input":          func(e *docEnv) error { return e.synth(&chorusv1.SynthesizeRequest{}) },
	"text-empty":        func(e *docEnv) error { return e.synth(textRequest("")) },
	"text-blank":        func(e *docEnv) error { return e.synth(textRequest(" \n\t ")) },
	"text-too-long":     func(e *docEnv) error { return e.synth(textRequest(strings.Repeat("word ", synth.MaxTextBytes/5+1))) },
	"text-utf8":         func(e *docEnv) error { return e.raw(wire{}.msg(1, wire{}.str(1, bad))) },
	"turn-text-utf8":    func(e *docEnv) error { return e.raw(utf8Cases[4].raw) },
	"speaker-key-utf8":  func(e *docEnv) error { return e.raw(utf8Cases[6].raw) },
	"malformed-request": func(e *docEnv) error { return e.raw([]byte{0x0a, 0x05, 'a'}) },
	"request-too-large": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: strings.Repeat("x", 2<<20)}}, nil))
	},
	"voice-unknown":          func(e *docEnv) error { return e.synth(withVoice(&chorusv1.VoiceSelection{Name: "nobody"})) },
	"style-unknown":          func(e *docEnv) error { return e.synth(withVoice(&chorusv1.VoiceSelection{Style: "grumpy"})) },
	"rate-low":               func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{SpeakingRate: 0.1})) },
	"rate-high":              func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{SpeakingRate: 5})) },
	"rate-nan":               func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{SpeakingRate: math.NaN()})) },
	"pitch":                  func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{Pitch: 13})) },
	"gain":                   func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{VolumeGainDb: 17})) },
	"gain-inf":               func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{VolumeGainDb: math.Inf(-1)})) },
	"sample-rate-low":        func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{SampleRateHertz: 4000})) },
	"sample-rate-high":       func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{SampleRateHertz: 96000})) },
	"chunk-short":            func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{ChunkDurationMs: 5})) },
	"chunk-long":             func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{ChunkDurationMs: 1001})) },
	"encoding-unknown":       func(e *docEnv) error { return e.synth(withAudio(&chorusv1.AudioConfig{Encoding: 42})) },
	"ssml-malformed":         func(e *docEnv) error { return e.synth(ssmlRequest("<speak>Hi <emphasis>there</speak>")) },
	"ssml-unknown-element":   func(e *docEnv) error { return e.synth(ssmlRequest("<speak>\n<p>Hi <blink>x</blink></p>\n</speak>")) },
	"ssml-unknown-attribute": func(e *docEnv) error { return e.synth(ssmlRequest(`<speak>Hi <break speed="1"/></speak>`)) },
	"ssml-bad-value":         func(e *docEnv) error { return e.synth(ssmlRequest(`<speak>Hi <prosody rate="9">x</prosody></speak>`)) },
	"ssml-audio":             func(e *docEnv) error { return e.synth(ssmlRequest("<speak>\n  Hi <audio src=\"a.mp3\"/></speak>")) },
	"ssml-too-deep": func(e *docEnv) error {
		return e.synth(ssmlRequest("<speak>" + strings.Repeat("<prosody>", 17) + "x" + strings.Repeat("</prosody>", 17) + "</speak>"))
	},
	"ssml-doctype": func(e *docEnv) error {
		return e.synth(ssmlRequest(`<!DOCTYPE speak [<!ENTITY a "aa"><!ENTITY b "&a;&a;&a;&a;">]><speak>&b;</speak>`))
	},
	"ssml-unknown-entity": func(e *docEnv) error { return e.synth(ssmlRequest("<speak>Hi &a;</speak>")) },
	"ssml-voice-unknown":  func(e *docEnv) error { return e.synth(ssmlRequest(`<speak>Hi <voice name="nobody">x</voice></speak>`)) },
	"ssml-too-long": func(e *docEnv) error {
		return e.synth(ssmlRequest("<speak>" + strings.Repeat("a ", 140000) + "</speak>"))
	},
	"turn-ssml-error": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "Hello."}, {Speaker: "A", Text: "<speak>Hi <blink/></speak>", Ssml: true}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"turn-ssml-and-markup": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "<speak>Hi</speak>", Ssml: true, Markup: true}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"script-no-turns": func(e *docEnv) error { return e.synth(script(nil, map[string]*chorusv1.VoiceSelection{"A": {}})) },
	"script-too-many-turns": func(e *docEnv) error {
		turns := make([]*chorusv1.Turn, synth.MaxParts+1)
		for i := range turns {
			turns[i] = &chorusv1.Turn{Speaker: "A", Text: "hi"}
		}
		return e.synth(script(turns, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"turn-speaker-empty": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Text: "hi"}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"turn-speaker-no-voice": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "hi"}, {Speaker: "Bob", Text: "hey"}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"turn-pause-negative": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "hi", PauseBeforeMs: -5}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"turn-pause-long": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "hi", PauseBeforeMs: 10001}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"script-with-voice": func(e *docEnv) error {
		r := script([]*chorusv1.Turn{{Speaker: "A", Text: "hi"}}, map[string]*chorusv1.VoiceSelection{"A": {}})
		r.Voice = &chorusv1.VoiceSelection{Name: "joe"}
		return e.synth(r)
	},
	"speaker-voice-unknown": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "Bo", Text: "hi"}}, map[string]*chorusv1.VoiceSelection{"Bo": {Name: "zed"}}))
	},
	"speaker-name-blank": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "hi"}}, map[string]*chorusv1.VoiceSelection{"A": {}, " ": {}}))
	},
	"pron-phones-invalid": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "hello", Phones: "HH QQ1 L OW1"}))
	},
	"pron-phrase-empty": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "  ", Phones: "HH AH0"}))
	},
	"pron-phrase-twice": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "hello", Phones: "HH AH0"}, &chorusv1.Pronunciation{Phrase: "Hello", Phones: "HH EH1"}))
	},
	"pron-phones-too-long": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "hello", Phones: strings.Repeat("AH0 ", 25000)}))
	},
	"pron-phrase-too-long": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: strings.Repeat("word ", 300), Phones: "W ER1 D"}))
	},
	"pron-phrase-too-many-words": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: strings.Repeat("a ", 17), Phones: "AH0"}))
	},
	"pron-too-many": func(e *docEnv) error {
		ps := make([]*chorusv1.Pronunciation, synth.MaxLexiconEntries+1)
		for i := range ps {
			ps[i] = &chorusv1.Pronunciation{Phrase: "w" + strings.Repeat("x", i%50) + string(rune('a'+i/50)), Phones: "AH0"}
		}
		return e.synth(withPron(ps...))
	},
	"pron-ipa-as-arpabet": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "hello", Phones: "həˈloʊ", Alphabet: chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_ARPABET}))
	},
	"pron-alphabet-unknown": func(e *docEnv) error {
		return e.synth(withPron(&chorusv1.Pronunciation{Phrase: "hello", Phones: "HH AH0", Alphabet: 9}))
	},
	"markup-unclosed": func(e *docEnv) error { return e.synth(markup("Say <emphasis>this.")) },
	"markup-unknown-tag": func(e *docEnv) error {
		return e.synth(markup("Say <blink>this</blink>."))
	},
	"markup-bad-break": func(e *docEnv) error { return e.synth(markup(`Wait <break time="soon"/> now.`)) },
	"markup-huge-phoneme": func(e *docEnv) error {
		return e.synth(markup(`Say <phoneme alphabet="arpabet" ph="` + strings.Repeat("AH0 ", 25000) + `">this</phoneme>.`))
	},
	"stream-no-config":  func(e *docEnv) error { return e.stream(nil) },
	"stream-text-first": func(e *docEnv) error { return e.stream(nil, textMsg("Hello.")) },
	"stream-config-twice": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{}, textMsg("Hi. "), configMsg(nil))
	},
	"stream-empty-message": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{}, textMsg("Hi. "), &chorusv1.StreamingSynthesizeRequest{})
	},
	"stream-voice-unknown": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{Voice: &chorusv1.VoiceSelection{Name: "nobody"}}, textMsg("Hi."))
	},
	"stream-rate": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{Audio: &chorusv1.AudioConfig{SpeakingRate: 9}}, textMsg("Hi."))
	},
	"stream-piece-too-big": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{}, textMsg(strings.Repeat("a", MaxStreamPieceBytes+1)))
	},
	"stream-text-too-long": func(e *docEnv) error {
		piece := textMsg(strings.Repeat("word ", MaxStreamPieceBytes/5))
		msgs := make([]*chorusv1.StreamingSynthesizeRequest, 0, 6)
		for n := 0; n <= MaxStreamTextBytes; n += len(piece.GetText()) {
			msgs = append(msgs, piece)
		}
		return e.stream(&chorusv1.StreamingSynthesisConfig{}, msgs...)
	},
	"stream-bad-ssml": func(e *docEnv) error {
		return e.stream(&chorusv1.StreamingSynthesisConfig{TextFormat: chorusv1.TextFormat_TEXT_FORMAT_SSML}, texts("<speak>Hi ", "<blink/> there.</speak>")...)
	},
	"stream-idle": func(e *docEnv) error {
		api := chorusv1.NewChorusClient(serve(e.t, testkit.Engine(e.t), Options{StallTimeout: 100 * time.Millisecond}))
		ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
		defer cancel()
		s, err := api.StreamingSynthesize(ctx)
		if err != nil {
			return err
		}
		if err := s.Send(configMsg(&chorusv1.StreamingSynthesisConfig{})); err != nil {
			return err
		}
		if err := s.Send(textMsg("Spoken, then nothing more. ")); err != nil {
			return err
		}
		r := &streamed{}
		return r.drain(s) // ends when the server gives up on the idle stream
	},
	"analyze-empty": func(e *docEnv) error {
		_, err := e.plain.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{})
		return err
	},
	"analyze-too-large": func(e *docEnv) error {
		_, err := e.plain.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{Text: strings.Repeat("1234567890", synth.MaxTextBytes/10)})
		return err
	},
	"analyze-utf8": func(e *docEnv) error {
		var out []byte
		raw := []byte(wire{}.str(1, "fine").msg(2, wire{}.str(1, "a\xff")))
		return e.conn.Invoke(context.Background(), chorusv1.Chorus_AnalyzeText_FullMethodName, &raw, &out, grpc.ForceCodec(rawCodec{}))
	},
	"token-missing": func(e *docEnv) error {
		ts, creds := e.tokens()
		_, err := chorusv1.NewChorusClient(ts.dial(e.t, creds)).ListVoices(context.Background(), &chorusv1.ListVoicesRequest{})
		return err
	},
	"token-wrong": func(e *docEnv) error {
		ts, creds := e.tokens()
		_, err := chorusv1.NewChorusClient(ts.dial(e.t, creds, grpc.WithPerRPCCredentials(bearer(carolToken)))).ListVoices(context.Background(), &chorusv1.ListVoicesRequest{})
		return err
	},
	"token-not-bearer": func(e *docEnv) error {
		ts, creds := e.tokens()
		_, err := chorusv1.NewChorusClient(ts.dial(e.t, creds, grpc.WithPerRPCCredentials(rawHeader("Basic "+aliceToken)))).ListVoices(context.Background(), &chorusv1.ListVoicesRequest{})
		return err
	},
	"queue-full": func(e *docEnv) error {
		return held(e.t, Options{MaxConcurrent: 1, MaxQueue: -1, QueueWait: time.Hour}, 0, func(api chorusv1.ChorusClient, tr *metadata.MD) error {
			_, err := collect(context.Background(), api, textRequest("refused"))
			return err
		})
	},
	"queue-wait": func(e *docEnv) error {
		return held(e.t, Options{MaxConcurrent: 1, QueueWait: 50 * time.Millisecond}, 0, func(api chorusv1.ChorusClient, tr *metadata.MD) error {
			_, err := api.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{Text: "waits"})
			return err
		})
	},
	"token-concurrency": func(e *docEnv) error {
		return held(e.t, Options{MaxConcurrent: 1, TokenConcurrency: 1, MaxQueue: 4, QueueWait: time.Hour}, 0, func(api chorusv1.ChorusClient, tr *metadata.MD) error {
			_, err := collect(context.Background(), api, textRequest("one more from the same address"))
			return err
		})
	},
	"token-rate": func(e *docEnv) error {
		conn := serve(e.t, testkit.Engine(e.t), Options{TokenRate: 0.001, TokenBurst: 1})
		api := chorusv1.NewChorusClient(conn)
		if _, err := api.ListVoices(context.Background(), &chorusv1.ListVoicesRequest{}); err != nil {
			return err
		}
		_, err := api.ListVoices(context.Background(), &chorusv1.ListVoicesRequest{})
		return err
	},
	"never-reads": func(e *docEnv) error {
		srv := New(testkit.Engine(e.t), nil, Options{StallTimeout: 100 * time.Millisecond})
		ts := serveTCP(e.t, srv, nil)
		api := chorusv1.NewChorusClient(ts.dial(e.t, grpc.WithTransportCredentials(insecure.NewCredentials())))
		stream, err := api.Synthesize(context.Background(), textRequest(longText))
		if err != nil {
			return err
		}
		// Not reading: the stream takes its slot, then the stall timeout frees it.
		waitFor(e.t, "the stream to start", func() bool { return running(srv) == 1 })
		waitFor(e.t, "the stall", func() bool { return running(srv) == 0 })
		for err == nil {
			_, err = stream.Recv()
		}
		if why := strings.Join(stream.Trailer().Get(errorTrailer), ""); why != "" {
			return status.Error(status.Code(err), why) // the reason, from the trailer
		}
		return err
	},
	"max-duration": func(e *docEnv) error {
		_, err := collect(context.Background(), chorusv1.NewChorusClient(serve(e.t, newGate(e.t, 1), Options{MaxRequestDuration: 50 * time.Millisecond})), textRequest("hi"))
		return err
	},
	"punctuation-only": func(e *docEnv) error { return e.synth(textRequest("?! … -- (!) ...")) },
	"symbols-only":     func(e *docEnv) error { return e.synth(textRequest("🜁 🜂🜂 🜃")) },
	"cjk-only":         func(e *docEnv) error { return e.synth(textRequest("你好，世界。")) },
	"unspeakable-script": func(e *docEnv) error {
		return e.synth(script([]*chorusv1.Turn{{Speaker: "A", Text: "مرحبا بالعالم"}, {Speaker: "A", Text: "שלום עולם"}}, map[string]*chorusv1.VoiceSelection{"A": {}}))
	},
	"partly-unspeakable": func(e *docEnv) error {
		_, err := e.spoken(textRequest("She said مرحبا and left."))
		return err
	},
	"control-characters": func(e *docEnv) error {
		r, err := e.spoken(textRequest("\x1b[31mThirty\x1b[0m one\x07 meters\x1b]0;title\x07."))
		if _, ok := err.(answered); !ok {
			return err
		}
		clean, cerr := collect(context.Background(), e.plain, textRequest("Thirty one meters."))
		if cerr != nil {
			return cerr
		}
		if string(r.bytes()) != string(clean.bytes()) {
			return errors.New("the escape codes changed the audio: they were read")
		}
		return err
	},
	"huge-word": func(e *docEnv) error {
		_, err := e.spoken(textRequest(strings.Repeat("abc", 1000)))
		return err
	},
	"audio-cap-breaks": func(e *docEnv) error {
		return e.capped(markup(strings.Repeat(`a<break time="10s"/>`, synth.MaxTextBytes/20)))
	},
	"audio-cap-turns": func(e *docEnv) error {
		turns := make([]*chorusv1.Turn, synth.MaxParts)
		for i := range turns {
			turns[i] = &chorusv1.Turn{Speaker: "A", Text: "Hello there, how are you?"}
		}
		r := script(turns, map[string]*chorusv1.VoiceSelection{"A": {}})
		r.Audio = &chorusv1.AudioConfig{SpeakingRate: 0.25}
		return e.capped(r)
	},
	"engine-failure": func(e *docEnv) error {
		w := &watched{Engine: testkit.Engine(e.t), fail: errors.New("disk on fire at /secret/path")}
		_, err := collect(context.Background(), chorusv1.NewChorusClient(serve(e.t, w, Options{})), textRequest("hello"))
		return err
	},
}

// Every row of docs/errors.md is provoked and answered with the code and message it documents;
// every case here has its row; every message is bounded.
func TestErrorsDoc(t *testing.T) {
	rows := readErrorsDoc(t)
	if len(rows) < 40 {
		t.Fatalf("%d rows in %s, want at least 40", len(rows), errorsDoc)
	}
	conn := serve(t, testkit.Engine(t), Options{})
	e := &docEnv{t: t, plain: chorusv1.NewChorusClient(conn), conn: conn}
	e.tls, _, e.tlsCfg, _ = tlsWithTokens(t, Options{}) // for the whole test, not one subtest
	seen := map[string]bool{}
	for _, row := range rows {
		if seen[row.id] {
			t.Errorf("row %s is in the table twice", row.id)
		}
		seen[row.id] = true
		if row.code == "pending" {
			if !pendingRows[row.id] {
				t.Errorf("row %s is marked pending, but the test does not expect it to be", row.id)
			}
			continue
		}
		if pendingRows[row.id] {
			t.Errorf("row %s is no longer pending: give it a case and take it out of pendingRows", row.id)
		}
		call, ok := docCases[row.id]
		if !ok {
			t.Errorf("row %s has no case in docCases", row.id)
			continue
		}
		t.Run(row.id, func(t *testing.T) {
			e.t = t
			st := status.Convert(call(e))
			if got := codeName(st.Code()); got != row.code {
				t.Errorf("code %s (%.300q), the doc says %s", got, st.Message(), row.code)
			}
			if !strings.Contains(st.Message(), row.message) {
				t.Errorf("message %.300q lacks %q", st.Message(), row.message)
			}
			if len(st.Message()) > MaxMessageBytes {
				t.Errorf("message of %d bytes, over %d", len(st.Message()), MaxMessageBytes)
			}
		})
	}
	for id := range docCases {
		if !seen[id] {
			t.Errorf("case %s has no row in %s", id, errorsDoc)
		}
	}
}

// codeName is a code as the docs write it: INVALID_ARGUMENT.
func codeName(c codes.Code) string {
	if c == codes.OK {
		return "OK"
	}
	var b strings.Builder
	for i, r := range c.String() {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}
