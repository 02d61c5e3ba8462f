// Package phone defines the phone inventory (ARPAbet) and the articulatory features shared by
// pronunciation, prosody and the vocoders.
package phone

import (
	"fmt"
	"strings"
)

// Phone is one ARPAbet phone. The zero value is Sil, silence.
type Phone uint8

// The inventory: CMUdict's 39 phones plus AX (reduced schwa) and Sil.
const (
	Sil Phone = iota
	AA
	AE
	AH
	AO
	AW
	AX
	AY
	EH
	ER
	EY
	IH
	IY
	OW
	OY
	UH
	UW
	B
	CH
	D
	DH
	F
	G
	HH
	JH
	K
	L
	M
	N
	NG
	P
	R
	S
	SH
	T
	TH
	V
	W
	Y
	Z
	ZH
	numPhones
)

// Count is the number of phones in the inventory, Sil included.
const Count = int(numPhones)

// Manner is a phone's manner of articulation.
type Manner uint8

// Manners of articulation.
const (
	Silence Manner = iota
	Vowel
	Diphthong
	Stop
	Affricate
	Fricative
	Nasal
	Liquid
	Glide
	Aspirate
)

// Place is a phone's place of articulation (consonants) or tongue position (vowels).
type Place uint8

// Places of articulation. Vowels use Front, Central or Back.
const (
	NoPlace Place = iota
	Labial
	Labiodental
	Dental
	Alveolar
	Postalveolar
	Palatal
	Velar
	Glottal
	Front
	Central
	Back
)

// Features describes one phone.
type Features struct {
	Name    string // ARPAbet, upper case
	Manner  Manner
	Place   Place
	Voiced  bool
	Rounded bool // lip rounding (vowels and W)
	Rhotic  bool // ER, R
}

var table = [numPhones]Features{
	Sil: {"SIL", Silence, NoPlace, false, false, false},
	AA:  {"AA", Vowel, Back, true, false, false},
	AE:  {"AE", Vowel, Front, true, false, false},
	AH:  {"AH", Vowel, Central, true, false, false},
	AO:  {"AO", Vowel, Back, true, true, false},
	AW:  {"AW", Diphthong, Central, true, true, false},
	AX:  {"AX", Vowel, Central, true, false, false},
	AY:  {"AY", Diphthong, Central, true, false, false},
	EH:  {"EH", Vowel, Front, true, false, false},
	ER:  {"ER", Vowel, Central, true, false, true},
	EY:  {"EY", Diphthong, Front, true, false, false},
	IH:  {"IH", Vowel, Front, true, false, false},
	IY:  {"IY", Vowel, Front, true, false, false},
	OW:  {"OW", Diphthong, Back, true, true, false},
	OY:  {"OY", Diphthong, Back, true, true, false},
	UH:  {"UH", Vowel, Back, true, true, false},
	UW:  {"UW", Vowel, Back, true, true, false},
	B:   {"B", Stop, Labial, true, false, false},
	CH:  {"CH", Affricate, Postalveolar, false, false, false},
	D:   {"D", Stop, Alveolar, true, false, false},
	DH:  {"DH", Fricative, Dental, true, false, false},
	F:   {"F", Fricative, Labiodental, false, false, false},
	G:   {"G", Stop, Velar, true, false, false},
	HH:  {"HH", Aspirate, Glottal, false, false, false},
	JH:  {"JH", Affricate, Postalveolar, true, false, false},
	K:   {"K", Stop, Velar, false, false, false},
	L:   {"L", Liquid, Alveolar, true, false, false},
	M:   {"M", Nasal, Labial, true, false, false},
	N:   {"N", Nasal, Alveolar, true, false, false},
	NG:  {"NG", Nasal, Velar, true, false, false},
	P:   {"P", Stop, Labial, false, false, false},
	R:   {"R", Liquid, Postalveolar, true, false, true},
	S:   {"S", Fricative, Alveolar, false, false, false},
	SH:  {"SH", Fricative, Postalveolar, false, false, false},
	T:   {"T", Stop, Alveolar, false, false, false},
	TH:  {"TH", Fricative, Dental, false, false, false},
	V:   {"V", Fricative, Labiodental, true, false, false},
	W:   {"W", Glide, Labial, true, true, false},
	Y:   {"Y", Glide, Palatal, true, false, false},
	Z:   {"Z", Fricative, Alveolar, true, false, false},
	ZH:  {"ZH", Fricative, Postalveolar, true, false, false},
}

var byName = func() map[string]Phone {
	m := make(map[string]Phone, numPhones+2)
	for p := Phone(0); p < numPhones; p++ {
		m[table[p].Name] = p
	}
	m["PAU"] = Sil
	return m
}()

// Info returns the phone's features. An out-of-range phone reports as Sil.
func (p Phone) Info() Features {
	if p >= numPhones {
		return table[Sil]
	}
	return table[p]
}

// String returns the ARPAbet symbol in upper case ("SIL" for silence).
func (p Phone) String() string { return p.Info().Name }

// IsVowel reports whether p is a syllable nucleus (monophthong or diphthong).
func (p Phone) IsVowel() bool { m := p.Info().Manner; return m == Vowel || m == Diphthong }

// IsConsonant reports whether p is neither a vowel nor silence.
func (p Phone) IsConsonant() bool { return p != Sil && !p.IsVowel() && p < numPhones }

// IsSonorant reports whether p is a vowel, nasal, liquid or glide.
func (p Phone) IsSonorant() bool {
	switch p.Info().Manner {
	case Vowel, Diphthong, Nasal, Liquid, Glide:
		return true
	}
	return false
}

// IsObstruent reports whether p is a stop, affricate or fricative.
func (p Phone) IsObstruent() bool {
	switch p.Info().Manner {
	case Stop, Affricate, Fricative:
		return true
	}
	return false
}

// Voiced reports whether p is voiced.
func (p Phone) Voiced() bool { return p.Info().Voiced }

// Parse reads one ARPAbet phone, case-insensitively, with an optional stress digit on vowels
// (0 unstressed, 1 primary, 2 secondary). "PAU" and "SIL" mean silence. It returns stress -1
// when no digit was given.
func Parse(s string) (Phone, int, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	stress := -1
	if n := len(u); n > 1 && u[n-1] >= '0' && u[n-1] <= '2' {
		stress = int(u[n-1] - '0')
		u = u[:n-1]
	}
	p, ok := byName[u]
	if !ok {
		return Sil, 0, fmt.Errorf("phone: unknown ARPAbet phone %q", s)
	}
	if stress >= 0 && !p.IsVowel() {
		return Sil, 0, fmt.Errorf("phone: stress digit on consonant %q", s)
	}
	return p, stress, nil
}
