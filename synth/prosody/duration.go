package prosody

import "github.com/chorus-tts/chorus/synth/phone"

// pseg is a phone of a phrase with the context the duration and pitch rules need.
type pseg struct {
	ph        phone.Phone
	stress    uint8 // effective stress: function words are reduced to 0 unless emphasized
	lex       uint8 // lexical stress of the syllable
	word      int   // index of the word within the phrase
	syl, nsyl int   // syllable index within the word, and the word's syllable count
	wordStart bool
	sylStart  bool
	nucleus   bool // first vowel of its syllable
	coda      bool // after the nucleus, in the same syllable
	finalSyl  bool // in the phrase's last syllable (the one before the pause)
	accent    bool // nucleus of a pitch-accented syllable
	emph      bool // nucleus of an emphasized word's accented syllable
	ms        float64
}

func (p *pseg) seg() Segment {
	return Segment{Phone: p.ph, Stress: p.stress, Lexical: p.lex, WordStart: p.wordStart, SyllableStart: p.sylStart, Accent: p.accent}
}

// accentSyllable returns the syllable of w that carries its pitch accent when it has one: the
// first primary-stressed syllable, else the first secondary, else (content words only) the
// first. It returns -1 for an unaccented word.
func accentSyllable(w Word) int {
	if isFunction(w) && !w.Emphasis {
		return -1
	}
	first, second := -1, -1
	for i, s := range w.Pron {
		if len(s.Phones) == 0 {
			continue
		}
		if s.Stress == phone.Primary && first < 0 {
			first = i
		}
		if s.Stress == phone.Secondary && second < 0 {
			second = i
		}
	}
	switch {
	case first >= 0:
		return first
	case second >= 0:
		return second
	}
	for i, s := range w.Pron {
		if len(s.Phones) > 0 {
			return i
		}
	}
	return -1
}

// buildSegments lays out the phrase's phones with their context. Function words lose their
// stress (and so are shortened by rule 7) unless emphasized. A phrase without any accented word
// accents the last word that has a lexically stressed syllable. whQuestion marks the opening
// phrase of a wh-question, whose leading question word is accented.
func buildSegments(words []Word, whQuestion bool) []pseg {
	accents := make([]int, len(words))
	accented := false
	for i, w := range words {
		if i == 0 && whQuestion && whWords[w.Text] {
			// A wh-question's opening question word carries a high accent.
			w.Function = false
		}
		accents[i] = accentSyllable(w)
		accented = accented || accents[i] >= 0
	}
	if !accented {
	search:
		for i := len(words) - 1; i >= 0; i-- {
			for k, s := range words[i].Pron {
				if len(s.Phones) > 0 && s.Stress != phone.Unstressed {
					accents[i] = k
					break search
				}
			}
		}
	}
	var segs []pseg
	for wi, w := range words {
		nsyl := 0
		for _, s := range w.Pron {
			if len(s.Phones) > 0 {
				nsyl++
			}
		}
		syl := 0
		wordStart := true
		for k, s := range w.Pron {
			if len(s.Phones) == 0 {
				continue
			}
			st := s.Stress
			if isFunction(w) && !w.Emphasis && accents[wi] < 0 {
				st = phone.Unstressed
			}
			if accents[wi] == k && st == phone.Unstressed {
				st = phone.Primary
			}
			seenNucleus := false
			for j, p := range s.Phones {
				sg := pseg{ph: p, stress: st, lex: s.Stress, word: wi, syl: syl, nsyl: nsyl, wordStart: wordStart, sylStart: j == 0}
				if p.IsVowel() && !seenNucleus {
					sg.nucleus = true
					seenNucleus = true
					sg.accent = accents[wi] == k
					sg.emph = sg.accent && w.Emphasis
				} else if seenNucleus {
					sg.coda = true
				}
				wordStart = false
				segs = append(segs, sg)
			}
			syl++
		}
	}
	// Mark the phrase's last syllable.
	last := len(segs) - 1
	for i := last; i >= 0; i-- {
		if segs[i].word != segs[last].word || segs[i].syl != segs[last].syl {
			break
		}
		segs[i].finalSyl = true
	}
	return segs
}

// Inherent and minimum durations in ms (MITalk table 9-1, Klatt 1979).
var inhMin = [phone.Count][2]float64{
	phone.IY: {155, 55}, phone.IH: {135, 40}, phone.EY: {190, 100}, phone.EH: {150, 70},
	phone.AE: {230, 80}, phone.AA: {240, 100}, phone.AO: {240, 100}, phone.AH: {140, 60},
	phone.OW: {220, 80}, phone.UH: {160, 60}, phone.UW: {210, 70}, phone.ER: {180, 80},
	phone.AY: {250, 150}, phone.AW: {260, 100}, phone.OY: {280, 150}, phone.AX: {120, 60},
	phone.W: {80, 60}, phone.Y: {80, 40}, phone.R: {80, 30}, phone.L: {80, 40},
	phone.M: {70, 60}, phone.N: {60, 50}, phone.NG: {95, 60}, phone.HH: {80, 20},
	phone.F: {100, 80}, phone.V: {60, 40}, phone.TH: {90, 60}, phone.DH: {50, 30},
	phone.S: {105, 60}, phone.Z: {75, 40}, phone.SH: {105, 80}, phone.ZH: {70, 40},
	phone.P: {90, 50}, phone.B: {85, 60}, phone.T: {75, 50}, phone.D: {75, 50},
	phone.K: {80, 60}, phone.G: {80, 60}, phone.CH: {70, 50}, phone.JH: {70, 50},
}

// Aspiration added by rule 11, ms.
const aspirationMs = 25

func isLiquidGlide(p phone.Phone) bool {
	m := p.Info().Manner
	return m == phone.Liquid || m == phone.Glide
}

func isVoicelessPlosive(p phone.Phone) bool { return p == phone.P || p == phone.T || p == phone.K }

// postvocalic is rule 9's factor for a vowel followed, in its word, by next (Sil = nothing:
// word-final open syllable). Affricates count as plosives.
func postvocalic(next phone.Phone) float64 {
	if next == phone.Sil {
		return 120
	}
	f := next.Info()
	switch f.Manner {
	case phone.Fricative:
		if f.Voiced {
			return 160
		}
	case phone.Stop, phone.Affricate:
		if f.Voiced {
			return 120
		}
		return 70
	case phone.Nasal:
		return 85
	}
	return 100
}

// durations sets ms on every segment of a phrase by Klatt's rules 2–11 as given in MITalk
// (Allen, Hunnicutt & Klatt 1987, ch. 9). Each rule multiplies a percentage PRCNT (start 100);
// then DUR = (INH − MIN)·PRCNT/100 + MIN. Rule 1 (pause insertion) is the phrasing itself, and
// every phrase ends in a pause. The speaking rate is applied later, to the result.
func durations(segs []pseg) {
	for i := range segs {
		s := &segs[i]
		inh, mn := inhMin[s.ph][0], inhMin[s.ph][1]
		vowel := s.ph.IsVowel()
		stressed := s.stress != phone.Unstressed
		var prev, next phone.Phone // Sil when absent
		if i > 0 {
			prev = segs[i-1].ph
		}
		if i+1 < len(segs) {
			next = segs[i+1].ph
		}
		pc := 1.0
		// Rule 2: clause-final lengthening of the last syllable's vowel and the consonants
		// after it.
		if s.finalSyl && (vowel || s.coda) {
			pc *= 1.4
		}
		// Rule 3: non-phrase-final shortening; phrase-final post-vocalic liquids and nasals
		// lengthen.
		if vowel && !s.finalSyl {
			pc *= 0.6
		}
		if s.finalSyl && s.coda {
			if m := s.ph.Info().Manner; m == phone.Liquid || m == phone.Nasal {
				pc *= 1.4
			}
		}
		// Rule 4: non-word-final shortening.
		if vowel && s.syl < s.nsyl-1 {
			pc *= 0.85
		}
		// Rule 5: polysyllabic shortening.
		if vowel && s.nsyl > 1 {
			pc *= 0.8
		}
		// Rule 6: non-initial consonant shortening.
		if !vowel && !s.wordStart {
			pc *= 0.85
		}
		// Rule 7: unstressed shortening, with MIN halved.
		if !stressed {
			mn /= 2
			switch {
			case vowel && s.syl > 0 && s.syl < s.nsyl-1:
				pc *= 0.5
			case vowel:
				pc *= 0.7
			case isLiquidGlide(s.ph) && next.IsVowel():
				pc *= 0.1
			default:
				pc *= 0.7
			}
		}
		// Rule 8: emphasis lengthening.
		if vowel && s.emph {
			pc *= 1.4
		}
		// Rule 9: post-vocalic context, reduced outside the phrase-final syllable
		// (MITalk; Festival's Klatt.cc applies the reduction the other way round).
		if vowel {
			nx := phone.Sil
			if i+1 < len(segs) && segs[i+1].word == s.word {
				nx = segs[i+1].ph
			}
			f := postvocalic(nx)
			if !s.finalSyl {
				f = 70 + 0.3*f
			}
			pc *= f / 100
		}
		// Rule 10: shortening in clusters.
		if vowel {
			if next.IsVowel() {
				pc *= 1.2
			}
			if prev.IsVowel() {
				pc *= 0.7
			}
		} else {
			pc1, pc2 := prev.IsConsonant(), next.IsConsonant()
			switch {
			case pc1 && pc2:
				pc *= 0.5
			case pc1 || pc2:
				pc *= 0.7
			}
		}
		dur := (inh-mn)*pc + mn
		// Rule 11: a stressed vowel or sonorant after an aspirated (voiceless, syllable-initial,
		// not after S) plosive carries the aspiration.
		if stressed && s.ph.IsSonorant() && i > 0 && isVoicelessPlosive(prev) &&
			segs[i-1].word == s.word && segs[i-1].syl == s.syl && !segs[i-1].coda &&
			!(i > 1 && segs[i-2].ph == phone.S && segs[i-2].word == s.word && segs[i-2].syl == s.syl) {
			dur += aspirationMs
		}
		s.ms = dur
	}
}
