package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p/lts"
)

const tinyRules = `;; comment
(set! test_rules '(
(a (((ae1 1.0) ae1)))
(b (((b 1.0) b)))
(c ((n.name is k)
    (((_epsilon_ 0.9) (k 0.1) _epsilon_))
    ((p.name is #) (((k 1.0) k)) (((k-s 1.0) k-s)))))
))
`

func TestFestivalTrees(t *testing.T) {
	m, err := parseFestival(tinyRules)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ word, want string }{
		{"cab", "K AE1 B"},
		{"back", "B AE1"}, // c before k is silent and k has no tree here
		{"bac", "B AE1 K S"},
	}
	for _, tt := range tests {
		if got := m.Predict(tt.word).String(); got != tt.want {
			t.Errorf("Predict(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	for _, bad := range []string{"(", ")", `(set! x '((a ((p.name was x) (((a 1) a)) (((a 1) a))))))`, `"x`, "(foo)"} {
		if _, err := parseFestival(bad); err == nil {
			t.Errorf("parseFestival(%q) succeeded", bad)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "model.bin")
	held := filepath.Join(dir, "held.out")
	rules := filepath.Join(dir, "rules.scm")
	if err := os.WriteFile(rules, []byte(tinyRules), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	err := run(context.Background(), []string{"-lexicon", "testdata/tiny.out", "-out", out, "-heldout", "2",
		"-heldout-out", held, "-dev", "2", "-tune", "1,2", "-festival-rules", rules, "-workers", "1"}, &log)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	for _, want := range []string{"chosen minleaf=", "held-out (2 words)", "Festival trees"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, log.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lts.Load(b); err != nil {
		t.Errorf("written model does not load: %v", err)
	}
	// The held-out file holds verbatim lexicon lines.
	h, err := os.ReadFile(held)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("testdata/tiny.out")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(h)), "\n")
	if len(lines) != 2 {
		t.Errorf("held-out file has %d lines, want 2", len(lines))
	}
	for _, l := range lines {
		if !strings.Contains(string(src), l+"\n") {
			t.Errorf("held-out line %q is not a lexicon line", l)
		}
	}
	if err := run(context.Background(), []string{"-out", out}, &log); err == nil {
		t.Error("run without -lexicon succeeded")
	}
	if err := run(context.Background(), []string{"-lexicon", "testdata/missing", "-out", out}, &log); err == nil {
		t.Error("run with a missing lexicon succeeded")
	}
}

func FuzzParseSexps(f *testing.F) {
	f.Add(tinyRules)
	f.Add("((a) \"b\" ; c\n)")
	f.Fuzz(func(t *testing.T, s string) {
		if m, err := parseFestival(s); err == nil {
			m.Predict("abc")
		}
	})
}
