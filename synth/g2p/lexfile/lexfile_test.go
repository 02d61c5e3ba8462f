package lexfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

func mustPron(t testing.TB, s string) phone.Pron {
	t.Helper()
	p, err := phone.ParsePron(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRoundTrip(t *testing.T) {
	entries := []Entry{
		{Word: "zebra", Pron: mustPron(t, "Z IY1 B R AX0")},
		{Word: "a", POS: "dt", Pron: mustPron(t, "AX0")},
		{Word: "a", POS: "n", Pron: mustPron(t, "EY1")},
		{Word: "abc", Pron: mustPron(t, "EY1 B IY1 S IY1")},
		{Word: "abcd", Pron: mustPron(t, "AE1 B K D")},
		{Word: "read", POS: "v", Pron: mustPron(t, "R IY1 D")},
		{Word: "read", POS: "vbd", Pron: mustPron(t, "R EH1 D")},
	}
	for _, bs := range []int{1, 2, 3, 100} {
		data, err := Encode(entries, "test notice", bs)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Open(data)
		if err != nil {
			t.Fatalf("block %d: %v", bs, err)
		}
		if r.Notice() != "test notice" || r.Len() != len(entries) {
			t.Fatalf("header: %q %d", r.Notice(), r.Len())
		}
		for _, e := range entries {
			got, err := r.Lookup(e.Word)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, g := range got {
				if g.POS == e.POS && reflect.DeepEqual(g.Pron, e.Pron) {
					found = true
				}
			}
			if !found {
				t.Errorf("block %d: %q %q not found in %v", bs, e.Word, e.POS, got)
			}
		}
		if got, err := r.Lookup("read"); err != nil || len(got) != 2 || got[0].POS != "v" {
			t.Errorf("block %d: homograph order lost: %v, %v", bs, got, err)
		}
		for _, w := range []string{"", "aa", "ab", "abcde", "zz", "b", "Read", "re-ad"} {
			if got, err := r.Lookup(w); err != nil || len(got) != 0 {
				t.Errorf("block %d: Lookup(%q) = %v, %v", bs, w, got, err)
			}
		}
	}
}

func TestEncodeRejects(t *testing.T) {
	for _, e := range []Entry{
		{Word: "", Pron: mustPron(t, "AX0")},
		{Word: "Caps", Pron: mustPron(t, "AX0")},
		{Word: "it's", Pron: mustPron(t, "AX0")},
		{Word: "ok"},
		{Word: "sec", Pron: phone.Pron{{Phones: []phone.Phone{phone.T}, Stress: phone.Primary}}},
		{Word: "two", Pron: phone.Pron{{Phones: []phone.Phone{phone.AA}, Stress: phone.Secondary}}},
	} {
		if _, err := Encode([]Entry{e}, "", 4); err == nil {
			t.Errorf("Encode(%+v) succeeded", e)
		}
	}
}

func TestRandomRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var entries []Entry
	seen := map[string]bool{}
	for len(entries) < 2000 {
		n := 1 + rng.Intn(12)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + rng.Intn(4))
		}
		w := string(b)
		if seen[w] {
			continue
		}
		seen[w] = true
		var pr phone.Pron
		for s := 0; s <= rng.Intn(4); s++ {
			syl := phone.Syllable{Stress: uint8(rng.Intn(2))}
			syl.Phones = append(syl.Phones, phone.Phone(phone.B+phone.Phone(rng.Intn(24))))
			syl.Phones = append(syl.Phones, phone.Phone(phone.AA+phone.Phone(rng.Intn(16))))
			pr = append(pr, syl)
		}
		entries = append(entries, Entry{Word: w, Pron: pr})
	}
	r := encodedReader(t, entries, 7)
	for _, e := range entries {
		got, err := r.Lookup(e.Word)
		if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Pron, e.Pron) {
			t.Fatalf("Lookup(%q) = %v, %v; want %v", e.Word, got, err, e.Pron)
		}
	}
	n := 0
	prev := ""
	if err := r.All(func(e Entry) bool {
		if e.Word < prev {
			t.Fatalf("order: %q after %q", e.Word, prev)
		}
		prev = e.Word
		n++
		return true
	}); err != nil || n != len(entries) {
		t.Fatalf("All: %d entries, %v", n, err)
	}
}

// TestEmbeddedData checks the committed lexicon: every entry is found again by Lookup.
// encodedReader encodes entries in blocks of blockSize and opens the result.
func encodedReader(t *testing.T, entries []Entry, blockSize int) *Reader {
	t.Helper()
	data, err := Encode(entries, "", blockSize)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// homographEntries are four entries, two of them one word's homographs
// (TestLookupCache, TestHasAgreesWithLookup).
func homographEntries(t *testing.T) []Entry {
	t.Helper()
	return []Entry{
		{Word: "a", POS: "dt", Pron: mustPron(t, "AX0")},
		{Word: "a", POS: "n", Pron: mustPron(t, "EY1")},
		{Word: "read", POS: "v", Pron: mustPron(t, "R IY1 D")},
		{Word: "zebra", Pron: mustPron(t, "Z IY1 B R AX0")},
	}
}

// embeddedReader opens the lexicon file g2p embeds.
func embeddedReader(t *testing.T) *Reader {
	t.Helper()
	data, err := os.ReadFile("../data/cmudict.bin")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEmbeddedData(t *testing.T) {
	r := embeddedReader(t)
	if r.Len() != 105901 {
		t.Errorf("Len = %d, want 105901 (festlex-cmu 2.4-2)", r.Len())
	}
	n := 0
	var words []string
	if err := r.All(func(e Entry) bool {
		n++
		if n%97 == 0 {
			words = append(words, e.Word)
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
	if n != r.Len() {
		t.Fatalf("All saw %d entries, header says %d", n, r.Len())
	}
	for _, w := range words {
		if got, err := r.Lookup(w); err != nil || len(got) == 0 {
			t.Errorf("Lookup(%q) = %v, %v", w, got, err)
		}
	}
}

func TestOpenRejectsDamage(t *testing.T) {
	data, err := Encode([]Entry{{Word: "ab", Pron: mustPron(t, "AE1 B")}}, "n", 2)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(data); i++ {
		if _, err := Open(data[:i]); !errors.Is(err, ErrFormat) {
			t.Errorf("Open(truncated to %d) = %v, want ErrFormat", i, err)
		}
	}
	if _, err := Open(append(append([]byte(nil), data...), 0)); !errors.Is(err, ErrFormat) {
		t.Errorf("trailing byte accepted: %v", err)
	}
}

func FuzzOpen(f *testing.F) {
	data, err := Encode([]Entry{
		{Word: "ab", Pron: mustPron(f, "AE1 B")},
		{Word: "abc", POS: "n", Pron: mustPron(f, "AE1 B K")},
	}, "n", 1)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data, "ab")
	f.Add([]byte(Magic), "x")
	var many []Entry
	for _, w := range []string{"ab", "abc", "b", "ba", "c", "cab", "read", "zz"} {
		many = append(many, Entry{Word: w, POS: "n", Pron: mustPron(f, "AE1 B AX0 K")})
	}
	if d, err := Encode(many, "", 2); err == nil {
		f.Add(d, "cab")
	}
	f.Fuzz(func(t *testing.T, data []byte, key string) {
		r, err := Open(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Open: error %v does not wrap ErrFormat", err)
			}
			return
		}
		checkReads(t, r, []string{key})
	})
}

// checkReads checks what a Reader over any data, damaged or not, may answer: Lookup and All either
// fail with ErrFormat or return entries that are well formed (a valid headword, the key itself for
// Lookup, and a pronunciation Encode could have written).
func checkReads(t *testing.T, r *Reader, keys []string) {
	t.Helper()
	for _, key := range keys {
		es, err := r.Lookup(key)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Lookup(%q): error %v does not wrap ErrFormat", key, err)
			}
			continue
		}
		for _, e := range es {
			if e.Word != key {
				t.Fatalf("Lookup(%q) returned an entry for %q", key, e.Word)
			}
			checkEntry(t, e)
		}
	}
	n := 0
	err := r.All(func(e Entry) bool {
		checkEntry(t, e)
		n++
		return n < 10000
	})
	if err != nil && !errors.Is(err, ErrFormat) {
		t.Fatalf("All: error %v does not wrap ErrFormat", err)
	}
}

func checkEntry(t *testing.T, e Entry) {
	t.Helper()
	if err := checkWord(e.Word); err != nil {
		t.Fatalf("entry with a bad headword %q: %v", e.Word, err)
	}
	if len(e.Pron) == 0 {
		t.Fatalf("entry %q without a pronunciation", e.Word)
	}
	for _, syl := range e.Pron {
		if len(syl.Phones) == 0 || syl.Stress > phone.Secondary {
			t.Fatalf("entry %q: bad syllable %+v", e.Word, syl)
		}
		for _, ph := range syl.Phones {
			if ph == phone.Sil || int(ph) >= phone.Count {
				t.Fatalf("entry %q: phone %d", e.Word, ph)
			}
		}
	}
}

func TestSymbolSpace(t *testing.T) {
	if phone.Count-1 != symLastPhone {
		t.Fatalf("phone inventory has %d phones, the format assumes %d", phone.Count-1, symLastPhone)
	}
	if symStressed+int(phone.UW) >= 1<<symBits {
		t.Fatal("stressed vowels overflow the symbol space")
	}
}

func TestDamagedOffsets(t *testing.T) {
	var entries []Entry
	for _, w := range []string{"ab", "abc", "b", "ba", "c", "cab"} {
		entries = append(entries, Entry{Word: w, Pron: mustPron(t, "AE1 B")})
	}
	r := encodedReader(t, entries, 2)
	// Overwrite the index with out-of-range and decreasing offsets: lookups must fail cleanly
	// (ErrFormat or well-formed entries, never a panic or garbage), and a full read notices.
	for _, offs := range [][]uint32{{0, 1 << 30, 8}, {1 << 31, 1 << 31, 1}, {5, 3, 1}} {
		for k := 0; k < r.blocks && k < len(offs); k++ {
			binary.LittleEndian.PutUint32(r.index[4*k:], offs[k])
		}
		checkReads(t, r, []string{"ab", "b", "cab", "zzz"})
		if err := r.All(func(Entry) bool { return true }); !errors.Is(err, ErrFormat) {
			t.Errorf("offsets %v: All = %v, want ErrFormat", offs, err)
		}
	}
}

// TestLookupCache checks Lookup's table of answers: a second answer equals the first (found or
// not), changing an answer changes no later one, and the table stays within its bound.
func TestLookupCache(t *testing.T) {
	entries := homographEntries(t)
	r := encodedReader(t, entries, 2)
	for _, w := range []string{"a", "read", "zebra", "zeb", "b"} {
		first, err := r.Lookup(w)
		if err != nil {
			t.Fatal(err)
		}
		want := cloneEntries(first)
		if fresh, _ := r.lookup(w); !reflect.DeepEqual(first, fresh) {
			t.Errorf("Lookup(%q) = %v, %v decoded", w, first, fresh)
		}
		got := first
		for range 3 {
			for _, e := range got {
				e.Pron[0].Stress = 9 // a caller that changes its answer
			}
			got, err = r.Lookup(w)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("Lookup(%q) again = %v, %v; want %v", w, got, err, want)
			}
		}
	}
	for i := range lookupCacheSize + 10 {
		r.Lookup("b" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)))
	}
	if n := len(r.cache); n > lookupCacheSize || n == 0 {
		t.Errorf("the table holds %d answers, bound %d", n, lookupCacheSize)
	}
}

// TestHasAgreesWithLookup asks Has about found, missing and malformed keys, first and again
// (from the table of answers), and about a damaged block: its answer is Lookup's, found or not,
// error or not, and asking it leaves Lookup's copies intact.
func TestHasAgreesWithLookup(t *testing.T) {
	entries := homographEntries(t)
	keys := []string{"a", "read", "zebra", "zeb", "b", "aa", "zz", "", "A", "re ad", "naïve"}
	for _, first := range []string{"Has", "Lookup"} {
		r := encodedReader(t, entries, 2)
		for _, w := range keys {
			for k := range 2 {
				var has bool
				var es []Entry
				var herr, lerr error
				if (first == "Has") == (k == 0) {
					has, herr = r.Has(w)
					es, lerr = r.Lookup(w)
				} else {
					es, lerr = r.Lookup(w)
					has, herr = r.Has(w)
				}
				if has != (len(es) > 0) || herr != nil || lerr != nil {
					t.Errorf("%s first: Has(%q) = %v, %v; Lookup = %v, %v", first, w, has, herr, es, lerr)
				}
				if fresh, _ := r.lookup(w); !reflect.DeepEqual(es, fresh) && checkWord(w) == nil {
					t.Errorf("Lookup(%q) after Has = %v, decoded %v", w, es, fresh)
				}
			}
		}
	}
	r := encodedReader(t, entries, 2)
	r.data = append([]byte(nil), r.data...)
	for i := range r.data {
		r.data[i] = 0xFF // every letter code 31: no block decodes
	}
	if ok, err := r.Has("read"); ok || err == nil {
		t.Errorf("Has on a damaged block = %v, %v; want an error", ok, err)
	}
	if _, err := r.Lookup("read"); err == nil {
		t.Error("Lookup on a damaged block: want an error")
	}
}

// TestLookupConcurrent looks words of the embedded lexicon up from several goroutines at once,
// so that -race sees the table shared: each answer is the decoded one.
func TestLookupConcurrent(t *testing.T) {
	r := embeddedReader(t)
	words := []string{"the", "read", "record", "zebra", "qqqq", "house", "white", "whitehouse", "a", "lead", "xyzzy", "minute"}
	done := make(chan error, 4)
	for g := range 4 {
		go func() {
			for i := range 200 {
				w := words[(i+g)%len(words)]
				got, err := r.Lookup(w)
				if has, herr := r.Has(w); err == nil && (herr != nil || has != (len(got) > 0)) {
					err = fmt.Errorf("Has(%q) = %v, %v; Lookup found %d", w, has, herr, len(got))
				}
				if err == nil {
					var want []Entry
					if want, err = r.lookup(w); err == nil && !reflect.DeepEqual(got, want) {
						err = fmt.Errorf("Lookup(%q) = %v, decoded %v", w, got, want)
					}
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
