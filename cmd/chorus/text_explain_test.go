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

// TestTextSSML: text --ssml prints what an SSML document is read as, in-process and through a
// server alike; it refuses --markup beside it, and a malformed document names the place.
func TestTextSSML(t *testing.T) {
	doc := `<speak>Call <say-as interpret-as="telephone">555-0100</say-as>. <sub alias="World Wide Web">WWW</sub> at <say-as interpret-as="duration" format="hm">1:30</say-as>.</speak>`
	want := "call five five five zero one zero zero\nworld wide web at one hour and thirty minutes\n"
	addr := startServer(t)
	for _, args := range [][]string{{"text", "--ssml", doc}, {"text", "--ssml", "--server", addr, doc}} {
		if r := runCmd(t, "", nil, args...); r.code != 0 || r.stdout != want {
			t.Errorf("%v: exit %d, printed %q, want %q (%s)", args[:len(args)-1], r.code, r.stdout, want, r.stderr)
		}
	}
	if r := runCmd(t, "", nil, "text", "--ssml", "--markup", doc); r.code != 2 || !strings.Contains(r.stderr, "--ssml") {
		t.Errorf("--ssml --markup: exit %d: %s", r.code, r.stderr)
	}
	if r := runCmd(t, "", nil, "text", "--ssml", "<speak>\n<blink/></speak>"); r.code == 0 || !strings.Contains(r.stderr, "line 2, column 1") {
		t.Errorf("bad SSML: exit %d: %s", r.code, r.stderr)
	}
}
