package podcast

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/markup"
)

// checkSplit checks that subs are within lim and hold req's parts in order: every part whole
// or cut into pieces that together hold its words; the pause before a part kept (less the
// engine's lead-in at the start of a later request); request fields copied.
func checkSplit(t *testing.T, req synth.Request, subs []subRequest, lim limits) {
	t.Helper()
	var words = make([][]string, len(req.Parts))
	prev := -1
	for k, sr := range subs {
		if len(sr.req.Parts) == 0 || len(sr.req.Parts) > lim.parts || len(sr.origin) != len(sr.req.Parts) {
			t.Fatalf("request %d: %d parts, %d origins (limit %d)", k, len(sr.req.Parts), len(sr.origin), lim.parts)
		}
		size := 0
		for i, p := range sr.req.Parts {
			size += len(p.Text)
			o := sr.origin[i]
			if o < prev || o > prev+1 {
				t.Fatalf("request %d part %d comes from part %d after %d", k, i, o, prev)
			}
			src := req.Parts[o]
			want := 0
			if o != prev { // the first piece of its part
				want = src.PauseBefore
				if k > 0 && i == 0 {
					want = max(0, want-engineLeadInMillis)
				}
			}
			if p.PauseBefore != want || p.Speaker != src.Speaker || p.Voice != src.Voice || p.Style != src.Style || p.Markup != src.Markup {
				t.Fatalf("request %d part %d: %+v from %+v", k, i, p, src)
			}
			words[o] = append(words[o], strings.Fields(p.Text)...)
			prev = o
		}
		if size > lim.textBytes {
			t.Fatalf("request %d: %d bytes of text (limit %d)", k, size, lim.textBytes)
		}
		r := sr.req
		r.Parts = nil
		w := req
		w.Parts = nil
		if !reflect.DeepEqual(r, w) {
			t.Fatalf("request %d: fields %+v, want %+v", k, r, w)
		}
	}
	for i, p := range req.Parts {
		if !reflect.DeepEqual(words[i], strings.Fields(p.Text)) {
			t.Fatalf("part %d: the pieces hold %d words, the part %d", i, len(words[i]), len(strings.Fields(p.Text)))
		}
	}
}

// TestSplitEngineLimits: requests over the engine's own limits (parts and text) are cut into
// requests within them.
func TestSplitEngineLimits(t *testing.T) {
	lim := limits{}.orEngine()
	if lim.parts != synth.MaxParts || lim.textBytes != synth.MaxTextBytes {
		t.Fatalf("engine limits %+v", lim)
	}
	many := synth.Request{Rate: 1.2, GainDB: -3, SampleRate: 16000, WordTimings: true}
	for i := range synth.MaxParts + 1 {
		many.Parts = append(many.Parts, synth.Part{Speaker: "A", Voice: []string{"ava", "joe"}[i%2], Text: "Hi.", PauseBefore: 300})
	}
	subs := split(many, lim)
	checkSplit(t, many, subs, lim)
	if len(subs) != 2 || subs[1].req.Parts[0].PauseBefore != 300-engineLeadInMillis {
		t.Errorf("%d parts: %d requests", len(many.Parts), len(subs))
	}

	var long strings.Builder
	for long.Len() <= synth.MaxTextBytes*5/4 {
		long.WriteString("This sentence is one of many in a very long turn. ")
		if long.Len()%7 == 0 {
			long.WriteString("\n\n")
		}
	}
	big := synth.Request{Parts: []synth.Part{
		{Speaker: "A", Text: "A short first turn."},
		{Speaker: "B", Text: long.String(), PauseBefore: 500},
		{Speaker: "A", Text: "A short last turn.", PauseBefore: 500},
	}}
	subs = split(big, lim)
	checkSplit(t, big, subs, lim)
	if len(subs) < 2 {
		t.Errorf("%d bytes of text in %d request", long.Len(), len(subs))
	}
	for _, sr := range subs {
		for i, p := range sr.req.Parts {
			if sr.origin[i] == 1 && !strings.HasSuffix(p.Text, ".") {
				t.Errorf("a piece of the long turn ends mid-sentence: …%q", p.Text[max(0, len(p.Text)-30):])
			}
		}
	}
}

// TestSplitMarkup: a long part with inline tags is cut only where every element stays whole.
func TestSplitMarkup(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 5000; i++ {
		b.WriteString(`Say <emphasis level="strong">this part. And that part.</emphasis> Then <say-as interpret-as="characters">TTS</say-as> again. `)
		b.WriteString(`<break time="200ms"/> The <sub alias="World Wide Web">WWW</sub> sentence. `)
	}
	req := synth.Request{Parts: []synth.Part{{Text: b.String(), Markup: true}}}
	lim := limits{textBytes: 700, parts: 100}
	subs := split(req, lim)
	checkSplit(t, req, subs, lim)
	if len(subs) < 5 {
		t.Fatalf("%d requests", len(subs))
	}
	for k, sr := range subs {
		for _, p := range sr.req.Parts {
			if _, err := markup.Parse(p.Text); err != nil {
				t.Errorf("request %d: a piece does not parse: %v\n%s", k, err, p.Text)
			}
			if strings.Count(p.Text, "<emphasis") != strings.Count(p.Text, "</emphasis>") {
				t.Errorf("request %d cuts an element:\n%s", k, p.Text)
			}
		}
	}
}

func TestOutsideMarkup(t *testing.T) {
	s := `a <b x=">">c <i>d</i> e</b> f<br/>g <!-- n --> h`
	ok := outsideMarkup(s)
	var got []int
	for i := 0; i <= len(s); i++ {
		if ok(i) {
			got = append(got, i)
		}
	}
	// Nothing inside the tags, nor inside <b …>…</b> (offsets 3–26, the nested <i> element
	// too); the start of a tag at depth 0 and both ends of the text are fine.
	want := []int{0, 1, 2, 27, 28, 29, 34, 35, 36, 46, 47, 48}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cuts at %v, want %v", got, want)
	}
	if ok(-1) || ok(len(s)+1) {
		t.Error("offsets outside the text allowed")
	}
	// A quoted '>' does not end a tag (SSML allows it in attribute values).
	s = `<br x=">"/> z`
	ok, got = outsideMarkup(s), nil
	for i := 0; i <= len(s); i++ {
		if ok(i) {
			got = append(got, i)
		}
	}
	if want := []int{0, 11, 12, 13}; !reflect.DeepEqual(got, want) {
		t.Errorf("%s: cuts at %v, want %v", s, got, want)
	}
}

// TestRenderSplitGaps renders an episode one part per engine request and checks it against one
// request: the same words at the same samples (so word timings are offset by what came before,
// and every turn gap is as long: each later request's lead-in is taken off its pause), and
// the file is the requests' audio end to end.
func TestRenderSplitGaps(t *testing.T) {
	dir := t.TempDir()
	req := request(t, episode)
	whole, err := Render(context.Background(), testkit.Engine(t), req, Options{
		Output: filepath.Join(dir, "whole.wav"), Captions: filepath.Join(dir, "whole.srt"), NoNormalize: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	syn := &recording{Engine: testkit.Engine(t)}
	var progress []Progress
	res, err := Render(context.Background(), syn, req, Options{
		Output: filepath.Join(dir, "split.wav"), Captions: filepath.Join(dir, "split.srt"), NoNormalize: true,
		limits:   limits{parts: 1},
		Progress: func(p Progress) { progress = append(progress, p) }, ProgressInterval: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != len(req.Parts) || whole.Requests != 1 {
		t.Fatalf("%d and %d requests for %d parts", res.Requests, whole.Requests, len(req.Parts))
	}
	if res.Samples != whole.Samples || res.Words != whole.Words || res.Words == 0 {
		t.Errorf("split: %d samples, %d words; whole: %d, %d", res.Samples, res.Words, whole.Samples, whole.Words)
	}
	// Captions are made from the word timings, to the millisecond: the same file.
	if a, b := testkit.ReadFile(t, filepath.Join(dir, "whole.srt")), testkit.ReadFile(t, filepath.Join(dir, "split.srt")); string(a) != string(b) {
		t.Errorf("captions differ:\n%s\n---\n%s", a, b)
	}
	// The file holds every request's audio, in order, without a sample lost or added.
	got, _ := testkit.ReadWAV(t, filepath.Join(dir, "split.wav"))
	if len(got) != len(syn.rec.Samples) {
		t.Fatalf("%d samples in the file, %d synthesized", len(got), len(syn.rec.Samples))
	}
	for i := range got {
		if audio.ToInt16(got[i]) != audio.ToInt16(syn.rec.Samples[i]) {
			t.Fatalf("sample %d: %g, synthesized %g", i, got[i], syn.rec.Samples[i])
		}
	}
	last := progress[len(progress)-1]
	if !last.Done || last.Turns != len(req.Parts) || last.Words < res.Words {
		t.Errorf("last progress %+v", last)
	}
	for i := 1; i < len(progress); i++ {
		if progress[i].Words < progress[i-1].Words || progress[i].AudioSeconds < progress[i-1].AudioSeconds {
			t.Errorf("progress goes back: %+v then %+v", progress[i-1], progress[i])
		}
	}
}

// TestRenderSplitErrors: an engine error about a part of a later request names the part of the
// episode, whether Render validates first or the synthesizer finds it.
func TestRenderSplitErrors(t *testing.T) {
	req := request(t, episode)
	req.Parts[3].Voice = "nobody"
	for _, syn := range []Synthesizer{testkit.Engine(t), plain{testkit.Engine(t)}} {
		dir := t.TempDir()
		_, err := Render(context.Background(), syn, req, Options{Output: filepath.Join(dir, "ep.wav"), limits: limits{parts: 2}})
		var fe *synth.FieldError
		if !errors.As(err, &fe) || fe.Part != 3 || fe.Field != synth.FieldVoice || !errors.Is(err, synth.ErrNotFound) {
			t.Errorf("%T: err = %v, want part 3's voice", syn, err)
		}
		if names := readDir(t, dir); len(names) != 0 {
			t.Errorf("left behind: %v", names)
		}
	}
}
