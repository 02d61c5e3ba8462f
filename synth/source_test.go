package synth

import (
	"context"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/markup"
)

// TestEventsSpanTheirWords: each word event runs from the first sample of its token's first
// word to the end of its last, as the plan places those words, even when a token's words run
// across phrases ("1,234,567,890" is read as more words than one phrase holds).
func TestEventsSpanTheirWords(t *testing.T) {
	e := testEngine(t)
	for _, in := range []string{
		"In 1995 we paid $3.50 on Feb. 14, 1990, at 9:05 am.",
		"It counts 1,234,567,890,123 stars; call 555-123-4567 now.",
		"Say TTS, CDs and B2B — then no no no.",
	} {
		req := Request{Parts: []Part{{Text: in}}, WordTimings: true}
		parts, rate, err := e.resolve(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if rate != parts[0].entry.voice.SampleRate {
			t.Fatalf("the default voice is resampled (%d Hz); positions below assume its own rate", rate)
		}
		// The plan alone: each word's place in the output, and its token.
		type word struct {
			start, end  int64
			tok         *Token
			first, last bool
			phrase      int
		}
		var words []word
		var at int64
		phrase := 0
		r := e.newRender(&req, rate, &keep{})
		err = r.plan(context.Background(), parts, func(g *group) error {
			for _, pp := range g.phrases {
				for i, span := range pp.ph.Words {
					ref := pp.tokens[i]
					words = append(words, word{at + int64(span.Start), at + int64(span.End), ref.tok, ref.first, ref.last, phrase})
				}
				at += int64(pp.ph.Samples())
				phrase++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var want []WordTiming
		across := false // a token whose words are in more than one phrase
		firstPhrase := 0
		for i, w := range words {
			if w.first {
				firstPhrase = w.phrase
			}
			across = across || w.last && w.phrase != firstPhrase
			if w.first {
				want = append(want, WordTiming{Word: w.tok.Text, Start: w.start, TextStart: w.tok.Start, TextEnd: w.tok.End})
			}
			if w.last {
				want[len(want)-1].End = w.end
			}
			if i > 0 && w.tok != words[i-1].tok && !(words[i-1].last && w.first) {
				t.Fatalf("%q: token boundary between words %d and %d not marked", in, i-1, i)
			}
		}
		if strings.Contains(in, "1,234") && !across {
			t.Fatalf("%q: no token runs across phrases; the test needs one", in)
		}
		if len(want) >= len(words) {
			t.Fatalf("%q: %d tokens for %d words: no token was read as several words", in, len(want), len(words))
		}
		rec := &keep{}
		if _, err := e.Synthesize(context.Background(), req, rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.words) != len(want) {
			t.Fatalf("%q: %d events, the plan has %d tokens", in, len(rec.words), len(want))
		}
		for i, w := range rec.words {
			if w != want[i] {
				t.Errorf("%q: event %d = %+v, want %+v", in, i, w, want[i])
			}
		}
	}
}

// TestAlignMarkup: the decoded text of markup maps back to the bytes it was written as, byte for
// byte outside entities and to the whole entity inside one, for what markup.Parse reads.
func TestAlignMarkup(t *testing.T) {
	for _, in := range []string{
		"plain text, no tags",
		"a &lt;b&gt; c &amp; d &quot;e&quot; &apos;f&apos;",
		"<emphasis>x</emphasis>&amp;y and Q&A &#65;&#x42;!",
		`<sub alias="a &amp; b">W&amp;W</sub> and <say-as interpret-as="characters">TTS</say-as>.`,
		"x < y and z>w, a <b\nc> d",
		`one<break time="1s"/>two <emphasis level="strong">three
four</emphasis> five`,
	} {
		spans, err := markup.Parse(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		var b strings.Builder
		for _, sp := range spans {
			b.WriteString(sp.Text)
		}
		decoded := b.String()
		runs := alignMarkup(in, decoded)
		if len(runs) == 1 && !runs[0].literal && runs[0].srcN == len(in) && len(in) > 11 {
			t.Errorf("%q: no alignment (the whole text maps to the whole input)", in)
			continue
		}
		for j := 0; j < len(decoded); j++ {
			a, z := originStart(runs, j), originEnd(runs, j+1)
			if a < 0 || z <= a || z > len(in) {
				t.Fatalf("%q: decoded byte %d maps to [%d,%d)", in, j, a, z)
			}
			switch src := in[a:z]; {
			case len(src) == 1 && src[0] == decoded[j]:
			case strings.HasPrefix(src, "&") && strings.HasSuffix(src, ";"):
			default:
				t.Fatalf("%q: decoded byte %d (%q) maps to %q", in, j, decoded[j], src)
			}
		}
	}
	// Text and input that disagree map every range to the whole input, never to a wrong place.
	runs := alignMarkup("<emphasis>abc</emphasis>", "abd")
	if a, z := originStart(runs, 1), originEnd(runs, 2); a != 0 || z != len("<emphasis>abc</emphasis>") {
		t.Errorf("a failed alignment maps [1,2) to [%d,%d)", a, z)
	}
}

// FuzzTokens: for any text, plain or with markup, the front end's tokens are ordered, disjoint,
// inside the part, bounded, and each has at least one word; for plain text without control
// characters a token's text is its range of the input.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"Hello, world.", "Feb. 14, 1990—May 5, 1991", "a\x1b[31mb\x1b[0m c", "東京 😀 ok",
		`<say-as interpret-as="telephone">555-0100</say-as>, <sub alias="x y">W</sub>.`,
		"- a\n- b\n# c", "&amp;&lt;x&gt; Q&A", strings.Repeat("ab", 3000), "x — — y",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, s string, markup bool) {
		parts, _, err := e.resolve(context.Background(), Request{Parts: []Part{{Text: s, Markup: markup}}})
		if err != nil {
			return
		}
		plain := !markup && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r >= 0x7f })
		prevEnd := 0
		err = e.sentences(context.Background(), e.lexicon, &parts[0], nil, func(snt sentence) error {
			if len(snt.TokenOf) != len(snt.Words) {
				t.Fatalf("%d words, %d token indexes", len(snt.Words), len(snt.TokenOf))
			}
			for i, k := range snt.TokenOf {
				if k < 0 || k >= len(snt.Tokens) || i > 0 && k != snt.TokenOf[i-1] && k != snt.TokenOf[i-1]+1 || i == 0 && k != 0 {
					t.Fatalf("word %d has token %d of %d (previous %v)", i, k, len(snt.Tokens), snt.TokenOf[:i])
				}
			}
			if n := len(snt.TokenOf); n > 0 && snt.TokenOf[n-1] != len(snt.Tokens)-1 {
				t.Fatalf("tokens without words: %d tokens, last word's is %d", len(snt.Tokens), snt.TokenOf[n-1])
			}
			for _, tk := range snt.Tokens {
				if tk.Start < prevEnd || tk.End < tk.Start || tk.End > len(s) {
					t.Fatalf("token %+v out of order or range (previous end %d, length %d)", tk, prevEnd, len(s))
				}
				prevEnd = tk.End
				if len(tk.Text) > MaxTokenTextBytes {
					t.Fatalf("token text of %d bytes", len(tk.Text))
				}
				if plain && tk.Text != clipToken(s[tk.Start:tk.End]) {
					t.Fatalf("token %q, its range reads %q", tk.Text, s[tk.Start:tk.End])
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
