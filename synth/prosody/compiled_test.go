package prosody

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

// The compiled feature paths (features.go) must give the models exactly the answers of the
// string path they replaced, kept as the reference in reffeatures_test.go. These tests plan a
// varied set of sentences both ways and compare every feature value and every model output.

// variedText mixes the sentence kinds, phrase breaks, emphasis and spelled letters the features
// depend on.
var variedText = []string{
	"Is it raining in Paris today?",
	"Where did you put the keys, and why?",
	"Stop that at once!",
	"Well, I think so; but the man, who came late, said no: not today.",
	"Do you want tea, coffee, or juice?",
	"The quick brown fox jumps over the lazy dog and runs away into the deep dark forest where nobody ever goes.",
	"She sells sea shells by the sea shore.",
	"A large size in stockings is hard to sell.",
	"The birch canoe slid on the smooth planks.",
	"It's easy to tell the depth of a well.",
	"Can you spell it? B, C, D.",
}

type testSentence struct {
	words []Word
	kind  text.Kind
}

// variedSentences lays out testdata/paragraph.txt and variedText with the lexicon's
// pronunciations (words it lacks are left out), emphasizing every seventh word and spelling
// single letters.
func variedSentences(t *testing.T) []testSentence {
	t.Helper()
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/paragraph.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []testSentence
	n := 0
	for _, line := range append([]string{string(raw)}, variedText...) {
		ss, err := text.Normalize(line)
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		for _, s := range ss {
			var ws []Word
			for _, w := range s.Words {
				p, ok := lex.Lookup(w.Text, w.POS)
				if !ok {
					continue
				}
				n++
				ws = append(ws, Word{Text: w.Text, Pron: p, Break: w.Break, Function: IsFunctionWord(w.Text),
					Emphasis: n%7 == 3, Letter: len(w.Text) == 1 && !strings.EqualFold(w.Text, "a")})
			}
			if len(ws) > 0 {
				out = append(out, testSentence{ws, s.Kind})
			}
		}
	}
	if len(out) < 15 {
		t.Fatalf("only %d sentences", len(out))
	}
	return out
}

// refSource answers the models by name through the reference extractor.
func refSource(s *fsent, it item) model.Feats {
	return func(name string) string {
		v, _ := s.refFeat(it, name)
		return v
	}
}

// extraNames are feature names beyond the models': unknown steps and features, paths past the
// sentence's ends, and features asked of items of the other kind.
var extraNames = []string{
	"name", "R:SylStructure.parent.parent.name", "R:SylStructure.parent.R:Word.R:Phrase.parent.name",
	"R:SylStructure.parent.parent.R:Phrase.parent.daughter1.name", "R:SylStructure.daughtern.name",
	"R:SylStructure.parent.daughter1.daughtern.ph_vc", "R:SylStructure.parent.parent.R:Token.parent.daughter1.name",
	"stress", "ph_vc", "syl_initial", "seg_onsetcoda", "p.p.p.p.p.p.stress", "n.n.n.n.n.n.n.n.name",
	"syl_fancy", "p.nonsense", "R:Nowhere.name", "R:SylStructure.parent.bogus", "pp.pp.pp.pp.word_colour",
	"ph_cplace", "R:SylStructure.parent.R:Word.gpos", "R:SylStructure.parent.R:Word.pbreak",
	"R:SylStructure.parent.R:Word.word_numsyls", "R:SylStructure.parent.R:Word.EMPH",
}

// checkItemFeatures compares, for every segment and syllable of s, every name's compiled value
// (and whether it is known) with the reference's: as a string, and as the number the models
// would read.
func checkItemFeatures(t *testing.T, label string, s *fsent, names []string) int {
	t.Helper()
	n := 0
	var items []item
	for i := range s.segs {
		items = append(items, segItem(i))
	}
	for i := range s.syls {
		items = append(items, sylItem(i))
	}
	for _, name := range names {
		p, err := compilePath(name)
		for _, it := range items {
			want, wantOK := s.refFeat(it, name)
			got, gotOK := model.Str("0"), false // an unknown name
			if err == nil {
				got, gotOK = s.eval(it, &p)
			}
			if strings.HasPrefix(name, "ph_") && err != nil {
				// The one deliberate difference: the reference knew any ph_* name past a
				// missing item or of a word; the compiled paths know only the radio features.
				wantOK = false
			}
			if got.String() != want || gotOK != wantOK || got.Float() != model.Atof(want) {
				t.Errorf("%s: %v %q = %q (known %v), reference %q (known %v)", label, it, name, got, gotOK, want, wantOK)
				if n > 20 {
					t.FailNow()
				}
			}
			if fv, fok := s.feat(it, name); fv != want || fok != wantOK {
				t.Errorf("%s: %v feat(%q) = %q, %v; reference %q, %v", label, it, name, fv, fok, want, wantOK)
			}
			n++
		}
	}
	return n
}

// TestCompiledMatchesReference plans every sentence with kal's models as Plan does (accents,
// tones, vowel reduction, durations, F0 tables) through the compiled paths, and again through
// the reference string path, and requires identical answers at every step: every ToBI event,
// every reduction, every z-score and every F0 target bit for bit, and every feature value.
func TestCompiledMatchesReference(t *testing.T) {
	set, err := Models()
	if err != nil {
		t.Fatal(err)
	}
	tab, err := featureTables()
	if err != nil {
		t.Fatal(err)
	}
	names := append(set.Schema().Names(), extraNames...)
	events, reductions, features, durs, targets := 0, 0, 0, 0, 0
	for si, s := range variedSentences(t) {
		br, err := modelBreaks(s.words, s.kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, gs := range [][]group{phraseGroups(s.words, nil), phraseGroups(s.words, br)} {
			label := sentenceText(s.words)
			m, err := newModelRun(s.words, gs, s.kind, Voice{Durations: "kal", Intonation: IntonationModel, Reduction: ReductionModel})
			if err != nil {
				t.Fatal(err)
			}
			if m.fs.memo.vals == nil || len(m.fs.memo.vals) != len(tab.paths) {
				t.Fatalf("%s: the models were not asked through the compiled paths", label)
			}

			// The reference: the same steps on a fresh sentence, every answer by name.
			ref := newFsent(s.words, gs, s.kind)
			for i := range ref.syls {
				ref.syls[i].accent = set.Accent.Class(refSource(ref, sylItem(i)))
				ref.syls[i].tone = set.Tone.Class(refSource(ref, sylItem(i)))
			}
			if s.kind != text.YesNo {
				accentLastContentWord(ref, s.words)
			}
			for i := range ref.syls {
				if a, b := m.fs.syls[i], ref.syls[i]; a.accent != b.accent || a.tone != b.tone {
					t.Errorf("%s: syllable %d: %s %s, reference %s %s", label, i, a.accent, a.tone, b.accent, b.tone)
				}
				if ref.accented(i) {
					events++
				}
			}
			for i, sy := range ref.syls {
				if sy.vowel < 0 || set.ReduceTable[radio[ref.segs[sy.vowel].ph].name] != "ax" {
					continue
				}
				want := set.Reduce.Class(refSource(ref, sylItem(i))) == "1"
				if want {
					ref.segs[sy.vowel].ph = phone.AX
					reductions++
				}
				if m.reduced[i] != want {
					t.Errorf("%s: syllable %d reduced %v, reference %v", label, i, m.reduced[i], want)
				}
			}
			if !reflect.DeepEqual(m.fs.segs, ref.segs) || !reflect.DeepEqual(m.fs.syls, ref.syls) {
				t.Fatalf("%s: the sentences differ after intonation and reduction", label)
			}
			if si%3 == 0 { // every feature of every item: a third of the sentences (time under -race)
				features += checkItemFeatures(t, label, m.fs, names)
			}
			for k := range m.fs.segs {
				got := set.Duration.Value(m.feats(segItem(k)))
				want := set.Duration.Value(refSource(ref, segItem(k)))
				if got != want {
					t.Errorf("%s: segment %d z-score %v, reference %v", label, k, got, want)
				}
				durs++
			}
			for i := range m.fs.syls {
				f := m.feats(sylItem(i))
				for _, lr := range []*model.LR{set.F0Start, set.F0Mid, set.F0End} {
					if got, want := lr.Value(f), lr.Value(refSource(ref, sylItem(i))); got != want {
						t.Errorf("%s: syllable %d F0 target %v, reference %v", label, i, got, want)
					}
					targets++
				}
			}
		}
	}
	t.Logf("compared %d intonation events, %d reductions, %d feature values, %d z-scores, %d F0 targets",
		events, reductions, features, durs, targets)
	if events < 100 || reductions < 20 || features < 50000 || durs < 1000 || targets < 1000 {
		t.Errorf("too little compared: %d events, %d reductions, %d features, %d durations, %d targets",
			events, reductions, features, durs, targets)
	}
}

// TestItemFeatsMemo: interleaved itemFeats of different items do not mix up their values; an
// itemFeats keeps a value it computed (asked again, it is not recomputed), and one taken after
// the sentence changed answers the new value.
func TestItemFeatsMemo(t *testing.T) {
	tab, err := featureTables()
	if err != nil {
		t.Fatal(err)
	}
	fs := readFestival(t)[0]
	s := fs.structure(t)
	id, ok := tab.schema.ID("tobi_accent")
	if !ok {
		t.Fatal("the models ask no tobi_accent")
	}
	accented := -1
	for i, sy := range s.syls {
		if sy.accent != toneNone {
			accented = i
			break
		}
	}
	if accented < 1 {
		t.Fatal("no accented syllable after the first")
	}
	a := s.featsOf(sylItem(accented), tab)
	b := s.featsOf(sylItem(0), tab)
	for range 3 {
		if got := a.At(id).String(); got != s.syls[accented].accent {
			t.Errorf("interleaved: syllable %d tobi_accent %q, want %q", accented, got, s.syls[accented].accent)
		}
		if got := b.At(id).String(); got != s.syls[0].accent {
			t.Errorf("interleaved: syllable 0 tobi_accent %q, want %q", got, s.syls[0].accent)
		}
	}
	old := s.syls[accented].accent
	c := s.featsOf(sylItem(accented), tab)
	c.At(id)
	s.syls[accented].accent = "L*"
	if got := c.At(id).String(); got != old {
		t.Errorf("asked again, the itemFeats answered %q, not the %q it computed", got, old)
	}
	if got := s.featsOf(sylItem(accented), tab).At(id).String(); got != "L*" {
		t.Errorf("after the change a new itemFeats answered %q, want L*", got)
	}
}

// TestFeaturesCheckedAtLoad: a model asking a feature the extractor does not answer is an
// error naming it when the models are checked (loadModels), not a silent "0" when planning.
func TestFeaturesCheckedAtLoad(t *testing.T) {
	set, err := Models()
	if err != nil {
		t.Fatal(err)
	}
	if err := checkFeatures(set); err != nil {
		t.Fatalf("the embedded models: %v", err)
	}
	for _, name := range []string{"p.syl_colour", "R:Nowhere.name", "ph_ctongue"} {
		bad, err := model.NewTree(&model.Node{
			Question: &model.Question{Feature: name, Op: model.OpIs, Text: "1"},
			Yes:      &model.Node{Leaf: model.Leaf{Numbers: []float64{1}}},
			No:       &model.Node{Leaf: model.Leaf{Numbers: []float64{0}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		c := *set
		c.Accent = bad
		err = checkFeatures(&c)
		if !errors.Is(err, errUnknownFeature) || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "accent tree") {
			t.Errorf("accent tree asking %q: %v", name, err)
		}
	}
}

// FuzzCompiledFeatures: on any words, the compiled paths answer every feature the models ask as
// the reference does.
func FuzzCompiledFeatures(f *testing.F) {
	f.Add([]byte{3, 7, 0xFF, 1, 9, 20, 0xFF, 2, 5, 0xFF, 0x0B})
	f.Add([]byte{40, 0xFF, 0x18, 12, 0xFF, 0x22, 30, 31, 0xFF, 4})
	set, err := Models()
	if err != nil {
		f.Fatal(err)
	}
	tab, err := featureTables()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		words := fuzzWords(data)
		if len(words) == 0 || len(words) > 40 {
			return
		}
		for _, kind := range []text.Kind{text.Statement, text.YesNo} {
			s := newFsent(words, phraseGroups(words, nil), kind)
			for i := range s.syls {
				s.syls[i].accent = set.Accent.Class(s.featsOf(sylItem(i), tab))
				s.syls[i].tone = set.Tone.Class(s.featsOf(sylItem(i), tab))
			}
			checkItemFeatures(t, "fuzz", s, set.Schema().Names())
		}
	})
}
