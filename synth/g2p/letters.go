package g2p

import "github.com/chorus-tts/chorus/synth/phone"

// LetterPron pronounces a spelled letter, with a plural or possessive ending when the normalizer
// attached one ("d's" in "CDs"): IH0 Z after a sibilant, S after another voiceless sound, Z
// otherwise. It returns nil when t does not start with a letter a–z.
func LetterPron(t string) phone.Pron {
	r := []rune(t)
	if len(r) == 0 {
		return nil
	}
	pr, ok := LetterName(r[0])
	if !ok {
		return nil
	}
	rest := string(r[1:])
	if rest != "s" && rest != "'s" && rest != "s'" {
		return pr
	}
	out := make(phone.Pron, len(pr))
	copy(out, pr)
	last := &out[len(out)-1]
	phs := append([]phone.Phone(nil), last.Phones...)
	switch fin := phs[len(phs)-1]; fin {
	case phone.S, phone.Z, phone.SH, phone.ZH, phone.CH, phone.JH:
		return append(out, phone.Syllable{Phones: []phone.Phone{phone.IH, phone.Z}})
	case phone.P, phone.T, phone.K, phone.F, phone.TH:
		phs = append(phs, phone.S)
	default:
		phs = append(phs, phone.Z)
	}
	last.Phones = phs
	return out
}
