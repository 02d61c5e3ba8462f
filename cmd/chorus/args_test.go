package main

import (
	"flag"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func testFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("o", "", "")
	fs.String("voice", "", "")
	fs.Float64("rate", 0, "")
	fs.Bool("phonemes", false, "")
	fs.Bool("strict", false, "")
	return fs
}

func TestReorder(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{nil, nil},
		{[]string{"ep.txt", "-o", "ep.wav"}, []string{"-o", "ep.wav", "--", "ep.txt"}},
		{[]string{"-o", "ep.wav", "ep.txt"}, []string{"-o", "ep.wav", "--", "ep.txt"}},
		{[]string{"hello", "--voice=ava", "world", "--rate", "1.5"}, []string{"--voice=ava", "--rate", "1.5", "--", "hello", "world"}},
		{[]string{"--phonemes", "hello"}, []string{"--phonemes", "--", "hello"}},
		{[]string{"hello", "--phonemes"}, []string{"--phonemes", "--", "hello"}},
		{[]string{"-", "-o", "x.wav"}, []string{"-o", "x.wav", "--", "-"}},
		{[]string{"a", "--", "-o", "b"}, []string{"--", "a", "-o", "b"}},
		{[]string{"--strict=false", "s.txt"}, []string{"--strict=false", "--", "s.txt"}},
		{[]string{"s.txt", "-o"}, []string{"-o", "--", "s.txt"}}, // missing value: flag reports it
		{[]string{"--unknown", "x"}, []string{"--unknown", "--", "x"}},
		{[]string{"--rate", "-1", "hi"}, []string{"--rate", "-1", "--", "hi"}}, // a negative value stays a value
	} {
		if got := reorder(testFlags(), tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("reorder(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReorderParses checks the point of reordering: the flag package then sees every flag.
func TestReorderParses(t *testing.T) {
	fs := testFlags()
	if err := fs.Parse(reorder(fs, []string{"ep.txt", "-o", "ep.wav", "--phonemes", "more", "--rate=2"})); err != nil {
		t.Fatal(err)
	}
	if got := fs.Lookup("o").Value.String(); got != "ep.wav" {
		t.Errorf("-o = %q", got)
	}
	if got := fs.Lookup("rate").Value.String(); got != "2" {
		t.Errorf("--rate = %q", got)
	}
	if got := fs.Lookup("phonemes").Value.String(); got != "true" {
		t.Errorf("--phonemes = %q", got)
	}
	if !reflect.DeepEqual(fs.Args(), []string{"ep.txt", "more"}) {
		t.Errorf("args %q", fs.Args())
	}
}

// FuzzReorder checks properties of reorder on arbitrary command lines: it keeps every token,
// keeps positionals and flags each in their order, and reordering again changes nothing of
// what the flag package sees.
func FuzzReorder(f *testing.F) {
	f.Add("ep.txt\x00-o\x00ep.wav")
	f.Add("--\x00-x\x00--voice\x00a")
	f.Add("-\x00--rate=1\x00--phonemes\x00b")
	f.Add("--rate\x00--\x00x")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		if joined == "" {
			args = nil
		}
		out := reorder(testFlags(), args)
		// Every input token survives, except that a "--" separator may be added or dropped.
		strip := func(a []string) []string {
			a = slices.DeleteFunc(slices.Clone(a), func(s string) bool { return s == "--" })
			slices.Sort(a)
			return a
		}
		if !slices.Equal(strip(args), strip(out)) {
			t.Fatalf("reorder(%q) = %q: tokens changed", args, out)
		}
		// What the flag package sees is stable: parsing the output, or the output reordered
		// again, gives the same flags and positionals.
		parse := func(a []string) (string, []string, bool) {
			fs := testFlags()
			if err := fs.Parse(a); err != nil {
				return "", nil, false
			}
			var b strings.Builder
			fs.Visit(func(f *flag.Flag) { b.WriteString(f.Name + "=" + f.Value.String() + ";") })
			return b.String(), fs.Args(), true
		}
		f1, p1, ok1 := parse(out)
		f2, p2, ok2 := parse(reorder(testFlags(), out))
		if ok1 != ok2 || f1 != f2 || !slices.Equal(p1, p2) {
			t.Fatalf("reorder is not stable on %q: %q %q vs %q %q", args, f1, p1, f2, p2)
		}
		// Positionals come out in their input order.
		if ok1 {
			var want []string
			for i := 0; i < len(args); i++ {
				a := args[i]
				if a == "--" {
					want = append(want, args[i+1:]...)
					break
				}
				if len(a) < 2 || a[0] != '-' {
					want = append(want, a)
					continue
				}
				if !strings.Contains(a, "=") && takesValue(testFlags(), strings.TrimLeft(a, "-")) {
					i++
				}
			}
			if !slices.Equal(p1, want) && !(len(p1) == 0 && len(want) == 0) {
				t.Fatalf("positionals of %q: %q, want %q", args, p1, want)
			}
		}
	})
}
