package hts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// FormatError reports malformed voice data. Offset is the byte offset in the .htsvoice file
// where the problem was found.
type FormatError struct {
	Offset int
	Msg    string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("hts: voice file: offset %d: %s", e.Offset, e.Msg)
}

func ferr(off int, format string, a ...any) error {
	return &FormatError{Offset: off, Msg: fmt.Sprintf(format, a...)}
}

// Limits on what a voice file may declare, so that bad data cannot ask for absurd allocations.
const (
	maxStates    = 16
	maxStreams   = 8
	maxVectorLen = 256
	maxWindows   = 3
	maxWinCoefs  = 9
	maxPDFs      = 1 << 20
)

// Voice is an HTS voice read from the single-file .htsvoice format (version 1.0): header,
// duration model, one model per stream (trees and Gaussian PDFs), dynamic-feature windows and
// global-variance models. Its model is immutable after Parse; it is safe for concurrent use
// (the caches of its vocoders' envelope tables and of its labels' shapes are locked).
type Voice struct {
	SampleRate  int     // Hz
	FramePeriod int     // samples per frame
	NumStates   int     // emitting states per phone
	Alpha       float64 // all-pass constant of the mel-cepstrum (MCP stream)
	Format      string  // FULLCONTEXT_FORMAT
	GVOff       []pattern

	Duration model
	Streams  []*Stream // in STREAM_TYPE order
	mcp, lf0 int       // indices into Streams; -1 when absent
	// numQuestions and numPatterns count the distinct questions and patterns of all the
	// voice's models: a question asked by several models (the same name and patterns), or a
	// pattern of several questions, has one id, so a label's answers are cached across them.
	numQuestions, numPatterns int
	// contexts are the distinct (pre, post) pairs of the voice's word patterns (pattern.ctx),
	// words numbers their words (pattern.wid), and shapes holds the label shapes seen so far
	// (see answers).
	contexts []patternContext
	words    map[string]int32
	shapes   *shapeCache
	// folds holds the envelope tables of the voice's vocoders (nil: each makes its own).
	folds *foldCache
}

// Stream is one parameter stream (MCP, LF0, ...).
type Stream struct {
	Name    string
	VecLen  int // static vector length
	MSD     bool
	Windows [][]float64 // each window's coefficients, centre at len/2
	Model   model
	UseGV   bool
	GV      model // valid when UseGV
	Option  string
}

// model is a set of decision trees with the PDFs their leaves select.
type model struct {
	questions map[string]*question
	trees     []tree
	pdfSize   int         // float32 values per PDF
	pdfs      [][]float32 // per tree: count × pdfSize
}

type question struct {
	id       int // index among the voice's distinct questions, for per-label answer caches
	name     string
	patterns []pattern
	// When every pattern is a word pattern of one context, ctx is that context and words the
	// set of their words: bit i of words is the voice's word 64·wbase+i. words is nil otherwise.
	ctx   int
	wbase int32
	words []uint64
}

type tree struct {
	state    int // HTK state number (2 .. NumStates+1); 0 for a model without states
	patterns []pattern
	nodes    []node // nodes[0] is the root; empty for a leaf-only tree
	leaf     int    // the PDF of a leaf-only tree
}

// node is an internal tree node. A child ≥ 0 is a node index; a child < 0 is leaf PDF −child−1.
type node struct {
	q       *question
	no, yes int
}

// Parse reads a .htsvoice file held in memory. The voice keeps references into data (question
// patterns), so data must not change afterwards.
func Parse(data []byte) (*Voice, error) {
	const dataTag = "[DATA]\n"
	i := bytes.Index(data, []byte(dataTag))
	if i < 0 {
		return nil, ferr(0, "no [DATA] section")
	}
	base := i + len(dataTag)
	hdr, err := parseHeader(data[:i])
	if err != nil {
		return nil, err
	}
	v := &Voice{mcp: -1, lf0: -1, folds: &foldCache{}, shapes: &shapeCache{}}
	geti := func(key string, lo, hi int) (int, error) {
		e, ok := hdr[key]
		if !ok {
			return 0, ferr(0, "header has no %s", key)
		}
		n, err := strconv.Atoi(e.val)
		if err != nil || n < lo || n > hi {
			return 0, ferr(e.off, "%s: %q is not an integer in [%d, %d]", key, e.val, lo, hi)
		}
		return n, nil
	}
	if e, ok := hdr["HTS_VOICE_VERSION"]; !ok || e.val != "1.0" {
		return nil, ferr(e.off, "HTS_VOICE_VERSION %q, want 1.0", e.val)
	}
	if v.SampleRate, err = geti("SAMPLING_FREQUENCY", 1000, 192000); err != nil {
		return nil, err
	}
	if v.FramePeriod, err = geti("FRAME_PERIOD", 1, 10000); err != nil {
		return nil, err
	}
	if v.NumStates, err = geti("NUM_STATES", 1, maxStates); err != nil {
		return nil, err
	}
	ns, err := geti("NUM_STREAMS", 1, maxStreams)
	if err != nil {
		return nil, err
	}
	v.Format = hdr["FULLCONTEXT_FORMAT"].val
	st := hdr["STREAM_TYPE"]
	names := strings.Split(st.val, ",")
	if len(names) != ns {
		return nil, ferr(st.off, "STREAM_TYPE lists %d streams, NUM_STREAMS says %d", len(names), ns)
	}
	if e, ok := hdr["GV_OFF_CONTEXT"]; ok && e.val != "" {
		ps, err := parsePatternList(e.val, e.off)
		if err != nil {
			return nil, err
		}
		v.GVOff = ps
	}
	// block returns the bytes of a [POSITION] range and their file offset.
	block := func(key, rng string, off int) ([]byte, int, error) {
		a, b, ok := strings.Cut(rng, "-")
		s, err1 := strconv.Atoi(a)
		e, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || s < 0 || e < s-1 || e >= len(data)-base {
			return nil, 0, ferr(off, "%s: range %q is not inside the %d bytes of [DATA]", key, rng, len(data)-base)
		}
		return data[base+s : base+e+1], base + s, nil
	}
	pos := func(key string) ([]byte, int, error) {
		e, ok := hdr[key]
		if !ok {
			return nil, 0, ferr(0, "header has no %s", key)
		}
		return block(key, e.val, e.off)
	}

	// Duration: one PDF per leaf holding NumStates means and variances.
	pdf, poff, err := pos("DURATION_PDF")
	if err != nil {
		return nil, err
	}
	tr, toff, err := pos("DURATION_TREE")
	if err != nil {
		return nil, err
	}
	if v.Duration, err = parseModel(tr, toff, pdf, poff, 2*v.NumStates, v.NumStates); err != nil {
		return nil, err
	}

	for _, name := range names {
		s := &Stream{Name: name}
		k := func(key string) string { return key + "[" + name + "]" }
		if s.VecLen, err = geti(k("VECTOR_LENGTH"), 1, maxVectorLen); err != nil {
			return nil, err
		}
		msd, err := geti(k("IS_MSD"), 0, 1)
		if err != nil {
			return nil, err
		}
		s.MSD = msd == 1
		nw, err := geti(k("NUM_WINDOWS"), 1, maxWindows)
		if err != nil {
			return nil, err
		}
		gv, err := geti(k("USE_GV"), 0, 1)
		if err != nil {
			return nil, err
		}
		s.UseGV = gv == 1
		s.Option = hdr[k("OPTION")].val
		we, ok := hdr[k("STREAM_WIN")]
		if !ok {
			return nil, ferr(0, "header has no %s", k("STREAM_WIN"))
		}
		ranges := strings.Split(we.val, ",")
		if len(ranges) != nw {
			return nil, ferr(we.off, "%s lists %d windows, NUM_WINDOWS says %d", k("STREAM_WIN"), len(ranges), nw)
		}
		for _, r := range ranges {
			b, off, err := block(k("STREAM_WIN"), r, we.off)
			if err != nil {
				return nil, err
			}
			w, err := parseWindow(b, off)
			if err != nil {
				return nil, err
			}
			s.Windows = append(s.Windows, w)
		}
		pdfSize := 2 * s.VecLen * nw
		if s.MSD {
			pdfSize++
		}
		pdf, poff, err := pos(k("STREAM_PDF"))
		if err != nil {
			return nil, err
		}
		tr, toff, err := pos(k("STREAM_TREE"))
		if err != nil {
			return nil, err
		}
		if s.Model, err = parseModel(tr, toff, pdf, poff, pdfSize, v.NumStates); err != nil {
			return nil, err
		}
		if s.UseGV {
			pdf, poff, err := pos(k("GV_PDF"))
			if err != nil {
				return nil, err
			}
			var tr []byte
			toff := 0
			if _, ok := hdr[k("GV_TREE")]; ok {
				if tr, toff, err = pos(k("GV_TREE")); err != nil {
					return nil, err
				}
			}
			if s.GV, err = parseModel(tr, toff, pdf, poff, 2*s.VecLen, v.NumStates); err != nil {
				return nil, err
			}
		}
		switch name {
		case "MCP":
			v.mcp = len(v.Streams)
			v.Alpha = 0
			for _, opt := range strings.Split(s.Option, ",") {
				if a, ok := strings.CutPrefix(opt, "ALPHA="); ok {
					x, err := strconv.ParseFloat(a, 64)
					if err != nil || !(x > -1 && x < 1) {
						return nil, ferr(hdr[k("OPTION")].off, "%s: ALPHA %q not in (-1, 1)", k("OPTION"), a)
					}
					v.Alpha = x
				}
				if strings.HasPrefix(opt, "GAMMA=") && opt != "GAMMA=0" {
					return nil, ferr(hdr[k("OPTION")].off, "%s: only GAMMA=0 (mel-cepstrum) is supported", k("OPTION"))
				}
			}
		case "LF0":
			v.lf0 = len(v.Streams)
		}
		v.Streams = append(v.Streams, s)
	}
	v.numQuestions, v.numPatterns, v.contexts, v.words = shareIDs(v)
	return v, nil
}

// shareIDs numbers the distinct questions (name and patterns) and the distinct patterns of all
// of v's models and returns how many there are of each; it also numbers the contexts of the
// word patterns (returned in the order of their numbers) and their words, and gives each
// question of word patterns of one context its set of words.
func shareIDs(v *Voice) (questions, patterns int, contexts []patternContext, words map[string]int32) {
	ids := map[string]int{}
	pids := map[string]int{}
	cids := map[patternContext]int{}
	words = map[string]int32{}
	number := func(ps []pattern) {
		for i := range ps {
			id, ok := pids[ps[i].src]
			if !ok {
				id = len(pids)
				pids[ps[i].src] = id
			}
			ps[i].id = id
			if ps[i].word == "" {
				continue
			}
			c := patternContext{ps[i].pre, ps[i].post}
			cid, ok := cids[c]
			if !ok {
				cid = len(contexts)
				cids[c] = cid
				contexts = append(contexts, c)
			}
			ps[i].ctx = cid
			w, ok := words[ps[i].word]
			if !ok {
				w = int32(len(words))
				words[ps[i].word] = w
			}
			ps[i].wid = w
		}
	}
	assign := func(m *model) {
		for i := range m.trees {
			number(m.trees[i].patterns)
		}
		for _, q := range m.questions {
			number(q.patterns)
			var key strings.Builder
			key.WriteString(q.name)
			for _, p := range q.patterns {
				key.WriteByte(0)
				key.WriteString(p.src)
			}
			id, ok := ids[key.String()]
			if !ok {
				id = len(ids)
				ids[key.String()] = id
			}
			q.id = id
		}
	}
	sets := func(m *model) {
		for _, q := range m.questions {
			q.ctx, q.wbase, q.words = wordSet(q.patterns)
		}
	}
	assign(&v.Duration)
	for _, s := range v.Streams {
		assign(&s.Model)
		if s.UseGV {
			assign(&s.GV)
		}
	}
	sets(&v.Duration)
	for _, s := range v.Streams {
		sets(&s.Model)
		if s.UseGV {
			sets(&s.GV)
		}
	}
	return len(ids), len(pids), contexts, words
}

// wordSet returns the context and set of words of ps (as question.ctx, wbase and words) when
// they are all word patterns of one context; a nil set otherwise.
func wordSet(ps []pattern) (ctx int, wbase int32, words []uint64) {
	if len(ps) == 0 {
		return -1, 0, nil
	}
	lo, hi := int32(math.MaxInt32), int32(-1)
	for _, p := range ps {
		if p.ctx < 0 || p.ctx != ps[0].ctx {
			return -1, 0, nil
		}
		lo, hi = min(lo, p.wid/64), max(hi, p.wid/64)
	}
	// A set spans the words from its first to its last; one far wider than its patterns (a
	// voice's file could make every set as wide as all its words) stays a list of globs.
	if int(hi-lo) > 4+len(ps) {
		return -1, 0, nil
	}
	words = make([]uint64, hi-lo+1)
	for _, p := range ps {
		words[p.wid/64-lo] |= 1 << (p.wid % 64)
	}
	return ps[0].ctx, lo, words
}

type headerEntry struct {
	val string
	off int
}

// parseHeader reads the KEY:VALUE lines of the sections before [DATA].
func parseHeader(h []byte) (map[string]headerEntry, error) {
	m := map[string]headerEntry{}
	off := 0
	for len(h) > 0 {
		line := h
		n := len(h)
		if j := bytes.IndexByte(h, '\n'); j >= 0 {
			line, n = h[:j], j+1
		}
		s := strings.TrimRight(string(line), "\r")
		switch {
		case s == "" || s == "[GLOBAL]" || s == "[STREAM]" || s == "[POSITION]":
		default:
			k, val, ok := strings.Cut(s, ":")
			if !ok {
				return nil, ferr(off, "header line %q is not KEY:VALUE", truncate(s))
			}
			m[k] = headerEntry{val: val, off: off}
		}
		off += n
		h = h[n:]
	}
	return m, nil
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// parseWindow reads "n c1 … cn".
func parseWindow(b []byte, off int) ([]float64, error) {
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return nil, ferr(off, "empty window")
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n < 1 || n > maxWinCoefs || n%2 == 0 || len(f) != n+1 {
		return nil, ferr(off, "window %q: want an odd count (at most %d) and that many coefficients", truncate(string(b)), maxWinCoefs)
	}
	w := make([]float64, n)
	for i := range w {
		x, err := strconv.ParseFloat(f[i+1], 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, ferr(off, "window coefficient %q is not a finite number", f[i+1])
		}
		w[i] = x
	}
	return w, nil
}

// parseModel reads a tree block (questions and trees; empty for a model with one PDF) and the
// matching PDF block: one uint32 count per tree, then the PDFs, pdfSize float32 each.
func parseModel(tr []byte, toff int, pdf []byte, poff int, pdfSize, nstates int) (model, error) {
	m := model{pdfSize: pdfSize}
	if len(tr) > 0 {
		if err := m.parseTrees(tr, toff, nstates); err != nil {
			return model{}, err
		}
	} else {
		m.trees = []tree{{leaf: 0}}
	}
	nt := len(m.trees)
	if len(pdf) < 4*nt {
		return model{}, ferr(poff, "PDF block of %d bytes cannot hold %d counts", len(pdf), nt)
	}
	total := 0
	counts := make([]int, nt)
	for i := range counts {
		c := binary.LittleEndian.Uint32(pdf[4*i:])
		if c == 0 || c > maxPDFs {
			return model{}, ferr(poff+4*i, "tree %d has %d PDFs", i, c)
		}
		counts[i] = int(c)
		total += int(c)
	}
	want := 4*nt + 4*total*pdfSize
	if len(pdf) != want {
		return model{}, ferr(poff, "PDF block is %d bytes, its counts need %d", len(pdf), want)
	}
	p := 4 * nt
	m.pdfs = make([][]float32, nt)
	for i, c := range counts {
		vals := make([]float32, c*pdfSize)
		for j := range vals {
			x := math.Float32frombits(binary.LittleEndian.Uint32(pdf[p:]))
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return model{}, ferr(poff+p, "PDF value is not finite")
			}
			vals[j] = x
			p += 4
		}
		m.pdfs[i] = vals
		// Every leaf must name a PDF that exists.
		t := &m.trees[i]
		if len(t.nodes) == 0 {
			if t.leaf >= c {
				return model{}, ferr(toff, "tree %d: leaf PDF %d but the state has %d", i, t.leaf+1, c)
			}
		}
		for _, n := range t.nodes {
			for _, ch := range [2]int{n.no, n.yes} {
				if ch < 0 && -ch-1 >= c {
					return model{}, ferr(toff, "tree %d: leaf PDF %d but the state has %d", i, -ch, c)
				}
			}
		}
	}
	return m, nil
}

// scanner tokenizes tree text, keeping file offsets for errors.
type scanner struct {
	b   []byte
	p   int
	off int // file offset of b[0]
}

func (s *scanner) skipSpace() {
	for s.p < len(s.b) && (s.b[s.p] == ' ' || s.b[s.p] == '\t' || s.b[s.p] == '\n' || s.b[s.p] == '\r') {
		s.p++
	}
}

func (s *scanner) errf(format string, a ...any) error { return ferr(s.off+s.p, format, a...) }

// word reads a run of characters up to white space (or a quoted string, without the quotes).
func (s *scanner) word() (string, error) {
	s.skipSpace()
	if s.p >= len(s.b) {
		return "", s.errf("unexpected end of tree text")
	}
	if s.b[s.p] == '"' {
		j := bytes.IndexByte(s.b[s.p+1:], '"')
		if j < 0 {
			return "", s.errf("unterminated quoted string")
		}
		w := string(s.b[s.p+1 : s.p+1+j])
		s.p += j + 2
		return w, nil
	}
	st := s.p
	for s.p < len(s.b) && !(s.b[s.p] == ' ' || s.b[s.p] == '\t' || s.b[s.p] == '\n' || s.b[s.p] == '\r') {
		s.p++
	}
	return string(s.b[st:s.p]), nil
}

// braces reads "{ ... }" and returns its contents.
func (s *scanner) braces() (string, int, error) {
	s.skipSpace()
	if s.p >= len(s.b) || s.b[s.p] != '{' {
		return "", 0, s.errf("expected '{'")
	}
	j := bytes.IndexByte(s.b[s.p:], '}')
	if j < 0 {
		return "", 0, s.errf("unterminated '{'")
	}
	off := s.off + s.p + 1
	body := string(s.b[s.p+1 : s.p+j])
	s.p += j + 1
	return body, off, nil
}

// parsePatternList reads `"p1","p2",…` (quotes optional).
func parsePatternList(body string, off int) ([]pattern, error) {
	var out []pattern
	for _, f := range strings.Split(body, ",") {
		f = strings.TrimSpace(f)
		f = strings.TrimPrefix(strings.TrimSuffix(f, `"`), `"`)
		if f == "" {
			return nil, ferr(off, "empty pattern in %q", truncate(body))
		}
		out = append(out, compilePattern(f))
	}
	if len(out) == 0 {
		return nil, ferr(off, "empty pattern list")
	}
	return out, nil
}

func (m *model) parseTrees(b []byte, off, nstates int) error {
	s := &scanner{b: b, off: off}
	m.questions = map[string]*question{}
	for {
		s.skipSpace()
		if s.p >= len(s.b) {
			break
		}
		if bytes.HasPrefix(s.b[s.p:], []byte("QS ")) || bytes.HasPrefix(s.b[s.p:], []byte("QS\t")) {
			s.p += 3
			name, err := s.word()
			if err != nil {
				return err
			}
			body, boff, err := s.braces()
			if err != nil {
				return err
			}
			ps, err := parsePatternList(body, boff)
			if err != nil {
				return err
			}
			m.questions[name] = &question{id: len(m.questions), name: name, patterns: ps}
			continue
		}
		if s.b[s.p] != '{' {
			return s.errf("expected QS or a tree header")
		}
		if err := m.parseTree(s, nstates); err != nil {
			return err
		}
	}
	if len(m.trees) == 0 {
		return ferr(off, "tree block has no tree")
	}
	return nil
}

func (m *model) parseTree(s *scanner, nstates int) error {
	body, boff, err := s.braces()
	if err != nil {
		return err
	}
	ps, err := parsePatternList(body, boff)
	if err != nil {
		return err
	}
	t := tree{patterns: ps}
	// [state]
	if s.p >= len(s.b) || s.b[s.p] != '[' {
		return s.errf("expected '[state]' after the tree's pattern list")
	}
	j := bytes.IndexByte(s.b[s.p:], ']')
	if j < 0 {
		return s.errf("unterminated '['")
	}
	st, err := strconv.Atoi(string(s.b[s.p+1 : s.p+j]))
	if err != nil || st < 2 || st > nstates+1 {
		return s.errf("tree state %q not in [2, %d]", s.b[s.p+1:s.p+j], nstates+1)
	}
	t.state = st
	s.p += j + 1
	s.skipSpace()
	if s.p < len(s.b) && s.b[s.p] != '{' {
		// A tree that is a single leaf.
		w, err := s.word()
		if err != nil {
			return err
		}
		if t.leaf, err = leafIndex(w); err != nil {
			return s.errf("%v", err)
		}
		m.trees = append(m.trees, t)
		return nil
	}
	s.p++                // '{'
	ids := map[int]int{} // node id → index in t.nodes
	type raw struct {
		id      int
		q       string
		no, yes string
		off     int
	}
	var raws []raw
	for {
		s.skipSpace()
		if s.p >= len(s.b) {
			return s.errf("unterminated tree")
		}
		if s.b[s.p] == '}' {
			s.p++
			break
		}
		off := s.off + s.p
		var f [4]string
		for i := range f {
			if f[i], err = s.word(); err != nil {
				return err
			}
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id > 0 {
			return ferr(off, "node id %q is not 0 or negative", truncate(f[0]))
		}
		if _, dup := ids[id]; dup {
			return ferr(off, "node %d defined twice", id)
		}
		if len(raws) >= maxPDFs {
			return ferr(off, "too many nodes")
		}
		ids[id] = len(raws)
		raws = append(raws, raw{id, f[1], f[2], f[3], off})
	}
	if len(raws) == 0 {
		return s.errf("tree has no nodes")
	}
	if raws[0].id != 0 {
		return ferr(raws[0].off, "first node is %d, want the root 0", raws[0].id)
	}
	child := func(c string, off int) (int, error) {
		if n, err := strconv.Atoi(c); err == nil {
			i, ok := ids[n]
			if !ok {
				return 0, ferr(off, "child node %d is not defined", n)
			}
			return i, nil
		}
		l, err := leafIndex(c)
		if err != nil {
			return 0, ferr(off, "%v", err)
		}
		return -l - 1, nil
	}
	t.nodes = make([]node, len(raws))
	for i, r := range raws {
		q, ok := m.questions[r.q]
		if !ok {
			return ferr(r.off, "question %q is not defined", truncate(r.q))
		}
		no, err := child(r.no, r.off)
		if err != nil {
			return err
		}
		yes, err := child(r.yes, r.off)
		if err != nil {
			return err
		}
		t.nodes[i] = node{q: q, no: no, yes: yes}
	}
	// Every node must have exactly one parent (the root none), so a walk always ends.
	parents := make([]int, len(t.nodes))
	for _, n := range t.nodes {
		for _, c := range [2]int{n.no, n.yes} {
			if c >= 0 {
				parents[c]++
			}
		}
	}
	for i, p := range parents {
		if want := min(i, 1); p != want {
			return ferr(raws[i].off, "node %d has %d parents, want %d (not a tree)", raws[i].id, p, want)
		}
	}
	m.trees = append(m.trees, t)
	return nil
}

// leafIndex returns the 0-based PDF index of a leaf name "…_N" (N counts from 1).
func leafIndex(name string) (int, error) {
	i := strings.LastIndexByte(name, '_')
	n, err := strconv.Atoi(name[i+1:])
	if err != nil || n < 1 || n > maxPDFs {
		return 0, errors.New("leaf " + strconv.Quote(truncate(name)) + " does not end in _N with N ≥ 1")
	}
	return n - 1, nil
}

// find returns the PDF the model's tree for state st selects for label (st 0: the first tree).
// memo, when not nil, must have been reset for label (answers.reset): it caches the answers of
// the voice's questions and patterns for this label and may be shared by all the voice's models.
func (m *model) find(label string, st int, memo *answers) []float32 {
	for i := range m.trees {
		t := &m.trees[i]
		if st != 0 && t.state != st {
			continue
		}
		if memo != nil && !memo.any(t.patterns) || memo == nil && !matchAny(t.patterns, label) {
			continue
		}
		leaf := t.leaf
		if len(t.nodes) > 0 {
			n := 0
			for {
				nd := &t.nodes[n]
				var yes bool
				if memo != nil {
					yes = memo.ask(nd.q)
				} else {
					yes = matchAny(nd.q.patterns, label)
				}
				c := nd.no
				if yes {
					c = nd.yes
				}
				if c < 0 {
					leaf = -c - 1
					break
				}
				n = c
			}
		}
		return m.pdfs[i][leaf*m.pdfSize : (leaf+1)*m.pdfSize]
	}
	return nil
}
