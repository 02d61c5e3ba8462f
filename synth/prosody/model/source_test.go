package model

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestIntValue: an integer value is its decimal string in every use: printed, read as a number,
// and compared by each operator.
func TestIntValue(t *testing.T) {
	ops := []Question{
		{Op: OpIs, Text: "1"}, {Op: OpIs, Text: "0"}, {Op: OpIs, Text: "-3"}, {Op: OpIs, Text: "01"},
		{Op: OpIs, Text: "+1"}, {Op: OpIs, Text: "1.0"}, {Op: OpIs, Text: "coda"}, {Op: OpIs, Text: ""},
		{Op: OpEq, Number: 2}, {Op: OpLess, Number: 1.5}, {Op: OpGreater, Number: -0.5},
		{Op: OpGreater, Number: 16777216}, {Op: OpIn, List: []string{"2", "x", "-1"}},
		{Op: OpMatches, Text: "1[0-9]*"},
	}
	var qs []*question
	for _, q := range ops {
		q.Feature = "f"
		p, err := prepare(q)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, p)
	}
	for _, n := range []int{0, 1, 2, -1, -3, 7, 10, 99, 100, 12345, 16777217, -16777217, 1 << 31, -1<<31 - 1, 1<<53 + 1} {
		s := strconv.Itoa(n)
		v := Int(n)
		if v.String() != s {
			t.Errorf("Int(%d).String() = %q", n, v.String())
		}
		if v.Float() != Atof(s) {
			t.Errorf("Int(%d).Float() = %v, Atof(%q) = %v", n, v.Float(), s, Atof(s))
		}
		for _, q := range qs {
			if got, want := q.ask(v), q.ask(Str(s)); got != want {
				t.Errorf("%s on Int(%d): %v, on %q: %v", q.Question, n, got, s, want)
			}
		}
	}
}

// pool is the values the equivalence tests draw from: what the extractor answers, integers that
// read as numbers, and strings that do not.
var pool = []string{"0", "1", "2", "3", "4", "5", "-1", "12", "NONE", "H*", "!H*", "L*", "L-L%", "H-H%",
	"content", "in", "det", "coda", "onset", "s", "f", "+", "-", "l", "single", "initial", "final",
	"mid", "pau", "t", "B", "BB", "NB", "1.5", "a", ""}

// drawSource answers the features of schema sc with values drawn from pool: by id, as Int where
// the value is a canonical integer, and by name, as the string. It counts how it was asked.
type drawSource struct {
	sc      *Schema
	vals    []string
	byName  int
	byIndex int
}

func (d *drawSource) Feature(name string) string {
	d.byName++
	id, ok := d.sc.ID(name)
	if !ok {
		return "0"
	}
	return d.vals[id]
}

func (d *drawSource) Schema() *Schema { return d.sc }

func (d *drawSource) At(id int) Value {
	d.byIndex++
	if n, ok := canonicalInt(d.vals[id]); ok {
		return Int(n)
	}
	return Str(d.vals[id])
}

// byName hides a source's ids: the models must ask it by name.
type byName struct{ f Source }

func (b byName) Feature(name string) string { return b.f.Feature(name) }

// TestIndexedMatchesNames: every tree and table of the embedded set gives the same class, leaf
// and value asked by id (integers as Int) as asked by name (strings), over random feature values;
// the set's models ask an IndexedSource of their schema by id only.
func TestIndexedMatchesNames(t *testing.T) {
	s := loadSet(t)
	sc := s.Schema()
	if sc == nil {
		t.Fatal("a loaded set has no schema")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	d := &drawSource{sc: sc, vals: make([]string, sc.Len())}
	classes := map[string]bool{}
	for range 3000 {
		for i := range d.vals {
			d.vals[i] = pool[rng.IntN(len(pool))]
		}
		for _, p := range s.trees() {
			tr := *p
			d.byName, d.byIndex = 0, 0
			c, leaf, v := tr.Class(d), tr.Leaf(d), tr.Value(d)
			if d.byName != 0 || d.byIndex == 0 {
				t.Fatalf("tree asked %d by name, %d by id", d.byName, d.byIndex)
			}
			nc, nleaf, nv := tr.Class(byName{d}), tr.Leaf(byName{d}), tr.Value(byName{d})
			if c != nc || !slices.Equal(leaf.Numbers, nleaf.Numbers) || leaf.Class != nleaf.Class || v != nv {
				t.Fatalf("values %v: by id %q %v %v, by name %q %v %v", d.vals, c, leaf, v, nc, nleaf, nv)
			}
			classes[c] = true
		}
		for _, p := range s.lrs() {
			d.byName, d.byIndex = 0, 0
			v := (*p).Value(d)
			if d.byName != 0 || d.byIndex == 0 {
				t.Fatalf("table asked %d by name, %d by id", d.byName, d.byIndex)
			}
			if nv := (*p).Value(byName{d}); v != nv {
				t.Fatalf("values %v: table by id %v, by name %v", d.vals, v, nv)
			}
		}
	}
	if len(classes) < 10 {
		t.Errorf("only %d distinct classes reached: %v", len(classes), classes)
	}
}

// TestOtherSchemaAskedByName: a tree asks a source for another schema by name, never by an id
// that would mean another feature.
func TestOtherSchemaAskedByName(t *testing.T) {
	s := loadSet(t)
	tr := mustTree(t, &Node{
		Question: &Question{Feature: "stress", Op: OpIs, Text: "1"},
		Yes:      classLeaf("yes"), No: classLeaf("no"),
	})
	d := &drawSource{sc: s.Schema(), vals: make([]string, s.Schema().Len())}
	id, ok := s.Schema().ID("stress")
	if !ok {
		t.Fatal("the set asks no stress")
	}
	d.vals[id] = "1"
	for i := range d.vals {
		if i != id {
			d.vals[i] = "0"
		}
	}
	if got := tr.Class(d); got != "yes" || d.byIndex != 0 || d.byName != 1 {
		t.Errorf("class %q, asked %d by id and %d by name; want yes, 0 and 1", got, d.byIndex, d.byName)
	}
}

// TestSetSchema: a decoded set's schema holds every feature its models ask, and the models are
// bound to it (their questions' ids name their features).
func TestSetSchema(t *testing.T) {
	s := loadSet(t)
	sc := s.Schema()
	n := 0
	for _, p := range s.trees() {
		tr := *p
		if tr.schema != sc {
			t.Errorf("a tree is not bound to the set's schema")
		}
		for _, x := range tr.nodes {
			if x.q != nil && sc.Name(int(x.q.id)) != x.q.Feature {
				t.Errorf("question on %q has id %d, %q", x.q.Feature, x.q.id, sc.Name(int(x.q.id)))
			}
			n++
		}
	}
	for _, p := range s.lrs() {
		if (*p).schema != sc {
			t.Errorf("a table is not bound to the set's schema")
		}
		for _, r := range (*p).rows {
			if sc.Name(int(r.id)) != r.Feature {
				t.Errorf("row on %q has id %d, %q", r.Feature, r.id, sc.Name(int(r.id)))
			}
			n++
		}
	}
	names := sc.Names()
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("schema names not sorted and unique")
	}
	if n < 500 || sc.Len() < 50 {
		t.Errorf("only %d questions and rows, %d names", n, sc.Len())
	}
}

// TestLRClassRuns: class rows add their weights in row order when the value is listed, a class
// listed twice in a row counts once, and runs of rows interleave with plain rows and other
// features as Festival reads them (the sum is bit for bit the row-by-row sum).
func TestLRClassRuns(t *testing.T) {
	rows := []LRRow{
		{Feature: "Intercept", Weight: 0.1},
		{Feature: "a", Weight: 0.7, Classes: []string{"x", "y", "x"}},
		{Feature: "a", Weight: 1e-17, Classes: []string{"x"}},
		{Feature: "a", Weight: 0.2},
		{Feature: "a", Weight: 0.3, Classes: []string{"y", "3"}},
		{Feature: "b", Weight: 1e16, Classes: []string{"x"}},
		{Feature: "b", Weight: -1e16, Classes: []string{"x", "z"}},
		{Feature: "a", Weight: 5, Classes: []string{}},
		{Feature: "b", Weight: 0.25},
	}
	m, err := NewLR(rows)
	if err != nil {
		t.Fatal(err)
	}
	// rowByRow is lr_predict as Festival writes it.
	rowByRow := func(f map[string]string) float64 {
		sum := rows[0].Weight
		for _, r := range rows[1:] {
			v := f[r.Feature]
			if r.IsClass() {
				if slices.Contains(r.Classes, v) {
					sum += r.Weight
				}
			} else {
				sum += r.Weight * float64(Atof(v))
			}
		}
		return sum
	}
	for _, a := range []string{"x", "y", "3", "z", "0"} {
		for _, b := range []string{"x", "z", "2", ""} {
			f := map[string]string{"a": a, "b": b}
			if got, want := m.Value(mapFeats(f)), rowByRow(f); got != want {
				t.Errorf("a=%s b=%s: %v, row by row %v", a, b, got, want)
			}
		}
	}
}
