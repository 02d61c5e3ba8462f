package script

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/synth/markup"
	"github.com/chorus-tts/chorus/voices"
)

func catalog(tb testing.TB) *voices.Catalog {
	tb.Helper()
	c, err := voices.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// Stage directions in a turn: styles split it, pauses and sounds become breaks, editorial marks
// go, and brackets that are not directions stay text.
func TestFindDirections(t *testing.T) {
	cat := catalog(t)
	type seg = segment
	for _, tc := range []struct {
		in   string
		want []seg
		dirs []string // what each direction did (Direction.String)
	}{
		{"[excitedly] It was great.", []seg{{text: "It was great.", style: "excited"}}, []string{`"[excitedly]": style excited`}},
		{"Great. [calmly] Now listen.", []seg{{text: "Great."}, {text: "Now listen.", style: "calm"}}, []string{`"[calmly]": style calm`}},
		{"(sadly) I miss the old days.", []seg{{text: "I miss the old days.", style: "sad"}}, []string{`"(sadly)": style sad`}},
		{"[angrily] Enough!", []seg{{text: "Enough!", style: "angry"}}, []string{`"[angrily]": style angry`}},
		{"(in a calm voice) Hello.", []seg{{text: "Hello.", style: "calm"}}, []string{`"(in a calm voice)": style calm`}},
		{"*excitedly* We won!", []seg{{text: "We won!", style: "excited"}}, []string{`"*excitedly*": style excited`}},
		{"Hi Bob! (laughs) How was it?", []seg{{text: `Hi Bob! <break time="500ms"/> How was it?`}}, []string{`"(laughs)": a 500 ms pause (not voiced)`}},
		{"*sighs* Well, fine.", []seg{{text: "Well, fine.", pauseBefore: 500}}, []string{`"*sighs*": a 500 ms pause (not voiced)`}},
		{"(laughs nervously) Sure.", []seg{{text: "Sure.", pauseBefore: 500}}, []string{`"(laughs nervously)": a 500 ms pause (not voiced)`}},
		{"[clears throat] Ahem.", []seg{{text: "Ahem.", pauseBefore: 500}}, []string{`"[clears throat]": a 500 ms pause (not voiced)`}},
		{"[long pause] Well.", []seg{{text: "Well.", pauseBefore: 1000}}, []string{`"[long pause]": a 1000 ms pause`}},
		{"Well. [pause]", []seg{{text: `Well. <break time="500ms"/>`}}, []string{`"[pause]": a 500 ms pause`}},
		{"(laughs)", []seg{{pauseBefore: 500}}, []string{`"(laughs)": a 500 ms pause (not voiced)`}},
		{"Their [sic] house.", []seg{{text: "Their house."}}, []string{`"[sic]": not read`}},
		{"Well. (beat) [excitedly] Yes!", []seg{{text: "Well. <break time=\"300ms\"/>"}, {text: "Yes!", style: "excited"}}, []string{`"(beat)": a 300 ms pause`, `"[excitedly]": style excited`}},
		// Not directions: read as written.
		{"He [the mayor] said no.", []seg{{text: "He [the mayor] said no."}}, nil},
		{"I'm so *happy* for you.", []seg{{text: "I'm so *happy* for you."}}, nil},
		{"It was (I think) fine.", []seg{{text: "It was (I think) fine."}}, nil},
		{"Multiply 2 * 3 * 4.", []seg{{text: "Multiply 2 * 3 * 4."}}, nil},
		{"(the laughter was real)", []seg{{text: "(the laughter was real)"}}, nil},
		// Labelled notes: a sound effect is a sound, a note to the editor is not read.
		{"[SFX: door slams] What was that?", []seg{{text: "What was that?", pauseBefore: 500}}, []string{`"[SFX: door slams]": a 500 ms pause (not voiced)`}},
		{"Yes. (Music: theme swells) Welcome.", []seg{{text: `Yes. <break time="500ms"/> Welcome.`}}, []string{`"(Music: theme swells)": a 500 ms pause (not voiced)`}},
		{"[Note: trim this] Anyway.", []seg{{text: "Anyway."}}, []string{`"[Note: trim this]": not read`}},
		{"It was [Time: 10:30] late.", []seg{{text: "It was [Time: 10:30] late."}}, nil},
		{"[not excited] hello", []seg{{text: "[not excited] hello"}}, nil},
		{`Say <sub alias="W3C">(laughs)</sub> now.`, []seg{{text: `Say <sub alias="W3C">(laughs)</sub> now.`}}, nil},
		{`<say-as interpret-as="characters">[pause]</say-as> (laughs) ok`, []seg{{text: `<say-as interpret-as="characters">[pause]</say-as> <break time="500ms"/> ok`}}, []string{`"(laughs)": a 500 ms pause (not voiced)`}},
	} {
		got, dirs := findDirections(cat, tc.in, 7)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: segments %+v, want %+v", tc.in, got, tc.want)
		}
		var said []string
		for _, d := range dirs {
			said = append(said, d.String())
			if d.Line != 7 {
				t.Errorf("%q: direction %s on line %d, want 7", tc.in, d, d.Line)
			}
		}
		if !reflect.DeepEqual(said, tc.dirs) {
			t.Errorf("%q: directions %q, want %q", tc.in, said, tc.dirs)
		}
	}
}

// A script's stage directions reach the request: a style for the rest of the turn only, a
// pause, and the list of what was done.
func TestBuildDirections(t *testing.T) {
	cat := catalog(t)
	b := buildScript(t, cat, "---\nvoices: A=ava, B=joe\nstyles: B=calm\n---\nA: (laughs) Hello there.\nB: [excitedly] We won! [calmly] Anyway.\nB: Next.\n")
	type part struct {
		speaker, style, text string
		pause                int
	}
	var got []part
	for _, p := range b.Request.Parts {
		got = append(got, part{p.Speaker, p.Style, p.Text, p.PauseBefore})
	}
	want := []part{
		{"A", "", "Hello there.", 500},
		{"B", "excited", "We won!", int(DefaultGap.Milliseconds())},
		{"B", "calm", "Anyway.", 0},
		{"B", "calm", "Next.", int(DefaultGap.Milliseconds())},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parts %+v\nwant %+v", got, want)
	}
	if len(b.Directions) != 3 || b.Directions[0].Line != 5 || !b.Directions[0].Sound || b.Directions[1].Style != "excited" {
		t.Errorf("directions %+v", b.Directions)
	}
	if len(b.Lines) != len(b.Request.Parts) {
		t.Errorf("%d lines for %d parts", len(b.Lines), len(b.Request.Parts))
	}
}

// A line that is wholly a note in brackets or parentheses is a stage note: acted on when it is
// a direction, otherwise not read and reported, never read aloud; the same words inside a line
// are text.
func TestBuildNoteLines(t *testing.T) {
	cat := catalog(t)
	b := buildScript(t, cat, "[Intro music plays]\nA: Hi.\n[Cut to the interview]\nB (excitedly): So.\n(The crowd goes wild)\nA: He said [cut to the interview] twice.\n")
	var got []string
	for _, p := range b.Request.Parts {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d", p.Speaker, p.Style, p.Text, p.PauseBefore))
	}
	gap := int(DefaultGap.Milliseconds())
	want := []string{"A||Hi.|500", fmt.Sprintf("B|excited|So.|%d", gap), fmt.Sprintf("A||He said [cut to the interview] twice.|%d", gap)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parts %q\nwant %q", got, want)
	}
	var said []string
	for _, d := range b.Directions {
		said = append(said, fmt.Sprintf("%d %s", d.Line, d))
	}
	wantDirs := []string{`1 "[Intro music plays]": a 500 ms pause (not voiced)`, `3 "[Cut to the interview]": not read`,
		`4 "(excitedly)": style excited`, `5 "(The crowd goes wild)": not read`}
	if !reflect.DeepEqual(said, wantDirs) {
		t.Errorf("directions %q\nwant %q", said, wantDirs)
	}
}

// A direction in a speaker tag ("Bob (excitedly): …") acts on the whole turn; one that is not a
// direction ("(host)") is not read, and is reported.
func TestBuildTagDirections(t *testing.T) {
	cat := catalog(t)
	b := buildScript(t, cat, "**Ann (host):** Welcome.\nBob (excitedly): We won!\nAnn [laughs]: Great.\n")
	var got []string
	for _, p := range b.Request.Parts {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d", p.Speaker, p.Style, p.Text, p.PauseBefore))
	}
	gap := int(DefaultGap.Milliseconds())
	want := []string{"Ann||Welcome.|0", fmt.Sprintf("Bob|excited|We won!|%d", gap), fmt.Sprintf("Ann||Great.|%d", gap+500)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parts %q\nwant %q", got, want)
	}
	var said []string
	for _, d := range b.Directions {
		said = append(said, fmt.Sprintf("%d %s", d.Line, d))
	}
	wantDirs := []string{`1 "(host)": not read`, `2 "(excitedly)": style excited`, `3 "[laughs]": a 500 ms pause (not voiced)`}
	if !reflect.DeepEqual(said, wantDirs) {
		t.Errorf("directions %q\nwant %q", said, wantDirs)
	}
}

// buildScript parses src (as ep.txt) and builds its request.
func buildScript(t *testing.T, cat *voices.Catalog, src string) Built {
	t.Helper()
	sc, err := Parse(strings.NewReader(src), "ep.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := sc.Build(cat, RequestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var breakRE = regexp.MustCompile(`<break time="\d+ms"/>`)

// Any turn text: no panic; valid markup stays valid with the breaks put in; and the words are
// the input's with the directions taken out, nothing else lost or added.
func FuzzFindDirections(f *testing.F) {
	cat := catalog(f)
	for _, s := range []string{"[excitedly] Hi (laughs) there.", `<break time="1s"/>(laughs)`, "*sighs*", "He [the mayor] said", `<sub alias="x">(laughs)</sub> (laughs)`, "((laughs))", "[[pause]]", "* *", "(laughs", "a < b (laughs) c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 {
			return
		}
		segs, dirs := findDirections(cat, in, 1)
		validIn := utf8.ValidString(in) // Parse refuses a script that is not UTF-8
		if validIn && markup.HasMarkup(in) {
			_, err := markup.Parse(in)
			validIn = err == nil
		}
		var out []string
		for _, s := range segs {
			if validIn && s.text != "" && markup.HasMarkup(s.text) {
				if _, err := markup.Parse(s.text); err != nil {
					t.Fatalf("%q: segment %q is not valid markup: %v", in, s.text, err)
				}
			}
			out = append(out, breakRE.ReplaceAllString(s.text, " "))
		}
		// The input with the directions cut out, against the segments with the breaks cut out,
		// compared by their letters and digits (a segment with none is not spoken).
		var rest strings.Builder
		at := 0
		for _, d := range dirs {
			if d.off < at || !strings.HasPrefix(in[d.off:], d.Text) {
				t.Fatalf("%q: direction %q is not at %d", in, d.Text, d.off)
			}
			rest.WriteString(in[at:d.off] + " ")
			at = d.off + len(d.Text)
		}
		rest.WriteString(in[at:])
		if a, b := wordsOf(rest.String()), wordsOf(strings.Join(out, " ")); validIn && a != b {
			t.Fatalf("%q: words %q, want %q", in, b, a)
		}
	})
}

// wordsOf is s's runs of letters and digits, space-separated.
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}
