package main

import (
	"strings"
	"testing"
)

// TestDisplayWidth: terminal columns of ASCII, wide East Asian text, combining marks and the
// emoji sequences the front end reads by name.
func TestDisplayWidth(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"abc", 3},
		{"", 0},
		{"東京", 4},         // East Asian wide
		{"ＡＢ", 4},         // fullwidth Latin
		{"cafe\u0301", 4}, // a combining acute takes no column
		{"🎉", 2},          // wide emoji
		{"❤️", 2},         // a narrow symbol made emoji by VS16
		{"❤", 1},          // the same symbol as text
		{"👍🏽", 2},         // a skin tone joins the emoji before it
		{"🤷‍♀️", 2},       // a ZWJ sequence is one glyph
		{"🇫🇷", 2},         // a flag: two regional indicators
		{"🇫🇷🇩🇪", 4},       // two flags
		{"1️⃣", 2},        // keycap
		{"a\u200bb", 2},   // a zero-width space takes none
		{"x🎉y", 4},
	} {
		if got := displayWidth(c.in); got != c.want {
			t.Errorf("displayWidth(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestWriteColumnsAligned: every column after the first starts at the same display column on
// every row, whatever wide characters the cells before it hold.
func TestWriteColumnsAligned(t *testing.T) {
	rows := [][]string{
		{"  🎉🎉", "party popper", "[emoji]"},
		{"  Flight", "flight", "[word]"},
		{"  東京東京東京", "tokyo", "[word]"},
		{"  🤷‍♀️", "woman shrugging", "[emoji]"},
		{"  2317", "twenty three seventeen", "[number read in pairs]"},
	}
	var b strings.Builder
	if err := writeColumns(&b, rows, 3); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(rows), b.String())
	}
	// The second column starts after the widest first cell ("  東京東京東京", 14 columns in 8
	// runes) and 3 spaces; the third after the widest second cell (22) and 3 more.
	for i, l := range lines {
		second, third := displayWidth(l[:strings.Index(l, rows[i][1]+"   ")]), displayWidth(l[:strings.LastIndex(l, "[")])
		if second != 17 || third != 17+22+3 {
			t.Errorf("line %d %q: columns at %d and %d, want 17 and 42", i, l, second, third)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d %q: trailing space", i, l)
		}
	}
}
