package synth_test

import (
	"context"
	"errors"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// TestSSMLVendorStyles: a vendor element asking for a speaking style renders exactly as the
// request's own style of that name does (the same samples), since it maps onto it.
func TestSSMLVendorStyles(t *testing.T) {
	const text = "The quick brown fox jumps over the lazy dog."
	for _, tc := range []struct{ doc, style string }{
		{`<speak><mstts:express-as style="cheerful">` + text + `</mstts:express-as></speak>`, "cheerful"},
		{`<speak><mstts:express-as style="cheerful" styledegree="1">` + text + `</mstts:express-as></speak>`, "cheerful"},
		{`<speak><mstts:express-as style="narration-professional">` + text + `</mstts:express-as></speak>`, "serious"},
		{`<speak><google:style name="lively">` + text + `</google:style></speak>`, "excited"},
		{`<speak><amazon:emotion name="excited" intensity="high">` + text + `</amazon:emotion></speak>`, "excited"},
		{`<speak><amazon:domain name="news">` + text + `</amazon:domain></speak>`, "serious"},
		{`<speak><amazon:effect name="whispered">` + text + `</amazon:effect></speak>`, "whisper"},
		{`<speak><amazon:effect phonation="soft">` + text + `</amazon:effect></speak>`, "calm"},
		{`<speak><mstts:express-as style="whispering">` + text + `</mstts:express-as></speak>`, "whisper"},
	} {
		got, gsum := render(t, ssml(tc.doc))
		req := ssml(`<speak>` + text + `</speak>`)
		req.Parts[0].Style = tc.style
		want, wsum := render(t, req)
		if gsum.Samples != wsum.Samples || !slices.Equal(got.Samples, want.Samples) {
			t.Errorf("%s: %d samples, not those of style %s (%d samples)", tc.doc, gsum.Samples, tc.style, wsum.Samples)
		}
	}
}

// TestSSMLStyleDegree: Azure's styledegree scales the style from neutral. Cheerful raises the
// pitch 2 semitones; at degree 2 it raises it 4, so the median F0 is about 2^(2/12) = 1.12 times
// that at degree 1 (the tracker's median is within a few percent: at least 1.06), and at degree
// 0.5 lower than at 1.
func TestSSMLStyleDegree(t *testing.T) {
	f0 := func(degree string) float64 {
		rec, sum := render(t, ssml(`<speak><mstts:express-as style="cheerful" styledegree="`+degree+`">The quick brown fox jumps over the lazy dog.</mstts:express-as></speak>`))
		return acoustics.MedianF0(rec.Samples, sum.SampleRate)
	}
	half, one, two := f0("0.5"), f0("1"), f0("2")
	if !(two/one >= 1.06 && one/half >= 1.02) {
		t.Errorf("median F0 at styledegree 0.5, 1, 2: %.1f, %.1f, %.1f Hz", half, one, two)
	}
}

// TestSSMLProsodyRange: range narrows or widens how far the pitch moves. The spread of the F0
// track (in semitones, between its 10th and 90th percentiles) orders x-low < the voice's own <
// x-high; the multipliers are 0.25 and 2, so each step is far beyond the tracker's noise.
func TestSSMLProsodyRange(t *testing.T) {
	spread := func(rng string) float64 {
		doc := `<speak>Did you really think the quick brown fox would jump over the lazy dog? It did, twice.</speak>`
		if rng != "" {
			doc = `<speak><prosody range="` + rng + `">Did you really think the quick brown fox would jump over the lazy dog? It did, twice.</prosody></speak>`
		}
		rec, sum := render(t, ssml(doc))
		var st []float64
		for _, f := range acoustics.PitchTrack(rec.Samples, sum.SampleRate) {
			if f > 0 {
				st = append(st, 12*math.Log2(f))
			}
		}
		sort.Float64s(st)
		if len(st) < 20 {
			t.Fatalf("range %q: %d voiced frames", rng, len(st))
		}
		return st[len(st)*9/10] - st[len(st)/10]
	}
	low, own, high := spread("x-low"), spread(""), spread("x-high")
	if !(low < own && own < high) {
		t.Errorf("F0 spread (semitones) x-low %.2f, own %.2f, x-high %.2f: want increasing", low, own, high)
	}
}

// TestSSMLExpletive: say-as expletive (Polly, Google) censors the words: they take their time
// and make no sound, and the rest of the sentence is spoken.
func TestSSMLExpletive(t *testing.T) {
	req := ssml(`<speak>Well <say-as interpret-as="expletive">darn it</say-as> again.</speak>`)
	req.WordTimings = true
	rec, sum := render(t, req)
	var in, out []float32
	for _, w := range rec.Words {
		a, b := int(w.Start), int(w.End)
		if w.Word == "darn it" || w.Word == "darn" || w.Word == "it" {
			in = append(in, rec.Samples[a:b]...)
		} else {
			out = append(out, rec.Samples[a:b]...)
		}
	}
	if len(in) < sum.SampleRate/10 {
		t.Fatalf("the censored words take %d samples; words %+v", len(in), rec.Words)
	}
	if p := acoustics.Peak(in); p != 0 {
		t.Errorf("censored words peak at %g, want silence", p)
	}
	if acoustics.RMS(out) == 0 {
		t.Error("the uncensored words are silent")
	}
}

// seqRecorder notes words and marks in the order the sink receives them.
type seqRecorder struct {
	eventRecorder
	seq []string
}

func (r *seqRecorder) Word(w synth.WordTiming) error {
	r.seq = append(r.seq, w.Word)
	return r.eventRecorder.Word(w)
}

func (r *seqRecorder) Event(e synth.Event) error {
	if e.Kind == synth.EventMark {
		r.seq = append(r.seq, "<"+e.Name+">")
	}
	return r.eventRecorder.Event(e)
}

// TestMarkBeforeItsWord: a mark where a word begins reaches the sink before that word's
// timing, in document order ("<mark name="a"/>big"); they share a start sample.
func TestMarkBeforeItsWord(t *testing.T) {
	req := ssml(`<speak>Hello <mark name="a"/>big world. <mark name="b"/>Bye.</speak>`)
	req.WordTimings = true
	req.Events = synth.EventMarks | synth.EventPhonemes
	rec := &seqRecorder{}
	if _, err := engine(t).Synthesize(context.Background(), req, rec); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(rec.seq, " "), "Hello <a> big world. <b> Bye."; got != want {
		t.Errorf("order %q, want %q", got, want)
	}
}

// TestSSMLVendorVoiceName: a voice named as Azure and Google name theirs is an error that says
// so; another unknown name gets the list alone.
func TestSSMLVendorVoiceName(t *testing.T) {
	for _, tc := range []struct {
		name string
		hint bool
	}{{"en-US-AvaNeural", true}, {"en-GB-Wavenet-B", true}, {"cmn-CN-Standard-A", true}, {"Joanna", false}, {"en", false}} {
		_, err := engine(t).AnalyzePart(context.Background(), synth.Part{Text: `<speak><voice name="` + tc.name + `">Hi.</voice></speak>`, SSML: true}, nil)
		if err == nil || !strings.Contains(err.Error(), "available voices: ") || strings.Contains(err.Error(), "another service") != tc.hint {
			t.Errorf("%s: error %v (want the other-service hint: %v)", tc.name, err, tc.hint)
		}
	}
}

// FuzzSynthesizeSSML speaks any document as SSML: it is spoken or refused as invalid, never a
// panic, another kind of error, or NaN. The seeds are the real-world table's documents.
func FuzzSynthesizeSSML(f *testing.F) {
	data, err := os.ReadFile("testdata/ssml-real-world.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, block := range strings.Split(string(data), "\n=== ")[1:] {
		_, rest, _ := strings.Cut(block, "\n")
		doc, _, _ := strings.Cut(rest, "\n--> ")
		f.Add(doc)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		rec := &testkit.Recorder{}
		req := synth.Request{Parts: []synth.Part{{Text: s, SSML: true}}, WordTimings: true, Events: synth.EventMarks}
		_, err := engine(t).Synthesize(context.Background(), req, rec)
		if err != nil && !errors.Is(err, synth.ErrInvalidArgument) && !errors.Is(err, synth.ErrNotFound) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		if bad := acoustics.NonFinite(rec.Samples); bad > 0 {
			t.Fatalf("%d NaN/Inf samples in the output", bad)
		}
	})
}

// TestStreamSSMLVendor: the vendor elements and SSML 1.1 attributes read the same streamed in
// pieces as in one document.
func TestStreamSSMLVendor(t *testing.T) {
	e := sengine(t)
	doc := `<speak xmlns:mstts="m"><mstts:express-as style="cheerful" styledegree="1.5"><s>Hello there.</s> How are you?</mstts:express-as>` +
		`<amazon:breath duration="long"/><amazon:domain name="news"><p>The <w role="amazon:VBD">read</w> report. <say-as interpret-as="expletive">Darn</say-as> it.</p></amazon:domain>` +
		`<voice name="Nobody ava" age="30"><prosody range="x-high">Fine, thanks.</prosody></voice>` +
		`<lang xml:lang="fr" onlangfailure="ignoretext">Bonjour.</lang><mark name="end"/></speak>`
	req := synth.Request{Parts: []synth.Part{{SSML: true}}, WordTimings: true, Events: synth.EventMarks}
	want, _ := oneShot(t, e, req, doc)
	if got := words(want.Words); got != "Hello there. How are you? The read report. Darn it. Fine, thanks." {
		t.Fatalf("one-shot words %q", got)
	}
	for _, n := range []int{1, 9, 64} {
		got, _ := streamText(t, e, req, piecesOfSize(doc, n))
		if words(got.Words) != words(want.Words) {
			t.Errorf("pieces of %d: words %q, one-shot %q", n, words(got.Words), words(want.Words))
		}
		for i, w := range got.Words {
			if i < len(want.Words) && w.Speaker != want.Words[i].Speaker {
				t.Errorf("pieces of %d: word %+v, one-shot %+v", n, w, want.Words[i])
			}
		}
		if len(got.Events) != 1 || got.Events[0].Name != "end" {
			t.Errorf("pieces of %d: events %+v", n, got.Events)
		}
	}
}
