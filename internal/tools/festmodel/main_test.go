package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/prosody/model"
)

func TestRead(t *testing.T) {
	forms, err := Read(`; a comment
(set! x '((a 1) (b -2.5e1) "q \"s\" (" . H* L-L% !H* 0.0)) ; trailing
(defvar y 'sym "doc")`)
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) != 2 {
		t.Fatalf("%d forms, want 2", len(forms))
	}
	want := `(set! x (quote ((a 1) (b -2.5e1) "q \"s\" (" . H* L-L% !H* 0.0)))`
	if got := forms[0].String(); got != want {
		t.Errorf("read %s\nwant %s", got, want)
	}
	x, err := findSet(forms, "x")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]AtomKind{"a": Symbol, "b": Symbol, "1": Number, "-2.5e1": Number, `q "s" (`: String, ".": Symbol, "H*": Symbol, "L-L%": Symbol, "!H*": Symbol, "0.0": Number}
	var walk func(v Value)
	walk = func(v Value) {
		if v.IsList {
			for _, c := range v.List {
				walk(c)
			}
			return
		}
		if k, ok := kinds[v.Atom]; !ok || k != v.Kind {
			t.Errorf("atom %q: kind %d, want %d", v.Atom, v.Kind, k)
		}
		delete(kinds, v.Atom)
	}
	walk(x)
	if len(kinds) != 0 {
		t.Errorf("atoms not read: %v", kinds)
	}
	if y, err := findSet(forms, "y"); err != nil || y.Atom != "sym" {
		t.Errorf("defvar y: %v, %v", y, err)
	}
	if _, err := findSet(forms, "z"); err == nil {
		t.Error("unset variable: no error")
	}
	for _, bad := range []string{"(a (b)", "a)", `"open`, "'", "(a \"b\\"} {
		if _, err := Read(bad); err == nil {
			t.Errorf("Read(%q): no error", bad)
		}
	}
	if _, err := Read(strings.Repeat("(", maxNesting+2)); err == nil || !strings.Contains(err.Error(), "nested") {
		t.Errorf("deep nesting: %v", err)
	}
}

func mustRead(t *testing.T, s string) Value {
	t.Helper()
	v, err := Read(s)
	if err != nil || len(v) != 1 {
		t.Fatalf("Read(%q): %v, %d forms", s, err, len(v))
	}
	return v[0]
}

// TestToNode: trees and leaves as Festival's wagon reads them.
func TestToNode(t *testing.T) {
	n, err := toNode(mustRead(t, `((name is pau)
  ((0.0 2.0))
  ((n.name in (0 "." !))
   (((NONE 0.25) (H* 0.75) H*))
   ((syl_break < 1.5) (((0 0.9) (1 0.1) 0)) ((BB)))))`))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := model.NewTree(n)
	if err != nil {
		t.Fatal(err)
	}
	f := func(m map[string]string) model.Feats {
		return func(name string) string {
			if v, ok := m[name]; ok {
				return v
			}
			return "0"
		}
	}
	if v := tr.Value(f(map[string]string{"name": "pau"})); v != 2 {
		t.Errorf("regression leaf: %v, want 2", v)
	}
	if c := tr.Class(f(map[string]string{"name": "t", "n.name": "!"})); c != "H*" {
		t.Errorf("in: %q, want H*", c)
	}
	// The number 0 in an in-list is the string "0", as SIOD prints it.
	if c := tr.Class(f(map[string]string{"name": "t"})); c != "H*" {
		t.Errorf("in with 0: %q, want H*", c)
	}
	// A numeric class atom is a string ("0"), as Festival's wagon_predict gives it.
	if c := tr.Class(f(map[string]string{"name": "t", "n.name": "x", "syl_break": "1"})); c != "0" {
		t.Errorf("numeric class: %q, want 0", c)
	}
	l := tr.Leaf(f(map[string]string{"name": "t", "n.name": "x", "syl_break": "1"}))
	if len(l.Dist) != 2 || l.Dist[1] != (model.Prob{Class: "1", P: 0.1}) {
		t.Errorf("distribution %v", l.Dist)
	}
	if c := tr.Class(f(map[string]string{"name": "t", "n.name": "x", "syl_break": "3"})); c != "BB" {
		t.Errorf("bare class leaf: %q, want BB", c)
	}
	// A number operand of is is the string SIOD prints for it ("%.8g"), as is a class atom.
	q, err := toQuestion(mustRead(t, `(syl_break is 3.0)`))
	if err != nil || q.Text != "3" {
		t.Errorf("(syl_break is 3.0): %+v, %v; want the string 3", q, err)
	}
	for _, bad := range []string{
		`((a is b) ((1)))`,             // a question with one subtree
		`((a is b) ((1)) ((2)) ((3)))`, // three
		`((a frob b) ((1)) ((2)))`,     // unknown operator
		`((a < b) ((1)) ((2)))`,        // non-numeric operand of <
		`((a in b) ((1)) ((2)))`,       // in without a list
		`((a is (b)) ((1)) ((2)))`,     // is with a list
		`(((NONE 1) (H*)))`,            // class leaf ending in a list
		`(((NONE) H*))`,                // pair without a probability
		`(())`,                         // empty leaf
		`(x)`,                          // leaf that is not a list
		`x`,
	} {
		if _, err := toNode(mustRead(t, bad)); err == nil {
			t.Errorf("toNode(%s): no error", bad)
		}
	}
}

func TestToLRRowsAndTables(t *testing.T) {
	rows, err := toLRRows(mustRead(t, `((Intercept 160.5) (stress 2.5) (tobi_accent 10 (H* !H*)) (x 1 ()))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0].Weight != 160.5 || rows[1].IsClass() || !rows[2].IsClass() || len(rows[2].Classes) != 2 || !rows[3].IsClass() {
		t.Errorf("rows %+v", rows)
	}
	for _, bad := range []string{`()`, `((Intercept))`, `((a 1 (b) c))`, `((a b))`, `((a 1 b))`} {
		if _, err := toLRRows(mustRead(t, bad)); err == nil {
			t.Errorf("toLRRows(%s): no error", bad)
		}
	}
	st, err := toStats(mustRead(t, `((aa 0.094 0.037) (pau 0.200 0.104))`))
	if err != nil || st["pau"] != (model.PhoneStat{Mean: 0.2, Std: 0.104}) {
		t.Errorf("stats %v, %v", st, err)
	}
	// A phone listed twice keeps its first entry, as Festival's lookup finds it (slt's pau).
	if st, err := toStats(mustRead(t, `((pau 0.2 0.1) (aa 1 2) (pau 0.125556 0.062108))`)); err != nil || len(st) != 2 || st["pau"] != (model.PhoneStat{Mean: 0.2, Std: 0.1}) {
		t.Errorf("duplicate phone: %v, %v; want the first pau", st, err)
	}
	red, err := toReduceTable(mustRead(t, `((mrpa ((uh @))) (radio ((ah ax el) (ih ax) (ah x))))`), "radio")
	if err != nil || len(red) != 2 || red["ah"] != "ax" || red["ih"] != "ax" {
		t.Errorf("reduce table %v, %v", red, err)
	}
	if _, err := toReduceTable(mustRead(t, `((mrpa ((uh @))))`), "radio"); err == nil {
		t.Error("no radio entry: no error")
	}
}

func TestCopyrightBox(t *testing.T) {
	text := ";;;;;;;;;;;\n;;;   Someone   ;;\n;;;  Copyright (c) 1997  ;;\n;;;;;;;;;;;\n;;;  Author : Someone Else\n\n(code)\n;; Author : not this\n"
	box, err := copyrightBox(text)
	if err != nil || box != "   Someone\n  Copyright (c) 1997" {
		t.Errorf("box %q, %v", box, err)
	}
	if c := credits(text); len(c) != 1 || c[0] != "Author : Someone Else" {
		t.Errorf("credits %q", c)
	}
	if _, err := copyrightBox("(code)"); err == nil {
		t.Error("no box: no error")
	}
}

// festivalDir is where Debian installs Festival's library (packages festival,
// festvox-kallpc16k, festvox-kdlpc16k; make test installs them).
const festivalDir = "/usr/share/festival"

// docDir holds the Debian packages' copyright files.
const docDir = "/usr/share/doc"

func needFestival(t *testing.T) {
	t.Helper()
	for _, f := range sourceFiles {
		if _, err := os.Stat(filepath.Join(festivalDir, f.path)); err != nil {
			t.Skipf("%v: Debian's %s package provides it (make test installs it)", err, f.pkg)
		}
	}
	for _, f := range posFiles {
		if _, err := os.Stat(filepath.Join(festivalDir, f.path)); err != nil {
			t.Skipf("%v: Debian's %s package provides it (make test installs it)", err, f.pkg)
		}
	}
}

// TestRegenerates: run converts the installed Debian files into the committed model files and
// notices, byte for byte.
func TestRegenerates(t *testing.T) {
	needFestival(t)
	dir := t.TempDir()
	out := map[string]string{
		"../../../synth/prosody/model/data/festival.bin":        filepath.Join(dir, "festival.bin"),
		"../../../synth/prosody/model/data/festival-pos.bin":    filepath.Join(dir, "festival-pos.bin"),
		"../../../synth/prosody/model/data/NOTICE-festival.txt": filepath.Join(dir, "NOTICE.txt"),
		"../../../LICENSES/festival.txt":                        filepath.Join(dir, "LICENSE.txt"),
	}
	if err := run(festivalDir, docDir, out["../../../synth/prosody/model/data/festival.bin"],
		out["../../../synth/prosody/model/data/festival-pos.bin"],
		out["../../../synth/prosody/model/data/NOTICE-festival.txt"], out["../../../LICENSES/festival.txt"]); err != nil {
		t.Fatal(err)
	}
	for committed, made := range out {
		want, err := os.ReadFile(committed)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(made)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the converter makes now (run make prosody-models)", committed)
		}
	}
	notice, err := os.ReadFile(out["../../../LICENSES/festival.txt"])
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Centre for Speech Technology Research", "Alan W Black and Kevin Lenzo",
		"Junichi Yamagishi", "DISCLAIM ALL WARRANTIES", "Any modifications must be clearly marked",
		"Converted by the Chorus project", "festvox-kdlpc16k 1.4.0-6.1", "Penn Tree Bank",
		"festvox-us-slt-hts 0.2010.10.25-4", "cmu_us_slt_arctic_durdata.scm (festvox-us-slt-hts); it has no header of its own"} {
		if !bytes.Contains(notice, []byte(s)) {
			t.Errorf("notice lacks %q", s)
		}
	}
	if err := run(filepath.Join(dir, "nowhere"), docDir, filepath.Join(dir, "x"), filepath.Join(dir, "y"), "", ""); err == nil || !strings.Contains(err.Error(), "Debian package") {
		t.Errorf("missing sources: %v", err)
	}
}

// TestConvertChecks: the converter refuses sources whose voices do not select the converted
// models, whose ked duration tree differs from kal's, or whose slt duration tree has a class
// leaf.
func TestConvertChecks(t *testing.T) {
	needFestival(t)
	dir := t.TempDir()
	for _, f := range sourceFiles {
		b, err := os.ReadFile(filepath.Join(festivalDir, f.path))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f.path)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.path), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Only the Scheme sources are changed, so only they are converted (the POS data take long).
	check := func() error {
		src, err := readSources(dir)
		if err != nil {
			return err
		}
		_, err = convert(src)
		return err
	}
	if err := check(); err != nil {
		t.Fatalf("unchanged copy: %v", err)
	}
	for _, c := range []struct {
		file, old, new, want string
	}{
		{"voices/english/ked_diphone/festvox/kddurtreeZ.scm", "((0.559208 -0.783163))", "((0.559208 -0.7))", "differs from kal_duration_cart_tree"},
		{"voices/english/kal_diphone/festvox/kal_diphone.scm", "(set! f0_lr_mid f2b_f0_lr_mid)", "(set! f0_lr_mid f2b_f0_lr_end)", "f0_lr_mid is f2b_f0_lr_end"},
		{"voices/english/ked_diphone/festvox/ked_diphone.scm", "(model_f0_mean 170)", "(model_f0_mean 171)", "differs from the other voice"},
		{"tobi.scm", "(((NONE 0.0) (H* 1)", "(((NONE 0.0) (H*)", "not a (class probability) pair"},
		{sltDir + "cmu_us_slt_arctic_duration.scm", "(set! duration_cart_tree cmu_us_slt_arctic::zdur_tree)", "(set! duration_cart_tree kal_duration_cart_tree)", "duration_cart_tree is kal_duration_cart_tree, not cmu_us_slt_arctic::zdur_tree"},
		{sltDir + "cmu_us_slt_arctic_duration.scm", "(Parameter.set 'Duration_Method 'Tree_ZScores)", "(Parameter.set 'Duration_Method 'Averages)", "Duration_Method is Averages, not Tree_ZScores"},
		{sltDir + "cmu_us_slt_arctic_intonation.scm", "(set! int_accent_cart_tree f2b_int_accent_cart_tree)", "(set! int_accent_cart_tree simple_accent_cart_tree)", "int_accent_cart_tree is simple_accent_cart_tree"},
		{sltDir + "cmu_us_slt_arctic_durdata.scm", "((0.822763 -0.430522))", "((short))", "a class leaf in a z-score tree"},
	} {
		path := filepath.Join(dir, c.file)
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(orig, []byte(c.old)) {
			t.Fatalf("%s lacks %q", c.file, c.old)
		}
		if err := os.WriteFile(path, bytes.Replace(orig, []byte(c.old), []byte(c.new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
		err = check()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s with %q: %v, want an error with %q", c.file, c.new, err, c.want)
		}
		if err := os.WriteFile(path, orig, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
