package lts

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

func mustModel(t testing.TB) *Model {
	t.Helper()
	m, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return m
}

func loadLexicon(t testing.TB, path string) []Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ParseLexicon(f)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestHeldOut scores the embedded model on the 2,000 headwords that ltstrain held out of
// training and tuning (testdata/heldout.txt, lines of cmudict-0.4.out). Two bounds, neither taken
// from the model's own score: it must reach the word accuracy Black, Lenzo & Pagel (1998, "Issues
// in building general letter to sound rules", 3rd ESCA Speech Synthesis Workshop) published for
// CART letter-to-sound trees on CMUdict, 57.80 % (the method this package implements), and it must
// beat its own main (right-to-left) trees alone on every measure, the reason it carries a second
// set of trees at all.
func TestHeldOut(t *testing.T) {
	held := loadLexicon(t, "testdata/heldout.txt")
	m := mustModel(t)
	r := Evaluate(m, held)
	t.Logf("held-out %d words: word accuracy %.2f%% (phones and stress), %.2f%% (stress ignored); phone accuracy %.2f%%",
		r.Words, 100*r.WordAccuracy(), 100*r.WordAccuracyNoStress(), 100*r.PhoneAccuracy())
	if r.Words != 2000 {
		t.Errorf("scored %d words, want 2000", r.Words)
	}
	const publishedCART = 0.578
	if r.WordAccuracy() < publishedCART {
		t.Errorf("word accuracy %.4f below the published CART figure for CMUdict %.4f", r.WordAccuracy(), publishedCART)
	}
	if len(m.dirs) != 2 || !m.dirs[0].reverse {
		t.Fatalf("embedded model: %d directions, first reversed %v; want right-to-left then left-to-right", len(m.dirs), len(m.dirs) > 0 && m.dirs[0].reverse)
	}
	one := Evaluate(&Model{classes: m.classes, dirs: m.dirs[:1]}, held)
	for _, c := range []struct {
		name      string
		both, one float64
	}{
		{"word accuracy", r.WordAccuracy(), one.WordAccuracy()},
		{"word accuracy ignoring stress", r.WordAccuracyNoStress(), one.WordAccuracyNoStress()},
		{"phone accuracy", r.PhoneAccuracy(), one.PhoneAccuracy()},
	} {
		if c.both <= c.one {
			t.Errorf("%s %.4f with both directions, %.4f with the right-to-left trees alone: the second direction does not pay", c.name, c.both, c.one)
		}
	}
}

// TestHeldOutIsHeldOut checks that the shipped list is exactly what SplitHeldOut picks: every
// word in it is chosen again when the list is mixed with other words.
func TestHeldOutIsHeldOut(t *testing.T) {
	held := loadLexicon(t, "testdata/heldout.txt")
	words := map[string]bool{}
	for _, e := range held {
		if !Usable(e) {
			t.Fatalf("unusable held-out entry %q", e.Word)
		}
		words[e.Word] = true
	}
	// Words outside the list whose hashes are larger than the largest held-out key must not
	// displace any held-out word.
	var maxKey uint64
	for w := range words {
		maxKey = max(maxKey, holdOutKey(w))
	}
	others := []Entry{}
	for _, w := range []string{"cat", "dog", "house", "tree", "music", "river", "speech"} {
		if holdOutKey(w) <= maxKey && !words[w] {
			t.Errorf("%q has a held-out-sized key but is not in the held-out list", w)
		}
		others = append(others, Entry{Word: w, Pron: phone.Pron{{Phones: []phone.Phone{phone.AH}, Stress: 1}}})
	}
	_, again := SplitHeldOut(append(others, held...), len(words))
	if len(again) != len(held) {
		t.Errorf("re-split holds out %d entries, want %d", len(again), len(held))
	}
}

func TestPredictWellFormed(t *testing.T) {
	m := mustModel(t)
	words := []string{"a", "x", "hmm", "nth", "zzz", "strengths", "rhythm", "chorus", "synthesizer",
		"quickly", "xylophone", "supercalifragilisticexpialidocious", "qwrtp", "eeeeee", "y", "bcdfg",
		strings.Repeat("ab", 40)}
	for _, w := range words {
		p := m.Predict(w)
		if len(p) == 0 {
			t.Errorf("Predict(%q) is empty", w)
			continue
		}
		primaries := 0
		for _, s := range p {
			vowels := 0
			for _, ph := range s.Phones {
				if ph.IsVowel() {
					vowels++
				}
				if ph == phone.Sil {
					t.Errorf("Predict(%q) = %v contains silence", w, p)
				}
			}
			if vowels != 1 {
				t.Errorf("Predict(%q) = %v: syllable with %d vowels", w, p, vowels)
			}
			if s.Stress == phone.Primary {
				primaries++
			}
		}
		if primaries != 1 {
			t.Errorf("Predict(%q) = %v: %d primary stresses, want 1", w, p, primaries)
		}
	}
}

func TestPredictKnownWords(t *testing.T) {
	m := mustModel(t)
	// Common regular words any reasonable model gets right (checked against CMUdict).
	tests := []struct{ word, want string }{
		{"cat", "K AE1 T"},
		{"bring", "B R IH1 NG"},
		{"phone", "F OW1 N"},
		{"thinking", "TH IH1 NG K IH0 NG"},
		{"station", "S T EY1 SH AX0 N"},
		{"blocks", "B L AA1 K S"},
		{"sheep", "SH IY1 P"},
	}
	for _, tt := range tests {
		if got := m.Predict(tt.word).String(); got != tt.want {
			t.Errorf("Predict(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestPredictInputHandling(t *testing.T) {
	m := mustModel(t)
	same := []struct{ a, b string }{
		{"Hello", "hello"},
		{"HELLO", "hello"},
		{"hel-lo!", "hello"},
		{"héllo", "hllo"},
		{strings.Repeat("ab", 1000), strings.Repeat("ab", MaxLetters/2)},
	}
	for _, s := range same {
		if a, b := m.Predict(s.a).String(), m.Predict(s.b).String(); a != b {
			t.Errorf("Predict(%q) = %q, Predict(%q) = %q; want equal", s.a, a, s.b, b)
		}
	}
	for _, w := range []string{"", "123", "'-'", "日本"} {
		if p := m.Predict(w); p != nil {
			t.Errorf("Predict(%q) = %v, want nil", w, p)
		}
	}
}

func TestPredictConcurrent(t *testing.T) {
	m := mustModel(t)
	words := []string{"chorus", "synthesizer", "gopher", "xylophone", "knight"}
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = m.Predict(w).String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(words))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, w := range words {
				if got := m.Predict(w).String(); got != want[i] {
					errs <- w + ": " + got + " != " + want[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// leafModel has two directions whose every tree is a single leaf.
func leafModel(cls0, n0, cls1, n1 uint8) *Model {
	m := &Model{classes: []class{
		{n: 1, ph: [2]phone.Phone{phone.AE}, stressed: true},
		{n: 1, ph: [2]phone.Phone{phone.IY}, stressed: true},
	}}
	for k, leaf := range []node{{feat: leafMarker, cls: cls0, count: n0}, {feat: leafMarker, cls: cls1, count: n1}} {
		d := direction{reverse: k == 0}
		for l := range d.trees {
			d.trees[l] = tree{leaf}
		}
		m.dirs = append(m.dirs, d)
	}
	return m
}

func TestDirectionChoice(t *testing.T) {
	tests := []struct {
		name string
		m    *Model
		word string
		want string
	}{
		{"second has more evidence", leafModel(0, 1, 1, 5), "a", "IY1"},
		{"first has more evidence", leafModel(0, 9, 1, 5), "a", "AE1"},
		{"tie goes to the first", leafModel(0, 5, 1, 5), "a", "AE1"},
	}
	for _, tt := range tests {
		if got := tt.m.Predict(tt.word).String(); got != tt.want {
			t.Errorf("%s: Predict(%q) = %q, want %q", tt.name, tt.word, got, tt.want)
		}
		b, err := tt.m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := Load(b)
		if err != nil {
			t.Fatal(err)
		}
		if got := m2.Predict(tt.word).String(); got != tt.want {
			t.Errorf("%s after encoding: Predict(%q) = %q, want %q", tt.name, tt.word, got, tt.want)
		}
	}
	// The embedded model reads both ways.
	m := mustModel(t)
	if len(m.dirs) != 2 || m.dirs[0].reverse == m.dirs[1].reverse {
		t.Errorf("embedded model has %d directions, want right-to-left and left-to-right", len(m.dirs))
	}
}

func TestFinishStress(t *testing.T) {
	tests := []struct {
		name   string
		phones []phone.Phone
		stress []uint8
		conf   []uint8
		want   string
	}{
		{"none stressed: most likely gets primary", []phone.Phone{phone.K, phone.AE, phone.T, phone.AX, phone.N},
			[]uint8{0, 0, 0, 0, 0}, []uint8{0, 90, 0, 20, 0}, "K AE1 T AX0 N"},
		{"two stressed: most confident primary", []phone.Phone{phone.AE, phone.T, phone.OW},
			[]uint8{1, 0, 1}, []uint8{100, 0, 200}, "AE2 T OW1"},
		{"tie goes to the first", []phone.Phone{phone.AE, phone.T, phone.OW},
			[]uint8{1, 0, 1}, []uint8{100, 0, 100}, "AE1 T OW2"},
		{"no vowel", []phone.Phone{phone.HH, phone.M}, []uint8{0, 0}, []uint8{0, 0}, "HH AH1 M"},
		{"nothing", nil, nil, nil, "AH1"},
	}
	for _, tt := range tests {
		if got := finish(tt.phones, tt.stress, tt.conf).String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := mustModel(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, embeddedModel) {
		t.Errorf("re-encoding the embedded model changed it (%d vs %d bytes)", len(b), len(embeddedModel))
	}
	if !bytes.Contains(embeddedModel[:1024], []byte("festlex-cmu 2.4-2")) {
		t.Errorf("model header lacks the provenance notice")
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	for _, n := range []int{0, 5, len(magic), len(magic) + 4, len(embeddedModel) / 2, len(embeddedModel) - 1} {
		if _, err := Load(embeddedModel[:n]); err == nil {
			t.Errorf("Load of %d-byte prefix succeeded", n)
		}
	}
	bad := bytes.Clone(embeddedModel)
	bad[len(bad)/2] ^= 0x55
	if _, err := Load(bad); err == nil {
		t.Error("Load of a corrupted model succeeded")
	}
}

// tinyLexicon is a small hand-made lexicon for training tests.
const tinyLexicon = `MNCL
("cat" nil (((k ae t) 1)))
("cats" nil (((k ae t s) 1)))
("bat" nil (((b ae t) 1)))
("tab" nil (((t ae b) 1)))
("box" nil (((b aa k s) 1)))
("taxi" nil (((t ae k) 1) ((s iy) 0)))
("bit" nil (((b ih t) 1)))
("kit" nil (((k ih t) 1)))
("sit" nil (((s ih t) 1)))
("at" nil (((ae t) 1)))
("sitka" nil (((s ih t) 1) ((k ax) 0)))
`

func TestTrainTiny(t *testing.T) {
	es, err := ParseLexicon(strings.NewReader(tinyLexicon))
	if err != nil {
		t.Fatal(err)
	}
	m, st, err := Train(context.Background(), es, TrainOptions{MinLeaf: 1, EMIterations: 8, BothDirections: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.Words != len(es) || st.Unaligned != 0 {
		t.Errorf("stats %+v: want all %d words aligned", st, len(es))
	}
	// A tree with leaves of one letter must reproduce its training data.
	if r := Evaluate(m, es); r.WordsExact != r.Words {
		for _, e := range es {
			t.Logf("%s: got %v want %v", e.Word, m.Predict(e.Word), e.Pron)
		}
		t.Errorf("training-set accuracy %d/%d, want all", r.WordsExact, r.Words)
	}
	// And the encoding must carry it intact.
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"cat", "taxi", "xbat", "tactics"} {
		if a, b := m.Predict(w).String(), m2.Predict(w).String(); a != b {
			t.Errorf("%q: %q before encoding, %q after", w, a, b)
		}
	}
	// Training is deterministic, whatever the number of workers.
	m3, _, err := Train(context.Background(), es, TrainOptions{MinLeaf: 1, EMIterations: 8, BothDirections: true, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	b3, err := m3.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b3) {
		t.Error("two training runs gave different models")
	}
	if _, _, err := Train(context.Background(), nil, TrainOptions{}); err == nil {
		t.Error("Train with no entries succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Train(ctx, es, TrainOptions{}); err == nil {
		t.Error("Train with a cancelled context succeeded")
	}
}

func TestAlignment(t *testing.T) {
	es, err := ParseLexicon(strings.NewReader(tinyLexicon))
	if err != nil {
		t.Fatal(err)
	}
	var aws []alignWord
	for _, e := range es {
		ph, _ := flatten(e.Pron)
		aws = append(aws, newAlignWord(letters(e.Word), ph))
	}
	tb := newEMTable()
	for range 8 {
		if tb, err = emStep(context.Background(), aws, tb); err != nil {
			t.Fatal(err)
		}
	}
	got := viterbiAlign(newAlignWord(letters("box"), []phone.Phone{phone.B, phone.AA, phone.K, phone.S}), tb)
	want := []int{int(phone.B), int(phone.AA), clusterIndex(phone.K, phone.S)}
	if len(got) != len(want) {
		t.Fatalf("box aligned as %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("box aligned as %v, want %v", got, want)
		}
	}
	if a := viterbiAlign(newAlignWord(letters("a"), []phone.Phone{phone.T, phone.R, phone.IH}), tb); a != nil {
		t.Errorf("three phones from one letter aligned as %v", a)
	}
}

func TestSplitHeldOut(t *testing.T) {
	var es []Entry
	pron := phone.Pron{{Phones: []phone.Phone{phone.AH}, Stress: 1}}
	for i := range 500 {
		w := string(rune('a'+i%26)) + string(rune('a'+(i/26)%26)) + "x"
		es = append(es, Entry{Word: w, Pron: pron})
	}
	es = append(es, Entry{Word: "Caps", Pron: pron}, Entry{Word: "it's", Pron: pron}, Entry{Word: "aax", Pron: pron})
	train, held := SplitHeldOut(es, 50)
	hw := map[string]bool{}
	for _, e := range held {
		hw[e.Word] = true
	}
	if len(hw) != 50 {
		t.Errorf("held out %d headwords, want 50", len(hw))
	}
	for _, e := range train {
		if hw[e.Word] {
			t.Errorf("%q is in both parts", e.Word)
		}
		if !Usable(e) {
			t.Errorf("unusable %q in training part", e.Word)
		}
	}
	if len(train)+len(held) != len(es)-2 {
		t.Errorf("parts hold %d entries, want %d", len(train)+len(held), len(es)-2)
	}
	// Order does not matter.
	rev := make([]Entry, len(es))
	for i, e := range es {
		rev[len(es)-1-i] = e
	}
	_, held2 := SplitHeldOut(rev, 50)
	for _, e := range held2 {
		if !hw[e.Word] {
			t.Errorf("reordered split holds out %q", e.Word)
		}
	}
}

func TestParseEntry(t *testing.T) {
	good := []struct{ in, word, pos, pron string }{
		{`("a" dt (((ax) 0)))`, "a", "dt", "AX0"},
		{`("hello" nil (((hh ax) 0) ((l ow) 1)))`, "hello", "nil", "HH AX0 L OW1"},
		{`("AWOL" n (((ey) 1) ((w ao l) 0)))`, "AWOL", "n", "EY1 W AO0 L"},
		{` ( "x"  nil ( ( ( eh k s ) 2 ) ) ) `, "x", "nil", "EH2 K S"},
	}
	for _, g := range good {
		e, err := ParseEntry(g.in)
		if err != nil {
			t.Errorf("ParseEntry(%q): %v", g.in, err)
			continue
		}
		if e.Word != g.word || e.POS != g.pos || e.Pron.String() != g.pron {
			t.Errorf("ParseEntry(%q) = %q %q %q", g.in, e.Word, e.POS, e.Pron.String())
		}
	}
	bad := []string{
		``, `(`, `)`, `("a")`, `("a" nil)`, `("a" nil ())`, `("a" nil (((ax) 3)))`, `("a" nil (((ax0) 0)))`,
		`("a" nil (((xx) 0)))`, `("a" nil (((pau) 0)))`, `("a" nil ((() 0)))`, `("" nil (((ax) 0)))`,
		`(a nil (((ax) 0)))`, `("a" nil (((ax) 0))) x`, `("a nil (((ax) 0)))`, `("a" (nil) (((ax) 0)))`,
		`((((((((((((("a")))))))))))))`, `("a" nil (((ax) 0) ax))`,
	}
	for _, b := range bad {
		if _, err := ParseEntry(b); err == nil {
			t.Errorf("ParseEntry(%q) succeeded", b)
		}
	}
	if _, err := ParseLexicon(strings.NewReader("(\"" + strings.Repeat("a", 10000) + "\" nil (((ax) 0)))\n")); err == nil {
		t.Error("ParseLexicon accepted a 10 KB line")
	}
	if _, err := ParseLexicon(strings.NewReader("MNCL\n(\"a\" nil (((ax) 0)))\nbroken\n")); err == nil ||
		!strings.Contains(err.Error(), "line 3") {
		t.Errorf("ParseLexicon error %v, want one naming line 3", err)
	}
}

func TestEvaluate(t *testing.T) {
	ref := func(s string) phone.Pron {
		p, err := phone.ParsePron(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	entries := []Entry{
		{Word: "record", Pron: ref("R EH1 K ER0 D")},
		{Word: "record", Pron: ref("R IH0 K AO1 R D")},
		{Word: "cat", Pron: ref("K AE1 T")},
		{Word: "dog", Pron: ref("D AO1 G")},
	}
	fake := predictorFunc(func(w string) phone.Pron {
		switch w {
		case "record":
			return ref("R IH0 K AO1 R D") // matches the second reference
		case "cat":
			return ref("K AE0 T") // phones right, stress wrong
		}
		return ref("D AA1") // one substitution, one deletion
	})
	r := Evaluate(fake, entries)
	want := Report{Words: 3, WordsExact: 1, WordsNoStress: 2, Phones: 12, PhoneErrors: 2}
	if r != want {
		t.Errorf("Evaluate = %+v, want %+v", r, want)
	}
}

type predictorFunc func(string) phone.Pron

func (f predictorFunc) Predict(w string) phone.Pron { return f(w) }

func FuzzPredict(f *testing.F) {
	m := mustModel(f)
	for _, s := range []string{"", "hello", "HELLO", "x", "héllo", "a-b'c", strings.Repeat("z", 1<<20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := m.Predict(s)
		if len(letters(s)) == 0 {
			if p != nil {
				t.Fatalf("no letters but got %v", p)
			}
			return
		}
		primaries := 0
		for _, syl := range p {
			if syl.Stress == phone.Primary {
				primaries++
			}
		}
		if primaries != 1 {
			t.Fatalf("Predict(%q) = %v: %d primaries", s, p, primaries)
		}
		if n := len(p.Phones()); n > 2*MaxLetters+1 {
			t.Fatalf("Predict(%q) gave %d phones", s, n)
		}
	})
}

func FuzzParseEntry(f *testing.F) {
	for _, s := range []string{`("a" dt (((ax) 0)))`, `("hello" nil (((hh ax) 0) ((l ow) 1)))`, `(((`, `"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEntry(s)
		if err != nil {
			return
		}
		if e.Word == "" || len(e.Pron) == 0 {
			t.Fatalf("ParseEntry(%q) accepted an empty word or pronunciation", s)
		}
		for _, syl := range e.Pron {
			if len(syl.Phones) == 0 || syl.Stress > 2 {
				t.Fatalf("ParseEntry(%q) gave a bad syllable %+v", s, syl)
			}
		}
	})
}

func FuzzLoad(f *testing.F) {
	f.Add(embeddedModel)
	es, err := ParseLexicon(strings.NewReader(tinyLexicon))
	if err != nil {
		f.Fatal(err)
	}
	m, _, err := Train(context.Background(), es, TrainOptions{MinLeaf: 1})
	if err != nil {
		f.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(b)
		if err != nil {
			return
		}
		// Any model that loads must predict, without panicking or looping, a pronunciation
		// with one primary stress and a bounded number of phones.
		for _, w := range []string{"fuzzing", strings.Repeat("q", 70)} {
			p := m.Predict(w)
			primaries := 0
			for _, syl := range p {
				if syl.Stress == phone.Primary {
					primaries++
				}
			}
			if primaries != 1 {
				t.Fatalf("Predict(%q) = %v: %d primaries", w, p, primaries)
			}
			if n := len(p.Phones()); n > 2*MaxLetters+1 {
				t.Fatalf("Predict(%q) gave %d phones", w, n)
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPredict(b *testing.B) {
	m := mustModel(b)
	words := []string{"chorus", "synthesizer", "unpredictable", "cat", "gopher", "xylophone", "thoughtfulness", "quickly"}
	i := 0
	for b.Loop() {
		m.Predict(words[i%len(words)])
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/word")
}
