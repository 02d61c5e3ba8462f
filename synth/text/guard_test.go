package text

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// guardInputs are the inputs of the package's tables: every line of testdata/*.tsv (the
// input column), the seeds of FuzzReaders and FuzzNormalize's stored corpus, the benchmarks'
// paragraphs.
func guardInputs(t testing.TB) []string {
	t.Helper()
	var ins []string
	paths, err := filepath.Glob("testdata/*.tsv")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no tables in testdata (%v)", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if in, _, _ := strings.Cut(line, "\t"); in != "" && !strings.HasPrefix(in, "#") {
				ins = append(ins, in)
			}
		}
	}
	ins = append(ins, readerSeeds()...)
	stored, err := filepath.Glob("testdata/fuzz/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range stored {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if q, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(q, ")")); err == nil {
					ins = append(ins, s)
				}
			}
		}
	}
	return append(ins, webText, prose)
}

// readAll normalizes s as NormalizeTextWith does, guarded or not, and returns the sentences
// with everything else a reader may leave behind: the dropped characters, the debug log, the
// tokens the readers looked at.
func readAll(s string, o Options, unguarded bool) ([]Sentence, Dropped, string, int) {
	var log bytes.Buffer
	var d Dropped
	o.Dropped = &d
	o.Logger = slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}}))
	n := newNormalizer(o)
	n.unguarded = unguarded
	sents := n.text(s)
	return sents, d, log.String(), n.work
}

// sameWithoutGuards reports (as t.Errorf) any difference between reading s with the guards and
// reading it with every reader asked about every token, and returns the work of both.
func sameWithoutGuards(t testing.TB, s string, o Options) (guarded, unguarded int) {
	t.Helper()
	a, da, la, wa := readAll(s, o, false)
	b, db, lb, wb := readAll(s, o, true)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("%q: guarded\n%+v\nunguarded\n%+v", s, a, b)
	} else if da != db || la != lb {
		t.Errorf("%q: guarded dropped %+v, logged\n%s\nunguarded dropped %+v, logged\n%s", s, da, la, db, lb)
	}
	return wa, wb
}

// TestGuardsChangeNothing: the shape guards in front of the readers (see shape) skip only
// readers that would not have read the token: over every input of the package's tables, read
// with the lexicon and without, the words (text, breaks, rules, sources), the dropped characters
// and the debug log are the same as when every reader is asked about every token. The guards
// do skip readers: the guarded reading looks at fewer tokens.
func TestGuardsChangeNothing(t *testing.T) {
	ins := guardInputs(t)
	if len(ins) < 3000 {
		t.Fatalf("only %d inputs", len(ins))
	}
	engine := Options{IsWord: engineIsWord(t), Compound: engineCompound(t)}
	var guarded, unguarded int
	for _, s := range ins {
		for _, o := range []Options{engine, {}} {
			g, u := sameWithoutGuards(t, s, o)
			guarded += g
			unguarded += u
		}
		if t.Failed() {
			t.FailNow() // one input's report is enough to trace a guard
		}
	}
	t.Logf("%d inputs; tokens looked at: %d guarded, %d unguarded", len(ins), guarded, unguarded)
	if guarded >= unguarded {
		t.Errorf("guards skipped no reader that looks around: %d tokens looked at guarded, %d unguarded", guarded, unguarded)
	}
}

// FuzzGuardsChangeNothing is TestGuardsChangeNothing on any text: guarded and unguarded readings
// are the same.
func FuzzGuardsChangeNothing(f *testing.F) {
	for _, s := range readerSeeds() {
		f.Add(s)
	}
	f.Add(webText)
	engine := Options{IsWord: engineIsWord(f), Compound: engineCompound(f)}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 4096 {
			t.Skip("NormalizeTextWith refuses invalid UTF-8; long inputs only slow the search")
		}
		sameWithoutGuards(t, s, engine)
		sameWithoutGuards(t, s, Options{})
	})
}

// TestShapeOf: a token's shape names each kind of character it holds, and only those.
func TestShapeOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want shape
	}{
		{"the", shLower},
		{"NASA", shUpper},
		{"iPhone", shLower | shUpper},
		{"2024", shDigit},
		{"3/4", shDigit | shPunct | shSlash},
		{"11-5", shDigit | shPunct | shHyphen},
		{"9:05", shDigit | shPunct | shColon},
		{"v1.4.2", shLower | shDigit | shPunct | shDot},
		{"don't", shLower | shPunct},
		{"#58213", shDigit | shPunct},
		{"−5", shWide | shDigit},
		{"🎉", shWide},
		{"1–2", shDigit | shWide},
		{"", 0},
	} {
		if got := shapeOf(c.in); got != c.want {
			t.Errorf("shapeOf(%q) = %b, want %b", c.in, got, c.want)
		}
	}
}
