package model

import (
	"math"
	"slices"
	"sync"
	"testing"
)

// loaded is Load's result, decoded once for all the tests that only read it (Load takes long
// under -race; TestRoundTrip and the decoding tests decode afresh).
var loaded = sync.OnceValues(Load)

func loadSet(t *testing.T) *Set {
	t.Helper()
	s, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTreeSizes checks the sizes and leaf classes the notes (§2) count in Festival's files.
func TestTreeSizes(t *testing.T) {
	s := loadSet(t)
	for _, c := range []struct {
		name              string
		tree              *Tree
		questions, leaves int
		features          int
		classes           map[string]int // predicted class -> leaves; nil for a regression tree
	}{
		{"duration", s.Duration, 437, 438, 29, nil},
		{"accent", s.Accent, 74, 75, 18, map[string]int{"NONE": 39, "H*": 28, "L+H*": 4, "!H*": 4}},
		{"tone", s.Tone, 47, 48, 15, map[string]int{"NONE": 32, "L-L%": 11, "L-H%": 3, "H-": 1, "H-H%": 1}},
		{"reduce", s.Reduce, 104, 105, 17, nil},
	} {
		if c.tree.Questions() != c.questions || c.tree.Leaves() != c.leaves {
			t.Errorf("%s: %d questions, %d leaves; want %d, %d", c.name, c.tree.Questions(), c.tree.Leaves(), c.questions, c.leaves)
		}
		if n := len(c.tree.Features()); n != c.features {
			t.Errorf("%s: %d features, want %d", c.name, n, c.features)
		}
		if c.classes == nil {
			continue
		}
		got := map[string]int{}
		for _, n := range c.tree.nodes {
			if n.q == nil {
				got[n.leaf.Class]++
			}
		}
		if !mapsEqual(got, c.classes) {
			t.Errorf("%s: leaf classes %v, want %v", c.name, got, c.classes)
		}
	}
	// The reduction tree predicts "0" or "1" (numbers in the file, strings as Festival compares).
	for _, n := range s.Reduce.nodes {
		if n.q == nil && n.leaf.Class != "0" && n.leaf.Class != "1" {
			t.Errorf("reduce leaf class %q", n.leaf.Class)
		}
	}
	// The notes' example node: ((ph_ctype is f) ((0.559208 -0.783163)) ((1.05215 -0.222704))).
	found := false
	for i, n := range s.Duration.nodes {
		if n.q != nil && n.q.Feature == "ph_ctype" && n.q.Op == OpIs && n.q.Text == "f" &&
			slices.Equal(s.Duration.nodes[i+1].leaf.Numbers, []float64{0.559208, -0.783163}) &&
			slices.Equal(s.Duration.nodes[n.no].leaf.Numbers, []float64{1.05215, -0.222704}) {
			found = true
		}
	}
	if !found {
		t.Error("duration tree lacks the node ((ph_ctype is f) ((0.559208 -0.783163)) ((1.05215 -0.222704)))")
	}
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestLRTables checks the intercepts and rows the notes (§4) quote, and the tables' layout.
func TestLRTables(t *testing.T) {
	s := loadSet(t)
	tables := []*LR{s.F0Start, s.F0Mid, s.F0End}
	type row struct {
		feature string
		class   string // "" for a plain row
		w       [3]float64
	}
	for _, r := range []row{
		{"Intercept", "", [3]float64{160.584956, 169.183377, 169.570381}},
		{"p.tobi_accent", "H*", [3]float64{32.081029, 16.603350, 11.214208}},
		{"tobi_accent", "H*", [3]float64{5.221081, 34.517868, 25.217589}},
		{"tobi_endtone", "L-L%", [3]float64{-9.333926, -19.357902, -12.637935}},
		{"tobi_endtone", "H-H%", [3]float64{14.256898, 30.923398, 50.190326}},
		{"sub_phrases", "", [3]float64{-5.472055, -5.758156, -5.397805}},
		{"R:SylStructure.parent.R:Token.parent.EMPH", "", [3]float64{10, 10, 10}},
	} {
		for i, m := range tables {
			n := 0
			for _, x := range m.Rows() {
				if x.Feature == r.feature && (r.class == "" && !x.IsClass() || slices.Contains(x.Classes, r.class)) {
					n++
					if x.Weight != r.w[i] {
						t.Errorf("table %d, %s %s: weight %v, want %v", i, r.feature, r.class, x.Weight, r.w[i])
					}
				}
			}
			if n != 1 {
				t.Errorf("table %d: %d rows for %s %s, want 1", i, n, r.feature, r.class)
			}
		}
	}
	for i, m := range tables {
		rows := m.Rows()
		if len(rows) != 76 {
			t.Errorf("table %d: %d rows, want 76", i, len(rows))
		}
		if rows[0].Feature != "Intercept" || m.Intercept() != rows[0].Weight {
			t.Errorf("table %d: first row %v", i, rows[0])
		}
		if i > 0 {
			// The three tables share their layout.
			for j, r := range rows {
				if r.Feature != tables[0].Rows()[j].Feature || !slices.Equal(r.Classes, tables[0].Rows()[j].Classes) {
					t.Errorf("table %d row %d: %s %v differs from the start table's", i, j, r.Feature, r.Classes)
				}
			}
		}
	}
	// The accent class lists: five per position, the third holding the rarer accents.
	third := []string{"*?", "X*?", "H*!H*", "*", "L+H*", "L+!H*"}
	n := 0
	for _, r := range s.F0Start.Rows() {
		if r.Feature == "tobi_accent" && slices.Equal(r.Classes, third) {
			n++
		}
	}
	if n != 1 {
		t.Errorf("tobi_accent row with classes %v: %d, want 1", third, n)
	}
}

// TestStatsAndParameters checks the duration tables (§3) and the voices' parameters (§1, §4).
func TestStatsAndParameters(t *testing.T) {
	s := loadSet(t)
	kal, ked := s.Stats["kal"], s.Stats["ked"]
	if len(kal) != 50 || len(ked) != 50 || len(s.Stats) != 3 {
		t.Fatalf("stats: %d voices, kal %d phones, ked %d; want 3, 50, 50", len(s.Stats), len(kal), len(ked))
	}
	for ph, want := range map[string]PhoneStat{
		"aa": {0.094, 0.037}, "ae": {0.120, 0.036}, "ax": {0.046, 0.024}, "iy": {0.097, 0.041},
		"t": {0.070, 0.020}, "s": {0.102, 0.037}, "n": {0.059, 0.025}, "dh": {0.031, 0.016},
		"er": {0.086, 0.010}, "pau": {0.200, 0.104}, "l": {0.066, 0.026},
	} {
		if kal[ph] != want {
			t.Errorf("kal %s: %v, want %v", ph, kal[ph], want)
		}
	}
	// kd_durs differs from kal_durs only in l.
	var diff []string
	for ph, st := range kal {
		if ked[ph] != st {
			diff = append(diff, ph)
		}
	}
	if !slices.Equal(diff, []string{"l"}) || ked["l"] != (PhoneStat{0.056, 0.026}) {
		t.Errorf("kal and ked differ in %v (ked l %v); want only l, 0.056/0.026", diff, ked["l"])
	}
	if s.Model.Mean != 170 || s.Model.Std != 34 {
		t.Errorf("model F0 %v, want 170/34", s.Model)
	}
	if s.Target["kal"] != (struct{ Mean, Std float64 }{105, 14}) || s.Target["ked"] != (struct{ Mean, Std float64 }{105, 15}) {
		t.Errorf("targets %v, want kal 105/14, ked 105/15", s.Target)
	}
	if s.Stretch["kal"] != 1.1 || s.Stretch["ked"] != 1.1 || s.Stretch["slt"] != 1.0 || len(s.Stretch) != 3 {
		t.Errorf("stretch %v, want 1.1 for kal and ked, 1.0 for slt", s.Stretch)
	}
	want := map[string]string{"ah": "ax", "ih": "ax", "aa": "ax", "ae": "ax", "eh": "ax"}
	if !mapsEqual(s.ReduceTable, want) {
		t.Errorf("reduce table %v, want %v", s.ReduceTable, want)
	}
}

// TestSltDuration checks slt's own duration model (cmu_us_slt_arctic_durdata.scm): its phone
// table, whose pau is listed twice (0.2/0.1 first, 0.125556/0.062108 last; Festival's lookup
// finds the first), and its tree, whose leaves (861 two-number leaves, counted in the file with
// grep) are (std z): the z-score is the last number.
func TestSltDuration(t *testing.T) {
	s := loadSet(t)
	slt := s.Stats["slt"]
	if len(slt) != 41 {
		t.Errorf("slt: %d phones, want 41 (42 entries, pau twice)", len(slt))
	}
	for ph, want := range map[string]PhoneStat{
		"pau": {0.2, 0.1}, "ax": {0.041686, 0.02485}, "dh": {0.051473, 0.019438}, "t": {0.062728, 0.035706},
		"zh": {0.105912, 0.02979}, "ao": {0.109396, 0.063161},
	} {
		if slt[ph] != want {
			t.Errorf("slt %s: %v, want %v", ph, slt[ph], want)
		}
	}
	if len(s.VoiceDuration) != 1 || s.VoiceDuration["slt"] == nil {
		t.Fatalf("voice duration trees %v, want slt's only", s.VoiceDuration)
	}
	tr := s.DurationTree("slt")
	if tr != s.VoiceDuration["slt"] || s.DurationTree("kal") != s.Duration || s.DurationTree("ked") != s.Duration {
		t.Errorf("DurationTree: slt's must be its own, kal's and ked's the shared one")
	}
	if tr.Questions() != 860 || tr.Leaves() != 861 || len(tr.Features()) != 24 {
		t.Errorf("slt tree: %d questions, %d leaves, %d features; want 860, 861, 24", tr.Questions(), tr.Leaves(), len(tr.Features()))
	}
	// The file's first paths: pau after a BB word -> (0.0 2.0); "t" before a pause, in a
	// syllable with syl_break 1 -> (0.822763 -0.430522).
	if z := tr.Value(mapFeats(map[string]string{"name": "pau", "p.R:SylStructure.parent.parent.pbreak": "BB"})); z != 2 {
		t.Errorf("pau after BB: z %v, want 2", z)
	}
	if z := tr.Value(mapFeats(map[string]string{"name": "t", "n.name": "pau", "R:SylStructure.parent.syl_break": "1"})); z != -0.430522 {
		t.Errorf("t before a pause: z %v, want -0.430522", z)
	}
}

func TestGPOS(t *testing.T) {
	s := loadSet(t)
	for w, want := range map[string]string{
		"of": "in", "That": "in", "to": "to", "the": "det", "An": "det", "will": "md", "and": "cc",
		"who": "wp", "its": "pps", "was": "aux", ".": "punc", "\"": "punc", "ferry": "content",
		"harbor": "content", "down": "in", "many": "det", "nor": "cc", "": "content",
	} {
		if got := s.GPOS(w); got != want {
			t.Errorf("GPOS(%q) = %q, want %q", w, got, want)
		}
	}
	if len(s.GuessPOS) != 9 || s.GuessPOS[0].Tag != "in" || s.GuessPOS[8].Tag != "punc" {
		t.Errorf("guess_pos: %d lists, first %q", len(s.GuessPOS), s.GuessPOS[0].Tag)
	}
}

// The notes' example (§7), "The ferry left the harbor an hour late.": features of a few items
// built by hand from the notes' definitions (§2) and Festival's radio phone table, and the
// values Festival gave for them.

// lateSyl is the syllable of "late": the utterance's last, in the second phrase ("an hour
// late"), stressed, with boundary tone L-L% and no accent; "hour" (two syllables, H* on the
// first) and "an" (det) before it, nothing after it.
var lateSyl = map[string]string{
	"stress": "1", "p.stress": "0", "pp.stress": "1", // hour2, hour1
	"syl_in": "3", "syl_out": "0", // an hour hour | late
	"ssyl_in": "1", "ssyl_out": "0", // hour1 (an, the first, never counts)
	"asyl_in": "1", "asyl_out": "0", // hour1's H*
	"last_accent": "1", "next_accent": "0", // hour2 between; none after: count to the edge
	"sub_phrases": "1",                                          // "the ferry left the harbor" (B) before
	"syl_break":   "4", "p.syl_break": "1", "pp.syl_break": "0", // BB; hour's end; inside hour
	"old_syl_break": "4", "p.old_syl_break": "1", "pp.old_syl_break": "0",
	"tobi_accent": "NONE", "tobi_endtone": "L-L%", "p.tobi_accent": "NONE", "pp.tobi_accent": "H*",
	"R:Syllable.p.tobi_endtone": "NONE", "pp.tobi_endtone": "NONE",
	"accented": "1", "p.accented": "0", "position_type": "single",
	"R:SylStructure.parent.gpos": "content", "R:SylStructure.parent.R:Word.p.gpos": "content",
	"R:SylStructure.parent.R:Word.pp.gpos": "det", "p.R:SylStructure.parent.gpos": "content",
	"lisp_syl_yn_question": "0", "R:SylStructure.parent.R:Token.parent.EMPH": "0",
	// n. and nn. features: no next syllable, so "0" (mapFeats's default).
}

// theSyl is the first syllable, "the" (dh ax, det, unstressed) before "ferry" (H* on fer-).
var theSyl = map[string]string{
	"stress": "0", "n.stress": "1", "nn.stress": "0",
	"syl_in": "0", "syl_out": "6", // the fer ry left the har | bor
	"ssyl_in": "0", "ssyl_out": "3", "asyl_in": "0", "asyl_out": "2", // fer left har; fer bor
	"last_accent": "0", "next_accent": "0", "sub_phrases": "0",
	"syl_break": "1", "n.syl_break": "0", "nn.syl_break": "1",
	"old_syl_break": "1", "n.old_syl_break": "0", "nn.old_syl_break": "1",
	"tobi_accent": "NONE", "tobi_endtone": "NONE", "n.tobi_accent": "H*", "nn.tobi_accent": "NONE",
	"n.tobi_endtone": "NONE", "nn.tobi_endtone": "NONE",
	// p. and pp. features: no previous syllable, so "0".
}

// lateT is the t of "late": the syllable's coda, before the final pause.
var lateT = map[string]string{
	"name": "t", "emph_sil": "0", "p.R:SylStructure.parent.parent.pbreak": "BB", // ey's word
	"ph_ctype": "s", "p.ph_ctype": "0", "n.ph_ctype": "0", // stop; ey, pau
	"ph_vlng": "0", "p.ph_vlng": "d", "pp.ph_vlng": "0", // ey is a diphthong, l no vowel
	"ph_vheight": "0", "nn.ph_vheight": "0", "pp.ph_vfront": "0", "nn.ph_vfront": "0",
	"pos_in_syl": "2", "seg_onsetcoda": "coda", "seg_onset_stop": "0", "seg_coda_fric": "0",
	"R:SylStructure.parent.accented":                   "1",
	"R:SylStructure.parent.syl_codasize":               "2", // one after the vowel, +1
	"R:SylStructure.parent.syl_break":                  "4",
	"R:SylStructure.parent.R:Syllable.p.syl_break":     "1",
	"R:SylStructure.parent.R:Syllable.n.syl_onsetsize": "0",
	"R:SylStructure.parent.asyl_in":                    "1",
	"R:SylStructure.parent.last_accent":                "1",
	"R:SylStructure.parent.sub_phrases":                "1",
	"R:SylStructure.parent.syl_out":                    "0",
	"R:SylStructure.parent.position_type":              "single",
	"R:SylStructure.parent.parent.gpos":                "content",
	"R:SylStructure.parent.parent.word_numsyls":        "1",
}

func TestNotesExample(t *testing.T) {
	s := loadSet(t)
	kal := s.Stats["kal"]
	dur := func(ph string, z float64) float64 { return (kal[ph].Mean + z*kal[ph].Std) * s.Stretch["kal"] }

	// Pauses: z 0 at the start, 2 after the BB word "late": 220 and 448.8 ms.
	if z := s.Duration.Value(mapFeats(map[string]string{"name": "pau"})); z != 0 || math.Abs(dur("pau", z)-0.220) > 1e-9 {
		t.Errorf("first pause: z %v, %v s; want 0, 0.220", z, dur("pau", z))
	}
	z := s.Duration.Value(mapFeats(map[string]string{"name": "pau", "p.R:SylStructure.parent.parent.pbreak": "BB"}))
	if z != 2 || math.Abs(dur("pau", z)-0.4488) > 1e-9 {
		t.Errorf("final pause: z %v, %v s; want 2, 0.4488", z, dur("pau", z))
	}
	// The notes give z to three decimals and durations to 0.1 ms.
	z = s.Duration.Value(mapFeats(lateT))
	if math.Abs(z-1.632) > 0.0005 || math.Abs(dur("t", z)-0.1129) > 0.00005 {
		t.Errorf("t of late: z %.4f, %.5f s; want 1.632, 0.1129", z, dur("t", z))
	}

	// Accents and tones: "late" has no accent and ends in L-L%; "the" has neither.
	for _, c := range []struct {
		name         string
		f            map[string]string
		accent, tone string
	}{{"late", lateSyl, "NONE", "L-L%"}, {"the", theSyl, "NONE", "NONE"}} {
		if got := s.Accent.Class(mapFeats(c.f)); got != c.accent {
			t.Errorf("%s: accent %q, want %q", c.name, got, c.accent)
		}
		if got := s.Tone.Class(mapFeats(c.f)); got != c.tone {
			t.Errorf("%s: tone %q, want %q", c.name, got, c.tone)
		}
	}

	// F0 targets: the first, at the start of "the" after the pause, 99.57 Hz; the last, at the
	// end of "late" before the pause, 88.47 Hz; mapped (x-170)/34*14+105 for kal.
	hz := func(x float64) float64 {
		return (x-s.Model.Mean)/s.Model.Std*s.Target["kal"].Std + s.Target["kal"].Mean
	}
	if got := hz(s.F0Start.Value(mapFeats(theSyl))); math.Abs(got-99.57) > 0.005 {
		t.Errorf("first target %.3f Hz, want 99.57", got)
	}
	if got := hz(s.F0End.Value(mapFeats(lateSyl))); math.Abs(got-88.47) > 0.005 {
		t.Errorf("last target %.3f Hz, want 88.47", got)
	}
}
