package model

import (
	"fmt"
	"math"
	"slices"
)

// LRRow is one row of a linear-regression table: (Feature Weight) adds Weight times the
// feature's value; (Feature Weight (Classes...)) adds Weight when the value is one of Classes.
type LRRow struct {
	Feature string
	Weight  float64
	Classes []string // nil for a plain row; a class row has a (possibly empty) list
}

// IsClass reports whether the row is a class row.
func (r LRRow) IsClass() bool { return r.Classes != nil }

// LR is a Festival linear-regression table (lr_predict), immutable and safe for concurrent use.
type LR struct {
	name      string // the intercept row's name, "Intercept"
	intercept float64
	rows      []lrRow
	features  []string
	schema    *Schema // the ids of the rows' features: the table's own, or its Set's
}

type lrRow struct {
	LRRow
	id  int32     // Feature's id in the table's schema
	run *classRun // on the first row of a run of class rows naming one feature
}

// classRun is a run of consecutive class rows naming one feature: for each class, the weights
// of the rows that list it, in row order. A value no row lists adds nothing, at one lookup.
type classRun struct {
	end     int // the row after the run
	weights map[string][]float64
}

// NewLR builds a table. Festival takes the first row's weight as the intercept, whatever its
// name; the rest are feature rows.
func NewLR(rows []LRRow) (*LR, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("model: LR table without rows")
	}
	if rows[0].IsClass() {
		return nil, fmt.Errorf("model: LR table's first row (the intercept) has classes")
	}
	m := &LR{name: rows[0].Feature, intercept: rows[0].Weight}
	seen := map[string]bool{}
	for i, r := range rows {
		if math.IsNaN(r.Weight) || math.IsInf(r.Weight, 0) {
			return nil, fmt.Errorf("model: LR row %d (%s): weight %v", i, r.Feature, r.Weight)
		}
		if i == 0 {
			continue
		}
		if r.Feature == "" {
			return nil, fmt.Errorf("model: LR row %d without a feature", i)
		}
		m.rows = append(m.rows, lrRow{LRRow: LRRow{Feature: r.Feature, Weight: r.Weight, Classes: slices.Clone(r.Classes)}})
		if !seen[r.Feature] {
			seen[r.Feature] = true
			m.features = append(m.features, r.Feature)
		}
	}
	slices.Sort(m.features)
	m.bind(newSchema(m.features))
	for i := 0; i < len(m.rows); {
		if !m.rows[i].IsClass() {
			i++
			continue
		}
		run := &classRun{end: i, weights: map[string][]float64{}}
		for ; run.end < len(m.rows) && m.rows[run.end].IsClass() && m.rows[run.end].Feature == m.rows[i].Feature; run.end++ {
			r := &m.rows[run.end]
			for k, c := range r.Classes {
				if !slices.Contains(r.Classes[:k], c) { // a class listed twice counts once
					run.weights[c] = append(run.weights[c], r.Weight)
				}
			}
		}
		m.rows[i].run = run
		i = run.end
	}
	return m, nil
}

// bind numbers the rows' features by sc, which holds every one of them.
func (m *LR) bind(sc *Schema) {
	for i := range m.rows {
		m.rows[i].id = int32(sc.ids[m.rows[i].Feature])
	}
	m.schema = sc
}

// Value is the intercept plus every row's contribution: a class row adds its weight when the
// feature's value is in its list, a plain row adds weight times the value read as a number
// (Atof: non-numeric reads 0). As in Festival, a feature is asked once per run of rows that name
// it. Festival sums in C floats; this sums in float64 (the two differ by less than 1e-4 Hz).
func (m *LR) Value(f Source) float64 {
	ix := indexed(f, m.schema)
	sum := m.intercept
	var v Value
	for i := 0; i < len(m.rows); {
		r := &m.rows[i]
		if i == 0 || r.id != m.rows[i-1].id {
			if ix != nil {
				v = ix.At(int(r.id))
			} else {
				v = Str(f.Feature(r.Feature))
			}
		}
		if r.run != nil {
			// The run's rows that list the value add their weights, in row order.
			for _, w := range r.run.weights[v.String()] {
				sum += w
			}
			i = r.run.end
			continue
		}
		sum += r.Weight * float64(v.Float())
		i++
	}
	return sum
}

// Features lists every feature name the table reads, sorted, unique.
func (m *LR) Features() []string { return slices.Clone(m.features) }

// Intercept is the table's constant term.
func (m *LR) Intercept() float64 { return m.intercept }

// Rows returns the table in build form, intercept first (a fresh copy).
func (m *LR) Rows() []LRRow {
	out := make([]LRRow, 0, len(m.rows)+1)
	out = append(out, LRRow{Feature: m.name, Weight: m.intercept})
	for _, r := range m.rows {
		out = append(out, LRRow{Feature: r.Feature, Weight: r.Weight, Classes: slices.Clone(r.Classes)})
	}
	return out
}
