package markup

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []Span
	}{
		{"", nil},
		{"Hello world.", []Span{{Text: "Hello world."}}},
		{"a < b and c > d", []Span{{Text: "a < b and c > d"}}},
		{"x<y", []Span{{Text: "x<y"}}},
		{"3 <4", []Span{{Text: "3 <4"}}},
		{"Q&A &amp; more", []Span{{Text: "Q&A & more"}}},
		{"&lt;b&gt; &quot;q&quot; &apos;s &#39; &#x41;", []Span{{Text: `<b> "q" 's ' A`}}},
		{`Hi <break time="500ms"/> there`, []Span{{Text: "Hi "}, {Text: " there", BreakMillis: 500}}},
		{`Hi<break time="1.5s"/>there`, []Span{{Text: "Hi"}, {Text: "there", BreakMillis: 1500}}},
		{`Hi<break time='2 s'/>`, []Span{{Text: "Hi"}, {BreakMillis: 2000}}},
		{`<break/>Go`, []Span{{Text: "Go", BreakMillis: 400}}},
		{`a<break strength="x-strong"/>b`, []Span{{Text: "a"}, {Text: "b", BreakMillis: 1200}}},
		{`a<break strength="none"/>b`, []Span{{Text: "ab"}}},
		{`a<break time="300ms"/><break time="200ms"/>b`, []Span{{Text: "a"}, {Text: "b", BreakMillis: 500}}},
		{`a<break time="9s"/><break time="9s"/>b`, []Span{{Text: "a"}, {Text: "b", BreakMillis: MaxBreakMillis}}},
		{`I <emphasis>really</emphasis> do`, []Span{{Text: "I "}, {Text: "really", Emphasis: Moderate}, {Text: " do"}}},
		{`<EMPHASIS LEVEL="strong">No</EMPHASIS>`, []Span{{Text: "No", Emphasis: Strong}}},
		{`<emphasis level="reduced">a <emphasis level="strong">b</emphasis> c</emphasis>`,
			[]Span{{Text: "a ", Emphasis: Reduced}, {Text: "b", Emphasis: Strong}, {Text: " c", Emphasis: Reduced}}},
		{`Call <say-as interpret-as="telephone">555 0100</say-as>.`,
			[]Span{{Text: "Call "}, {Text: "555 0100", SayAs: Telephone}, {Text: "."}}},
		{`<say-as interpret-as="spell-out">TTS</say-as>`, []Span{{Text: "TTS", SayAs: Characters}}},
		{`<say-as interpret-as="characters">AB</say-as><say-as interpret-as="characters">CD</say-as>`,
			[]Span{{Text: "AB", SayAs: Characters}, {Text: "CD", SayAs: Characters}}},
		{`<say-as interpret-as="date" format="mdy">1/2/2000</say-as>`, []Span{{Text: "1/2/2000", SayAs: Date, Format: "mdy"}}},
		{`PIN <say-as interpret-as="digits">1234</say-as>`, []Span{{Text: "PIN "}, {Text: "1234", SayAs: Digits}}},
		{`<sub alias="World Wide Web">WWW</sub>`, []Span{{Text: "WWW", Alias: "World Wide Web"}}},
		{`<sub alias="R &amp; D">R&amp;D</sub>`, []Span{{Text: "R&D", Alias: "R & D"}}},
		{`<emphasis>big <break time="200ms"/>deal</emphasis>`,
			[]Span{{Text: "big ", Emphasis: Moderate}, {Text: "deal", Emphasis: Moderate, BreakMillis: 200}}},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
}

func TestPhoneme(t *testing.T) {
	for _, in := range []string{
		`<phoneme alphabet="arpabet" ph="T AH0 M EY1 T OW2">tomato</phoneme>`,
		`<phoneme alphabet="ipa" ph="təˈmeɪtoʊ">tomato</phoneme>`,
		`<phoneme ph="təˈmeɪtoʊ">tomato</phoneme>`,
	} {
		sp, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		if len(sp) != 1 || sp[0].Text != "tomato" || len(sp[0].Pron) == 0 || sp[0].Phonemes == "" {
			t.Errorf("Parse(%q) = %+v", in, sp)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		in     string
		col    int
		substr string
	}{
		{`Hi <foo>x</foo>`, 4, "unknown tag <foo>"},
		{`<speak>Hi</speak>`, 1, "send it as SSML"}, // a whole SSML document sent as markup
		{`é <bogus/>`, 3, "unknown tag"},
		{`<break time="500"/>`, 8, "unit"},
		{`<break time="-1s"/>`, 8, "range"},
		{`<break time="11s"/>`, 8, "range"},
		{`<break time="1e3ms"/>`, 8, "number"},
		{`<break strength="loud"/>`, 8, "strength"},
		{`<break time=500ms/>`, 13, "quoted"},
		{`<break time="5ms/>`, 13, "closing quote"},
		{`<break time/>`, 8, "no value"},
		{`<break size="1"/>`, 8, "no attribute"},
		{`<break time="1s" time="2s"/>`, 18, "twice"},
		{`<break time="1s"/ >`, 17, "attribute name"},
		{`<break time="1s"time="2s"/>`, 17, "space"},
		{`<break>`, 1, "must be empty"},
		{`<emphasis>x`, 1, "never closed"},
		{`x</emphasis>`, 2, "closes nothing"},
		{`<emphasis>x</sub>`, 12, "does not match"},
		{`<emphasis level="loud">x</emphasis>`, 11, "level"},
		{`<say-as>1</say-as>`, 1, "interpret-as"},
		{`<say-as interpret-as="verbatim">1</say-as>`, 9, "interpret-as"},
		{`<sub>x</sub>`, 1, "alias"},
		{`<sub alias="a">  </sub>`, 1, "no text"},
		{`<sub alias="a"><emphasis>x</emphasis></sub>`, 16, "cannot hold"},
		{`<sub alias="a">x<break/></sub>`, 17, "cannot hold a break"},
		{`<phoneme>x</phoneme>`, 1, "ph"},
		{`<phoneme alphabet="sapi" ph="x">x</phoneme>`, 10, "alphabet"},
		{`<phoneme alphabet="arpabet" ph="QQ9">x</phoneme>`, 29, "ph"},
		{`<emphasis/>`, 1, "empty"},
		{`</emphasis level="x">`, 1, "malformed"},
		{"bad \xff byte", 5, "UTF-8"},
		{strings.Repeat("<emphasis>", MaxDepth+1) + "x", 1 + 10*MaxDepth, "deep"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.in)
		var me *Error
		if !errors.As(err, &me) || !errors.Is(err, ErrMarkup) {
			t.Errorf("Parse(%q) = %v, want a markup error", tc.in, err)
			continue
		}
		if me.Column != tc.col || !strings.Contains(err.Error(), tc.substr) {
			t.Errorf("Parse(%q) = %v (column %d), want column %d and %q", tc.in, err, me.Column, tc.col, tc.substr)
		}
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]int{"0ms": 0, "250ms": 250, "1s": 1000, "0.5s": 500, " 2 S ": 2000, "10s": 10000, "1.0004s": 1000} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "ms", "s", "5", "5m", "NaNs", "infms", "0x10ms", "-0.1s", "10.1s"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) succeeded", in)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "plain", "a < b", `Hi <break time="500ms"/> there`, `<emphasis level="strong">x</emphasis>`,
		`<say-as interpret-as="digits">12</say-as>`, `<sub alias="x">y</sub>`, "&amp;&#x41;&#0;&bogus;",
		`<phoneme alphabet="ipa" ph="həˈloʊ">hello</phoneme>`, "<emphasis>", "</x>", "<a\n>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans, err := Parse(s)
		if err != nil {
			var me *Error
			if !errors.As(err, &me) || me.Offset < 0 || me.Offset > len(s) || me.Column < 1 {
				t.Fatalf("Parse(%q): bad error %v", s, err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Parse accepted invalid UTF-8 %q", s)
		}
		if !HasMarkup(s) {
			if s == "" && spans != nil || s != "" && (len(spans) != 1 || spans[0].Text != s) {
				t.Fatalf("Parse(%q) = %+v, want the text unchanged", s, spans)
			}
		}
		for i, sp := range spans {
			if sp.BreakMillis < 0 || sp.BreakMillis > MaxBreakMillis {
				t.Fatalf("span %d break %d out of range", i, sp.BreakMillis)
			}
			if sp.Text == "" && (sp.BreakMillis == 0 || i != len(spans)-1) {
				t.Fatalf("span %d of %q is empty: %+v", i, s, spans)
			}
			if len(sp.Text) > len(s) {
				t.Fatalf("span text longer than input")
			}
		}
	})
}
