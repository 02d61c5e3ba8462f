package prosody

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// Festival's reductions for sentences of ours (voice_kal_diphone, festival -b, the Segment
// relation after utt.synth): the words whose vowel postlex_vowel_reduce_cart_data turned into ax.
// Everything else keeps its lexicon vowel there: "and", "at", "of", "has", "us", "what" among them.
var festivalReductions = []struct {
	text    string
	reduced []string
}{
	{"The ferry left the harbor an hour late.", []string{"an"}},
	{"A man and his dog sat at the back of the bus.", nil},
	{"Can you tell us what happened at the bank?", nil},
	{"They hid the cash in a black canvas bag.", nil},
	{"Her son has an excellent memory for names.", []string{"an"}},
}

// TestPlanModelReduction: with Reduction "model" (and the rest of kal's models), the vowels Plan
// reduces to AX are those Festival's tree reduces; without it none is.
func TestPlanModelReduction(t *testing.T) {
	lex, err := g2p.New()
	if err != nil {
		t.Fatal(err)
	}
	kal := Voice{BaseHz: 100, RangeSemitones: 2.5, Tempo: 1, Durations: "kal", Intonation: IntonationModel, Phrasing: PhrasingModel, F0Mean: 105, F0Std: 14}
	for _, tc := range festivalReductions {
		ss, err := text.Normalize(tc.text)
		if err != nil || len(ss) != 1 {
			t.Fatalf("%q: %d sentences, %v", tc.text, len(ss), err)
		}
		var ws []Word
		for _, w := range ss[0].Words {
			p, ok := lex.Lookup(w.Text, w.POS)
			if !ok {
				t.Fatalf("%q: no pronunciation of %q", tc.text, w.Text)
			}
			ws = append(ws, Word{Text: w.Text, Pron: p, Break: w.Break, Function: IsFunctionWord(w.Text)})
		}
		// reducedWords plans the sentence and lists the words in which a vowel the lexicon
		// does not have as AX is spoken as AX.
		reducedWords := func(v Voice) []string {
			phrases, err := Plan(ws, ss[0].Kind, v, Options{SampleRate: 16000})
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			wi, k := 0, -1 // the current word, and the segment's index within it
			for _, ph := range phrases {
				for _, sg := range ph.Segments {
					if sg.Phone == phone.Sil {
						continue
					}
					if sg.WordStart {
						if k >= 0 {
							wi++
						}
						k = 0
					}
					lexPhones := slices.Concat(func() [][]phone.Phone {
						var ps [][]phone.Phone
						for _, s := range ws[wi].Pron {
							ps = append(ps, s.Phones)
						}
						return ps
					}()...)
					if sg.Phone == phone.AX && k < len(lexPhones) && lexPhones[k] != phone.AX {
						out = append(out, strings.ToLower(ws[wi].Text))
					}
					k++
				}
			}
			return out
		}
		if got := reducedWords(kal); got != nil {
			t.Errorf("%q without reduction: reduced %q", tc.text, got)
		}
		kal.Reduction = ReductionModel
		if got := reducedWords(kal); !slices.Equal(got, tc.reduced) {
			t.Errorf("%q with reduction: reduced %q, Festival %q", tc.text, got, tc.reduced)
		}
		kal.Reduction = ""
	}
}

// TestPlanRejectsUnknownReduction: a reduction method Plan does not know is invalid input.
func TestPlanRejectsUnknownReduction(t *testing.T) {
	_, err := Plan(words(t, "the cat"), text.Statement, Voice{BaseHz: 100, Tempo: 1, Reduction: "cart"}, Options{SampleRate: 16000})
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("Plan with reduction \"cart\": %v, want ErrInvalid", err)
	}
}
