package lts

import (
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Report summarises a model's accuracy on a list of reference entries.
type Report struct {
	Words         int // distinct headwords scored
	WordsExact    int // phones and stress (secondary counted as stressed) match a reference
	WordsNoStress int // phones match a reference, stress ignored
	Phones        int // reference phones (of the closest reference) over all words
	PhoneErrors   int // edit distance to the closest reference, stress ignored
}

// WordAccuracy is the fraction of words whose phones and stress are exactly right.
func (r Report) WordAccuracy() float64 { return ratio(r.WordsExact, r.Words) }

// WordAccuracyNoStress is the fraction of words whose phones are right, stress ignored.
func (r Report) WordAccuracyNoStress() float64 { return ratio(r.WordsNoStress, r.Words) }

// PhoneAccuracy is 1 minus the phone error rate (edit distance over reference length).
func (r Report) PhoneAccuracy() float64 { return 1 - ratio(r.PhoneErrors, r.Phones) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Predictor is anything that pronounces a word.
type Predictor interface {
	Predict(word string) phone.Pron
}

// Evaluate scores p on the entries, one score per distinct headword: a word counts as right if
// the prediction matches any of its entries (homographs such as "record" have several). Because
// the CMU lexicon folds secondary stress into primary, stress is compared as stressed versus
// unstressed.
func Evaluate(p Predictor, entries []Entry) Report {
	refs := map[string][]phone.Pron{}
	var order []string
	for _, e := range entries {
		if _, ok := refs[e.Word]; !ok {
			order = append(order, e.Word)
		}
		refs[e.Word] = append(refs[e.Word], e.Pron)
	}
	var r Report
	for _, w := range order {
		got := p.Predict(w)
		gp, gs := flatten(got)
		exact, plain := false, false
		bestDist, bestLen := -1, 0
		for _, ref := range refs[w] {
			rp, rs := flatten(ref)
			if slices.Equal(gp, rp) {
				plain = true
				if slices.Equal(gs, rs) {
					exact = true
				}
			}
			if d := editDistance(gp, rp); bestDist < 0 || d < bestDist {
				bestDist, bestLen = d, len(rp)
			}
		}
		r.Words++
		if exact {
			r.WordsExact++
		}
		if plain {
			r.WordsNoStress++
		}
		r.PhoneErrors += bestDist
		r.Phones += bestLen
	}
	return r
}

// editDistance is the Levenshtein distance between two phone strings.
func editDistance(a, b []phone.Phone) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
