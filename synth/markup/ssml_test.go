package markup

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
)

// speak wraps a fragment in a root element as pasted from the vendors' documentation.
func speak(s string) string {
	return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">` + s + `</speak>`
}

func ipa(t *testing.T, s string) phone.Pron {
	t.Helper()
	p, err := g2p.ParseIPA(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func arpa(t *testing.T, s string) phone.Pron {
	t.Helper()
	p, err := g2p.ParseARPAbet(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// withoutPos drops the source positions, which TestSSMLPositions checks on their own, and rounds
// prosody to 1e-9: the table's values are the documented formulas worked exactly, and the float64
// logarithms behind them are off by about 1e-15.
func withoutPos(spans []Span) []Span {
	out := make([]Span, len(spans))
	r := func(x float64) float64 { return math.Round(x*1e9) / 1e9 }
	for i, s := range spans {
		s.Start, s.End = 0, 0
		s.Prosody.Rate, s.Prosody.Pitch, s.Prosody.Volume = r(s.Prosody.Rate), r(s.Prosody.Pitch), r(s.Prosody.Volume)
		out[i] = s
	}
	return out
}

func TestParseSSML(t *testing.T) {
	en := "en-US"
	tests := []struct {
		name string
		in   string
		opts Options
		want []Span
	}{
		// Documents and XML.
		{"empty", "", Options{}, nil},
		{"empty speak", "<speak></speak>", Options{}, nil},
		{"self-closed speak", "<speak/>", Options{}, nil},
		{"fragment without speak", "Hello world.", Options{}, []Span{{Text: "Hello world."}}},
		{"bare speak", "<speak>Hi.</speak>", Options{}, []Span{{Text: "Hi."}}},
		{"speak attributes", speak("Hi."), Options{}, []Span{{Text: "Hi.", Lang: en}}},
		{"vendor namespaces", `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:mstts="https://www.w3.org/2001/mstts" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b" xml:base="http://x/">Hi.</speak>`,
			Options{}, []Span{{Text: "Hi."}}},
		{"declaration, comments, PI", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- top -->\n<speak>A<!-- inside -->B<?pi data?>C</speak>\n<!-- end -->",
			Options{}, []Span{{Text: "ABC"}}},
		{"byte-order mark", "\uFEFF<speak>Hi.</speak>", Options{}, []Span{{Text: "Hi."}}},
		{"white space collapses", "<speak>\n  Hello,\n\t  world.  \n</speak>", Options{}, []Span{{Text: "Hello, world."}}},
		{"predefined entities", "<speak>&lt;b&gt; &amp; &quot;q&quot; &apos;s</speak>", Options{}, []Span{{Text: `<b> & "q" 's`}}},
		{"character references", "<speak>&#65;&#x42; caf&#233; &#x1F600;</speak>", Options{}, []Span{{Text: "AB café 😀"}}},
		{"CDATA", "<speak><![CDATA[a < b && c]]> done</speak>", Options{}, []Span{{Text: "a < b && c done"}}},
		{"gt in text", "<speak>a > b</speak>", Options{}, []Span{{Text: "a > b"}}},
		{"upper-case names", `<SPEAK><Emphasis LEVEL="strong">x</Emphasis></SPEAK>`, Options{}, []Span{{Text: "x", Emphasis: Strong}}},
		{"single quotes and spaces", "<speak><break\n time = '2s'\n/>x</speak>", Options{}, []Span{{Text: "x", BreakMillis: 2000}}},
		{"greater-than in a value", `<speak><sub alias="a > b">x</sub></speak>`, Options{}, []Span{{Text: "x", Alias: "a > b"}}},
		{"value normalization", "<speak><sub alias=\"World\n\tWide  Web\">WWW</sub></speak>", Options{}, []Span{{Text: "WWW", Alias: "World Wide Web"}}},
		{"entity in value", `<speak><sub alias="R &amp; D">R&amp;D</sub></speak>`, Options{}, []Span{{Text: "R&D", Alias: "R & D"}}},

		// <p> and <s>.
		{"sentences", "<speak><s>One</s> <s>Two</s></speak>", Options{}, []Span{{Text: "One"}, {Text: "Two", Boundary: SentenceBoundary}}},
		{"paragraphs", "<speak><p>One.</p>\n<p>Two.</p></speak>", Options{}, []Span{{Text: "One."}, {Text: "Two.", Boundary: ParagraphBoundary}}},
		{"long names", "<speak><paragraph><sentence>A</sentence><sentence>B</sentence></paragraph>C</speak>",
			Options{}, []Span{{Text: "A"}, {Text: "B", Boundary: SentenceBoundary}, {Text: "C", Boundary: ParagraphBoundary}}},
		{"text around a paragraph", "<speak>Before <p>inside</p> after</speak>",
			Options{}, []Span{{Text: "Before"}, {Text: "inside", Boundary: ParagraphBoundary}, {Text: "after", Boundary: ParagraphBoundary}}},
		{"sentence lang", `<speak><s xml:lang="en-GB">Hi</s></speak>`, Options{}, []Span{{Text: "Hi", Lang: "en-GB"}}},
		{"empty p", "<speak>a<p/>b</speak>", Options{}, []Span{{Text: "a"}, {Text: "b", Boundary: ParagraphBoundary}}},

		// <break>.
		{"break ms", `<speak>a<break time="500ms"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 500}}},
		{"break s", `<speak>a<break time="1.5s"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 1500}}},
		{"break bare", `<speak>a<break/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 400}}},
		{"break with end tag", `<speak>a<break time="1s"></break>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 1000}}},
		{"break end tag after space and comment", "<speak>a<break time=\"1s\">\n<!-- c --></break >b</speak>", Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 1000}}},
		{"break strength none", `<speak>a<break strength="none"/>b</speak>`, Options{}, []Span{{Text: "ab"}}},
		{"break strength x-weak", `<speak>a<break strength="x-weak"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 100}}},
		{"break strength weak", `<speak>a<break strength="weak"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 250}}},
		{"break strength medium", `<speak>a<break strength="medium"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 400}}},
		{"break strength strong", `<speak>a<break strength="strong"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 700}}},
		{"break strength x-strong", `<speak>a<break strength="x-strong"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 1200}}},
		{"break time wins over strength", `<speak>a<break strength="x-strong" time="20ms"/>b</speak>`, Options{}, []Span{{Text: "a"}, {Text: "b", BreakMillis: 20}}},
		{"breaks add up", `<speak>a <break time="300ms"/> <break time="200ms"/> b</speak>`, Options{}, []Span{{Text: "a "}, {Text: " b", BreakMillis: 500}}},
		{"trailing break", `<speak>a<break time="2s"/></speak>`, Options{}, []Span{{Text: "a"}, {BreakMillis: 2000}}},

		// <prosody>: rate.
		{"rate x-slow", `<speak><prosody rate="x-slow">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 0.5}}}},
		{"rate slow", `<speak><prosody rate="slow">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 0.75}}}},
		{"rate medium", `<speak><prosody rate="medium">a</prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"rate fast", `<speak><prosody rate="fast">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 1.5}}}},
		{"rate x-fast", `<speak><prosody rate="x-fast">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 2}}}},
		{"rate percent", `<speak><prosody rate="150%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 1.5}}}},
		{"rate plus percent", `<speak><prosody rate="+20%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 1.2}}}},
		{"rate minus percent", `<speak><prosody rate="-50%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 0.5}}}},
		{"rate multiplier", `<speak><prosody rate="0.8">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 0.8}}}},
		{"rate relative composes", `<speak><prosody rate="200%"><prosody rate="-25%">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 1.5}}}},
		{"rate absolute replaces", `<speak><prosody rate="x-fast"><prosody rate="50%">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 0.5}}}},
		{"rate default resets", `<speak><prosody rate="fast">a<prosody rate="default">b</prosody>c</prosody></speak>`, Options{},
			[]Span{{Text: "a", Prosody: Prosody{Rate: 1.5}}, {Text: "b"}, {Text: "c", Prosody: Prosody{Rate: 1.5}}}},

		// <prosody>: pitch.
		{"pitch x-low", `<speak><prosody pitch="x-low">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: -6}}}},
		{"pitch low", `<speak><prosody pitch="low">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: -3}}}},
		{"pitch medium", `<speak><prosody pitch="medium">a</prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"pitch high", `<speak><prosody pitch="high">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 3}}}},
		{"pitch x-high", `<speak><prosody pitch="x-high">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 6}}}},
		{"pitch default", `<speak><prosody pitch="high"><prosody pitch="default">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"pitch plus semitones", `<speak><prosody pitch="+2st">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 2}}}},
		{"pitch minus semitones", `<speak><prosody pitch="-1.5st">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: -1.5}}}},
		{"pitch semitones compose", `<speak><prosody pitch="+2st"><prosody pitch="+3st">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 5}}}},
		// 100 Hz base: an octave (12 st) up is 200 Hz; +100 Hz from 100 Hz is that octave.
		{"pitch absolute Hz", `<speak><prosody pitch="200Hz">a</prosody></speak>`, Options{BaseHz: func(string) float64 { return 100 }}, []Span{{Text: "a", Prosody: Prosody{Pitch: 12}}}},
		{"pitch plus Hz", `<speak><prosody pitch="+100Hz">a</prosody></speak>`, Options{BaseHz: func(string) float64 { return 100 }}, []Span{{Text: "a", Prosody: Prosody{Pitch: 12}}}},
		{"pitch minus Hz", `<speak><prosody pitch="-50hz">a</prosody></speak>`, Options{BaseHz: func(string) float64 { return 100 }}, []Span{{Text: "a", Prosody: Prosody{Pitch: -12}}}},
		{"pitch Hz against the voice's base", `<speak><voice name="kit"><prosody pitch="+300Hz">a</prosody></voice></speak>`,
			Options{BaseHz: func(v string) float64 { return map[string]float64{"kit": 300}[v] }}, []Span{{Text: "a", Voice: "kit", Prosody: Prosody{Pitch: 12}}}},
		{"pitch default base", `<speak><prosody pitch="300Hz">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 12}}}},
		{"pitch plus percent", `<speak><prosody pitch="+100%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 12}}}},
		{"pitch minus percent", `<speak><prosody pitch="+12st"><prosody pitch="-50%">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: 0}}}},
		{"pitch unsigned percent", `<speak><prosody pitch="50%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Pitch: -12}}}},

		// <prosody>: volume.
		{"volume silent", `<speak><prosody volume="silent">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Silent: true}}}},
		{"volume x-soft", `<speak><prosody volume="x-soft">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: -12}}}},
		{"volume soft", `<speak><prosody volume="soft">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: -6}}}},
		{"volume medium", `<speak><prosody volume="medium">a</prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"volume loud", `<speak><prosody volume="loud">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: 6}}}},
		{"volume x-loud", `<speak><prosody volume="x-loud">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: 12}}}},
		{"volume default", `<speak><prosody volume="silent"><prosody volume="default">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"volume plus dB", `<speak><prosody volume="+6dB">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: 6}}}},
		{"volume minus dB", `<speak><prosody volume="-3.5DB">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: -3.5}}}},
		{"volume dB compose", `<speak><prosody volume="-3dB"><prosody volume="+6dB">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: 3}}}},
		{"volume level 100", `<speak><prosody volume="100">a</prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"volume level 10", `<speak><prosody volume="10">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: -20}}}},
		{"volume level 0", `<speak><prosody volume="0">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Silent: true}}}},
		{"volume level change", `<speak><prosody volume="10"><prosody volume="+90">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"volume level change to silence", `<speak><prosody volume="-100">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Silent: true}}}},
		{"volume unsigned percent", `<speak><prosody volume="10%">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Volume: -20}}}},
		{"volume plus percent", `<speak><prosody volume="10"><prosody volume="+900%">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a"}}},
		{"volume relative stays silent", `<speak><prosody volume="silent"><prosody volume="+6dB">a</prosody></prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Silent: true}}}},
		{"prosody all three", `<speak><prosody rate="fast" pitch="low" volume="x-loud">a</prosody></speak>`, Options{}, []Span{{Text: "a", Prosody: Prosody{Rate: 1.5, Pitch: -3, Volume: 12}}}},
		{"prosody ends", `<speak>a <prosody rate="slow">b</prosody> c</speak>`, Options{},
			[]Span{{Text: "a "}, {Text: "b", Prosody: Prosody{Rate: 0.75}}, {Text: " c"}}},
		{"same prosody merges", `<speak><prosody rate="slow">a</prosody> <prosody rate="75%">b</prosody></speak>`, Options{},
			[]Span{{Text: "a b", Prosody: Prosody{Rate: 0.75}}}},

		// <emphasis>.
		{"emphasis default", `<speak>I <emphasis>really</emphasis> do</speak>`, Options{}, []Span{{Text: "I "}, {Text: "really", Emphasis: Moderate}, {Text: " do"}}},
		{"emphasis strong", `<speak><emphasis level="strong">a</emphasis></speak>`, Options{}, []Span{{Text: "a", Emphasis: Strong}}},
		{"emphasis moderate", `<speak><emphasis level="moderate">a</emphasis></speak>`, Options{}, []Span{{Text: "a", Emphasis: Moderate}}},
		{"emphasis reduced", `<speak><emphasis level="reduced">a</emphasis></speak>`, Options{}, []Span{{Text: "a", Emphasis: Reduced}}},
		{"emphasis none", `<speak>x <emphasis level="none">a</emphasis></speak>`, Options{}, []Span{{Text: "x a"}}},
		{"one space where text merges", `<speak>x <emphasis level="none"> a </emphasis> b</speak>`, Options{}, []Span{{Text: "x a b"}}},
		{"a space where text merges after blank", "<speak>x<emphasis level=\"none\">a</emphasis>\n<emphasis level=\"none\">b</emphasis></speak>", Options{}, []Span{{Text: "xa b"}}},
		{"emphasis holds elements", `<speak><emphasis>a <prosody pitch="high">b</prosody></emphasis></speak>`, Options{},
			[]Span{{Text: "a ", Emphasis: Moderate}, {Text: "b", Emphasis: Moderate, Prosody: Prosody{Pitch: 3}}}},

		// <say-as>.
		{"say-as cardinal", `<speak><say-as interpret-as="cardinal">12345</say-as></speak>`, Options{}, []Span{{Text: "12345", SayAs: Cardinal}}},
		{"say-as number", `<speak><say-as interpret-as="number">7</say-as></speak>`, Options{}, []Span{{Text: "7", SayAs: Cardinal}}},
		{"say-as ordinal", `<speak><say-as interpret-as="ordinal">10</say-as></speak>`, Options{}, []Span{{Text: "10", SayAs: Ordinal}}},
		{"say-as characters", `<speak><say-as interpret-as="characters">SSML</say-as></speak>`, Options{}, []Span{{Text: "SSML", SayAs: Characters}}},
		{"say-as spell-out", `<speak><say-as interpret-as="spell-out">hello</say-as></speak>`, Options{}, []Span{{Text: "hello", SayAs: Characters}}},
		{"say-as digits", `<speak><say-as interpret-as="digits">2024</say-as></speak>`, Options{}, []Span{{Text: "2024", SayAs: Digits}}},
		{"say-as fraction", `<speak><say-as interpret-as="fraction">3/4</say-as></speak>`, Options{}, []Span{{Text: "3/4", SayAs: Fraction}}},
		{"say-as unit", `<speak><say-as interpret-as="unit">10 kg</say-as></speak>`, Options{}, []Span{{Text: "10 kg", SayAs: Unit}}},
		{"say-as date", `<speak><say-as interpret-as="date">2024-08-15</say-as></speak>`, Options{}, []Span{{Text: "2024-08-15", SayAs: Date}}},
		{"say-as time", `<speak><say-as interpret-as="time">2:30pm</say-as></speak>`, Options{}, []Span{{Text: "2:30pm", SayAs: Time}}},
		{"say-as time hms12", `<speak><say-as interpret-as="time" format="hms12">2:30pm</say-as></speak>`, Options{}, []Span{{Text: "2:30pm", SayAs: Time, Format: "hms12"}}},
		{"say-as time hms24", `<speak><say-as interpret-as="time" format="HMS24">14:30</say-as></speak>`, Options{}, []Span{{Text: "14:30", SayAs: Time, Format: "hms24"}}},
		{"say-as telephone", `<speak><say-as interpret-as="telephone">555-0100</say-as></speak>`, Options{}, []Span{{Text: "555-0100", SayAs: Telephone}}},
		{"say-as telephone country", `<speak><say-as interpret-as="telephone" format="+44">20 7946 0000</say-as></speak>`, Options{}, []Span{{Text: "20 7946 0000", SayAs: Telephone, Format: "+44"}}},
		{"say-as currency", `<speak><say-as interpret-as="currency" language="en-US">$42.01</say-as></speak>`, Options{}, []Span{{Text: "$42.01", SayAs: Currency, Lang: "en-US"}}},
		{"say-as verbatim", `<speak><say-as interpret-as="verbatim">a.b</say-as></speak>`, Options{}, []Span{{Text: "a.b", SayAs: Verbatim}}},
		{"say-as detail", `<speak><say-as interpret-as="cardinal" detail="2">5</say-as></speak>`, Options{}, []Span{{Text: "5", SayAs: Cardinal, Detail: "2"}}},
		{"say-as trims its text", "<speak>Call <say-as interpret-as=\"telephone\">\n 555 0100 \n</say-as>.</speak>", Options{},
			[]Span{{Text: "Call "}, {Text: "555 0100", SayAs: Telephone}, {Text: "."}}},
		{"say-as stays apart", `<speak><say-as interpret-as="characters">AB</say-as><say-as interpret-as="characters">CD</say-as></speak>`, Options{},
			[]Span{{Text: "AB", SayAs: Characters}, {Text: "CD", SayAs: Characters}}},

		// <sub>, <phoneme>.
		{"sub", `<speak><sub alias="World Wide Web Consortium">W3C</sub></speak>`, Options{}, []Span{{Text: "W3C", Alias: "World Wide Web Consortium"}}},

		// <voice>, <lang>, <mark>.
		{"voice", `<speak><voice name="ava">Hi.</voice> <voice name="joe">Yo.</voice></speak>`, Options{},
			[]Span{{Text: "Hi.", Voice: "ava"}, {Text: "Yo.", Voice: "joe"}}},
		{"nested voices", `<speak><voice name="ava">a <voice name="joe">b</voice> c</voice></speak>`, Options{},
			[]Span{{Text: "a ", Voice: "ava"}, {Text: "b", Voice: "joe"}, {Text: " c", Voice: "ava"}}},
		{"voice lang", `<speak><voice name="ava" xml:lang="en-GB">a</voice></speak>`, Options{}, []Span{{Text: "a", Voice: "ava", Lang: "en-GB"}}},
		{"voice accepted by CheckVoice", `<speak><voice name="ava">a</voice></speak>`, Options{CheckVoice: func(string) error { return nil }}, []Span{{Text: "a", Voice: "ava"}}},
		{"voice by gender and variant", `<speak><voice gender="Female">a</voice> <voice gender="male" variant="2">b</voice></speak>`, Options{PickVoice: pickVoice},
			[]Span{{Text: "a", Voice: "female1"}, {Text: "b", Voice: "male2"}}},
		{"a name takes priority over gender", `<speak><voice name="ava" gender="male">a</voice></speak>`, Options{PickVoice: pickVoice}, []Span{{Text: "a", Voice: "ava"}}},
		{"token and w are their text", `<speak>I <token>read</token> <w>it</w>.</speak>`, Options{}, []Span{{Text: "I read it."}}},
		{"meta and metadata are not read", `<speak><meta name="author" content="x"/><metadata><rdf:RDF xmlns:rdf="r"><dc:title>Not this</dc:title></rdf:RDF></metadata>Hello <metadata/>there.<meta http-equiv="a" content="b"></meta></speak>`, Options{},
			[]Span{{Text: "Hello there."}}},
		{"audio speaks its fallback, not its desc", `<speak>Then <audio src="https://example.com/bell.mp3" clipBegin="1s"><desc>a bell</desc>a bell <emphasis>rings</emphasis></audio>.</speak>`, Options{},
			[]Span{{Text: "Then a bell "}, {Text: "rings", Emphasis: Moderate}, {Text: "."}}},
		{"lang", `<speak xml:lang="en-US">Say <lang xml:lang="fr-FR">bonjour</lang>.</speak>`, Options{},
			[]Span{{Text: "Say ", Lang: "en-US"}, {Text: "bonjour", Lang: "fr-FR"}, {Text: ".", Lang: "en-US"}}},
		{"lang underscore", `<speak><lang xml:lang="de_DE">a</lang></speak>`, Options{}, []Span{{Text: "a", Lang: "de-DE"}}},
		{"mark", `<speak>Go <mark name="here"/>now</speak>`, Options{}, []Span{{Text: "Go "}, {Text: "now", Marks: []string{"here"}}}},
		{"mark with end tag", `<speak>Go <mark name="here"></mark>now</speak>`, Options{}, []Span{{Text: "Go "}, {Text: "now", Marks: []string{"here"}}}},
		{"bookmark", `<speak>Go <bookmark mark="flower_1"/>now</speak>`, Options{}, []Span{{Text: "Go "}, {Text: "now", Marks: []string{"flower_1"}}}},
		{"marks in order", `<speak><mark name="a"/><mark name="b"/>x<mark name="c"/></speak>`, Options{},
			[]Span{{Text: "x", Marks: []string{"a", "b"}}, {Marks: []string{"c"}}}},
		{"mark then break", `<speak>a<mark name="m"/><break time="1s"/>b</speak>`, Options{},
			[]Span{{Text: "a"}, {Marks: []string{"m"}}, {Text: "b", BreakMillis: 1000}}},
		{"break then mark", `<speak>a<break time="1s"/><mark name="m"/>b</speak>`, Options{},
			[]Span{{Text: "a"}, {Text: "b", BreakMillis: 1000, Marks: []string{"m"}}}},
		{"mark before a sentence boundary", `<speak><s>a<mark name="m"/></s><s>b</s></speak>`, Options{},
			[]Span{{Text: "a"}, {Marks: []string{"m"}}, {Text: "b", Boundary: SentenceBoundary}}},
		{"mark after a sentence boundary", `<speak><s>a</s><s><mark name="m"/>b</s></speak>`, Options{},
			[]Span{{Text: "a"}, {Text: "b", Boundary: SentenceBoundary, Marks: []string{"m"}}}},
		{"mark alone", `<speak><mark name="only"/></speak>`, Options{}, []Span{{Marks: []string{"only"}}}},
		{"mark stops merging", `<speak>a <mark name="m"/>b</speak>`, Options{}, []Span{{Text: "a "}, {Text: "b", Marks: []string{"m"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseSSML(tc.in, tc.opts)
			if err != nil {
				t.Fatalf("ParseSSML(%q): %v", tc.in, err)
			}
			if got := withoutPos(got); !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("ParseSSML(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestSSMLPhoneme(t *testing.T) {
	tests := []struct {
		in   string
		want Span
	}{
		{`<speak><phoneme alphabet="ipa" ph="təˈmeɪtoʊ">tomato</phoneme></speak>`,
			Span{Text: "tomato", Pron: ipa(t, "təˈmeɪtoʊ"), Phonemes: "təˈmeɪtoʊ", Alphabet: "ipa"}},
		{`<speak><phoneme ph="təˈmɑtoʊ">tomato</phoneme></speak>`,
			Span{Text: "tomato", Pron: ipa(t, "təˈmɑtoʊ"), Phonemes: "təˈmɑtoʊ", Alphabet: "ipa"}},
		{`<speak><phoneme alphabet="x-arpabet" ph="T AH0 M EY1 T OW2">tomato</phoneme></speak>`,
			Span{Text: "tomato", Pron: arpa(t, "T AH0 M EY1 T OW2"), Phonemes: "T AH0 M EY1 T OW2", Alphabet: "arpabet"}},
		{`<speak><phoneme alphabet="arpabet" ph="P IY1 K AA0 N">pecan</phoneme></speak>`,
			Span{Text: "pecan", Pron: arpa(t, "P IY1 K AA0 N"), Phonemes: "P IY1 K AA0 N", Alphabet: "arpabet"}},
	}
	for _, tc := range tests {
		got, err := ParseSSML(tc.in, Options{})
		if err != nil {
			t.Fatalf("ParseSSML(%q): %v", tc.in, err)
		}
		if got = withoutPos(got); len(got) != 1 || !reflect.DeepEqual(got[0], tc.want) {
			t.Errorf("ParseSSML(%q)\n got %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
}

// TestSSMLPositions checks that Start and End point at the text each span came from.
func TestSSMLPositions(t *testing.T) {
	in := "<speak>\n  <s>Hello <emphasis>big</emphasis> world.</s>\n  <say-as interpret-as=\"digits\"> 42 </say-as>" +
		"<mark name=\"m\"/><break time=\"1s\"/>R&amp;D <!-- c -->end<emphasis level=\"none\">ing</emphasis>s</speak>"
	spans, err := ParseSSML(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, src string }{
		{"Hello ", "Hello "},
		{"big", "big"},
		{" world.", " world."},
		{"42", " 42 "},
		{"", ""},
		{"R&D endings", `R&amp;D <!-- c -->end<emphasis level="none">ing</emphasis>s`},
	}
	if len(spans) != len(want) {
		t.Fatalf("got %d spans %+v, want %d", len(spans), spans, len(want))
	}
	for i, w := range want {
		sp := spans[i]
		if sp.Text != w.text || in[sp.Start:sp.End] != w.src {
			t.Errorf("span %d: text %q from %q (%d:%d), want %q from %q", i, sp.Text, in[sp.Start:sp.End], sp.Start, sp.End, w.text, w.src)
		}
	}
	// The mark's span sits where the mark is.
	if m := spans[4]; in[m.Start:] != in[strings.Index(in, `<break`):] {
		t.Errorf("mark span at %d, want the offset of the break after the mark (%d)", m.Start, strings.Index(in, `<break`))
	}
}

func TestSSMLErrors(t *testing.T) {
	deep := strings.Repeat("<emphasis>", MaxDepth) + "x" + strings.Repeat("</emphasis>", MaxDepth)
	tests := []struct {
		name      string
		in        string
		opts      Options
		line, col int
		substr    string
	}{
		// Malformed XML.
		{"tag not closed", "<speak>\n  <break time=\"1s\"\n</speak>", Options{}, 2, 3, "expected '>'"},
		{"tag not closed at end", "<speak><break", Options{}, 1, 8, "expected '>'"},
		{"quote not closed", `<speak><break time="1s/></speak>`, Options{}, 1, 20, "never closed"},
		{"bare less-than", "<speak>a < b</speak>", Options{}, 1, 10, "&lt;"},
		{"bare ampersand", "<speak>Q&A</speak>", Options{}, 1, 9, "&amp;"},
		{"unknown entity", "<speak>&nbsp;</speak>", Options{}, 1, 8, "unknown entity &nbsp;"},
		{"nul reference", "<speak>&#0;</speak>", Options{}, 1, 8, "does not allow"},
		{"surrogate reference", "<speak>&#xD800;</speak>", Options{}, 1, 8, "does not allow"},
		{"bad reference", "<speak>&#xZZ;</speak>", Options{}, 1, 8, "not a number"},
		{"signed reference", "<speak>&#+65;</speak>", Options{}, 1, 8, "not a number"},
		{"upper-case X reference", "<speak>&#X41;</speak>", Options{}, 1, 8, "not a number"},
		{"bad entity in a value", `<speak><sub alias="R&D">x</sub></speak>`, Options{}, 1, 21, "&amp;"},
		{"less-than in a value", `<speak><sub alias="a<b">x</sub></speak>`, Options{}, 1, 21, "&lt;"},
		{"DOCTYPE", "<!DOCTYPE speak [<!ENTITY a \"aaaa\">]>\n<speak>&a;</speak>", Options{}, 1, 1, "DOCTYPE"},
		{"other declaration", "<speak><!ENTITY a \"b\"></speak>", Options{}, 1, 8, "expected a comment"},
		{"comment not closed", "<speak>a <!-- b</speak>", Options{}, 1, 10, "-->"},
		{"CDATA not closed", "<speak><![CDATA[b</speak>", Options{}, 1, 8, "]]>"},
		{"PI not closed", "<?xml version=\"1.0\"", Options{}, 1, 1, "?>"},
		{"mismatched end tag", "<speak>\n<p>a</s>\n</speak>", Options{}, 2, 5, "does not match <p> at line 2, column 1"},
		{"never closed", "<speak>\n<p>a", Options{}, 2, 1, "<p> is never closed"},
		{"end tag closes nothing", "a</p>", Options{}, 1, 2, "closes nothing"},
		{"end tag with attribute", `<speak>a</speak x="1">`, Options{}, 1, 9, "malformed closing tag"},
		{"text after speak", "<speak>a</speak>\n b", Options{}, 2, 2, "after </speak>"},
		{"element after speak", "<speak>a</speak><speak>b</speak>", Options{}, 1, 17, "after </speak>"},
		{"text before speak", "a<speak>b</speak>", Options{}, 1, 2, "root"},
		{"nested speak", "<speak><speak>b</speak></speak>", Options{}, 1, 8, "root"},
		{"control character", "<speak>a\x01b</speak>", Options{}, 1, 9, "U+0001"},
		{"noncharacter", "<speak>a\uFFFEb</speak>", Options{}, 1, 9, "U+FFFE"},
		{"invalid UTF-8", "<speak>\n ab\xffc</speak>", Options{}, 2, 4, "UTF-8"},
		{"missing element name", "<speak>< p>x</p></speak>", Options{}, 1, 8, "element name"},
		{"attribute without value", "<speak><break time/></speak>", Options{}, 1, 15, "no value"},
		{"unquoted value", "<speak><break time=1s/></speak>", Options{}, 1, 20, "quoted"},
		{"attribute given twice", `<speak><break time="1s" time="2s"/></speak>`, Options{}, 1, 25, "twice"},
		{"no space between attributes", `<speak><break time="1s"strength="weak"/></speak>`, Options{}, 1, 24, "space"},

		// Unknown or unsupported elements and attributes.
		{"unknown element", "<speak>\n  <foo>x</foo></speak>", Options{}, 2, 3, "unknown element <foo>"},
		{"audio without fallback", `<speak>a <audio src="a.mp3"/></speak>`, Options{}, 1, 10, "no text inside"},
		{"audio with only a desc", "<speak>a <audio src=\"a.mp3\">\n <desc>bell</desc> <!-- c --> </audio></speak>", Options{}, 1, 10, "no text inside"},
		{"audio without src", `<speak><audio>x</audio></speak>`, Options{}, 1, 8, `needs src`},
		{"audio attribute", `<speak><audio src="a" loop="1">x</audio></speak>`, Options{}, 1, 23, `<audio> has no attribute "loop"`},
		{"desc outside audio", `<speak>a <desc>x</desc></speak>`, Options{}, 1, 10, "inside <audio>"},
		{"desc never closed", `<speak><audio src="a"><desc>x</audio></speak>`, Options{}, 1, 23, "never closed"},
		{"par", `<speak><par>x</par></speak>`, Options{}, 1, 8, "<par> is not supported"},
		{"vendor extension", `<speak><mstts:ttsembedding speakerProfileId="x">x</mstts:ttsembedding></speak>`, Options{}, 1, 8, "vendor extension"},
		{"amazon extension", `<speak><amazon:whisper>x</amazon:whisper></speak>`, Options{}, 1, 8, "vendor extension"},
		{"vendor style without styles", `<speak><mstts:express-as style="cheerful">x</mstts:express-as></speak>`, Options{}, 1, 26, "no speaking styles"},
		{"mstts:silence", `<speak><mstts:silence type="Leading" value="200ms"/>x</speak>`, Options{}, 1, 8, "use <break"},
		{"speak attribute", `<speak foo="1">x</speak>`, Options{}, 1, 8, `<speak> has no attribute "foo"`},
		{"speak version", `<speak version="2.0">x</speak>`, Options{}, 1, 8, "version"},
		{"p attribute", `<speak><p id="1">x</p></speak>`, Options{}, 1, 11, `<p> has no attribute "id"`},
		{"break attribute", `<speak><break size="1"/></speak>`, Options{}, 1, 15, `<break> has no attribute "size"`},
		{"prosody range semitones", `<speak><prosody range="+2st">x</prosody></speak>`, Options{}, 1, 17, "prosody range \"+2st\": use x-low"},
		{"prosody range too wide", `<speak><prosody range="400%">x</prosody></speak>`, Options{}, 1, 17, "out of range"},
		{"prosody contour", `<speak><prosody contour="(0%,+20Hz)">x</prosody></speak>`, Options{}, 1, 17, "contour is not supported"},
		{"prosody duration", `<speak><prosody duration="2s">x</prosody></speak>`, Options{}, 1, 17, "duration is not supported"},
		{"prosody attribute", `<speak><prosody speed="2">x</prosody></speak>`, Options{}, 1, 17, `no attribute "speed"`},
		{"emphasis attribute", `<speak><emphasis strength="2">x</emphasis></speak>`, Options{}, 1, 18, `no attribute "strength"`},
		{"say-as attribute", `<speak><say-as interpret-as="date" google:style="x">1</say-as></speak>`, Options{}, 1, 36, `no attribute "google:style"`},
		{"sub attribute", `<speak><sub alias="a" lang="x">b</sub></speak>`, Options{}, 1, 23, `no attribute "lang"`},
		{"phoneme attribute", `<speak><phoneme ph="a" x="1">b</phoneme></speak>`, Options{}, 1, 24, `no attribute "x"`},
		{"voice age", `<speak><voice name="ava" age="thirty">x</voice></speak>`, Options{}, 1, 26, `age "thirty"`},
		{"voice gender value", `<speak><voice gender="robot">x</voice></speak>`, Options{}, 1, 15, `gender "robot"`},
		{"voice variant value", `<speak><voice gender="male" variant="0">x</voice></speak>`, Options{}, 1, 29, `variant "0"`},
		{"voice gender without a list", `<speak><voice gender="male">x</voice></speak>`, Options{}, 1, 8, "no voice list"},
		{"voice gender refused", `<speak><voice gender="neutral" variant="3">x</voice></speak>`, Options{PickVoice: func(g string, n int) (string, error) { return "", fmt.Errorf("no voice %d of gender %s", n, g) }}, 1, 8, "no voice 3 of gender neutral"},
		{"w role", `<speak><w role="amazon:XYZ">read</w></speak>`, Options{}, 1, 11, `w role "amazon:XYZ": use a part of speech`},
		{"meta with content", `<speak><meta name="a" content="b">x</meta></speak>`, Options{}, 1, 8, "must be empty"},
		{"metadata never closed", `<speak><metadata><rdf:RDF/></speak>`, Options{}, 1, 8, "never closed"},
		{"mark attribute", `<speak><mark id="x"/></speak>`, Options{}, 1, 14, `no attribute "id"`},
		{"lang attribute", `<speak><lang xml:lang="fr" voice="x">a</lang></speak>`, Options{}, 1, 28, `no attribute "voice"`},

		// Bad values.
		{"break time", `<speak><break time="500"/></speak>`, Options{}, 1, 15, "unit"},
		{"break too long", `<speak><break time="11s"/></speak>`, Options{}, 1, 15, "range"},
		{"break strength", `<speak><break strength="loud"/></speak>`, Options{}, 1, 15, "strength"},
		{"rate word", `<speak><prosody rate="quick">x</prosody></speak>`, Options{}, 1, 17, "x-slow"},
		{"rate zero", `<speak><prosody rate="0%">x</prosody></speak>`, Options{}, 1, 17, "0.25"},
		{"rate too fast", `<speak><prosody rate="500%">x</prosody></speak>`, Options{}, 1, 17, "0.25–4"},
		{"rate composes out of range", `<speak><prosody rate="x-fast"><prosody rate="+100%"><prosody rate="+10%">x</prosody></prosody></prosody></speak>`, Options{}, 1, 62, "4.4"},
		{"rate signed number", `<speak><prosody rate="+1">x</prosody></speak>`, Options{}, 1, 17, "percentage"},
		{"rate semitones", `<speak><prosody rate="+2st">x</prosody></speak>`, Options{}, 1, 17, "percentage"},
		{"rate exponent", `<speak><prosody rate="1e1">x</prosody></speak>`, Options{}, 1, 17, "multiplier"},
		{"pitch word", `<speak><prosody pitch="shrill">x</prosody></speak>`, Options{}, 1, 17, "x-low"},
		{"pitch unsigned semitones", `<speak><prosody pitch="2st">x</prosody></speak>`, Options{}, 1, 17, "sign"},
		{"pitch too high", `<speak><prosody pitch="+13st">x</prosody></speak>`, Options{}, 1, 17, "±12"},
		{"pitch to zero Hz", `<speak><prosody pitch="-200Hz">x</prosody></speak>`, Options{}, 1, 17, "above 0"},
		{"pitch zero Hz", `<speak><prosody pitch="0Hz">x</prosody></speak>`, Options{}, 1, 17, "above 0"},
		{"pitch plain number", `<speak><prosody pitch="75">x</prosody></speak>`, Options{}, 1, 17, "semitones"},
		{"pitch nan", `<speak><prosody pitch="+NaNst">x</prosody></speak>`, Options{}, 1, 17, "semitones"},
		{"volume word", `<speak><prosody volume="quiet">x</prosody></speak>`, Options{}, 1, 17, "x-soft"},
		{"volume unsigned dB", `<speak><prosody volume="6dB">x</prosody></speak>`, Options{}, 1, 17, "sign"},
		{"volume too loud", `<speak><prosody volume="+20dB">x</prosody></speak>`, Options{}, 1, 17, "+16"},
		{"volume too soft", `<speak><prosody volume="-100dB">x</prosody></speak>`, Options{}, 1, 17, "-96"},
		{"volume level over 100", `<speak><prosody volume="101">x</prosody></speak>`, Options{}, 1, 17, "0 (silent) to 100"},
		{"volume unit", `<speak><prosody volume="+6st">x</prosody></speak>`, Options{}, 1, 17, "dB"},
		{"emphasis level", `<speak><emphasis level="x-strong">x</emphasis></speak>`, Options{}, 1, 18, "emphasis level"},
		{"say-as without interpret-as", `<speak><say-as>1</say-as></speak>`, Options{}, 1, 8, "interpret-as"},
		{"say-as unknown", `<speak><say-as interpret-as="roman">IV</say-as></speak>`, Options{}, 1, 16, "interpret-as \"roman\""},
		{"date format", `<speak><say-as interpret-as="date" format="yyyyqq">2024-03</say-as></speak>`, Options{}, 1, 36, "date format"},
		{"date format twice", `<speak><say-as interpret-as="date" format="mdm">1/2/3</say-as></speak>`, Options{}, 1, 36, "date format"},
		{"time format", `<speak><say-as interpret-as="time" format="hm">1:00</say-as></speak>`, Options{}, 1, 36, "time format"},
		{"telephone format", `<speak><say-as interpret-as="telephone" format="uk">1</say-as></speak>`, Options{}, 1, 41, "country code"},
		{"format on cardinal", `<speak><say-as interpret-as="cardinal" format="mdy">1</say-as></speak>`, Options{}, 1, 40, "takes no format"},
		{"say-as language", `<speak><say-as interpret-as="currency" language="english!">$1</say-as></speak>`, Options{}, 1, 40, "language tag"},
		{"sub without alias", `<speak><sub>x</sub></speak>`, Options{}, 1, 8, "alias"},
		{"sub blank alias", `<speak><sub alias=" ">x</sub></speak>`, Options{}, 1, 8, "alias"},
		{"phoneme without ph", `<speak><phoneme>x</phoneme></speak>`, Options{}, 1, 8, "ph"},
		{"phoneme alphabet", `<speak><phoneme alphabet="sapi" ph="x">x</phoneme></speak>`, Options{}, 1, 17, "alphabet"},
		{"phoneme x-sampa symbol", `<speak><phoneme alphabet="x-sampa" ph='p@"kA:n!'>x</phoneme></speak>`, Options{}, 1, 36, "'!' is not an X-SAMPA symbol"},
		{"phoneme ph", `<speak><phoneme alphabet="x-arpabet" ph="QQ9">x</phoneme></speak>`, Options{}, 1, 38, "ph \"QQ9\""},
		{"voice without name", `<speak><voice>x</voice></speak>`, Options{}, 1, 8, "name"},
		{"voice refused", "<speak>\n<voice name=\"nobody\">x</voice></speak>", Options{CheckVoice: func(n string) error { return fmt.Errorf("no voice named %q", n) }}, 2, 8, `no voice named "nobody"`},
		{"mark without name", `<speak><mark/></speak>`, Options{}, 1, 8, "name"},
		{"bookmark without mark", `<speak><bookmark name="x"/></speak>`, Options{}, 1, 18, `no attribute "name"`},
		{"mark with content", `<speak><mark name="m">x</mark></speak>`, Options{}, 1, 8, "must be empty"},
		{"break with content", `<speak><break>x</break></speak>`, Options{}, 1, 8, "must be empty"},
		{"lang without xml:lang", `<speak><lang>x</lang></speak>`, Options{}, 1, 8, "xml:lang"},
		{"bad language tag", `<speak xml:lang="e">x</speak>`, Options{}, 1, 8, "language tag"},
		{"bad language subtag", `<speak><p xml:lang="en-toolongtag">x</p></speak>`, Options{}, 1, 11, "language tag"},
		{"empty say-as", `<speak><say-as interpret-as="digits"> </say-as></speak>`, Options{}, 1, 8, "no text"},
		{"self-closed say-as", `<speak><say-as interpret-as="digits"/></speak>`, Options{}, 1, 8, "empty"},

		// Nesting.
		{"too deep", "<speak>" + deep + "</speak>", Options{}, 1, 8 + 10*(MaxDepth-1), "nested more than"},
		{"p in s", `<speak><s><p>x</p></s></speak>`, Options{}, 1, 11, "<p> cannot be inside <s>"},
		{"s in s", `<speak><s>a<s>x</s></s></speak>`, Options{}, 1, 12, "<s> cannot be inside <s>"},
		{"p in p", `<speak><p>a<emphasis><p>x</p></emphasis></p></speak>`, Options{}, 1, 22, "<p> cannot be inside <p>"},
		{"element in say-as", `<speak><say-as interpret-as="digits">1<emphasis>2</emphasis></say-as></speak>`, Options{}, 1, 39, "cannot hold other tags"},
		{"mark in sub", `<speak><sub alias="x">a<mark name="m"/></sub></speak>`, Options{}, 1, 24, "cannot hold a mark"},
		{"break in phoneme", `<speak><phoneme ph="a">a<break/></phoneme></speak>`, Options{}, 1, 25, "cannot hold a break"},

		// Size.
		{"over MaxBytes", "<speak>\nabcdef</speak>", Options{MaxBytes: 10}, 2, 3, "limit is 10 bytes"},
		{"over the default limit", "<speak>" + strings.Repeat("a", DefaultMaxBytes) + "</speak>", Options{}, 1, DefaultMaxBytes + 1, "limit is 262144 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseSSML(tc.in, tc.opts)
			var me *Error
			if !errors.As(err, &me) || !errors.Is(err, ErrMarkup) {
				t.Fatalf("ParseSSML(%q) = %v, want a markup error", tc.in, err)
			}
			if me.Line != tc.line || me.Column != tc.col || !strings.Contains(err.Error(), tc.substr) {
				t.Errorf("ParseSSML(%q) = %v (line %d, column %d), want line %d, column %d and %q", tc.in, err, me.Line, me.Column, tc.line, tc.col, tc.substr)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("ssml: line %d, column %d: ", me.Line, me.Column)) {
				t.Errorf("error %q does not start with its position", err)
			}
		})
	}
}

// TestSSMLDepthLimit checks the limit is exactly MaxDepth: that many nested elements parse.
func TestSSMLDepthLimit(t *testing.T) {
	in := "<speak>" + strings.Repeat("<emphasis>", MaxDepth-1) + "x" + strings.Repeat("</emphasis>", MaxDepth-1) + "</speak>"
	if _, err := ParseSSML(in, Options{}); err != nil {
		t.Fatalf("%d levels: %v", MaxDepth, err)
	}
}

// TestSSMLSizeLimit checks that a document of exactly the limit parses.
func TestSSMLSizeLimit(t *testing.T) {
	in := "<speak>" + strings.Repeat("a", DefaultMaxBytes-len("<speak></speak>")) + "</speak>"
	spans, err := ParseSSML(in, Options{})
	if err != nil || len(spans) != 1 || len(spans[0].Text) != DefaultMaxBytes-15 {
		t.Fatalf("a document of %d bytes: %v", len(in), err)
	}
}

// TestSSMLNoExpansion checks that entity references cannot make the text larger than the
// document: each stands for one character.
func TestSSMLNoExpansion(t *testing.T) {
	in := "<speak>" + strings.Repeat("&amp;&#x1F600;", 1000) + "</speak>"
	spans, err := ParseSSML(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(spans[0].Text); n != 1000*(1+4) || n > len(in) {
		t.Errorf("text of %d bytes from %d bytes of references", n, len(in))
	}
}

func TestProsodyValues(t *testing.T) {
	// Expected values are the documented formulas worked by hand; 1e-9 allows for rounding in
	// the logarithms (their float64 error is below 1e-14).
	const eps = 1e-9
	near := func(a, b float64) bool { return math.Abs(a-b) < eps }
	rates := []struct {
		in       string
		cur, out float64
	}{
		{"x-slow", 3, 0.5}, {"default", 3, 1}, {"200%", 3, 2}, {"2", 3, 2}, {"+50%", 2, 3}, {"-50%", 2, 1}, {" 25% ", 1, 0.25}, {".5", 1, 0.5},
	}
	for _, tc := range rates {
		got, err := rateValue(tc.in, tc.cur)
		if err != nil || !near(got, tc.out) {
			t.Errorf("rate %q from %g = %g, %v; want %g", tc.in, tc.cur, got, err, tc.out)
		}
	}
	pitches := []struct {
		in             string
		cur, base, out float64
	}{
		{"low", 5, 100, -3},
		{"+1st", 0.5, 100, 1.5},
		{"+10Hz", 0, 100, 12 * math.Log2(1.1)},
		{"+10Hz", 10, 100, 12 * math.Log2((100*math.Exp2(10.0/12)+10)/100)}, // relative to the enclosing pitch
		{"-5Hz", 0, 150, 12 * math.Log2(145.0/150)},
		{"110Hz", 7, 220, -12},
		{"+20%", 0, 100, 12 * math.Log2(1.2)},
		{"-20%", 12, 100, 12 + 12*math.Log2(0.8)},
		{"150%", 3, 100, 12 * math.Log2(1.5)},
	}
	for _, tc := range pitches {
		got, err := pitchValue(tc.in, tc.cur, tc.base)
		if err != nil || !near(got, tc.out) {
			t.Errorf("pitch %q from %g st (base %g Hz) = %g, %v; want %g", tc.in, tc.cur, tc.base, got, err, tc.out)
		}
	}
	volumes := []struct {
		in          string
		cur         float64
		silent      bool
		out         float64
		outSilent   bool
		description string
	}{
		{"loud", -3, true, 6, false, "a keyword sets the level, even from silence"},
		{"+6dB", -3, false, 3, false, "dB add"},
		{"50", 6, false, 20 * math.Log10(0.5), false, "a level on the 0–100 scale is an amplitude"},
		{"+10", 0, false, 20 * math.Log10(1.1), false, "a change moves along the scale from the current level"},
		{"+10", 0, true, -20, false, "from silence the scale starts at 0"},
		{"-50", 20 * math.Log10(0.5), false, 0, true, "down to 0 is silence"},
		{"+100%", 0, false, 20 * math.Log10(2), false, "a percentage scales the amplitude"},
		{"-100%", 0, false, 0, true, "to nothing is silence"},
		{"25%", 6, false, 20 * math.Log10(0.25), false, "an unsigned percentage sets the amplitude"},
		{"silent", 6, false, 0, true, "silent"},
	}
	for _, tc := range volumes {
		got, silent, err := volumeValue(tc.in, tc.cur, tc.silent)
		if err != nil || silent != tc.outSilent || !near(got, tc.out) {
			t.Errorf("%s: volume %q from %g dB (silent %v) = %g dB silent %v, %v; want %g dB silent %v",
				tc.description, tc.in, tc.cur, tc.silent, got, silent, err, tc.out, tc.outSilent)
		}
	}
}

func TestProsodyRateScale(t *testing.T) {
	if (Prosody{}).RateScale() != 1 || (Prosody{Rate: 0.5}).RateScale() != 0.5 {
		t.Error("RateScale: 0 must mean 1, other values themselves")
	}
	if !(Prosody{}).IsZero() || (Prosody{Silent: true}).IsZero() || (Prosody{Pitch: 1}).IsZero() || !(Prosody{Rate: 1}).IsZero() {
		t.Error("IsZero wrong")
	}
}

// TestSSMLInlineAgree checks that the inline tags read the same in both forms where their rules
// agree (well-formed XML, single spaces).
func TestSSMLInlineAgree(t *testing.T) {
	for _, in := range []string{
		`Hi <break time="500ms"/> there`,
		`I <emphasis>really</emphasis> do`,
		`<emphasis level="reduced">a <emphasis level="strong">b</emphasis> c</emphasis>`,
		`Call <say-as interpret-as="telephone">555 0100</say-as>.`,
		`<say-as interpret-as="spell-out">TTS</say-as>`,
		`<say-as interpret-as="date" format="mdy">1/2/2000</say-as>`,
		`<sub alias="R &amp; D">R&amp;D</sub>`,
		`a <phoneme alphabet="arpabet" ph="T AH0 M AA1 T OW0">Tomato</phoneme>.`,
		`&lt;b&gt; &quot;q&quot; &apos;s &#39; &#x41;`,
	} {
		inline, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		doc, err := ParseSSML(speak(in), Options{})
		if err != nil {
			t.Fatalf("ParseSSML(%q): %v", in, err)
		}
		doc = withoutPos(doc)
		for i := range doc {
			doc[i].Lang = ""
		}
		if !reflect.DeepEqual(inline, doc) {
			t.Errorf("%q\ninline %+v\n  ssml %+v", in, inline, doc)
		}
	}
}

// TestInlineStaysInline checks that the SSML-only elements and values stay errors in inline text,
// as they were before SSML existed.
func TestInlineStaysInline(t *testing.T) {
	for _, in := range []string{
		`<speak>x</speak>`, `<prosody rate="fast">x</prosody>`, `<voice name="a">x</voice>`,
		`<mark name="m"/>`, `<p>x</p>`, `<say-as interpret-as="fraction">1/2</say-as>`, `<lang xml:lang="fr">x</lang>`,
	} {
		if _, err := Parse(in); !errors.Is(err, ErrMarkup) {
			t.Errorf("Parse(%q) = %v, want a markup error", in, err)
		}
	}
}

func ExampleParseSSML() {
	doc := `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">
  <voice name="ava">
    <s>Welcome to <sub alias="Chorus T T S">ChorusTTS</sub>.</s>
    <s><prosody rate="+20%" pitch="-2st">It is <emphasis>fast</emphasis>.</prosody></s>
  </voice>
  <mark name="handoff"/><break time="700ms"/>
  <voice name="joe">Call <say-as interpret-as="telephone">555-0100</say-as>.</voice>
</speak>`
	spans, err := ParseSSML(doc, Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range spans {
		fmt.Printf("%-5s %-9s %q say=%q pause=%dms marks=%v rate=%g pitch=%+gst say-as=%s emphasis=%v\n",
			s.Voice, s.Boundary, s.Text, s.Spoken(), s.BreakMillis, s.Marks, s.Prosody.RateScale(), s.Prosody.Pitch, s.SayAs, s.Emphasis)
	}
	// Output:
	// ava   none      "Welcome to " say="Welcome to " pause=0ms marks=[] rate=1 pitch=+0st say-as= emphasis=none
	// ava   none      "ChorusTTS" say="Chorus T T S" pause=0ms marks=[] rate=1 pitch=+0st say-as= emphasis=none
	// ava   none      "." say="." pause=0ms marks=[] rate=1 pitch=+0st say-as= emphasis=none
	// ava   sentence  "It is " say="It is " pause=0ms marks=[] rate=1.2 pitch=-2st say-as= emphasis=none
	// ava   none      "fast" say="fast" pause=0ms marks=[] rate=1.2 pitch=-2st say-as= emphasis=moderate
	// ava   none      "." say="." pause=0ms marks=[] rate=1.2 pitch=-2st say-as= emphasis=none
	//       sentence  "" say="" pause=0ms marks=[handoff] rate=1 pitch=+0st say-as= emphasis=none
	// joe   none      "Call " say="Call " pause=700ms marks=[] rate=1 pitch=+0st say-as= emphasis=none
	// joe   none      "555-0100" say="555-0100" pause=0ms marks=[] rate=1 pitch=+0st say-as=telephone emphasis=none
	// joe   none      "." say="." pause=0ms marks=[] rate=1 pitch=+0st say-as= emphasis=none
}

// pickVoice names the voice a test's <voice gender variant> asks for.
func pickVoice(gender string, variant int) (string, error) {
	return fmt.Sprintf("%s%d", gender, variant), nil
}
