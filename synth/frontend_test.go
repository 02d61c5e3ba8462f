package synth

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/text"
)

// sentencesOf runs the front end over one part and describes each sentence as its kind and words.
func sentencesOf(t *testing.T, e *Engine, p Part) []string {
	t.Helper()
	parts, _, err := e.resolve(context.Background(), Request{Parts: []Part{p}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	err = e.sentences(context.Background(), e.lexicon, &parts[0], nil, func(s sentence) error {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Text)
		}
		out = append(out, fmt.Sprintf("%v: %s", s.Kind, strings.Join(ws, " ")))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMarkupAndPlainAgreeOnSentences: text with no tags reads the same with and without markup:
// the same sentences, split at the same marks (including ‽ and the full-width 。！？), of the
// same kinds. The two paths share the text package's punctuation rules; a rule kept in one
// path only makes this fail.
func TestMarkupAndPlainAgreeOnSentences(t *testing.T) {
	e := testEngine(t)
	for _, s := range []string{
		"Are you coming‽ Where is it？ It is here。 Come now！ Then we go.",
		"Who knows? Nobody does! Maybe… Maybe not.",
		`He said "stop." Then he left, (quietly) and slowly; never to return — or so we thought.`,
	} {
		plain := sentencesOf(t, e, Part{Text: s})
		marked := sentencesOf(t, e, Part{Text: s, Markup: true})
		if strings.Join(plain, " | ") != strings.Join(marked, " | ") {
			t.Errorf("%q:\nplain  %q\nmarkup %q", s, plain, marked)
		}
	}
	// And the marks are really read as sentence ends of the right kind.
	got := sentencesOf(t, e, Part{Text: "Are you coming‽ Where is it？ It is here。 Come now！", Markup: true})
	want := []text.Kind{text.YesNo, text.WhQuestion, text.Statement, text.Exclamation}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %d", got, len(want))
	}
	for i, k := range want {
		if !strings.HasPrefix(got[i], fmt.Sprintf("%v:", k)) {
			t.Errorf("sentence %d: %q, want kind %v", i, got[i], k)
		}
	}
}

// TestEngineSplitsCompoundHostNames: the engine's front end passes the lexicon's compound check
// to the normalizer, so a run-together host name the lexicon says as two words is read as two
// (the text package's own tests pass the check themselves and cannot see whether the engine
// does).
func TestEngineSplitsCompoundHostNames(t *testing.T) {
	e := testEngine(t)
	got := sentencesOf(t, e, Part{Text: "Visit whitehouse.gov or ticketmaster.com today."})
	want := fmt.Sprintf("%v: visit white house dot gov or ticket master dot com today", text.Statement)
	if len(got) != 1 || got[0] != want {
		t.Errorf("read %q, want %q", got, want)
	}
}
