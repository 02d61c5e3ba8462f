package prosody

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/text"
)

// Festival's own phrase breaks for sentences of ours (voice_kal_diphone, Phrase_Method
// prob_models; "|" after each word whose pbreak is B), from
//
//	(utt.synth (Utterance Text "...")) and each Word's "pbreak" feature, festival -b.
//
// None has punctuation inside, and none is longer than 12 words, so the rules keep each one
// phrase.
var festivalPhrasing = []string{
	"A large size in stockings | is hard to sell.",
	"The old man walked down the road | that led to the village.",
	"My sister told me that the train | would leave before we arrived.",
	"Every morning the baker opens his shop | and sells fresh bread.",
	"Is the meeting in the big room | on the second floor?",
}

// TestPlanModelPhrasing: with Phrasing "model", Plan ends phrases where Festival's phrase-break
// model does on sentences without punctuation inside; with the rules each stays one phrase.
func TestPlanModelPhrasing(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range festivalPhrasing {
		plain := strings.ReplaceAll(want, "| ", "")
		ws, kind := lexWords(t, lex, plain)
		for _, c := range []struct {
			phrasing string
			want     string
		}{
			{PhrasingModel, want},
			{PhrasingRules, plain},
			{"", plain},
		} {
			v := Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1, Phrasing: c.phrasing}
			phrases, err := Plan(ws, kind, v, Options{SampleRate: 16000})
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, ph := range phrases {
				var w []string
				for _, s := range ph.Words {
					w = append(w, s.Text)
				}
				parts = append(parts, strings.Join(w, " "))
			}
			got := strings.Join(parts, " | ")
			if norm := strings.ToLower(strings.Trim(c.want, ".?")); got != norm {
				t.Errorf("phrasing %q: %q, want %q", c.phrasing, got, norm)
			}
		}
	}
}

// TestPlanRejectsUnknownPhrasing: a phrasing method Plan does not know is invalid input.
func TestPlanRejectsUnknownPhrasing(t *testing.T) {
	_, err := Plan(words(t, "the cat"), text.Statement, Voice{BaseHz: 100, Tempo: 1, Phrasing: "cart"}, Options{SampleRate: 16000})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("Plan with phrasing \"cart\": %v, want ErrInvalid", err)
	}
}

// TestPlanSentenceContext: each phrase knows its place in the sentence and its neighbours'
// sizes ("The sun rose, | and the birds sang.": 3 words and 3 syllables, then 4 and 4).
func TestPlanSentenceContext(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	ws, kind := lexWords(t, lex, "The sun rose, and the birds sang.")
	phrases, err := Plan(ws, kind, Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1}, Options{SampleRate: 16000})
	if err != nil {
		t.Fatal(err)
	}
	want := []SentenceContext{
		{Index: 0, Count: 2, Syllables: 7, Words: 7, NextSyllables: 4, NextWords: 4},
		{Index: 1, Count: 2, Syllables: 7, Words: 7, PrevSyllables: 3, PrevWords: 3},
	}
	if len(phrases) != len(want) {
		t.Fatalf("%d phrases, want %d", len(phrases), len(want))
	}
	// Each phrase points at its neighbours in the plan.
	if c := phrases[0].Sentence; c.Prev != nil || c.Next != &phrases[1] {
		t.Errorf("phrase 0: neighbours %p, %p; want nil, %p", c.Prev, c.Next, &phrases[1])
	}
	if c := phrases[1].Sentence; c.Prev != &phrases[0] || c.Next != nil {
		t.Errorf("phrase 1: neighbours %p, %p; want %p, nil", c.Prev, c.Next, &phrases[0])
	}
	for i, ph := range phrases {
		c := ph.Sentence
		c.Prev, c.Next = nil, nil
		if c != want[i] {
			t.Errorf("phrase %d: %+v, want %+v", i, c, want[i])
		}
	}
}

// Festival's tone tree (voice_cmu_us_slt_arctic_hts, f2b_int_tone_cart_tree) on the last
// syllable of each phrase, from each Syllable's "tobi_endtone" feature, festival -b; the
// phrases are Festival's, which our punctuation rules give too.
var festivalEndTones = []struct {
	text  string
	tones []string
}{
	{"The sun rose, and the birds sang.", []string{"L-H%", "L-L%"}},
	{"Did you see it, or not?", []string{"L-H%", "H-H%"}},
	{"I gave it to him.", []string{"L-L%"}},
}

// TestPlanEndTonesFromToneTree: with model intonation each phrase carries the tone tree's end
// tone; the rules name none.
func TestPlanEndTonesFromToneTree(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range festivalEndTones {
		ws, kind := lexWords(t, lex, c.text)
		for _, intonation := range []string{IntonationModel, IntonationRules} {
			v := Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1, Intonation: intonation}
			phrases, err := Plan(ws, kind, v, Options{SampleRate: 16000})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ph := range phrases {
				got = append(got, ph.EndTone)
			}
			want := c.tones
			if intonation == IntonationRules {
				want = make([]string, len(c.tones))
			}
			if strings.Join(got, " ") != strings.Join(want, " ") || len(got) != len(want) {
				t.Errorf("%q, intonation %s: end tones %q, want %q", c.text, intonation, got, want)
			}
		}
	}
}

// lexWords normalizes one sentence and looks its words up in the lexicon.
func lexWords(t *testing.T, lex *g2p.Lexicon, sentence string) ([]Word, text.Kind) {
	t.Helper()
	ss, err := text.Normalize(sentence)
	if err != nil || len(ss) != 1 {
		t.Fatalf("%q: %d sentences, %v", sentence, len(ss), err)
	}
	var ws []Word
	for _, w := range ss[0].Words {
		p, ok := lex.Lookup(w.Text, w.POS)
		if !ok {
			t.Fatalf("%q: no pronunciation of %q", sentence, w.Text)
		}
		ws = append(ws, Word{Text: w.Text, Pron: p, Break: w.Break, Function: IsFunctionWord(w.Text)})
	}
	return ws, ss[0].Kind
}

// TestPlanKey: each phrase carries the pitch level its contour is drawn around: the base pitch
// (rules) or the mean F0 (model), shifted by the request's pitch and raised for an exclamation.
func TestPlanKey(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	ws, _ := lexWords(t, lex, "The sun rose, and the birds sang.")
	for _, c := range []struct {
		v     Voice
		pitch float64
		kind  text.Kind
		want  float64
	}{
		{Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1}, 0, text.Statement, 100},
		{Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1}, 12, text.Statement, 200},
		{Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1, Intonation: IntonationModel, F0Mean: 165}, -12, text.Statement, 82.5},
		{Voice{BaseHz: 100, RangeSemitones: 3, Tempo: 1}, 0, text.Exclamation, 100 * math.Exp2(exclRaiseSt/12)},
	} {
		phrases, err := Plan(ws, c.kind, c.v, Options{SampleRate: 16000, PitchSemitones: c.pitch})
		if err != nil {
			t.Fatal(err)
		}
		for i, ph := range phrases {
			if math.Abs(ph.KeyHz-c.want) > 1e-9 {
				t.Errorf("%+v, pitch %g, kind %v: phrase %d key %g Hz, want %g", c.v, c.pitch, c.kind, i, ph.KeyHz, c.want)
			}
		}
	}
}
