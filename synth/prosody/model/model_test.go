package model

import (
	"math"
	"slices"
	"testing"
)

// mapFeats answers from m; names not in m read "0", as a missing neighbour does in Festival.
func mapFeats(m map[string]string) Feats {
	return func(name string) string {
		if v, ok := m[name]; ok {
			return v
		}
		return "0"
	}
}

func mustTree(t *testing.T, n *Node) *Tree {
	t.Helper()
	tr, err := NewTree(n)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func classLeaf(c string) *Node { return &Node{Leaf: Leaf{Class: c}} }

func ask(q Question) *Node {
	return &Node{Question: &q, Yes: classLeaf("yes"), No: classLeaf("no")}
}

// TestOperators checks each operator as Festival's wagon_ask applies it, numeric comparisons
// reading the value as C's atof into a C float.
func TestOperators(t *testing.T) {
	cases := []struct {
		q     Question
		value string
		want  string
	}{
		{Question{Feature: "f", Op: OpIs, Text: "coda"}, "coda", "yes"},
		{Question{Feature: "f", Op: OpIs, Text: "coda"}, "onset", "no"},
		{Question{Feature: "f", Op: OpIs, Text: "0"}, "0", "yes"},
		{Question{Feature: "f", Op: OpIs, Text: "0"}, "0.0", "no"}, // is compares strings
		{Question{Feature: "f", Op: OpEq, Number: 3}, "3", "yes"},
		{Question{Feature: "f", Op: OpEq, Number: 3}, "3.0", "yes"},
		{Question{Feature: "f", Op: OpEq, Number: 0}, "coda", "yes"}, // non-numeric reads 0
		{Question{Feature: "f", Op: OpLess, Number: 1.5}, "1", "yes"},
		{Question{Feature: "f", Op: OpLess, Number: 1.5}, "2", "no"},
		{Question{Feature: "f", Op: OpLess, Number: 1.5}, "1.5", "no"},
		{Question{Feature: "f", Op: OpLess, Number: 0.5}, "coda", "yes"}, // atof("coda") = 0
		{Question{Feature: "f", Op: OpLess, Number: 2}, "1.9xyz", "yes"}, // atof reads the prefix
		{Question{Feature: "f", Op: OpLess, Number: 2}, "3xyz", "no"},
		{Question{Feature: "f", Op: OpLess, Number: 2}, " 3", "no"}, // after white space
		{Question{Feature: "f", Op: OpLess, Number: 0}, "-1e2", "yes"},
		{Question{Feature: "f", Op: OpGreater, Number: 0.7}, "1", "yes"},
		{Question{Feature: "f", Op: OpGreater, Number: 0.7}, "0", "no"},
		{Question{Feature: "f", Op: OpGreater, Number: 0.7}, "NONE", "no"},
		// The value is a C float: 1.1 becomes 1.10000002384, above the double 1.1.
		{Question{Feature: "f", Op: OpGreater, Number: 1.1}, "1.1", "yes"},
		{Question{Feature: "f", Op: OpIn, List: []string{".", "!", "?"}}, "?", "yes"},
		{Question{Feature: "f", Op: OpIn, List: []string{".", "!", "?"}}, ",", "no"},
		{Question{Feature: "f", Op: OpIn, List: []string{}}, "", "no"},
		{Question{Feature: "f", Op: OpMatches, Text: ".*\\?.*"}, "what?", "yes"},
		{Question{Feature: "f", Op: OpMatches, Text: "a"}, "ab", "no"}, // whole-string match
		{Question{Feature: "f", Op: OpMatches, Text: "\\(ab\\|cd\\)+"}, "abcd", "yes"},
		{Question{Feature: "f", Op: OpMatches, Text: "(a|b)"}, "(a|b)", "yes"}, // bare ( | ) literal
		{Question{Feature: "f", Op: OpMatches, Text: "(a|b)"}, "a", "no"},
		{Question{Feature: "f", Op: OpMatches, Text: "[^aeiou]+"}, "xyz", "yes"},
	}
	for _, c := range cases {
		tr := mustTree(t, ask(c.q))
		if got := tr.Class(mapFeats(map[string]string{"f": c.value})); got != c.want {
			t.Errorf("%s on %q: %s, want %s", c.q, c.value, got, c.want)
		}
	}
}

func TestAtof(t *testing.T) {
	for in, want := range map[string]float32{
		"0": 0, "1": 1, "-2.5": -2.5, "3abc": 3, "abc": 0, "": 0, " \t7": 7, ".5": 0.5, "5.": 5,
		"1e3": 1000, "1e": 1, "1e+": 1, "+4": 4, "-": 0, ".": 0, "0.1": 0.1, "H*": 0, "L-L%": 0,
	} {
		if got := Atof(in); got != want {
			t.Errorf("Atof(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 1: "1", 2: "2", 0.5: "0.5", 1e-05: "1e-05", 123456789: "1.2345679e+08", -0.25: "-0.25"} {
		if got := FormatNumber(in); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

// TestLeafValues: a regression leaf predicts its last number ((STD MEAN) -> MEAN), a class leaf
// its final atom, and the tree routes yes to the first subtree.
func TestLeafValues(t *testing.T) {
	tr := mustTree(t, &Node{
		Question: &Question{Feature: "name", Op: OpIs, Text: "pau"},
		Yes:      &Node{Leaf: Leaf{Numbers: []float64{0.104, 2}}},
		No: &Node{
			Question: &Question{Feature: "p.ph_ctype", Op: OpIs, Text: "s"},
			Yes:      &Node{Leaf: Leaf{Numbers: []float64{0.559208, -0.783163}}},
			No:       &Node{Leaf: Leaf{Dist: []Prob{{"NONE", 0.2}, {"H*", 0.7}}, Class: "H*"}},
		},
	})
	if got := tr.Value(mapFeats(map[string]string{"name": "pau"})); got != 2 {
		t.Errorf("pau: %v, want 2 (the leaf's last number)", got)
	}
	if got := tr.Value(mapFeats(map[string]string{"name": "t", "p.ph_ctype": "s"})); got != -0.783163 {
		t.Errorf("stop: %v, want -0.783163", got)
	}
	if got := tr.Class(mapFeats(map[string]string{"name": "t"})); got != "H*" {
		t.Errorf("class: %q, want H*", got)
	}
	if got := tr.Class(mapFeats(map[string]string{"name": "pau"})); got != "2" {
		t.Errorf("class of a regression leaf: %q, want 2", got)
	}
	if got := tr.Value(mapFeats(map[string]string{"name": "t"})); got != 0 {
		t.Errorf("value of class H*: %v, want 0", got)
	}
	if got, want := tr.Features(), []string{"name", "p.ph_ctype"}; !slices.Equal(got, want) {
		t.Errorf("Features %v, want %v", got, want)
	}
	if tr.Questions() != 2 || tr.Leaves() != 3 {
		t.Errorf("%d questions, %d leaves; want 2, 3", tr.Questions(), tr.Leaves())
	}
}

func TestNewTreeRejects(t *testing.T) {
	for name, n := range map[string]*Node{
		"nil":            nil,
		"missing no":     {Question: &Question{Feature: "f", Op: OpIs}, Yes: classLeaf("a")},
		"no feature":     {Question: &Question{Op: OpIs}, Yes: classLeaf("a"), No: classLeaf("b")},
		"bad operator":   {Question: &Question{Feature: "f", Op: 99}, Yes: classLeaf("a"), No: classLeaf("b")},
		"NaN operand":    {Question: &Question{Feature: "f", Op: OpLess, Number: math.NaN()}, Yes: classLeaf("a"), No: classLeaf("b")},
		"bad regexp":     {Question: &Question{Feature: "f", Op: OpMatches, Text: "[a"}, Yes: classLeaf("a"), No: classLeaf("b")},
		"empty numbers":  {Leaf: Leaf{Numbers: []float64{}}},
		"numbers, class": {Leaf: Leaf{Numbers: []float64{1}, Class: "x"}},
	} {
		if _, err := NewTree(n); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	deep := classLeaf("x")
	for i := 0; i <= MaxDepth+1; i++ {
		deep = &Node{Question: &Question{Feature: "f", Op: OpIs, Text: "a"}, Yes: deep, No: classLeaf("y")}
	}
	if _, err := NewTree(deep); err == nil {
		t.Errorf("tree deeper than MaxDepth: no error")
	}
}

// TestLRRows: the intercept, class rows that add their weight when the value is listed, plain
// rows that add weight times the value (non-numeric reads 0).
func TestLRRows(t *testing.T) {
	m, err := NewLR([]LRRow{
		{Feature: "Intercept", Weight: 100},
		{Feature: "tobi_accent", Weight: 10, Classes: []string{"H*"}},
		{Feature: "tobi_accent", Weight: 20, Classes: []string{"!H*", "L+H*"}},
		{Feature: "sub_phrases", Weight: -5},
		{Feature: "stress", Weight: 3},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    map[string]string
		want float64
	}{
		{map[string]string{}, 100},
		{map[string]string{"tobi_accent": "H*"}, 110},
		{map[string]string{"tobi_accent": "L+H*"}, 120},
		{map[string]string{"tobi_accent": "NONE"}, 100},
		{map[string]string{"sub_phrases": "2"}, 90},
		{map[string]string{"sub_phrases": "x", "stress": "1"}, 103},
		{map[string]string{"tobi_accent": "!H*", "sub_phrases": "1", "stress": "1"}, 118},
	} {
		if got := m.Value(mapFeats(c.f)); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%v: %v, want %v", c.f, got, c.want)
		}
	}
	if got, want := m.Features(), []string{"stress", "sub_phrases", "tobi_accent"}; !slices.Equal(got, want) {
		t.Errorf("Features %v, want %v", got, want)
	}
	if m.Intercept() != 100 {
		t.Errorf("intercept %v", m.Intercept())
	}
	if _, err := NewLR(nil); err == nil {
		t.Error("empty table: no error")
	}
	if _, err := NewLR([]LRRow{{Feature: "Intercept", Weight: 1, Classes: []string{"x"}}}); err == nil {
		t.Error("intercept with classes: no error")
	}
}

// TestLRAsksOncePerRun: Festival fetches a feature once per run of rows naming it.
func TestLRAsksOncePerRun(t *testing.T) {
	s := loadSet(t)
	asked := map[string]int{}
	s.F0Start.Value(Feats(func(name string) string { asked[name]++; return "0" }))
	for name, n := range asked {
		if n != 1 {
			t.Errorf("%s asked %d times", name, n)
		}
	}
	if len(asked) != len(s.F0Start.Features()) {
		t.Errorf("asked %d features, table has %d", len(asked), len(s.F0Start.Features()))
	}
}

func TestCompileRegexAnchors(t *testing.T) {
	re, err := CompileRegex("^ab$")
	if err != nil {
		t.Fatal(err)
	}
	if !re.MatchString("ab") || re.MatchString("xab") {
		t.Errorf("^ab$: %v", re)
	}
	re, err = CompileRegex("a\\.b")
	if err != nil {
		t.Fatal(err)
	}
	if !re.MatchString("a.b") || re.MatchString("axb") {
		t.Errorf("a\\.b: %v", re)
	}
}
