package synth

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/formant"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// renderedBackends wraps the default back ends so that every vocoder they make adds the samples
// of each phrase it renders to *n, whether the phrase is streamed or rendered ahead.
func renderedBackends(n *atomic.Int64) []Option {
	return wrappedBackends(func(v Vocoder) Vocoder { return renderedVocoder{v, n} })
}

type renderedVocoder struct {
	Vocoder
	n *atomic.Int64
}

func (c renderedVocoder) Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error {
	c.n.Add(int64(p.Samples()))
	return c.Vocoder.Render(ctx, p, w)
}

// breaks is the probe's first case, shortened: "a" and a ten-second break, n times (each about
// 10.3 s of audio).
func breaks(n int) Part {
	return Part{Text: strings.Repeat(`a<break time="10s"/>`, n), Markup: true}
}

// turns is the probe's second case, shortened: n turns of one voice at rate 0.25, each after a
// pause of 10 s.
func turns(n int) Request {
	req := Request{Rate: MinRate}
	for range n {
		req.Parts = append(req.Parts, Part{Speaker: "A", Text: "Hello there, how are you today?", PauseBefore: MaxPauseMillis})
	}
	return req
}

// The audio cap stops a request whose audio would run past it, with an *AudioLimitError, before
// rendering the phrase that would cross it: the vocoders never render past the cap (the prefetch
// included), the sink gets at most the cap, and it got audio up to near the cap (the cap is
// enforced as the audio is produced, not checked up front).
func TestAudioLimit(t *testing.T) {
	const limit = 45 * time.Second
	for name, req := range map[string]Request{
		"breaks": {Parts: []Part{breaks(40)}},
		"turns":  turns(20),
	} {
		t.Run(name, func(t *testing.T) {
			var rendered atomic.Int64
			e := testEngine(t, append(renderedBackends(&rendered), WithParallelism(4))...)
			req.MaxAudio = limit
			k := &keep{}
			sum, err := e.Synthesize(context.Background(), req, k)
			var le *AudioLimitError
			if !errors.As(err, &le) || le.Limit != limit {
				t.Fatalf("err = %v, want an *AudioLimitError for %v", err, limit)
			}
			if !errors.Is(err, ErrTooLong) || !errors.Is(err, ErrInvalidArgument) {
				t.Errorf("%v is not ErrTooLong and ErrInvalidArgument", err)
			}
			if want := "the audio would last longer than 45s, the most one request may produce"; !strings.Contains(err.Error(), want) {
				t.Errorf("message %q lacks %q", err, want)
			}
			rate := int64(sum.SampleRate)
			capSamples := int64(limit/time.Second) * rate
			if got := int64(len(k.samples)); got != sum.Samples || got > capSamples {
				t.Errorf("the sink got %d samples (summary %d), the cap is %d", got, sum.Samples, capSamples)
			}
			if r := rendered.Load(); r > capSamples {
				t.Errorf("the vocoders rendered %d samples, past the cap of %d", r, capSamples)
			}
			// One phrase short of the cap at most: a phrase of these requests lasts under 12 s.
			if min := capSamples - 12*rate; int64(len(k.samples)) < min {
				t.Errorf("the sink got %d samples before the error, want at least %d: the cap must stop the audio where it is reached", len(k.samples), min)
			}
		})
	}
}

// The smaller of the engine's bound and the request's applies; without either, nothing is
// bounded; a request under its bound renders exactly as without one.
func TestAudioLimitSources(t *testing.T) {
	req := Request{Parts: []Part{breaks(5)}} // about 52 s
	free := testEngine(t)
	k := &keep{}
	sum, err := free.Synthesize(context.Background(), req, k)
	if err != nil {
		t.Fatalf("without a bound: %v", err)
	}
	if s := sum.Seconds(); s < 50 {
		t.Fatalf("the request lasts %.1f s, want over 50 s for the cases below", s)
	}
	for _, tc := range []struct {
		engine, request, want time.Duration // want 0: no error
	}{
		{engine: 30 * time.Second, want: 30 * time.Second},
		{request: 30 * time.Second, want: 30 * time.Second},
		{engine: 20 * time.Second, request: 30 * time.Second, want: 20 * time.Second},
		{engine: 30 * time.Second, request: 20 * time.Second, want: 20 * time.Second},
		{engine: time.Hour, request: 2 * time.Minute},
		{engine: time.Minute},
		{request: time.Minute},
	} {
		e := testEngine(t, WithMaxAudio(tc.engine))
		r := req
		r.MaxAudio = tc.request
		got := &keep{}
		_, err := e.Synthesize(context.Background(), r, got)
		var le *AudioLimitError
		switch {
		case tc.want == 0 && err != nil:
			t.Errorf("engine %v, request %v: %v, want no error", tc.engine, tc.request, err)
		case tc.want == 0 && !equalSamples(got.samples, k.samples):
			t.Errorf("engine %v, request %v: the audio differs from an unbounded render", tc.engine, tc.request)
		case tc.want != 0 && (!errors.As(err, &le) || le.Limit != tc.want):
			t.Errorf("engine %v, request %v: %v, want the limit %v", tc.engine, tc.request, err, tc.want)
		}
	}
}

func equalSamples(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A phrase longer than MaxPhraseSeconds (twelve words with custom pronunciations of 400
// vowels, spoken at a quarter of the normal rate) is an invalid argument naming the text, found
// before any of it is rendered: never the vocoder's own error, which would be an internal one.
func TestPhraseTooLong(t *testing.T) {
	pr, err := phone.ParsePron(strings.Repeat("AA1 ", 400))
	if err != nil {
		t.Fatal(err)
	}
	var rendered atomic.Int64
	e := testEngine(t, renderedBackends(&rendered)...)
	req := Request{Rate: MinRate, Lexicon: map[string]phone.Pron{"la": pr},
		Parts: []Part{{Text: "Hi. " + strings.Repeat("la ", 12)}}}
	k := &keep{}
	_, err = e.Synthesize(context.Background(), req, k)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Part != 0 || fe.Field != FieldText || !errors.Is(err, ErrInvalidArgument) {
		t.Fatalf("err = %v, want an invalid argument in parts[0].text", err)
	}
	if errors.Is(err, formant.ErrPhrase) {
		t.Errorf("the vocoder's error came through: %v", err)
	}
	if want := "s one phrase may: break the text up"; !strings.Contains(err.Error(), want) {
		t.Errorf("message %q lacks %q", err, want)
	}
	if n := rendered.Load(); n > int64(10*e.catalog.Default().SampleRate) {
		t.Errorf("%d samples rendered: only the short first sentence may be", n)
	}
}
