package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestChunks(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		max  int
		want []string
	}{
		{"empty", "", 10, nil},
		{"fits unchanged", "  Hello there.\n", 20, []string{"  Hello there.\n"}},
		{"exactly max", "abcde", 5, []string{"abcde"}},
		{"only space", "      ", 2, nil},
		{"paragraphs", "Para one. Still one.\n\nPara two is here.\n \t\nThree.", 22,
			[]string{"Para one. Still one.", "Para two is here.", "Three."}},
		{"paragraphs packed", "A.\n\nB.\n\nC.", 9, []string{"A.\n\nB.", "C."}},
		// Sentence-level packing alone would give "One two three. Four.\n\nFive." first.
		{"paragraph before sentence", "One two three. Four.\n\nFive. Six seven eight nine.", 30,
			[]string{"One two three. Four.", "Five. Six seven eight nine."}},
		{"sentences", "It was late. We went home. Then we slept.", 28,
			[]string{"It was late. We went home.", "Then we slept."}},
		{"abbreviation is no sentence end", "Dr. Lee came home. He slept.", 20,
			[]string{"Dr. Lee came home.", "He slept."}},
		{"question and quote", `He asked "why?" Then left. Done!`, 16,
			[]string{`He asked "why?"`, "Then left. Done!"}},
		{"lines", "first line here\nsecond line here", 20, []string{"first line here", "second line here"}},
		{"clauses", "one, two, three, four", 10, []string{"one, two,", "three,", "four"}},
		{"semicolon before comma level", "alpha beta; gamma delta", 15, []string{"alpha beta;", "gamma delta"}},
		{"words", "aaa bbb ccc ddd", 7, []string{"aaa bbb", "ccc ddd"}},
		{"characters", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word among words", "go abcdefgh to", 4, []string{"go", "abcd", "efgh", "to"}},
		{"multibyte never split", "ééééé", 3, []string{"é", "é", "é", "é", "é"}},
		{"rune longer than max", "😀😀", 2, []string{"😀", "😀"}},
		{"CJK full stops", "你好。我很好。谢谢。", 12, []string{"你好。", "我很好。", "谢谢。"}},
		{"CJK clauses", "你好，我很好，谢谢", 12, []string{"你好，", "我很好，", "谢谢"}},
		{"whitespace at cuts only", "  one two  \n\n  three  ", 9, []string{"one two", "three"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Chunks(tc.s, tc.max)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Chunks(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
			}
			checkChunks(t, tc.s, tc.max, got)
		})
	}
}

// tagCuts allows cuts only outside <...>: not between a '<' and its '>'.
func tagCuts(s string) func(int) bool {
	inside := make([]bool, len(s)+1)
	in := false
	for i := 0; i < len(s); i++ {
		inside[i] = in
		switch s[i] {
		case '<':
			in = true
		case '>':
			in = false
		}
	}
	inside[len(s)] = in
	return func(i int) bool { return !inside[i] }
}

func TestChunksFunc(t *testing.T) {
	s := `say <break time="1s"/> now and <sub alias="x y">z</sub> then`
	// Plain Chunks cuts inside the second tag, at the space in its attribute ...
	if got, want := Chunks(s, 24), []string{`say <break time="1s"/>`, `now and <sub alias="x`, `y">z</sub> then`}; !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks = %q, want %q", got, want)
	}
	// ... ChunksFunc with cuts outside tags keeps every tag whole.
	got := ChunksFunc(s, 24, tagCuts(s))
	if want := []string{`say <break time="1s"/>`, `now and`, `<sub alias="x y">z</sub>`, `then`}; !reflect.DeepEqual(got, want) {
		t.Errorf("ChunksFunc = %q, want %q", got, want)
	}
	checkChunks(t, s, 24, got)

	// Cuts refused inside an element too.
	s = `one <emphasis>two three</emphasis> four five six`
	open, end := strings.Index(s, "<emphasis>"), strings.Index(s, "</emphasis>")+len("</emphasis>")
	got = ChunksFunc(s, 40, func(i int) bool { return i <= open || i >= end })
	if want := []string{"one <emphasis>two three</emphasis> four", "five six"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ChunksFunc = %q, want %q", got, want)
	}
	// Where nothing allowed fits, the cut falls at the last character boundary that does.
	got = ChunksFunc("abcdef ghij", 4, func(int) bool { return false })
	if want := []string{"abcd", "ef g", "hij"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ChunksFunc with no allowed cut = %q, want %q", got, want)
	}
}

// checkChunks fails t unless pieces are a valid result of Chunks(s, max): s itself when it
// fits; otherwise non-blank pieces of at most max bytes (one character when max is smaller)
// that are substrings of s in order, separated by whitespace only or cut between characters.
func checkChunks(t *testing.T, s string, max int, pieces []string) {
	t.Helper()
	if len(s) <= max {
		if s == "" && pieces != nil || s != "" && !reflect.DeepEqual(pieces, []string{s}) {
			t.Fatalf("%q fits in %d bytes but was cut into %q", s, max, pieces)
		}
		return
	}
	pos := 0
	for i, p := range pieces {
		if strings.TrimSpace(p) != p || p == "" {
			t.Fatalf("piece %d %q is blank or has outer whitespace", i, p)
		}
		if len(p) > max {
			if r, n := utf8.DecodeRuneInString(p); n != len(p) || r == utf8.RuneError {
				t.Fatalf("piece %d %q is %d bytes, more than %d", i, p, len(p), max)
			}
		}
		q := pos + len(s[pos:]) - len(strings.TrimLeftFunc(s[pos:], unicode.IsSpace))
		if !strings.HasPrefix(s[q:], p) {
			t.Fatalf("piece %d %q is not what follows in the input: %.40q", i, p, s[q:])
		}
		if utf8.ValidString(s) && !utf8.ValidString(p) {
			t.Fatalf("piece %d %q cuts a character", i, p)
		}
		pos = q + len(p)
	}
	if strings.TrimSpace(s[pos:]) != "" {
		t.Fatalf("text after the last piece was dropped: %.40q", s[pos:])
	}
}

func FuzzChunks(f *testing.F) {
	f.Add("Para one. Still one.\n\nPara two is here.\n \t\nThree.", 22)
	f.Add("Dr. Lee came home. He slept.", 20)
	f.Add("one, two, three, four", 10)
	f.Add("你好。我很好。谢谢。", 12)
	f.Add("😀😀 ab\xffcd", 2)
	f.Add("a\u00a0b\u2028c \u3000d", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = 1 + (max%64+64)%64
		checkChunks(t, s, max, Chunks(s, max))
		// Any rule about where cuts may go still gives valid pieces.
		checkChunks(t, s, max, ChunksFunc(s, max, func(i int) bool { return i%3 != 0 }))
	})
}

// BenchmarkChunks cuts a 1 MiB text into request-sized pieces (it must stay linear).
func BenchmarkChunks(b *testing.B) {
	para := strings.Repeat("Dr. Lee paid $3.50 on Feb. 14, 1990, and left; nobody saw him. ", 20) + "\n\n"
	s := strings.Repeat(para, (1<<20)/len(para))
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Chunks(s, 64<<10)
	}
}
