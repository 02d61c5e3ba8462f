package lts

// The context features one letter's decision tree may ask about. Every feature is a small
// integer; categorical features are asked "is it v?", ordinal ones "is it at most v?".
// "Previous" means earlier in the model's reading order (right to left for a reversed model).
const (
	fLetter      = 0  // 10 features: the letter at offsets -5..-1, +1..+5
	fKind        = 10 // 10 features: the kind of the letter at the same offsets
	fPrev1       = 20 // the class predicted for the previous letter
	fPrev2       = 21 // the class predicted two letters back
	fPrev3       = 22 // the class predicted three letters back
	fStressSeen  = 23 // 1 if a stressed vowel has already been predicted
	fVowelsLeft  = 24 // vowel-letter groups wholly before this letter (ordinal, capped)
	fVowelsRight = 25 // vowel-letter groups wholly after this letter (ordinal, capped)
	fNuclei      = 26 // vowels already predicted (ordinal, capped)
	fSinceStress = 27 // vowels predicted since the last stressed one; 7 if none was (ordinal)
	fPosStart    = 28 // letters before this one (ordinal, capped)
	fPosEnd      = 29 // letters after this one (ordinal, capped)
	numFeatures  = 30
	numOffsets   = 10
)

// featureSet identifies the feature layout above; a model file records it so that a model
// trained on another layout is refused.
const featureSet = 2

// Letter values: 0..25 for a..z, then the word boundary and beyond it.
const (
	valBoundary = 26
	valBeyond   = 27
)

// Letter kinds.
const (
	kindConsonant = iota
	kindVowel
	kindY
	kindBoundary
	kindBeyond
)

var offsets = [numOffsets]int{-5, -4, -3, -2, -1, 1, 2, 3, 4, 5}

func ordinal(f int) bool { return f >= fVowelsLeft }

// maxFeatureValue bounds each feature's values (inclusive); the model loader checks questions.
func maxFeatureValue(f, numClasses int) int {
	switch {
	case f < fKind:
		return valBeyond
	case f < fPrev1:
		return kindBeyond
	case f <= fPrev3:
		return numClasses // numClasses means "no letter there"
	case f == fStressSeen:
		return 1
	case f < fPosStart:
		return 7
	default:
		return 15
	}
}

func isVowelLetter(l uint8) bool {
	switch l {
	case 'a' - 'a', 'e' - 'a', 'i' - 'a', 'o' - 'a', 'u' - 'a', 'y' - 'a':
		return true
	}
	return false
}

// wordContext holds per-word facts shared by all its letters.
type wordContext struct {
	letters     []uint8 // 0..25
	groupsLeft  []uint8 // vowel groups ending before i
	groupsRight []uint8 // vowel groups starting after i
}

func newWordContext(letters []uint8) wordContext {
	n := len(letters)
	c := wordContext{letters: letters, groupsLeft: make([]uint8, n), groupsRight: make([]uint8, n)}
	var g uint8
	for i := 0; i < n; i++ {
		c.groupsLeft[i] = g
		if isVowelLetter(letters[i]) && (i+1 == n || !isVowelLetter(letters[i+1])) && g < 255 {
			g++
		}
	}
	g = 0
	for i := n - 1; i >= 0; i-- {
		c.groupsRight[i] = g
		if isVowelLetter(letters[i]) && (i == 0 || !isVowelLetter(letters[i-1])) && g < 255 {
			g++
		}
	}
	return c
}

// history summarises the classes predicted so far.
type history struct {
	stressSeen  bool
	nuclei      uint8
	sinceStress uint8
}

func (h *history) add(c class) {
	if !c.hasVowel() {
		return
	}
	h.nuclei = min(h.nuclei+1, 7)
	switch {
	case c.stressed:
		h.stressSeen, h.sinceStress = true, 0
	case h.stressSeen:
		h.sinceStress = min(h.sinceStress+1, 6)
	}
}

// features fills f for letter i. prev holds the classes already chosen for letters 0..i-1,
// noClass marks "none", h summarises them.
func (c *wordContext) features(f *[numFeatures]uint8, i int, prev []uint8, noClass uint8, h history) {
	n := len(c.letters)
	for k, off := range offsets {
		j := i + off
		var v, kind uint8
		switch {
		case j == -1 || j == n:
			v, kind = valBoundary, kindBoundary
		case j < -1 || j > n:
			v, kind = valBeyond, kindBeyond
		default:
			v = c.letters[j]
			switch {
			case v == 'y'-'a':
				kind = kindY
			case isVowelLetter(v):
				kind = kindVowel
			default:
				kind = kindConsonant
			}
		}
		f[fLetter+k] = v
		f[fKind+k] = kind
	}
	for k := 0; k < 3; k++ {
		f[fPrev1+k] = noClass
		if i > k {
			f[fPrev1+k] = prev[i-1-k]
		}
	}
	f[fStressSeen] = 0
	f[fSinceStress] = 7
	if h.stressSeen {
		f[fStressSeen] = 1
		f[fSinceStress] = h.sinceStress
	}
	f[fNuclei] = h.nuclei
	f[fVowelsLeft] = min(c.groupsLeft[i], 7)
	f[fVowelsRight] = min(c.groupsRight[i], 7)
	f[fPosStart] = uint8(min(i, 15))
	f[fPosEnd] = uint8(min(n-1-i, 15))
}
