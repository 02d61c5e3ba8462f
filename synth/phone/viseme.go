package phone

import "fmt"

// Viseme is a mouth shape for lip sync. The numbering is Microsoft's 22-viseme set, IDs 0–21:
// the SPVISEMES enumeration of the Speech API (SAPI 5 and the Microsoft Speech Platform, there
// said to derive from Disney's 13 visemes), which Azure's speech service reports as the viseme
// ID of its viseme events. The phones grouped under each ID below are SAPI's English examples in
// ARPAbet; Azure's US English table agrees, except that it reports the r-coloured vowel ɝ (ER) as
// two visemes in a row, 5 then 13, where SAPI lists ER under 5 alone, as Viseme does. AX, which
// SAPI writes ax, is with AE and AH.
type Viseme uint8

// The visemes, by ID. Names give the phones each stands for.
const (
	VisemeSilence Viseme = iota // 0: silence, lips at rest
	VisemeAE                    // 1: AE, AH, AX (æ ʌ ə): jaw open, lips neutral
	VisemeAA                    // 2: AA (ɑ): jaw wide open
	VisemeAO                    // 3: AO (ɔ): open, lips slightly rounded
	VisemeEH                    // 4: EY, EH, UH (eɪ ɛ ʊ): half open
	VisemeER                    // 5: ER (ɝ): half open, lips drawn in
	VisemeIY                    // 6: Y, IY, IH (j i ɪ): lips spread, nearly closed
	VisemeUW                    // 7: W, UW (w u): lips rounded and pushed out
	VisemeOW                    // 8: OW (oʊ): rounded
	VisemeAW                    // 9: AW (aʊ): open, closing to rounded
	VisemeOY                    // 10: OY (ɔɪ): rounded, opening to spread
	VisemeAY                    // 11: AY (aɪ): open, closing to spread
	VisemeH                     // 12: HH (h): open, relaxed
	VisemeR                     // 13: R (ɹ): lips slightly rounded
	VisemeL                     // 14: L (l): tongue tip up behind the teeth
	VisemeSZ                    // 15: S, Z (s z): teeth together, lips spread
	VisemeSH                    // 16: SH, CH, JH, ZH (ʃ tʃ dʒ ʒ): lips pushed out
	VisemeTH                    // 17: TH, DH (θ ð): tongue between the teeth
	VisemeFV                    // 18: F, V (f v): lower lip against the upper teeth
	VisemeDTN                   // 19: D, T, N (d t n): tongue tip on the ridge, jaw nearly closed
	VisemeKGNG                  // 20: K, G, NG (k g ŋ): back of the tongue up, mouth slightly open
	VisemePBM                   // 21: P, B, M (p b m): lips closed
	numVisemes
)

// VisemeCount is the number of visemes, silence included (IDs 0 to VisemeCount-1).
const VisemeCount = int(numVisemes)

var visemeOf = [numPhones]Viseme{
	Sil: VisemeSilence,
	AE:  VisemeAE, AH: VisemeAE, AX: VisemeAE,
	AA: VisemeAA,
	AO: VisemeAO,
	EY: VisemeEH, EH: VisemeEH, UH: VisemeEH,
	ER: VisemeER,
	Y:  VisemeIY, IY: VisemeIY, IH: VisemeIY,
	W: VisemeUW, UW: VisemeUW,
	OW: VisemeOW,
	AW: VisemeAW,
	OY: VisemeOY,
	AY: VisemeAY,
	HH: VisemeH,
	R:  VisemeR,
	L:  VisemeL,
	S:  VisemeSZ, Z: VisemeSZ,
	SH: VisemeSH, CH: VisemeSH, JH: VisemeSH, ZH: VisemeSH,
	TH: VisemeTH, DH: VisemeTH,
	F: VisemeFV, V: VisemeFV,
	D: VisemeDTN, T: VisemeDTN, N: VisemeDTN,
	K: VisemeKGNG, G: VisemeKGNG, NG: VisemeKGNG,
	P: VisemePBM, B: VisemePBM, M: VisemePBM,
}

// Viseme returns the mouth shape of the phone. An out-of-range phone, like Sil, is silence.
func (p Phone) Viseme() Viseme {
	if p >= numPhones {
		return VisemeSilence
	}
	return visemeOf[p]
}

var visemeNames = [numVisemes]string{
	"silence", "ae ah ax", "aa", "ao", "ey eh uh", "er", "y iy ih", "w uw", "ow", "aw", "oy", "ay",
	"hh", "r", "l", "s z", "sh ch jh zh", "th dh", "f v", "d t n", "k g ng", "p b m",
}

// String names the viseme by its phones ("p b m"), or "silence"; an unknown ID is "viseme N".
func (v Viseme) String() string {
	if v >= numVisemes {
		return fmt.Sprintf("viseme %d", v)
	}
	return visemeNames[v]
}
