package prosody

import (
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

// The radio phone set's remaining columns (radio_phones.scm): lip rounding, consonant place and
// consonant voicing, which slt's duration tree asks (ph_vrnd, ph_cplace, ph_cvox), as the
// one-character values Festival prints. A vowel's place and voicing are "0", a consonant's
// rounding "0"; pau is unvoiced ("-").
var radioMore = func() (t [phone.Count][3]string) {
	for p, c := range map[phone.Phone]string{
		phone.Sil: "00-",
		phone.AA:  "-00", phone.AE: "-00", phone.AH: "-00", phone.AO: "+00", phone.AW: "-00",
		phone.AX: "-00", phone.AY: "-00", phone.EH: "-00", phone.ER: "-00", phone.EY: "-00",
		phone.IH: "-00", phone.IY: "-00", phone.OW: "+00", phone.OY: "+00", phone.UH: "+00",
		phone.UW: "+00",
		phone.B:  "0l+", phone.CH: "0p-", phone.D: "0a+", phone.DH: "0d+", phone.F: "0b-",
		phone.G: "0v+", phone.HH: "0g-", phone.JH: "0p+", phone.K: "0v-", phone.L: "0a+",
		phone.M: "0l+", phone.N: "0a+", phone.NG: "0v+", phone.P: "0l-", phone.R: "0a+",
		phone.S: "0a-", phone.SH: "0p-", phone.T: "0a-", phone.TH: "0d-", phone.V: "0b+",
		phone.W: "0l+", phone.Y: "0p+", phone.Z: "0a+", phone.ZH: "0p+",
	} {
		t[p] = [3]string{c[0:1], c[1:2], c[2:3]}
	}
	return t
}()

// setPhrasePOS gives every word of s its phr_pos: its POS tag (set's tagger, over the words and
// the punctuation their breaks stand for, as modelBreaks tags them) mapped into the phrase-break
// model's tag set, as Festival's phrasing module sets it. Without the POS data the words keep ""
// and phr_pos answers "0".
func (s *fsent) setPhrasePOS(set *model.Set, words []Word, gs []group, kind text.Kind) {
	var texts, punct []string
	for _, g := range gs {
		for wi := g.lo; wi < g.hi; wi++ {
			w := words[wi]
			p := ""
			switch {
			case wi == len(words)-1:
				p = endMark(kind)
			case w.Break == text.Minor:
				p = ","
			case w.Break >= text.Major:
				p = ";"
			}
			texts = append(texts, strings.ToLower(w.Text))
			punct = append(punct, p)
		}
	}
	tags := set.TagWords(texts, punct, nil)
	if len(tags) != len(s.words) {
		return
	}
	for i, tg := range tags {
		s.words[i].phrPOS = set.PhraseTag(tg)
	}
}

// voiceDurationFeatures lists the features the voices' own duration trees ask.
func voiceDurationFeatures(set *model.Set) []string {
	var names []string
	for _, t := range set.VoiceDuration {
		names = append(names, t.Features()...)
	}
	return names
}

// asksPhrasePOS reports whether t asks any word's phr_pos.
func asksPhrasePOS(t *model.Tree) bool {
	for _, f := range t.Features() {
		if f == "phr_pos" || strings.HasSuffix(f, ".phr_pos") {
			return true
		}
	}
	return false
}
