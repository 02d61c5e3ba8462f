package synth

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/voices"
)

func testEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(cat, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

type keep struct {
	samples []float32
	words   []WordTiming
	calls   int
	onAudio func(k *keep) error
}

func (k *keep) Audio(p []float32) error {
	k.samples = append(k.samples, p...)
	k.calls++
	if k.onAudio != nil {
		return k.onAudio(k)
	}
	return nil
}

func (k *keep) Word(w WordTiming) error { k.words = append(k.words, w); return nil }

// planGroups runs the planner alone over req and returns its groups and the output rate.
func planGroups(t *testing.T, e *Engine, req Request) ([]*group, int) {
	t.Helper()
	parts, rate, err := e.resolve(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var gs []*group
	r := e.newRender(&req, rate, &keep{})
	if err := r.plan(context.Background(), parts, func(g *group) error { gs = append(gs, g); return nil }); err != nil {
		t.Fatal(err)
	}
	return gs, rate
}

// mixedRequest has sentence ends, commas, a short break that glues two sentences onto one
// vocoder, a turn with no gap, and two voices at different native rates.
func mixedRequest() Request {
	return Request{
		SampleRate:  24000,
		WordTimings: true,
		Parts: []Part{
			{Speaker: "A", Text: "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background, then wait. It is easy to tell the depth of a well."},
			{Speaker: "B", Voice: "kal", Text: "These days a chicken leg is a rare dish. Rice is often served in round bowls."},
			{Speaker: "A", Markup: true, Text: `Four hours of steady work<break time="20ms"/> faced us. A large size in stockings is hard to sell.`},
			{Speaker: "A", Text: "The juice of lemons makes fine punch."},
		},
	}
}

func TestPlanGroups(t *testing.T) {
	e := testEngine(t)
	req := mixedRequest()
	gs, _ := planGroups(t, e, req)
	var desc []string
	for _, g := range gs {
		d := g.part.Speaker
		if g.first {
			d += "^"
		}
		if g.fresh {
			d += "*"
		}
		desc = append(desc, d+strings.Repeat(".", len(g.phrases)))
	}
	// A: 3 sentences, the second split at its comma → 4 fresh groups; B: 2; A again: the 20 ms
	// break splits a phrase but keeps its vocoder, then a new sentence; the last turn follows a
	// full sentence pause.
	want := []string{"A^*.", "A*.", "A*.", "A*.", "B^*.", "B*.", "A^*..", "A*.", "A^*."}
	if !reflect.DeepEqual(desc, want) {
		t.Errorf("groups %v, want %v", desc, want)
	}
	for i, g := range gs {
		if g.fresh && g.seed != uint64(i+1) {
			t.Errorf("group %d seed %d, want %d", i, g.seed, i+1)
		}
	}
}

// TestParallelismDoesNotChangeOutput renders the same request on one goroutine and on several:
// samples and word timings must be identical, so prefetching is invisible.
func TestParallelismDoesNotChangeOutput(t *testing.T) {
	req := mixedRequest()
	var ref *keep
	for _, n := range []int{1, 2, 8} {
		k := &keep{}
		if _, err := testEngine(t, WithParallelism(n)).Synthesize(context.Background(), req, k); err != nil {
			t.Fatalf("parallelism %d: %v", n, err)
		}
		if ref == nil {
			ref = k
			if len(k.samples) < 24000*10 || len(k.words) < 50 {
				t.Fatalf("implausible render: %d samples, %d words", len(k.samples), len(k.words))
			}
			continue
		}
		if len(k.samples) != len(ref.samples) {
			t.Fatalf("parallelism %d: %d samples, want %d", n, len(k.samples), len(ref.samples))
		}
		for i := range k.samples {
			if k.samples[i] != ref.samples[i] {
				t.Fatalf("parallelism %d: sample %d = %v, want %v", n, i, k.samples[i], ref.samples[i])
			}
		}
		if !reflect.DeepEqual(k.words, ref.words) {
			t.Errorf("parallelism %d: word timings differ", n)
		}
	}
}

// countingBackends wraps the engine's default back ends so that every vocoder they make counts
// the Render calls in flight in *live.
func countingBackends(live *atomic.Int64) []Option {
	return wrappedBackends(func(v Vocoder) Vocoder { return countingVocoder{v, live} })
}

// wrappedBackends wraps the engine's default back ends so that every vocoder they make is
// wrapped by wrap.
func wrappedBackends(wrap func(Vocoder) Vocoder) []Option {
	var opts []Option
	for name, b := range defaultBackends() {
		opts = append(opts, WithBackend(name, func(rate int, params json.RawMessage) (VocoderFactory, error) {
			mk, err := b(rate, params)
			if err != nil {
				return nil, err
			}
			return func(seed uint64) (Vocoder, error) {
				v, err := mk(seed)
				return wrap(v), err
			}, nil
		}))
	}
	return opts
}

type countingVocoder struct {
	Vocoder
	live *atomic.Int64
}

func (c countingVocoder) Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error {
	c.live.Add(1)
	defer c.live.Add(-1)
	return c.Vocoder.Render(ctx, p, w)
}

// goroutinesBackTo waits until at most base goroutines run, for at most 10 s: a goroutine that
// has signalled its end may still be a few instructions from exiting when Synthesize returns,
// and on a loaded machine that can take a scheduling slice or two. It returns the last count.
func goroutinesBackTo(base int) int {
	deadline := time.Now().Add(10 * time.Second)
	n := runtime.NumGoroutine()
	for n > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// TestStopLeavesNoGoroutines stops renders early (cancel, sink error) and checks that no vocoder
// is still rendering when Synthesize returns (exactly, at the moment it returns), and that the
// planner's and prefetches' goroutines are gone.
func TestStopLeavesNoGoroutines(t *testing.T) {
	var live atomic.Int64
	e := testEngine(t, append(countingBackends(&live), WithParallelism(4))...)
	text := strings.Repeat("Every prefetch must stop when the request stops. ", 60)
	base := runtime.NumGoroutine()

	ctx, cancel := context.WithCancel(context.Background())
	k := &keep{onAudio: func(k *keep) error {
		if k.calls == 5 {
			cancel()
		}
		return nil
	}}
	if _, err := e.Synthesize(ctx, Request{Parts: []Part{{Text: text}}}, k); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n := live.Load(); n != 0 {
		t.Errorf("%d vocoders still rendering after a cancelled render returned", n)
	}
	if n := goroutinesBackTo(base); n > base {
		t.Errorf("%d goroutines after a cancelled render returned, want ≤ %d", n, base)
	}

	stop := errors.New("stop")
	k = &keep{onAudio: func(k *keep) error {
		if k.calls == 40 {
			return stop
		}
		return nil
	}}
	if _, err := e.Synthesize(context.Background(), Request{Parts: []Part{{Text: text}}}, k); !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if n := live.Load(); n != 0 {
		t.Errorf("%d vocoders still rendering after a failed render returned", n)
	}
	if n := goroutinesBackTo(base); n > base {
		t.Errorf("%d goroutines after a failed render returned, want ≤ %d", n, base)
	}
}

// TestStreamsEarly proves that the first audio leaves before the last phrase is planned: at the
// first write to the sink the planner has not finished, and most of the text is not yet planned.
// (A render that plans or renders everything before writing fails it.)
func TestStreamsEarly(t *testing.T) {
	const sentences = 200
	text := strings.Repeat("This sentence is one of many in a long text. ", sentences)
	for _, par := range []int{1, 4} {
		e := testEngine(t, WithParallelism(par))
		req := Request{Parts: []Part{{Text: text}}}
		parts, rate, err := e.resolve(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		var planned atomic.Int64 // phrases emitted by the planner
		var planDone atomic.Bool
		atFirst := int64(-1)
		k := &keep{onAudio: func(k *keep) error {
			if k.calls == 1 {
				atFirst = planned.Load()
				if planDone.Load() {
					atFirst = -2
				}
			}
			return nil
		}}
		r := e.newRender(&req, rate, k)
		err = r.run(context.Background(), func(ctx context.Context, emit func(*group) error) error {
			defer planDone.Store(true)
			return r.plan(ctx, parts, func(g *group) error {
				planned.Add(int64(len(g.phrases)))
				return emit(g)
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		total := planned.Load()
		switch {
		case total < sentences:
			t.Fatalf("parallelism %d: planned %d phrases for %d sentences", par, total, sentences)
		case atFirst == -2:
			t.Errorf("parallelism %d: the planner had finished all %d phrases before the first write", par, total)
		case atFirst < 0:
			t.Errorf("parallelism %d: nothing was written", par)
		case atFirst > total/4:
			// The planner runs ahead by at most a few groups (the queue of prefetches), so at
			// the first write almost all of the text must still be text.
			t.Errorf("parallelism %d: %d of %d phrases planned before the first write", par, atFirst, total)
		}
	}
}

// TestFreshVocodersStartInSilence checks that wherever a group starts on a fresh vocoder the
// audio before the join is silent and the new vocoder starts softly, so the switch cannot click.
func TestFreshVocodersStartInSilence(t *testing.T) {
	e := testEngine(t, WithParallelism(1))
	req := Request{Parts: []Part{{Markup: true, Text: "The birch canoe slid on the smooth planks, and glue the sheet to the dark blue background. " +
		`Oh, it is easy to tell the depth of a well! Four hours of steady work<break time="20ms"/> faced us; then what?`}}}
	gs, rate := planGroups(t, e, req)
	var starts []int
	pos := 0
	for _, g := range gs {
		if g.fresh && pos > 0 {
			starts = append(starts, pos)
		}
		pos += g.samples
	}
	if len(starts) < 4 {
		t.Fatalf("only %d fresh groups after the first", len(starts))
	}
	k := &keep{}
	if _, err := e.Synthesize(context.Background(), req, k); err != nil {
		t.Fatal(err)
	}
	if len(k.samples) != pos {
		t.Fatalf("rendered %d samples, plan has %d", len(k.samples), pos)
	}
	win := rate / 100 // 10 ms
	for _, s := range starts {
		for i := s - win; i < s; i++ {
			if a := k.samples[i]; a > 1e-3 || a < -1e-3 { // −60 dBFS
				t.Errorf("group starting at %d: sample %d = %v, want silence before the join", s, i, a)
				break
			}
		}
		if a := k.samples[s]; a > 0.01 || a < -0.01 {
			t.Errorf("group starting at %d: first sample %v, want a soft start", s, a)
		}
	}
}

// TestShortPauseKeepsVocoder: a turn gap does not count towards a fresh start, only silence the
// old vocoder rendered itself, so a voice cut off 20 ms into its pause keeps its vocoder.
func TestShortPauseKeepsVocoder(t *testing.T) {
	e := testEngine(t)
	req := Request{Parts: []Part{
		{Speaker: "A", Markup: true, Text: `Wait for it<break time="20ms"/>`},
		{Speaker: "A", PauseBefore: 400, Text: "Now."},
	}}
	gs, rate := planGroups(t, e, req)
	if len(gs) != 2 {
		t.Fatalf("%d groups, want one per part", len(gs))
	}
	last := gs[0].phrases[len(gs[0].phrases)-1].ph
	// The case needs the first turn to end with less of its own silence than a fresh start
	// requires; if the planner ever pads a trailing break, this test no longer tests anything.
	trail := last.TrailingSilence()
	if trail >= resetMillis*rate/1000 {
		t.Fatalf("the first turn ends with %d samples of silence, not less than the %d ms reset gap: the case no longer checks a short pause", trail, resetMillis)
	}
	if gs[1].fresh {
		t.Errorf("second turn starts a fresh vocoder after only %d samples of its own silence", trail)
	}
}
