package script

import (
	"bytes"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

type turn struct {
	Speaker, Text string
	Line          int
	Paragraph     bool
}

func turns(s *Script) []turn {
	var out []turn
	for _, t := range s.Turns {
		out = append(out, turn{t.Speaker, t.Text, t.Line, t.Paragraph})
	}
	return out
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in string
		want     []turn
	}{
		{"simple", "Alice: Hi.\nBob: Hello.", []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Hello.", 2, false}}},
		{"continuation", "Alice: Hi.\nHow are you?\n  Fine?\nBob: Good.",
			[]turn{{"Alice", "Hi. How are you? Fine?", 1, false}, {"Bob", "Good.", 4, false}}},
		{"numbered speakers", "Speaker 1: One.\nSpeaker 2: Two.", []turn{{"Speaker 1", "One.", 1, false}, {"Speaker 2", "Two.", 2, false}}},
		{"paragraphs", "Alice: One.\n\nTwo.\n\n\nBob: Three.\nFour.",
			[]turn{{"Alice", "One.", 1, false}, {"Alice", "Two.", 3, true}, {"Bob", "Three. Four.", 6, true}}},
		{"comments", "# intro\nAlice: A.\n# aside\nB.\n   # indented comment", []turn{{"Alice", "A. B.", 2, false}}},
		{"tag alone on its line", "Alice:\nHello there.", []turn{{"Alice", "Hello there.", 2, false}}},
		{"colons in text", "Alice: Meet at 10:30, see https://x.org.\nNote:this stays text", []turn{{"Alice", "Meet at 10:30, see https://x.org. Note:this stays text", 1, false}}},
		{"crlf and bom", "\ufeffAlice: Hi.\r\nBob: Yo.\r\n", []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Yo.", 2, false}}},
		{"unicode names", "Zoë O'Neil: Bonjour.\nJean-Luc: Salut.", []turn{{"Zoë O'Neil", "Bonjour.", 1, false}, {"Jean-Luc", "Salut.", 2, false}}},
		{"not a tag: too many words", "A: x\nthis is a long sentence: yes", []turn{{"A", "x this is a long sentence: yes", 1, false}}},
		{"markup", `Alice: Hi <break time="1s"/> <emphasis>you</emphasis>.`, []turn{{"Alice", `Hi <break time="1s"/> <emphasis>you</emphasis>.`, 1, false}}},
		// Tags dressed as language models and Markdown write them.
		{"markdown bold tags", "**Alice:** Hi.\n**Bob**: Hello.\n__Cy:__ Yo.\n*Di*: Hey.", []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Hello.", 2, false}, {"Cy", "Yo.", 3, false}, {"Di", "Hey.", 4, false}}},
		{"bracketed tags", "[Alice]: Hi.\n[Bob]: Hello.", []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Hello.", 2, false}}},
		{"a direction in the tag", "Alice (excitedly): Hi.\nBob [softly]: Hello.", []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Hello.", 2, false}}},
		{"not tags: bold text, an open bracket", "A: x\n**Bold** words: yes\nSee (this: no", []turn{{"A", "x **Bold** words: yes See (this: no", 1, false}}},
		// Tags in brackets without a colon; directions in brackets stay text of the turn.
		{"bracket tags without colon", "[HOST] Hi.\n[Guest Two] Yo.\n[HOST]\nAgain.", []turn{{"HOST", "Hi.", 1, false}, {"Guest Two", "Yo.", 2, false}, {"HOST", "Again.", 4, false}}},
		{"bracket directions are not tags", "[Ann] Hi.\n[pause] So.\n[Laughs] Yes.\n[Softly] No.\n[excited] Go.\n[Bob]\nmore", []turn{{"Ann", "Hi. [pause] So. [Laughs] Yes. [Softly] No. [excited] Go. [Bob] more", 1, false}}},
		// Markdown: "#1" is text, a rule is a paragraph break.
		{"hash number is text", "A: The year\n#1 was that song.\n# a heading", []turn{{"A", "The year #1 was that song.", 1, false}}},
		{"horizontal rule", "A: One.\n---\nTwo.\n* * *\nB: Three.", []turn{{"A", "One.", 1, false}, {"A", "Two.", 3, true}, {"B", "Three.", 5, true}}},
		// Stage notes on their own lines, before the first tag too.
		{"whole-line notes", "[Intro music]\n\nA: Hi.\n(Both laugh)\nB: Yo.", []turn{{"A", "[Intro music] Hi. (Both laugh)", 1, false}, {"B", "Yo.", 5, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(strings.NewReader(tc.in), "ep.txt", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := turns(s); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestHeader(t *testing.T) {
	in := "\n---\ntitle: The Show\n# comment\nvoices: Alice=ava, Speaker 2 = joe\nstyles: Alice=cheerful\ngap: 250ms\nparagraph: 1.5s\nstrict: true\n---\nAlice: Hi.\nSpeaker 2: Yo.\n"
	s, err := Parse(strings.NewReader(in), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "The Show" || s.Gap != 250*time.Millisecond || s.Paragraph != 1500*time.Millisecond || !s.Strict {
		t.Errorf("header = %q %v %v %v", s.Title, s.Gap, s.Paragraph, s.Strict)
	}
	if !reflect.DeepEqual(s.Voices, map[string]string{"Alice": "ava", "Speaker 2": "joe"}) || !reflect.DeepEqual(s.Styles, map[string]string{"Alice": "cheerful"}) {
		t.Errorf("voices %v styles %v", s.Voices, s.Styles)
	}
	if len(s.Turns) != 2 || s.Turns[0].Line != 11 {
		t.Errorf("turns %+v", s.Turns)
	}
	// Front matter as Markdown and podcast tools write it: metadata is accepted, not used.
	fm := "---\ntitle: Ep 3\nauthor: Jane Doe\ndate: 2026-12-01\ntags:\n  - tts\n  - podcast\ndescription: >\n  Two lines\n  of text.\nlanguage: en-US\nvoices: A=ava\n---\nA: Hi.\n"
	if m, err := Parse(strings.NewReader(fm), "", Options{}); err != nil || m.Title != "Ep 3" || m.Voices["A"] != "ava" || len(m.Turns) != 1 {
		t.Errorf("front matter: %+v, %v", m, err)
	}
	d, err := Parse(strings.NewReader("Alice: x"), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Gap != DefaultGap || d.Paragraph != DefaultParagraph || d.Strict {
		t.Errorf("defaults %v %v %v", d.Gap, d.Paragraph, d.Strict)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, in string
		opts     Options
		want     string // prefix file:line:col and a substring
		substr   string
	}{
		{"empty", "", Options{}, "ep.txt: ", "empty"},
		{"only comments", "# nothing\n\n", Options{}, "ep.txt: ", "empty"},
		{"untagged first", "\nhello there", Options{}, "ep.txt:2:1: ", "speaker tag"},
		{"bare name first", "ALICE\nWelcome.", Options{}, "ep.txt:1:1: ", `write "ALICE: …"`},
		{"only stage notes", "[Intro music]\n(Silence)", Options{}, "ep.txt:1:1: ", "stage notes with no speaker"},
		{"header language", "---\nlanguage: fr\n---\nAlice: hi", Options{}, "ep.txt:2:11: ", "speak English"},
		{"header unknown key after metadata", "---\ntags:\n  - a\ncolour: red\n---\nAlice: hi", Options{}, "ep.txt:4:1: ", "unknown header key"},
		{"empty turn", "Alice:\nBob: hi", Options{}, "ep.txt:1: ", "no text"},
		{"empty last turn", "Alice: hi\nBob:   ", Options{}, "ep.txt:2: ", "no text"},
		{"binary", "Alice: hi\x00there", Options{}, "ep.txt:1:10: ", "binary"},
		{"bad utf8", "Alice: ok\nBob: caf\xe9", Options{}, "ep.txt:2:9: ", "UTF-8"},
		{"long line", "Alice: " + strings.Repeat("a", 1<<20), Options{}, "ep.txt:1: ", "limited"},
		{"unclosed header", "---\ntitle: x\nAlice: hi", Options{}, "ep.txt:1:1: ", "closing"},
		{"header unknown key", "---\ncolour: red\n---\nAlice: hi", Options{}, "ep.txt:2:1: ", "unknown header key"},
		{"header not key value", "---\njust words\n---\nAlice: hi", Options{}, "ep.txt:2:1: ", "key: value"},
		{"header dup key", "---\ngap: 1s\ngap: 2s\n---\nAlice: hi", Options{}, "ep.txt:3:1: ", "twice"},
		{"header bad gap", "---\ngap: soon\n---\nAlice: hi", Options{}, "ep.txt:2:6: ", "pause"},
		{"header bad mapping", "---\nvoices: Alice=ava, Bob\n---\nAlice: hi", Options{}, "ep.txt:2:19: ", "not Speaker=voice"},
		{"header bad strict", "---\nstrict: maybe\n---\nAlice: hi", Options{}, "ep.txt:2:9: ", "strict"},
		{"header speaker never speaks", "---\nvoices: Alicia=ava\n---\nAlice: hi", Options{}, "ep.txt:2: ", "never speaks"},
		{"strict unknown", "---\nvoices: Alice=ava\nstrict: true\n---\nAlice: hi\nBob: yo", Options{}, "ep.txt:6: ", "unknown speaker \"Bob\""},
		{"strict option", "Alice: hi", Options{Strict: true}, "ep.txt:1: ", "unknown speaker"},
		{"markup column", "Alice: fine\n  and <foo>x</foo>", Options{}, "ep.txt:2:7: ", "unknown tag"},
		{"markup column after tag", "Bob:   é <break time=\"5\"/>", Options{}, "ep.txt:1:17: ", "unit"},
		{"markup unclosed across lines", "Alice: <emphasis>a\nb", Options{}, "ep.txt:1:8: ", "never closed"},
		{"json syntax", "[\n{\"speaker\": \"A\", \"text\": \"x\"},\n{\"speaker\" \"B\"}]", Options{}, "ep.txt:3:", "JSON"},
		{"json unknown field", `[{"speaker":"A","text":"x","colour":1}]`, Options{}, "ep.txt:1:2: ", "unknown field"},
		{"json missing text", "[\n  {\"speaker\":\"A\"}]", Options{}, "ep.txt:2:3: ", "no \"text\""},
		{"json type", `[{"speaker":1,"text":"x"}]`, Options{}, "ep.txt:1:2: ", "speaker"},
		{"json empty", `[]`, Options{}, "ep.txt: ", "empty"},
		{"json trailing", `[{"speaker":"A","text":"x"}] x`, Options{}, "ep.txt:1:", "after the end"},
		{"json markup", `[{"speaker":"A","text":"ok <bad>"}]`, Options{}, "ep.txt:1:2: ", "at character 4: unknown tag"},
		{"too many turns", strings.Repeat("A: x\n", MaxTurns+1), Options{}, "ep.txt:100001: ", "more than 100000 turns"},
		{"too many JSON turns", "[" + strings.Repeat(`{"speaker":"A","text":"x"},`, MaxTurns) + `{"speaker":"A","text":"x"}]`, Options{}, "ep.txt: ", "at most 100000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.in), "ep.txt", tc.opts)
			var se *Error
			if !errors.As(err, &se) || !errors.Is(err, ErrScript) {
				t.Fatalf("err = %v, want a script error", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.substr) {
				t.Errorf("err = %q, want prefix %q and %q", err, tc.want, tc.substr)
			}
		})
	}
}

func TestFileTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("Alice: hello there\n"), MaxFileBytes/19+2)
	_, err := Parse(bytes.NewReader(big), "big.txt", Options{})
	if !errors.Is(err, ErrScript) || !strings.Contains(err.Error(), "larger") {
		t.Errorf("err = %v", err)
	}
}

func TestParseJSON(t *testing.T) {
	in := `[{"speaker": "Alice", "text": "Hi."},
	        {"speaker": "Bob", "text": "Yo.", "voice": "leo", "style": "calm", "paragraph": true}]`
	s, err := Parse(strings.NewReader(in), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []turn{{"Alice", "Hi.", 1, false}, {"Bob", "Yo.", 2, true}}
	if got := turns(s); !reflect.DeepEqual(got, want) || s.Turns[1].Voice != "leo" || s.Turns[1].Style != "calm" {
		t.Errorf("got %+v", s.Turns)
	}
	obj := `{"title": "T", "voices": {"Alice": "mia"}, "gap": "200ms", "strict": true,
	        "turns": [{"speaker": "Alice", "text": "Hi."}]}`
	s, err = Parse(strings.NewReader(obj), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "T" || s.Voices["Alice"] != "mia" || s.Gap != 200*time.Millisecond || !s.Strict || len(s.Turns) != 1 {
		t.Errorf("got %+v", s)
	}
}

func TestRequest(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	def := cat.Default().Name
	in := "---\nvoices: Bob=" + def + "\nstyles: Carol=calm\ngap: 300ms\nparagraph: 800ms\n---\n" +
		"Alice: One.\nBob: Two.\n\nThree.\nCarol: Four.\nDan: Five.\n"
	s, err := Parse(strings.NewReader(in), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.Request(cat)
	if err != nil {
		t.Fatal(err)
	}
	if !req.WordTimings || len(req.Parts) != 5 {
		t.Fatalf("req = %+v", req)
	}
	pauses := []int{0, 300, 800, 300, 300}
	voiceOf := map[string]string{}
	for i, p := range req.Parts {
		if p.PauseBefore != pauses[i] {
			t.Errorf("part %d pause %d, want %d", i, p.PauseBefore, pauses[i])
		}
		if prev, ok := voiceOf[p.Speaker]; ok && prev != p.Voice {
			t.Errorf("%s changes voice", p.Speaker)
		}
		voiceOf[p.Speaker] = p.Voice
	}
	if voiceOf["Bob"] != def {
		t.Errorf("Bob = %s, want %s", voiceOf["Bob"], def)
	}
	seen := map[string]bool{}
	for _, v := range voiceOf {
		if seen[v] {
			t.Errorf("voices not distinct: %v", voiceOf)
		}
		seen[v] = true
	}
	if req.Parts[3].Style != "calm" || req.Parts[0].Style != "" {
		t.Errorf("styles %q %q", req.Parts[3].Style, req.Parts[0].Style)
	}
	if _, err := testkit.Engine(t).Validate(req); err != nil {
		t.Errorf("engine rejects the request: %v", err)
	}
}

func TestRequestCyclesVoices(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	n := len(cat.Names())
	var b strings.Builder
	for i := 0; i < 2*n; i++ {
		b.WriteString("Speaker " + string(rune('A'+i)) + ": hi.\n")
	}
	s, err := Parse(strings.NewReader(b.String()), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.Request(cat)
	if err != nil {
		t.Fatal(err)
	}
	if want := voiceOrder(cat)[0]; req.Parts[0].Voice != want {
		t.Errorf("first speaker gets %s, want %s", req.Parts[0].Voice, want)
	}
	first := map[string]bool{}
	for _, p := range req.Parts[:n] {
		first[p.Voice] = true
	}
	if len(first) != n {
		t.Errorf("the first %d speakers share voices: %v", n, first)
	}
}

// TestVoiceOrder: unmapped speakers get the voices built from recordings first (the built-in
// catalog's kal and ked, and any other non-formant voice), then the formant voices; the default
// leads its group; genders alternate while they can.
func TestVoiceOrder(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	order := voiceOrder(cat)
	if len(order) != len(cat.Names()) {
		t.Fatalf("order %v does not hold every voice once", order)
	}
	seen := map[string]bool{}
	rules := false
	for _, n := range order {
		v, ok := cat.Voice(n)
		if !ok || seen[n] {
			t.Fatalf("order %v: %s unknown or repeated", order, n)
		}
		seen[n] = true
		if !v.Recorded() {
			rules = true
		} else if rules {
			t.Errorf("order %v: recorded voice %s after a formant voice", order, n)
		}
	}
	if order[0] != "kal" || !seen["ked"] {
		t.Errorf("order %v: want kal first and ked among them", order)
	}

	mk := func(name, gender, vocoder string, def bool) voices.Voice {
		return voices.Voice{Name: name, Language: "en-US", Gender: gender, Description: "d", Default: def,
			Vocoder: vocoder, SampleRate: 16000, Prosody: voices.Prosody{BaseHz: 100, Tempo: 1}}
	}
	c, err := voices.New([]voices.Voice{
		mk("ava", "female", "formant", false), mk("bob", "male", "formant", false),
		mk("cal", "male", "formant", false), mk("dee", "female", "formant", false),
		mk("joe", "male", "formant", true),
		mk("kal", "male", "diphone", false), mk("ked", "male", "diphone", false),
		mk("slt", "female", "hts", false), // a new engine joins the recorded voices by itself
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "kal slt ked joe ava bob dee cal"
	if got := strings.Join(voiceOrder(c), " "); got != want {
		t.Errorf("order %s, want %s", got, want)
	}
}

func TestRequestMarkup(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	in := `Alice: Hi <break time="700ms"/>there, <emphasis>really</emphasis> big. ` +
		`<say-as interpret-as="characters">tts</say-as> <say-as interpret-as="digits">2024</say-as> ` +
		`<sub alias="World Wide Web">WWW</sub> <phoneme alphabet="arpabet" ph="T AH0 M AA1 T OW0">tomato</phoneme>` +
		`<break time="2s"/>` + "\nBob: Ok."
	s, err := Parse(strings.NewReader(in), "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.RequestWith(cat, RequestOptions{LowerMarkup: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(req.Parts) != 3 {
		t.Fatalf("parts %+v", req.Parts)
	}
	if req.Parts[0].Text != "Hi " || req.Parts[1].PauseBefore != 700 {
		t.Errorf("break: %+v", req.Parts[:2])
	}
	want := "there, *really* big. T T S 2 0 2 4 World Wide Web tomato"
	if req.Parts[1].Text != want {
		t.Errorf("lowered %q\nwant    %q", req.Parts[1].Text, want)
	}
	if req.Parts[2].PauseBefore != 2000+int(DefaultGap.Milliseconds()) || req.Parts[2].Speaker != "Bob" {
		t.Errorf("trailing break + gap: %+v", req.Parts[2])
	}
	if len(req.Lexicon["tomato"]) == 0 {
		t.Errorf("lexicon %v", req.Lexicon)
	}
	keep, err := s.Request(cat)
	if err != nil || len(keep.Parts) != 2 || keep.Parts[0].Text != s.Turns[0].Text || !keep.Parts[0].Markup || keep.Parts[1].Markup {
		t.Errorf("markup passed through: %+v %v", keep.Parts, err)
	}
}

func TestRequestErrors(t *testing.T) {
	cat := testkit.Engine(t).Catalog()
	for in, substr := range map[string]string{
		"---\nvoices: Alice=nobody\n---\nAlice: hi": ":2: no voice named \"nobody\"",
		"---\nstyles: Alice=grumpy\n---\nAlice: hi": ":2: no style named \"grumpy\"",
		`[{"speaker":"A","text":"x","voice":"zz"}]`: ":1: no voice named \"zz\"",
	} {
		s, err := Parse(strings.NewReader(in), "f", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Request(cat); err == nil || !strings.Contains(err.Error(), substr) {
			t.Errorf("%q: err = %v, want %q", in, err, substr)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Alice: hi\nBob: yo", "---\nvoices: A=ava\n---\nA: x", "Speaker 1: a\n\nb", "# c\nA: <break/>x",
		`[{"speaker":"A","text":"x"}]`, `{"turns":[{"speaker":"A","text":"x"}]}`, "A:\n", "---\n", "x\x00",
		"**A:** x\n__B__: y", "[A]: x\n[B (softly)]: y", "A (laughs): x\nB [", "**A (x):**", "[ ]",
		"[Intro]\n[HOST] Hi.\n[Cut]\n[HOST]\n(x)\n#1 y\n---\n[pause] z", "---\ntags:\n  - a\ndescription: >\n  b\n---\nA (wow): [SFX: x] y\n(Both laugh)",
	} {
		f.Add(s)
	}
	cat, err := voices.Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := Parse(strings.NewReader(in), "f", Options{})
		if err != nil {
			var se *Error
			if !errors.As(err, &se) {
				t.Fatalf("error %v is not a *Error", err)
			}
			return
		}
		if len(s.Turns) == 0 {
			t.Fatal("no turns and no error")
		}
		for _, tr := range s.Turns {
			if strings.TrimSpace(tr.Text) == "" || tr.Speaker == "" || tr.Line < 1 {
				t.Fatalf("bad turn %+v", tr)
			}
			for _, o := range tr.lines {
				if o < 0 || o >= len(tr.Text) || tr.Text[o] != '[' && tr.Text[o] != '(' {
					t.Fatalf("turn %+v: note line at %d is not a bracket", tr, o)
				}
			}
		}
		if len(in) < 4096 {
			_, _ = s.Build(cat, RequestOptions{}) // errors are fine; panics are not
		}
	})
}

// TestLongEpisode: a script may hold more text and turns than one engine request carries;
// Build still makes a well-formed request (podcast rendering splits it).
func TestLongEpisode(t *testing.T) {
	cat, err := voices.Load()
	if err != nil {
		t.Fatal(err)
	}
	turn := strings.Repeat("A sentence of a long episode. ", 400) // 12 kB
	src := strings.Repeat("Alice: "+turn+"\nBob: "+turn+"\n", 15)
	s, err := Parse(strings.NewReader(src), "long.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	req, err := s.Request(cat)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, p := range req.Parts {
		total += len(p.Text)
	}
	if len(req.Parts) != 30 || total <= synth.MaxTextBytes {
		t.Fatalf("%d parts with %d bytes of text; want 30 parts over %d bytes", len(req.Parts), total, synth.MaxTextBytes)
	}
	// Each part is one a request may hold; only the whole is too large for one.
	for _, p := range req.Parts {
		one := synth.Request{Parts: []synth.Part{p}}
		if _, err := testkit.Engine(t).Validate(one); err != nil {
			t.Fatalf("a part alone: %v", err)
		}
	}
}

// TestParseWorkIsLinear: the work of parsing grows in proportion to the script, in the shapes
// that once made it quadratic. Placing JSON turns by line and column reads each byte at most
// once (it recounted from the start of the file for every turn); joining the lines of a long
// turn allocates in proportion to its length (appending to a string copied it every time: four
// times the lines would allocate sixteen times the bytes, where linear growth gives four; the
// bound of six leaves room for the builder's doubling).
func TestParseWorkIsLinear(t *testing.T) {
	for _, oneLine := range []bool{false, true} {
		src := jsonEpisode(20000, oneLine)
		s, err := Parse(bytes.NewReader(src), "ep.json", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Turns) != 20000 || s.located == 0 || s.located > len(src) {
			t.Errorf("one line %v: %d turns placed reading %d bytes of a %d-byte file", oneLine, len(s.Turns), s.located, len(src))
		}
	}
	allocated := func(src []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := Parse(bytes.NewReader(src), "ep.txt", Options{}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(longTurn(10000)), allocated(longTurn(40000))
	if ratio := float64(large) / float64(small); ratio > 6 {
		t.Errorf("4× the lines of one turn allocate %.1f× the bytes (%d, %d)", ratio, small, large)
	}
}

// TestCursor: the cursor gives every offset the line and column a count from the start gives,
// reading each byte once when asked in order.
func TestCursor(t *testing.T) {
	src := []byte("ab\nçé\n\n  x\ny")
	c := cursor{src: src}
	for off := 0; off <= len(src); off++ {
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue
		}
		line, col := c.at(off)
		if wl, wc := lineCol(src, off); line != wl || col != wc {
			t.Errorf("offset %d: %d:%d, want %d:%d", off, line, col, wl, wc)
		}
	}
	if c.scanned != len(src) {
		t.Errorf("read %d bytes for a %d-byte text", c.scanned, len(src))
	}
	// Backwards starts over, and is still right.
	if line, col := c.at(1); line != 1 || col != 2 {
		t.Errorf("offset 1 after the end: %d:%d", line, col)
	}
}
