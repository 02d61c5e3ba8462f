package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectionpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
)

// serve starts a server over eng on an in-memory listener and returns a connection to it. The
// server and connection are stopped when the test ends, and the test fails if either reports an
// error then.
func serve(t testing.TB, eng Engine, opts Options, extra ...grpc.ServerOption) *grpc.ClientConn {
	t.Helper()
	_, conn := startServer(t, eng, opts, extra...)
	return conn
}

// startServer is serve, returning the Server too.
func startServer(t testing.TB, eng Engine, opts Options, extra ...grpc.ServerOption) (*Server, *grpc.ClientConn) {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := New(eng, nil, opts)
	g, _ := NewGRPCServer(srv, extra...) // the health server stays SERVING
	served := make(chan error, 1)
	go func() { served <- g.Serve(lis) }()
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		g.Stop()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := conn.Close(); err != nil {
			t.Errorf("closing the client connection: %v", err)
		}
		g.Stop()
		// Serve returns nil after Stop; anything else means it failed while the test ran.
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return srv, conn
}

// result is a whole Synthesize stream, collected.
type result struct {
	format  *chorusv1.AudioFormat
	chunks  []*chorusv1.AudioChunk
	words   []*chorusv1.WordTiming
	summary *chorusv1.Summary
	order   []string // message kinds in arrival order
}

func collect(ctx context.Context, api chorusv1.ChorusClient, req *chorusv1.SynthesizeRequest) (*result, error) {
	stream, err := api.Synthesize(ctx, req)
	if err != nil {
		return nil, err
	}
	r := &result{}
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			return r, nil
		}
		if err != nil {
			return r, err
		}
		r.add(m)
	}
}

// add files one response of the kinds every call may carry (format, audio, word, summary) and
// reports whether m was one of them.
func (r *result) add(m *chorusv1.SynthesizeResponse) bool {
	switch x := m.GetResponse().(type) {
	case *chorusv1.SynthesizeResponse_Format:
		r.format = x.Format
		r.order = append(r.order, "format")
	case *chorusv1.SynthesizeResponse_Audio:
		r.chunks = append(r.chunks, x.Audio)
		r.order = append(r.order, "audio")
	case *chorusv1.SynthesizeResponse_Word:
		r.words = append(r.words, x.Word)
		r.order = append(r.order, "word")
	case *chorusv1.SynthesizeResponse_Summary:
		r.summary = x.Summary
		r.order = append(r.order, "summary")
	default:
		return false
	}
	return true
}

func (r *result) bytes() []byte {
	var b []byte
	for _, c := range r.chunks {
		b = append(b, c.GetAudio()...)
	}
	return b
}

// render runs the shared engine in-process.
func render(t *testing.T, req synth.Request) ([]float32, []synth.WordTiming, synth.Summary) {
	t.Helper()
	rec, sum := testkit.Render(t, testkit.Engine(t), req)
	return rec.Samples, rec.Words, sum
}

func textRequest(text string) *chorusv1.SynthesizeRequest {
	return &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: text}}}
}

const sentence = "Hello there, this is a short test of the streaming server."

func TestSynthesizeMatchesInProcessRender(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := collect(ctx, api, textRequest(sentence))
	if err != nil {
		t.Fatal(err)
	}
	want, _, sum := render(t, synth.Request{Parts: []synth.Part{{Text: sentence}}})

	if len(r.order) == 0 || r.order[0] != "format" || r.order[len(r.order)-1] != "summary" {
		t.Fatalf("message order %v: want format first and summary last", r.order)
	}
	f := r.format
	if f.GetEncoding() != chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16 || f.GetChannels() != 1 || int(f.GetSampleRateHertz()) != sum.SampleRate {
		t.Fatalf("format %v, want PCM16 mono at %d Hz", f, sum.SampleRate)
	}
	got := r.bytes()
	wantBytes := audio.Encode(nil, audio.PCM16, want)
	if len(got) != len(wantBytes) {
		t.Fatalf("streamed %d bytes, in-process render is %d", len(got), len(wantBytes))
	}
	for i := range got {
		if got[i] != wantBytes[i] {
			t.Fatalf("byte %d differs: streamed %d, in-process %d", i, got[i], wantBytes[i])
		}
	}
	if r.summary.GetTotalSamples() != int64(len(want)) {
		t.Errorf("summary total %d, want %d", r.summary.GetTotalSamples(), len(want))
	}
	if d := float64(len(want)) / float64(sum.SampleRate); math.Abs(r.summary.GetDurationSeconds()-d) > 1e-9 {
		t.Errorf("summary duration %g, want %g", r.summary.GetDurationSeconds(), d)
	}

	// Chunks: contiguous, 100 ms each by default, the last one possibly shorter.
	size := sum.SampleRate * DefaultChunkMillis / 1000
	checkChunks(t, r.chunks, size, 2)

	// The audio is plausible speech for 11 words: read speech runs at 2–3 words a second, so
	// 0.2–1.0 s a word allows for pauses and slow styles without accepting silence or a runaway.
	pcm := audio.Decode(nil, audio.PCM16, got)
	secs := float64(len(pcm)) / float64(sum.SampleRate)
	if words := 11.0; secs < 0.2*words || secs > 1.0*words {
		t.Errorf("duration %.2f s for %g words: want 0.2–1.0 s per word", secs, words)
	}
	// Loudness targets for speech run from −23 LUFS (EBU R 128) to −16 LUFS (podcasts), and the
	// RMS level of speech lies within a few dB of its loudness: 0.01 (−40 dBFS) is over 10 dB
	// below any of them, the level of a stream that is nearly silent.
	if rms := acoustics.RMS(pcm); rms < 0.01 {
		t.Errorf("RMS %.4f: nearly silent", rms)
	}
	// 16-bit full scale: a sample there was clipped on the way to PCM16.
	if peak := acoustics.Peak(pcm); peak >= 0.999 {
		t.Errorf("peak %.4f: clipped", peak)
	}
}

// checkChunks checks that chunks are contiguous and size samples long (bps bytes per sample),
// except the last, which may be shorter but not empty.
func checkChunks(t *testing.T, chunks []*chorusv1.AudioChunk, size, bps int) {
	t.Helper()
	if len(chunks) == 0 {
		t.Fatal("no audio chunks")
	}
	var pos int64
	for i, c := range chunks {
		n := len(c.GetAudio()) / bps
		if c.GetStartSample() != pos {
			t.Fatalf("chunk %d starts at %d, want %d", i, c.GetStartSample(), pos)
		}
		if i < len(chunks)-1 && n != size {
			t.Fatalf("chunk %d has %d samples, want %d", i, n, size)
		}
		if i == len(chunks)-1 && (n == 0 || n > size) {
			t.Fatalf("last chunk has %d samples, want 1..%d", n, size)
		}
		pos += int64(n)
	}
}

func TestChunkDurationAndEncodings(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	want, _, sum := render(t, synth.Request{Parts: []synth.Part{{Text: "Testing one two three."}}})
	for _, tc := range []struct {
		ms  int32
		enc chorusv1.AudioEncoding
		ae  audio.Encoding
	}{
		{10, chorusv1.AudioEncoding_AUDIO_ENCODING_PCM16, audio.PCM16},
		{250, chorusv1.AudioEncoding_AUDIO_ENCODING_MULAW, audio.MuLaw},
		{1000, chorusv1.AudioEncoding_AUDIO_ENCODING_ALAW, audio.ALaw},
	} {
		req := textRequest("Testing one two three.")
		req.Audio = &chorusv1.AudioConfig{Encoding: tc.enc, ChunkDurationMs: tc.ms}
		r, err := collect(context.Background(), api, req)
		if err != nil {
			t.Fatalf("%d ms %v: %v", tc.ms, tc.enc, err)
		}
		if r.format.GetEncoding() != tc.enc {
			t.Errorf("format encoding %v, want %v", r.format.GetEncoding(), tc.enc)
		}
		checkChunks(t, r.chunks, sum.SampleRate*int(tc.ms)/1000, tc.ae.BytesPerSample())
		if got, wantB := r.bytes(), audio.Encode(nil, tc.ae, want); string(got) != string(wantB) {
			t.Errorf("%v: streamed bytes differ from the encoded in-process render (%d vs %d bytes)", tc.enc, len(got), len(wantB))
		}
	}
}

func TestResampledOutput(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	req := textRequest("Eight kilohertz, please.")
	req.Audio = &chorusv1.AudioConfig{SampleRateHertz: 8000}
	r, err := collect(context.Background(), api, req)
	if err != nil {
		t.Fatal(err)
	}
	if r.format.GetSampleRateHertz() != 8000 {
		t.Fatalf("rate %d, want 8000", r.format.GetSampleRateHertz())
	}
	checkChunks(t, r.chunks, 800, 2)
	want, _, _ := render(t, synth.Request{Parts: []synth.Part{{Text: "Eight kilohertz, please."}}, SampleRate: 8000})
	if got := r.bytes(); string(got) != string(audio.Encode(nil, audio.PCM16, want)) {
		t.Errorf("streamed %d samples differ from the in-process 8 kHz render of %d", len(got)/2, len(want))
	}
}

func TestWordTimings(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	req := &chorusv1.SynthesizeRequest{
		EnableWordTimings: true,
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Script{Script: &chorusv1.Script{
			Turns: []*chorusv1.Turn{
				{Speaker: "Ann", Text: "Good morning, Bob."},
				{Speaker: "Bob", Text: "Morning! It is 7 o'clock.", PauseBeforeMs: 300},
			},
			SpeakerVoices: map[string]*chorusv1.VoiceSelection{"Ann": {Name: "ava"}, "Bob": {Name: "leo", Style: "calm"}},
		}}},
	}
	r, err := collect(context.Background(), api, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.words) < 6 {
		t.Fatalf("%d word timings, want at least 6: %v", len(r.words), r.words)
	}
	total := r.summary.GetTotalSamples()
	var prevEnd int64
	speakers := map[string]int{}
	for i, w := range r.words {
		if w.GetStartSample() < prevEnd || w.GetEndSample() <= w.GetStartSample() || w.GetEndSample() > total {
			t.Fatalf("word %d %q [%d,%d) out of order or outside the audio (total %d, previous end %d)",
				i, w.GetWord(), w.GetStartSample(), w.GetEndSample(), total, prevEnd)
		}
		prevEnd = w.GetEndSample()
		speakers[w.GetSpeaker()]++
	}
	if speakers["Ann"] == 0 || speakers["Bob"] == 0 || len(speakers) != 2 {
		t.Errorf("speakers in timings %v, want Ann and Bob", speakers)
	}
	if r.words[0].GetSpeaker() != "Ann" || r.words[len(r.words)-1].GetSpeaker() != "Bob" {
		t.Errorf("first word by %q, last by %q", r.words[0].GetSpeaker(), r.words[len(r.words)-1].GetSpeaker())
	}
	// Same timings as in-process.
	_, words, _ := render(t, synth.Request{WordTimings: true, Parts: []synth.Part{
		{Speaker: "Ann", Voice: "ava", Text: "Good morning, Bob."},
		{Speaker: "Bob", Voice: "leo", Style: "calm", Text: "Morning! It is 7 o'clock.", PauseBefore: 300},
	}})
	if len(words) != len(r.words) {
		t.Fatalf("%d timings over gRPC, %d in-process", len(r.words), len(words))
	}
	for i, w := range words {
		g := r.words[i]
		if g.GetWord() != w.Word || g.GetStartSample() != w.Start || g.GetEndSample() != w.End {
			t.Errorf("timing %d: gRPC %v, in-process %+v", i, g, w)
		}
	}
}

func TestErrorCodes(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	script := func(turns []*chorusv1.Turn, sv map[string]*chorusv1.VoiceSelection) *chorusv1.SynthesizeRequest {
		return &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Script{
			Script: &chorusv1.Script{Turns: turns, SpeakerVoices: sv}}}}
	}
	withAudio := func(ac *chorusv1.AudioConfig) *chorusv1.SynthesizeRequest {
		r := textRequest("hello")
		r.Audio = ac
		return r
	}
	withVoice := func(v *chorusv1.VoiceSelection) *chorusv1.SynthesizeRequest {
		r := textRequest("hello")
		r.Voice = v
		return r
	}
	ann := map[string]*chorusv1.VoiceSelection{"Ann": {Name: "ava"}}
	for _, tc := range []struct {
		name string
		req  *chorusv1.SynthesizeRequest
		code codes.Code
		msg  []string // substrings of the message
	}{
		{"no input", &chorusv1.SynthesizeRequest{}, codes.InvalidArgument, []string{"input"}},
		{"empty text", textRequest(""), codes.InvalidArgument, []string{"input.text", "empty"}},
		{"blank text", textRequest(" \n\t "), codes.InvalidArgument, []string{"input.text"}},
		{"text over the limit", textRequest(strings.Repeat("word ", synth.MaxTextBytes/5+1)), codes.InvalidArgument, []string{"limit"}},
		{"unknown voice", withVoice(&chorusv1.VoiceSelection{Name: "nobody"}), codes.NotFound, []string{"voice.name", "nobody", "ava", "joe"}},
		{"unknown style", withVoice(&chorusv1.VoiceSelection{Style: "grumpy"}), codes.NotFound, []string{"voice.style", "grumpy", "cheerful"}},
		{"rate too low", withAudio(&chorusv1.AudioConfig{SpeakingRate: 0.1}), codes.InvalidArgument, []string{"audio.speaking_rate"}},
		{"rate too high", withAudio(&chorusv1.AudioConfig{SpeakingRate: 5}), codes.InvalidArgument, []string{"audio.speaking_rate"}},
		{"rate NaN", withAudio(&chorusv1.AudioConfig{SpeakingRate: math.NaN()}), codes.InvalidArgument, []string{"audio.speaking_rate"}},
		{"pitch", withAudio(&chorusv1.AudioConfig{Pitch: 13}), codes.InvalidArgument, []string{"audio.pitch"}},
		{"gain", withAudio(&chorusv1.AudioConfig{VolumeGainDb: 17}), codes.InvalidArgument, []string{"audio.volume_gain_db"}},
		{"gain -inf", withAudio(&chorusv1.AudioConfig{VolumeGainDb: math.Inf(-1)}), codes.InvalidArgument, []string{"audio.volume_gain_db"}},
		{"sample rate low", withAudio(&chorusv1.AudioConfig{SampleRateHertz: 4000}), codes.InvalidArgument, []string{"audio.sample_rate_hertz"}},
		{"sample rate high", withAudio(&chorusv1.AudioConfig{SampleRateHertz: 96000}), codes.InvalidArgument, []string{"audio.sample_rate_hertz"}},
		{"sample rate negative", withAudio(&chorusv1.AudioConfig{SampleRateHertz: -1}), codes.InvalidArgument, []string{"audio.sample_rate_hertz"}},
		{"chunk too short", withAudio(&chorusv1.AudioConfig{ChunkDurationMs: 5}), codes.InvalidArgument, []string{"audio.chunk_duration_ms"}},
		{"chunk too long", withAudio(&chorusv1.AudioConfig{ChunkDurationMs: 1001}), codes.InvalidArgument, []string{"audio.chunk_duration_ms"}},
		{"unknown encoding", withAudio(&chorusv1.AudioConfig{Encoding: 42}), codes.InvalidArgument, []string{"audio.encoding"}},
		{"bad ssml", &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Ssml{Ssml: "<speak>\nhi <blink/></speak>"}}},
			codes.InvalidArgument, []string{"input.ssml", "line 2, column 4", "<blink>"}},
		{"speaker without voice", script([]*chorusv1.Turn{{Speaker: "Ann", Text: "hi"}, {Speaker: "Ann", Text: "ok"}, {Speaker: "Bob", Text: "hey"}}, ann),
			codes.InvalidArgument, []string{"input.script.turns[2].speaker", "Bob"}},
		{"empty speaker", script([]*chorusv1.Turn{{Speaker: "", Text: "hi"}}, ann), codes.InvalidArgument, []string{"input.script.turns[0].speaker"}},
		{"no turns", script(nil, ann), codes.InvalidArgument, []string{"input.script.turns"}},
		{"turn pause", script([]*chorusv1.Turn{{Speaker: "Ann", Text: "ok", PauseBeforeMs: -5}}, ann),
			codes.InvalidArgument, []string{"input.script.turns[0].pause_before_ms"}},
		{"speaker's voice unknown", script([]*chorusv1.Turn{{Speaker: "Ann", Text: "ok"}, {Speaker: "Bo", Text: "no"}},
			map[string]*chorusv1.VoiceSelection{"Ann": {Name: "ava"}, "Bo": {Name: "zed"}}),
			codes.NotFound, []string{`input.script.speaker_voices["Bo"].name`, "zed", "ava"}},
		{"speaker's style unknown", script([]*chorusv1.Turn{{Speaker: "Ann", Text: "ok"}},
			map[string]*chorusv1.VoiceSelection{"Ann": {Name: "ava", Style: "grumpy"}}),
			codes.NotFound, []string{`input.script.speaker_voices["Ann"].style`, "grumpy"}},
		{"voice with script", func() *chorusv1.SynthesizeRequest {
			r := script([]*chorusv1.Turn{{Speaker: "Ann", Text: "ok"}}, ann)
			r.Voice = &chorusv1.VoiceSelection{Name: "joe"}
			return r
		}(), codes.InvalidArgument, []string{"voice", "speaker_voices"}},
		{"bad pronunciation", func() *chorusv1.SynthesizeRequest {
			r := textRequest("hello")
			r.Pronunciations = []*chorusv1.Pronunciation{{Phrase: "hello", Phones: "HH AH0 L OW1"}, {Phrase: "chorus", Phones: "K QQ1 R"}}
			return r
		}(), codes.InvalidArgument, []string{"pronunciations[1].phones"}},
		{"empty phrase", func() *chorusv1.SynthesizeRequest {
			r := textRequest("hello")
			r.Pronunciations = []*chorusv1.Pronunciation{{Phrase: "  ", Phones: "HH AH0 L OW1"}}
			return r
		}(), codes.InvalidArgument, []string{"pronunciations[0].phrase"}},
		{"IPA under ARPABET", func() *chorusv1.SynthesizeRequest {
			r := textRequest("hello")
			r.Pronunciations = []*chorusv1.Pronunciation{{Phrase: "hello", Phones: "həˈloʊ", Alphabet: chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_ARPABET}}
			return r
		}(), codes.InvalidArgument, []string{"pronunciations[0].phones"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := collect(context.Background(), api, tc.req)
			st := status.Convert(err)
			if st.Code() != tc.code {
				t.Fatalf("code %v (%q), want %v", st.Code(), st.Message(), tc.code)
			}
			for _, s := range tc.msg {
				if !strings.Contains(st.Message(), s) {
					t.Errorf("message %q lacks %q", st.Message(), s)
				}
			}
			if r != nil && len(r.order) > 0 {
				t.Errorf("a rejected request streamed %v", r.order)
			}
		})
	}
}

// A custom pronunciation, in ARPABET or IPA, replaces the lexicon's for both AnalyzeText and
// Synthesize.
func TestPronunciationsAndIPA(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	const text = "Chorus at 9."
	analyze := func(ps ...*chorusv1.Pronunciation) []*chorusv1.Word {
		t.Helper()
		resp, err := api.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{Text: text, Pronunciations: ps})
		if err != nil {
			t.Fatal(err)
		}
		if len(resp.GetSentences()) != 1 {
			t.Fatalf("sentences %v", resp.GetSentences())
		}
		sent := resp.GetSentences()[0]
		ws, toks := sent.GetWords(), sent.GetTokens()
		if len(ws) != 3 || ws[0].GetText() != "chorus" || ws[2].GetText() != "nine" || int(ws[2].GetToken()) >= len(toks) || toks[ws[2].GetToken()].GetText() != "9." {
			t.Fatalf("words %v, tokens %v", ws, toks)
		}
		return ws
	}

	// "koo-rose": not what the lexicon says, so that using it is observable.
	const custom = "K UW1 R OW0 S"
	lexicon := analyze()[0].GetPhones()
	if lexicon == custom {
		t.Fatalf("the lexicon already says %q for chorus: pick another custom pronunciation", custom)
	}
	plain, _, _ := render(t, synth.Request{Parts: []synth.Part{{Text: text}}})
	pron, err := phone.ParsePron(custom)
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := render(t, synth.Request{Parts: []synth.Part{{Text: text}}, Lexicon: map[string]phone.Pron{"chorus": pron}})
	if string(audio.Encode(nil, audio.PCM16, want)) == string(audio.Encode(nil, audio.PCM16, plain)) {
		t.Fatal("the custom pronunciation does not change the in-process render")
	}

	for _, p := range []*chorusv1.Pronunciation{
		{Phrase: "Chorus", Phones: custom},
		{Phrase: "chorus", Phones: "ˈkuɹoʊs", Alphabet: chorusv1.PhoneticAlphabet_PHONETIC_ALPHABET_IPA},
	} {
		if got := analyze(p)[0].GetPhones(); got != custom {
			t.Errorf("%v: AnalyzeText reads chorus as %q, want %q (the lexicon's is %q)", p, got, custom, lexicon)
		}
		req := textRequest(text)
		req.Pronunciations = []*chorusv1.Pronunciation{p}
		r, err := collect(context.Background(), api, req)
		if err != nil {
			t.Fatalf("%v: %v", p, err)
		}
		if string(r.bytes()) != string(audio.Encode(nil, audio.PCM16, want)) {
			t.Errorf("%v: streamed audio differs from the in-process render with that pronunciation", p)
		}
	}
	if _, err := api.AnalyzeText(context.Background(), &chorusv1.AnalyzeTextRequest{Text: ""}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("empty analyze: %v", err)
	}
}

func TestListVoices(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	resp, err := api.ListVoices(context.Background(), &chorusv1.ListVoicesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	cat := testkit.Engine(t).Catalog()
	if len(resp.GetVoices()) != len(cat.Voices()) || resp.GetDefaultVoice() != cat.Default().Name {
		t.Fatalf("voices %d default %q; catalog has %d, default %q", len(resp.GetVoices()), resp.GetDefaultVoice(), len(cat.Voices()), cat.Default().Name)
	}
	for _, v := range resp.GetVoices() {
		if v.GetName() == "" || v.GetGender() == chorusv1.Gender_GENDER_UNSPECIFIED || v.GetNativeSampleRateHertz() < 8000 || v.GetVocoder() == "" || v.GetLanguageCode() == "" {
			t.Errorf("incomplete voice %v", v)
		}
	}
	if len(resp.GetStyles()) != len(cat.StyleNames()) {
		t.Errorf("styles %v", resp.GetStyles())
	}
	none, err := api.ListVoices(context.Background(), &chorusv1.ListVoicesRequest{LanguageCode: "xx"})
	if err != nil || len(none.GetVoices()) != 0 {
		t.Errorf("language xx: %v, %v", none.GetVoices(), err)
	}
	lang := resp.GetVoices()[0].GetLanguageCode()
	prefix, _, _ := strings.Cut(lang, "-")
	some, err := api.ListVoices(context.Background(), &chorusv1.ListVoicesRequest{LanguageCode: strings.ToUpper(prefix)})
	if err != nil || len(some.GetVoices()) == 0 {
		t.Errorf("language %s: %v, %v", prefix, some.GetVoices(), err)
	}
}

func TestHealthAndReflection(t *testing.T) {
	conn := serve(t, testkit.Engine(t), Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, svc := range []string{"", "chorus.v1.Chorus"} {
		h, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{Service: svc})
		if err != nil || h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
			t.Errorf("health %q: %v, %v", svc, h, err)
		}
	}
	rs, err := reflectionpb.NewServerReflectionClient(conn).ServerReflectionInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := rs.Send(&reflectionpb.ServerReflectionRequest{MessageRequest: &reflectionpb.ServerReflectionRequest_ListServices{}}); err != nil {
		t.Fatal(err)
	}
	resp, err := rs.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	joined := strings.Join(names, ",")
	for _, want := range []string{"chorus.v1.Chorus", "grpc.health.v1.Health"} {
		if !strings.Contains(joined, want) {
			t.Errorf("reflection lists %v, missing %s", names, want)
		}
	}
	if err := rs.CloseSend(); err != nil {
		t.Error(err)
	}
}

// watched wraps an engine and reports when Synthesize returns, and with what.
type watched struct {
	Engine
	done   chan error
	panics bool
	fail   error
}

func (w *watched) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	if w.panics {
		panic("boom")
	}
	if w.fail != nil {
		return synth.Summary{}, w.fail
	}
	sum, err := w.Engine.Synthesize(ctx, req, sink)
	if w.done != nil {
		w.done <- err
	}
	return sum, err
}

func TestCancellationStopsEngineAndLeaksNothing(t *testing.T) {
	w := &watched{Engine: testkit.Engine(t), done: make(chan error, 1)}
	conn := serve(t, w, Options{})
	api := chorusv1.NewChorusClient(conn)
	// Warm up: the connection and its transport goroutines exist before the baseline is taken.
	if _, err := collect(context.Background(), api, textRequest("warm up")); err != nil {
		t.Fatal(err)
	}
	<-w.done
	before := goroutineIDs()

	for round := 0; round < 3; round++ {
		ctx, cancel := context.WithCancel(context.Background())
		// About 23 minutes of speech: the engine cannot reach the end before the cancel, and a
		// render that ran to the end would return nil, which the check below rejects.
		stream, err := api.Synthesize(ctx, textRequest(strings.Repeat("This sentence is repeated to make a long stream of speech. ", 400)))
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ { // format and two chunks
			if _, err := stream.Recv(); err != nil {
				t.Fatal(err)
			}
		}
		start := time.Now()
		cancel()
		select {
		case err := <-w.done:
			// Either the engine saw the context, or its next Send failed with the cancellation.
			if !errors.Is(err, context.Canceled) && status.Code(errors.Unwrap(err)) != codes.Canceled && status.Code(err) != codes.Canceled {
				t.Errorf("engine returned %v, want a cancellation", err)
			}
			t.Logf("engine stopped %v after cancel", time.Since(start))
		case <-time.After(leakDeadline): // a hang guard; the error above says why it stopped
			t.Fatalf("engine still running %v after the client cancelled", leakDeadline)
		}
		// Messages already received may still be delivered; then the stream ends as cancelled.
		err = nil
		for i := 0; i < 1000 && err == nil; i++ {
			_, err = stream.Recv()
		}
		if status.Code(err) != codes.Canceled {
			t.Errorf("after cancel: %v", err)
		}
	}
	checkNoNewGoroutines(t, before)
}

func TestNoGoroutineLeftAfterServerStops(t *testing.T) {
	eng := testkit.Engine(t)
	before := goroutineIDs()
	t.Run("streams", func(t *testing.T) {
		conn := serve(t, eng, Options{})
		api := chorusv1.NewChorusClient(conn)
		for i := 0; i < 3; i++ {
			ctx, cancel := context.WithCancel(context.Background())
			stream, err := api.Synthesize(ctx, textRequest(strings.Repeat("A long run of words to cancel. ", 200)))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := stream.Recv(); err != nil {
				t.Fatal(err)
			}
			cancel()
		}
		if _, err := collect(context.Background(), api, textRequest("done")); err != nil {
			t.Fatal(err)
		}
	}) // serve's cleanup stops the server and closes the connection here
	checkNoNewGoroutines(t, before)
}

func TestPanicAndInternalErrors(t *testing.T) {
	eng := testkit.Engine(t)
	for _, w := range []*watched{{Engine: eng, panics: true}, {Engine: eng, fail: errors.New("disk on fire at /secret/path")}} {
		api := chorusv1.NewChorusClient(serve(t, w, Options{}))
		_, err := collect(context.Background(), api, textRequest("hello"))
		st := status.Convert(err)
		if st.Code() != codes.Internal || st.Message() != "internal error" {
			t.Errorf("got %v %q, want Internal with a generic message", st.Code(), st.Message())
		}
	}
	// A wrapped engine error keeps its code.
	w := &watched{Engine: eng, fail: errors.Join(errors.New("context"), &synth.FieldError{Field: "text", Reason: "bad", Kind: synth.ErrInvalidArgument})}
	api := chorusv1.NewChorusClient(serve(t, w, Options{}))
	_, err := collect(context.Background(), api, textRequest("hello"))
	if st := status.Convert(err); st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), "input.text") {
		t.Errorf("wrapped field error: %v", err)
	}
}

// gate is an Engine whose Synthesize calls each wait for the test's go-ahead before rendering.
// It counts the calls running at once and their peak.
type gate struct {
	Engine
	entered chan struct{} // a value per call that starts
	release chan struct{} // a call waits for one value (or for its context)

	mu            sync.Mutex
	running, peak int
}

func (g *gate) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	g.mu.Lock()
	g.running++
	g.peak = max(g.peak, g.running)
	g.mu.Unlock()
	defer func() {
		g.mu.Lock()
		g.running--
		g.mu.Unlock()
	}()
	g.entered <- struct{}{}
	select {
	case <-g.release:
	case <-ctx.Done():
		return synth.Summary{}, ctx.Err()
	}
	return g.Engine.Synthesize(ctx, req, sink)
}

func (g *gate) counts() (running, peak int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.running, g.peak
}

// queued is how many requests wait for a slot of srv.
func queued(srv *Server) int {
	srv.admission.mu.Lock()
	defer srv.admission.mu.Unlock()
	return len(srv.admission.queue)
}

func TestConcurrentStreamsAreLimited(t *testing.T) {
	const limit, streams = 2, 5
	g := &gate{Engine: testkit.Engine(t), entered: make(chan struct{}, streams), release: make(chan struct{})}
	// Queued streams wait as long as the test needs.
	srv, conn := startServer(t, g, Options{MaxConcurrent: limit, QueueWait: time.Hour})
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // on a failure, ends the streams still held or queued

	const text = "Queued but served."
	want, _, _ := render(t, synth.Request{Parts: []synth.Part{{Text: text}}})
	wantBytes := audio.Encode(nil, audio.PCM16, want)
	results := make(chan error, streams)
	for range streams {
		go func() {
			r, err := collect(ctx, api, textRequest(text))
			if err == nil && (r.summary == nil || string(r.bytes()) != string(wantBytes)) {
				err = fmt.Errorf("stream ended without its whole audio and summary: %v", r.order)
			}
			results <- err
		}()
	}

	// Every stream reaches the server: limit of them run in the engine, the rest wait for a slot.
	// Polled: a handler waiting on a channel sends no event. The loop ends as soon as the state
	// is reached, and fails at once if more than limit run; the deadline is a hang guard sized
	// for a loaded CI runner, reached only when the server queues the wrong number of streams.
	for deadline := time.Now().Add(30 * time.Second); ; {
		running, _ := g.counts()
		waiting := queued(srv)
		if running > limit {
			t.Fatalf("%d syntheses run at once with MaxConcurrent %d", running, limit)
		}
		if running == limit && waiting == streams-limit {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d syntheses running and %d handlers waiting, want %d and %d", running, waiting, limit, streams-limit)
		}
		time.Sleep(time.Millisecond)
	}

	// Let the held syntheses go one at a time: each finished stream frees one slot for one
	// waiting stream, which enters the engine and is held in turn.
	for range limit {
		<-g.entered
	}
	for i := range streams {
		g.release <- struct{}{}
		if i+limit < streams {
			select {
			case <-g.entered:
			case <-time.After(30 * time.Second): // hang guard, as above
				t.Fatalf("no waiting stream got the slot of a finished one (%d released)", i+1)
			}
		}
	}
	for range streams {
		if err := <-results; err != nil {
			t.Error(err)
		}
	}
	if _, peak := g.counts(); peak != limit {
		t.Errorf("peak of %d syntheses at once, want MaxConcurrent %d", peak, limit)
	}
}
