package lts

import (
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
)

// letters extracts up to MaxLetters letters a..z from word (A..Z folded to lower case; every
// other byte, including non-ASCII, is skipped) as indices 0..25.
func letters(word string) []uint8 {
	out := make([]uint8, 0, min(len(word), MaxLetters))
	for i := 0; i < len(word) && len(out) < MaxLetters; i++ {
		c := word[i]
		switch {
		case c >= 'a' && c <= 'z':
			out = append(out, c-'a')
		case c >= 'A' && c <= 'Z':
			out = append(out, c-'A')
		}
	}
	return out
}

// classify runs the trees over the letters and returns each letter's class and stress score,
// in the letters' order whatever the model's direction.
func (m *Model) classify(ls []uint8) (cls, score []uint8) {
	if !m.reverse {
		return m.classifyForward(ls)
	}
	rev := slices.Clone(ls)
	slices.Reverse(rev)
	cls, score = m.classifyForward(rev)
	slices.Reverse(cls)
	slices.Reverse(score)
	return cls, score
}

// classifyForward classifies the letters in the order given.
func (m *Model) classifyForward(ls []uint8) (cls, score []uint8) {
	cls = make([]uint8, len(ls))
	score = make([]uint8, len(ls))
	ctx := newWordContext(ls)
	noClass := uint8(len(m.classes))
	var h history
	var f [numFeatures]uint8
	for i, l := range ls {
		ctx.features(&f, i, cls, noClass, h)
		t := m.trees[l]
		j := 0
		for !t[j].leaf() {
			nd := t[j]
			v := f[nd.feat]
			yes := v == nd.val
			if ordinal(int(nd.feat)) {
				yes = v <= nd.val
			}
			if yes {
				j++
			} else {
				j = int(nd.no)
			}
		}
		cls[i], score[i] = t[j].cls, t[j].score
		h.add(m.classes[cls[i]])
	}
	return cls, score
}

// Predict returns a pronunciation for word, syllabified with phone.Syllabify. Only the letters
// a..z are read (A..Z count as lower case; other characters are ignored) and only the first
// MaxLetters of them. A word with no letters gives nil. Every other result has at least one
// vowel and exactly one syllable with primary stress; where the trees mark several vowels
// stressed, the most confident one keeps primary stress and the others get secondary stress.
func (m *Model) Predict(word string) phone.Pron {
	ls := letters(word)
	if len(ls) == 0 {
		return nil
	}
	cls, score := m.classify(ls)
	phones := make([]phone.Phone, 0, len(ls)+2)
	stress := make([]uint8, 0, len(ls)+2)
	conf := make([]uint8, 0, len(ls)+2)
	for i, c := range cls {
		k := m.classes[c]
		for j := 0; j < int(k.n); j++ {
			st := phone.Unstressed
			if k.stressed && k.ph[j].IsVowel() {
				st = phone.Primary
			}
			phones = append(phones, k.ph[j])
			stress = append(stress, st)
			conf = append(conf, score[i])
		}
	}
	return finish(phones, stress, conf)
}

// finish guarantees a vowel and exactly one primary stress, then syllabifies.
func finish(phones []phone.Phone, stress, conf []uint8) phone.Pron {
	hasVowel := false
	for _, p := range phones {
		if p.IsVowel() {
			hasVowel = true
			break
		}
	}
	if !hasVowel {
		// A vowel-less prediction ("hmm", "nth" or an all-silent guess): add a stressed AH
		// before the last phone, which makes it the nucleus of one syllable.
		at := max(len(phones)-1, 0)
		phones = append(phones[:at], append([]phone.Phone{phone.AH}, phones[at:]...)...)
		stress = append(stress[:at], append([]uint8{phone.Primary}, stress[at:]...)...)
		conf = append(conf[:at], append([]uint8{255}, conf[at:]...)...)
	}
	// The primary stress goes to the most confident stressed vowel, or, when none was marked
	// stressed, to the vowel most likely to be stressed; ties go to the earlier vowel.
	best, bestStressed := -1, false
	for i, p := range phones {
		if !p.IsVowel() {
			continue
		}
		s := stress[i] != phone.Unstressed
		switch {
		case best < 0, s && !bestStressed, s == bestStressed && conf[i] > conf[best]:
			best, bestStressed = i, s
		}
	}
	for i, p := range phones {
		if !p.IsVowel() {
			continue
		}
		switch {
		case i == best:
			stress[i] = phone.Primary
		case stress[i] != phone.Unstressed:
			stress[i] = phone.Secondary
		}
	}
	return phone.Syllabify(phones, stress)
}
