package model

import (
	"bufio"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// festivalDump is Festival 2.5's own evaluation of the models (testdata/festival-eval.scm): the
// features of every segment, syllable and word of thirteen sentences with what wagon and
// lr_predict gave for them.
type festivalDump struct {
	names map[string][]string // "S", "Y", "W" -> feature names
	rows  []dumpRow
}

type dumpRow struct {
	kind  string
	sent  string
	feats map[string]string
	out   []string // after the "|"
}

func readDump(t *testing.T) *festivalDump {
	t.Helper()
	f, err := os.Open("testdata/festival-eval.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := &festivalDump{names: map[string][]string{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sent := ""
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		switch fields[0] {
		case "SEGFEATS":
			d.names["S"] = fields[1:]
		case "SYLFEATS":
			d.names["Y"] = fields[1:]
		case "WORDFEATS":
			d.names["W"] = fields[1:]
		case "SENT":
			sent = strings.Join(fields[1:], " ")
		case "S", "Y", "W":
			bar := slices.Index(fields, "|")
			names := d.names[fields[0]]
			if bar != len(names)+1 {
				t.Fatalf("%q: %d values for %d feature names", sc.Text(), bar-1, len(names))
			}
			r := dumpRow{kind: fields[0], sent: sent, feats: map[string]string{}, out: fields[bar+1:]}
			for i, n := range names {
				r.feats[n] = fields[1+i]
			}
			d.rows = append(d.rows, r)
		default:
			t.Fatalf("unexpected line %q", sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return d
}

// feats answers from a dump row and reports any feature the dump does not hold.
func (r dumpRow) featsFor(t *testing.T) Feats {
	return func(name string) string {
		v, ok := r.feats[name]
		if !ok {
			t.Errorf("%s row of %q: model asked %q, which the dump lacks", r.kind, r.sent, name)
		}
		return v
	}
}

func parseF(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// lrTolerance: Festival's lr_predict sums 76 terms in C floats; each addition rounds by at most
// half a float ulp at magnitudes below 512 Hz (2^-15), so the float64 sum may differ by up to
// 76 * 2^-15 = 0.0023 Hz.
const lrTolerance = 76.0 / (1 << 15)

// TestFestivalEvaluation evaluates every model on the features Festival computed for 565
// segments, 198 syllables and 95 words, and compares with what Festival's own wagon and
// lr_predict gave for the same items.
func TestFestivalEvaluation(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	d := readDump(t)
	// The dump must hold every feature the models ask.
	for _, c := range []struct {
		kind  string
		feats []string
	}{
		{"S", s.Duration.Features()}, {"Y", s.Accent.Features()}, {"Y", s.Tone.Features()},
		{"Y", s.Reduce.Features()}, {"Y", s.F0Start.Features()}, {"Y", s.F0Mid.Features()},
		{"Y", s.F0End.Features()}, {"W", s.PhraseType.Features()},
	} {
		for _, f := range c.feats {
			if !slices.Contains(d.names[c.kind], f) {
				t.Errorf("dump's %s rows lack feature %q", c.kind, f)
			}
		}
	}
	counts := map[string]int{}
	maxLR := 0.0
	leaves := map[string]map[*Leaf]bool{"duration": {}, "accent": {}, "tone": {}, "reduce": {}}
	for _, r := range d.rows {
		f := r.featsFor(t)
		counts[r.kind]++
		switch r.kind {
		case "S":
			want := parseF(t, r.out[0])
			got := s.Duration.Value(f)
			leaves["duration"][s.Duration.leafFor(f)] = true
			// Festival holds the z-score as a C float (wagon_predict's EST_Val) and the dump
			// prints it with %.8f.
			if math.Abs(float64(float32(got))-want) > 5e-9 {
				t.Errorf("%q segment %s: z %.8f, Festival %.8f", r.sent, r.feats["name"], got, want)
			}
		case "Y":
			for i, m := range []struct {
				name string
				tree *Tree
			}{{"accent", s.Accent}, {"tone", s.Tone}, {"reduce", s.Reduce}} {
				leaves[m.name][m.tree.leafFor(f)] = true
				if got := m.tree.Class(f); got != r.out[i] {
					t.Errorf("%q syllable %d: %s %q, Festival %q", r.sent, counts["Y"], m.name, got, r.out[i])
				}
			}
			for i, m := range []*LR{s.F0Start, s.F0Mid, s.F0End} {
				want := parseF(t, r.out[3+i])
				got := m.Value(f)
				if d := math.Abs(got - want); d > maxLR {
					maxLR = d
				}
				if math.Abs(got-want) > lrTolerance {
					t.Errorf("%q syllable %d: F0 target %d: %.6f, Festival %.6f", r.sent, counts["Y"], i, got, want)
				}
			}
		case "W":
			if got := s.PhraseType.Class(f); got != r.out[0] {
				t.Errorf("%q word %s: phrase type %q, Festival %q", r.sent, r.feats["name"], got, r.out[0])
			}
		}
	}
	if counts["S"] < 500 || counts["Y"] < 150 || counts["W"] < 80 {
		t.Errorf("dump too small: %v", counts)
	}
	t.Logf("largest F0 target difference: %.2g Hz", maxLR)
	for name, l := range leaves {
		t.Logf("%s: %d distinct leaves reached", name, len(l))
	}
}
