package synth_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// eventRecorder is a Recorder that also takes events, noting how many samples had been written
// when each arrived.
type eventRecorder struct {
	testkit.Recorder
	Events []synth.Event
	At     []int // len(Samples) when Events[i] arrived
}

func (r *eventRecorder) Event(e synth.Event) error {
	r.Events = append(r.Events, e)
	r.At = append(r.At, len(r.Samples))
	return nil
}

func (r *eventRecorder) kind(k synth.EventKind) []synth.Event {
	var out []synth.Event
	for _, e := range r.Events {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

func renderEvents(t *testing.T, req synth.Request) (*eventRecorder, synth.Summary) {
	t.Helper()
	rec := &eventRecorder{}
	sum, err := engine(t).Synthesize(context.Background(), req, rec)
	if err != nil {
		t.Fatalf("Synthesize: %v", err)
	}
	if int64(len(rec.Samples)) != sum.Samples {
		t.Fatalf("summary says %d samples, sink got %d", sum.Samples, len(rec.Samples))
	}
	return rec, sum
}

func ssml(text string) synth.Request {
	return synth.Request{Parts: []synth.Part{{Text: text, SSML: true}}}
}

func words(ws []synth.WordTiming) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Word)
	}
	return strings.Join(out, " ")
}

// TestSSMLElements speaks a document with each element beside the same document without it and
// checks the element's effect on the audio or the words.
func TestSSMLElements(t *testing.T) {
	base := `<speak>The quick brown fox jumps over the lazy dog.</speak>`
	plain, psum := render(t, ssml(base))
	pf0 := acoustics.MedianF0(plain.Samples, psum.SampleRate)
	prms := acoustics.RMS(plain.Samples)
	seconds := func(s synth.Summary) float64 { return s.Seconds() }
	for _, tc := range []struct {
		name, doc string
		check     func(t *testing.T, rec *testkit.Recorder, sum synth.Summary)
	}{
		{"break time", `<speak>The quick brown fox <break time="1200ms"/> jumps over the lazy dog.</speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				// The pause itself, plus phrase-final lengthening before it (about 0.1 s).
				if d := seconds(sum) - seconds(psum); d < 1.15 || d > 1.45 {
					t.Errorf("a 1200 ms break added %.2f s", d)
				}
			}},
		{"break strength", `<speak>The quick brown fox <break strength="x-strong"/> jumps over the lazy dog.</speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				if d := seconds(sum) - seconds(psum); d < 1.15 || d > 1.45 { // x-strong is 1200 ms
					t.Errorf("an x-strong break added %.2f s", d)
				}
			}},
		{"prosody rate", `<speak><prosody rate="50%">The quick brown fox jumps over the lazy dog.</prosody></speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				// Half the rate: nearly twice as long (the fixed lead-in does not scale).
				if r := seconds(sum) / seconds(psum); r < 1.8 || r > 2.1 {
					t.Errorf("rate 50%%: %.2f times as long", r)
				}
			}},
		{"prosody pitch", `<speak><prosody pitch="+4st">The quick brown fox jumps over the lazy dog.</prosody></speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				// 4 semitones is ×1.26; the tracker's median is within a few percent.
				f0 := acoustics.MedianF0(rec.Samples, sum.SampleRate)
				if r := f0 / pf0; r < 1.18 || r > 1.34 {
					t.Errorf("+4st: median F0 %.1f Hz vs %.1f Hz (×%.2f, want about ×1.26)", f0, pf0, r)
				}
			}},
		{"prosody volume", `<speak><prosody volume="-6dB">The quick brown fox jumps over the lazy dog.</prosody></speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				// A gain is exact: the same samples scaled by 10^(-6/20).
				if sum.Samples != psum.Samples {
					t.Fatalf("volume changed the length: %d vs %d", sum.Samples, psum.Samples)
				}
				if r := acoustics.RMS(rec.Samples) / prms; math.Abs(r-math.Pow(10, -6.0/20)) > 0.01 {
					t.Errorf("-6dB: RMS ratio %.3f", r)
				}
			}},
		{"prosody silent", `<speak><prosody volume="silent">The quick brown fox jumps over the lazy dog.</prosody></speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				if sum.Samples != psum.Samples || acoustics.Peak(rec.Samples) != 0 {
					t.Errorf("silent: %d samples (want %d), peak %g", sum.Samples, psum.Samples, acoustics.Peak(rec.Samples))
				}
			}},
		{"emphasis", `<speak>The quick brown <emphasis level="strong">fox</emphasis> jumps over the lazy dog.</speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				if sum.Samples <= psum.Samples {
					t.Errorf("emphasis did not lengthen: %d vs %d samples", sum.Samples, psum.Samples)
				}
			}},
		{"sub", `<speak>The <sub alias="World Wide Web">WWW</sub> fox.</speak>`,
			func(t *testing.T, rec *testkit.Recorder, sum synth.Summary) {
				if got := words(rec.Words); got != "The WWW fox." {
					t.Errorf("words %q", got)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := ssml(tc.doc)
			req.WordTimings = true
			rec, sum := render(t, req)
			tc.check(t, rec, sum)
		})
	}
}

// TestSSMLReadings checks what the front end says for say-as, sub and phoneme, through the
// phonemes it speaks.
func TestSSMLReadings(t *testing.T) {
	phones := func(doc string) string {
		req := ssml(doc)
		req.Events = synth.EventPhonemes
		rec, _ := renderEvents(t, req)
		var out []string
		for _, e := range rec.kind(synth.EventPhoneme) {
			out = append(out, e.Name)
		}
		return strings.Join(out, " ")
	}
	lex := engine(t).Lexicon()
	pron := func(ws ...string) string {
		var out []string
		for _, w := range ws {
			out = append(out, lex.Pronounce(w, "").CMU())
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct{ doc, want string }{
		{`<say-as interpret-as="characters">ab</say-as>`, "EY1 B IY1"},
		{`<say-as interpret-as="cardinal">1984</say-as>`, pron("one", "thousand", "nine", "hundred", "eighty", "four")},
		{`<say-as interpret-as="ordinal">3</say-as>`, pron("third")},
		{`<say-as interpret-as="digits">42</say-as>`, pron("four", "two")},
		{`<say-as interpret-as="date" format="dm">12/03</say-as>`, pron("march", "twelfth")},
		{`<say-as interpret-as="verbatim">a-b</say-as>`, "EY1 " + pron("dash") + " B IY1"},
		{`<say-as interpret-as="duration" format="h:m:s">1:30:05</say-as>`, pron("one", "hour", "thirty", "minutes", "and", "five", "seconds")},
		{`<say-as interpret-as="duration">2:00:01</say-as>`, pron("two", "hours", "and", "one", "second")},
		{`<say-as interpret-as="duration" format="ms">0:00</say-as>`, pron("zero", "seconds")},
		{`<say-as interpret-as="name">Smith</say-as>`, pron("smith")},
		{`<say-as interpret-as="telephone">555-0100</say-as>`, pron("five", "five", "five", "zero", "one", "zero", "zero")},
		{`<say-as interpret-as="telephone">555.123.4567</say-as>`, pron("five", "five", "five", "one", "two", "three", "four", "five", "six", "seven")},
		{`<say-as interpret-as="digits">12-34</say-as>`, pron("one", "two", "three", "four")},
		{`<w>read</w> <token>it</token><meta name="a" content="b"/><metadata><x>not this</x></metadata>`, pron("read", "it")},
		{`<sub alias="World">WWW</sub>`, pron("world")},
		{`<phoneme alphabet="x-arpabet" ph="T AH0 M EY1 T OW2">tomato</phoneme>`, "T AH0 M EY1 T OW2"},
		{`<phoneme alphabet="x-sampa" ph='pI"kA:n'>pecan</phoneme>`, "P IH0 K AA1 N"},
		{`<w role="amazon:VBD">read</w>`, "R EH1 D"},
		{`<w role="amazon:VB">read</w>`, "R IY1 D"},
		{`<token role="NN">record</token>`, "R EH1 K ER0 D"},
		{`<say-as interpret-as="date" format="yyyymmdd">19600910</say-as>`, pron("september", "tenth", "nineteen", "sixty")},
		{`<say-as interpret-as="date" format="yyyymmdd">????0922</say-as>`, pron("september", "twenty", "second")},
		{`<say-as interpret-as="date" format="ydm">2010/19/10</say-as>`, pron("october", "nineteenth", "twenty", "ten")},
		{`<say-as interpret-as="fraction">5+1/2</say-as>`, pron("five", "and", "a", "half")},
	} {
		got, want := phones("<speak>"+tc.doc+"</speak>"), tc.want
		if strings.Contains(want, "AE1 N D") || strings.HasSuffix(want, "IH1 T") {
			// "and" and "it" are function words the front end reduces in running speech: compare
			// without stress there.
			got, want = stressless.ReplaceAllString(got, ""), stressless.ReplaceAllString(want, "")
		}
		if got != want {
			t.Errorf("%s: phonemes %q, want %q", tc.doc, got, want)
		}
	}
}

func TestSSMLVoiceSwitch(t *testing.T) {
	doc := `<speak>Hello from the default voice. <voice name="kal">And hello from kal.</voice> <voice name="ava">Ava here.</voice></speak>`
	req := ssml(doc)
	req.WordTimings = true
	req.Events = synth.EventMarks | synth.EventPhonemes
	rec, sum := renderEvents(t, req)
	if sum.SampleRate != 24000 {
		t.Errorf("sample rate %d: want the first part's voice's (24000)", sum.SampleRate)
	}
	speakers := map[string]string{}
	for _, w := range rec.Words {
		speakers[w.Word] = w.Speaker
		if got := doc[w.TextStart:w.TextEnd]; got != w.Word {
			t.Errorf("word %q points at %q in the document", w.Word, got)
		}
	}
	for w, want := range map[string]string{"Hello": "", "kal.": "kal", "Ava": "ava"} {
		if speakers[w] != want {
			t.Errorf("%q spoken by %q, want %q", w, speakers[w], want)
		}
	}
	// The same text in separate parts with those voices gives the same words with the same
	// timings (the runs are parts of their own).
	parts, _ := render(t, synth.Request{WordTimings: true, Parts: []synth.Part{
		{Text: "Hello from the default voice."}, {Text: "And hello from kal.", Voice: "kal", Speaker: "kal"}, {Text: "Ava here.", Voice: "ava", Speaker: "ava"}}})
	if len(parts.Words) != len(rec.Words) {
		t.Fatalf("%d words vs %d", len(rec.Words), len(parts.Words))
	}
	for i := range parts.Words {
		a, b := rec.Words[i], parts.Words[i]
		if a.Start != b.Start || a.End != b.End || a.Speaker != b.Speaker {
			t.Errorf("word %d: %+v vs parts %+v", i, a, b)
		}
	}
	if len(rec.Samples) != len(parts.Samples) {
		t.Errorf("%d samples vs %d for the parts", len(rec.Samples), len(parts.Samples))
	}
}

// Punctuation right after a tag belongs to the words before it: "<say-as>…</say-as>." ends their
// sentence (its kind from the mark, its last word a sentence end), and "</emphasis>," breaks
// after them, in inline markup and in SSML alike, as in the same text without tags.
func TestPunctuationAfterTag(t *testing.T) {
	e := engine(t)
	read := func(p synth.Part) string {
		as, err := e.AnalyzePart(context.Background(), p, nil)
		if err != nil {
			t.Fatalf("%q: %v", p.Text, err)
		}
		var sents []string
		for _, a := range as {
			var ws []string
			for _, w := range a.Words {
				ws = append(ws, fmt.Sprintf("%s/%d", w.Text, w.Break))
			}
			sents = append(sents, fmt.Sprintf("%d[%s]", a.Kind, strings.Join(ws, " ")))
		}
		return strings.Join(sents, " ")
	}
	for _, tc := range []struct{ tagged, plain string }{
		{`It costs <emphasis>350</emphasis>. Then more.`, `It costs 350. Then more.`},
		{`Is it <emphasis>350</emphasis>? Yes, <emphasis>350</emphasis>, and more.`, `Is it 350? Yes, 350, and more.`},
		{`Who said <emphasis>no</emphasis>? Me <emphasis>again</emphasis>!`, `Who said no? Me again!`},
		{`Wait <emphasis>here</emphasis>; then go.`, `Wait here; then go.`},
	} {
		want := read(synth.Part{Text: tc.plain})
		if got := read(synth.Part{Text: tc.tagged, Markup: true}); got != want {
			t.Errorf("markup %q:\n got %s\nwant %s", tc.tagged, got, want)
		}
		if got := read(synth.Part{Text: "<speak>" + tc.tagged + "</speak>", SSML: true}); got != want {
			t.Errorf("ssml %q:\n got %s\nwant %s", tc.tagged, got, want)
		}
	}
}

// TestSSMLVoiceByGender: <voice gender variant> picks a voice of that gender (the part's own
// when it fits and no variant is asked; else recorded voices first, then by name), and a
// variant past the last is an error naming the voices there are.
func TestSSMLVoiceByGender(t *testing.T) {
	cat := engine(t).Catalog()
	byGender := map[string][]string{}
	for _, v := range cat.Voices() {
		byGender[v.Gender] = append(byGender[v.Gender], v.Name)
	}
	first := func(gender string) string { // recorded first, then by name
		for _, rec := range []bool{true, false} {
			for _, n := range byGender[gender] {
				if v, _ := cat.Voice(n); v.Recorded() == rec {
					return n
				}
			}
		}
		return ""
	}
	def := cat.Default()
	other := "female"
	if def.Gender == "female" {
		other = "male"
	}
	for _, tc := range []struct {
		voice, doc, want string
	}{
		{"", `<voice gender="` + def.Gender + `">Hi.</voice>`, def.Name}, // the part's own voice fits
		{"", `<voice gender="` + other + `">Hi.</voice>`, first(other)},
		{"ava", `<voice gender="female">Hi.</voice>`, "ava"},
		{"ava", `<voice gender="female" variant="1">Hi.</voice>`, "ava"},
		{"ava", `<voice gender="female" variant="2">Hi.</voice>`, "val"}, // slt, val, then ava, mia
		{"ava", `<voice gender="male" variant="2">Hi.</voice>`, "ked"},   // kal, ked, then joe, leo, sam
	} {
		req := ssml("<speak>" + tc.doc + "</speak>")
		req.Parts[0].Voice = tc.voice
		req.WordTimings = true
		rec, _ := renderEvents(t, req)
		if len(rec.Words) == 0 {
			t.Fatalf("%s: no words", tc.doc)
		}
		got := rec.Words[0].Speaker
		if got == "" {
			got = def.Name
			if tc.voice != "" {
				got = tc.voice
			}
		}
		if got != tc.want {
			t.Errorf("voice %q, %s: spoken by %q, want %q", tc.voice, tc.doc, got, tc.want)
		}
	}
	_, err := engine(t).Synthesize(context.Background(), ssml(`<speak><voice gender="neutral" variant="9">Hi.</voice></speak>`), &testkit.Recorder{})
	if !errors.Is(err, synth.ErrInvalidArgument) || !strings.Contains(err.Error(), "variant 9") || !strings.Contains(err.Error(), strings.Join(byGender["neutral"], ", ")) {
		t.Errorf("variant past the last: err = %v", err)
	}
}

var stressless = regexp.MustCompile(`[012]`)

var lineCol = regexp.MustCompile(`line \d+, column \d+`)

func TestSSMLErrors(t *testing.T) {
	for _, doc := range []string{
		`<speak>Hello <break time="forever"/></speak>`,
		"<speak>\n<emphasis>unclosed</speak>",
		`<speak><audio src="x.wav"/></speak>`,
		`<speak><voice name="nobody">Hi.</voice></speak>`,
		`<speak>a &unknown; b</speak>`,
		`<!DOCTYPE x [<!ENTITY a "aaaa">]><speak>&a;</speak>`,
	} {
		_, err := engine(t).Synthesize(context.Background(), ssml(doc), &testkit.Recorder{})
		var fe *synth.FieldError
		if !errors.Is(err, synth.ErrInvalidArgument) || !errors.As(err, &fe) || fe.Part != 0 || fe.Field != synth.FieldText {
			t.Errorf("%s: err = %v", doc, err)
			continue
		}
		if !lineCol.MatchString(fe.Reason) {
			t.Errorf("%s: the reason does not give line and column: %v", doc, err)
		}
	}
	_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: "x", SSML: true, Markup: true}}}, &testkit.Recorder{})
	if !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("markup and ssml together: err = %v", err)
	}
	_, err = engine(t).Synthesize(context.Background(), ssml(`<speak><break time="1s"/></speak>`), &testkit.Recorder{})
	if !errors.Is(err, synth.ErrInvalidArgument) {
		t.Errorf("nothing to say: err = %v", err)
	}
}

// TestSSMLWordSources checks that word timings point at the written tokens in the document,
// through entities, comments, CDATA and collapsed white space.
func TestSSMLWordSources(t *testing.T) {
	doc := "<speak>\n  <p>Tom &amp;   Jerry<!-- c --> ran.</p> <s>Say <say-as interpret-as=\"characters\">TTS</say-as> <![CDATA[now]]>!</s></speak>"
	req := ssml(doc)
	req.WordTimings = true
	rec, _ := render(t, req)
	// The comment stands between "Jerry" and the space: two tokens. A CDATA section's opening
	// is markup before the token; its closing is inside it.
	want := []string{"Tom", "&amp;", "Jerry", "ran.", "Say", "TTS", "now]]>!"}
	var got []string
	for _, w := range rec.Words {
		got = append(got, doc[w.TextStart:w.TextEnd])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sources %q,\nwant %q", got, want)
	}
}

// TestEvents checks marks, phonemes and visemes against the words and the audio.
func TestEvents(t *testing.T) {
	doc := `<speak>Hello <mark name="a"/>world.<break time="500ms"/><mark name="b"/></speak>`
	req := ssml(doc)
	req.WordTimings = true
	req.Events = synth.EventMarks | synth.EventPhonemes | synth.EventVisemes
	rec, sum := renderEvents(t, req)

	marks := rec.kind(synth.EventMark)
	if len(marks) != 2 || marks[0].Name != "a" || marks[1].Name != "b" {
		t.Fatalf("marks %+v", marks)
	}
	if len(rec.Words) != 2 || marks[0].Start != rec.Words[1].Start {
		t.Errorf("mark a at %d, want the start of %+v", marks[0].Start, rec.Words)
	}
	pause := int64(0.5 * float64(sum.SampleRate))
	if marks[1].Start < rec.Words[1].End+pause || marks[1].Start > sum.Samples {
		t.Errorf("mark b at %d: want after the 500 ms pause (%d) and within the audio (%d)", marks[1].Start, rec.Words[1].End+pause, sum.Samples)
	}

	// Phonemes spell the words' pronunciations.
	var names []string
	for _, e := range rec.kind(synth.EventPhoneme) {
		names = append(names, e.Name)
	}
	lex := engine(t).Lexicon()
	if want := lex.Pronounce("hello", "").CMU() + " " + lex.Pronounce("world", "").CMU(); strings.Join(names, " ") != want {
		t.Errorf("phonemes %q, want %q", strings.Join(names, " "), want)
	}
	// Visemes tile the whole audio (one voice at its native rate): no gap, no overlap.
	vis := rec.kind(synth.EventViseme)
	var pos int64
	for _, v := range vis {
		if v.Start != pos || v.End <= v.Start {
			t.Fatalf("viseme %+v: want it to start at %d", v, pos)
		}
		pos = v.End
	}
	if pos != sum.Samples {
		t.Errorf("visemes end at %d, the audio at %d", pos, sum.Samples)
	}
	// Each phoneme has a viseme with its span, of the phone's shape.
	k := 0
	for _, p := range rec.kind(synth.EventPhoneme) {
		for k < len(vis) && vis[k].Start < p.Start {
			k++
		}
		if k == len(vis) || vis[k].Start != p.Start || vis[k].End != p.End || vis[k].Viseme == 0 {
			t.Errorf("phoneme %+v has no viseme of its own", p)
		}
	}
	// Events arrive in order, each before the audio it points into, and not more than a
	// phrase ahead of it (a phrase here is under 3 s).
	for i, e := range rec.Events {
		if i > 0 && e.Start < rec.Events[i-1].Start {
			t.Errorf("event %d (%+v) before the previous one's start", i, e)
		}
		if int64(rec.At[i]) > e.Start || e.Start-int64(rec.At[i]) > int64(3*sum.SampleRate) {
			t.Errorf("event %+v arrived with %d samples written", e, rec.At[i])
		}
	}
	// A sink without Event gets none, and the same audio.
	plainRec, _ := render(t, req)
	if len(plainRec.Samples) != len(rec.Samples) {
		t.Errorf("events changed the audio: %d vs %d samples", len(plainRec.Samples), len(rec.Samples))
	}
}

// TestEventsResampled checks event positions at an output rate other than the voice's.
func TestEventsResampled(t *testing.T) {
	req := synth.Request{Parts: []synth.Part{{Text: "Good morning."}}, Events: synth.EventVisemes, SampleRate: 16000}
	rec, sum := renderEvents(t, req)
	vis := rec.kind(synth.EventViseme)
	if len(vis) == 0 {
		t.Fatal("no visemes")
	}
	// Resampled positions are rounded per position, so they still tile; the last ends at the
	// resampled length.
	for i := 1; i < len(vis); i++ {
		if vis[i].Start != vis[i-1].End {
			t.Fatalf("gap between %+v and %+v", vis[i-1], vis[i])
		}
	}
	if last := vis[len(vis)-1].End; last != sum.Samples {
		t.Errorf("visemes end at %d, audio at %d", last, sum.Samples)
	}
}

// TestSSMLStructure checks that <s> and <p> end sentences and paragraphs where the text has no
// punctuation: a sentence pause (520 ms) and a paragraph pause (900 ms) at normal rate.
func TestSSMLStructure(t *testing.T) {
	_, run := render(t, ssml(`<speak>Hello there how are you</speak>`))
	_, sent := render(t, ssml(`<speak><s>Hello there</s><s>how are you</s></speak>`))
	_, para := render(t, ssml(`<speak><p>Hello there</p><p>how are you</p></speak>`))
	ds := sent.Seconds() - run.Seconds()
	dp := para.Seconds() - run.Seconds()
	// The pause, plus final lengthening of "there", less what the continuous run spends on
	// the joined words (within 0.2 s).
	if ds < 0.4 || ds > 0.8 {
		t.Errorf("<s> added %.2f s; want about 0.52", ds)
	}
	if dp-ds < 0.25 || dp-ds > 0.5 {
		t.Errorf("<p> added %.2f s more than <s>; want about 0.38", dp-ds)
	}
}
