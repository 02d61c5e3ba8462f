package client_test

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/test/bufconn"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

// remote starts a server over the shared engine on an in-memory listener and dials it.
func remote(t testing.TB) *client.Client {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	g, _ := server.NewGRPCServer(server.New(testkit.Engine(t), nil, server.Options{})) // the second result is the health service, not an error
	served := make(chan error, 1)
	go func() { served <- g.Serve(lis) }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, "passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }))
	if err != nil {
		g.Stop()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		g.Stop()
		// Serve returns nil after Stop; anything else means the server failed under the test.
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return c
}

// formatRecorder is a testkit.Recorder that is also a client.FormatSink: it notes the rate of
// every Start.
type formatRecorder struct {
	testkit.Recorder
	starts []int
}

func (r *formatRecorder) Start(rate int) error { r.starts = append(r.starts, rate); return nil }

// pcm16 quantizes p as the wire does.
func pcm16(p []float32) []int16 {
	out := make([]int16, len(p))
	for i, x := range p {
		out[i] = audio.ToInt16(x)
	}
	return out
}

func requests(t testing.TB) map[string]synth.Request {
	t.Helper()
	p, err := phone.ParsePron("K AO1 R AH0 S")
	if err != nil {
		t.Fatal(err)
	}
	lex := map[string]phone.Pron{"chorus": p}
	return map[string]synth.Request{
		"plain": {Parts: []synth.Part{{Text: "Hello from Chorus. How are you today?"}}},
		"voice, style and audio options": {
			Parts: []synth.Part{{Voice: "ava", Style: "cheerful", Text: "Options travel over the wire, 100 percent."}},
			Rate:  1.3, PitchSemitones: -2, GainDB: -6, SampleRate: 16000, WordTimings: true,
		},
		"script": {WordTimings: true, Lexicon: lex, Parts: []synth.Part{
			{Speaker: "Ann", Voice: "mia", Text: "Welcome to Chorus."},
			{Speaker: "Ben", Voice: "sam", Style: "calm", Text: "Thanks, Ann.", PauseBefore: 300},
			// The same speaker with another style, and unnamed speakers: aliases on the wire.
			{Speaker: "Ann", Voice: "mia", Style: "excited", Text: "Let's go!", PauseBefore: 200},
			{Text: "An unnamed narrator.", PauseBefore: 100},
			{Voice: "kit", Text: "Another one."},
		}},
		"markup in text": {WordTimings: true, Parts: []synth.Part{{Markup: true,
			Text: `Wait <break time="700ms"/> for <emphasis>it</emphasis>, <say-as interpret-as="characters">ok</say-as>?`}}},
		"markup in turns": {WordTimings: true, Parts: []synth.Part{
			{Speaker: "Ann", Voice: "mia", Markup: true, Text: `Say <sub alias="hello">hi</sub>.<break time="1s"/>`},
			{Speaker: "Ben", Voice: "kal", Text: "Literal <b> stays text.", PauseBefore: 300},
		}},
	}
}

func TestRemoteGivesTheSameSamplesAsLocal(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx := context.Background()
	for name, req := range requests(t) {
		t.Run(name, func(t *testing.T) {
			var l, r formatRecorder
			ls, err := local.Synthesize(ctx, req, &l)
			if err != nil {
				t.Fatalf("local: %v", err)
			}
			rs, err := rem.Synthesize(ctx, req, &r)
			if err != nil {
				t.Fatalf("remote: %v", err)
			}
			if ls != rs {
				t.Errorf("summaries differ: local %+v, remote %+v", ls, rs)
			}
			if !reflect.DeepEqual(l.starts, []int{ls.SampleRate}) || !reflect.DeepEqual(r.starts, l.starts) {
				t.Errorf("Start: local at %v Hz, remote at %v Hz; want once, at the summary's %d Hz", l.starts, r.starts, ls.SampleRate)
			}
			if int64(len(l.Samples)) != ls.Samples {
				t.Errorf("local: %d samples, summary says %d", len(l.Samples), ls.Samples)
			}
			if !reflect.DeepEqual(pcm16(l.Samples), pcm16(r.Samples)) {
				t.Fatalf("PCM16 samples differ (%d local, %d remote)", len(l.Samples), len(r.Samples))
			}
			if !reflect.DeepEqual(l.Words, r.Words) {
				t.Errorf("word timings differ:\nlocal  %+v\nremote %+v", l.Words, r.Words)
			}
			if req.WordTimings && len(l.Words) == 0 {
				t.Error("no word timings")
			}
			// Two silent renders would compare equal too: the speech must be audible. 0.01 is
			// -40 dBFS, far below the peak of any voice at normal gain (even at -6 dB).
			if peak := acoustics.Peak(r.Samples); peak < 0.01 {
				t.Errorf("peak %.4f: silent", peak)
			}
		})
	}
}

// cancelOnAudio is a Synthesizer that cancels its context as soon as the first block of audio
// has reached the sink: a render cancelled part-way, deterministically.
type cancelOnAudio struct {
	client.Synthesizer
	cancel context.CancelFunc
}

func (c cancelOnAudio) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	stop := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error { c.cancel(); return nil }}
	return c.Synthesizer.Synthesize(ctx, req, client.Tee{sink, stop})
}

func TestSaveWAVIsIdenticalAndAtomic(t *testing.T) {
	dir := t.TempDir()
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	req := requests(t)["script"]
	ctx := context.Background()
	lp, rp := filepath.Join(dir, "local.wav"), filepath.Join(dir, "remote.wav")
	if _, err := client.SaveWAV(ctx, local, req, lp); err != nil {
		t.Fatal(err)
	}
	sum, err := client.SaveWAV(ctx, rem, req, rp)
	if err != nil {
		t.Fatal(err)
	}
	lb, rb := testkit.ReadFile(t, lp), testkit.ReadFile(t, rp)
	if len(lb) < 44 || !bytes.Equal(lb, rb) {
		t.Fatalf("WAV files differ (%d and %d bytes)", len(lb), len(rb))
	}
	samples, rate := testkit.ReadWAV(t, rp)
	if rate != sum.SampleRate || int64(len(samples)) != sum.Samples {
		t.Fatalf("ReadWAV: %d samples at %d Hz; want %d at %d", len(samples), rate, sum.Samples, sum.SampleRate)
	}
	fi, err := os.Stat(rp)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode().Perm())
	}

	// Failures leave nothing behind: a bad request, a render cancelled after its first audio,
	// an existing file kept.
	bad := synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}
	long := synth.Request{Parts: []synth.Part{{Text: strings.Repeat("A long text that will be cancelled. ", 300)}}}
	for _, s := range []client.Synthesizer{local, rem} {
		if _, err := client.SaveWAV(ctx, s, bad, filepath.Join(dir, "bad.wav")); !errors.Is(err, synth.ErrNotFound) {
			t.Errorf("%T: unknown voice: %v", s, err)
		}
		cctx, cancel := context.WithCancel(ctx)
		if _, err := client.SaveWAV(cctx, cancelOnAudio{s, cancel}, long, rp); !errors.Is(err, context.Canceled) {
			t.Errorf("%T: cancelled: %v", s, err)
		}
		cancel()
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"local.wav", "remote.wav"}) {
		t.Errorf("directory holds %v, want only the two good files", names)
	}
	if !bytes.Equal(testkit.ReadFile(t, rp), rb) {
		t.Error("a failed render changed an existing file")
	}
}

func TestRemoteErrorsKeepTheirKind(t *testing.T) {
	rem := remote(t)
	ctx := context.Background()
	for _, tc := range []struct {
		req  synth.Request
		kind error
		msg  string
	}{
		{synth.Request{Parts: []synth.Part{{Text: "hi", Voice: "nobody"}}}, synth.ErrNotFound, "available voices: ava"},
		{synth.Request{Parts: []synth.Part{{Text: ""}}}, synth.ErrInvalidArgument, "input.text"},
		{synth.Request{Parts: []synth.Part{{Text: "hi"}}, Rate: 10}, synth.ErrInvalidArgument, "audio.speaking_rate"},
		{synth.Request{Parts: []synth.Part{{Text: "bad \xff byte"}}}, synth.ErrInvalidArgument, "UTF-8"},
		{synth.Request{Parts: []synth.Part{{Speaker: "A", Text: "ok"}, {Speaker: "B", Text: "\xc3("}}}, synth.ErrInvalidArgument, "parts[1].text"},
	} {
		var r formatRecorder
		_, err := rem.Synthesize(ctx, tc.req, &r)
		if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%+v: got %v, want %v containing %q", tc.req.Parts, err, tc.kind, tc.msg)
		}
		if len(r.starts) != 0 || len(r.Samples) != 0 {
			t.Errorf("a rejected request produced output")
		}
	}
	// A sink error stops the stream and is returned as it is.
	stop := errors.New("sink full")
	full := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error { return stop }}
	_, err := rem.Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: strings.Repeat("Words and more words. ", 100)}}}, full)
	if !errors.Is(err, stop) || full.Calls != 1 {
		t.Errorf("sink error: %v after %d Audio calls; want it at the first", err, full.Calls)
	}
}

// TestDialReportsARefusedConnection: nothing listens at the address, so Dial must fail on the
// refused connection, naming the address, instead of waiting out its context.
func TestDialReportsARefusedConnection(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	if err := lis.Close(); err != nil { // nothing listens there now
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = client.Dial(ctx, addr)
	if !errors.Is(err, client.ErrUnavailable) || !strings.Contains(err.Error(), addr) {
		t.Errorf("Dial: %v", err)
	}
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
		t.Errorf("Dial waited for its deadline instead of reporting the refused connection: %v", err)
	}
}

func TestVoicesAndAnalyzeAgree(t *testing.T) {
	local := client.Local{Engine: testkit.Engine(t)}
	rem := remote(t)
	ctx := context.Background()
	lv, err := local.Voices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rv, err := rem.Voices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if lv.Default != rv.Default || len(lv.Voices) != len(rv.Voices) || len(lv.Styles) != len(rv.Styles) {
		t.Fatalf("catalogs differ: %+v vs %+v", lv, rv)
	}
	for i := range lv.Voices {
		l, r := lv.Voices[i], rv.Voices[i]
		if l.Name != r.Name || l.Gender != r.Gender || l.Language != r.Language || l.SampleRate != r.SampleRate || l.Vocoder != r.Vocoder || l.Description != r.Description || l.Default != r.Default {
			t.Errorf("voice %d: local %+v, remote %+v", i, l, r)
		}
	}
	for i := range lv.Styles {
		if l, r := lv.Styles[i], rv.Styles[i]; l.Name != r.Name || l.Description != r.Description {
			t.Errorf("style %d: local %+v, remote %+v", i, l, r)
		}
	}

	text := "Dr. Smith paid $5 on Jan. 3rd. Is it 10:30?"
	la, err := local.Analyze(ctx, text, nil)
	if err != nil {
		t.Fatal(err)
	}
	ra, err := rem.Analyze(ctx, text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(la) < 2 || !reflect.DeepEqual(la, ra) {
		t.Errorf("analyses differ:\nlocal  %+v\nremote %+v", la, ra)
	}
	// Each word names its token, which is sent once: "$5" is read as "five dollars".
	if s := la[0]; len(s.Words) < 5 || s.Words[3].Text != "five" || s.Words[4].Token != s.Words[3].Token || s.Tokens[s.Words[3].Token].Text != "$5" {
		t.Errorf("first sentence: words %+v, tokens %+v", s.Words, s.Tokens)
	}
	if _, err := rem.Analyze(ctx, "", nil); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("empty analyze: %v", err)
	}

	// An SSML document is read as Synthesize reads it, in-process and over gRPC alike: say-as
	// and sub applied, tokens pointing into the document.
	doc := `<speak>It is <say-as interpret-as="date" format="dm">12/03</say-as>. <sub alias="World Wide Web">WWW</sub>.</speak>`
	ls, err := local.AnalyzeSSML(ctx, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rem.AnalyzeSSML(ctx, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ls, rs) {
		t.Errorf("SSML analyses differ:\nlocal  %+v\nremote %+v", ls, rs)
	}
	var said []string
	for _, s := range rs {
		for _, w := range s.Words {
			said = append(said, w.Text)
		}
	}
	if got, want := strings.Join(said, " "), "it is march twelfth world wide web"; got != want || len(rs) != 2 {
		t.Errorf("SSML read as %q in %d sentences, want %q in 2", got, len(rs), want)
	}
	// The sentence's last token runs to its end, as in plain text ("12/03." there too).
	if tok := rs[0].Tokens[rs[0].Words[2].Token]; tok.Text != "12/03." || !strings.HasPrefix(doc[tok.Start:tok.End], "12/03</say-as>") {
		t.Errorf("the date's token %+v points at %q", tok, doc[tok.Start:tok.End])
	}
	if _, err := rem.AnalyzeSSML(ctx, "<speak><blink/></speak>", nil); !errors.Is(err, synth.ErrInvalidArgument) || !strings.Contains(err.Error(), "line 1, column 8") {
		t.Errorf("bad SSML: %v", err)
	}
}

// TestVoicesCatalogFromAListing: a remote listing rebuilt as a *voices.Catalog answers like the
// engine's own catalog for what the listing carries (names, the default, each voice's identity
// and rate, the styles), as script casting needs.
func TestVoicesCatalogFromAListing(t *testing.T) {
	ctx := context.Background()
	lv, err := client.Local{Engine: testkit.Engine(t)}.Voices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rv, err := remote(t).Voices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lc, err := lv.VoicesCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if lc != testkit.Engine(t).Catalog() {
		t.Error("a local listing does not give back the engine's own catalog")
	}
	rc, err := rv.VoicesCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rc.Names(), lc.Names()) || rc.Default().Name != lc.Default().Name || !reflect.DeepEqual(rc.StyleNames(), lc.StyleNames()) {
		t.Fatalf("rebuilt catalog %v/%v/%v, engine's %v/%v/%v", rc.Names(), rc.Default().Name, rc.StyleNames(), lc.Names(), lc.Default().Name, lc.StyleNames())
	}
	for _, name := range lc.Names() {
		l, _ := lc.Voice(name)
		r, ok := rc.Voice(name)
		if !ok || r.Gender != l.Gender || r.Language != l.Language || r.SampleRate != l.SampleRate || r.Vocoder != l.Vocoder ||
			r.Description != l.Description || r.Default != l.Default {
			t.Errorf("voice %s: rebuilt %+v, engine's %+v", name, r, l)
		}
	}
	for _, name := range lc.StyleNames() {
		l, _ := lc.Style(name)
		if r, ok := rc.Style(name); !ok || r.Description != l.Description || !reflect.DeepEqual(r.Cues, l.Cues) {
			t.Errorf("style %s: rebuilt %+v, engine's %+v", name, r, l)
		}
	}
	// So instructions and stage directions read the same through a server.
	for _, in := range []string{"Speak upbeat and friendly.", "excitedly", "in a soothing voice"} {
		l, _, _ := lc.StyleFor(in)
		if r, _, _ := rc.StyleFor(in); r != l {
			t.Errorf("StyleFor(%q): rebuilt %q, engine's %q", in, r, l)
		}
	}
	// A listing the catalog cannot hold is refused, not half-built.
	broken := rv
	broken.Default = "nobody"
	if _, err := broken.VoicesCatalog(); !errors.Is(err, voices.ErrInvalid) {
		t.Errorf("a listing without its default voice: %v", err)
	}
}

func TestRequestToProtoAliases(t *testing.T) {
	req := synth.Request{Parts: []synth.Part{
		{Speaker: "Ann", Voice: "ava", Text: "a"},
		{Speaker: "Ann", Voice: "ava", Style: "calm", Text: "b"},
		{Speaker: "Bob", Voice: "joe", Text: "c"},
		{Speaker: "Ann", Voice: "ava", Text: "d"},
		{Text: "e"},
		{Speaker: "Ann#2", Voice: "leo", Text: "f"}, // a real name that looks like an alias
	}}
	in, back := client.RequestToProto(req)
	sc := in.GetInput().GetScript()
	if sc == nil || len(sc.GetTurns()) != len(req.Parts) {
		t.Fatalf("not a script of %d turns: %v", len(req.Parts), in)
	}
	seen := map[string]string{}
	for i, turn := range sc.GetTurns() {
		p := req.Parts[i]
		v := sc.GetSpeakerVoices()[turn.GetSpeaker()]
		if v == nil || v.GetName() != p.Voice || v.GetStyle() != p.Style || turn.GetText() != p.Text {
			t.Errorf("turn %d %v with voice %v, want part %+v", i, turn, v, p)
		}
		if turn.GetSpeaker() == "" {
			t.Errorf("turn %d has no speaker", i)
		}
		if back[turn.GetSpeaker()] != p.Speaker {
			t.Errorf("alias %q maps back to %q, want %q", turn.GetSpeaker(), back[turn.GetSpeaker()], p.Speaker)
		}
		key := p.Speaker + "|" + p.Voice + "|" + p.Style
		if prev, ok := seen[turn.GetSpeaker()]; ok && prev != key {
			t.Errorf("alias %q used for %s and %s", turn.GetSpeaker(), prev, key)
		}
		seen[turn.GetSpeaker()] = key
	}
	// Unambiguous speakers keep their names.
	if sc.GetTurns()[2].GetSpeaker() != "Bob" || sc.GetTurns()[5].GetSpeaker() != "Ann#2" {
		t.Errorf("speakers renamed needlessly: %v", sc.GetTurns())
	}
	plain, _ := client.RequestToProto(synth.Request{Parts: []synth.Part{{Voice: "ava", Text: "x"}}, Rate: 2})
	if plain.GetInput().GetText() != "x" || plain.GetVoice().GetName() != "ava" || plain.GetAudio().GetSpeakingRate() != 2 ||
		plain.GetAudio().GetEncoding() != chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16 {
		t.Errorf("plain request %v", plain)
	}
}
