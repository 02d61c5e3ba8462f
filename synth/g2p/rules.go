package g2p

import (
	"strings"
	"sync"

	"github.com/chorus-tts/chorus/synth/g2p/lts"
	"github.com/chorus-tts/chorus/synth/phone"
)

// ruleLTS is a small hand-written grapheme-to-phoneme fallback: longest-match English spelling
// rules, maximal-onset syllables, stress on the first syllable (the second after a common
// unstressed prefix) and schwa in other unstressed syllables. It is deliberately simple; a
// trained model can replace it through WithLTS.
type ruleLTS struct{}

// defaultLTS is the letter-to-sound model used when New gets no WithLTS option: the trained
// model of package lts, loaded on first use (it takes milliseconds, New must not), falling back
// to the rules here if it cannot load.
func defaultLTS() LetterToSound { return &lazyLTS{} }

// lazyLTS loads the trained model the first time a word needs it.
type lazyLTS struct {
	once sync.Once
	m    *lts.Model
}

func (z *lazyLTS) Predict(word string) phone.Pron {
	z.once.Do(func() {
		m, err := lts.New()
		if err == nil {
			z.m = m
		}
	})
	if z.m != nil {
		if p := z.m.Predict(word); len(p) > 0 {
			return p
		}
	}
	return ruleLTS{}.Predict(word)
}

type grapheme struct {
	spell  string
	phones string // ARPAbet without stress; "" for a silent spelling
}

// Multi-letter spellings, tried longest first at each position (order within equal lengths
// matters).
var multiGraphemes = []grapheme{
	{"tion", "SH AX N"}, {"sion", "ZH AX N"}, {"cial", "SH AX L"}, {"tial", "SH AX L"},
	{"cious", "SH AX S"}, {"tious", "SH AX S"}, {"ture", "CH ER"}, {"eigh", "EY"},
	{"ough", "AO"}, {"augh", "AO"}, {"igh", "AY"}, {"tch", "CH"}, {"sch", "S K"}, {"dge", "JH"},
	{"ous", "AX S"}, {"qu", "K W"}, {"ch", "CH"}, {"sh", "SH"}, {"th", "TH"}, {"ph", "F"},
	{"wh", "W"}, {"ck", "K"}, {"nk", "NG K"}, {"ee", "IY"}, {"ea", "IY"}, {"oo", "UW"},
	{"ou", "AW"}, {"oi", "OY"}, {"oy", "OY"}, {"ai", "EY"}, {"ay", "EY"}, {"au", "AO"},
	{"aw", "AO"}, {"ei", "EY"}, {"ue", "UW"}, {"ew", "UW"}, {"oa", "OW"}, {"oe", "OW"},
	{"ui", "UW"}, {"ar", "AA R"}, {"or", "AO R"}, {"er", "ER"}, {"ir", "ER"}, {"ur", "ER"},
}

var singleLetter = map[byte]string{
	'a': "AE", 'b': "B", 'c': "K", 'd': "D", 'e': "EH", 'f': "F", 'g': "G", 'h': "HH", 'i': "IH",
	'j': "JH", 'k': "K", 'l': "L", 'm': "M", 'n': "N", 'o': "AA", 'p': "P", 'q': "K", 'r': "R",
	's': "S", 't': "T", 'u': "AH", 'v': "V", 'w': "W", 'x': "K S", 'y': "Y", 'z': "Z",
}

var longVowel = map[byte]string{'a': "EY", 'e': "IY", 'i': "AY", 'o': "OW", 'u': "UW", 'y': "AY"}

func isVowelLetter(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// Predict returns a pronunciation for a lower-case a–z word (other bytes are skipped).
func (ruleLTS) Predict(word string) phone.Pron {
	var w []byte
	for i := 0; i < len(word) && len(w) < MaxWordLetters; i++ {
		if c := word[i]; c >= 'a' && c <= 'z' {
			w = append(w, c)
		}
	}
	if len(w) == 0 {
		return nil
	}
	var syms []string
	emit := func(s string) { syms = append(syms, strings.Fields(s)...) }
	n := len(w)
	// A final e after a consonant is silent when another vowel precedes it.
	end := n
	if n > 2 && w[n-1] == 'e' && !isVowelLetter(w[n-2]) && strings.ContainsAny(string(w[:n-1]), "aeiouy") {
		end = n - 1
	}
	for i := 0; i < end; {
		rest := string(w[i:end])
		// Word-initial silent letters.
		if i == 0 && len(rest) > 2 && (strings.HasPrefix(rest, "kn") || strings.HasPrefix(rest, "wr") || strings.HasPrefix(rest, "gn") || strings.HasPrefix(rest, "ps")) {
			i++
			continue
		}
		// Final -le after a consonant: syllabic L.
		if i == end-2 && end == n && rest == "le" && i > 0 && !isVowelLetter(w[i-1]) {
			emit("AX L")
			break
		}
		if end < n && i == end-1 && w[i] == 'l' && i > 0 && !isVowelLetter(w[i-1]) && w[i-1] != 'l' {
			emit("AX L") // "table": b | l (e)
			i++
			continue
		}
		matched := false
		for _, g := range multiGraphemes {
			if strings.HasPrefix(rest, g.spell) {
				emit(g.phones)
				i += len(g.spell)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		c := w[i]
		var next byte
		if i+1 < end {
			next = w[i+1]
		}
		switch {
		case i+1 < end && c == next && !isVowelLetter(c):
			i++ // doubled consonant: one sound
			continue
		case c == 'g' && next == 'h':
			if i == 0 {
				emit("G")
			}
			i += 2
			continue
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			emit("S")
		case c == 'g' && (next == 'e' || next == 'i' || next == 'y') && i > 0:
			emit("JH")
		case c == 'x' && i == 0:
			emit("Z")
		case c == 'y':
			switch {
			case i == 0 || isVowelLetter(next):
				emit("Y")
			case i == end-1 && countVowelGroups(w[:end]) > 1:
				emit("IY")
			case i == end-1:
				emit("AY")
			default:
				emit("IH")
			}
		case c == 'e' && i == end-1 && end == n && n <= 3:
			emit("IY") // "he", "me", "the" are in the lexicon; short e-final words
		case isVowelLetter(c):
			// Magic e: vowel, one consonant, silent final e.
			magic := end < n && i+2 == end && !isVowelLetter(w[i+1])
			// "table", "bible": vowel, one consonant, then syllabic -le.
			magic = magic || end < n && i+3 == end && w[end-1] == 'l' && !isVowelLetter(w[i+1]) && w[i+1] != 'l'
			if magic {
				if c == 'u' && i > 0 && strings.IndexByte("rjl", w[i-1]) < 0 {
					emit("Y UW")
				} else {
					emit(longVowel[c])
				}
			} else if i == end-1 && c == 'o' {
				emit("OW")
			} else if i == end-1 && c == 'i' {
				emit("IY")
			} else if i == end-1 && c == 'a' && n > 1 {
				emit("AX")
			} else {
				emit(singleLetter[c])
			}
		case c == 's' && i > 0 && i == end-1 && end == n && voicedSym(syms):
			emit("Z")
		default:
			emit(singleLetter[c])
		}
		i++
	}
	return stressRules(string(w), syms)
}

func countVowelGroups(w []byte) int {
	n, in := 0, false
	for _, c := range w {
		v := isVowelLetter(c) || c == 'y'
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

func voicedSym(syms []string) bool {
	if len(syms) == 0 {
		return false
	}
	p, _, err := phone.Parse(syms[len(syms)-1])
	return err == nil && p.Voiced()
}

// unstressedPrefixes shift stress to the second syllable.
var unstressedPrefixes = []string{"be", "de", "re", "pre", "con", "com", "dis", "ex", "en", "em", "a", "pro", "per"}

func stressRules(word string, syms []string) phone.Pron {
	var phs []phone.Phone
	for _, s := range syms {
		p, _, err := phone.Parse(s)
		if err != nil || p == phone.Sil {
			continue
		}
		phs = append(phs, p)
	}
	if len(phs) == 0 {
		return phone.Pron{{Phones: []phone.Phone{phone.AX}}}
	}
	var nuclei []int
	for i, p := range phs {
		if p.IsVowel() {
			nuclei = append(nuclei, i)
		}
	}
	if len(nuclei) == 0 {
		// No vowel letter sounded (e.g. "hmm", "nth"): add a schwa before the last consonant.
		k := len(phs) - 1
		phs = append(phs[:k], append([]phone.Phone{phone.AX}, phs[k:]...)...)
		nuclei = []int{k}
	}
	main := 0
	if len(nuclei) > 1 {
		for _, pre := range unstressedPrefixes {
			if strings.HasPrefix(word, pre) && len(word) > len(pre)+3 {
				main = 1
				break
			}
		}
	}
	stress := make([]uint8, len(phs))
	for k, i := range nuclei {
		if k == main {
			stress[i] = phone.Primary
			continue
		}
		switch phs[i] {
		case phone.AH, phone.AA, phone.AE, phone.EH:
			phs[i] = phone.AX
		}
	}
	return phone.Syllabify(phs, stress)
}
