package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
)

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "lex.bin")
	if err := run(filepath.Join("testdata", "sample.out"), out, 2); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	r, err := lexfile.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if r.Len() != 9 || !strings.Contains(r.Notice(), "Converted by the Chorus project from Debian festlex-cmu 2.4-2") {
		t.Fatalf("Len %d, notice %q", r.Len(), r.Notice())
	}
	tests := []struct{ word, pos, pron string }{
		{"a", "dt", "AX0"},
		{"a", "n", "EY1"},
		{"afro", "", "AE1 F R OW0"},
		{"hello", "", "HH AX0 L OW1"},
		{"measure", "", "M EH1 ZH ER0"},
		{"project", "v", "P R AX0 JH EH1 K T"},
		{"zebra", "", "Z IY1 B R AX0"}, // non-maximal-onset syllables survive
	}
	for _, tt := range tests {
		es, err := r.Lookup(tt.word)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range es {
			if e.POS == tt.pos && e.Pron.String() == tt.pron {
				found = true
			}
		}
		if !found {
			t.Errorf("%q %q: got %v", tt.word, tt.pos, es)
		}
	}
	es, _ := r.Lookup("zebra")
	if len(es) != 1 || len(es[0].Pron) != 2 || len(es[0].Pron[0].Phones) != 3 {
		t.Errorf("zebra syllables not kept: %+v", es)
	}
}

func TestParseEntryErrors(t *testing.T) {
	for _, s := range []string{
		`("x" nil)`, `("x" nil (((q) 1)))`, `("x" nil (((aa) 2)))`, `("x" nil (((aa1) 1)))`,
		`("x" nil (((aa) 1))`, `"x"`, `("x" nil (((aa) 1))) extra`, `("x" nil ((aa 1)))`, `(`, `)`,
	} {
		if e, err := parseEntry(s); err == nil {
			t.Errorf("parseEntry(%q) = %+v, want error", s, e)
		}
	}
	if _, err := parse(strings.NewReader("NOPE\n")); err == nil {
		t.Error("missing MNCL accepted")
	}
	if _, err := parse(strings.NewReader("MNCL\n")); err == nil {
		t.Error("empty lexicon accepted")
	}
}

func FuzzParseEntry(f *testing.F) {
	f.Add(`("hello" nil (((hh ax) 0) ((l ow) 1)))`)
	f.Add(`("a" dt (((ax) 0)))`)
	f.Fuzz(func(t *testing.T, s string) {
		e, err := parseEntry(s)
		if err != nil {
			return
		}
		_, _ = lexfile.Encode([]lexfile.Entry{e}, "", 1)
	})
}
