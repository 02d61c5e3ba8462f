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

// classify runs each direction's trees over the letters and returns, in letter order, the classes
// and leaf counts of the direction whose weakest decision (smallest leaf count) had the most
// training evidence; ties go to the first direction.
func (m *Model) classify(ls []uint8) (cls, count []uint8) {
	best := -1
	for k := range m.dirs {
		c, n := m.dirs[k].classify(m.classes, ls)
		if w := minCount(n); best < 0 || w > best {
			cls, count, best = c, n, w
		}
	}
	return cls, count
}

func minCount(n []uint8) int {
	w := 255
	for _, v := range n {
		w = min(w, int(v))
	}
	return w
}

// classify runs one direction in its reading order; results are in letter order.
func (d *direction) classify(classes []class, ls []uint8) (cls, count []uint8) {
	if !d.reverse {
		return d.classifyInOrder(classes, ls)
	}
	rev := slices.Clone(ls)
	slices.Reverse(rev)
	cls, count = d.classifyInOrder(classes, rev)
	slices.Reverse(cls)
	slices.Reverse(count)
	return cls, count
}

// classifyInOrder classifies the letters in the order given.
func (d *direction) classifyInOrder(classes []class, ls []uint8) (cls, count []uint8) {
	cls = make([]uint8, len(ls))
	count = make([]uint8, len(ls))
	ctx := newWordContext(ls)
	noClass := uint8(len(classes))
	var h history
	var f [numFeatures]uint8
	for i, l := range ls {
		ctx.features(&f, i, cls, noClass, h)
		cls[i], count[i] = d.trees[l].walk(&f)
		h.add(classes[cls[i]])
	}
	return cls, count
}

// walk descends the tree to a leaf.
func (t tree) walk(f *[numFeatures]uint8) (cls, count uint8) {
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
	return t[j].cls, t[j].count
}

// Predict returns a pronunciation for word, syllabified with phone.Syllabify. Only the letters
// a..z are read (A..Z count as lower case; other characters are ignored) and only the first
// MaxLetters of them. A word with no letters gives nil. Every other result has at least one
// vowel and exactly one syllable with primary stress; where the trees mark several vowels
// stressed, the one decided with the most training evidence keeps primary stress and the others
// get secondary stress.
func (m *Model) Predict(word string) phone.Pron {
	ls := letters(word)
	if len(ls) == 0 {
		return nil
	}
	cls, count := m.classify(ls)
	return m.assemble(cls, count)
}

// assemble turns per-letter classes into a pronunciation.
func (m *Model) assemble(cls, count []uint8) phone.Pron {
	phones := make([]phone.Phone, 0, len(cls)+2)
	stress := make([]uint8, 0, len(cls)+2)
	conf := make([]uint8, 0, len(cls)+2)
	for i, c := range cls {
		k := m.classes[c]
		for j := 0; j < int(k.n); j++ {
			st := phone.Unstressed
			if k.stressed && k.ph[j].IsVowel() {
				st = phone.Primary
			}
			phones = append(phones, k.ph[j])
			stress = append(stress, st)
			conf = append(conf, count[i])
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
	// The primary stress goes to the stressed vowel with the most evidence (conf), or, when none
	// was marked stressed, to the vowel with the most evidence; ties go to the earlier vowel.
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
