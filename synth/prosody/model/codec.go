package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"sort"
	"strings"
)

// The file format (version 2), all integers unsigned varints unless said otherwise:
//
//	magic "CHPM", version byte
//	string table: count, then each string as length and bytes
//	sections, each: tag byte, payload length, payload; tag 0 ends them
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian
//
// Strings elsewhere are indexes into the string table; numbers are float64, 8 bytes
// little-endian. Section payloads:
//
//	tree   name ("duration", "accent", ..., or "duration:VOICE" for a voice's own duration
//	       tree, VoiceDuration); nodes in pre-order, each a kind byte:
//	         0 question: feature, op byte, operand (is, matches: string; = < >: number;
//	           in: count and strings), then the yes subtree, then the no subtree
//	         1 regression leaf: count (at least 1) and numbers
//	         2 class leaf: count, (class, probability) pairs, then the predicted class
//	lr     name; row count (at least 1); rows: feature, weight, class flag byte (0 plain,
//	       1 class: count and strings). The first row is the intercept.
//	stats  voice; count; (phone, mean, std)
//	param  name, number
//	alist  name; count; (key, count, strings)
//
// Version 2 added the voices' own duration trees; a version 1 file is refused (regenerate it).
const (
	magic   = "CHPM"
	version = 2

	// voiceDurationPrefix names a voice's own duration tree section: "duration:slt".
	voiceDurationPrefix = "duration:"

	secEnd   = 0
	secTree  = 1
	secLR    = 2
	secStats = 3
	secParam = 4
	secAlist = 5

	kindQuestion   = 0
	kindRegression = 1
	kindClass      = 2
)

// ErrCorrupt is wrapped by every decoding error.
var ErrCorrupt = errors.New("corrupt prosody model data")

// Section names.
var (
	treeNames = []string{"duration", "accent", "tone", "reduce", "phrase_type"}
	lrNames   = []string{"f0_start", "f0_mid", "f0_end"}
)

func (s *Set) trees() []**Tree {
	return []**Tree{&s.Duration, &s.Accent, &s.Tone, &s.Reduce, &s.PhraseType}
}

func (s *Set) lrs() []**LR { return []**LR{&s.F0Start, &s.F0Mid, &s.F0End} }

// Encode writes s in the binary format. The output depends only on s (map keys are sorted), so
// the same models always give the same bytes.
func Encode(s *Set) ([]byte, error) {
	e := &encoder{index: map[string]int{}}
	for i, p := range s.trees() {
		if *p == nil {
			return nil, fmt.Errorf("model: encode: no %s tree", treeNames[i])
		}
		e.section(secTree, func(b *buf) {
			e.str(b, treeNames[i])
			e.node(b, *p, 0)
		})
	}
	for _, v := range sortedKeys(s.VoiceDuration) {
		t := s.VoiceDuration[v]
		if t == nil {
			return nil, fmt.Errorf("model: encode: voice %s: nil duration tree", v)
		}
		if _, ok := s.Stats[v]; !ok {
			return nil, fmt.Errorf("model: encode: voice %s has a duration tree but no phone statistics", v)
		}
		e.section(secTree, func(b *buf) {
			e.str(b, voiceDurationPrefix+v)
			e.node(b, t, 0)
		})
	}
	for i, p := range s.lrs() {
		if *p == nil {
			return nil, fmt.Errorf("model: encode: no %s table", lrNames[i])
		}
		e.section(secLR, func(b *buf) {
			e.str(b, lrNames[i])
			rows := (*p).Rows()
			b.uvarint(uint64(len(rows)))
			for _, r := range rows {
				e.str(b, r.Feature)
				b.float(r.Weight)
				if r.IsClass() {
					b.byte(1)
					e.strs(b, r.Classes)
				} else {
					b.byte(0)
				}
			}
		})
	}
	for _, voice := range sortedKeys(s.Stats) {
		st := s.Stats[voice]
		e.section(secStats, func(b *buf) {
			e.str(b, voice)
			b.uvarint(uint64(len(st)))
			for _, ph := range sortedKeys(st) {
				e.str(b, ph)
				b.float(st[ph].Mean)
				b.float(st[ph].Std)
			}
		})
	}
	params := map[string]float64{"model_f0_mean": s.Model.Mean, "model_f0_std": s.Model.Std}
	for v, t := range s.Target {
		params[v+".target_f0_mean"] = t.Mean
		params[v+".target_f0_std"] = t.Std
	}
	for v, x := range s.Stretch {
		params[v+".duration_stretch"] = x
	}
	for _, name := range sortedKeys(params) {
		e.section(secParam, func(b *buf) {
			e.str(b, name)
			b.float(params[name])
		})
	}
	e.section(secAlist, func(b *buf) {
		e.str(b, "guess_pos")
		b.uvarint(uint64(len(s.GuessPOS)))
		for _, c := range s.GuessPOS {
			e.str(b, c.Tag)
			e.strs(b, c.Words)
		}
	})
	e.section(secAlist, func(b *buf) {
		e.str(b, "reduce_table")
		keys := sortedKeys(s.ReduceTable)
		b.uvarint(uint64(len(keys)))
		for _, k := range keys {
			e.str(b, k)
			e.strs(b, []string{s.ReduceTable[k]})
		}
	})
	if e.err != nil {
		return nil, e.err
	}

	var out buf
	out = append(out, magic...)
	out.byte(version)
	out.uvarint(uint64(len(e.table)))
	for _, t := range e.table {
		out.uvarint(uint64(len(t)))
		out = append(out, t...)
	}
	out = append(out, e.body...)
	out.byte(secEnd)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out)), nil
}

type buf []byte

func (b *buf) byte(c byte)      { *b = append(*b, c) }
func (b *buf) uvarint(v uint64) { *b = binary.AppendUvarint(*b, v) }
func (b *buf) float(f float64)  { *b = binary.LittleEndian.AppendUint64(*b, math.Float64bits(f)) }
func sortedKeys[V any](m map[string]V) []string {
	k := make([]string, 0, len(m))
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return k
}

type encoder struct {
	table []string
	index map[string]int
	body  buf
	err   error
}

func (e *encoder) str(b *buf, s string) {
	i, ok := e.index[s]
	if !ok {
		i = len(e.table)
		e.index[s] = i
		e.table = append(e.table, s)
	}
	b.uvarint(uint64(i))
}

func (e *encoder) strs(b *buf, ss []string) {
	b.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(b, s)
	}
}

func (e *encoder) section(tag byte, fill func(*buf)) {
	var p buf
	fill(&p)
	e.body.byte(tag)
	e.body.uvarint(uint64(len(p)))
	e.body = append(e.body, p...)
}

func (e *encoder) node(b *buf, t *Tree, i int) int {
	n := t.nodes[i]
	if n.q == nil {
		if n.leaf.IsRegression() {
			b.byte(kindRegression)
			b.uvarint(uint64(len(n.leaf.Numbers)))
			for _, x := range n.leaf.Numbers {
				b.float(x)
			}
		} else {
			b.byte(kindClass)
			b.uvarint(uint64(len(n.leaf.Dist)))
			for _, p := range n.leaf.Dist {
				e.str(b, p.Class)
				b.float(p.P)
			}
			e.str(b, n.leaf.Class)
		}
		return i + 1
	}
	q := n.q
	b.byte(kindQuestion)
	e.str(b, q.Feature)
	b.byte(byte(q.Op))
	switch q.Op {
	case OpEq, OpLess, OpGreater:
		b.float(q.Number)
	case OpIn:
		e.strs(b, q.List)
	default:
		e.str(b, q.Text)
	}
	next := e.node(b, t, i+1)
	if next != int(n.no) && e.err == nil {
		e.err = fmt.Errorf("model: encode: tree not in pre-order at node %d", i)
	}
	return e.node(b, t, next)
}

// Decode reads a model file written by Encode. Every error wraps ErrCorrupt and names the
// offset where the data went wrong.
func Decode(data []byte) (*Set, error) {
	if len(data) < len(magic)+1+4 {
		return nil, fmt.Errorf("model: %d bytes, too short: %w", len(data), ErrCorrupt)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if got := crc32.ChecksumIEEE(body); got != sum {
		return nil, fmt.Errorf("model: offset %d: checksum %08x, want %08x: %w", len(body), got, sum, ErrCorrupt)
	}
	return decodeBody(body)
}

// decodeBody decodes everything before the checksum.
func decodeBody(data []byte) (*Set, error) {
	r := &reader{data: data}
	if string(r.bytes(len(magic), "magic")) != magic {
		return nil, r.fail(0, "not a prosody model file (magic)")
	}
	if v := r.byte("version"); r.err == nil && v != version {
		return nil, r.fail(len(magic), fmt.Sprintf("format version %d, this reader knows only %d (regenerate the file: make prosody-models)", v, version))
	}
	n := r.count("string table size", 1)
	for i := 0; i < n && r.err == nil; i++ {
		l := r.count("string length", 1)
		r.table = append(r.table, string(r.bytes(l, "string")))
	}
	s := &Set{
		VoiceDuration: map[string]*Tree{},
		Stats:         map[string]map[string]PhoneStat{},
		Target:        map[string]struct{ Mean, Std float64 }{},
		Stretch:       map[string]float64{},
		ReduceTable:   map[string]string{},
	}
	params := map[string]float64{}
	haveAlist := map[string]bool{}
	for r.err == nil {
		at := r.pos
		tag := r.byte("section tag")
		if r.err != nil || tag == secEnd {
			break
		}
		l := r.count("section length", 1)
		if r.err != nil {
			break
		}
		sub := &reader{data: r.data[:r.pos+l], pos: r.pos, table: r.table}
		r.pos += l
		sub.section(s, tag, at, params, haveAlist)
		if sub.err == nil && sub.pos != len(sub.data) {
			sub.fail(sub.pos, fmt.Sprintf("%d bytes left over in section", len(sub.data)-sub.pos))
		}
		if sub.err != nil {
			return nil, sub.err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(data) {
		return nil, r.fail(r.pos, fmt.Sprintf("%d bytes after the end section", len(data)-r.pos))
	}
	for i, p := range s.trees() {
		if *p == nil {
			return nil, r.fail(r.pos, "no "+treeNames[i]+" tree")
		}
	}
	for i, p := range s.lrs() {
		if *p == nil {
			return nil, r.fail(r.pos, "no "+lrNames[i]+" table")
		}
	}
	for _, v := range sortedKeys(s.VoiceDuration) {
		if _, ok := s.Stats[v]; !ok {
			return nil, r.fail(r.pos, "a duration tree for "+v+" but no phone statistics")
		}
	}
	for _, a := range []string{"guess_pos", "reduce_table"} {
		if !haveAlist[a] {
			return nil, r.fail(r.pos, "no "+a+" list")
		}
	}
	var ok1, ok2 bool
	s.Model.Mean, ok1 = params["model_f0_mean"]
	s.Model.Std, ok2 = params["model_f0_std"]
	if !ok1 || !ok2 {
		return nil, r.fail(r.pos, "no model_f0_mean/std")
	}
	for name, v := range params {
		voice, key, ok := cut(name)
		switch {
		case name == "model_f0_mean" || name == "model_f0_std":
		case ok && key == "target_f0_mean":
			t := s.Target[voice]
			t.Mean = v
			s.Target[voice] = t
		case ok && key == "target_f0_std":
			t := s.Target[voice]
			t.Std = v
			s.Target[voice] = t
		case ok && key == "duration_stretch":
			s.Stretch[voice] = v
		default:
			return nil, r.fail(r.pos, "unknown parameter "+name)
		}
	}
	s.bind()
	return s, nil
}

func cut(name string) (voice, key string, ok bool) {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[:i], name[i+1:], true
		}
	}
	return "", "", false
}

type reader struct {
	data  []byte
	pos   int
	table []string
	err   error
}

func (r *reader) fail(at int, msg string) error {
	if r.err == nil {
		r.err = fmt.Errorf("model: offset %d: %s: %w", at, msg, ErrCorrupt)
	}
	return r.err
}

func (r *reader) bytes(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.data)-r.pos {
		r.fail(r.pos, fmt.Sprintf("%s: %d bytes past the end", what, n-(len(r.data)-r.pos)))
		return nil
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b
}

func (r *reader) byte(what string) byte {
	b := r.bytes(1, what)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *reader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 {
		r.fail(r.pos, what+": bad varint")
		return 0
	}
	r.pos += n
	return v
}

// count reads a count of items each at least min bytes long, so it cannot exceed what is left.
func (r *reader) count(what string, min int) int {
	at := r.pos
	v := r.uvarint(what)
	if r.err != nil {
		return 0
	}
	if left := uint64(len(r.data) - r.pos); min > 0 && v > left/uint64(min) || min == 0 && v > left {
		r.fail(at, fmt.Sprintf("%s %d: more than the %d bytes left hold", what, v, left))
		return 0
	}
	return int(v)
}

func (r *reader) float(what string) float64 {
	b := r.bytes(8, what)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// finite reads a number that must be finite.
func (r *reader) finite(what string) float64 {
	at := r.pos
	f := r.float(what)
	if r.err == nil && (math.IsNaN(f) || math.IsInf(f, 0)) {
		r.fail(at, fmt.Sprintf("%s: %v", what, f))
	}
	return f
}

func (r *reader) str(what string) string {
	at := r.pos
	i := r.uvarint(what)
	if r.err != nil {
		return ""
	}
	if i >= uint64(len(r.table)) {
		r.fail(at, fmt.Sprintf("%s: string %d of %d", what, i, len(r.table)))
		return ""
	}
	return r.table[i]
}

func (r *reader) strs(what string) []string {
	n := r.count(what, 1)
	out := make([]string, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		out = append(out, r.str(what))
	}
	return out
}

func (r *reader) section(s *Set, tag byte, at int, params map[string]float64, haveAlist map[string]bool) {
	switch tag {
	case secTree:
		name := r.str("tree name")
		i := slices.Index(treeNames, name)
		if r.err != nil {
			return
		}
		dst := (**Tree)(nil)
		if v, ok := strings.CutPrefix(name, voiceDurationPrefix); ok && v != "" {
			if _, dup := s.VoiceDuration[v]; dup {
				r.fail(at, "second "+name+" tree")
				return
			}
			dst = new(*Tree)
			defer func() {
				if r.err == nil {
					s.VoiceDuration[v] = *dst
				}
			}()
		} else if i < 0 {
			r.fail(at, "unknown tree "+name)
			return
		} else {
			dst = s.trees()[i]
		}
		if *dst != nil {
			r.fail(at, "second "+name+" tree")
			return
		}
		t := &Tree{}
		r.node(t, 0)
		if r.err != nil {
			return
		}
		t2, err := NewTree(t.Root())
		if err != nil {
			r.fail(at, err.Error())
			return
		}
		*dst = t2
	case secLR:
		name := r.str("table name")
		i := slices.Index(lrNames, name)
		if r.err != nil {
			return
		}
		if i < 0 {
			r.fail(at, "unknown table "+name)
			return
		}
		if *s.lrs()[i] != nil {
			r.fail(at, "second "+name+" table")
			return
		}
		n := r.count("row count", 10)
		if n == 0 && r.err == nil {
			r.fail(r.pos, "table without rows")
		}
		rows := make([]LRRow, 0, n)
		for j := 0; j < n && r.err == nil; j++ {
			row := LRRow{Feature: r.str("row feature"), Weight: r.finite("row weight")}
			switch fl := r.byte("row flag"); {
			case r.err != nil:
			case fl == 1:
				row.Classes = r.strs("row classes")
			case fl != 0:
				r.fail(r.pos-1, fmt.Sprintf("row flag %d", fl))
			}
			rows = append(rows, row)
		}
		if r.err != nil {
			return
		}
		m, err := NewLR(rows)
		if err != nil {
			r.fail(at, err.Error())
			return
		}
		*s.lrs()[i] = m
	case secStats:
		voice := r.str("stats voice")
		n := r.count("stats count", 17)
		if r.err != nil {
			return
		}
		if _, dup := s.Stats[voice]; dup {
			r.fail(at, "second stats for "+voice)
			return
		}
		st := make(map[string]PhoneStat, n)
		for j := 0; j < n && r.err == nil; j++ {
			ph := r.str("phone")
			st[ph] = PhoneStat{Mean: r.finite("mean"), Std: r.finite("std")}
		}
		s.Stats[voice] = st
	case secParam:
		name := r.str("parameter name")
		v := r.finite("parameter value")
		if r.err != nil {
			return
		}
		if _, dup := params[name]; dup {
			r.fail(at, "second parameter "+name)
			return
		}
		params[name] = v
	case secAlist:
		name := r.str("list name")
		if r.err != nil {
			return
		}
		if haveAlist[name] {
			r.fail(at, "second list "+name)
			return
		}
		haveAlist[name] = true
		n := r.count("list length", 2)
		for j := 0; j < n && r.err == nil; j++ {
			k := r.str("list key")
			v := r.strs("list values")
			if r.err != nil {
				return
			}
			switch name {
			case "guess_pos":
				s.GuessPOS = append(s.GuessPOS, POSClass{Tag: k, Words: v})
			case "reduce_table":
				if len(v) != 1 {
					r.fail(r.pos, fmt.Sprintf("reduce_table %s: %d values", k, len(v)))
					return
				}
				s.ReduceTable[k] = v[0]
			default:
				r.fail(at, "unknown list "+name)
				return
			}
		}
	default:
		r.fail(at, fmt.Sprintf("unknown section tag %d", tag))
	}
}

// node decodes one subtree in pre-order into t.nodes (questions keep their no index).
func (r *reader) node(t *Tree, depth int) {
	if r.err != nil {
		return
	}
	at := r.pos
	if depth > MaxDepth {
		r.fail(at, fmt.Sprintf("tree deeper than %d", MaxDepth))
		return
	}
	switch kind := r.byte("node kind"); kind {
	case kindQuestion:
		q := Question{Feature: r.str("feature")}
		opAt := r.pos
		q.Op = Op(r.byte("operator"))
		switch q.Op {
		case OpIs, OpMatches:
			q.Text = r.str("operand")
		case OpEq, OpLess, OpGreater:
			q.Number = r.finite("operand")
		case OpIn:
			q.List = r.strs("operand list")
		default:
			if r.err == nil {
				r.fail(opAt, fmt.Sprintf("unknown operator %d", q.Op))
			}
		}
		if r.err != nil {
			return
		}
		i := len(t.nodes)
		t.nodes = append(t.nodes, node{q: &question{Question: q}})
		r.node(t, depth+1)
		t.nodes[i].no = int32(len(t.nodes))
		r.node(t, depth+1)
	case kindRegression:
		n := r.count("leaf numbers", 8)
		if n == 0 && r.err == nil {
			r.fail(r.pos, "regression leaf without numbers")
		}
		nums := make([]float64, 0, n)
		for j := 0; j < n && r.err == nil; j++ {
			nums = append(nums, r.finite("leaf number"))
		}
		t.nodes = append(t.nodes, node{leaf: Leaf{Numbers: nums}})
	case kindClass:
		n := r.count("leaf distribution", 9)
		var dist []Prob
		for j := 0; j < n && r.err == nil; j++ {
			dist = append(dist, Prob{Class: r.str("class"), P: r.finite("probability")})
		}
		t.nodes = append(t.nodes, node{leaf: Leaf{Dist: dist, Class: r.str("leaf class")}})
	default:
		if r.err == nil {
			r.fail(at, fmt.Sprintf("unknown node kind %d", kind))
		}
	}
}
