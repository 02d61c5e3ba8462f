package captions

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

const rate = 22050

// timings lays out words at 150 ms each with 50 ms gaps, a pause after each sentence-final word.
func timings(speaker string, from int64, pause int64, words ...string) ([]synth.WordTiming, int64) {
	var out []synth.WordTiming
	pos := from
	for _, w := range words {
		out = append(out, synth.WordTiming{Word: w, Speaker: speaker, Start: pos, End: pos + rate*15/100})
		pos += rate * 20 / 100
		if endsSentence(w) {
			pos += pause
		}
	}
	return out, pos
}

func TestBuildAlignment(t *testing.T) {
	a, pos := timings("Alice", 1234, rate/2, strings.Fields("Welcome back to the show. Today we talk about speech synthesis, and why the old formant synthesizers still matter for tiny devices.")...)
	b, _ := timings("Bob", pos+rate, rate/2, strings.Fields("Thanks. Glad to be here!")...)
	words := append(a, b...)
	cues, err := Build(words, rate, Options{MinDuration: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	// Every cue starts at a word's start and ends at a word's end, exactly; words are covered
	// in order, once.
	wi := 0
	for i, c := range cues {
		if c.Start != at(words[wi].Start, rate) {
			t.Errorf("cue %d starts %v, first word starts %v", i, c.Start, at(words[wi].Start, rate))
		}
		n := len(strings.Fields(c.Text()))
		last := words[wi+n-1]
		if c.End != at(last.End, rate) {
			t.Errorf("cue %d ends %v, last word %q ends %v", i, c.End, last.Word, at(last.End, rate))
		}
		if c.Speaker != words[wi].Speaker || c.Speaker != last.Speaker {
			t.Errorf("cue %d mixes speakers", i)
		}
		if len(c.Lines) > 2 {
			t.Errorf("cue %d has %d lines", i, len(c.Lines))
		}
		for _, l := range c.Lines {
			if utf8.RuneCountInString(l) > 42 {
				t.Errorf("cue %d line %q is longer than 42", i, l)
			}
		}
		if i > 0 && c.Start < cues[i-1].End {
			t.Errorf("cue %d overlaps the previous one", i)
		}
		if c.End-c.Start > 7*time.Second {
			t.Errorf("cue %d lasts %v", i, c.End-c.Start)
		}
		wi += n
	}
	if wi != len(words) {
		t.Errorf("cues cover %d of %d words", wi, len(words))
	}
	if cues[0].Text() != "Welcome back to the show." {
		t.Errorf("first cue %q should end at the sentence end", cues[0].Text())
	}
	if got := cues[len(cues)-1]; got.Speaker != "Bob" || got.Text() != "Glad to be here!" {
		t.Errorf("last cue %+v", got)
	}
}

func TestBuildBreaks(t *testing.T) {
	// A long pause breaks a cue mid-sentence; a short one does not.
	w1, pos := timings("A", 0, 0, "one", "two")
	w2, _ := timings("A", pos+rate, 0, "three")
	w3, _ := timings("A", pos+rate+rate/4, 0, "four")
	cues, err := Build(append(append(w1, w2...), w3...), rate, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cues) != 2 || cues[0].Text() != "one two" || cues[1].Text() != "three four" {
		t.Errorf("cues %+v", cues)
	}
	// Minimum duration: a short cue is extended into silence, not over the next cue.
	if cues[0].End != cues[1].Start && cues[0].End-cues[0].Start != time.Second {
		t.Errorf("min duration: %v–%v, next %v", cues[0].Start, cues[0].End, cues[1].Start)
	}
	if cues[0].End > cues[1].Start {
		t.Error("extended cue overlaps the next")
	}
}

// TestBuildKeepsEveryToken: each timing is one written token; identical neighbours are two
// tokens ("no no", "1995 1995"), and emphasis marks are stripped.
func TestBuildKeepsEveryToken(t *testing.T) {
	w := []synth.WordTiming{
		{Word: "In", Start: 0, End: 100},
		{Word: "1995", Start: 100, End: 400}, {Word: "1995", Start: 400, End: 700},
		{Word: "no", Start: 700, End: 800}, {Word: "no", Start: 800, End: 900},
		{Word: "*really*", Start: 900, End: 1000}, {Word: "_so_", Start: 1000, End: 1100},
		{Word: "TTS,", Start: 1100, End: 1400}, {Word: "555-1234.", Start: 1400, End: 2000},
	}
	cues, err := Build(w, rate, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cues) != 1 || strings.Join(cues[0].Lines, " ") != "In 1995 1995 no no really so TTS, 555-1234." {
		t.Errorf("cues %+v", cues)
	}
}

func TestLayout(t *testing.T) {
	words := strings.Fields("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll")
	lines, ok := layout(words, 42, 2)
	if !ok || len(lines) != 2 || abs(len(lines[0])-len(lines[1])) > 5 {
		t.Errorf("layout %q %v", lines, ok)
	}
	if _, ok := layout(append(words, words...), 42, 2); ok {
		t.Error("120 characters fit two lines of 42")
	}
	long := strings.Repeat("x", 100)
	cues, err := Build([]synth.WordTiming{{Word: long, Start: 0, End: 3000}}, rate, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cues {
		for _, l := range c.Lines {
			if len(l) > 42 {
				t.Errorf("line %d chars", len(l))
			}
		}
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build(nil, 0, Options{}); !errors.Is(err, ErrCaptions) {
		t.Error("rate 0 accepted")
	}
	for _, w := range [][]synth.WordTiming{
		{{Word: "a", Start: -1, End: 5}},
		{{Word: "a", Start: 5, End: 4}},
		{{Word: "a", Start: 5, End: 6}, {Word: "b", Start: 4, End: 6}},
	} {
		if _, err := Build(w, rate, Options{}); !errors.Is(err, ErrCaptions) {
			t.Errorf("%v accepted", w)
		}
	}
	if c, err := Build(nil, rate, Options{}); err != nil || len(c) != 0 {
		t.Errorf("no words: %v %v", c, err)
	}
}

func TestStamp(t *testing.T) {
	for _, tc := range []struct {
		samples int64
		vtt     string
	}{
		{0, "00:00:00.000"}, {22050, "00:00:01.000"}, {11, "00:00:00.000"}, {12, "00:00:00.001"},
		{22050*3723 + 11025, "01:02:03.500"}, {22050 * 36000, "10:00:00.000"},
	} {
		d := at(tc.samples, rate)
		if got := stamp(d, '.'); got != tc.vtt {
			t.Errorf("%d samples: %s, want %s", tc.samples, got, tc.vtt)
		}
		if diff := d - time.Duration(float64(tc.samples)/rate*1e9); diff > time.Microsecond || diff < -time.Microsecond {
			t.Errorf("%d samples: %v off", tc.samples, diff)
		}
	}
	if got := stamp(1500*time.Millisecond, ','); got != "00:00:01,500" {
		t.Errorf("srt stamp %s", got)
	}
}

func TestWrite(t *testing.T) {
	cues := []Cue{
		{Start: 100 * time.Millisecond, End: 1500 * time.Millisecond, Speaker: "Alice", Lines: []string{"Fish & chips", "<yum>"}},
		{Start: 2 * time.Second, End: 3*time.Second + 250*time.Millisecond, Speaker: "Bob", Lines: []string{"Yes."}},
	}
	var b bytes.Buffer
	if err := Write(&b, WebVTT, cues); err != nil {
		t.Fatal(err)
	}
	wantVTT := "WEBVTT\n\n00:00:00.100 --> 00:00:01.500\n<v Alice>Fish &amp; chips\n&lt;yum&gt;\n\n00:00:02.000 --> 00:00:03.250\n<v Bob>Yes.\n"
	if b.String() != wantVTT {
		t.Errorf("VTT:\n%s\nwant:\n%s", b.String(), wantVTT)
	}
	b.Reset()
	if err := Write(&b, SRT, cues); err != nil {
		t.Fatal(err)
	}
	wantSRT := "1\n00:00:00,100 --> 00:00:01,500\nFish & chips\n<yum>\n\n2\n00:00:02,000 --> 00:00:03,250\nYes.\n"
	if b.String() != wantSRT {
		t.Errorf("SRT:\n%s\nwant:\n%s", b.String(), wantSRT)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	cues := []Cue{{Start: 0, End: time.Second, Speaker: "A", Lines: []string{"hi"}}}
	for _, name := range []string{"a.vtt", "a.SRT"} {
		if err := WriteFile(filepath.Join(dir, name), cues); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(string(readFile(t, filepath.Join(dir, "a.vtt"))), "WEBVTT\n") {
		t.Errorf("a.vtt = %q", readFile(t, filepath.Join(dir, "a.vtt")))
	}
	if !strings.HasPrefix(string(readFile(t, filepath.Join(dir, "a.SRT"))), "1\n00:00:00,000 --> ") {
		t.Errorf("a.SRT = %q", readFile(t, filepath.Join(dir, "a.SRT")))
	}
	// An unknown format fails before anything is touched; an existing file stays.
	old := filepath.Join(dir, "old.txt")
	if err := os.WriteFile(old, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(old, cues); !errors.Is(err, ErrCaptions) {
		t.Errorf("old.txt: %v", err)
	}
	if got := string(readFile(t, old)); got != "keep me" {
		t.Errorf("old.txt now holds %q", got)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 3 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v", names)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWriteFileOutputs: captions go to every kind of output without replacing it.
func TestWriteFileOutputs(t *testing.T) {
	cues := []Cue{{Start: 0, End: time.Second, Speaker: "A", Lines: []string{"hi"}}}
	var want bytes.Buffer
	if err := Write(&want, WebVTT, cues); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	t.Run("existing file keeps its mode", func(t *testing.T) {
		p := filepath.Join(dir, "private.vtt")
		if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(p, cues); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(p); err != nil || fi.Mode() != 0o600 {
			t.Errorf("mode after writing: %v (%v), want -rw-------", fi.Mode(), err)
		}
		if !bytes.Equal(readFile(t, p), want.Bytes()) {
			t.Error("content differs")
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		target := filepath.Join(dir, "target.vtt")
		if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, "link.vtt")
		if err := os.Symlink("target.vtt", link); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(link, cues); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("the link is now %v (%v)", fi.Mode(), err)
		}
		if !bytes.Equal(readFile(t, target), want.Bytes()) {
			t.Error("the target's content differs")
		}
	})
	t.Run("standard output", func(t *testing.T) {
		t.Chdir(t.TempDir())
		var out bytes.Buffer
		if err := WriteFileWith("-", cues, FileOptions{Stdout: &out}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), want.Bytes()) {
			t.Errorf("standard output got %q", out.Bytes())
		}
		out.Reset()
		if err := WriteFileWith("-", cues, FileOptions{Stdout: &out, Format: SRT}); err != nil || !strings.HasPrefix(out.String(), "1\n") {
			t.Errorf("SRT on standard output: %q, %v", out.String(), err)
		}
		if _, err := os.Lstat("-"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("a file named - was made (%v)", err)
		}
	})
	testUnixOutputs(t, dir, cues, want.Bytes())
}

// FuzzBuild checks Build's invariants on arbitrary words and gaps: lines fit, cues keep order,
// start on a word start and cover every word (each word that has text left once emphasis marks
// are stripped starts within a cue).
func FuzzBuild(f *testing.F) {
	f.Add("Hello there. How are you today, my friend?", []byte{1, 2, 30, 4, 200, 6})
	f.Add("a bb ccc 1995 1995 x", []byte{0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, text string, gaps []byte) {
		var words []synth.WordTiming
		var pos int64
		for i, w := range strings.Fields(text) {
			g := int64(10)
			if i < len(gaps) {
				g = int64(gaps[i])
			}
			pos += g * rate / 100
			words = append(words, synth.WordTiming{Word: w, Speaker: []string{"A", "B"}[int(g)%2], Start: pos, End: pos + 2000})
			pos += 2000
		}
		cues, err := Build(words, rate, Options{})
		if err != nil {
			t.Fatal(err)
		}
		starts := map[time.Duration]bool{}
		split := false // words longer than a line are split, their pieces start mid-word
		for _, w := range words {
			starts[at(w.Start, rate)] = true
			split = split || utf8.RuneCountInString(w.Word) > 42
		}
		for i, c := range cues {
			if len(c.Lines) == 0 || len(c.Lines) > 2 || !(split || starts[c.Start]) || c.End < c.Start {
				t.Fatalf("cue %d: %+v", i, c)
			}
			for _, l := range c.Lines {
				if utf8.RuneCountInString(l) > 42 {
					t.Fatalf("line %q too long", l)
				}
			}
			if i > 0 && c.Start < cues[i-1].End {
				t.Fatalf("cue %d overlaps", i)
			}
		}
		for _, w := range words {
			if strings.TrimSpace(stripEmphasis(w.Word)) == "" {
				continue
			}
			s := at(w.Start, rate)
			if !slices.ContainsFunc(cues, func(c Cue) bool { return c.Start <= s && s <= c.End }) {
				t.Fatalf("word %q at %v is in no cue: %+v", w.Word, s, cues)
			}
		}
	})
}

func TestBuildClauseBreak(t *testing.T) {
	words, _ := timings("Theo", 0, 0, strings.Fields("Then every word gets a pronunciation, and a model of rhythm and melody decides how to say it.")...)
	cues, err := Build(words, rate, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cues) != 2 || cues[0].Text() != "Then every word gets a pronunciation," ||
		strings.Join(cues[1].Lines, " ") != "and a model of rhythm and melody decides how to say it." {
		t.Errorf("cues %+v", cues)
	}
	if cues[1].Start != at(words[6].Start, rate) {
		t.Errorf("second cue starts %v, want %v", cues[1].Start, at(words[6].Start, rate))
	}
}

// TestCaptionsShowWhatWasWritten: captions built from the engine's word timings show the text as
// written (markup aside), not the words it was read as.
func TestCaptionsShowWhatWasWritten(t *testing.T) {
	tests := []struct {
		in     string
		markup bool
		cues   []string // each cue's lines joined by a space
	}{
		{`Welcome to <sub alias="World Wide Web">WWW</sub>, the <say-as interpret-as="characters">TTS</say-as> show. Call <say-as interpret-as="telephone">555-1234</say-as> now.`, true,
			[]string{"Welcome to WWW, the TTS show.", "Call 555-1234 now."}},
		{`It is <emphasis>fast</emphasis>, really &amp; truly.`, true, []string{"It is fast, really & truly."}},
		{"On Feb. 14, 1990, Dr. Lee paid $3.50 to the FBI.", false, []string{"On Feb. 14, 1990, Dr. Lee paid $3.50 to the FBI."}},
		{"No, no, no! It's 9:05 am—late. Call (555) 123-4567.", false, []string{"No, no, no!", "It's 9:05 am—late.", "Call (555) 123-4567."}},
	}
	e := testkit.Engine(t)
	for _, tc := range tests {
		rec, sum := testkit.Render(t, e, synth.Request{Parts: []synth.Part{{Text: tc.in, Markup: tc.markup}}, WordTimings: true})
		cues, err := Build(rec.Words, sum.SampleRate, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cues {
			got = append(got, strings.Join(c.Lines, " "))
		}
		if !slices.Equal(got, tc.cues) {
			t.Errorf("%q:\n cues %q\n want %q", tc.in, got, tc.cues)
		}
	}
}

// endsSentence reports whether a word ends with sentence-final punctuation.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, `"')]”’»`)
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "…")
}

// TestBuildNameSpeakers: with NameSpeakers and two speakers, the first cue of each turn (and only
// it) opens with the speaker's name, within the line layout; one speaker, or the option off,
// gives no names.
func TestBuildNameSpeakers(t *testing.T) {
	a, pos := timings("Host", 0, rate, "Welcome", "back", "to", "the", "show.", "Tonight", "we", "talk", "about", "moons.")
	b, pos := timings("Guest", pos+rate, rate, "Thanks", "for", "having", "me.")
	c, _ := timings("Host", pos+rate, rate, "Let's", "begin.")
	words := append(append(append([]synth.WordTiming(nil), a...), b...), c...)
	opts := Options{NameSpeakers: true, MaxLineChars: 20}
	cues, err := Build(words, rate, opts)
	if err != nil {
		t.Fatal(err)
	}
	var named []string
	for i, c := range cues {
		first := strings.SplitN(c.Text(), " ", 2)[0]
		turn := i == 0 || cues[i-1].Speaker != c.Speaker
		if turn != (first == c.Speaker+":") {
			t.Errorf("cue %d (%s, turn %v): %q", i, c.Speaker, turn, c.Text())
		}
		if turn {
			named = append(named, c.Speaker)
		}
		for _, l := range c.Lines {
			if n := utf8.RuneCountInString(l); n > opts.MaxLineChars {
				t.Errorf("cue %d: line %q has %d characters", i, l, n)
			}
		}
	}
	if strings.Join(named, ",") != "Host,Guest,Host" {
		t.Errorf("named turns %v", named)
	}
	// Every spoken word is still there, once, and the name takes no time of its own.
	if cues[0].Start != at(words[0].Start, rate) {
		t.Errorf("first cue starts at %v", cues[0].Start)
	}
	for _, o := range []struct {
		words []synth.WordTiming
		opts  Options
	}{{a, opts}, {words, Options{MaxLineChars: 20}}} {
		cues, err := Build(o.words, rate, o.opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cues {
			if strings.HasSuffix(strings.SplitN(c.Text(), " ", 2)[0], ":") {
				t.Errorf("named without reason: %q", c.Text())
			}
		}
	}
}
