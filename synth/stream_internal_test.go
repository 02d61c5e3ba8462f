package synth

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/voices"
)

// The engine of these tests: streams that never cut on time.
var streamTestEngine = sync.OnceValues(func() (*Engine, error) {
	cat, err := voices.Load()
	if err != nil {
		return nil, err
	}
	return New(cat, WithStreamWait(0))
})

func internalEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := streamTestEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// record is a sink keeping samples and word timings.
type record struct {
	samples []float32
	words   []WordTiming
}

func (r *record) Audio(p []float32) error { r.samples = append(r.samples, p...); return nil }
func (r *record) Word(w WordTiming) error { r.words = append(r.words, w); return nil }

// stepper writes pieces to a stream one at a time, each only once the stream has looked at all
// the text before it and found nothing more to speak: the stream sees every prefix the pieces
// make, the hardest case for its sentence finding.
type stepper struct {
	seen chan int
}

func newStepper() *stepper { return &stepper{seen: make(chan int, 64)} }

func (st *stepper) onIdle(seen int) { st.seen <- seen }

func (st *stepper) write(t testing.TB, s *Stream, written *int, piece string) {
	t.Helper()
	if err := s.Write(piece); err != nil {
		t.Fatalf("Write(%q): %v", piece, err)
	}
	*written += len(piece)
	timeout := time.After(30 * time.Second)
	for {
		select {
		case n := <-st.seen:
			if n >= *written {
				return
			}
		case <-s.Done():
			_, err := s.Close()
			t.Fatalf("the stream ended after %d bytes: %v", *written, err)
		case <-timeout:
			t.Fatalf("the stream did not look at %d bytes", *written)
		}
	}
}

// streamSteps streams pieces step by step and returns the output.
func streamSteps(t testing.TB, e *Engine, req Request, pieces []string) *record {
	t.Helper()
	st := newStepper()
	rec := &record{}
	s, err := e.newStream(context.Background(), req, rec, st.onIdle)
	if err != nil {
		t.Fatal(err)
	}
	written := 0
	// The planner reports once before any text.
	for _, p := range pieces {
		st.write(t, s, &written, p)
	}
	go func() { // Close's last looks are not waited for
		for range st.seen {
		}
	}()
	if _, err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	close(st.seen)
	return rec
}

var fuzzTexts = []string{
	"Dr. Lee paid $1,500 on Feb. 14, 1990. It was a lot! Was it? The café's naïve owner said “no”.",
	"The U.S. team won. Then they left at 5 p.m. EST on Monday. See No. 14 on Elm Ave. NW for more.",
	"First line here.\n\nA new paragraph; it has 3.5 km of road, and 555-1234 to call.\n- Buy milk.\n- Call mom.",
	"Is it 9:05 am? Yes… it is. She said: “Go!” Then, at 10 a.m. The meeting began.",
}

func oneShotRecord(t testing.TB, e *Engine, req Request, text string) *record {
	t.Helper()
	req.Parts = []Part{req.Parts[0]}
	req.Parts[0].Text = text
	rec := &record{}
	if _, err := e.Synthesize(context.Background(), req, rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

func compareRecords(t testing.TB, got, want *record) {
	t.Helper()
	if len(got.words) != len(want.words) {
		t.Fatalf("%d words, one-shot %d:\n%v\n%v", len(got.words), len(want.words), got.words, want.words)
	}
	for i := range got.words {
		if got.words[i] != want.words[i] {
			t.Fatalf("word %d: %+v, one-shot %+v", i, got.words[i], want.words[i])
		}
	}
	if len(got.samples) != len(want.samples) {
		t.Fatalf("%d samples, one-shot %d", len(got.samples), len(want.samples))
	}
	for i := range got.samples {
		if got.samples[i] != want.samples[i] {
			t.Fatalf("sample %d: %g, one-shot %g", i, got.samples[i], want.samples[i])
		}
	}
}

// piecesOf cuts s into pieces whose lengths come from cuts (each 1 to 16 bytes, cycling).
func piecesOf(s string, cuts []byte) []string {
	if len(cuts) == 0 {
		return []string{s}
	}
	var out []string
	for i := 0; len(s) > 0; i++ {
		k := min(int(cuts[i%len(cuts)]%16)+1, len(s))
		out = append(out, s[:k])
		s = s[k:]
	}
	return out
}

var oneShots sync.Map // fuzzTexts index → *record

// FuzzStreamPieces streams the texts cut at random points, each piece seen on its own: the
// words and samples are those of the one-shot render.
func FuzzStreamPieces(f *testing.F) {
	for k := range fuzzTexts {
		f.Add(uint8(k), []byte{0}) // byte by byte
	}
	f.Add(uint8(1), []byte{3, 7, 1})
	f.Add(uint8(2), []byte{5, 0, 15})
	f.Add(uint8(3), []byte{1, 2})
	f.Add(uint8(1), []byte{24, 0, 2})
	f.Fuzz(func(t *testing.T, which uint8, cuts []byte) {
		e := internalEngine(t)
		k := int(which) % len(fuzzTexts)
		req := Request{Parts: []Part{{}}, WordTimings: true}
		want, ok := oneShots.Load(k)
		if !ok {
			want, _ = oneShots.LoadOrStore(k, oneShotRecord(t, e, req, fuzzTexts[k]))
		}
		got := streamSteps(t, e, req, piecesOf(fuzzTexts[k], cuts))
		compareRecords(t, got, want.(*record))
	})
}

// gate is a sink whose Audio blocks until open is closed.
type gate struct {
	open    chan struct{}
	entered chan struct{} // closed at the first Audio call
	once    sync.Once
	n       int
}

func (g *gate) Audio(p []float32) error {
	g.once.Do(func() { close(g.entered) })
	<-g.open
	g.n += len(p)
	return nil
}

func (g *gate) Word(WordTiming) error { return nil }

// TestStreamBackPressure: with the sink stalled, Write blocks once StreamMaxPending bytes are
// pending and never lets more pile up; another stream on the same engine is not stalled.
func TestStreamBackPressure(t *testing.T) {
	e := internalEngine(t)
	g := &gate{open: make(chan struct{}), entered: make(chan struct{})}
	s, err := e.NewStream(context.Background(), Request{Parts: []Part{{}}}, g)
	if err != nil {
		t.Fatal(err)
	}
	sentence := "This sentence is one of very many that a fast writer sends. "
	total := 3 * StreamMaxPending
	wrote := make(chan error, 1)
	go func() {
		var err error
		for n := 0; n < total && err == nil; n += len(sentence) {
			err = s.Write(sentence)
		}
		wrote <- err
	}()
	select {
	case <-g.entered:
	case <-time.After(30 * time.Second):
		t.Fatal("no audio")
	}
	// Bounded polling: the pending text reaches the bound, and stays at it.
	deadline := time.Now().Add(30 * time.Second)
	for {
		s.mu.Lock()
		n := len(s.in)
		s.mu.Unlock()
		if n > StreamMaxPending {
			t.Fatalf("%d bytes pending, more than %d", n, StreamMaxPending)
		}
		if n == StreamMaxPending {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pending text stuck at %d bytes", n)
		}
		runtime.Gosched()
	}
	select {
	case err := <-wrote:
		t.Fatalf("Write returned (%v) while the sink was stalled", err)
	default:
	}
	// Another stream is not held up by this one's sink.
	other := &record{}
	s2, err := e.NewStream(context.Background(), Request{Parts: []Part{{}}, WordTimings: true}, other)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.Write("Another stream speaks. "); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Close(); err != nil || len(other.samples) == 0 {
		t.Fatalf("the other stream: %v, %d samples", err, len(other.samples))
	}
	// Released and cancelled, the stream ends and the blocked Write returns its error.
	close(g.open)
	s.Cancel()
	if err := <-wrote; err == nil {
		t.Error("Write into a cancelled stream succeeded")
	}
	if _, err := s.Close(); err == nil {
		t.Error("Close after Cancel succeeded")
	}
}

// TestCompletePrefix lists what the stream takes for complete sentences.
func TestCompletePrefix(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // the complete prefix
	}{
		{"Hello there. T", "Hello there. "},
		{"Hello there. ", "Hello there. "},
		{"Hello there.", ""},   // "there.com"? wait for a space
		{"Hello there. t", ""}, // a lower-case word goes on the sentence
		{"I met Dr. ", ""},     // "Dr. Lee"
		{"I met Dr. L", ""},    // the name is not finished
		{"I met Dr. Lee. ", "I met Dr. Lee. "},
		{"We left at 5 p.m. E", ""},      // "EST"
		{"We left at 5 p.m. ET ", ""},    // a time zone: no end
		{"Hello.\n", ""},                 // a blank line may follow
		{"Hello.\n\nNext", "Hello.\n\n"}, // a paragraph
		{"- Buy milk\n", ""},             // a bullet may follow
		{"It cost $1,", ""},
		{"One. Two. Thr", "One. Two. "},
		{"", ""},
	} {
		if got := tc.s[:completePrefix(tc.s)]; got != tc.want {
			t.Errorf("%q: complete %q, want %q", tc.s, got, tc.want)
		}
	}
	if got := clauseCut("one two, three four", false); got != len("one two,") {
		t.Errorf("clause cut at %d", got)
	}
	if got := clauseCut("one two three four", true); got != len("one two three") {
		t.Errorf("word cut at %d", got)
	}
}

// TestStreamSSMLSteps streams an SSML document byte by byte, each prefix seen on its own: cuts
// fall inside <p>, <voice> and <prosody>, which each piece opens again. The words, their sources
// and speakers, and the marks are the one-shot document's.
func TestStreamSSMLSteps(t *testing.T) {
	e := internalEngine(t)
	doc := `<speak><p><s>Hello <mark name="a"/>there.</s> <s>How are you?</s></p>` +
		`<voice name="ava"><prosody rate="slow">I am fine. Thanks for asking. <mark name="b"/>Really.</prosody></voice>` +
		`<p>Say <say-as interpret-as="characters">TTS</say-as>. Bye.</p><sub alias="sir">Sr. Thanks. Yes</sub>.</speak>`
	req := Request{Parts: []Part{{SSML: true}}, WordTimings: true, Events: EventMarks}
	want := &markRecord{}
	req1 := req
	req1.Parts = []Part{{SSML: true, Text: doc}}
	if _, err := e.Synthesize(context.Background(), req1, want); err != nil {
		t.Fatal(err)
	}
	st := newStepper()
	got := &markRecord{}
	s, err := e.newStream(context.Background(), req, got, st.onIdle)
	if err != nil {
		t.Fatal(err)
	}
	written := 0
	for i := range len(doc) {
		st.write(t, s, &written, doc[i:i+1])
	}
	go func() {
		for range st.seen {
		}
	}()
	if _, err := s.Close(); err != nil {
		t.Fatal(err)
	}
	close(st.seen)
	if len(got.words) != len(want.words) {
		t.Fatalf("words %v, one-shot %v", got.words, want.words)
	}
	for i, w := range got.words {
		o := want.words[i]
		if w.Word != o.Word || w.TextStart != o.TextStart || w.TextEnd != o.TextEnd || w.Speaker != o.Speaker {
			t.Errorf("word %+v, one-shot %+v", w, o)
		}
	}
	if strings.Join(got.marks, ",") != "a,b" || strings.Join(want.marks, ",") != "a,b" {
		t.Errorf("marks %v, one-shot %v", got.marks, want.marks)
	}
}

type markRecord struct {
	record
	marks []string
}

func (m *markRecord) Event(e Event) error {
	m.marks = append(m.marks, e.Name)
	return nil
}

// TestStreamSSMLSpeaksClosedSentence: a closed <s> is a complete sentence without punctuation.
func TestStreamSSMLSpeaksClosedSentence(t *testing.T) {
	g := &gate{open: make(chan struct{}), entered: make(chan struct{})}
	close(g.open)
	s, err := internalEngine(t).NewStream(context.Background(), Request{Parts: []Part{{SSML: true}}}, g)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Cancel()
	if err := s.Write(`<speak><s>No punctuation here</s>`); err != nil {
		t.Fatal(err)
	}
	select {
	case <-g.entered:
	case <-time.After(30 * time.Second):
		t.Fatal("a closed <s> was not spoken before more text")
	}
}

// TestStreamWaitClock drives the wait policy with a clock of its own: an unfinished sentence
// with a clause boundary is cut there once the text has been idle for the wait, or pending for
// StreamMaxWaits waits while text trickles in; one without waits on.
func TestStreamWaitClock(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	wait := time.Second
	for _, tc := range []struct {
		name        string
		text        string
		since, last time.Duration // after t0
		now         time.Duration
		want        string        // the piece cut, "" for none
		due         time.Duration // when to look again (-1: not before more text)
	}{
		{"idle, not yet", "One two three, four", 0, 0, 999 * time.Millisecond, "", wait},
		{"idle", "One two three, four", 0, 0, wait, "One two three,", -1},
		{"trickling, not yet", "One two three, four", 0, 3500 * time.Millisecond, 3900 * time.Millisecond, "", StreamMaxWaits * wait},
		{"trickling", "One two three, four", 0, 3500 * time.Millisecond, StreamMaxWaits * wait, "One two three,", -1},
		{"no clause boundary", "One two three four", 0, 0, 10 * wait, "", -1},
		{"complete sentence", "One two. Three", 0, 0, 0, "One two. ", -1},
	} {
		s := &Stream{wait: wait, in: []byte(tc.text), since: t0.Add(tc.since), last: t0.Add(tc.last)}
		pc, due, err := s.next(t0.Add(tc.now))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := ""
		if pc != nil {
			got = pc.text
		}
		if got != tc.want {
			t.Errorf("%s: cut %q, want %q", tc.name, got, tc.want)
		}
		if tc.due >= 0 && !due.Equal(t0.Add(tc.due)) || tc.due < 0 && !due.IsZero() {
			t.Errorf("%s: due %v, want %v after t0", tc.name, due.Sub(t0), tc.due)
		}
		if pc != nil && pc.cut != (tc.name != "complete sentence") {
			t.Errorf("%s: cut flag %v", tc.name, pc.cut)
		}
	}
}
