package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
	"github.com/chorus-tts/chorus/synth/phone"
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
	es, err := r.Lookup("zebra")
	if err != nil {
		t.Fatal(err)
	}
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

// FuzzParseEntry: an entry parseEntry accepts has a lower-case headword, stresses 0 or 1 and
// no pause phone; if the lexicon format can hold it (a headword of 1–63 letters a–z, non-empty
// syllables, one vowel in each stressed syllable) Encode succeeds and the file reads back
// exactly that entry, syllables included; if not, Encode refuses it.
func FuzzParseEntry(f *testing.F) {
	f.Add(`("hello" nil (((hh ax) 0) ((l ow) 1)))`)
	f.Add(`("a" dt (((ax) 0)))`)
	f.Add(`("Zebra" n (((z iy b) 1) ((r ax) 0)))`)
	f.Add(`("don't" v (((d ow n t) 1)))`)
	f.Fuzz(func(t *testing.T, s string) {
		e, err := parseEntry(s)
		if err != nil {
			return // not an entry: nothing is promised but the error
		}
		if e.Word != strings.ToLower(e.Word) {
			t.Fatalf("headword %q is not lower case", e.Word)
		}
		storable := len(e.Word) >= 1 && len(e.Word) <= lexfile.MaxWordLen && len(e.Pron) > 0
		for i := 0; i < len(e.Word); i++ {
			storable = storable && e.Word[i] >= 'a' && e.Word[i] <= 'z'
		}
		for _, syl := range e.Pron {
			if syl.Stress != 0 && syl.Stress != phone.Primary {
				t.Fatalf("stress %d parsed", syl.Stress)
			}
			vowels := 0
			for _, p := range syl.Phones {
				if p == phone.Sil || int(p) >= phone.Count {
					t.Fatalf("phone %d parsed", p)
				}
				if p.IsVowel() {
					vowels++
				}
			}
			storable = storable && len(syl.Phones) > 0 && (syl.Stress == 0 || vowels == 1)
		}
		data, err := lexfile.Encode([]lexfile.Entry{e}, "", 1)
		if !storable {
			if err == nil {
				t.Fatalf("Encode accepted %+v, which the format cannot hold", e)
			}
			return
		}
		if err != nil {
			t.Fatalf("Encode(%+v): %v", e, err)
		}
		r, err := lexfile.Open(data)
		if err != nil {
			t.Fatalf("Open of the encoded entry: %v", err)
		}
		got, err := r.Lookup(e.Word)
		if err != nil {
			t.Fatal(err)
		}
		if r.Len() != 1 || len(got) != 1 || got[0].Word != e.Word || got[0].POS != e.POS || !reflect.DeepEqual(got[0].Pron, e.Pron) {
			t.Fatalf("encoded %+v (syllables %v), read back %d entries: %+v", e, e.Pron, r.Len(), got)
		}
	})
}
