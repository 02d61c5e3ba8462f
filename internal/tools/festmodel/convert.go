package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chorus-tts/chorus/synth/prosody/model"
)

// The Scheme files read, relative to Festival's library directory (/usr/share/festival), and the
// Debian package each comes from.
// A file without a copyright box of its own names in boxFrom the file whose box its package's
// copyright file gives it.
var sourceFiles = []struct{ path, pkg, boxFrom string }{
	{"voices/english/kal_diphone/festvox/kaldurtreeZ.scm", "festvox-kallpc16k", ""},
	{"voices/english/kal_diphone/festvox/kal_diphone.scm", "festvox-kallpc16k", ""},
	{"voices/english/ked_diphone/festvox/kddurtreeZ.scm", "festvox-kdlpc16k", ""},
	{"voices/english/ked_diphone/festvox/ked_diphone.scm", "festvox-kdlpc16k", ""},
	{"tobi.scm", "festival", ""},
	{"f2bf0lr.scm", "festival", ""},
	{"postlex.scm", "festival", ""},
	{"pos.scm", "festival", ""},
	{"phrase.scm", "festival", ""},
	{sltDir + "cmu_us_slt_arctic_durdata.scm", "festvox-us-slt-hts", sltDir + "cmu_us_slt_arctic_duration.scm"},
	{sltDir + "cmu_us_slt_arctic_duration.scm", "festvox-us-slt-hts", ""},
	{sltDir + "cmu_us_slt_arctic_intonation.scm", "festvox-us-slt-hts", ""},
}

// sltDir holds the festvox files of the HTS voice slt.
const sltDir = "voices/us/cmu_us_slt_arctic_hts/festvox/"

// ownDuration is a voice with a duration model of its own: a z-score tree and phone statistics,
// which its duration setup function selects (Duration_Method Tree_ZScores), and the accent and
// tone trees its intonation setup selects, which must be the ones converted.
type ownDuration struct {
	name, durFile, durs, tree string
	durSetup, intSetup        string
}

var ownDurations = []ownDuration{{
	name:     "slt",
	durFile:  sltDir + "cmu_us_slt_arctic_durdata.scm",
	durs:     "cmu_us_slt_arctic::phone_durs",
	tree:     "cmu_us_slt_arctic::zdur_tree",
	durSetup: sltDir + "cmu_us_slt_arctic_duration.scm",
	intSetup: sltDir + "cmu_us_slt_arctic_intonation.scm",
}}

// sources holds the parsed files and their text, by path.
type sources struct {
	forms map[string][]Value
	text  map[string]string
}

func readSources(dir string) (*sources, error) {
	s := &sources{forms: map[string][]Value{}, text: map[string]string{}}
	for _, f := range sourceFiles {
		b, err := os.ReadFile(filepath.Join(dir, f.path))
		if err != nil {
			return nil, fmt.Errorf("%w (Debian package %s)", err, f.pkg)
		}
		forms, err := Read(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.path, err)
		}
		s.forms[f.path] = forms
		s.text[f.path] = string(b)
	}
	return s, nil
}

func (s *sources) get(file, name string) (Value, error) {
	v, err := findSet(s.forms[file], name)
	if err != nil {
		return Value{}, fmt.Errorf("%s: %w", file, err)
	}
	return v, nil
}

// voice describes where a voice's settings live.
type voice struct {
	name, setup, durFile, durs, tree string
}

var voices = []voice{
	{"kal", "voices/english/kal_diphone/festvox/kal_diphone.scm", "voices/english/kal_diphone/festvox/kaldurtreeZ.scm", "kal_durs", "kal_duration_cart_tree"},
	{"ked", "voices/english/ked_diphone/festvox/ked_diphone.scm", "voices/english/ked_diphone/festvox/kddurtreeZ.scm", "kd_durs", "kd_duration_cart_tree"},
}

// convert builds the model set from the Scheme sources, checking that each voice's setup
// selects the models this package holds.
func convert(src *sources) (*model.Set, error) {
	set := &model.Set{
		Stats:       map[string]map[string]model.PhoneStat{},
		Target:      map[string]struct{ Mean, Std float64 }{},
		Stretch:     map[string]float64{},
		ReduceTable: map[string]string{},
	}
	trees := []struct {
		dst        **model.Tree
		file, name string
	}{
		{&set.Duration, voices[0].durFile, voices[0].tree},
		{&set.Accent, "tobi.scm", "f2b_int_accent_cart_tree"},
		{&set.Tone, "tobi.scm", "f2b_int_tone_cart_tree"},
		{&set.Reduce, "postlex.scm", "postlex_vowel_reduce_cart_data"},
		{&set.PhraseType, "phrase.scm", "english_phrase_type_tree"},
	}
	for _, t := range trees {
		v, err := src.get(t.file, t.name)
		if err != nil {
			return nil, err
		}
		root, err := toNode(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", t.file, t.name, err)
		}
		if *t.dst, err = model.NewTree(root); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", t.file, t.name, err)
		}
	}
	lrs := []struct {
		dst  **model.LR
		name string
	}{{&set.F0Start, "f2b_f0_lr_start"}, {&set.F0Mid, "f2b_f0_lr_mid"}, {&set.F0End, "f2b_f0_lr_end"}}
	for _, l := range lrs {
		v, err := src.get("f2bf0lr.scm", l.name)
		if err != nil {
			return nil, err
		}
		rows, err := toLRRows(v)
		if err != nil {
			return nil, fmt.Errorf("f2bf0lr.scm: %s: %w", l.name, err)
		}
		if *l.dst, err = model.NewLR(rows); err != nil {
			return nil, fmt.Errorf("f2bf0lr.scm: %s: %w", l.name, err)
		}
	}

	haveModel := false
	for _, vc := range voices {
		// The voice's own duration tree must be the one stored (ked's is a copy of kal's).
		v, err := src.get(vc.durFile, vc.tree)
		if err != nil {
			return nil, err
		}
		root, err := toNode(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", vc.durFile, vc.tree, err)
		}
		t, err := model.NewTree(root)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", vc.durFile, vc.tree, err)
		}
		if !sameTree(t, set.Duration) {
			return nil, fmt.Errorf("%s: %s differs from %s: the model holds one duration tree", vc.durFile, vc.tree, voices[0].tree)
		}
		if v, err = src.get(vc.durFile, vc.durs); err != nil {
			return nil, err
		}
		if set.Stats[vc.name], err = toStats(v); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", vc.durFile, vc.durs, err)
		}
		// The setup function must select exactly these models.
		wiring := map[string]string{
			"duration_cart_tree":             vc.tree,
			"duration_ph_info":               vc.durs,
			"int_accent_cart_tree":           "f2b_int_accent_cart_tree",
			"int_tone_cart_tree":             "f2b_int_tone_cart_tree",
			"postlex_vowel_reduce_cart_tree": "postlex_vowel_reduce_cart_data",
			"f0_lr_start":                    "f2b_f0_lr_start",
			"f0_lr_mid":                      "f2b_f0_lr_mid",
			"f0_lr_end":                      "f2b_f0_lr_end",
		}
		for variable, want := range wiring {
			got, err := src.get(vc.setup, variable)
			if err != nil {
				return nil, err
			}
			if got.IsList || got.Atom != want {
				return nil, fmt.Errorf("%s: %s is %s, not %s", vc.setup, variable, got, want)
			}
		}
		p, err := src.get(vc.setup, "int_lr_params")
		if err != nil {
			return nil, err
		}
		params, err := toParams(p)
		if err != nil {
			return nil, fmt.Errorf("%s: int_lr_params: %w", vc.setup, err)
		}
		for _, k := range []string{"target_f0_mean", "target_f0_std", "model_f0_mean", "model_f0_std"} {
			if _, ok := params[k]; !ok {
				return nil, fmt.Errorf("%s: int_lr_params has no %s", vc.setup, k)
			}
		}
		set.Target[vc.name] = struct{ Mean, Std float64 }{params["target_f0_mean"], params["target_f0_std"]}
		m := struct{ Mean, Std float64 }{params["model_f0_mean"], params["model_f0_std"]}
		if haveModel && m != set.Model {
			return nil, fmt.Errorf("%s: model_f0 %v differs from the other voice's %v", vc.setup, m, set.Model)
		}
		set.Model, haveModel = m, true
		st, err := findParameter(src.forms[vc.setup], "Duration_Stretch")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", vc.setup, err)
		}
		if set.Stretch[vc.name], err = num(st); err != nil {
			return nil, fmt.Errorf("%s: Duration_Stretch: %w", vc.setup, err)
		}
	}

	if err := convertOwnDurations(src, set); err != nil {
		return nil, err
	}

	v, err := src.get("pos.scm", "english_guess_pos")
	if err != nil {
		return nil, err
	}
	if set.GuessPOS, err = toGuessPOS(v); err != nil {
		return nil, fmt.Errorf("pos.scm: english_guess_pos: %w", err)
	}
	if v, err = src.get("postlex.scm", "postlex_vowel_reduce_table"); err != nil {
		return nil, err
	}
	if set.ReduceTable, err = toReduceTable(v, "radio"); err != nil {
		return nil, fmt.Errorf("postlex.scm: postlex_vowel_reduce_table: %w", err)
	}
	return set, nil
}

// convertOwnDurations adds the voices with a duration tree of their own to set, checking that
// their setup functions select exactly these models and the converted accent and tone trees.
func convertOwnDurations(src *sources, set *model.Set) error {
	set.VoiceDuration = map[string]*model.Tree{}
	for _, vc := range ownDurations {
		if _, dup := set.Stats[vc.name]; dup {
			return fmt.Errorf("voice %s converted twice", vc.name)
		}
		v, err := src.get(vc.durFile, vc.tree)
		if err != nil {
			return err
		}
		root, err := toNode(v)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", vc.durFile, vc.tree, err)
		}
		if set.VoiceDuration[vc.name], err = model.NewTree(root); err != nil {
			return fmt.Errorf("%s: %s: %w", vc.durFile, vc.tree, err)
		}
		if !regressionOnly(root) {
			return fmt.Errorf("%s: %s: a class leaf in a z-score tree", vc.durFile, vc.tree)
		}
		if v, err = src.get(vc.durFile, vc.durs); err != nil {
			return err
		}
		if set.Stats[vc.name], err = toStats(v); err != nil {
			return fmt.Errorf("%s: %s: %w", vc.durFile, vc.durs, err)
		}
		for variable, want := range map[string]string{"duration_cart_tree": vc.tree, "duration_ph_info": vc.durs} {
			if err := wired(src, vc.durSetup, variable, want); err != nil {
				return err
			}
		}
		for variable, want := range map[string]string{"int_accent_cart_tree": "f2b_int_accent_cart_tree", "int_tone_cart_tree": "f2b_int_tone_cart_tree"} {
			if err := wired(src, vc.intSetup, variable, want); err != nil {
				return err
			}
		}
		m, err := findParameter(src.forms[vc.durSetup], "Duration_Method")
		if err != nil {
			return fmt.Errorf("%s: %w", vc.durSetup, err)
		}
		if m = unquote(m); m.IsList || m.Atom != "Tree_ZScores" {
			return fmt.Errorf("%s: Duration_Method is %s, not Tree_ZScores", vc.durSetup, m)
		}
		st, err := findParameter(src.forms[vc.durSetup], "Duration_Stretch")
		if err != nil {
			return fmt.Errorf("%s: %w", vc.durSetup, err)
		}
		if set.Stretch[vc.name], err = num(st); err != nil {
			return fmt.Errorf("%s: Duration_Stretch: %w", vc.durSetup, err)
		}
	}
	return nil
}

// regressionOnly reports whether every leaf under n is a regression leaf.
func regressionOnly(n *model.Node) bool {
	if n.Question == nil {
		return n.Leaf.IsRegression()
	}
	return regressionOnly(n.Yes) && regressionOnly(n.No)
}

// wired checks that file sets variable to the model named want.
func wired(src *sources, file, variable, want string) error {
	got, err := src.get(file, variable)
	if err != nil {
		return err
	}
	if got.IsList || got.Atom != want {
		return fmt.Errorf("%s: %s is %s, not %s", file, variable, got, want)
	}
	return nil
}

func sameTree(a, b *model.Tree) bool { return nodeString(a.Root()) == nodeString(b.Root()) }

func nodeString(n *model.Node) string {
	if n.Question == nil {
		return fmt.Sprintf("%#v", n.Leaf)
	}
	return n.Question.String() + "[" + nodeString(n.Yes) + "|" + nodeString(n.No) + "]"
}

// toNode converts a wagon tree: (QUESTION YES NO) or a leaf (X), as Festival reads them (a
// one-element list is a leaf).
func toNode(v Value) (*model.Node, error) {
	if !v.IsList {
		return nil, fmt.Errorf("line %d: tree node %s is not a list", v.Line, v)
	}
	switch len(v.List) {
	case 1:
		l, err := toLeaf(v.List[0])
		if err != nil {
			return nil, err
		}
		return &model.Node{Leaf: l}, nil
	case 3:
		q, err := toQuestion(v.List[0])
		if err != nil {
			return nil, err
		}
		yes, err := toNode(v.List[1])
		if err != nil {
			return nil, err
		}
		no, err := toNode(v.List[2])
		if err != nil {
			return nil, err
		}
		return &model.Node{Question: q, Yes: yes, No: no}, nil
	default:
		return nil, fmt.Errorf("line %d: tree node with %d elements (want a leaf of 1 or a question with 2 subtrees)", v.Line, len(v.List))
	}
}

// toLeaf converts a leaf's contents: numbers only is a regression leaf ((STD MEAN)); otherwise
// (CLASS PROB) pairs followed by the predicted class atom, as Festival's wagon_predict reads them.
func toLeaf(v Value) (model.Leaf, error) {
	if !v.IsList || len(v.List) == 0 {
		return model.Leaf{}, fmt.Errorf("line %d: leaf %s is not a non-empty list", v.Line, v)
	}
	last := v.List[len(v.List)-1]
	allNumbers := true
	for _, x := range v.List {
		if x.IsList || x.Kind != Number {
			allNumbers = false
		}
	}
	if allNumbers {
		var l model.Leaf
		for _, x := range v.List {
			f, err := num(x)
			if err != nil {
				return model.Leaf{}, err
			}
			l.Numbers = append(l.Numbers, f)
		}
		return l, nil
	}
	if last.IsList {
		return model.Leaf{}, fmt.Errorf("line %d: class leaf %s does not end in a class", v.Line, v)
	}
	l := model.Leaf{Class: atomString(last)}
	for _, x := range v.List[:len(v.List)-1] {
		if !x.IsList || len(x.List) != 2 || x.List[0].IsList {
			return model.Leaf{}, fmt.Errorf("line %d: %s is not a (class probability) pair", x.Line, x)
		}
		p, err := num(x.List[1])
		if err != nil {
			return model.Leaf{}, err
		}
		l.Dist = append(l.Dist, model.Prob{Class: atomString(x.List[0]), P: p})
	}
	return l, nil
}

func toQuestion(v Value) (*model.Question, error) {
	if !v.IsList || len(v.List) != 3 || v.List[0].IsList || v.List[1].IsList {
		return nil, fmt.Errorf("line %d: question %s is not (FEATURE OP VALUE)", v.Line, v)
	}
	op, ok := model.ParseOp(v.List[1].Atom)
	if !ok {
		return nil, fmt.Errorf("line %d: unknown operator %q", v.Line, v.List[1].Atom)
	}
	q := &model.Question{Feature: v.List[0].Atom, Op: op}
	operand := v.List[2]
	switch op {
	case model.OpEq, model.OpLess, model.OpGreater:
		f, err := num(operand)
		if err != nil {
			return nil, err
		}
		q.Number = f
	case model.OpIn:
		if !operand.IsList {
			return nil, fmt.Errorf("line %d: in takes a list, not %s", v.Line, operand)
		}
		q.List = []string{}
		for _, x := range operand.List {
			if x.IsList {
				return nil, fmt.Errorf("line %d: list member %s is a list", v.Line, x)
			}
			q.List = append(q.List, atomString(x))
		}
	default:
		if operand.IsList {
			return nil, fmt.Errorf("line %d: %s takes an atom, not %s", v.Line, op, operand)
		}
		q.Text = atomString(operand)
	}
	return q, nil
}

// atomString is an atom as Festival uses it as a string: a number prints as SIOD prints it
// ("%.8g": 0.0 -> "0"), a symbol or string as written.
func atomString(v Value) string {
	if v.Kind == Number {
		f, err := strconv.ParseFloat(v.Atom, 64)
		if err == nil {
			return model.FormatNumber(f)
		}
	}
	return v.Atom
}

func num(v Value) (float64, error) {
	if v.IsList || v.Kind != Number {
		return 0, fmt.Errorf("line %d: %s is not a number", v.Line, v)
	}
	f, err := strconv.ParseFloat(v.Atom, 64)
	if err != nil {
		return 0, fmt.Errorf("line %d: %w", v.Line, err)
	}
	return f, nil
}

// toLRRows converts an LR table: ((Intercept W) (FEATURE W) (FEATURE W (CLASSES...)) ...).
func toLRRows(v Value) ([]model.LRRow, error) {
	if !v.IsList || len(v.List) == 0 {
		return nil, fmt.Errorf("line %d: not a non-empty list", v.Line)
	}
	var rows []model.LRRow
	for _, r := range v.List {
		if !r.IsList || (len(r.List) != 2 && len(r.List) != 3) || r.List[0].IsList {
			return nil, fmt.Errorf("line %d: row %s is not (FEATURE WEIGHT [CLASSES])", r.Line, r)
		}
		w, err := num(r.List[1])
		if err != nil {
			return nil, err
		}
		row := model.LRRow{Feature: r.List[0].Atom, Weight: w}
		if len(r.List) == 3 {
			if !r.List[2].IsList {
				return nil, fmt.Errorf("line %d: row classes %s are not a list", r.Line, r.List[2])
			}
			row.Classes = []string{}
			for _, c := range r.List[2].List {
				if c.IsList {
					return nil, fmt.Errorf("line %d: class %s is a list", r.Line, c)
				}
				row.Classes = append(row.Classes, atomString(c))
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// toStats converts a duration table: ((PHONE MEAN STD) ...). A phone listed twice keeps its
// first entry, the one Festival's lookup finds (slt's table lists pau as 0.2 0.1 first and
// again at the end).
func toStats(v Value) (map[string]model.PhoneStat, error) {
	if !v.IsList {
		return nil, fmt.Errorf("line %d: not a list", v.Line)
	}
	st := map[string]model.PhoneStat{}
	for _, e := range v.List {
		if !e.IsList || len(e.List) != 3 || e.List[0].IsList {
			return nil, fmt.Errorf("line %d: %s is not (PHONE MEAN STD)", e.Line, e)
		}
		mean, err := num(e.List[1])
		if err != nil {
			return nil, err
		}
		std, err := num(e.List[2])
		if err != nil {
			return nil, err
		}
		ph := e.List[0].Atom
		if _, dup := st[ph]; !dup {
			st[ph] = model.PhoneStat{Mean: mean, Std: std}
		}
	}
	return st, nil
}

// toParams converts ((NAME VALUE) ...).
func toParams(v Value) (map[string]float64, error) {
	if !v.IsList {
		return nil, fmt.Errorf("line %d: not a list", v.Line)
	}
	out := map[string]float64{}
	for _, e := range v.List {
		if !e.IsList || len(e.List) != 2 || e.List[0].IsList {
			return nil, fmt.Errorf("line %d: %s is not (NAME VALUE)", e.Line, e)
		}
		f, err := num(e.List[1])
		if err != nil {
			return nil, err
		}
		out[e.List[0].Atom] = f
	}
	return out, nil
}

// toGuessPOS converts ((TAG WORD...) ...).
func toGuessPOS(v Value) ([]model.POSClass, error) {
	if !v.IsList || len(v.List) == 0 {
		return nil, fmt.Errorf("line %d: not a non-empty list", v.Line)
	}
	var out []model.POSClass
	for _, e := range v.List {
		if !e.IsList || len(e.List) < 2 {
			return nil, fmt.Errorf("line %d: %s is not (TAG WORD...)", e.Line, e)
		}
		var c model.POSClass
		for i, x := range e.List {
			if x.IsList {
				return nil, fmt.Errorf("line %d: %s is a list", x.Line, x)
			}
			if i == 0 {
				c.Tag = atomString(x)
			} else {
				c.Words = append(c.Words, atomString(x))
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// toReduceTable takes the phone set's entry of ((PHONESET ((VOWEL REDUCED ...) ...)) ...) and maps
// each vowel to its reduced form, the entry's second element, as Festival's vowel_reduce does.
func toReduceTable(v Value, phoneset string) (map[string]string, error) {
	if !v.IsList {
		return nil, fmt.Errorf("line %d: not a list", v.Line)
	}
	for _, e := range v.List {
		if !e.IsList || len(e.List) != 2 || e.List[0].IsList || e.List[0].Atom != phoneset {
			continue
		}
		if !e.List[1].IsList {
			return nil, fmt.Errorf("line %d: %s entry is not a list", e.Line, phoneset)
		}
		out := map[string]string{}
		for _, m := range e.List[1].List {
			if !m.IsList || len(m.List) < 2 || m.List[0].IsList || m.List[1].IsList {
				return nil, fmt.Errorf("line %d: %s is not (VOWEL REDUCED ...)", m.Line, m)
			}
			if _, dup := out[m.List[0].Atom]; !dup { // Festival's assoc takes the first
				out[m.List[0].Atom] = m.List[1].Atom
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("no %s entry", phoneset)
}

// copyrightBox returns the copyright box that heads a Festival Scheme file, without the comment
// characters: the lines from the first to the next line made only of semicolons.
func copyrightBox(text string) (string, error) {
	lines := strings.Split(text, "\n")
	var out []string
	for i, l := range lines {
		if !strings.HasPrefix(l, ";") {
			break
		}
		if i > 0 && strings.Trim(l, ";") == "" {
			return strings.Trim(strings.Join(out, "\n"), "\n"), nil
		}
		if i == 0 {
			continue
		}
		s := strings.TrimPrefix(l, ";;;")
		s = strings.TrimSuffix(strings.TrimRight(s, " "), ";;")
		if strings.HasSuffix(l, ";;;") { // a box closed by ";;;" (festvox's files)
			s = strings.TrimSuffix(strings.TrimRight(s, " "), ";")
		}
		out = append(out, strings.TrimRight(s, " "))
	}
	return "", fmt.Errorf("no copyright box at the top")
}

// credits returns the comment lines before the first code line that name an author, beyond the
// copyright box (e.g. postlex.scm's note of its modification for the HTS voice library).
func credits(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if t != "" && !strings.HasPrefix(t, ";") {
			break
		}
		if strings.Contains(t, "Author") || strings.Contains(t, "Modifed") || strings.Contains(t, "Modified") {
			out = append(out, strings.TrimSpace(strings.Trim(t, ";")))
		}
	}
	return out
}
