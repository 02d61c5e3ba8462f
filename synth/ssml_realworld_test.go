package synth_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth"
)

// TestSSMLRealWorld reads testdata/ssml-real-world.txt: documents in the styles of the Azure,
// Google and Polly documentation and of what people post, each with the words Chorus says for
// it (sentence by sentence, as chorus text --ssml prints them) or a part of the error it gives,
// line and column included. Nothing in a document is to be dropped without a word: every
// element is either read or refused.
func TestSSMLRealWorld(t *testing.T) {
	data, err := os.ReadFile("testdata/ssml-real-world.txt")
	if err != nil {
		t.Fatal(err)
	}
	e := engine(t)
	n := 0
	for _, block := range strings.Split(string(data), "\n=== ")[1:] {
		name, rest, _ := strings.Cut(block, "\n")
		doc, want, ok := strings.Cut(rest, "\n--> ")
		if !ok {
			t.Fatalf("%s: no expectation", name)
		}
		want = strings.TrimSpace(want)
		n++
		t.Run(strings.Fields(name)[0], func(t *testing.T) {
			as, err := e.AnalyzePart(context.Background(), synth.Part{Text: doc, SSML: true}, nil)
			switch {
			case strings.HasPrefix(want, "error: "):
				if err == nil || !strings.Contains(err.Error(), strings.TrimPrefix(want, "error: ")) {
					t.Errorf("%s\nerror %v\nwant  %s", doc, err, want)
				}
			case strings.HasPrefix(want, "says: "):
				if err != nil {
					t.Fatalf("%s: %v", doc, err)
				}
				var sents []string
				for _, a := range as {
					var ws []string
					for _, w := range a.Words {
						ws = append(ws, strings.ToLower(w.Text))
					}
					sents = append(sents, strings.Join(ws, " "))
				}
				if got := strings.Join(sents, " | "); got != strings.TrimPrefix(want, "says: ") {
					t.Errorf("%s\nsays %q\nwant %q", doc, got, strings.TrimPrefix(want, "says: "))
				}
			default:
				t.Fatalf("%s: expectation %q is neither says: nor error:", name, want)
			}
		})
	}
	if n < 60 {
		t.Errorf("%d documents; the table should hold at least 60", n)
	}
}
