package markup

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// xmlEscape writes s as SSML text.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// xmlAllowed reports whether every character of s may appear in XML.
func xmlAllowed(s string) bool {
	for _, r := range s {
		if !xmlChar(uint64(r)) {
			return false
		}
	}
	return true
}

func FuzzParseSSML(f *testing.F) {
	for _, s := range []string{
		"", "plain text", "<speak/>", speak("Hi."),
		"<?xml version=\"1.0\"?><!-- c --><speak><p><s>One.</s><s>Two.</s></p></speak>",
		`<speak>a<break time="500ms"/>b<break strength="x-strong"></break></speak>`,
		`<speak><prosody rate="+20%" pitch="-2st" volume="+6dB">x<prosody rate="x-slow" pitch="+10Hz" volume="50">y</prosody></prosody></speak>`,
		`<speak><emphasis level="strong">x</emphasis><say-as interpret-as="date" format="mdy">1/2/2000</say-as></speak>`,
		`<speak><sub alias="W W W">WWW</sub><phoneme alphabet="ipa" ph="həˈloʊ">hello</phoneme><phoneme alphabet="x-arpabet" ph="HH AH0 L OW1">hello</phoneme></speak>`,
		`<speak><voice name="ava">a<mark name="m"/><lang xml:lang="fr-FR">b</lang></voice><bookmark mark="b"/></speak>`,
		"<speak>&amp;&#65;&#x1F600;<![CDATA[<x>]]></speak>", "<speak><audio src='x'/></speak>", "<speak><audio src='x'><desc>d</desc>fall <emphasis>back</emphasis></audio></speak>", "<speak><audio src='x'><desc>", "<speak><audio src='x'><desc/></audio></speak>", "<!DOCTYPE x>", "<speak>&bogus;</speak>",
		"<speak>\n  <s>a <mark name='x'/> </s>\n  <break/> <s> b </s>\n</speak>",
		`<speak><meta name="a" content="b"/><metadata><x:y>z</x:y></metadata><w>a</w><token>b</token><voice gender="male" variant="2">c</voice><say-as interpret-as="duration" format="h:m">1:30</say-as></speak>`, "\uFEFF<speak>x</speak>", `<speak>x <emphasis level="none"> a </emphasis> b</speak>`,
		// Vendor extensions and SSML 1.1 attributes.
		`<speak xmlns:mstts="m"><mstts:express-as style="cheerful" styledegree="1.5">a<mstts:express-as style="sad">b</mstts:express-as></mstts:express-as><mstts:silence type="Leading" value="1s"/></speak>`,
		`<speak><google:style name="lively">a</google:style><amazon:emotion name="disappointed" intensity="low">b</amazon:emotion><amazon:breath duration="x-long"/><amazon:domain name="news">c</amazon:domain><amazon:effect name="whispered" phonation="soft">d</amazon:effect><amazon:auto-breaths>e</amazon:auto-breaths></speak>`,
		`<speak onlangfailure="ignoretext"><lang xml:lang="ja">a<mark name="m"/><say-as interpret-as="characters">b</say-as></lang><s xml:lang="en" onlangfailure="changevoice">c</s></speak>`,
		`<speak><voice name="x ava" gender="" age="30" languages="en-US:en-GB" required="name gender" ordering="gender" onvoicefailure="keepexisting">a</voice><w role="amazon:VBD">read</w></speak>`,
		`<speak><prosody range="x-high"><prosody range="-50%">a</prosody></prosody><phoneme alphabet="x-sampa" ph='p@"kA:n'>pecan</phoneme><say-as interpret-as="date" format="yyyymmdd">????0922</say-as><say-as interpret-as="expletive">b</say-as></speak>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		opts := Options{
			PickVoice: func(g string, n int) (string, error) { return fmt.Sprint(g, n), nil },
			Style: func(name string) (string, error) {
				if name == "" || len(name) > 8 {
					return "", errors.New("no such style")
				}
				return name, nil
			},
		}
		spans, err := ParseSSML(s, opts)
		if err != nil {
			var me *Error
			if !errors.As(err, &me) || !errors.Is(err, ErrMarkup) {
				t.Fatalf("ParseSSML(%q): error %v is not a markup error", s, err)
			}
			if me.Offset < 0 || me.Offset > len(s) || me.Line < 1 || me.Line > strings.Count(s, "\n")+1 || me.Column < 1 {
				t.Fatalf("ParseSSML(%q): bad position in %v (offset %d)", s, err, me.Offset)
			}
			if !strings.HasPrefix(err.Error(), "ssml: line ") {
				t.Fatalf("ParseSSML(%q): error %q does not name its line", s, err)
			}
		} else {
			if !utf8.ValidString(s) || !xmlAllowed(s) {
				t.Fatalf("ParseSSML accepted %q, which is not XML text", s)
			}
			checkSpans(t, s, spans)
			again, err := ParseSSML(s, opts)
			if err != nil || !reflect.DeepEqual(spans, again) {
				t.Fatalf("ParseSSML(%q) is not deterministic", s)
			}
		}

		// Any text, escaped, reads back as itself with XML's white space.
		if !utf8.ValidString(s) || !xmlAllowed(s) || len(s) > 4096 {
			return
		}
		doc := "<speak>" + xmlEscape(s) + "</speak>"
		spans, err = ParseSSML(doc, Options{})
		if err != nil {
			t.Fatalf("escaped text %q: %v", s, err)
		}
		var got strings.Builder
		for _, sp := range spans {
			got.WriteString(sp.Text)
		}
		if want := collapse(s); got.String() != want {
			t.Fatalf("escaped text %q reads as %q, want %q", s, got.String(), want)
		}
	})
}

// checkSpans checks what every successful parse must give.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	sawText := false
	for i, sp := range spans {
		if sp.BreakMillis < 0 || sp.BreakMillis > MaxBreakMillis {
			t.Fatalf("%q: span %d break %d out of range", s, i, sp.BreakMillis)
		}
		if sp.Text == "" && sp.BreakMillis == 0 && len(sp.Marks) == 0 {
			t.Fatalf("%q: span %d says nothing: %+v", s, i, spans)
		}
		if sp.Text != "" && (strings.ContainsAny(sp.Text, "\t\n\r") || strings.Contains(sp.Text, "  ")) {
			t.Fatalf("%q: span %d text %q keeps XML white space", s, i, sp.Text)
		}
		if sp.Boundary != NoBoundary && !sawText {
			t.Fatalf("%q: span %d has a boundary before any text", s, i)
		}
		sawText = sawText || sp.Text != ""
		if sp.Start < 0 || sp.Start > sp.End || sp.End > len(s) {
			t.Fatalf("%q: span %d positions %d:%d", s, i, sp.Start, sp.End)
		}
		if sp.Text != "" && sp.Start == sp.End {
			t.Fatalf("%q: span %d has text %q from nowhere", s, i, sp.Text)
		}
		pr := sp.Prosody
		r := pr.RateScale()
		if !(r >= MinRate && r <= MaxRate) || !(math.Abs(pr.Pitch) <= MaxPitch) ||
			!pr.Silent && !(pr.Volume >= MinVolume && pr.Volume <= MaxVolume) {
			t.Fatalf("%q: span %d prosody %+v out of range", s, i, pr)
		}
		if g := pr.RangeScale(); !(g >= MinRange && g <= MaxRange) {
			t.Fatalf("%q: span %d pitch range %g out of range", s, i, g)
		}
		if sp.StyleDegree != 0 && !(sp.StyleDegree >= 0.01 && sp.StyleDegree <= 2) || sp.StyleDegree != 0 && sp.Style == "" {
			t.Fatalf("%q: span %d style %q degree %g", s, i, sp.Style, sp.StyleDegree)
		}
		if sp.Emphasis > Strong || sp.Boundary > ParagraphBoundary {
			t.Fatalf("%q: span %d bad emphasis or boundary", s, i)
		}
		for _, m := range sp.Marks {
			if strings.TrimSpace(m) == "" {
				t.Fatalf("%q: span %d has an empty mark", s, i)
			}
		}
	}
}
