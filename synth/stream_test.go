package synth_test

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/text"
	"github.com/chorus-tts/chorus/voices"
)

// streamEngine is an engine whose streams never cut on time (WithStreamWait(0)), so what they
// speak depends on the text alone, however slowly a loaded machine runs the test.
var streamEngine = sync.OnceValues(func() (*synth.Engine, error) {
	cat, err := voices.Load()
	if err != nil {
		return nil, err
	}
	return synth.New(cat, synth.WithStreamWait(0))
})

func sengine(t testing.TB) *synth.Engine {
	t.Helper()
	e, err := streamEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// hangGuard bounds the waits of these tests: never reached unless the stream hangs.
const hangGuard = 30 * time.Second

// streamText writes pieces to a new stream of e for req and closes it.
func streamText(t testing.TB, e *synth.Engine, req synth.Request, pieces []string) (*eventRecorder, synth.Summary) {
	t.Helper()
	rec := &eventRecorder{}
	st, err := e.NewStream(context.Background(), req, rec)
	if err != nil {
		t.Fatalf("NewStream: %v", err)
	}
	for _, p := range pieces {
		if err := st.Write(p); err != nil {
			t.Fatalf("Write(%q): %v", p, err)
		}
	}
	sum, err := st.Close()
	if err != nil {
		t.Fatalf("Close: %v", err)
	}
	return rec, sum
}

func oneShot(t testing.TB, e *synth.Engine, req synth.Request, s string) (*eventRecorder, synth.Summary) {
	t.Helper()
	req.Parts = []synth.Part{req.Parts[0]}
	req.Parts[0].Text = s
	rec := &eventRecorder{}
	sum, err := e.Synthesize(context.Background(), req, rec)
	if err != nil {
		t.Fatalf("Synthesize: %v", err)
	}
	return rec, sum
}

// sameOutput compares two renders sample for sample, word for word and event for event.
func sameOutput(t testing.TB, what string, got, want *eventRecorder) {
	t.Helper()
	if len(got.Samples) != len(want.Samples) {
		t.Fatalf("%s: %d samples, one-shot %d", what, len(got.Samples), len(want.Samples))
	}
	for i := range got.Samples {
		if got.Samples[i] != want.Samples[i] {
			t.Fatalf("%s: sample %d differs: %g vs %g", what, i, got.Samples[i], want.Samples[i])
		}
	}
	if len(got.Words) != len(want.Words) {
		t.Fatalf("%s: words %q, one-shot %q", what, words(got.Words), words(want.Words))
	}
	for i := range got.Words {
		if got.Words[i] != want.Words[i] {
			t.Fatalf("%s: word %d: %+v, one-shot %+v", what, i, got.Words[i], want.Words[i])
		}
	}
	if len(got.Events) != len(want.Events) {
		t.Fatalf("%s: %d events, one-shot %d", what, len(got.Events), len(want.Events))
	}
	for i := range got.Events {
		if got.Events[i] != want.Events[i] {
			t.Fatalf("%s: event %d: %+v, one-shot %+v", what, i, got.Events[i], want.Events[i])
		}
	}
}

const streamSample = "Dr. Lee paid $1,500 on Feb. 14, 1990. It was a lot! Was it? The café's naïve owner said “no”.\n\nA new paragraph starts here; it has 3.5 km of road, and 555-1234 to call. " +
	"The U.S. team won. Then they left at 5 p.m. EST on Monday."

// sentencePieces cuts s where the one-shot splitter ends its sentences.
func sentencePieces(s string) []string {
	var out []string
	prev := 0
	spans := text.SentenceSpans(s)
	for i := 1; i < len(spans); i++ {
		out = append(out, s[prev:spans[i].Start])
		prev = spans[i].Start
	}
	return append(out, s[prev:])
}

func TestStreamSentencePiecesMatchOneShot(t *testing.T) {
	e := sengine(t)
	for _, req := range []synth.Request{
		{Parts: []synth.Part{{}}, WordTimings: true, Events: synth.EventPhonemes | synth.EventVisemes},
		{Parts: []synth.Part{{Voice: "kal", Speaker: "K"}}, SampleRate: 22050, WordTimings: true, Rate: 1.4},
		{Parts: []synth.Part{{Voice: "ava", Style: "cheerful", PauseBefore: 200}}, GainDB: -4, PitchSemitones: 2},
	} {
		pieces := sentencePieces(streamSample)
		if len(pieces) < 6 {
			t.Fatalf("only %d sentences", len(pieces))
		}
		got, gsum := streamText(t, e, req, pieces)
		want, wsum := oneShot(t, e, req, streamSample)
		sameOutput(t, "sentence pieces "+req.Parts[0].Voice, got, want)
		if gsum.Samples != wsum.Samples || gsum.SampleRate != wsum.SampleRate {
			t.Errorf("summary %+v, one-shot %+v", gsum, wsum)
		}
	}
}

// TestStreamSplitAnywhere cuts the text every n bytes (mid-word, mid-number, mid-UTF-8): with no
// time cuts, the stream still says exactly what one-shot says.
func TestStreamSplitAnywhere(t *testing.T) {
	e := sengine(t)
	req := synth.Request{Parts: []synth.Part{{}}, WordTimings: true}
	want, _ := oneShot(t, e, req, streamSample)
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		var pieces []string
		for s := streamSample; len(s) > 0; {
			k := min(n, len(s))
			pieces = append(pieces, s[:k])
			s = s[k:]
		}
		got, _ := streamText(t, e, req, pieces)
		sameOutput(t, "pieces of "+string(rune('0'+n%10)), got, want)
	}
	// "$1," then "500": one number.
	got, _ := streamText(t, e, req, []string{"It cost $1,", "500 in all. Then", " more."})
	if w := words(got.Words); w != "It cost $1,500 in all. Then more." {
		t.Errorf("words %q", w)
	}
}

// firstAudio is a sink that reports its first Audio call.
type firstAudio struct {
	testkit.Recorder
	once  sync.Once
	first chan struct{}
	said  chan string // every word timing's word, as it comes
	mu    sync.Mutex
}

func newFirstAudio() *firstAudio {
	return &firstAudio{first: make(chan struct{}), said: make(chan string, 4096)}
}

// waitWord waits for the word w to be spoken, failing the test if it never is.
func (f *firstAudio) waitWord(t *testing.T, w string) {
	t.Helper()
	timeout := time.After(hangGuard)
	for {
		select {
		case got := <-f.said:
			if got == w {
				return
			}
		case <-timeout:
			t.Fatalf("%q was not spoken; words so far %q", w, f.words())
		}
	}
}

func (f *firstAudio) Audio(p []float32) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.once.Do(func() { close(f.first) })
	return f.Recorder.Audio(p)
}

func (f *firstAudio) Word(w synth.WordTiming) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	select {
	case f.said <- w.Word:
	default:
	}
	return f.Recorder.Word(w)
}

func (f *firstAudio) words() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return words(f.Words)
}

// waitFirst waits for the sink's first audio, failing the test if the stream never speaks.
func waitFirst(t *testing.T, f *firstAudio, what string) {
	t.Helper()
	select {
	case <-f.first:
	case <-time.After(hangGuard):
		t.Fatalf("%s: no audio before Close", what)
	}
}

func TestStreamSpeaksCompleteSentencesAtOnce(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"next word started", "The first sentence is here. T"},
		{"space after the end", "The first sentence is here. "},
		{"question", "Is it here? "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFirstAudio()
			st, err := sengine(t).NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, WordTimings: true}, f)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Write(tc.text); err != nil {
				t.Fatal(err)
			}
			waitFirst(t, f, tc.text)
			st.Cancel()
		})
	}
}

func TestStreamWaitsForUndecidedSentenceEnds(t *testing.T) {
	// "Dr. " may go on ("Dr. Lee"): nothing is spoken until the next word decides. The stream is
	// then flushed, and the words show what was held.
	f := newFirstAudio()
	st, err := sengine(t).NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, WordTimings: true}, f)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write("I met Dr. "); err != nil {
		t.Fatal(err)
	}
	if err := st.Write("Lee today. "); err != nil {
		t.Fatal(err)
	}
	waitFirst(t, f, "Dr. Lee")
	if _, err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if w := f.words(); w != "I met Dr. Lee today." {
		t.Errorf("words %q: Dr. was taken for a sentence end", w)
	}
}

func TestStreamFlush(t *testing.T) {
	f := newFirstAudio()
	st, err := sengine(t).NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, WordTimings: true}, f)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write("Hello there my"); err != nil {
		t.Fatal(err)
	}
	if err := st.Flush(); err != nil {
		t.Fatal(err)
	}
	waitFirst(t, f, "flush")
	if err := st.Write(" friend."); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if w := f.words(); w != "Hello there my friend." {
		t.Errorf("words %q", w)
	}
}

func TestStreamWaitPolicy(t *testing.T) {
	t.Run("length", func(t *testing.T) {
		// A clause longer than StreamClauseBytes without a sentence end is spoken at its last
		// comma, with no time cuts at all.
		long := strings.Repeat("and then some more words ", 12) + "a comma here, then more words"
		if len(long) < synth.StreamClauseBytes {
			t.Fatalf("text of %d bytes", len(long))
		}
		f := newFirstAudio()
		st, err := sengine(t).NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, WordTimings: true}, f)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Write(long); err != nil {
			t.Fatal(err)
		}
		f.waitWord(t, "here,")
		st.Cancel()
		if w := f.words(); !strings.HasSuffix(w, "here,") {
			t.Errorf("spoken before the end: %q, want up to the comma", w)
		}
	})
	t.Run("time", func(t *testing.T) {
		cat, err := voices.Load()
		if err != nil {
			t.Fatal(err)
		}
		e, err := synth.New(cat, synth.WithStreamWait(20*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		f := newFirstAudio()
		st, err := e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, WordTimings: true}, f)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Write("One two three, four five"); err != nil {
			t.Fatal(err)
		}
		f.waitWord(t, "three,")
		st.Cancel()
		if w := f.words(); w != "One two three," {
			t.Errorf("spoken after the wait: %q, want the complete clause", w)
		}
	})
}

// blockingSink blocks every Audio call until release is closed, and records whether any call
// came after the test said it must not.
type blockingSink struct {
	release chan struct{}
	calls   chan struct{}
	mu      sync.Mutex
	after   bool // a call after forbid
	forbid  bool
}

func (b *blockingSink) Audio(p []float32) error {
	b.note()
	select {
	case b.calls <- struct{}{}:
	default:
	}
	<-b.release
	return nil
}

func (b *blockingSink) Word(synth.WordTiming) error { b.note(); return nil }

func (b *blockingSink) note() {
	b.mu.Lock()
	b.after = b.after || b.forbid
	b.mu.Unlock()
}

func TestStreamCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	// A sink that takes audio at once, cancelled mid-way through a long text.
	var mu sync.Mutex
	calls, forbid, after := 0, false, false
	sink := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error {
		mu.Lock()
		defer mu.Unlock()
		calls++
		after = after || forbid
		return nil
	}}
	st, err := sengine(t).NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}}, sinkFunc{sink, &mu})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if err := st.Write("This is one of many sentences that keep the stream busy. "); err != nil {
			t.Fatal(err)
		}
	}
	st.Cancel()
	select {
	case <-st.Done():
	default:
		t.Error("Cancel returned before the stream's goroutine (the only caller of the sink) ended")
	}
	mu.Lock()
	forbid = true
	mu.Unlock()
	sum, err := st.Close()
	if !errors.Is(err, context.Canceled) || !errors.Is(err, synth.ErrStreamCanceled) {
		t.Errorf("Close after Cancel: %v", err)
	}
	mu.Lock()
	if sum.Samples != int64(len(sink.Samples)) || sum.SampleRate == 0 {
		t.Errorf("totals after Cancel: %+v; the sink got %d samples", sum, len(sink.Samples))
	}
	mu.Unlock()
	if err := st.Write("more"); err == nil {
		t.Error("Write after Close succeeded")
	}
	mu.Lock()
	if after {
		t.Error("the sink was called after Cancel returned")
	}
	mu.Unlock()
	waitGoroutines(t, before)
}

// sinkFunc serialises a Recorder (its OnAudio takes the lock itself).
type sinkFunc struct {
	r  *testkit.Recorder
	mu *sync.Mutex
}

func (s sinkFunc) Audio(p []float32) error       { return s.r.Audio(p) }
func (s sinkFunc) Word(w synth.WordTiming) error { return s.r.Word(w) }

// waitGoroutines waits, bounded, for the goroutine count to come back to n.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines, %d before:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		runtime.Gosched()
	}
}

func TestStreamCancelWhileSinkBlocks(t *testing.T) {
	before := runtime.NumGoroutine()
	b := &blockingSink{release: make(chan struct{}), calls: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := sengine(t).NewStream(ctx, synth.Request{Parts: []synth.Part{{}}}, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write("A sentence to speak. And another. "); err != nil {
		t.Fatal(err)
	}
	select {
	case <-b.calls:
	case <-time.After(hangGuard):
		t.Fatal("no audio")
	}
	// The sink is blocked in Audio: Cancel waits for that call, then no other comes.
	done := make(chan struct{})
	go func() { st.Cancel(); close(done) }()
	close(b.release)
	<-done
	b.mu.Lock()
	b.forbid = true
	b.mu.Unlock()
	if _, err := st.Close(); !errors.Is(err, context.Canceled) {
		t.Errorf("Close: %v", err)
	}
	b.mu.Lock()
	if b.after {
		t.Error("sink called after Cancel returned")
	}
	b.mu.Unlock()
	waitGoroutines(t, before)
}

func TestStreamErrors(t *testing.T) {
	e := sengine(t)
	if _, err := e.NewStream(context.Background(), synth.Request{}, &testkit.Recorder{}); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("no part: %v", err)
	}
	if _, err := e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{Voice: "nobody"}}}, &testkit.Recorder{}); !errors.Is(err, synth.ErrNotFound) {
		t.Errorf("unknown voice: %v", err)
	}
	if _, err := e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}, Rate: 9}, &testkit.Recorder{}); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("bad rate: %v", err)
	}
	// Invalid UTF-8 in the middle fails the stream; a sequence split across pieces does not.
	st, err := e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}}, &testkit.Recorder{})
	if err != nil {
		t.Fatal(err)
	}
	_ = st.Write("Bad \xff byte here. ")
	if _, err := st.Close(); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("invalid UTF-8: %v", err)
	}
	st, err = e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{}}}, &testkit.Recorder{})
	if err != nil {
		t.Fatal(err)
	}
	_ = st.Write("   ")
	if _, err := st.Close(); !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("nothing to say: %v", err)
	}
	if !utf8.ValidString(streamSample) {
		t.Fatal("sample is not UTF-8")
	}
}

func TestStreamSSML(t *testing.T) {
	e := sengine(t)
	doc := `<speak><p><s>Hello <mark name="a"/>there.</s> <s>How are you?</s></p>` +
		`<voice name="ava"><prosody rate="slow">I am fine. Thanks for asking.</prosody></voice>` +
		`<p>Say <say-as interpret-as="characters">TTS</say-as>. Bye.</p></speak>`
	req := synth.Request{Parts: []synth.Part{{SSML: true}}, WordTimings: true, Events: synth.EventMarks}
	want, _ := oneShot(t, e, req, doc)
	for _, n := range []int{1, 7, 40, len(doc)} {
		got, _ := streamText(t, e, req, piecesOfSize(doc, n))
		if words(got.Words) != words(want.Words) {
			t.Errorf("pieces of %d: words %q, one-shot %q", n, words(got.Words), words(want.Words))
		}
		for i, w := range got.Words {
			if i < len(want.Words) && (w.TextStart != want.Words[i].TextStart || w.TextEnd != want.Words[i].TextEnd || w.Speaker != want.Words[i].Speaker) {
				t.Errorf("pieces of %d: word %+v, one-shot %+v", n, w, want.Words[i])
			}
		}
		if len(got.Events) != 1 || got.Events[0].Name != "a" {
			t.Errorf("pieces of %d: events %+v", n, got.Events)
		}
	}
	// An error names its line and column in the stream's text.
	st, err := e.NewStream(context.Background(), synth.Request{Parts: []synth.Part{{SSML: true}}}, &testkit.Recorder{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"<speak><s>One.</s>\n<s>Two.</s>\n", "  <blink>x</blink></speak>"} {
		if err := st.Write(p); err != nil {
			break
		}
	}
	_, err = st.Close()
	if err == nil || !strings.Contains(err.Error(), "line 3, column 3") {
		t.Errorf("error %v: want line 3, column 3", err)
	}
}

// piecesOfSize cuts doc into pieces of n bytes (the last shorter), as a stream of text arrives.
func piecesOfSize(doc string, n int) []string {
	var pieces []string
	for s := doc; len(s) > 0; {
		k := min(n, len(s))
		pieces = append(pieces, s[:k])
		s = s[k:]
	}
	return pieces
}
