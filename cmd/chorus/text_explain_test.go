package main

import (
	"strings"
	"testing"
)

// TestTextExplain: chorus text --explain prints each sentence's spoken form, then a line per
// run of tokens with its reading and the rule that read it.
func TestTextExplain(t *testing.T) {
	r := runCmd(t, "", nil, "text", "--explain", "Flight 2317 leaves at 0600 hours. Use a 3/8-inch bolt 🎉")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if len(lines) == 0 || lines[0] != "flight twenty three seventeen leaves at oh six hundred hours" {
		t.Fatalf("first line %q, want the spoken form", lines[0])
	}
	want := []struct{ source, words, rule string }{
		{"2317", "twenty three seventeen", "[number read in pairs]"},
		{"0600", "oh six hundred", "[military time]"},
		{"3/8-inch", "three eighths inch", "[fraction as adjective]"},
		{"🎉", "party popper", "[emoji]"},
		{"Flight", "flight", "[word]"},
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) >= 3 && f[0] == w.source && strings.HasSuffix(l, w.rule) && strings.Contains(l, "   "+w.words+"   ") {
				found = true
			}
		}
		if !found {
			t.Errorf("no line for %q read %q by %s in:\n%s", w.source, w.words, w.rule, r.stdout)
		}
	}
	// Columns line up by display width: emoji and other wide characters before them count two.
	r = runCmd(t, "", nil, "text", "--explain", "Party 🎉 time 🇫🇷 and 👍🏽 at 0600 hours.")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines = strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")[1:]
	if len(lines) < 8 {
		t.Fatalf("%d reading lines, want 8:\n%s", len(lines), r.stdout)
	}
	col := -1
	for _, l := range lines {
		c := displayWidth(l[:strings.LastIndex(l, "[")])
		if col < 0 {
			col = c
		}
		if c != col {
			t.Errorf("rule column at %d, want %d as on the first line:\n%s", c, col, r.stdout)
			break
		}
	}
	// Without --explain the output is the spoken form only.
	r = runCmd(t, "", nil, "text", "Flight 2317 leaves at 0600 hours.")
	if r.code != 0 || r.stdout != "flight twenty three seventeen leaves at oh six hundred hours\n" {
		t.Errorf("plain text: exit %d, %q", r.code, r.stdout)
	}
	// --explain shows words and rules, not phones.
	r = runCmd(t, "", nil, "text", "--explain", "--phonemes", "Hello.")
	if r.code != 2 {
		t.Errorf("--explain --phonemes: exit %d, want 2 (usage)", r.code)
	}
}
