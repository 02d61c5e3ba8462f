package model

import (
	"slices"
	"strconv"
)

// Source answers the feature names a tree or table asks (see Feats). Trees and tables take a
// Source; one that is also an IndexedSource for their Schema is asked by feature id instead.
type Source interface {
	Feature(name string) string
}

// Feature answers name by calling f.
func (f Feats) Feature(name string) string { return f(name) }

// IndexedSource is a Source that answers a feature by its id in a Schema as well: a caller that
// compiles each of the schema's names once (for instance into a path through its utterance
// structure) then answers every question without string work. Trees and tables bound to the same
// *Schema (all those of a decoded Set, see Set.Schema) ask At; any other source, or a source for
// another schema, is asked by name. Both ways must give the same values.
type IndexedSource interface {
	Source
	Schema() *Schema
	At(id int) Value
}

// Value is a feature's value as the evaluators read it: Festival's string, or an integer that
// stands for its decimal form. An integer value compares exactly as its decimal string would
// (strconv.Itoa), without being formatted and read back: is compares it with the operand as a
// string, =, < and > and the regression rows read it as the number Atof would give.
type Value struct {
	s     string
	n     int32
	isInt bool
}

// Str is a string value.
func Str(s string) Value { return Value{s: s} }

// Int is an integer value, equal in every comparison to Str(strconv.Itoa(n)). Integers beyond
// int32 are held as their strings.
func Int(n int) Value {
	if n != int(int32(n)) {
		return Value{s: strconv.Itoa(n)}
	}
	return Value{n: int32(n), isInt: true}
}

// String is the value as Festival prints it.
func (v Value) String() string {
	if v.isInt {
		return strconv.Itoa(int(v.n))
	}
	return v.s
}

// Float is the value read as a number as Festival reads it: Atof of its string.
func (v Value) Float() float32 {
	if v.isInt {
		// Atof(Itoa(n)): the decimal read to the nearest double, then rounded to a float.
		return float32(float64(v.n))
	}
	return Atof(v.s)
}

// is reports whether the value's string equals text; textInt/textIsInt are text read as a
// canonical decimal integer (canonicalInt), so an integer value needs no formatting.
func (v Value) is(text string, textInt int, textIsInt bool) bool {
	if v.isInt {
		return textIsInt && int(v.n) == textInt
	}
	return v.s == text
}

// canonicalInt reports whether s is the decimal form strconv.Itoa gives of some int, and which.
func canonicalInt(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || strconv.Itoa(n) != s {
		return 0, false
	}
	return n, true
}

// Schema numbers a list of feature names: a name's id is its index in Names. Immutable.
type Schema struct {
	names []string
	ids   map[string]int
}

// newSchema makes the schema of names, sorted and unique.
func newSchema(names []string) *Schema {
	names = slices.Clone(names)
	slices.Sort(names)
	names = slices.Compact(names)
	s := &Schema{names: names, ids: make(map[string]int, len(names))}
	for i, n := range names {
		s.ids[n] = i
	}
	return s
}

// Len is the number of names.
func (s *Schema) Len() int { return len(s.names) }

// Name is the feature name of id.
func (s *Schema) Name(id int) string { return s.names[id] }

// Names lists the names by id (sorted, unique); a fresh copy.
func (s *Schema) Names() []string { return slices.Clone(s.names) }

// ID is the id of name, if the schema has it.
func (s *Schema) ID(name string) (int, bool) {
	id, ok := s.ids[name]
	return id, ok
}

// indexed returns f as an IndexedSource when it answers by id in sc, else nil.
func indexed(f Source, sc *Schema) IndexedSource {
	if ix, ok := f.(IndexedSource); ok && ix.Schema() == sc && sc != nil {
		return ix
	}
	return nil
}

// bind makes sc the schema of every tree and table of the set, so that their questions carry
// sc's ids. Decode binds the set it returns.
func (s *Set) bind() {
	var names []string
	for _, p := range s.boundTrees() {
		if *p != nil {
			names = append(names, (*p).features...)
		}
	}
	for _, p := range s.lrs() {
		if *p != nil {
			names = append(names, (*p).features...)
		}
	}
	sc := newSchema(names)
	for _, p := range s.boundTrees() {
		if *p != nil {
			(*p).bind(sc)
		}
	}
	for _, p := range s.lrs() {
		if *p != nil {
			(*p).bind(sc)
		}
	}
	s.schema = sc
}

// boundTrees is every tree of s: those of trees, then the voices' own duration trees in the
// order of their names.
func (s *Set) boundTrees() []**Tree {
	ts := s.trees()
	for _, v := range sortedKeys(s.VoiceDuration) {
		t := s.VoiceDuration[v]
		ts = append(ts, &t)
	}
	return ts
}

// Schema is the feature schema every tree and table of a decoded set is bound to: an
// IndexedSource for it is asked by id. Nil for a set not made by Decode or Load.
func (s *Set) Schema() *Schema { return s.schema }
