package text

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string // s[Start:End] of each span, "¶" marking Paragraph
	}{
		{"", nil},
		{"  Hello there.  How are you?  ", []string{"Hello there.", "How are you?"}},
		{"Dr. Lee paid $5. He left.\n\n  Next paragraph. ", []string{"Dr. Lee paid $5.", "He left.¶", "Next paragraph."}},
		{"- one\n- two\n1. three", []string{"- one", "- two", "1. three"}},
		{"end.\n\n\n", []string{"end.¶"}},
		{strings.Repeat("word ", 1000), nil}, // cut at spaces: checked by the invariants below
		{strings.Repeat("x", 5000), nil},     // cut at a byte boundary
	}
	for _, tc := range tests {
		spans := SentenceSpans(tc.in)
		var got []string
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(tc.in) {
				t.Fatalf("%.40q: span %+v out of order or range (previous end %d)", tc.in, sp, prev)
			}
			prev = sp.End
			seg := tc.in[sp.Start:sp.End]
			if strings.TrimSpace(seg) != seg {
				t.Errorf("%.40q: span %q is not trimmed", tc.in, seg)
			}
			if sp.Paragraph {
				seg += "¶"
			}
			got = append(got, seg)
		}
		if tc.want != nil && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SentenceSpans(%q) = %q, want %q", tc.in, got, tc.want)
		}
		// SplitSentences is the same sentences.
		var raws []string
		for _, sp := range spans {
			raws = append(raws, sp.Raw(tc.in))
		}
		if split := SplitSentences(tc.in); !reflect.DeepEqual(split, raws) {
			t.Errorf("%.40q: SplitSentences = %q, spans give %q", tc.in, split, raws)
		}
	}
}

// FuzzSentenceSpans: the spans are in order, trimmed, and are what SplitSentences returns.
func FuzzSentenceSpans(f *testing.F) {
	for _, s := range []string{"a. b", "Dr. X. Y? z!\n\n\"q.\" (r.)", "- a\n- b", "x.\n\ny.", "\u3000a。b", strings.Repeat("ab ", 2000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := SentenceSpans(s)
		split := SplitSentences(s)
		if len(split) != len(spans) {
			t.Fatalf("%d spans, %d sentences", len(spans), len(split))
		}
		prev := 0
		for i, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %+v out of order or range", sp)
			}
			prev = sp.End
			if sp.Raw(s) != split[i] {
				t.Fatalf("span %d is %q, SplitSentences says %q", i, sp.Raw(s), split[i])
			}
		}
	})
}

// TestWordSpans: every word names the written tokens it was read from, as a byte range of the
// sentence, with their punctuation.
func TestWordSpans(t *testing.T) {
	tests := []struct {
		in   string
		want string // word=source pairs
	}{
		{"Hello, world.", "hello=Hello, world=world."},
		{"In 1995 they", "in=In nineteen=1995 ninety=1995 five=1995 they=they"},
		{"Born Feb. 14, 1990.", "born=Born february=Feb. 14, 1990. fourteenth=Feb. 14, 1990. nineteen=Feb. 14, 1990. ninety=Feb. 14, 1990."},
		{"Call 555-1234 now", "call=Call five=555-1234 five=555-1234 five=555-1234 one=555-1234 two=555-1234 three=555-1234 four=555-1234 now=now"},
		{"USD 10 back", "ten=USD 10 u=USD 10 s=USD 10 dollars=USD 10 back=back"},
		{"no no no", "no=no no=no no=no"},
		{"well—maybe", "well=well maybe=maybe"},
		{"the FBI's", "the=the f=FBI's b=FBI's i's=FBI's"},
		{"１２３ apples", "one=１２３ hundred=１２３ twenty=１２３ three=１２３ apples=apples"},
		{"２０—four", "twenty=２０—four four=２０—four"}, // folded, then split: the whole chunk
		{"\x1b[31mred\x1b[0m alert", "red=red alert=alert"},
	}
	for _, tc := range tests {
		s := NormalizeSentence(tc.in)
		var got []string
		for _, w := range s.Words {
			if src := tc.in[w.Start:w.End]; src != w.Source {
				t.Errorf("%q: word %q: Source %q, but the range gives %q", tc.in, w.Text, w.Source, src)
			}
			got = append(got, w.Text+"="+w.Source)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, g, tc.want)
		}
	}
	// Two words share a range exactly when they come from the same tokens.
	s := NormalizeSentence("very very good")
	if s.Words[0].Start == s.Words[1].Start {
		t.Errorf("two tokens \"very\" share a range: %+v", s.Words[:2])
	}
	// A token too long to read names all of itself, cut or not.
	long := "x " + strings.Repeat("ab", 1000) + " y"
	s = NormalizeSentence(long)
	mid := s.Words[1]
	if mid.Start != 2 || mid.End != 2+2000 {
		t.Errorf("cut token's range [%d,%d), want [2,2002)", mid.Start, mid.End)
	}
}

func TestStripControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"\x1b[1;38;5;208mbold\x1b[m!", "bold!"},
		{"a\x1b]0;window title\x07b", "ab"},
		{"a\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"\x1b(Bx\x1b7y\x1b=", "xy"},
		{"lone \x1b", "lone "},
		{"unterminated \x1b]0;title and more", "unterminated 0;title and more"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"tab\tnl\ncr\r ff\f vt\v kept", "tab\tnl\ncr\r ff\f vt\v kept"},
		{"c1 \u0085nel kept, \u0080\u009b31m gone", "c1 \u0085nel kept,  gone"},
		{"soft\u00adhyphen zero\u200bwidth \u202ertl\u202c \ufeffbom", "softhyphen zerowidth rtl bom"},
	}
	for _, tc := range tests {
		got, rs := StripControls(tc.in)
		if got != tc.want {
			t.Errorf("StripControls(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		if HasControls(tc.in) != (got != tc.in) {
			t.Errorf("HasControls(%q) = %v", tc.in, HasControls(tc.in))
		}
		if got == tc.in && rs != nil {
			t.Errorf("%q: removals %v for nothing removed", tc.in, rs)
		}
		checkRemovals(t, tc.in, got, rs)
	}
}

// checkRemovals checks that rs maps every byte of out to the same byte of in, and back.
func checkRemovals(t *testing.T, in, out string, rs Removals) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		o := rs.Start(i)
		if o < 0 || o >= len(in) || in[o] != out[i] {
			t.Fatalf("%q: byte %d of %q maps to %d", in, i, out, o)
		}
		if e := rs.End(i + 1); e != o+1 {
			t.Fatalf("%q: end %d maps to %d, the byte's start to %d", in, i+1, e, o)
		}
		if f := rs.Forward(o); f != i {
			t.Fatalf("%q: input byte %d maps forward to %d, want %d", in, o, f, i)
		}
	}
}

func FuzzStripControls(f *testing.F) {
	for _, s := range []string{"\x1b[31mx", "a\x1b]0;t\x07b", "\u009b1m\u009dx\u009c", "\x00\x1b", "ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		out, rs := StripControls(s)
		checkRemovals(t, s, out, rs)
		for _, r := range out {
			if r < 0x20 && !unicode.IsSpace(r) || r == 0x7F || r == 0x1B || r >= 0x80 && r <= 0x9F && r != 0x85 || unicode.Is(unicode.Cf, r) {
				t.Fatalf("%q kept in %q", r, out)
			}
		}
		if again, rs := StripControls(out); again != out || rs != nil {
			t.Fatalf("stripping twice removed more: %q → %q", out, again)
		}
	})
}

func TestUnspeakable(t *testing.T) {
	tests := []struct {
		in    string
		chars int
		want  string // Dropped.String()
	}{
		{"Hello, world. A café in Straße.", 0, "nothing"},
		{"... — !!! ?", 0, "nothing"},
		{"| ` \x1b[31m\x07", 0, "nothing"},
		{"東京 is big 🪬", 3, `3 characters: '東' U+6771 Han, '京' U+4EAC Han, '🪬' U+1FAAC symbol`},
		{"مرحبا", 5, `5 characters: 'م' U+0645 Arabic, 'ر' U+0631 Arabic, 'ح' U+062D Arabic, 'ب' U+0628 Arabic, 'ا' U+0627 Arabic`},
		{"שלום שלום", 8, `8 characters: 'ש' U+05E9 Hebrew ×2, 'ל' U+05DC Hebrew ×2, 'ו' U+05D5 Hebrew ×2, 'ם' U+05DD Hebrew ×2`},
	}
	for _, tc := range tests {
		d := Unspeakable(tc.in)
		if d.Chars != tc.chars || d.String() != tc.want {
			t.Errorf("Unspeakable(%q) = %d chars, %q; want %d, %q", tc.in, d.Chars, d.String(), tc.chars, tc.want)
		}
	}
	// More distinct characters than are listed: the rest are counted, the description bounded.
	var b strings.Builder
	for r := rune(0x4E00); r < 0x4E00+100; r++ {
		fmt.Fprintf(&b, "%c%c ", r, r)
	}
	d := Unspeakable(b.String())
	if d.Chars != 200 || len(d.Distinct()) != MaxDroppedChars || d.Others != 200-2*MaxDroppedChars {
		t.Errorf("100 distinct characters twice: %d chars, %d listed, %d others", d.Chars, len(d.Distinct()), d.Others)
	}
	if s := d.String(); len(s) > 64*MaxDroppedChars || !strings.HasSuffix(s, fmt.Sprintf("and %d more", d.Others)) {
		t.Errorf("description %d bytes: %q", len(s), s)
	}
	// A token too long to read is reported, once, with what was not read.
	long := Unspeakable("a " + strings.Repeat("b", 3000) + " c")
	if long.CutBytes != 3000-maxTokenBytes || long.CutTokens != 1 || long.Chars != 0 {
		t.Errorf("3000-byte word: %+v", long)
	}
	// Add merges two reports as if they were one.
	x, y := Unspeakable("東東 京"), Unspeakable("京 😀")
	x.Add(y)
	if whole := Unspeakable("東東 京 京 😀"); !reflect.DeepEqual(x, whole) {
		t.Errorf("Add gives %+v, one pass %+v", x, whole)
	}
}

// TestStreetOrTitle: "St." and "Dr." end a sentence before a sentence opener only after a
// capitalized name ("Elm Dr. The house"), not after another word ("the Dr. The house").
func TestStreetOrTitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"We met on Elm Dr. The house was big.", 2},
		{"We met at 5 Main St. The door was open.", 2},
		{"We met the Dr. The house was big.", 1},
		{"Dr. The house was big.", 1},
		{"He  saw   Elm   Dr.   The end.", 2},
	} {
		if got := SplitSentences(tc.in); len(got) != tc.want {
			t.Errorf("SplitSentences(%q) = %q, want %d sentences", tc.in, got, tc.want)
		}
	}
}

// TestNormalizeOffsets: Normalize's word ranges are offsets in the whole text.
func TestNormalizeOffsets(t *testing.T) {
	in := "One. Two\x1b[1m apples, 3 pears.\n\nFour."
	sents, err := Normalize(in)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		for _, w := range s.Words {
			got = append(got, w.Text+"="+in[w.Start:w.End])
		}
	}
	want := "one=One. two=Two apples=apples, three=3 pears=pears. four=Four." // the escape code is in no token
	if strings.Join(got, " ") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, " "), want)
	}
}
