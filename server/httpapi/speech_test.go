package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
)

const sentence = "Hello there, how are you? It costs $3.50 today."

// The WAV and PCM bodies carry exactly the samples the engine renders for the request.
func TestSpeechMatchesEngine(t *testing.T) {
	st := start(t, stackOpts{})
	want := enginePCM(t, synth.Request{SampleRate: DefaultSampleRate, Parts: []synth.Part{{Voice: "ava", Text: sentence}}})
	for _, tc := range []struct{ format, ctype string }{{"wav", "audio/wav"}, {"pcm", "audio/pcm"}} {
		t.Run(tc.format, func(t *testing.T) {
			resp := post(t, st.url+"/v1/audio/speech", fmt.Sprintf(`{"model":"tts-1","input":%q,"voice":"ava","response_format":%q}`, sentence, tc.format))
			body := readAll(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if got := resp.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type %q, want %q", got, tc.ctype)
			}
			if got := resp.Header.Get("X-Chorus-Sample-Rate"); got != "24000" {
				t.Errorf("X-Chorus-Sample-Rate %q, want 24000", got)
			}
			if resp.Header.Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
			pcm := body
			if tc.format == "wav" {
				var rate int
				rate, pcm = wavPCM(t, body)
				if rate != DefaultSampleRate {
					t.Errorf("WAV rate %d, want %d", rate, DefaultSampleRate)
				}
			}
			if !bytes.Equal(pcm, want) {
				t.Errorf("%d bytes of PCM differ from the engine's %d", len(pcm), len(want))
			}
		})
	}
}

// speed, pitch, sample_rate and instructions (a style, named in X-Chorus-Style) reach the engine.
func TestSpeechOptionsReachEngine(t *testing.T) {
	st := start(t, stackOpts{})
	for _, tc := range []struct {
		body string
		req  synth.Request
	}{
		{`{"input":"Good morning.","voice":"joe","response_format":"pcm","speed":1.5}`,
			synth.Request{SampleRate: 24000, Rate: 1.5, Parts: []synth.Part{{Voice: "joe", Text: "Good morning."}}}},
		{`{"input":"Good morning.","voice":"joe","response_format":"pcm","pitch":-3,"sample_rate":16000}`,
			synth.Request{SampleRate: 16000, PitchSemitones: -3, Parts: []synth.Part{{Voice: "joe", Text: "Good morning."}}}},
		{`{"input":"Good morning.","voice":"mia","response_format":"pcm","instructions":"Speak in a calm, quiet voice."}`,
			synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", Style: "calm", Text: "Good morning."}}}},
		{`{"input":"Good morning.","voice":"mia","response_format":"pcm","instructions":"CHEERFUL"}`,
			synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", Style: "cheerful", Text: "Good morning."}}}},
		{`{"input":"Good morning.","voice":"mia","response_format":"pcm","instructions":"Voice: natural and friendly.\nTone: upbeat, never formal."}`,
			synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", Style: "cheerful", Text: "Good morning."}}}},
		{`{"input":"<speak>Hi <voice gender=\"female\">there</voice>.</speak>","voice":"joe","response_format":"pcm","input_format":"ssml"}`,
			synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "joe", SSML: true, Text: `<speak>Hi <voice gender="female">there</voice>.</speak>`}}}},
		{`{"input":"Say <say-as interpret-as=\"characters\">TTS</say-as>.","voice":"joe","response_format":"pcm","input_format":"markup"}`,
			synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "joe", Markup: true, Text: `Say <say-as interpret-as="characters">TTS</say-as>.`}}}},
	} {
		resp := post(t, st.url+"/v1/audio/speech", tc.body)
		body := readAll(t, resp)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d: %s", tc.body, resp.StatusCode, body)
			continue
		}
		if want := enginePCM(t, tc.req); !bytes.Equal(body, want) {
			t.Errorf("%s: %d bytes differ from the engine's %d for %+v", tc.body, len(body), len(want), tc.req)
		}
		// The response says which style the instructions were read as, and only when they were given.
		if got, want := resp.Header.Get("X-Chorus-Style"), tc.req.Parts[0].Style; got != want {
			t.Errorf("%s: X-Chorus-Style %q, want %q", tc.body, got, want)
		}
	}
}

// The body streams: the first chunk reaches the client while the engine is held after its first
// audio, and cancelling the request (the client going away) stops the engine.
func TestSpeechStreamsWhileSynthesizing(t *testing.T) {
	g := newGated(t)
	st := start(t, stackOpts{engine: g})
	resp := post(t, st.url+"/v1/audio/speech", `{"input":"`+strings.Repeat("One more sentence to say. ", 20)+`","voice":"joe","response_format":"wav"}`)
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	// The header and the first 100 ms chunk (4800 bytes at 24 kHz) must arrive while the engine
	// waits; if the server held them back, this read would block until the deadline below.
	first := make([]byte, 44+4800)
	done := make(chan error, 1)
	go func() { _, err := io.ReadFull(resp.Body, first); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("reading the first chunk: %v", err)
		}
	case <-time.After(20 * time.Second):
		close(g.open)
		t.Fatal("the first chunk did not arrive while synthesis was still running")
	}
	resp.Body.Close() // the client goes away mid-stream
	if err := g.waitEnded(t, 20*time.Second); err == nil {
		t.Error("the engine finished the whole input after the client left; want it cancelled")
	}
	close(g.open)
}

// Every bad input gets the right status and OpenAI's error shape, naming the field at fault.
func TestSpeechErrors(t *testing.T) {
	st := start(t, stackOpts{http: Options{MaxBodyBytes: 400 << 10}})
	long := strings.Repeat("word ", synth.MaxTextBytes/5+1)
	for _, tc := range []struct {
		name, body string
		status     int
		param      string
		msgHas     string
	}{
		{"empty input", `{"model":"tts-1","input":"","voice":"ava"}`, 400, "input", "empty"},
		{"no input", `{"model":"tts-1","voice":"ava"}`, 400, "input", "required"},
		{"too long", `{"input":"` + long + `","voice":"ava","response_format":"wav"}`, 400, "input", "262144"},
		{"body too large", `{"input":"` + strings.Repeat("x", 400<<10) + `"}`, 413, "", "larger than"},
		{"invalid json", `{"input": "hi",`, 400, "", "not valid JSON"},
		{"not an object", `["hi"]`, 400, "", "JSON object"},
		{"two values", `{"input":"hi"} {}`, 400, "", "more than one"},
		{"empty body", ``, 400, "", "empty"},
		{"wrong type", `{"input":"hi","speed":"fast"}`, 400, "speed", "number"},
		{"unknown field", `{"input":"hi","voise":"ava"}`, 400, "voise", "unrecognized"},
		{"unknown voice", `{"input":"hi","voice":"alloy","response_format":"wav"}`, 404, "voice", "ava, joe, kal"},
		{"unknown voice object", `{"input":"hi","voice":{"id":"alloy"},"response_format":"wav"}`, 404, "voice", "ava, joe, kal"},
		{"voice object without id", `{"input":"hi","voice":{"name":"ava"}}`, 400, "voice", `{"id": "ava"}`},
		{"voice object with more", `{"input":"hi","voice":{"id":"ava","speed":2}}`, 400, "voice", `{"id": "ava"}`},
		{"voice a number", `{"input":"hi","voice":7}`, 400, "voice", "voice's name"},
		{"speed too high", `{"input":"hi","speed":4.5}`, 400, "speed", "0.25 to 4"},
		{"speed too low", `{"input":"hi","speed":0.2}`, 400, "speed", "0.25 to 4"},
		{"speed zero", `{"input":"hi","speed":0}`, 400, "speed", "0.25 to 4"},
		{"pitch", `{"input":"hi","pitch":13,"response_format":"wav"}`, 400, "pitch", "pitch"},
		{"sample rate", `{"input":"hi","sample_rate":4000,"response_format":"wav"}`, 400, "sample_rate", "8000"},
		{"unknown format", `{"input":"hi","response_format":"ogg"}`, 400, "response_format", "mp3, opus, aac, flac, wav, pcm"},
		{"aac", `{"input":"hi","response_format":"aac"}`, 400, "response_format", "AAC"},
		{"stream format", `{"input":"hi","stream_format":"chunks"}`, 400, "stream_format", "sse"},
		{"timings without sse", `{"input":"hi","word_timings":true}`, 400, "word_timings", "sse"},
		{"no style named", `{"input":"hi","instructions":"Sound like a pirate."}`, 400, "instructions", "styles: "},
		{"only a style not wanted", `{"input":"hi","instructions":"Don't sound excited."}`, 400, "instructions", "styles: "},
		{"input format", `{"input":"hi","input_format":"ssml2"}`, 400, "input_format", "ssml"},
		{"bad ssml", `{"input":"<speak>\n<blink>hi</blink></speak>","input_format":"ssml"}`, 400, "input", "line 2, column 1: unknown element <blink>"},
		{"script with voice", `{"input":"A: hi","input_format":"script","voice":"ava"}`, 400, "voice", "header"},
		{"bad script", `{"input":"---\nvoices: A=nobody\n---\nA: hi","input_format":"script"}`, 400, "input", "nobody"},
		{"invalid utf-8", "{\"input\":\"h\xffi\"}", 400, "", "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := post(t, st.url+"/v1/audio/speech", tc.body)
			body := readAll(t, resp)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			e := apiErr(t, body)
			got := ""
			if e.Param != nil {
				got = *e.Param
			}
			if got != tc.param {
				t.Errorf("param %q, want %q (%s)", got, tc.param, e.Message)
			}
			if !strings.Contains(e.Message, tc.msgHas) {
				t.Errorf("message %q does not say %q", e.Message, tc.msgHas)
			}
			if len(e.Message) > 2048 {
				t.Errorf("message of %d bytes: not bounded", len(e.Message))
			}
		})
	}
}

// Paths and methods the API does not serve get 404 and 405 with the error shape or Allow.
func TestRoutes(t *testing.T) {
	st := start(t, stackOpts{})
	resp, err := http.Get(st.url + "/v1/audio/speech")
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	if resp.StatusCode != http.StatusMethodNotAllowed || !strings.Contains(resp.Header.Get("Allow"), "POST") {
		t.Errorf("GET /v1/audio/speech: %d, Allow %q; want 405 naming POST", resp.StatusCode, resp.Header.Get("Allow"))
	}
	resp, err = http.Get(st.url + "/v1/nothing")
	if err != nil {
		t.Fatal(err)
	}
	b := readAll(t, resp)
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /v1/nothing: %d, want 404", resp.StatusCode)
	}
	apiErr(t, b)
}

// A client that stops reading is cut off after the write timeout, and the engine stops.
func TestSlowReaderIsCutOff(t *testing.T) {
	g := newGated(t)
	close(g.open) // no gate: the engine runs as fast as the client reads
	// The gRPC service's own stall timeout is out of the way: only the HTTP write timeout acts.
	st := start(t, stackOpts{engine: g, server: server.Options{StallTimeout: time.Hour}, http: Options{WriteTimeout: 200 * time.Millisecond}})
	addr := strings.TrimPrefix(st.url, "http://")
	d := net.Dialer{Control: smallBuffers}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"input":"` + strings.Repeat("A long text that takes minutes to say. ", 2000) + `","voice":"joe","response_format":"pcm"}`
	if _, err := fmt.Fprintf(conn, "POST /v1/audio/speech HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		t.Fatal(err)
	}
	// Read the status line only, then nothing: the server's writes fill the socket buffers and
	// block; after the write timeout the server gives up and the engine is cancelled.
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil || !strings.Contains(line, "200") {
		t.Fatalf("status line %q, %v", line, err)
	}
	if err := g.waitEnded(t, 30*time.Second); err == nil {
		t.Error("the engine rendered the whole input for a client that read nothing")
	}
}

// A client that sends its body too slowly gets 408.
func TestSlowBodyTimesOut(t *testing.T) {
	st := start(t, stackOpts{http: Options{ReadTimeout: 200 * time.Millisecond}})
	conn, err := net.Dial("tcp", strings.TrimPrefix(st.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := fmt.Fprintf(conn, "POST /v1/audio/speech HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"input\":"); err != nil {
		t.Fatal(err)
	}
	if err := conn.SetReadDeadline(time.Now().Add(20 * time.Second)); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no response to a stalled body: %v", err)
	}
	b := readAll(t, resp)
	if resp.StatusCode != http.StatusRequestTimeout {
		t.Fatalf("status %d, want 408: %s", resp.StatusCode, b)
	}
	apiErr(t, b)
}

// Server-sent events carry the same audio as the plain body, and words in order with their
// source text.
func TestSpeechSSEWords(t *testing.T) {
	st := start(t, stackOpts{})
	plain := readAll(t, post(t, st.url+"/v1/audio/speech", `{"input":"The quick brown fox jumps. Over the lazy dog!","voice":"leo","response_format":"pcm"}`))
	resp := post(t, st.url+"/v1/audio/speech", `{"input":"The quick brown fox jumps. Over the lazy dog!","voice":"leo","response_format":"pcm","stream_format":"sse","word_timings":true}`)
	body := readAll(t, resp)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("status %d, Content-Type %q: %.300s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var (
		pcm   []byte
		words []string
		last  = -1.0
		done  int
	)
	for _, ev := range sseEvents(t, body) {
		switch ev["type"] {
		case "speech.audio.delta":
			b, err := base64.StdEncoding.DecodeString(ev["audio"].(string))
			if err != nil {
				t.Fatal(err)
			}
			pcm = append(pcm, b...)
		case "speech.word":
			words = append(words, ev["text"].(string))
			if s := ev["start"].(float64); s < last || ev["end"].(float64) < s {
				t.Errorf("word %v: starts at %v after %v, or ends before it starts", ev["text"], s, last)
			} else {
				last = s
			}
			if done > 0 {
				t.Error("a word after speech.audio.done")
			}
		case "speech.audio.done":
			done++
			if d := ev["duration"].(float64); d*24000*2 != float64(len(pcm)) {
				t.Errorf("done says %v s; the deltas hold %d bytes", d, len(pcm))
			}
		default:
			t.Errorf("unexpected event %v", ev)
		}
	}
	if done != 1 {
		t.Errorf("%d speech.audio.done events, want 1", done)
	}
	if !bytes.Equal(pcm, plain) {
		t.Errorf("the deltas hold %d bytes, the plain body %d: they differ", len(pcm), len(plain))
	}
	if got, want := strings.Join(words, " "), "The quick brown fox jumps. Over the lazy dog!"; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
}

// A podcast script speaks each speaker with the voice its header gives, and words name them.
func TestSpeechScript(t *testing.T) {
	st := start(t, stackOpts{})
	src := "---\nvoices: Host=ava, Guest=joe\n---\nHost: Welcome back.\nGuest: Thanks for having me."
	resp := post(t, st.url+"/v1/audio/speech", fmt.Sprintf(`{"input":%q,"input_format":"script","response_format":"pcm","stream_format":"sse","word_timings":true,"instructions":"calm"}`, src))
	body := readAll(t, resp)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var got []string
	for _, ev := range sseEvents(t, body) {
		if ev["type"] == "speech.word" {
			got = append(got, fmt.Sprintf("%v:%v", ev["speaker"], ev["text"]))
		}
	}
	want := "Host:Welcome Host:back. Guest:Thanks Guest:for Guest:having Guest:me."
	if strings.Join(got, " ") != want {
		t.Errorf("words %q, want %q", strings.Join(got, " "), want)
	}
	// The same script straight to the engine, the style applied to both speakers.
	var pcm []byte
	for _, ev := range sseEvents(t, body) {
		if ev["type"] == "speech.audio.delta" {
			b, _ := base64.StdEncoding.DecodeString(ev["audio"].(string))
			pcm = append(pcm, b...)
		}
	}
	wantPCM := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{
		{Speaker: "Host", Voice: "ava", Style: "calm", Text: "Welcome back."},
		{Speaker: "Guest", Voice: "joe", Style: "calm", Text: "Thanks for having me.", PauseBefore: 400},
	}})
	if !bytes.Equal(pcm, wantPCM) {
		t.Errorf("script audio: %d bytes, the engine's %d: they differ", len(pcm), len(wantPCM))
	}
}

// A script's stage directions act over HTTP as they do in the CLI: "[excitedly]" styles the
// rest of the turn, "(laughs)" is a pause, and the response header says so.
func TestSpeechScriptDirections(t *testing.T) {
	st := start(t, stackOpts{})
	src := "---\nvoices: Host=ava, Guest=joe\n---\nHost: (laughs) Welcome back.\nGuest: [excitedly] Thanks!"
	resp := post(t, st.url+"/v1/audio/speech", fmt.Sprintf(`{"input":%q,"input_format":"script","response_format":"pcm"}`, src))
	body := readAll(t, resp)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	wantPCM := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{
		{Speaker: "Host", Voice: "ava", Text: "Welcome back.", PauseBefore: 500},
		{Speaker: "Guest", Voice: "joe", Style: "excited", Text: "Thanks!", PauseBefore: 400},
	}})
	if !bytes.Equal(body, wantPCM) {
		t.Errorf("script audio: %d bytes, the engine's %d: they differ", len(body), len(wantPCM))
	}
	want := `line 4 "(laughs)": a 500 ms pause (not voiced); line 5 "[excitedly]": style excited`
	if got := resp.Header.Get("X-Chorus-Stage-Directions"); got != want {
		t.Errorf("X-Chorus-Stage-Directions %q, want %q", got, want)
	}
}

// Tokens, quotas and readiness are the gRPC server's.
func TestAuthQuotaReadiness(t *testing.T) {
	st := start(t, stackOpts{server: server.Options{Auth: tokens{"s3cret": "alice"}, TokenRate: 0.001, TokenBurst: 1}})
	speak := `{"input":"Hi.","voice":"ava","response_format":"wav"}`
	for _, tc := range []struct {
		name, auth string
		status     int
		typ        string
	}{
		{"no token", "", 401, typeAuthentication},
		{"wrong token", "Bearer nope", 401, typeAuthentication},
		{"token", "Bearer s3cret", 200, ""},
		{"over the rate", "Bearer s3cret", 429, typeRateLimit},
	} {
		var hdr []string
		if tc.auth != "" {
			hdr = []string{"Authorization", tc.auth}
		}
		resp := post(t, st.url+"/v1/audio/speech", speak, hdr...)
		body := readAll(t, resp)
		if resp.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d: %.200s", tc.name, resp.StatusCode, tc.status, body)
			continue
		}
		if tc.typ != "" {
			if e := apiErr(t, body); e.Type != tc.typ {
				t.Errorf("%s: type %q, want %q", tc.name, e.Type, tc.typ)
			}
		}
		if tc.status == 429 && resp.Header.Get("Retry-After") == "" {
			t.Errorf("%s: no Retry-After", tc.name)
		}
	}
	resp, err := http.Get(st.url + "/v1/voices")
	if err != nil {
		t.Fatal(err)
	}
	if readAll(t, resp); resp.StatusCode != 401 {
		t.Errorf("GET /v1/voices without a token: %d, want 401", resp.StatusCode)
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(st.url + path)
		if err != nil {
			t.Fatal(err)
		}
		if readAll(t, resp); resp.StatusCode != 200 {
			t.Errorf("%s: %d, want 200", path, resp.StatusCode)
		}
	}
	st.health.Shutdown()
	resp, err = http.Get(st.url + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	if readAll(t, resp); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz while shutting down: %d, want 503", resp.StatusCode)
	}
}

type tokens map[string]string

func (m tokens) Lookup(tok string) (string, bool) { n, ok := m[tok]; return n, ok }

// The service sees the HTTP client's address as the call's peer: per-address quotas and logs
// tell HTTP clients apart.
func TestPeerIsHTTPClient(t *testing.T) {
	var logs syncBuffer
	st := start(t, stackOpts{serverLog: slog.New(slog.NewTextHandler(&logs, nil))})
	var local string
	client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err == nil {
			local = c.LocalAddr().String()
		}
		return c, err
	}}}
	resp, err := client.Post(st.url+"/v1/audio/speech", "application/json", strings.NewReader(`{"input":"Hi.","response_format":"wav"}`))
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	// The call's log line is written when its handler returns, which can be after the client
	// has read the whole body, and grpc's Stop does not wait for handlers: poll for it, within
	// a deadline.
	want := "peer=" + local + " "
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), want) && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	st.close()
	if !strings.Contains(logs.String(), want) {
		t.Errorf("the service's log does not name the HTTP client %s as the peer:\n%s", local, logs.String())
	}
}

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Characters the voices cannot speak are named: in a trailer of an audio body, in the done event
// of an event stream.
func TestSpeechSaysWhatWasDropped(t *testing.T) {
	st := start(t, stackOpts{})
	resp := post(t, st.url+"/v1/audio/speech", `{"input":"Hello 你好 world.","voice":"ava","response_format":"wav"}`)
	body := readAll(t, resp) // trailers arrive with the end of the body
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if got := resp.Trailer.Get(droppedTrailer); !strings.Contains(got, "你") {
		t.Errorf("trailer %s = %q; want it to name what was not spoken", droppedTrailer, got)
	}
	resp = post(t, st.url+"/v1/audio/speech", `{"input":"Hello 你好 world.","voice":"ava","response_format":"pcm","stream_format":"sse"}`)
	evs := sseEvents(t, readAll(t, resp))
	if last := evs[len(evs)-1]; last["type"] != "speech.audio.done" || !strings.Contains(fmt.Sprint(last["dropped"]), "你") {
		t.Errorf("last event %v; want speech.audio.done naming what was not spoken", last)
	}
	resp = post(t, st.url+"/v1/audio/speech", `{"input":"Hello world.","voice":"ava","response_format":"wav"}`)
	readAll(t, resp)
	if got := resp.Trailer.Get(droppedTrailer); got != "" {
		t.Errorf("trailer %s = %q for text spoken whole", droppedTrailer, got)
	}
}
