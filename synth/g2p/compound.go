package g2p

import (
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
)

// SaidAs reports whether the lexicon says word as the words of parts said in a row, as a
// compound is: the same phones, stress aside and with the unstressed reduced vowels AH, IH
// and AX taken as one (ticket is T IH K AH T alone and T IH K IH T in ticketmaster), and the
// first and the last part each keeping a stressed vowel in the whole, as a compound's
// elements do (WHITE HOUSE, NET work). "whitehouse" is white + house; "stanford" (S T AE N F
// ER D) is not stan + ford, nor "guardian" guard + ian, whose last vowels are unstressed
// there; nor "purdue" (P ER0 D UW1) pur + due, "bamboo" bam + boo or "percent" per + cent,
// whose first vowel is unstressed, as in one word stressed late (round thirty-six). Words or
// parts missing from the lexicon are not compounds. It is text.Options.Compound for the engine.
func (l *Lexicon) SaidAs(word string, parts []string) bool {
	whole, ok := l.Lookup(word, "")
	if !ok || len(parts) == 0 {
		return false
	}
	var joined []phone.Phone
	var last phone.Pron
	for _, p := range parts {
		pr, ok := l.Lookup(p, "")
		if !ok {
			return false
		}
		joined = append(joined, reducedPhones(pr)...)
		last = pr
	}
	w := reducedPhones(whole)
	if !slices.Equal(w, joined) {
		return false
	}
	first, _ := l.Lookup(parts[0], "")
	return stressedIn(whole, 0, len(first.Phones())) && stressedIn(whole, len(w)-len(last.Phones()), len(w))
}

// stressedIn reports whether pron has a stressed vowel among its phones from index a up to b.
func stressedIn(pron phone.Pron, a, b int) bool {
	k := 0
	for _, syl := range pron {
		for _, ph := range syl.Phones {
			if k >= a && k < b && syl.Stress > 0 && ph.IsVowel() {
				return true
			}
			k++
		}
	}
	return false
}

// reducedPhones is a pronunciation's phones with every unstressed AH, IH or AX written AX.
func reducedPhones(p phone.Pron) []phone.Phone {
	var out []phone.Phone
	for _, syl := range p {
		for _, ph := range syl.Phones {
			if syl.Stress == 0 && (ph == phone.AH || ph == phone.IH || ph == phone.AX) {
				ph = phone.AX
			}
			out = append(out, ph)
		}
	}
	return out
}
