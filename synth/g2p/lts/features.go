package lts

// The context features one letter's decision tree may ask about. Every feature is a small
// integer; categorical features are asked "is it v?", ordinal ones "is it at most v?".
const (
	fLetter      = 0  // 8 features: the letter at offsets -4..-1, +1..+4
	fKind        = 8  // 8 features: the kind of the letter at the same offsets
	fPrev1       = 16 // the class predicted for the previous letter
	fPrev2       = 17 // the class predicted two letters back
	fStressSeen  = 18 // 1 if a stressed vowel has been predicted to the left
	fVowelsLeft  = 19 // vowel-letter groups wholly to the left (ordinal, capped)
	fVowelsRight = 20 // vowel-letter groups wholly to the right (ordinal, capped)
	fPosStart    = 21 // letters before this one (ordinal, capped)
	fPosEnd      = 22 // letters after this one (ordinal, capped)
	numFeatures  = 23
)

// featureSet identifies the feature layout above; a model file records it so that a model
// trained on another layout is refused.
const featureSet = 1

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

var offsets = [8]int{-4, -3, -2, -1, 1, 2, 3, 4}

func ordinal(f int) bool { return f >= fVowelsLeft }

// maxFeatureValue bounds each feature's values (inclusive); the model loader checks questions.
func maxFeatureValue(f, numClasses int) int {
	switch {
	case f < fKind:
		return valBeyond
	case f < fPrev1:
		return kindBeyond
	case f <= fPrev2:
		return numClasses // numClasses means "no letter there"
	case f == fStressSeen:
		return 1
	case f <= fVowelsRight:
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

// features fills f for letter i. prev holds the classes already chosen for letters 0..i-1,
// noClass marks "none", stressSeen tells whether any of them carried a stressed vowel.
func (c *wordContext) features(f *[numFeatures]uint8, i int, prev []uint8, noClass uint8, stressSeen bool) {
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
	f[fPrev1], f[fPrev2] = noClass, noClass
	if i >= 1 {
		f[fPrev1] = prev[i-1]
	}
	if i >= 2 {
		f[fPrev2] = prev[i-2]
	}
	f[fStressSeen] = 0
	if stressSeen {
		f[fStressSeen] = 1
	}
	f[fVowelsLeft] = min(c.groupsLeft[i], 7)
	f[fVowelsRight] = min(c.groupsRight[i], 7)
	f[fPosStart] = uint8(min(i, 15))
	f[fPosEnd] = uint8(min(n-1-i, 15))
}
