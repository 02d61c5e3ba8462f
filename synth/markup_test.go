package synth_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

func TestMarkupBreaks(t *testing.T) {
	plain, psum := render(t, synth.Request{Parts: []synth.Part{{Text: "Wait for it. Now.", Markup: true}}})
	_, bsum := render(t, synth.Request{Parts: []synth.Part{{Text: `Wait <break time="1500ms"/> for it. Now.`, Markup: true}}})
	got := float64(bsum.Samples-psum.Samples) / float64(psum.SampleRate)
	// There was no pause between the words, so the break adds its 1.5 s plus the phrase-final
	// lengthening of "wait" (about 0.1 s).
	if got < 1.45 || got > 1.75 {
		t.Errorf("a 1500 ms break added %.2f s", got)
	}
	_, tsum := render(t, synth.Request{Parts: []synth.Part{{Text: `Wait for it. Now.<break time="2s"/>`, Markup: true}}})
	if got := float64(tsum.Samples-psum.Samples) / float64(psum.SampleRate); got < 1.9 || got > 2.1 {
		t.Errorf("a trailing 2 s break added %.2f s", got)
	}
	_ = plain
}

func TestMarkupReadings(t *testing.T) {
	words := func(req synth.Request) []string {
		req.WordTimings = true
		rec, _ := render(t, req)
		var out []string
		for _, w := range rec.Words {
			out = append(out, w.Word)
		}
		return out
	}
	// Word timings carry what was written, once per token however it is read.
	spelled := words(synth.Request{Parts: []synth.Part{{Text: `Say <say-as interpret-as="characters">abc</say-as> now.`, Markup: true}}})
	if got := strings.Join(spelled, " "); got != "Say abc now." {
		t.Errorf("spelled: %q", got)
	}
	sub := words(synth.Request{Parts: []synth.Part{{Text: `Visit the <sub alias="World Wide Web">WWW</sub> today.`, Markup: true}}})
	if got := strings.Join(sub, " "); got != "Visit the WWW today." {
		t.Errorf("sub: %q", got)
	}
	// Emphasis lengthens the emphasized word.
	_, a := render(t, synth.Request{Parts: []synth.Part{{Text: "I never said that.", Markup: true}}})
	_, b := render(t, synth.Request{Parts: []synth.Part{{Text: "I <emphasis>never</emphasis> said that.", Markup: true}}})
	if b.Samples <= a.Samples {
		t.Errorf("emphasis did not lengthen: %d vs %d samples", b.Samples, a.Samples)
	}
	// Without Markup the same text is read literally and never fails.
	if _, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "a <b>bold</b> claim"}}}, &testkit.Recorder{}); err != nil {
		t.Errorf("literal text with tags: %v", err)
	}
}

func TestMarkupErrors(t *testing.T) {
	for _, s := range []string{`<break time="forever"/>`, `<emphasis>unclosed`, `<blink>x</blink>`} {
		_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "ok " + s, Markup: true}}}, &testkit.Recorder{})
		var fe *synth.FieldError
		if !errors.Is(err, synth.ErrInvalidArgument) || !errors.As(err, &fe) || fe.Part != 0 || fe.Field != synth.FieldText {
			t.Errorf("%s: err = %v", s, err)
		}
		if err != nil && !strings.Contains(err.Error(), "column") {
			t.Errorf("%s: error does not give the column: %v", s, err)
		}
	}
}
