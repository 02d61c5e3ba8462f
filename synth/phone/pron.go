package phone

import (
	"fmt"
	"strings"
)

// Stress levels of a syllable.
const (
	Unstressed uint8 = 0
	Primary    uint8 = 1
	Secondary  uint8 = 2
)

// Syllable is a run of phones with one vowel nucleus and a stress level.
type Syllable struct {
	Phones []Phone
	Stress uint8
}

// Pron is a word's pronunciation: its syllables in order.
type Pron []Syllable

// Clone returns a deep copy of p (nil for nil), which the caller may change freely.
func (p Pron) Clone() Pron {
	if p == nil {
		return nil
	}
	out := make(Pron, len(p))
	for i, s := range p {
		out[i] = Syllable{Phones: append([]Phone(nil), s.Phones...), Stress: s.Stress}
	}
	return out
}

// Phones returns the pronunciation's phones in order, without syllable structure.
func (p Pron) Phones() []Phone {
	var out []Phone
	for _, s := range p {
		out = append(out, s.Phones...)
	}
	return out
}

// String renders the pronunciation as ARPAbet with stress digits on vowels, e.g. "HH AX0 L OW1".
func (p Pron) String() string { return p.format(false) }

// CMU renders the pronunciation in CMUdict's 39-phone ARPAbet, where the reduced vowel AX is
// written AH, e.g. "HH AH0 L OW1".
func (p Pron) CMU() string { return p.format(true) }

func (p Pron) format(cmu bool) string {
	var b strings.Builder
	for _, s := range p {
		for _, ph := range s.Phones {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			if cmu && ph == AX {
				b.WriteString("AH")
			} else {
				b.WriteString(ph.String())
			}
			if ph.IsVowel() {
				b.WriteByte('0' + s.Stress)
			}
		}
	}
	return b.String()
}

// ParsePron reads space-separated ARPAbet phones with stress digits on vowels ("T AH0 M EY1 T OW2")
// and groups them into syllables by maximal onset. A vowel without a digit is taken as stressed.
func ParsePron(s string) (Pron, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil, fmt.Errorf("phone: empty pronunciation")
	}
	phones := make([]Phone, 0, len(fields))
	stress := make([]uint8, 0, len(fields))
	for _, f := range fields {
		p, st, err := Parse(f)
		if err != nil {
			return nil, err
		}
		if p == Sil {
			return nil, fmt.Errorf("phone: silence inside a pronunciation %q", s)
		}
		if st < 0 {
			st = int(Primary)
		}
		phones = append(phones, p)
		stress = append(stress, uint8(st))
	}
	return Syllabify(phones, stress), nil
}

// Syllabify groups phones into syllables by the maximal-onset principle. stress gives, for each
// phone, the stress of its syllable if the phone is a vowel (other entries are ignored). A word
// with no vowel becomes one unstressed syllable.
func Syllabify(phones []Phone, stress []uint8) Pron {
	var nuclei []int
	for i, p := range phones {
		if p.IsVowel() {
			nuclei = append(nuclei, i)
		}
	}
	if len(nuclei) == 0 {
		return Pron{{Phones: append([]Phone(nil), phones...)}}
	}
	// start[k] is the index where syllable k begins.
	start := make([]int, len(nuclei))
	start[0] = 0
	for k := 1; k < len(nuclei); k++ {
		prev, cur := nuclei[k-1], nuclei[k]
		on := cur
		for on-1 > prev && legalOnset(phones[on-1:cur]) {
			on--
		}
		start[k] = on
	}
	pron := make(Pron, len(nuclei))
	for k := range nuclei {
		end := len(phones)
		if k+1 < len(nuclei) {
			end = start[k+1]
		}
		var st uint8
		if nuclei[k] < len(stress) {
			st = stress[nuclei[k]]
		}
		pron[k] = Syllable{Phones: append([]Phone(nil), phones[start[k]:end]...), Stress: st}
	}
	return pron
}

// legalOnset reports whether the consonant run c may begin an English syllable.
func legalOnset(c []Phone) bool {
	switch len(c) {
	case 1:
		return c[0] != NG && c[0].IsConsonant()
	case 2:
		return onsets2[[2]Phone{c[0], c[1]}]
	case 3:
		return onsets3[[3]Phone{c[0], c[1], c[2]}]
	}
	return false
}

var onsets2 = func() map[[2]Phone]bool {
	m := map[[2]Phone]bool{}
	for _, s := range strings.Split("Z W,Z L,V Y,V R,V L,TH W,TH R,T Y,T W,T R,SH W,SH R,SH N,SH M,SH L,S W,S V,S T,S R,S P,S N,S M,S L,S K,S F,P Y,P W,P R,P L,N Y,M Y,M R,L Y,K Y,K W,K R,K L,HH Y,HH W,HH R,HH L,G Y,G W,G R,G L,F Y,F R,F L,D Y,D W,D R,B Y,B W,B R,B L", ",") {
		f := strings.Fields(s)
		a, _, _ := Parse(f[0])
		b, _, _ := Parse(f[1])
		m[[2]Phone{a, b}] = true
	}
	return m
}()

var onsets3 = func() map[[3]Phone]bool {
	m := map[[3]Phone]bool{}
	for _, s := range strings.Split("S T R,S P Y,S P R,S P L,S K Y,S K W,S K R,S K L", ",") {
		f := strings.Fields(s)
		a, _, _ := Parse(f[0])
		b, _, _ := Parse(f[1])
		c, _, _ := Parse(f[2])
		m[[3]Phone{a, b, c}] = true
	}
	return m
}()
