package server

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/chorus-tts/chorus/internal/testkit"
	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

type bidi = grpc.BidiStreamingClient[chorusv1.StreamingSynthesizeRequest, chorusv1.SynthesizeResponse]

// drain reads the rest of a stream into r.
func (r *streamed) drain(s bidi) error {
	for {
		m, err := s.Recv()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		r.add(m)
	}
}

func textMsg(s string) *chorusv1.StreamingSynthesizeRequest {
	return &chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Text{Text: s}}
}

func configMsg(cfg *chorusv1.StreamingSynthesisConfig) *chorusv1.StreamingSynthesizeRequest {
	return &chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Config{Config: cfg}}
}

var (
	flushMsg = &chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Flush{Flush: &chorusv1.StreamFlush{}}}
	stopMsg  = &chorusv1.StreamingSynthesizeRequest{Request: &chorusv1.StreamingSynthesizeRequest_Stop{Stop: &chorusv1.StreamStop{}}}
)

// streamAll sends cfg and then msgs, half-closes and collects the answer.
func streamAll(ctx context.Context, api chorusv1.ChorusClient, cfg *chorusv1.StreamingSynthesisConfig, msgs ...*chorusv1.StreamingSynthesizeRequest) (*streamed, error) {
	s, err := api.StreamingSynthesize(ctx)
	if err != nil {
		return nil, err
	}
	r := &streamed{}
	// Sending runs beside the reading: a stream's sends may wait on its audio being read.
	sent := make(chan error, 1)
	go func() {
		sent <- func() error {
			if cfg != nil {
				if err := s.Send(configMsg(cfg)); err != nil {
					return err
				}
			}
			for _, m := range msgs {
				if err := s.Send(m); err != nil {
					return err
				}
			}
			return s.CloseSend()
		}()
	}()
	err = r.drain(s)
	if serr := <-sent; serr != nil && serr != io.EOF && err == nil {
		err = serr
	}
	return r, err
}

func texts(pieces ...string) []*chorusv1.StreamingSynthesizeRequest {
	out := make([]*chorusv1.StreamingSynthesizeRequest, len(pieces))
	for i, p := range pieces {
		out[i] = textMsg(p)
	}
	return out
}

func TestStreamConfigComesFirstAndOnce(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for _, tc := range []struct {
		name string
		cfg  *chorusv1.StreamingSynthesisConfig
		msgs []*chorusv1.StreamingSynthesizeRequest
		code codes.Code
		want string
	}{
		{"nothing", nil, nil, codes.InvalidArgument, "config: the stream ended before its first message"},
		{"text first", nil, texts("Hello."), codes.InvalidArgument, "config: the first message must carry the config (a StreamingSynthesisConfig), not text"},
		{"stop first", nil, []*chorusv1.StreamingSynthesizeRequest{stopMsg}, codes.InvalidArgument, "not a stop"},
		{"empty first", nil, []*chorusv1.StreamingSynthesizeRequest{{}}, codes.InvalidArgument, "not an empty message"},
		{"unknown voice", &chorusv1.StreamingSynthesisConfig{Voice: &chorusv1.VoiceSelection{Name: "nobody"}}, nil, codes.NotFound, `config.voice.name: no voice named "nobody"`},
		{"bad rate", &chorusv1.StreamingSynthesisConfig{Audio: &chorusv1.AudioConfig{SpeakingRate: 9}}, nil, codes.InvalidArgument, "config.audio.speaking_rate: 9 is out of range"},
		{"bad chunk", &chorusv1.StreamingSynthesisConfig{Audio: &chorusv1.AudioConfig{ChunkDurationMs: 3}}, nil, codes.InvalidArgument, "config.audio.chunk_duration_ms: 3 ms is out of range"},
		{"bad encoding", &chorusv1.StreamingSynthesisConfig{Audio: &chorusv1.AudioConfig{Encoding: 7}}, nil, codes.InvalidArgument, "config.audio.encoding: unknown encoding 7"},
		{"bad format", &chorusv1.StreamingSynthesisConfig{TextFormat: 9}, nil, codes.InvalidArgument, "config.text_format: unknown text format 9"},
		{"bad pronunciation", &chorusv1.StreamingSynthesisConfig{Pronunciations: []*chorusv1.Pronunciation{{Phrase: "x", Phones: "QQ"}}}, nil, codes.InvalidArgument, "config.pronunciations[0].phones"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := streamAll(ctx, api, tc.cfg, tc.msgs...)
			statusOf(t, err, tc.code, tc.want)
			if r != nil && len(r.chunks) > 0 {
				t.Errorf("%d chunks of audio before the error", len(r.chunks))
			}
		})
	}
}

func TestStreamConfigTwiceAndPieceLimits(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	cfg := &chorusv1.StreamingSynthesisConfig{}
	big := strings.Repeat("word ", MaxStreamPieceBytes/5) // just under a piece
	var many []*chorusv1.StreamingSynthesizeRequest
	for n := 0; n <= MaxStreamTextBytes; n += len(big) {
		many = append(many, textMsg(big))
	}
	for _, tc := range []struct {
		name string
		msgs []*chorusv1.StreamingSynthesizeRequest
		want string
	}{
		{"config again", []*chorusv1.StreamingSynthesizeRequest{textMsg("Hi. "), configMsg(cfg)}, "config: only the first message may carry the config"},
		{"empty message", []*chorusv1.StreamingSynthesizeRequest{textMsg("Hi. "), {}}, "request: an empty message: set text, flush or stop"},
		{"piece too big", texts(strings.Repeat("a", MaxStreamPieceBytes+1)), "text: a piece of 65537 bytes; at most 65536 per message"},
		{"text too long", many, "the limit is 262144 bytes per stream"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := streamAll(ctx, api, cfg, tc.msgs...)
			statusOf(t, err, codes.InvalidArgument, tc.want)
		})
	}
}

// threeSentences is a reply of three sentences, as a model would write it.
var threeSentences = []string{
	"Sure, the total comes to $1,500 for the whole order. ",
	"It ships on Feb. 14, 2027, by courier. ",
	"Is there anything else I can help you with?",
}

// When the pieces end at sentence boundaries, the stream's audio is sample for sample
// Synthesize's for the whole text.
func TestStreamSentenceSplitEqualsSynthesize(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	whole := strings.Join(threeSentences, "")
	want, err := collect(ctx, api, textRequest(whole))
	if err != nil {
		t.Fatal(err)
	}
	got, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, texts(threeSentences...)...)
	if err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(got.format, want.format) {
		t.Errorf("format %v, Synthesize's %v", got.format, want.format)
	}
	if g, w := got.bytes(), want.bytes(); !bytes.Equal(g, w) {
		t.Fatalf("streamed %d bytes differ from Synthesize's %d", len(g), len(w))
	}
	checkChunks(t, got.chunks, int(got.format.GetSampleRateHertz())*DefaultChunkMillis/1000, 2)
	if got.summary.GetTotalSamples() != want.summary.GetTotalSamples() || got.summary.GetStopped() {
		t.Errorf("summary %v, Synthesize's %v", got.summary, want.summary)
	}
}

// Pieces cut anywhere (mid-word, mid-number: "$1," then "500") give the same speech as pieces
// cut at sentence boundaries: the server waits for each sentence to be complete.
func TestStreamPiecesCutAnywhere(t *testing.T) {
	// Without the engine's time policy: a loaded machine could pause a second between two
	// pieces, and the policy would then speak the clause before the pause on its own.
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	eng, err := synth.New(cat, synth.WithStreamWait(0))
	if err != nil {
		t.Fatal(err)
	}
	api := chorusv1.NewChorusClient(serve(t, eng, Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	whole := strings.Join(threeSentences, "")
	ref, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, texts(threeSentences...)...)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 1))
	cuts := [][]string{
		{"Sure, the total comes to $1,", "500 for the whole order. It ships on Feb", ". 14, 2027, by courier. Is there anything else I can help you with?"},
		strings.SplitAfter(whole, " "),
		runePieces(whole, func() int { return 1 }),
		runePieces(whole, func() int { return 1 + rng.IntN(7) }),
	}
	for i, pieces := range cuts {
		if strings.Join(pieces, "") != whole {
			t.Fatalf("cut %d does not put the text back together", i)
		}
		got, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, texts(pieces...)...)
		if err != nil {
			t.Fatalf("cut %d: %v", i, err)
		}
		if !bytes.Equal(got.bytes(), ref.bytes()) {
			t.Errorf("cut %d (%d pieces): %d bytes of audio, the sentence-cut stream %d", i, len(pieces), len(got.bytes()), len(ref.bytes()))
		}
	}
}

// runePieces cuts s into pieces of size() characters.
func runePieces(s string, size func() int) []string {
	var out []string
	rs := []rune(s)
	for len(rs) > 0 {
		n := min(size(), len(rs))
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	return out
}

// The first sentence is spoken before the text is complete: the client sends the second
// sentence only after audio of the first has arrived, so a server that waited for more text
// would never answer (the hang guard would fail the test).
func TestStreamSpeaksBeforeTheTextIsComplete(t *testing.T) {
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	s, err := api.StreamingSynthesize(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(configMsg(&chorusv1.StreamingSynthesisConfig{EnableWordTimings: true})); err != nil {
		t.Fatal(err)
	}
	if err := s.Send(textMsg(threeSentences[0])); err != nil {
		t.Fatal(err)
	}
	r := &streamed{}
	for len(r.chunks) == 0 {
		m, err := s.Recv()
		if err != nil {
			t.Fatalf("waiting for the first sentence's audio: %v", err)
		}
		r.add(m)
	}
	before := len(r.words)
	for _, p := range threeSentences[1:] {
		if err := s.Send(textMsg(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.CloseSend(); err != nil {
		t.Fatal(err)
	}
	if err := r.drain(s); err != nil {
		t.Fatal(err)
	}
	if r.summary == nil {
		t.Fatal("no summary")
	}
	// Every word of the first sentence was timed before its audio; none of the later ones were.
	if before == 0 || before > 10 {
		t.Errorf("%d words timed before the first audio: want the first sentence's, 1–10", before)
	}
	if len(r.words) <= before {
		t.Errorf("no words timed after the first audio")
	}
	whole, err := collect(ctx, api, textRequest(strings.Join(threeSentences, "")))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.bytes(), whole.bytes()) {
		t.Errorf("the stream's %d bytes differ from Synthesize's %d", len(r.bytes()), len(whole.bytes()))
	}
}

// longReply is about 20 minutes of speech: no stream in these tests gets to its end.
var longReply = strings.Repeat("This sentence is repeated to make a long stream of speech. ", 400)

// A StreamStop ends the audio where it is: the summary says stopped, counts exactly the audio
// sent, and that is far less than the whole text's; nothing is left running.
func TestStreamStopEndsAudioAndLeaksNothing(t *testing.T) {
	srv, conn := startServer(t, testkit.Engine(t), Options{})
	api := chorusv1.NewChorusClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	// Warm up: the connection and its transport goroutines exist before the baseline.
	if _, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, textMsg("Warm up.")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the warm-up's slot", func() bool { return running(srv) == 0 })
	before := goroutineIDs()
	for round := range 3 {
		s, err := api.StreamingSynthesize(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Send(configMsg(&chorusv1.StreamingSynthesisConfig{})); err != nil {
			t.Fatal(err)
		}
		// All of it at once: the server holds it and writes it to the engine as it can.
		for _, p := range runePieces(longReply, func() int { return MaxStreamPieceBytes / 2 }) {
			if err := s.Send(textMsg(p)); err != nil {
				t.Fatal(err)
			}
		}
		r := &streamed{}
		for len(r.chunks) < 3 {
			m, err := s.Recv()
			if err != nil {
				t.Fatal(err)
			}
			r.add(m)
		}
		if err := s.Send(stopMsg); err != nil {
			t.Fatal(err)
		}
		if round == 1 {
			// Messages after a stop are ignored (or fail to send once the call has ended).
			_ = s.Send(textMsg("Ignored."))
		}
		if err := r.drain(s); err != nil {
			t.Fatalf("round %d: after the stop: %v", round, err)
		}
		sum := r.summary
		if sum == nil || !sum.GetStopped() {
			t.Fatalf("round %d: summary %v, want stopped", round, sum)
		}
		var got int64
		for _, c := range r.chunks {
			got += int64(len(c.GetAudio()) / 2)
		}
		if sum.GetTotalSamples() != got {
			t.Errorf("round %d: summary counts %d samples, %d arrived", round, sum.GetTotalSamples(), got)
		}
		// 20 minutes of speech would be tens of millions of samples; what was sent before the
		// stop is what filled the transport's buffers, seconds at most.
		if rate := int64(r.format.GetSampleRateHertz()); got > 60*rate {
			t.Errorf("round %d: %d samples (%d s) came: the stop did not stop the audio", round, got, got/rate)
		}
	}
	waitFor(t, "the slots to be released", func() bool { return running(srv) == 0 })
	checkNoNewGoroutines(t, before)
}

// A client that cancels its call (barge-in without a word) frees its slot and leaves nothing
// running, even while the server waits to hand text to the engine.
func TestStreamCancelLeaksNothing(t *testing.T) {
	srv, conn := startServer(t, testkit.Engine(t), Options{})
	api := chorusv1.NewChorusClient(conn)
	if _, err := streamAll(context.Background(), api, &chorusv1.StreamingSynthesisConfig{}, textMsg("Warm up.")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the warm-up's slot", func() bool { return running(srv) == 0 })
	before := goroutineIDs()
	for _, read := range []int{0, 3} {
		ctx, cancel := context.WithCancel(context.Background())
		s, err := api.StreamingSynthesize(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Send(configMsg(&chorusv1.StreamingSynthesisConfig{})); err != nil {
			t.Fatal(err)
		}
		if err := s.Send(textMsg(longReply)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the stream to take its slot", func() bool { return running(srv) == 1 })
		for range read {
			if _, err := s.Recv(); err != nil {
				t.Fatal(err)
			}
		}
		cancel()
		for err = nil; err == nil; _, err = s.Recv() {
		}
		if status.Code(err) != codes.Canceled {
			t.Errorf("after cancel: %v, want CANCELED", err)
		}
		waitFor(t, "the slot to be released", func() bool { return running(srv) == 0 })
	}
	checkNoNewGoroutines(t, before)
}

// countingEngine counts the audio its streams give their sinks.
type countingEngine struct {
	Engine
	samples atomic.Int64
}

func (e *countingEngine) NewStream(ctx context.Context, req synth.Request, sink synth.Sink) (*synth.Stream, error) {
	return e.Engine.NewStream(ctx, req, &countingSink{Sink: sink, n: &e.samples})
}

type countingSink struct {
	synth.Sink
	n *atomic.Int64
}

func (s *countingSink) Audio(p []float32) error {
	s.n.Add(int64(len(p)))
	return s.Sink.Audio(p)
}

// sendBlocked reports whether a stream's sink is waiting in the transport for a client to read.
func sendBlocked() bool {
	for _, g := range goroutines() {
		var send, quota bool
		for _, f := range g.funcs {
			send = send || strings.Contains(f, "(*streamSink).send")
			quota = quota || strings.Contains(f, "(*writeQuota).get")
		}
		if send && quota {
			return true
		}
	}
	return false
}

// A client that sends text but never reads stalls only its own stream: its engine stops at the
// transport's bound and renders nothing more, while another stream on the same connection runs
// to its end.
func TestStreamNotReadingStallsOnlyItself(t *testing.T) {
	eng := &countingEngine{Engine: testkit.Engine(t)}
	api := chorusv1.NewChorusClient(serve(t, eng, Options{}))
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	stalled, err := api.StreamingSynthesize(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stalled.Send(configMsg(&chorusv1.StreamingSynthesisConfig{})); err != nil {
		t.Fatal(err)
	}
	if err := stalled.Send(textMsg(longReply)); err != nil {
		t.Fatal(err)
	}
	// Never read: the server's sends fill the transport, and the sink waits there.
	waitFor(t, "the stalled stream's sink to wait in the transport", sendBlocked)
	held := eng.samples.Load()

	got, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, texts(threeSentences...)...)
	if err != nil {
		t.Fatal(err)
	}
	want, err := collect(ctx, api, textRequest(strings.Join(threeSentences, "")))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.bytes(), want.bytes()) || got.summary == nil {
		t.Fatalf("the other stream gave %d bytes, Synthesize %d", len(got.bytes()), len(want.bytes()))
	}
	// What the stalled stream rendered, before and after the other one ran, is what the
	// transport holds: the client's receive window (grpc-go's flow control grows it, for the
	// connection's traffic, to at most 16 MiB) and the server's 64 KiB write quota, in PCM16 —
	// far less than the 20 minutes of speech it was sent.
	limit := int64(16<<20+64<<10) / 2
	after := eng.samples.Load() - got.summary.GetTotalSamples()
	if held > limit || after > limit {
		t.Errorf("the stalled stream rendered %d samples, then %d; the transport holds at most %d", held, after, limit)
	}
	if held == 0 {
		t.Error("the stalled stream rendered nothing")
	}
	cancel()
}

// A stream goes through the same admission as Synthesize: the per-client rate quota and the
// synthesis slots.
func TestStreamIsAdmittedLikeSynthesize(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	api := chorusv1.NewChorusClient(serve(t, testkit.Engine(t), Options{TokenRate: 0.001, TokenBurst: 1}))
	if _, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, textMsg("One.")); err != nil {
		t.Fatal(err)
	}
	_, err := streamAll(ctx, api, &chorusv1.StreamingSynthesisConfig{}, textMsg("Two."))
	statusOf(t, err, codes.ResourceExhausted, "rate limit: address bufconn may start 0.001 requests a second")

	srv, conn := startServer(t, testkit.Engine(t), Options{MaxConcurrent: 1, MaxQueue: -1})
	api = chorusv1.NewChorusClient(conn)
	s, err := api.StreamingSynthesize(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(configMsg(&chorusv1.StreamingSynthesisConfig{})); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Recv(); err != nil { // the format: the stream holds the slot
		t.Fatal(err)
	}
	if n := running(srv); n != 1 {
		t.Fatalf("%d slots in use, want the stream's", n)
	}
	_, err = collect(ctx, api, textRequest("Refused."))
	statusOf(t, err, codes.ResourceExhausted, "server busy: all 1 synthesis slots are in use")
	if err := s.Send(textMsg("Then speak.")); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseSend(); err != nil {
		t.Fatal(err)
	}
	r := &streamed{}
	if err := r.drain(s); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the slot to be released", func() bool { return running(srv) == 0 })
}
