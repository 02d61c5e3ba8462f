package synth_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// TestWordTimingsCarryWhatWasWritten: one word event per written token, with its punctuation,
// however the token is read; and each event names its token's bytes in the part's text.
func TestWordTimingsCarryWhatWasWritten(t *testing.T) {
	tests := []struct {
		in     string
		markup bool
		words  []string // Word of each event
		source []string // Text[TextStart:TextEnd] of each event; nil: the same as words
	}{
		{in: "Hello, world.", words: []string{"Hello,", "world."}},
		{in: "In 1995 we paid $3.50 each.", words: []string{"In", "1995", "we", "paid", "$3.50", "each."}},
		{in: "On Feb. 14, 1990, we met.", words: []string{"On", "Feb. 14, 1990,", "we", "met."}},
		{in: "Call 555-1234 or (555) 123-4567.", words: []string{"Call", "555-1234", "or", "(555) 123-4567."}},
		{in: "Dr. Lee of the FBI met NASA.", words: []string{"Dr.", "Lee", "of", "the", "FBI", "met", "NASA."}},
		{in: "CDs, ATMs and COVID-19 at 3pm.", words: []string{"CDs,", "ATMs", "and", "COVID-19", "at", "3pm."}},
		{in: "no no no, very very good", words: []string{"no", "no", "no,", "very", "very", "good"}},
		{in: "I think—no, I know.", words: []string{"I", "think—no,", "I", "know."}},
		{in: "Wait — what?", words: []string{"Wait —", "what?"}},
		{in: "results [1] were fine", words: []string{"results [1]", "were", "fine"}},
		{in: "- item one\n- item two", words: []string{"- item", "one", "- item", "two"}},
		{in: "- item one\n- item two", markup: true, words: []string{"- item", "one", "- item", "two"}},
		{in: "We are done\n# Next part", words: []string{"We", "are", "done", "# Next", "part"}},
		{in: "On Feb. 14, 1990—and then", words: []string{"On", "Feb. 14, 1990—and", "then"}},
		{in: "From Feb. 14, 1990—May 5, 1991 on", words: []string{"From", "Feb. 14, 1990—May 5, 1991", "on"}},
		{in: "I love 東京 very much", words: []string{"I", "love 東京", "very", "much"}},
		{in: "\x1b[31mRed\x1b[0m alert", words: []string{"Red", "alert"}, source: []string{"Red", "alert"}},
		// Markup: what was written, not what was said; punctuation after a tag stays.
		{in: `<say-as interpret-as="characters">TTS</say-as>, ok`, markup: true,
			words: []string{"TTS,", "ok"}, source: []string{"TTS</say-as>,", "ok"}},
		{in: `The <sub alias="World Wide Web">WWW</sub> is big.`, markup: true,
			words: []string{"The", "WWW", "is", "big."}},
		{in: `Call <say-as interpret-as="telephone">555-0100</say-as>.`, markup: true,
			words: []string{"Call", "555-0100."}, source: []string{"Call", "555-0100</say-as>."}},
		{in: `Year <say-as interpret-as="digits">2024</say-as>!`, markup: true,
			words: []string{"Year", "2024!"}, source: []string{"Year", "2024</say-as>!"}},
		{in: `He said <emphasis>no</emphasis>, twice.`, markup: true,
			words: []string{"He", "said", "no,", "twice."}, source: []string{"He", "said", "no</emphasis>,", "twice."}},
		{in: `Say <phoneme alphabet="arpabet" ph="T AH0 M AA1 T OW0">tomato</phoneme>.`, markup: true,
			words: []string{"Say", "tomato."}, source: []string{"Say", "tomato</phoneme>."}},
		{in: `Tom &amp; Jerry say &quot;hi&quot;.`, markup: true,
			words: []string{"Tom", "&", "Jerry", "say", `"hi".`}, source: []string{"Tom", "&amp;", "Jerry", "say", "&quot;hi&quot;."}},
		{in: `One.<break time="300ms"/> Two <emphasis>three</emphasis>four.`, markup: true,
			words: []string{"One.", "Two", "threefour."}, source: []string{"One.", "Two", "three</emphasis>four."}},
	}
	for _, tc := range tests {
		rec, _ := render(t, synth.Request{Parts: []synth.Part{{Text: tc.in, Markup: tc.markup}}, WordTimings: true})
		var words, sources []string
		for _, w := range rec.Words {
			words = append(words, w.Word)
			if w.Part != 0 || w.TextStart < 0 || w.TextEnd < w.TextStart || w.TextEnd > len(tc.in) {
				t.Fatalf("%q: event %+v is outside the part", tc.in, w)
			}
			sources = append(sources, tc.in[w.TextStart:w.TextEnd])
		}
		if strings.Join(words, "|") != strings.Join(tc.words, "|") {
			t.Errorf("%q:\n words  %q\n want   %q", tc.in, words, tc.words)
		}
		want := tc.source
		if want == nil {
			want = tc.words
		}
		if strings.Join(sources, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n source %q\n want   %q", tc.in, sources, want)
		}
		for i := 1; i < len(rec.Words); i++ {
			a, b := rec.Words[i-1], rec.Words[i]
			if b.Start < a.End || b.TextStart < a.TextEnd {
				t.Errorf("%q: events %q and %q overlap", tc.in, a.Word, b.Word)
			}
		}
	}
}

// TestWordTimingsPartsAndSpeakers: events name their part, and offsets are in that part's text.
func TestWordTimingsPartsAndSpeakers(t *testing.T) {
	req := synth.Request{WordTimings: true, Parts: []synth.Part{
		{Speaker: "A", Text: "First part."},
		{Speaker: "B", Text: "Then 42 more.", PauseBefore: 200},
	}}
	rec, _ := render(t, req)
	var got []string
	for _, w := range rec.Words {
		p := req.Parts[w.Part]
		if w.Speaker != p.Speaker || p.Text[w.TextStart:w.TextEnd] != w.Word {
			t.Errorf("event %+v does not match part %d %+v", w, w.Part, p)
		}
		got = append(got, w.Word)
	}
	if strings.Join(got, " ") != "First part. Then 42 more." {
		t.Errorf("words %q", got)
	}
}

// TestWordTimingTextBounded: a long token is one event whose Word is cut to MaxTokenTextBytes
// (its range still covers it all), and the events' text together stays within the input's size:
// nothing is repeated per spoken word.
func TestWordTimingTextBounded(t *testing.T) {
	long := strings.Repeat("abcdefghij", 40) // 400 letters, spelled one by one
	digits := strings.Repeat("1234567890", 30)
	in := "see " + long + " and " + digits + " end"
	rec, _ := render(t, synth.Request{Parts: []synth.Part{{Text: in}}, WordTimings: true})
	total := 0
	for _, w := range rec.Words {
		total += len(w.Word)
		if len(w.Word) > synth.MaxTokenTextBytes {
			t.Errorf("event of %d bytes, the bound is %d", len(w.Word), synth.MaxTokenTextBytes)
		}
	}
	if len(rec.Words) != 5 {
		t.Fatalf("%d events, want 5 (see, the long word, and, the digits, end): %+v", len(rec.Words), rec.Words)
	}
	if w := rec.Words[1]; !strings.HasSuffix(w.Word, "…") || !strings.HasPrefix(long, strings.TrimSuffix(w.Word, "…")) ||
		w.TextStart != 4 || w.TextEnd != 4+len(long) {
		t.Errorf("the long token's event: %+v", w)
	}
	if total > len(in)+len(rec.Words)*len("…") {
		t.Errorf("events hold %d bytes of text for %d bytes of input", total, len(in))
	}
}

// TestNothingToSay: text the voices cannot speak at all is an invalid argument, before any
// audio, naming what was dropped.
func TestNothingToSay(t *testing.T) {
	tests := []struct {
		parts []synth.Part
		part  int      // FieldError.Part
		says  []string // in the message
	}{
		{[]synth.Part{{Text: "... !? —"}}, 0, []string{"nothing to say"}},
		{[]synth.Part{{Text: "\x1b[31m\x1b[0m"}}, 0, []string{"nothing to say"}},
		{[]synth.Part{{Text: `<break time="1s"/>`, Markup: true}}, 0, []string{"nothing to say"}},
		{[]synth.Part{{Text: "東京 🜁"}}, 0, []string{"'東' U+6771 Han", "'🜁' U+1F701 symbol", "3 characters"}},
		{[]synth.Part{{Text: "مرحبا"}}, 0, []string{"Arabic"}},
		{[]synth.Part{{Text: "שלום"}}, 0, []string{"Hebrew"}},
		{[]synth.Part{{Text: "", PauseBefore: 500}, {Text: "🜁"}}, -1, []string{"'🜁'"}},
	}
	for _, tc := range tests {
		rec := &testkit.Recorder{}
		_, err := engine(t).Synthesize(context.Background(), synth.Request{Parts: tc.parts}, rec)
		var fe *synth.FieldError
		if !errors.Is(err, synth.ErrInvalidArgument) || !errors.As(err, &fe) || fe.Field != synth.FieldText || fe.Part != tc.part {
			t.Errorf("%+v: err = %v, want an invalid %s of part %d", tc.parts, err, synth.FieldText, tc.part)
			continue
		}
		for _, s := range tc.says {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%+v: %q does not say %q", tc.parts, err, s)
			}
		}
		if rec.Calls > 0 || len(rec.Samples) > 0 {
			t.Errorf("%+v: %d samples written before the error", tc.parts, len(rec.Samples))
		}
		if _, verr := engine(t).Validate(synth.Request{Parts: tc.parts}); verr == nil || verr.Error() != err.Error() {
			t.Errorf("%+v: Validate says %v, Synthesize %v", tc.parts, verr, err)
		}
	}
}

// TestDroppedInSummary: text partly unspeakable is spoken, with what was dropped in the summary.
func TestDroppedInSummary(t *testing.T) {
	rec, sum := render(t, synth.Request{Parts: []synth.Part{{Text: "We met in 東京, happily 🜁."}}, WordTimings: true})
	var words []string
	for _, w := range rec.Words {
		words = append(words, w.Word)
	}
	// What was not spoken stays in the captions, with the word before it.
	if len(rec.Samples) == 0 || strings.Join(words, "|") != "We|met|in 東京,|happily 🜁." {
		t.Fatalf("%d samples, words %q", len(rec.Samples), words)
	}
	_ = sum == synth.Summary{} // a Summary, Dropped and all, stays comparable
	d := sum.Dropped
	if d.Chars != 3 || len(d.Distinct()) != 3 || d.Distinct()[0].Char != '東' || d.Distinct()[2].Char != '🜁' {
		t.Errorf("Dropped = %+v", d)
	}
	if _, sum := render(t, synth.Request{Parts: []synth.Part{{Text: "A café in Straße, naïvely."}}}); !sum.Dropped.Empty() {
		t.Errorf("Latin text reported dropped: %v", sum.Dropped)
	}
	// Across parts, and in markup (a spelled-out letter with no name counts too).
	_, sum = render(t, synth.Request{Parts: []synth.Part{
		{Text: "One ж."},
		{Text: `Two <say-as interpret-as="characters">aж</say-as>.`, Markup: true},
	}})
	if sum.Dropped.Chars != 2 || len(sum.Dropped.Distinct()) != 1 || sum.Dropped.Distinct()[0].Count != 2 {
		t.Errorf("Dropped = %+v", sum.Dropped)
	}
}

// TestControlCharactersAreNotSpoken: escape sequences and control characters are removed:
// the audio is that of the text without them.
func TestControlCharactersAreNotSpoken(t *testing.T) {
	clean, _ := render(t, synth.Request{Parts: []synth.Part{{Text: "Red alert, 31 meters."}}})
	for _, in := range []string{
		"\x1b[31mRed\x1b[0m alert, 31 meters.",
		"Red\x07 alert,\x00 31 meters.\x1b]0;title\x07",
		"Red \u200balert, 31 me\u00adters.",
	} {
		got, sum := render(t, synth.Request{Parts: []synth.Part{{Text: in}}})
		if len(got.Samples) != len(clean.Samples) {
			t.Errorf("%q: %d samples, the text without controls gives %d", in, len(got.Samples), len(clean.Samples))
			continue
		}
		for i := range got.Samples {
			if got.Samples[i] != clean.Samples[i] {
				t.Errorf("%q: sample %d differs from the text without controls", in, i)
				break
			}
		}
		if !sum.Dropped.Empty() {
			t.Errorf("%q: control characters reported as dropped: %v", in, sum.Dropped)
		}
	}
}

// TestAnalyzeTokens: Analyze names each word's token, once per token, with offsets in its input.
func TestAnalyzeTokens(t *testing.T) {
	in := "Pay $5 on 5/6, then\x07 rest."
	as, err := engine(t).Analyze(context.Background(), in, nil)
	if err != nil {
		t.Fatal(err)
	}
	var toks []string
	for _, a := range as {
		if len(a.TokenOf) != len(a.Words) {
			t.Fatalf("%d words, %d token indexes", len(a.Words), len(a.TokenOf))
		}
		for i, k := range a.TokenOf {
			if k < 0 || k >= len(a.Tokens) || i > 0 && k < a.TokenOf[i-1] {
				t.Errorf("word %d: token %d of %d, after %v", i, k, len(a.Tokens), a.TokenOf[:i])
			}
		}
		for _, tk := range a.Tokens {
			toks = append(toks, tk.Text+"="+in[tk.Start:tk.End])
		}
	}
	if got := strings.Join(toks, " "); got != "Pay=Pay $5=$5 on=on 5/6,=5/6, then=then rest.=rest." {
		t.Errorf("tokens %s", got)
	}
}
