package model

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"strings"
	"testing"
)

// withCRC appends a valid checksum to body.
func withCRC(body []byte) []byte {
	out := append([]byte(nil), body...)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out))
}

// TestRoundTrip: the embedded file decodes, and encoding the result gives the same bytes.
func TestRoundTrip(t *testing.T) {
	s, err := Decode(festivalBin)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, festivalBin) {
		t.Fatalf("re-encoded %d bytes differ from the embedded %d", len(again), len(festivalBin))
	}
	if _, err := Decode(again); err != nil {
		t.Fatalf("re-encoded file does not decode: %v", err)
	}
}

// sampleOffsets is every offset below 256 (the header and string table), then every 89th (a
// prime, so the samples fall at every position within the 8-byte numbers and the varints): a
// decode costs a millisecond or more, so all 49,000 offsets would take minutes under -race.
func sampleOffsets(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		if i < 256 || i%89 == 0 {
			out = append(out, i)
		}
	}
	return out
}

// TestDecodeTruncated: prefixes of the file, checksum fixed or not, are errors naming an
// offset, never a panic.
func TestDecodeTruncated(t *testing.T) {
	body := festivalBin[:len(festivalBin)-4]
	for _, n := range sampleOffsets(len(festivalBin)) {
		if _, err := Decode(festivalBin[:n]); err == nil {
			t.Fatalf("prefix of %d bytes: no error", n)
		} else if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("prefix of %d bytes: %v does not wrap ErrCorrupt", n, err)
		}
		if n >= len(body) {
			continue
		}
		_, err := Decode(withCRC(body[:n]))
		if err == nil {
			t.Fatalf("prefix of %d bytes with a valid checksum: no error", n)
		}
		if !errors.Is(err, ErrCorrupt) || (n >= 9 && !strings.Contains(err.Error(), "offset ")) {
			t.Fatalf("prefix of %d bytes: error %q names no offset", n, err)
		}
	}
}

// TestDecodeCorrupt flips every 97th byte of the body (checksum recomputed): each result is an
// error or a set that evaluates without panicking.
func TestDecodeCorrupt(t *testing.T) {
	body := festivalBin[:len(festivalBin)-4]
	errs := 0
	for i := 0; i < len(body); i += 97 { // a prime stride: every byte position of the numbers

		b := append([]byte(nil), body...)
		b[i] ^= 0xA5
		s, err := Decode(withCRC(b))
		if err != nil {
			errs++
			continue
		}
		exercise(t, s)
	}
	if errs == 0 {
		t.Error("no corruption was detected")
	}
	// Without the checksum fixed, any flip is caught.
	b := append([]byte(nil), festivalBin...)
	b[len(b)/2] ^= 1
	if _, err := Decode(b); err == nil || !strings.Contains(err.Error(), "checksum") {
		t.Errorf("flipped bit: %v, want a checksum error", err)
	}
}

func TestDecodeErrorsNameOffsets(t *testing.T) {
	body := festivalBin[:len(festivalBin)-4]
	bad := append([]byte(nil), body...)
	copy(bad, "XXXX")
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"magic":   {withCRC(bad), "offset 0: not a prosody model file"},
		"version": {withCRC(append([]byte("CHPM\x09"), body[5:]...)), "offset 4: format version 9"},
		// A version 1 file (before the voices' own duration trees) is refused, not misread.
		"version 1": {withCRC(append([]byte("CHPM\x01"), body[5:]...)), "offset 4: format version 1, this reader knows only 2 (regenerate the file: make prosody-models)"},
		"trailing":  {withCRC(append(append([]byte(nil), body...), 0)), "after the end section"},
		"short":     {[]byte("CHPM"), "too short"},
	} {
		_, err := Decode(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
}

// exercise evaluates every model of s with a few feature answers, asked by name and by id in the
// set's schema (integers as Int), which must agree.
func exercise(tb testing.TB, s *Set) {
	tb.Helper()
	for _, v := range []string{"0", "1", "pau", "NONE", "H*", "-3.5", "", "12"} {
		f := Feats(func(string) string { return v })
		d := &drawSource{sc: s.Schema(), vals: make([]string, s.Schema().Len())}
		for i := range d.vals {
			d.vals[i] = v
		}
		for _, t := range s.trees() {
			if a, b := (*t).Value(f), (*t).Value(d); a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
				tb.Fatalf("value %q: tree value %v by name, %v by id", v, a, b)
			}
			if a, b := (*t).Class(f), (*t).Class(d); a != b {
				tb.Fatalf("value %q: tree class %q by name, %q by id", v, a, b)
			}
			(*t).Features()
		}
		for _, m := range s.lrs() {
			if a, b := (*m).Value(f), (*m).Value(d); a != b && !(math.IsNaN(a) && math.IsNaN(b)) {
				tb.Fatalf("value %q: table value %v by name, %v by id", v, a, b)
			}
		}
		if d.byName != 0 {
			tb.Fatalf("a decoded set's models asked an IndexedSource of its schema %d times by name", d.byName)
		}
		s.GPOS(v)
	}
}

// tinySet is a small complete Set, so that the fuzzer starts from a short valid file (the
// real one, 49 KB, makes each new input take a minute to minimize).
func tinySet(t testing.TB) *Set {
	leaf := func(c string) *Node { return &Node{Leaf: Leaf{Dist: []Prob{{c, 1}}, Class: c}} }
	tree := func(q Question) *Tree {
		tr, err := NewTree(&Node{Question: &q, Yes: leaf("a"), No: &Node{Leaf: Leaf{Numbers: []float64{0.5, -1}}}})
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	lr := func() *LR {
		m, err := NewLR([]LRRow{{Feature: "Intercept", Weight: 100}, {Feature: "x", Weight: 2, Classes: []string{"H*"}}, {Feature: "y", Weight: -1}})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	s := &Set{
		Duration:   tree(Question{Feature: "name", Op: OpIs, Text: "pau"}),
		Accent:     tree(Question{Feature: "n", Op: OpLess, Number: 1.5}),
		Tone:       tree(Question{Feature: "p", Op: OpIn, List: []string{"a", "b"}}),
		Reduce:     tree(Question{Feature: "q", Op: OpMatches, Text: "a.*"}),
		PhraseType: tree(Question{Feature: "r", Op: OpGreater, Number: 0}),
		F0Start:    lr(), F0Mid: lr(), F0End: lr(),
		Stats:       map[string]map[string]PhoneStat{"kal": {"aa": {0.1, 0.02}}},
		Target:      map[string]struct{ Mean, Std float64 }{"kal": {105, 14}},
		Stretch:     map[string]float64{"kal": 1.1},
		ReduceTable: map[string]string{"ah": "ax"},
		GuessPOS:    []POSClass{{Tag: "det", Words: []string{"the"}}},
	}
	s.Model.Mean, s.Model.Std = 170, 34
	return s
}

// FuzzDecode decodes arbitrary bytes, with and without a valid checksum: never a panic, every
// error wraps ErrCorrupt, and whatever decodes re-encodes to a file that decodes to the same
// encoding. (TestRoundTrip does the same for the real file.)
func FuzzDecode(f *testing.F) {
	tiny, err := Encode(tinySet(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tiny)
	f.Add(tiny[:len(tiny)-4])
	f.Add(festivalBin[:256])
	f.Add([]byte("CHPM\x01\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Decode(data); err != nil && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("error %v does not wrap ErrCorrupt", err)
		}
		s, err := decodeBody(data)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		exercise(t, s)
		enc, err := Encode(s)
		if err != nil {
			t.Fatalf("decoded set does not encode: %v", err)
		}
		s2, err := Decode(enc)
		if err != nil {
			t.Fatalf("re-encoded set does not decode: %v", err)
		}
		enc2, err := Encode(s2)
		if err != nil || !bytes.Equal(enc, enc2) {
			t.Fatalf("encode(decode(encode(s))) differs from encode(s) (%v)", err)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVoiceDurationChecks: a voice's own duration tree needs the voice's phone statistics, in
// the file (Decode) and in a Set (Encode).
func TestVoiceDurationChecks(t *testing.T) {
	body := festivalBin[:len(festivalBin)-4]
	if !bytes.Contains(body, []byte("duration:slt")) {
		t.Fatal("the embedded file has no duration:slt tree")
	}
	renamed := withCRC(bytes.Replace(body, []byte("duration:slt"), []byte("duration:sxx"), 1))
	if _, err := Decode(renamed); err == nil || !strings.Contains(err.Error(), "a duration tree for sxx but no phone statistics") || !errors.Is(err, ErrCorrupt) {
		t.Errorf("tree without statistics: %v", err)
	}
	s, err := Decode(festivalBin)
	if err != nil {
		t.Fatal(err)
	}
	delete(s.Stats, "slt")
	if _, err := Encode(s); err == nil || !strings.Contains(err.Error(), "voice slt has a duration tree but no phone statistics") {
		t.Errorf("encode, tree without statistics: %v", err)
	}
}
