package main

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/text"
)

// padded is a paragraph of one sentence followed by n bytes of blank lines and spaces: text that
// counts against the request limit but costs the engine nothing to speak.
func padded(sentence string, n int) string {
	return sentence + "\n\n" + strings.Repeat(" ", n) + "\n\n"
}

// renderPieces renders each piece as its own request (with the options of req) and returns the
// samples one after another, and where each piece starts.
func renderPieces(t *testing.T, req synth.Request, pieces []string) ([]float32, []int64) {
	t.Helper()
	var all []float32
	var starts []int64
	for _, p := range pieces {
		r := req
		part := req.Parts[0]
		part.Text = p
		r.Parts = []synth.Part{part}
		rec, _ := testkit.Render(t, testkit.Engine(t), r)
		starts = append(starts, int64(len(all)))
		all = append(all, rec.Samples...)
	}
	return all, starts
}

// TestSayLongInput: text beyond the request limit is spoken in pieces cut at paragraph
// boundaries, as one WAV holding exactly the pieces' renders one after another, with captions
// whose times run on across the pieces.
func TestSayLongInput(t *testing.T) {
	var b strings.Builder
	sentences := []string{"The first paragraph starts here.", "A second one follows it.", "Then comes a third.", "The fourth is short.", "And this is the last one."}
	for _, s := range sentences {
		b.WriteString(padded(s, 70<<10))
	}
	src := b.String()
	if len(src) <= synth.MaxTextBytes {
		t.Fatalf("the input is only %d bytes", len(src))
	}
	pieces := text.Chunks(src, synth.MaxTextBytes)
	// Four padded paragraphs fit in one request (the padding after the fourth is cut away),
	// five do not.
	if len(pieces) != 2 || pieces[1] != sentences[4] {
		t.Fatalf("Chunks gave %d pieces, want 2 with the second the last paragraph", len(pieces))
	}
	dir := t.TempDir()
	out, vtt := filepath.Join(dir, "long.wav"), filepath.Join(dir, "long.vtt")
	r := runCmd(t, src, nil, "say", "-o", out, "--captions", vtt, "--voice", "ava")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	req := synth.Request{Parts: []synth.Part{{Voice: "ava"}}}
	want, starts := renderPieces(t, req, pieces)
	got, _ := testkit.ReadWAV(t, out)
	if !reflect.DeepEqual(pcm16(got), pcm16(want)) {
		t.Errorf("the WAV holds %d samples; the pieces render %d", len(got), len(want))
	}
	// The captions: one cue per sentence, in order, the last starting in the second piece.
	cues := strings.Split(strings.TrimSpace(string(testkit.ReadFile(t, vtt))), "\n\n")[1:]
	if len(cues) != len(sentences) {
		t.Fatalf("%d cues, want %d: %q", len(cues), len(sentences), cues)
	}
	rate := 24000 // ava's rate
	secondStarts := float64(starts[1]) / float64(rate)
	for i, c := range cues {
		if !strings.Contains(c, sentences[i]) {
			t.Errorf("cue %d %q, want %q", i, c, sentences[i])
		}
		start := cueStart(t, c)
		if (i == 4) != (start >= secondStarts) {
			t.Errorf("cue %d starts at %.3f s; the second piece starts at %.3f s", i, start, secondStarts)
		}
	}
}

// cueStart is the start time, in seconds, of a WebVTT cue "HH:MM:SS.mmm --> ...".
func cueStart(t *testing.T, cue string) float64 {
	t.Helper()
	var h, m, s, ms int
	if _, err := fmt.Sscanf(cue, "%d:%d:%d.%d", &h, &m, &s, &ms); err != nil {
		t.Fatalf("cue %q: %v", cue, err)
	}
	return float64(h*3600+m*60+s) + float64(ms)/1000
}

// TestSayLongMarkup: with --markup, long text is cut only outside tags and elements, so every
// piece parses: here the only paragraph boundary where plain cutting would fall is inside an
// <emphasis> element.
func TestSayLongMarkup(t *testing.T) {
	// "One." and the element do not fit in one request; the element alone does.
	p1 := padded("One.", 170<<10)
	el := "<emphasis>Two.\n\n" + strings.Repeat(" ", 100<<10) + "\n\nThree.</emphasis>"
	tail := "\n\nFour <break time=\"200ms\"/> now."
	src := p1 + el + tail
	if plain := text.Chunks(src, synth.MaxTextBytes); len(plain) < 2 || !strings.HasSuffix(plain[0], "Two.") {
		t.Fatalf("the test needs plain cutting to split the element: %d pieces", len(plain))
	}
	want := []string{"One.", el + tail}
	if got := text.ChunksFunc(src, synth.MaxTextBytes, markupCuts(src)); !reflect.DeepEqual(got, want) {
		t.Fatalf("ChunksFunc with markupCuts gave %d pieces, want the cut after the first paragraph", len(got))
	}
	out := filepath.Join(t.TempDir(), "long.wav")
	if r := runCmd(t, src, nil, "say", "--markup", "-o", out); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	wantSamples, _ := renderPieces(t, synth.Request{Parts: []synth.Part{{Markup: true}}}, want)
	got, _ := testkit.ReadWAV(t, out)
	if !reflect.DeepEqual(pcm16(got), pcm16(wantSamples)) {
		t.Errorf("the WAV holds %d samples; the pieces render %d", len(got), len(wantSamples))
	}
}

// TestMarkupCuts: cuts are refused inside tags and inside elements, allowed elsewhere.
func TestMarkupCuts(t *testing.T) {
	s := `a <break time="1s"/> b <emphasis>c <sub alias="x">y</sub> d</emphasis> e <x`
	ok := markupCuts(s)
	var allowed []int
	for i := 0; i <= len(s); i++ {
		if ok(i) {
			allowed = append(allowed, i)
		}
	}
	brk, brkEnd := strings.Index(s, "<break"), strings.Index(s, "/>")+2
	em, emEnd := strings.Index(s, "<emphasis>"), strings.Index(s, "</emphasis>")+len("</emphasis>")
	for i := 0; i <= len(s); i++ {
		want := !(i > brk && i < brkEnd) && !(i > em && i < emEnd)
		if ok(i) != want {
			t.Errorf("cut at %d (%q|%q): %v, want %v", i, s[:i], s[i:], ok(i), want)
		}
	}
}

// TestSayProgress: on a terminal, writing a file draws a progress line that ends at 100%, and
// the audio is what it is without it.
func TestSayProgress(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.wav")
	var stdout, stderr strings.Builder
	c := &cli{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, progress: true}
	src := "The first sentence. The second sentence, and a third one."
	if code := c.run(context.Background(), []string{"say", "-o", out, src}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	sameAudio(t, out, synth.Request{Parts: []synth.Part{{Text: src}}})
	if e := stderr.String(); !strings.Contains(e, "\r[") || !strings.Contains(e, "] 100%") {
		t.Errorf("no progress line: %q", e)
	}
	// Not on a pipe or a log.
	if r := runCmd(t, "", nil, "say", "-o", out, src); strings.Contains(r.stderr, "\r") {
		t.Errorf("progress drawn off a terminal: %q", r.stderr)
	}
}

// TestTextLongInput: text beyond the request limit is read in pieces, every sentence shown.
func TestTextLongInput(t *testing.T) {
	src := padded("First one.", 140<<10) + padded("Second one.", 140<<10) + "Third one."
	r := runCmd(t, src, nil, "text")
	if r.code != 0 || r.stdout != "first one\nsecond one\nthird one\n" {
		t.Errorf("exit %d, %q: %s", r.code, r.stdout, r.stderr)
	}
}
