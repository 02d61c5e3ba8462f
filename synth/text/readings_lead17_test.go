package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReadingsLead17 checks testdata/readings-lead17.tsv: Markdown tables and code fences as
// sentences of their own, TeX math read as mathematics, a division sign between numbers, with
// cases that must read as before. "↵" in an input is a line break.
func TestReadingsLead17(t *testing.T) {
	n, misses := scoreHeldOutWith(t, "testdata/readings-lead17.tsv", func(in string) string {
		return strings.ReplaceAll(in, "↵", "\n")
	})
	for _, m := range misses {
		t.Error(m)
	}
	if n < 20 {
		t.Fatalf("only %d cases", n)
	}
}

// Each row of a Markdown table and each line of a fenced code block is a sentence of its own:
// a reader pauses between rows and between lines of code, and never runs them together.
func TestMarkdownBlocksAreSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"| a | b |\n|---|---|\n| c | d |\n| e | f |", []string{"a b", "c d", "e f"}},
		{"Try:\n```go\nx := 1\ny := 2\n```\nDone", []string{"try", "x equals one", "y equals two", "done"}},
		// A fence stays open across a blank line.
		{"```\nfoo bar\n\nbaz qux\nquux\n```", []string{"foo bar", "baz qux", "quux"}},
		{"one line\nand its second line", []string{"one line and its second line"}},
	} {
		var got []string
		for _, raw := range SplitSentences(tc.in) {
			if s := NormalizeSentence(raw).String(); s != "" {
				got = append(got, s)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: sentences %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every TeX command read as a symbol fits in the bytes of the command and its backslash, since
// math is rewritten in place.
func TestTeXSymbolsFit(t *testing.T) {
	for name, sym := range texSymbols {
		if len(sym) > len(name)+1 || !utf8.ValidString(sym) {
			t.Errorf(`\%s: %q takes %d bytes`, name, sym, len(sym))
		}
		if symbolWords[sym] == "" && sym != "<" && sym != ">" {
			t.Errorf(`\%s: %q has no reading in symbolWords`, name, sym)
		}
	}
}

// A word of rewritten math names what was written: its Source is the input's text at its
// offsets.
func TestMathWordSources(t *testing.T) {
	raw := `If $a \le b$ then.`
	s := NormalizeWith(raw, Options{})
	for _, w := range s.Words {
		if raw[w.Start:w.End] != w.Source {
			t.Errorf("%q: source %q at [%d,%d) is %q", w.Text, w.Source, w.Start, w.End, raw[w.Start:w.End])
		}
	}
	if got := s.String(); got != "if a less than or equal to b then" {
		t.Errorf("read %q", got)
	}
}

// FuzzBlankMarkdown: blanking keeps the length (offsets do not move), keeps valid UTF-8 valid,
// and never panics; the normalizer's words over Markdown and math are in the spoken alphabet,
// each locating what was written.
func FuzzBlankMarkdown(f *testing.F) {
	for _, s := range []string{
		"| a | b |", "|---|", "```go", "$E = mc^2$", `\(\frac{1}{2}\)`, `$\frac{\frac{1}{2}}{3}$`,
		`$\frac{1}{$`, `$$\sum_{i=1}^n$$`, `\[a\]`, "$5 and $10", "$AAPL$", `$\`, `\frac{}{}`,
		`$\frac{12}{345}$`, "$x\n$", `$\times\cdot\div\pm\le$`, "[a](b) $c$", "It&#39;s", "&#x2014;",
		"&#xD800;", "&#0;", "&amp;&amp;", "<br/>", "<b>x</b>y", "<!-- x", "<!-- x -->", "<a href='>'>",
		"[^1]: x", "a[^b-c]", "[^]", "&nbsp;\x00", "<i>\x1b[31m</i>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		got := blankMarkdown(s)
		if len(got) != len(s) {
			t.Fatalf("%q: %d bytes became %d", s, len(s), len(got))
		}
		if !utf8.ValidString(s) {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("%q: became invalid UTF-8 %q", s, got)
		}
		sents, err := NormalizeTextWith(s, Options{})
		if err != nil {
			t.Fatalf("error on valid UTF-8: %v", err)
		}
		for _, x := range sents {
			for _, w := range x.Words {
				if !validWordText(w.Text) || w.End > len(s) || s[w.Start:w.End] != w.Source {
					t.Fatalf("word %q: source %q at [%d,%d) of %q", w.Text, w.Source, w.Start, w.End, s)
				}
			}
		}
	})
}

// A period after an e-mail or web address ends the sentence before any capitalized word (an
// address is not an initial that a name may follow); initials and abbreviations still wait for
// a sentence opener.
func TestAddressEndsSentence(t *testing.T) {
	for in, want := range map[string]int{
		"Email support@acme.io. Thanks!":       2,
		"Go to x.com. Bob will help.":          2,
		"See https://x.org/a. Bob waits.":      2,
		"Our site is bbc.co.uk. Thanks.":       2,
		"The U.S. Army left.":                  1,
		"She has a Ph.D. Smith said so.":       1,
		"Cities, e.g. Paris, are big.":         1,
		"Version 3.11. Python is fast.":        2,
		"Visit x.com/path?q=1. Ann will help.": 2,
	} {
		if got := len(SplitSentences(in)); got != want {
			t.Errorf("%q: %d sentences, want %d: %q", in, got, want, SplitSentences(in))
		}
	}
}
