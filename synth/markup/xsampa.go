package markup

import (
	"fmt"
	"strings"
)

// xsampaSymbols maps X-SAMPA symbols (ASCII spellings of IPA) to the IPA that g2p.ParseIPA
// reads: the English consonants and vowels, stress and length marks and the syllabic mark, as
// Amazon Polly's and Google's <phoneme alphabet="x-sampa"> take them. Longest symbols are tried
// first.
var xsampaSymbols = map[string]string{
	// Two-character symbols.
	`r\`: "ɹ", "@`": "ɚ", "3`": "ɝ", `h\`: "h", "tS": "tʃ", "dZ": "dʒ", "_h": "ʰ", "_0": "\u0325",
	"_~": "\u0303",
	// Consonants.
	"T": "θ", "D": "ð", "S": "ʃ", "Z": "ʒ", "N": "ŋ", "4": "ɾ", "?": "ʔ", "5": "ɫ", "W": "ʍ",
	"g": "ɡ", "j": "j", "r": "r", "l": "l", "w": "w", "h": "h", "x": "x",
	"p": "p", "b": "b", "t": "t", "d": "d", "k": "k", "f": "f", "v": "v", "s": "s", "z": "z",
	"m": "m", "n": "n",
	// Vowels.
	"i": "i", "I": "ɪ", "e": "e", "E": "ɛ", "{": "æ", "a": "a", "A": "ɑ", "Q": "ɒ", "O": "ɔ",
	"o": "o", "U": "ʊ", "u": "u", "V": "ʌ", "@": "ə", "3": "ɜ", "6": "ɐ", "1": "ɨ", "}": "u",
	// Marks: stress (X-SAMPA writes primary stress ", secondary %), length, syllable break,
	// syllabic consonant, nasalization.
	`"`: "ˈ", "%": "ˌ", "'": "ˈ", ":": "ː", ".": ".", "=": "\u0329", "~": "\u0303", " ": " ",
	"-": "-",
}

// XSAMPAToIPA rewrites an X-SAMPA transcription ("p@\"kA:n") in IPA ("pəˈkɑːn"). A symbol it
// does not know is an error naming it.
func XSAMPAToIPA(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+1 < len(s) {
			if v, ok := xsampaSymbols[s[i:i+2]]; ok {
				b.WriteString(v)
				i += 2
				continue
			}
		}
		v, ok := xsampaSymbols[s[i:i+1]]
		if !ok {
			r := []rune(s[i:])[0]
			return "", fmt.Errorf("%q is not an X-SAMPA symbol of English", r)
		}
		b.WriteString(v)
		i++
	}
	return b.String(), nil
}
