package synth

import (
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/text"
)

// weakForm is the reduced pronunciation a reader gives a function word inside a phrase, and the
// dictionary (strong) form it replaces.
type weakForm struct {
	strong phone.Pron
	weak   phone.Pron
	// beforeVowel, when set, is used instead of weak when the next word starts with a vowel
	// ("the apple": DH IY; "to eat" keeps its full vowel, so to's is the strong form).
	beforeVowel phone.Pron
	// notAfterDeterminer keeps the strong form after an article or determiner, where the word
	// is a noun ("a can of soup").
	notAfterDeterminer bool
}

func syl(stress uint8, ps ...phone.Phone) phone.Syllable {
	return phone.Syllable{Phones: ps, Stress: stress}
}

// weakForms are the standard weak forms of English function words in connected speech (Gimson's
// and Roach's lists): the vowel of an unaccented function word is reduced to schwa, or to
// unstressed ER for "for". "the" takes IY before a vowel. Only words whose lexicon pronunciation
// is exactly the strong form listed are changed, so a user's own pronunciation is kept.
var weakForms = map[string]weakForm{
	"the":  {strong: phone.Pron{syl(0, phone.DH, phone.AX)}, weak: phone.Pron{syl(0, phone.DH, phone.AX)}, beforeVowel: phone.Pron{syl(0, phone.DH, phone.IY)}},
	"to":   {strong: phone.Pron{syl(1, phone.T, phone.UW)}, weak: phone.Pron{syl(0, phone.T, phone.AX)}, beforeVowel: phone.Pron{syl(0, phone.T, phone.UW)}},
	"and":  {strong: phone.Pron{syl(1, phone.AE, phone.N, phone.D)}, weak: phone.Pron{syl(0, phone.AX, phone.N, phone.D)}},
	"an":   {strong: phone.Pron{syl(1, phone.AE, phone.N)}, weak: phone.Pron{syl(0, phone.AX, phone.N)}},
	"of":   {strong: phone.Pron{syl(1, phone.AH, phone.V)}, weak: phone.Pron{syl(0, phone.AX, phone.V)}},
	"for":  {strong: phone.Pron{syl(1, phone.F, phone.AO, phone.R)}, weak: phone.Pron{syl(0, phone.F, phone.ER)}},
	"from": {strong: phone.Pron{syl(1, phone.F, phone.R, phone.AH, phone.M)}, weak: phone.Pron{syl(0, phone.F, phone.R, phone.AX, phone.M)}},
	"at":   {strong: phone.Pron{syl(1, phone.AE, phone.T)}, weak: phone.Pron{syl(0, phone.AX, phone.T)}},
	"as":   {strong: phone.Pron{syl(1, phone.AE, phone.Z)}, weak: phone.Pron{syl(0, phone.AX, phone.Z)}},
	"was":  {strong: phone.Pron{syl(1, phone.W, phone.AA, phone.Z)}, weak: phone.Pron{syl(0, phone.W, phone.AX, phone.Z)}},
	"can":  {strong: phone.Pron{syl(1, phone.K, phone.AE, phone.N)}, weak: phone.Pron{syl(0, phone.K, phone.AX, phone.N)}, notAfterDeterminer: true},
	"than": {strong: phone.Pron{syl(1, phone.DH, phone.AE, phone.N)}, weak: phone.Pron{syl(0, phone.DH, phone.AX, phone.N)}},
	"them": {strong: phone.Pron{syl(1, phone.DH, phone.EH, phone.M)}, weak: phone.Pron{syl(0, phone.DH, phone.AX, phone.M)}},
	"but":  {strong: phone.Pron{syl(1, phone.B, phone.AH, phone.T)}, weak: phone.Pron{syl(0, phone.B, phone.AX, phone.T)}},
}

// articleWeak is the lexicon's pronunciation of the article "a": its weak form [ə].
var articleWeak = phone.Pron{syl(0, phone.AX)}

// determiners are the words after which "can" is a noun.
var determiners = map[string]bool{"a": true, "the": true, "this": true, "that": true, "each": true, "every": true, "one": true, "my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true}

// reduceWeakForms gives the function words of one sentence the weak forms a reader uses, in
// place, and returns words. A word keeps its strong form where a reader keeps it: when it is
// emphasized, when a phrase break or an explicit pause follows it (a stranded preposition or
// auxiliary: "Where are you from?", "Yes, we can."), and when it is the sentence's last word.
// Reduced words get fresh pronunciations; the lexicon's are never modified. The words in keep
// (a voice's prosody.strong_words) are never reduced.
func reduceWeakForms(words []prosody.Word, keep []string) []prosody.Word {
	if len(words) > 1 && words[0].Text == "a" && slices.Contains(keep, "a") && samePron(words[0].Pron, articleWeak) {
		// A voice that keeps "a" strong says a sentence's first word "a" as [eɪ]: a reader
		// starting a sentence afresh gives the article its citation form, and a schwa after a
		// pause has nothing that tells it from "the" with a weak [ð] ("A king ruled..." was
		// heard as "the king"). Inside the sentence "a" keeps the lexicon's [ə].
		words[0].Pron = phone.Pron{syl(1, phone.EY)}
	}
	for i := range words {
		w := &words[i]
		if !w.Function || w.Letter || w.Emphasis || w.Break != text.NoBreak || w.PauseMillis > 0 || i+1 == len(words) {
			continue
		}
		if slices.Contains(keep, w.Text) {
			continue
		}
		f, ok := weakForms[w.Text]
		if !ok || !samePron(w.Pron, f.strong) {
			continue
		}
		if f.notAfterDeterminer && i > 0 && determiners[words[i-1].Text] {
			continue
		}
		pr := f.weak
		if f.beforeVowel != nil && startsWithVowel(words[i+1].Pron) {
			pr = f.beforeVowel
		}
		w.Pron = clonePron(pr)
	}
	return words
}

func startsWithVowel(p phone.Pron) bool {
	for _, s := range p {
		if len(s.Phones) > 0 {
			return s.Phones[0].IsVowel()
		}
	}
	return false
}

func samePron(a, b phone.Pron) bool {
	return slices.EqualFunc(a, b, func(x, y phone.Syllable) bool {
		return x.Stress == y.Stress && slices.Equal(x.Phones, y.Phones)
	})
}

func clonePron(p phone.Pron) phone.Pron {
	if p == nil {
		return phone.Pron{} // never nil, as before Pron.Clone
	}
	return p.Clone()
}
