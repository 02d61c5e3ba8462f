package client_test

import (
	"context"
	"errors"
	"math"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/test/bufconn"

	"github.com/chorus-tts/chorus/client"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/voices"
)

var testEngine = sync.OnceValues(func() (*synth.Engine, error) {
	cat, err := voices.Load()
	if err != nil {
		return nil, err
	}
	return synth.New(cat)
})

func engine(t testing.TB) *synth.Engine {
	t.Helper()
	e, err := testEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// remote starts a server over the engine on an in-memory listener and dials it.
func remote(t testing.TB) *client.Client {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	g, _ := server.NewGRPCServer(server.New(engine(t), nil, server.Options{}))
	done := make(chan struct{})
	go func() { defer close(done); _ = g.Serve(lis) }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, "passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Close()
		g.Stop()
		<-done
	})
	return c
}

// recorder is a FormatSink keeping everything.
type recorder struct {
	rate    int
	starts  int
	samples []float32
	words   []synth.WordTiming
}

func (r *recorder) Start(rate int) error          { r.rate = rate; r.starts++; return nil }
func (r *recorder) Audio(p []float32) error       { r.samples = append(r.samples, p...); return nil }
func (r *recorder) Word(w synth.WordTiming) error { r.words = append(r.words, w); return nil }
func (r *recorder) pcm16() []int16                { return toInt16(r.samples) }
func toInt16(p []float32) []int16 {
	out := make([]int16, len(p))
	for i, x := range p {
		out[i] = audio.ToInt16(x)
	}
	return out
}

func requests() map[string]synth.Request {
	lex := map[string]phone.Pron{}
	if p, err := phone.ParsePron("K AO1 R AH0 S"); err == nil {
		lex["chorus"] = p
	}
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
	local := client.Local{Engine: engine(t)}
	rem := remote(t)
	ctx := context.Background()
	for name, req := range requests() {
		t.Run(name, func(t *testing.T) {
			var l, r recorder
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
			if l.starts != 1 || r.starts != 1 || l.rate != r.rate || l.rate != ls.SampleRate {
				t.Errorf("Start: local %d× at %d Hz, remote %d× at %d Hz, summary %d Hz", l.starts, l.rate, r.starts, r.rate, ls.SampleRate)
			}
			if !reflect.DeepEqual(l.pcm16(), r.pcm16()) {
				t.Fatalf("PCM16 samples differ (%d local, %d remote)", len(l.samples), len(r.samples))
			}
			if !reflect.DeepEqual(l.words, r.words) {
				t.Errorf("word timings differ:\nlocal  %+v\nremote %+v", l.words, r.words)
			}
			if req.WordTimings && len(l.words) == 0 {
				t.Error("no word timings")
			}
			var peak float64
			for _, x := range r.samples {
				peak = max(peak, math.Abs(float64(x)))
			}
			if peak < 0.01 {
				t.Errorf("peak %.4f: silent", peak)
			}
		})
	}
}

func TestSaveWAVIsIdenticalAndAtomic(t *testing.T) {
	dir := t.TempDir()
	local := client.Local{Engine: engine(t)}
	rem := remote(t)
	req := requests()["script"]
	ctx := context.Background()
	lp, rp := filepath.Join(dir, "local.wav"), filepath.Join(dir, "remote.wav")
	if _, err := client.SaveWAV(ctx, local, req, lp); err != nil {
		t.Fatal(err)
	}
	sum, err := client.SaveWAV(ctx, rem, req, rp)
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := os.ReadFile(lp)
	rb, _ := os.ReadFile(rp)
	if len(lb) < 44 || string(lb) != string(rb) {
		t.Fatalf("WAV files differ (%d and %d bytes)", len(lb), len(rb))
	}
	f, err := os.Open(rp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	samples, rate, err := audio.ReadWAV(f)
	if err != nil || rate != sum.SampleRate || int64(len(samples)) != sum.Samples {
		t.Fatalf("ReadWAV: %d samples at %d Hz, %v; want %d at %d", len(samples), rate, err, sum.Samples, sum.SampleRate)
	}
	if fi, _ := os.Stat(rp); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode().Perm())
	}

	// Failures leave nothing behind: a bad request, a cancelled render, an existing file kept.
	bad := synth.Request{Parts: []synth.Part{{Voice: "nobody", Text: "hi"}}}
	for _, s := range []client.Synthesizer{local, rem} {
		if _, err := client.SaveWAV(ctx, s, bad, filepath.Join(dir, "bad.wav")); !errors.Is(err, synth.ErrNotFound) {
			t.Errorf("%T: unknown voice: %v", s, err)
		}
		cctx, cancel := context.WithCancel(ctx)
		long := synth.Request{Parts: []synth.Part{{Text: strings.Repeat("A long text that will be cancelled. ", 300)}}}
		time.AfterFunc(30*time.Millisecond, cancel)
		if _, err := client.SaveWAV(cctx, s, long, rp); !errors.Is(err, context.Canceled) {
			t.Errorf("%T: cancelled: %v", s, err)
		}
		cancel()
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"local.wav", "remote.wav"}) {
		t.Errorf("directory holds %v, want only the two good files", names)
	}
	if rb2, _ := os.ReadFile(rp); string(rb2) != string(rb) {
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
		var r recorder
		_, err := rem.Synthesize(ctx, tc.req, &r)
		if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%+v: got %v, want %v containing %q", tc.req.Parts, err, tc.kind, tc.msg)
		}
		if r.starts != 0 || len(r.samples) != 0 {
			t.Errorf("a rejected request produced output")
		}
	}
	// A sink error stops the stream and is returned as it is.
	stop := errors.New("sink full")
	_, err := rem.Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: strings.Repeat("Words and more words. ", 100)}}}, failing{stop})
	if !errors.Is(err, stop) {
		t.Errorf("sink error: %v", err)
	}
}

type failing struct{ err error }

func (f failing) Audio([]float32) error       { return f.err }
func (f failing) Word(synth.WordTiming) error { return nil }

func TestDialUnreachable(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	lis.Close() // nothing listens there now
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	_, err = client.Dial(ctx, addr)
	if !errors.Is(err, client.ErrUnavailable) || !strings.Contains(err.Error(), addr) {
		t.Errorf("Dial: %v", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("Dial took %v to fail", d)
	}
}

func TestVoicesAndAnalyzeAgree(t *testing.T) {
	local := client.Local{Engine: engine(t)}
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
	// The rebuilt catalog answers like the engine's.
	rc, err := rv.VoicesCatalog()
	if err != nil {
		t.Fatal(err)
	}
	lc, _ := lv.VoicesCatalog()
	if !reflect.DeepEqual(rc.Names(), lc.Names()) || rc.Default().Name != lc.Default().Name || !reflect.DeepEqual(rc.StyleNames(), lc.StyleNames()) {
		t.Errorf("rebuilt catalog %v/%v/%v, engine's %v/%v/%v", rc.Names(), rc.Default().Name, rc.StyleNames(), lc.Names(), lc.Default().Name, lc.StyleNames())
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
	if _, err := rem.Analyze(ctx, "", nil); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("empty analyze: %v", err)
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
