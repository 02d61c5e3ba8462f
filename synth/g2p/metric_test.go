package g2p

import (
	"os"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/g2p/lexfile"
	"github.com/chorus-tts/chorus/synth/g2p/lts"
	"github.com/chorus-tts/chorus/synth/phone"
)

// phoneString renders p's phones without stress, with the reduced vowels of unstressed
// syllables (AX, IH, AH) written alike: the lexicon itself is not consistent between them
// ("abdicated" ends in AX0 D, "abided" in IH0 D).
func phoneString(p phone.Pron) string {
	var b strings.Builder
	for _, s := range p {
		for _, ph := range s.Phones {
			if s.Stress == phone.Unstressed && (ph == phone.AX || ph == phone.IH || ph == phone.AH) {
				b.WriteString("@ ")
				continue
			}
			b.WriteString(ph.String())
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestMorphologyAgreesWithLexicon checks the suffix rules against inflected words the lexicon
// lists (-s, -ed, -ing, -er, -ly, -ness), applying them to the listed stem and comparing phones
// (stress ignored). Two bounds, neither fitted to today's score:
//   - for each suffix, the rules agree with the lexicon on most words (more than half), as the
//     test's name claims; below that a rule would be wrong more often than right;
//   - on the words the letter-to-sound model never saw in training (its held-out list), the
//     rules are right at least as often as the model: Pronounce asks morphology first, which
//     only pays if it beats the fallback it pre-empts.
func TestMorphologyAgreesWithLexicon(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes the whole lexicon")
	}
	l := newLex(t)
	model, err := lts.New()
	if err != nil {
		t.Fatalf("the embedded lts model does not load: %v", err)
	}
	f, err := os.Open("lts/testdata/heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	heldList, err := lts.ParseLexicon(f)
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{}
	for _, e := range heldList {
		held[strings.ToLower(e.Word)] = true
	}
	type tally struct{ n, ok int }
	stats := map[string]*tally{}
	var heldN, heldRules, heldModel int
	ends := []string{"ness", "ing", "ed", "ly", "er", "s"}
	err = l.r.All(func(e lexfile.Entry) bool {
		for _, end := range ends {
			if !strings.HasSuffix(e.Word, end) || len(e.Word) < len(end)+3 {
				continue
			}
			p, ok := l.suffixed(e.Word, e.POS, 0)
			if !ok {
				break // no stem in the lexicon: nothing to compare
			}
			s := stats[end]
			if s == nil {
				s = &tally{}
				stats[end] = s
			}
			s.n++
			right := phoneString(p) == phoneString(e.Pron)
			if right {
				s.ok++
			}
			if held[e.Word] {
				heldN++
				if right {
					heldRules++
				}
				if phoneString(model.Predict(e.Word)) == phoneString(e.Pron) {
					heldModel++
				}
			}
			break
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, end := range ends {
		s := stats[end]
		if s == nil || s.n < 100 {
			t.Errorf("-%s: too few samples", end)
			continue
		}
		rate := float64(s.ok) / float64(s.n)
		t.Logf("-%s: %d/%d = %.1f%% exact phones", end, s.ok, s.n, 100*rate)
		if 2*s.ok <= s.n {
			t.Errorf("-%s: the rules agree with the lexicon on %d of %d words, not most", end, s.ok, s.n)
		}
	}
	t.Logf("held-out inflected words: rules %d/%d, letter-to-sound model %d/%d", heldRules, heldN, heldModel, heldN)
	if heldN < 100 {
		t.Errorf("only %d held-out inflected words", heldN)
	}
	if heldRules < heldModel {
		t.Errorf("on %d held-out inflected words the suffix rules are right %d times, the letter-to-sound model %d", heldN, heldRules, heldModel)
	}
}
