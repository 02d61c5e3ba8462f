package lts

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/chorus-tts/chorus/synth/phone"
)

//go:embed data/model.bin
var embeddedModel []byte

// MaxLetters is the longest word Predict reads; letters past it are ignored, which bounds the
// time and memory of one prediction whatever the input.
const MaxLetters = 64

// ErrFormat reports a model file that is malformed, truncated or of an unknown version.
var ErrFormat = errors.New("lts: bad model data")

// Notice is written into every model file's header.
const Notice = "Chorus letter-to-sound model. Derived by the Chorus project from Debian festlex-cmu " +
	"2.4-2 data (cmudict-0.4.out: Copyright (c) 1996,1997 Centre for Speech Technology Research, " +
	"University of Edinburgh; CMUdict Copyright (C) 1993-2015 Carnegie Mellon University): modified " +
	"by re-aligning letters to phones and training decision trees with internal/tools/ltstrain. " +
	"Licences: LICENSES/festlex-cmu.txt and LICENSES/cmudict.txt in the Chorus repository."

const (
	magic         = "CHORUS-LTS\x00"
	formatVersion = 2
	leafMarker    = 0xFF
)

// class is one tree output: zero, one or two phones, and the stress of the vowel among them.
type class struct {
	n        uint8
	ph       [2]phone.Phone
	stressed bool
}

func (c class) hasVowel() bool {
	for k := 0; k < int(c.n); k++ {
		if c.ph[k].IsVowel() {
			return true
		}
	}
	return false
}

// node is one decision-tree node in pre-order: an internal node's "yes" child follows it, its
// "no" child is at index no. A leaf gives the class and how many training letters reached it
// (capped at 255), a measure of how much evidence the decision had.
type node struct {
	no    int32
	feat  uint8 // leafMarker for a leaf
	val   uint8
	cls   uint8
	count uint8
}

func (n node) leaf() bool { return n.feat == leafMarker }

// tree is one letter's decision tree.
type tree []node

// direction is a set of 26 letter trees applied in one reading order.
type direction struct {
	reverse bool // letters are classified from the end of the word to its start
	trees   [26]tree
}

// Model is a trained letter-to-sound model: one or two sets of letter trees reading the word in
// opposite directions. It is immutable and safe for concurrent use.
type Model struct {
	classes []class
	dirs    []direction // the first is preferred on ties
}

// Limits of the file format.
const (
	maxDirections = 2
	maxClasses    = 127
	flagReverse   = 1 // direction flag
	leafBit       = 0x80
)

// New returns the model embedded in the package.
func New() (*Model, error) {
	return Load(embeddedModel)
}

// Load decodes a model written by MarshalBinary.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: missing magic", ErrFormat)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	r := reader{b: body[len(magic):]}
	noticeLen := r.uvarint()
	r.skip(noticeLen)
	if v := r.uvarint(); r.err == nil && v != formatVersion {
		return nil, fmt.Errorf("%w: format version %d, want %d", ErrFormat, v, formatVersion)
	}
	if v := r.uvarint(); r.err == nil && v != featureSet {
		return nil, fmt.Errorf("%w: feature set %d, want %d", ErrFormat, v, featureSet)
	}
	nc := r.uvarint()
	if r.err == nil && (nc == 0 || nc > maxClasses) {
		return nil, fmt.Errorf("%w: %d classes", ErrFormat, nc)
	}
	m := &Model{}
	for i := uint64(0); i < nc && r.err == nil; i++ {
		var c class
		c.n = r.byte()
		if c.n > 2 {
			return nil, fmt.Errorf("%w: class with %d phones", ErrFormat, c.n)
		}
		for k := 0; k < int(c.n); k++ {
			p := phone.Phone(r.byte())
			if p == phone.Sil || int(p) >= phone.Count {
				return nil, fmt.Errorf("%w: bad phone in class %d", ErrFormat, i)
			}
			c.ph[k] = p
		}
		switch r.byte() {
		case 0:
		case 1:
			c.stressed = true
		default:
			return nil, fmt.Errorf("%w: bad stress flag in class %d", ErrFormat, i)
		}
		m.classes = append(m.classes, c)
	}
	var maxVal [numFeatures]uint8
	for f := range maxVal {
		maxVal[f] = uint8(min(maxFeatureValue(f, len(m.classes)), 255))
	}
	nd := r.uvarint()
	if r.err == nil && (nd == 0 || nd > maxDirections) {
		return nil, fmt.Errorf("%w: %d directions", ErrFormat, nd)
	}
	for k := uint64(0); k < nd && r.err == nil; k++ {
		flags := r.uvarint()
		if r.err == nil && flags&^flagReverse != 0 {
			return nil, fmt.Errorf("%w: unknown direction flags %#x", ErrFormat, flags)
		}
		d := direction{reverse: flags&flagReverse != 0}
		for l := range d.trees {
			t, err := r.tree(len(m.classes), &maxVal)
			if err != nil {
				return nil, fmt.Errorf("tree %c: %w", 'a'+l, err)
			}
			d.trees[l] = t
		}
		m.dirs = append(m.dirs, d)
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, r.err)
	}
	if r.remaining() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, r.remaining())
	}
	return m, nil
}

// MarshalBinary encodes the model; Load reads it back.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.classes) == 0 || len(m.classes) > maxClasses {
		return nil, fmt.Errorf("lts: cannot encode %d classes", len(m.classes))
	}
	if len(m.dirs) == 0 || len(m.dirs) > maxDirections {
		return nil, fmt.Errorf("lts: cannot encode %d directions", len(m.dirs))
	}
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(Notice)))
	b = append(b, Notice...)
	b = binary.AppendUvarint(b, formatVersion)
	b = binary.AppendUvarint(b, featureSet)
	b = binary.AppendUvarint(b, uint64(len(m.classes)))
	for _, c := range m.classes {
		b = append(b, c.n)
		for k := 0; k < int(c.n); k++ {
			b = append(b, byte(c.ph[k]))
		}
		if c.stressed {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(m.dirs)))
	for _, d := range m.dirs {
		var flags uint64
		if d.reverse {
			flags |= flagReverse
		}
		b = binary.AppendUvarint(b, flags)
		for l, t := range d.trees {
			if len(t) == 0 {
				return nil, fmt.Errorf("lts: empty tree for %c", 'a'+l)
			}
			b = binary.AppendUvarint(b, uint64(len(t)))
			for i, nd := range t {
				if nd.leaf() {
					b = append(b, leafBit|nd.cls, nd.count)
					continue
				}
				b = append(b, nd.feat, nd.val)
				b = binary.AppendUvarint(b, uint64(int(nd.no)-i))
			}
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// tree reads one letter tree: a node count, then nodes in pre-order. A leaf is two bytes
// (leafBit|class, count); an internal node is feature, value and the uvarint distance to its
// "no" child. maxVal bounds each feature's values. The loop works on local copies of the
// reader's state: it is the whole cost of New.
func (r *reader) tree(numClasses int, maxVal *[numFeatures]uint8) (tree, error) {
	count := r.uvarint()
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, r.err)
	}
	// Every node takes at least two bytes.
	if count == 0 || count > uint64(r.remaining()/2) {
		return nil, fmt.Errorf("%w: %d nodes", ErrFormat, count)
	}
	t := make(tree, count)
	b, pos := r.b, r.pos
	for i := range t {
		if pos+1 >= len(b) {
			return nil, fmt.Errorf("%w: %w", ErrFormat, errTruncated)
		}
		x, y := b[pos], b[pos+1]
		if x&leafBit != 0 {
			if int(x&^leafBit) >= numClasses {
				return nil, fmt.Errorf("%w: class %d out of range", ErrFormat, x&^leafBit)
			}
			t[i] = node{feat: leafMarker, cls: x &^ leafBit, count: y}
			pos += 2
			continue
		}
		var skip uint64
		if pos+2 < len(b) && b[pos+2] < 0x80 {
			skip = uint64(b[pos+2])
			pos += 3
		} else {
			v, n := binary.Uvarint(b[min(pos+2, len(b)):])
			if n <= 0 {
				return nil, fmt.Errorf("%w: %w", ErrFormat, errTruncated)
			}
			skip = v
			pos += 2 + n
		}
		if int(x) >= numFeatures || y > maxVal[x] {
			return nil, fmt.Errorf("%w: bad question %d=%d", ErrFormat, x, y)
		}
		// The "no" child comes after the whole "yes" subtree, so it is at least two nodes on;
		// indices only grow, so walking a tree always ends.
		if skip < 2 || skip >= count-uint64(i) {
			return nil, fmt.Errorf("%w: bad child offset", ErrFormat)
		}
		t[i] = node{feat: x, val: y, no: int32(i) + int32(skip)}
	}
	r.pos = pos
	return t, nil
}

// reader decodes bytes, remembering the first error.
type reader struct {
	b   []byte
	pos int
	err error
}

var errTruncated = errors.New("truncated")

func (r *reader) byte() byte {
	if r.pos >= len(r.b) {
		r.err = errTruncated
		return 0
	}
	v := r.b[r.pos]
	r.pos++
	return v
}

func (r *reader) uvarint() uint64 {
	if r.pos < len(r.b) && r.b[r.pos] < 0x80 {
		v := r.b[r.pos]
		r.pos++
		return uint64(v)
	}
	v, n := binary.Uvarint(r.b[min(r.pos, len(r.b)):])
	if n <= 0 {
		r.err = errTruncated
		return 0
	}
	r.pos += n
	return v
}

func (r *reader) skip(n uint64) {
	if n > uint64(len(r.b)-r.pos) {
		r.err = errTruncated
		return
	}
	r.pos += int(n)
}

func (r *reader) remaining() int { return len(r.b) - r.pos }
