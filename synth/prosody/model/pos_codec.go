package model

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"sort"
	"strings"
)

// POSData is the build form of the POS tagger and phrase-break model.
type POSData struct {
	Lexicon         map[string][]Cand // lower-case headword -> candidates; must hold "_number_" and "_oov_"
	Tagger          *Ngram            // tag trigram; Vocab == Pred
	Quad            *Ngram            // P(tag context | break); Pred holds B and NB
	Hept            *Ngram            // break 7-gram; Vocab == Pred == (B NB ...)
	PosMap          map[string]string // WSJ tag -> Quad's tag set
	ScaleB          float64           // gram_scale_s
	PStart, PPStart string            // pos_p_start_tag, pos_pp_start_tag
}

// NewPOS checks and builds the tagger and break model.
func NewPOS(d POSData) (*POS, error) {
	words := make([]string, 0, len(d.Lexicon))
	for w := range d.Lexicon {
		if w != strings.ToLower(w) {
			return nil, fmt.Errorf("model: poslex headword %q is not lower case", w)
		}
		words = append(words, w)
	}
	sort.Strings(words)
	// Distinct candidate lists, the most used first (so that most words need a one-byte index
	// in the file), ties in order of first use.
	type group struct {
		cands []Cand
		first int
		words []int
	}
	var groups []*group
	byKey := map[string]*group{}
	for i, w := range words {
		c := d.Lexicon[w]
		key := fmt.Sprint(c)
		g, ok := byKey[key]
		if !ok {
			g = &group{cands: slices.Clone(c), first: i}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.words = append(g.words, i)
	}
	sort.SliceStable(groups, func(a, b int) bool { return len(groups[a].words) > len(groups[b].words) })
	dists := make([][]Cand, len(groups))
	dist := make([]uint32, len(words))
	for j, g := range groups {
		dists[j] = g.cands
		for _, i := range g.words {
			dist[i] = uint32(j)
		}
	}
	return newPOS(words, dist, dists, d)
}

func newPOS(words []string, dist []uint32, dists [][]Cand, d POSData) (*POS, error) {
	for _, g := range []*Ngram{d.Tagger, d.Quad, d.Hept} {
		if g == nil {
			return nil, fmt.Errorf("model: POS model without an ngram")
		}
		if err := g.prepare(); err != nil {
			return nil, fmt.Errorf("model: %w", err)
		}
	}
	if !slices.Equal(d.Tagger.Vocab, d.Tagger.Pred) || !slices.Equal(d.Hept.Vocab, d.Hept.Pred) {
		return nil, fmt.Errorf("model: tagger or break ngram predicts other words than its history holds")
	}
	for _, w := range []string{"B", "NB"} {
		if d.Hept.index(w) < 0 || !slices.Contains(d.Quad.Pred, w) {
			return nil, fmt.Errorf("model: break ngrams lack %s", w)
		}
	}
	if d.Tagger.Order != 3 || d.Quad.Order != 4 {
		return nil, fmt.Errorf("model: tagger of order %d, break POS model of order %d; want 3 and 4", d.Tagger.Order, d.Quad.Order)
	}
	if d.Tagger.index(d.PStart) < 0 || d.Tagger.index(d.PPStart) < 0 || d.Quad.index(d.PStart) < 0 || d.Quad.index("n") < 0 {
		return nil, fmt.Errorf("model: start tags %q, %q or n not in the ngrams' vocabularies", d.PStart, d.PPStart)
	}
	if math.IsNaN(d.ScaleB) || d.ScaleB < 0 {
		return nil, fmt.Errorf("model: gram_scale_s %v", d.ScaleB)
	}
	if !sort.StringsAreSorted(words) || len(dist) != len(words) {
		return nil, fmt.Errorf("model: poslex not sorted")
	}
	for i := 1; i < len(words); i++ {
		if words[i] == words[i-1] {
			return nil, fmt.Errorf("model: poslex headword %q twice", words[i])
		}
	}
	for i, c := range dists {
		if len(c) == 0 {
			return nil, fmt.Errorf("model: poslex candidate list %d is empty", i)
		}
		for _, x := range c {
			if d.Tagger.index(x.Tag) < 0 {
				return nil, fmt.Errorf("model: poslex tag %q not in the tagger's vocabulary", x.Tag)
			}
			if math.IsNaN(x.Score) || math.IsInf(x.Score, 0) {
				return nil, fmt.Errorf("model: poslex score %v", x.Score)
			}
		}
	}
	for _, j := range dist {
		if int(j) >= len(dists) {
			return nil, fmt.Errorf("model: poslex candidate list %d of %d", j, len(dists))
		}
	}
	p := &POS{words: words, dist: dist, dists: dists, tagger: d.Tagger, quad: d.Quad, hept: d.Hept,
		posMap: d.PosMap, scaleB: d.ScaleB, pStart: d.PStart, ppStart: d.PPStart}
	for _, k := range []struct {
		word string
		id   *int
	}{{"_number_", &p.numberID}, {"_oov_", &p.oovID}} {
		i := sort.SearchStrings(words, k.word)
		if i == len(words) || words[i] != k.word {
			return nil, fmt.Errorf("model: poslex has no %s entry", k.word)
		}
		*k.id = int(dist[i])
	}
	return p, nil
}

// Data returns the build form of p (fresh copies).
func (p *POS) Data() POSData {
	lex := make(map[string][]Cand, len(p.words))
	for i, w := range p.words {
		lex[w] = slices.Clone(p.dists[p.dist[i]])
	}
	pm := make(map[string]string, len(p.posMap))
	for k, v := range p.posMap {
		pm[k] = v
	}
	cp := func(g *Ngram) *Ngram {
		return &Ngram{Order: g.Order, Vocab: slices.Clone(g.Vocab), Pred: slices.Clone(g.Pred), Counts: slices.Clone(g.Counts)}
	}
	return POSData{Lexicon: lex, Tagger: cp(p.tagger), Quad: cp(p.quad), Hept: cp(p.hept), PosMap: pm,
		ScaleB: p.scaleB, PStart: p.pStart, PPStart: p.ppStart}
}

// Words is the number of poslex headwords.
func (p *POS) Words() int { return len(p.words) }

// posVersion is the POS file's format version, apart from the model file's.
const posVersion = 1

// The POS file (version 1): magic "CHPS", version byte, string table (as in the model file),
// then:
//
//	parameters: gram_scale_s (float64), pos_p_start_tag, pos_pp_start_tag (strings)
//	pos map: count, (from, to) strings
//	three ngrams (tagger, quad, hept): order, vocabulary and predicted words (count, strings),
//	  the distinct counts (count, float64s), then the counts as runs: run count, then (length,
//	  index of the value) per run
//	candidate lists, the most used first: count; each: count, (tag string, score) where a score
//	  is a zigzag varint mantissa m and a byte e, the value m/10^e (exact for the poslex's decimals)
//	headwords: count; each front-coded: length shared with the previous one, suffix length,
//	  suffix bytes, candidate list index
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian
const posMagic = "CHPS"

// EncodePOS writes p in the POS file format; the output depends only on p.
func EncodePOS(p *POS) ([]byte, error) {
	e := &encoder{index: map[string]int{}}
	var b buf
	b.float(p.scaleB)
	e.str(&b, p.pStart)
	e.str(&b, p.ppStart)
	keys := sortedKeys(p.posMap)
	b.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(&b, k)
		e.str(&b, p.posMap[k])
	}
	for _, g := range []*Ngram{p.tagger, p.quad, p.hept} {
		b.uvarint(uint64(g.Order))
		e.strs(&b, g.Vocab)
		e.strs(&b, g.Pred)
		// Distinct counts in order of first use, then runs of equal counts as (length, index).
		var values []float64
		valueIndex := map[uint64]int{}
		type run struct{ n, v int }
		var runs []run
		for _, c := range g.Counts {
			bits := math.Float64bits(c)
			v, ok := valueIndex[bits]
			if !ok {
				v = len(values)
				valueIndex[bits] = v
				values = append(values, c)
			}
			if n := len(runs); n > 0 && runs[n-1].v == v {
				runs[n-1].n++
			} else {
				runs = append(runs, run{1, v})
			}
		}
		b.uvarint(uint64(len(values)))
		for _, v := range values {
			b.float(v)
		}
		b.uvarint(uint64(len(runs)))
		for _, r := range runs {
			b.uvarint(uint64(r.n))
			b.uvarint(uint64(r.v))
		}
	}
	b.uvarint(uint64(len(p.dists)))
	for _, c := range p.dists {
		b.uvarint(uint64(len(c)))
		for _, x := range c {
			e.str(&b, x.Tag)
			m, exp, ok := decimal(x.Score)
			if !ok {
				return nil, fmt.Errorf("model: poslex score %v is not a short decimal", x.Score)
			}
			b = binary.AppendVarint(b, m)
			b.byte(exp)
		}
	}
	b.uvarint(uint64(len(p.words)))
	prev := ""
	for i, w := range p.words {
		n := 0
		for n < len(w) && n < len(prev) && w[n] == prev[n] {
			n++
		}
		b.uvarint(uint64(n))
		b.uvarint(uint64(len(w) - n))
		b = append(b, w[n:]...)
		b.uvarint(uint64(p.dist[i]))
		prev = w
	}
	var out buf
	out = append(out, posMagic...)
	out.byte(posVersion)
	out.uvarint(uint64(len(e.table)))
	for _, t := range e.table {
		out.uvarint(uint64(len(t)))
		out = append(out, t...)
	}
	out = append(out, b...)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out)), nil
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// decimal finds m and e with m/10^e == f exactly, e as small as possible.
func decimal(f float64) (int64, byte, bool) {
	for e, p := range pow10 {
		m := math.Round(f * p)
		if math.Abs(m) < 1<<53 && m/p == f {
			return int64(m), byte(e), true
		}
	}
	return 0, 0, false
}

// DecodePOS reads a POS file written by EncodePOS. Errors wrap ErrCorrupt and name the offset.
func DecodePOS(data []byte) (*POS, error) {
	if len(data) < len(posMagic)+1+4 {
		return nil, fmt.Errorf("model: POS data of %d bytes, too short: %w", len(data), ErrCorrupt)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if got := crc32.ChecksumIEEE(body); got != sum {
		return nil, fmt.Errorf("model: POS data: offset %d: checksum %08x, want %08x: %w", len(body), got, sum, ErrCorrupt)
	}
	return decodePOSBody(body)
}

func decodePOSBody(data []byte) (*POS, error) {
	r := &reader{data: data}
	if string(r.bytes(len(posMagic), "magic")) != posMagic {
		return nil, r.fail(0, "not a POS model file (magic)")
	}
	if v := r.byte("version"); r.err == nil && v != posVersion {
		return nil, r.fail(len(posMagic), fmt.Sprintf("version %d, this reader knows %d", v, posVersion))
	}
	n := r.count("string table size", 1)
	for i := 0; i < n && r.err == nil; i++ {
		l := r.count("string length", 1)
		r.table = append(r.table, string(r.bytes(l, "string")))
	}
	d := POSData{PosMap: map[string]string{}}
	d.ScaleB = r.finite("gram_scale_s")
	d.PStart = r.str("pos_p_start_tag")
	d.PPStart = r.str("pos_pp_start_tag")
	n = r.count("pos map size", 2)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.str("pos map key")
		d.PosMap[k] = r.str("pos map value")
	}
	grams := make([]*Ngram, 3)
	for gi := range grams {
		at := r.pos
		g := &Ngram{Order: r.count("ngram order", 0)}
		g.Vocab = r.strs("ngram vocabulary")
		g.Pred = r.strs("ngram predicted words")
		if r.err != nil {
			return nil, r.err
		}
		if g.Order < 2 || g.Order > 8 || len(g.Vocab) == 0 || len(g.Pred) == 0 {
			return nil, r.fail(at, fmt.Sprintf("ngram of order %d over %d words, %d predicted", g.Order, len(g.Vocab), len(g.Pred)))
		}
		want := len(g.Pred)
		for i := 0; i < g.Order-1; i++ {
			if want > 1<<24/len(g.Vocab) {
				return nil, r.fail(at, "ngram too large")
			}
			want *= len(g.Vocab)
		}
		nv := r.count("ngram count values", 8)
		values := make([]float64, 0, nv)
		for i := 0; i < nv && r.err == nil; i++ {
			values = append(values, r.finite("count value"))
		}
		runs := r.count("ngram runs", 2)
		g.Counts = make([]float64, 0, want)
		for i := 0; i < runs && r.err == nil; i++ {
			rat := r.pos
			l := r.uvarint("run length")
			v := r.uvarint("run value")
			if r.err != nil {
				break
			}
			if l == 0 || l > uint64(want-len(g.Counts)) {
				return nil, r.fail(rat, fmt.Sprintf("run of %d counts: %d of %d already", l, len(g.Counts), want))
			}
			if v >= uint64(len(values)) {
				return nil, r.fail(rat, fmt.Sprintf("run value %d of %d", v, len(values)))
			}
			for j := uint64(0); j < l; j++ {
				g.Counts = append(g.Counts, values[v])
			}
		}
		if r.err == nil && len(g.Counts) != want {
			return nil, r.fail(r.pos, fmt.Sprintf("ngram has %d counts, want %d", len(g.Counts), want))
		}
		grams[gi] = g
	}
	d.Tagger, d.Quad, d.Hept = grams[0], grams[1], grams[2]
	n = r.count("candidate lists", 1)
	dists := make([][]Cand, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.count("candidates", 3)
		c := make([]Cand, 0, k)
		for j := 0; j < k && r.err == nil; j++ {
			tag := r.str("candidate tag")
			at := r.pos
			m, sz := binary.Varint(r.data[r.pos:])
			if sz <= 0 {
				return nil, r.fail(at, "candidate score: bad varint")
			}
			r.pos += sz
			e := r.byte("score exponent")
			if r.err == nil && int(e) >= len(pow10) {
				return nil, r.fail(at, fmt.Sprintf("score exponent %d", e))
			}
			c = append(c, Cand{Tag: tag, Score: float64(m) / pow10[e]})
		}
		dists = append(dists, c)
	}
	n = r.count("headwords", 3)
	// The headwords go into one buffer, sliced once it is complete (one allocation, not one
	// per word).
	var all []byte
	ends := make([]int, 0, n)
	dist := make([]uint32, 0, n)
	prevStart := 0
	for i := 0; i < n && r.err == nil; i++ {
		at := r.pos
		shared := r.uvarint("shared prefix")
		if r.err == nil && shared > uint64(len(all)-prevStart) {
			return nil, r.fail(at, fmt.Sprintf("headword shares %d bytes of a %d-byte one", shared, len(all)-prevStart))
		}
		suffix := r.count("suffix length", 1)
		start := len(all)
		all = append(all, all[prevStart:prevStart+int(shared)]...)
		all = append(all, r.bytes(suffix, "suffix")...)
		at = r.pos
		j := r.uvarint("candidate list")
		if r.err == nil && j >= uint64(len(dists)) {
			return nil, r.fail(at, fmt.Sprintf("candidate list %d of %d", j, len(dists)))
		}
		ends = append(ends, len(all))
		dist = append(dist, uint32(j))
		prevStart = start
	}
	text := string(all)
	words := make([]string, len(ends))
	for i, e := range ends {
		b := 0
		if i > 0 {
			b = ends[i-1]
		}
		words[i] = text[b:e]
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(data) {
		return nil, r.fail(r.pos, fmt.Sprintf("%d bytes after the headwords", len(data)-r.pos))
	}
	p, err := newPOS(words, dist, dists, d)
	if err != nil {
		return nil, r.fail(r.pos, err.Error())
	}
	return p, nil
}
