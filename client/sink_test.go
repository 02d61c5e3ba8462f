package client_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// logSink writes each call it gets into a shared log; it fails the call named in fail.
type logSink struct {
	name string
	log  *[]string
	fail string // "Start", "Audio" or "Word"
}

var errRefused = errors.New("refused")

func (s logSink) note(call string, arg any) error {
	*s.log = append(*s.log, fmt.Sprintf("%s.%s(%v)", s.name, call, arg))
	if call == s.fail {
		return errRefused
	}
	return nil
}

func (s logSink) Audio(p []float32) error       { return s.note("Audio", len(p)) }
func (s logSink) Word(w synth.WordTiming) error { return s.note("Word", w.Word) }

// formatLogSink is a logSink that is also a FormatSink.
type formatLogSink struct{ logSink }

func (s formatLogSink) Start(rate int) error { return s.note("Start", rate) }

func TestTeeGivesEachSinkEveryCallInTurn(t *testing.T) {
	var log []string
	tee := client.Tee{formatLogSink{logSink{"a", &log, ""}}, logSink{"b", &log, ""}, formatLogSink{logSink{"c", &log, ""}}}
	if err := tee.Start(16000); err != nil {
		t.Fatal(err)
	}
	if err := tee.Audio(make([]float32, 3)); err != nil {
		t.Fatal(err)
	}
	if err := tee.Word(synth.WordTiming{Word: "hi"}); err != nil {
		t.Fatal(err)
	}
	want := []string{"a.Start(16000)", "c.Start(16000)", "a.Audio(3)", "b.Audio(3)", "c.Audio(3)", "a.Word(hi)", "b.Word(hi)", "c.Word(hi)"}
	if !reflect.DeepEqual(log, want) {
		t.Errorf("calls %q\nwant  %q", log, want)
	}
}

func TestTeeStopsAtTheFirstError(t *testing.T) {
	for _, call := range []string{"Start", "Audio", "Word"} {
		var log []string
		tee := client.Tee{formatLogSink{logSink{"a", &log, ""}}, formatLogSink{logSink{"b", &log, call}}, formatLogSink{logSink{"c", &log, ""}}}
		var err error
		switch call {
		case "Start":
			err = tee.Start(8000)
		case "Audio":
			err = tee.Audio(make([]float32, 2))
		case "Word":
			err = tee.Word(synth.WordTiming{Word: "x"})
		}
		if !errors.Is(err, errRefused) {
			t.Errorf("%s: %v, want the second sink's error", call, err)
		}
		if len(log) != 2 {
			t.Errorf("%s: calls %q; want the first two sinks only", call, log)
		}
	}
}

// TestTeeOverASynthesis: both sinks of a Tee receive exactly what a synthesis into one sink
// does, and the one that wants the rate gets it once.
func TestTeeOverASynthesis(t *testing.T) {
	e := testkit.Engine(t)
	req := synth.Request{Parts: []synth.Part{{Text: "Two sinks, one stream."}}, WordTimings: true}
	want, sum := testkit.Render(t, e, req)
	var a formatRecorder
	var b testkit.Recorder
	if _, err := (client.Local{Engine: e}).Synthesize(context.Background(), req, client.Tee{&a, &b}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.starts, []int{sum.SampleRate}) {
		t.Errorf("Start calls %v, want one at %d Hz", a.starts, sum.SampleRate)
	}
	for name, got := range map[string]*testkit.Recorder{"first": &a.Recorder, "second": &b} {
		if !reflect.DeepEqual(got.Samples, want.Samples) || !reflect.DeepEqual(got.Words, want.Words) {
			t.Errorf("%s sink: %d samples and %d words, want %d and %d", name, len(got.Samples), len(got.Words), len(want.Samples), len(want.Words))
		}
	}
	if len(want.Words) == 0 {
		t.Fatal("the synthesis gave no words: the comparison says nothing of them")
	}
}

func TestWordTapKeepsWordsAndPassesEverythingOn(t *testing.T) {
	e := testkit.Engine(t)
	req := synth.Request{Parts: []synth.Part{{Text: "Every word is kept on its way."}}, WordTimings: true}
	want, sum := testkit.Render(t, e, req)
	if len(want.Words) == 0 {
		t.Fatal("the synthesis gave no words")
	}
	var rec formatRecorder
	tap := &client.WordTap{Sink: &rec}
	if _, err := (client.Local{Engine: e}).Synthesize(context.Background(), req, tap); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tap.Words, want.Words) {
		t.Errorf("kept words %+v\nwant       %+v", tap.Words, want.Words)
	}
	if !reflect.DeepEqual(rec.Words, want.Words) || !reflect.DeepEqual(rec.Samples, want.Samples) {
		t.Errorf("the sink got %d samples and %d words, want %d and %d", len(rec.Samples), len(rec.Words), len(want.Samples), len(want.Words))
	}
	if !reflect.DeepEqual(rec.starts, []int{sum.SampleRate}) {
		t.Errorf("Start calls %v, want one at %d Hz", rec.starts, sum.SampleRate)
	}

	// A sink without Start is fine; its errors come back, and the refused word is kept.
	var log []string
	plain := &client.WordTap{Sink: logSink{"p", &log, "Word"}}
	if err := plain.Start(24000); err != nil {
		t.Errorf("Start on a sink without it: %v", err)
	}
	if err := plain.Audio(make([]float32, 4)); err != nil {
		t.Error(err)
	}
	if err := plain.Word(synth.WordTiming{Word: "no"}); !errors.Is(err, errRefused) {
		t.Errorf("Word: %v, want the sink's error", err)
	}
	if !reflect.DeepEqual(log, []string{"p.Audio(4)", "p.Word(no)"}) || len(plain.Words) != 1 {
		t.Errorf("calls %q, kept %+v", log, plain.Words)
	}
}
