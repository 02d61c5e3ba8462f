package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chorus-tts/chorus/synth/prosody/model"
)

// The POS and phrase-break data, relative to Festival's library directory.
var posFiles = []struct{ path, pkg string }{
	{"dicts/wsj.wp39.poslexR", "festlex-poslex"},
	{"dicts/wsj.wp39.tri.ngrambin", "festlex-poslex"},
	{"sec.ts20.quad.ngrambin", "festival"},
	{"sec.B.hept.ngrambin", "festival"},
}

// convertPOS builds the tagger and phrase-break model from the poslex, the three ngrams, the
// lexicon additions and start tags of pos.scm and the break parameters of phrase.scm.
func convertPOS(dir string, src *sources) (*model.POS, error) {
	raw := map[string][]byte{}
	for _, f := range posFiles {
		b, err := os.ReadFile(filepath.Join(dir, f.path))
		if err != nil {
			return nil, fmt.Errorf("%w (Debian package %s)", err, f.pkg)
		}
		raw[f.path] = b
	}
	d := model.POSData{Lexicon: map[string][]model.Cand{}, PosMap: map[string]string{}}

	// The poslex: a compiled Festival lexicon, "MNCL" then one entry per line.
	text := string(raw["dicts/wsj.wp39.poslexR"])
	if !strings.HasPrefix(text, "MNCL\n") {
		return nil, fmt.Errorf("dicts/wsj.wp39.poslexR: not a compiled lexicon (no MNCL header)")
	}
	entries, err := Read(text[len("MNCL\n"):])
	if err != nil {
		return nil, fmt.Errorf("dicts/wsj.wp39.poslexR: %w", err)
	}
	for _, e := range entries {
		w, c, err := toPOSEntry(e)
		if err != nil {
			return nil, fmt.Errorf("dicts/wsj.wp39.poslexR: %w", err)
		}
		if _, dup := d.Lexicon[w]; dup {
			return nil, fmt.Errorf("dicts/wsj.wp39.poslexR: %q twice", w)
		}
		d.Lexicon[w] = c
	}
	// pos.scm's additions (lex.add.entry), which Festival's lookup finds first.
	added := 0
	var walk func(v Value)
	walk = func(v Value) {
		if !v.IsList {
			return
		}
		if len(v.List) == 2 && !v.List[0].IsList && v.List[0].Atom == "lex.add.entry" {
			w, c, e := toPOSEntry(unquote(v.List[1]))
			if e != nil && err == nil {
				err = fmt.Errorf("pos.scm: line %d: %w", v.Line, e)
			}
			d.Lexicon[w] = c
			added++
			return
		}
		for _, x := range v.List {
			walk(x)
		}
	}
	for _, f := range src.forms["pos.scm"] {
		walk(f)
	}
	if err != nil {
		return nil, err
	}
	if added == 0 {
		return nil, fmt.Errorf("pos.scm: no lex.add.entry")
	}

	for name, dst := range map[string]**model.Ngram{
		"dicts/wsj.wp39.tri.ngrambin": &d.Tagger, "sec.ts20.quad.ngrambin": &d.Quad, "sec.B.hept.ngrambin": &d.Hept,
	} {
		if *dst, err = readNgramBin(raw[name]); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}

	// Start tags: the values pos.scm sets when the poslex is present.
	for name, dst := range map[string]*string{"pos_p_start_tag": &d.PStart, "pos_pp_start_tag": &d.PPStart} {
		v, err := findSetOnly(src.forms["pos.scm"], name)
		if err != nil {
			return nil, fmt.Errorf("pos.scm: %w", err)
		}
		*dst = v.Atom
	}
	m, err := findSetOnly(src.forms["pos.scm"], "english_pos_map_wp39_to_wp20")
	if err != nil {
		return nil, fmt.Errorf("pos.scm: %w", err)
	}
	if !m.IsList {
		return nil, fmt.Errorf("pos.scm: english_pos_map_wp39_to_wp20 is not a list")
	}
	for _, e := range m.List {
		if !e.IsList || len(e.List) != 2 || !e.List[0].IsList || e.List[1].IsList {
			return nil, fmt.Errorf("pos.scm: line %d: %s is not ((TAGS...) TAG)", e.Line, e)
		}
		for _, t := range e.List[0].List {
			if _, dup := d.PosMap[atomString(t)]; !dup { // Festival's map_pos takes the first
				d.PosMap[atomString(t)] = atomString(e.List[1])
			}
		}
	}
	// gram_scale_s from english_phr_break_params, a (list (list 'NAME VALUE) ...) expression.
	params, err := src.get("phrase.scm", "english_phr_break_params")
	if err != nil {
		return nil, err
	}
	found := false
	for _, p := range params.List {
		if p.IsList && len(p.List) == 3 && p.List[0].Atom == "list" && unquote(p.List[1]).Atom == "gram_scale_s" {
			if d.ScaleB, err = num(p.List[2]); err != nil {
				return nil, fmt.Errorf("phrase.scm: gram_scale_s: %w", err)
			}
			found = true
		}
	}
	if !found {
		return nil, fmt.Errorf("phrase.scm: english_phr_break_params has no gram_scale_s")
	}
	return model.NewPOS(d)
}

// toPOSEntry reads ("word" ((TAG SCORE) ...) ()) into a lower-case headword and its candidates.
func toPOSEntry(v Value) (string, []model.Cand, error) {
	if !v.IsList || len(v.List) != 3 || v.List[0].IsList || !v.List[1].IsList {
		return "", nil, fmt.Errorf("line %d: %s is not (WORD ((TAG SCORE)...) PRON)", v.Line, v)
	}
	var c []model.Cand
	for _, x := range v.List[1].List {
		if !x.IsList || len(x.List) != 2 || x.List[0].IsList {
			return "", nil, fmt.Errorf("line %d: %s is not (TAG SCORE)", x.Line, x)
		}
		f, err := num(x.List[1])
		if err != nil {
			return "", nil, err
		}
		c = append(c, model.Cand{Tag: atomString(x.List[0]), Score: f})
	}
	if len(c) == 0 {
		return "", nil, fmt.Errorf("line %d: no candidates", v.Line)
	}
	return strings.ToLower(v.List[0].Atom), c, nil
}

// readNgramBin reads an EST_Ngrammar binary file: "NgramBin_2 ORDER", the vocabulary, the
// predicted words, then big-endian float64 counts, a count followed by -k meaning k copies.
func readNgramBin(b []byte) (*model.Ngram, error) {
	lines := bytes.SplitN(b, []byte("\n"), 4)
	if len(lines) != 4 {
		return nil, fmt.Errorf("no header")
	}
	hdr := strings.Fields(string(lines[0]))
	if len(hdr) != 2 || hdr[0] != "NgramBin_2" {
		return nil, fmt.Errorf("header %q is not NgramBin_2 ORDER", lines[0])
	}
	order, err := strconv.Atoi(hdr[1])
	if err != nil {
		return nil, fmt.Errorf("order: %w", err)
	}
	g := &model.Ngram{Order: order, Vocab: strings.Fields(string(lines[1])), Pred: strings.Fields(string(lines[2]))}
	body := lines[3]
	if len(body)%8 != 0 {
		return nil, fmt.Errorf("%d bytes of counts, not a whole number of doubles", len(body))
	}
	want := len(g.Pred)
	for i := 0; i < order-1; i++ {
		want *= len(g.Vocab)
	}
	for i := 0; i < len(body); i += 8 {
		v := math.Float64frombits(binary.BigEndian.Uint64(body[i:]))
		if v < 0 {
			k := -v
			if len(g.Counts) == 0 || k != math.Trunc(k) || k < 1 || int(k) > want {
				return nil, fmt.Errorf("byte %d: repeat count %v", i, v)
			}
			last := g.Counts[len(g.Counts)-1]
			for j := 1; j < int(k); j++ {
				g.Counts = append(g.Counts, last)
			}
			continue
		}
		g.Counts = append(g.Counts, v)
	}
	if len(g.Counts) != want {
		return nil, fmt.Errorf("%d counts, want %d", len(g.Counts), want)
	}
	return g, nil
}

// findSetOnly finds the value of (set! name VALUE) or (setq name VALUE), ignoring defvar
// defaults, and requires exactly one such value.
func findSetOnly(forms []Value, name string) (Value, error) {
	found := collect(forms, setOf(name, 3, "set!", "setq"))
	if len(found) != 1 {
		return Value{}, fmt.Errorf("%s set %d times, want once", name, len(found))
	}
	return found[0], nil
}
