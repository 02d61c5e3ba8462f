// Package lexfile reads and writes Chorus's compact binary pronunciation-lexicon format.
//
// Layout (all integers little-endian; "uvarint" is encoding/binary's unsigned varint):
//
//	magic    "CHLX" then a version byte (2)
//	notice   uvarint length + UTF-8 text (provenance and modification notice)
//	counts   uvarint entries, uvarint blocks
//	pos      uvarint count, then per tag: uvarint length + bytes (tag 0 is always "")
//	data     uvarint byte length
//	index    blocks × uint32: the bit offset of each block in data
//	data     the bit stream (most significant bit first)
//
// Entries are sorted by lower-case headword (a–z only); entries sharing a headword keep their
// source order and never straddle a block boundary. Each entry in the bit stream is:
//
//	5 bits   length of the prefix shared with the previous headword in the block (0 for the first)
//	5 bits×n the remaining letters, 1..26 for a..z, then a 0 terminator
//	1 bit    POS flag; if set, 4 bits index the POS table
//	1 bit    explicit-syllables flag: if clear, the phones carry no boundary symbols and the
//	         syllables are those of phone.Syllabify (maximal onset), which holds for most entries
//	6 bits×m phone symbols, then symEnd: see the sym constants
//
// Blocks are contiguous in the bit stream; the last byte is padded with fewer than 8 zero bits,
// which no entry (at least 17 bits) can be mistaken for.
//
// A reader needs only the header and the block index, so opening is O(1) in the size of the
// lexicon; a lookup binary-searches the block index and decodes one block.
package lexfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Magic starts every lexicon file.
const Magic = "CHLX\x02"

// MaxWordLen is the longest headword the format stores.
const MaxWordLen = 63

const (
	prefixBits = 5
	letterBits = 5
	posBits    = 4
	symBits    = 6
	maxPrefix  = 1<<prefixBits - 1
	maxPOS     = 1 << posBits

	symEnd      = 0  // end of an entry's phones
	symBoundary = 1  // a new syllable starts here
	symPhone    = 1  // phone p (1..40) is symPhone+p (2..41): consonant, or vowel of an unstressed syllable
	symStressed = 41 // vowel v (1..16) of a stressed syllable is symStressed+v (42..57)

	symLastPhone = 40 // phone.ZH: symbols 2..41 are plain phones
)

// ErrFormat reports a malformed lexicon file.
var ErrFormat = errors.New("lexfile: malformed lexicon data")

// Entry is one pronunciation of a headword.
type Entry struct {
	Word string // lower case a–z
	POS  string // "" when the source has none
	Pron phone.Pron
}

// Encode serialises entries (which it sorts stably by headword) with the given notice.
// blockSize is the target number of entries per block.
func Encode(entries []Entry, notice string, blockSize int) ([]byte, error) {
	if blockSize < 1 {
		return nil, fmt.Errorf("lexfile: block size %d < 1", blockSize)
	}
	es := append([]Entry(nil), entries...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Word < es[j].Word })

	posIndex := map[string]int{"": 0}
	posList := []string{""}
	for _, e := range es {
		if err := checkWord(e.Word); err != nil {
			return nil, err
		}
		if _, ok := posIndex[e.POS]; !ok {
			if len(posList) >= maxPOS {
				return nil, fmt.Errorf("lexfile: more than %d POS tags", maxPOS)
			}
			posIndex[e.POS] = len(posList)
			posList = append(posList, e.POS)
		}
	}

	var w bitWriter
	var offsets []uint32
	prev := ""
	inBlock := 0
	for i, e := range es {
		newGroup := i == 0 || e.Word != es[i-1].Word
		if i == 0 || (newGroup && inBlock >= blockSize) {
			offsets = append(offsets, uint32(w.n))
			prev = ""
			inBlock = 0
		}
		inBlock++
		shared := commonPrefix(prev, e.Word)
		if shared > maxPrefix {
			shared = maxPrefix
		}
		w.write(uint32(shared), prefixBits)
		for k := shared; k < len(e.Word); k++ {
			w.write(uint32(e.Word[k]-'a'+1), letterBits)
		}
		w.write(0, letterBits)
		if p := posIndex[e.POS]; p == 0 {
			w.write(0, 1)
		} else {
			w.write(1, 1)
			w.write(uint32(p), posBits)
		}
		if err := writePron(&w, e.Pron); err != nil {
			return nil, fmt.Errorf("lexfile: %q: %w", e.Word, err)
		}
		prev = e.Word
		if w.n > 1<<32-1 {
			return nil, fmt.Errorf("lexfile: data too large")
		}
	}

	var out []byte
	out = append(out, Magic...)
	out = binary.AppendUvarint(out, uint64(len(notice)))
	out = append(out, notice...)
	out = binary.AppendUvarint(out, uint64(len(es)))
	out = binary.AppendUvarint(out, uint64(len(offsets)))
	out = binary.AppendUvarint(out, uint64(len(posList)))
	for _, p := range posList {
		out = binary.AppendUvarint(out, uint64(len(p)))
		out = append(out, p...)
	}
	out = binary.AppendUvarint(out, uint64(len(w.buf)))
	for _, o := range offsets {
		out = binary.LittleEndian.AppendUint32(out, o)
	}
	out = append(out, w.buf...)
	return out, nil
}

func checkWord(s string) error {
	if s == "" || len(s) > MaxWordLen {
		return fmt.Errorf("lexfile: headword %q: length must be 1..%d", s, MaxWordLen)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return fmt.Errorf("lexfile: headword %q: only a-z allowed", s)
		}
	}
	return nil
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func writePron(w *bitWriter, p phone.Pron) error {
	if len(p) == 0 {
		return errors.New("empty pronunciation")
	}
	var phs []phone.Phone
	var st []uint8
	for _, syl := range p {
		if len(syl.Phones) == 0 {
			return errors.New("empty syllable")
		}
		vowels := 0
		for _, ph := range syl.Phones {
			if ph == phone.Sil || int(ph) >= phone.Count {
				return fmt.Errorf("phone %d not allowed", ph)
			}
			if ph.IsVowel() {
				vowels++
			}
			phs = append(phs, ph)
			st = append(st, syl.Stress)
		}
		if syl.Stress == phone.Primary && vowels != 1 {
			return fmt.Errorf("stressed syllable with %d vowels", vowels)
		}
		if syl.Stress > phone.Primary {
			return fmt.Errorf("stress %d not representable", syl.Stress)
		}
	}
	explicit := !samePron(phone.Syllabify(phs, st), p)
	if explicit {
		w.write(1, 1)
	} else {
		w.write(0, 1)
	}
	for i, syl := range p {
		if i > 0 && explicit {
			w.write(symBoundary, symBits)
		}
		for _, ph := range syl.Phones {
			if ph.IsVowel() && syl.Stress == phone.Primary {
				w.write(uint32(symStressed+int(ph)), symBits)
			} else {
				w.write(uint32(symPhone+int(ph)), symBits)
			}
		}
	}
	w.write(symEnd, symBits)
	return nil
}

func samePron(a, b phone.Pron) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Stress != b[i].Stress || len(a[i].Phones) != len(b[i].Phones) {
			return false
		}
		for j := range a[i].Phones {
			if a[i].Phones[j] != b[i].Phones[j] {
				return false
			}
		}
	}
	return true
}

type bitWriter struct {
	buf []byte
	n   int // bits written
}

func (w *bitWriter) write(v uint32, bits int) {
	for b := bits - 1; b >= 0; b-- {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if v>>uint(b)&1 != 0 {
			w.buf[w.n/8] |= 0x80 >> uint(w.n%8)
		}
		w.n++
	}
}

// Reader gives read-only access to an encoded lexicon without decoding it up front.
// It is safe for concurrent use.
type Reader struct {
	notice  string
	entries int
	pos     []string
	index   []byte // blocks × uint32
	data    []byte
	blocks  int

	// Lookup's recent answers, found or not, by key: a text asks the same words again and
	// again, and each answer otherwise decodes half a block bit by bit (speed). The table is
	// emptied when it holds lookupCacheSize keys, so memory stays bounded.
	mu    sync.RWMutex
	cache map[string][]Entry
}

// lookupCacheSize bounds Reader's table of answers: the distinct words of a long text, under
// a megabyte of entries.
const lookupCacheSize = 8192

// Open parses the header of an encoded lexicon. It does not copy data, which must not change
// afterwards.
func Open(data []byte) (*Reader, error) {
	if !strings.HasPrefix(string(data[:min(len(data), len(Magic))]), Magic) {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	rest := data[len(Magic):]
	next := func() (int, error) {
		v, n := binary.Uvarint(rest)
		if n <= 0 || v > uint64(len(data)) {
			return 0, fmt.Errorf("%w: bad header integer", ErrFormat)
		}
		rest = rest[n:]
		return int(v), nil
	}
	bytesOf := func(n int) ([]byte, error) {
		if n > len(rest) {
			return nil, fmt.Errorf("%w: truncated", ErrFormat)
		}
		b := rest[:n]
		rest = rest[n:]
		return b, nil
	}
	// str reads a length-prefixed string.
	str := func() (string, error) {
		n, err := next()
		if err != nil {
			return "", err
		}
		b, err := bytesOf(n)
		return string(b), err
	}
	r := &Reader{}
	var err error
	if r.notice, err = str(); err != nil {
		return nil, err
	}
	if r.entries, err = next(); err != nil {
		return nil, err
	}
	if r.blocks, err = next(); err != nil {
		return nil, err
	}
	npos, err := next()
	if err != nil {
		return nil, err
	}
	if npos < 1 || npos > maxPOS {
		return nil, fmt.Errorf("%w: %d POS tags", ErrFormat, npos)
	}
	for range npos {
		tag, err := str()
		if err != nil {
			return nil, err
		}
		r.pos = append(r.pos, tag)
	}
	dlen, err := next()
	if err != nil {
		return nil, err
	}
	if r.blocks > len(rest)/4 {
		return nil, fmt.Errorf("%w: truncated index", ErrFormat)
	}
	if r.index, err = bytesOf(4 * r.blocks); err != nil {
		return nil, err
	}
	if r.data, err = bytesOf(dlen); err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(rest))
	}
	if r.blocks > 0 && int(r.offset(r.blocks-1)) >= 8*len(r.data) {
		return nil, fmt.Errorf("%w: block offset out of range", ErrFormat)
	}
	return r, nil
}

// Notice returns the provenance text stored in the file's header.
func (r *Reader) Notice() string { return r.notice }

// Len returns the number of entries.
func (r *Reader) Len() int { return r.entries }

// Blocks returns the number of blocks in the index.
func (r *Reader) Blocks() int { return r.blocks }

func (r *Reader) offset(i int) int {
	return int(binary.LittleEndian.Uint32(r.index[4*i:]))
}

func (r *Reader) blockEnd(i int) int {
	if i+1 < r.blocks {
		return r.offset(i + 1)
	}
	return 8 * len(r.data)
}

// block returns a reader over block i, clamped to the data so that damaged offsets cannot
// lead outside it.
func (r *Reader) block(i int) bitReader {
	end := min(r.blockEnd(i), 8*len(r.data))
	return bitReader{data: r.data, pos: r.offset(i), end: end}
}

// compareFirst compares block i's first headword with key (-1, 0, +1), decoding only its letters.
func (r *Reader) compareFirst(i int, key string) (int, error) {
	br := r.block(i)
	if p, err := br.read(prefixBits); err != nil || p != 0 {
		return 0, fmt.Errorf("%w: block %d", ErrFormat, i)
	}
	for k := 0; ; k++ {
		c, err := br.read(letterBits)
		if err != nil || c > 26 {
			return 0, fmt.Errorf("%w: block %d", ErrFormat, i)
		}
		if c == 0 {
			if k == len(key) {
				return 0, nil
			}
			return -1, nil
		}
		if k == len(key) {
			return 1, nil
		}
		ch := byte('a' + c - 1)
		if ch != key[k] {
			if ch < key[k] {
				return -1, nil
			}
			return 1, nil
		}
	}
}

// Lookup returns every entry for key, which must be lower case; nil if there is none.
func (r *Reader) Lookup(key string) ([]Entry, error) {
	es, err := r.remembered(key)
	if err != nil {
		return nil, err
	}
	return cloneEntries(es), nil
}

// Has reports whether key, which must be lower case, has an entry: Lookup's answer found or
// not, without the copy of the entries Lookup hands out (speed: a text normalizer asks only
// whether a word is in the lexicon, over a hundred thousand times a megabyte).
func (r *Reader) Has(key string) (bool, error) {
	es, err := r.remembered(key)
	return len(es) > 0, err
}

// remembered returns key's entries from the table of answers, looking them up on a miss. The
// slice is the table's own: callers must not change it or hand it out.
func (r *Reader) remembered(key string) ([]Entry, error) {
	if checkWord(key) != nil || r.blocks == 0 {
		return nil, nil
	}
	r.mu.RLock()
	es, ok := r.cache[key]
	r.mu.RUnlock()
	if ok {
		return es, nil
	}
	es, err := r.lookup(key)
	if err != nil {
		return nil, err // a damaged block is reported every time, never remembered
	}
	r.mu.Lock()
	if r.cache == nil || len(r.cache) >= lookupCacheSize {
		r.cache = make(map[string][]Entry, 256)
	}
	r.cache[strings.Clone(key)] = es
	r.mu.Unlock()
	return es, nil
}

// lookup is Lookup without its table: it finds key's block and decodes it.
func (r *Reader) lookup(key string) ([]Entry, error) {
	// Find the last block whose first headword is <= key.
	var ferr error
	i := sort.Search(r.blocks, func(i int) bool {
		c, err := r.compareFirst(i, key)
		if err != nil {
			ferr = err
			return true
		}
		return c > 0
	}) - 1
	if ferr != nil {
		return nil, ferr
	}
	if i < 0 {
		return nil, nil
	}
	return r.scanBlock(i, key)
}

// cloneEntries returns a deep copy of es, so a caller that changes its answer changes no
// other caller's (nil for nil).
func cloneEntries(es []Entry) []Entry {
	if es == nil {
		return nil
	}
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = Entry{Word: e.Word, POS: e.POS, Pron: e.Pron.Clone()}
	}
	return out
}

func (r *Reader) scanBlock(i int, key string) ([]Entry, error) {
	br := r.block(i)
	var word [MaxWordLen]byte
	wlen := 0
	var out []Entry
	bad := func() error { return fmt.Errorf("%w: block %d", ErrFormat, i) }
	for br.end-br.pos >= 8 { // fewer bits are the final byte's padding
		p, err := br.read(prefixBits)
		if err != nil || int(p) > wlen {
			return nil, bad()
		}
		wlen = int(p)
		for {
			c, err := br.read(letterBits)
			if err != nil || c > 26 {
				return nil, bad()
			}
			if c == 0 {
				break
			}
			if wlen >= MaxWordLen {
				return nil, bad()
			}
			word[wlen] = byte('a' + c - 1)
			wlen++
		}
		pos := ""
		f, err := br.read(1)
		if err != nil {
			return nil, bad()
		}
		if f == 1 {
			pi, err := br.read(posBits)
			if err != nil || int(pi) >= len(r.pos) {
				return nil, bad()
			}
			pos = r.pos[pi]
		}
		cmp := compareBytes(word[:wlen], key)
		if cmp > 0 {
			break
		}
		if cmp < 0 {
			if err := br.skipPron(); err != nil {
				return nil, bad()
			}
			continue
		}
		pr, err := br.readPron()
		if err != nil {
			return nil, bad()
		}
		out = append(out, Entry{Word: key, POS: pos, Pron: pr})
	}
	return out, nil
}

// All decodes every entry in order, calling fn for each until it returns false. It is meant for
// tests and tools, not for start-up.
func (r *Reader) All(fn func(Entry) bool) error {
	for i := 0; i < r.blocks; i++ {
		br := r.block(i)
		var word [MaxWordLen]byte
		wlen := 0
		bad := func() error { return fmt.Errorf("%w: block %d", ErrFormat, i) }
		for br.end-br.pos >= 8 { // fewer bits are the final byte's padding
			p, err := br.read(prefixBits)
			if err != nil || int(p) > wlen {
				return bad()
			}
			wlen = int(p)
			for {
				c, err := br.read(letterBits)
				if err != nil || c > 26 {
					return bad()
				}
				if c == 0 {
					break
				}
				if wlen >= MaxWordLen {
					return bad()
				}
				word[wlen] = byte('a' + c - 1)
				wlen++
			}
			pos := ""
			f, err := br.read(1)
			if err != nil {
				return bad()
			}
			if f == 1 {
				pi, err := br.read(posBits)
				if err != nil || int(pi) >= len(r.pos) {
					return bad()
				}
				pos = r.pos[pi]
			}
			pr, err := br.readPron()
			if err != nil {
				return bad()
			}
			if !fn(Entry{Word: string(word[:wlen]), POS: pos, Pron: pr}) {
				return nil
			}
		}
	}
	return nil
}

type bitReader struct {
	data     []byte
	pos, end int // in bits
}

var errShort = errors.New("short read")

// read returns the next bits (at most 8) of the stream.
func (b *bitReader) read(bits int) (uint32, error) {
	if b.pos+bits > b.end || bits > 8 {
		return 0, errShort
	}
	i := b.pos >> 3
	w := uint32(b.data[i]) << 8
	if i+1 < len(b.data) {
		w |= uint32(b.data[i+1])
	}
	shift := 16 - uint(b.pos&7) - uint(bits)
	b.pos += bits
	return w >> shift & (1<<uint(bits) - 1), nil
}

func (b *bitReader) skipPron() error {
	if _, err := b.read(1); err != nil {
		return err
	}
	for {
		s, err := b.read(symBits)
		if err != nil {
			return err
		}
		if s == symEnd {
			return nil
		}
	}
}

func (b *bitReader) readPron() (phone.Pron, error) {
	explicit, err := b.read(1)
	if err != nil {
		return nil, err
	}
	var pr phone.Pron
	var cur phone.Syllable
	var phs []phone.Phone
	var st []uint8
	for {
		s, err := b.read(symBits)
		if err != nil {
			return nil, err
		}
		switch {
		case s == symBoundary && explicit == 0:
			return nil, errShort
		case s == symEnd && explicit == 0:
			if len(phs) == 0 {
				return nil, errShort
			}
			return phone.Syllabify(phs, st), nil
		case s == symEnd || s == symBoundary:
			if len(cur.Phones) == 0 {
				return nil, errShort
			}
			pr = append(pr, cur)
			cur = phone.Syllable{}
			if s == symEnd {
				return pr, nil
			}
		case s <= symPhone+symLastPhone:
			ph := phone.Phone(s - symPhone)
			if int(ph) >= phone.Count {
				return nil, errShort
			}
			cur.Phones = append(cur.Phones, ph)
			phs = append(phs, ph)
			st = append(st, phone.Unstressed)
		default:
			ph := phone.Phone(s - symStressed)
			if !ph.IsVowel() {
				return nil, errShort
			}
			cur.Phones = append(cur.Phones, ph)
			cur.Stress = phone.Primary
			phs = append(phs, ph)
			st = append(st, phone.Primary)
		}
	}
}

// compareBytes compares a with b like strings.Compare, without converting a.
func compareBytes(a []byte, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
