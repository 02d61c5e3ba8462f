package vocodertest

import (
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// PhraseOptions controls how BuildPhrase lays out a test phrase.
type PhraseOptions struct {
	LeadSilence  bool    // start with a 150 ms pause
	TrailSilence bool    // end with a 200 ms pause
	F0Start      float64 // Hz at the phrase start (0: 130)
	F0End        float64 // Hz at the phrase end (0: 90)
	Stretch      float64 // duration multiplier (0: 1)
}

// BuildPhrase makes a phrase from words written as ARPAbet pronunciations separated by "|",
// e.g. "HH AH0 L OW1 | W ER1 L D". Durations follow simple class-based rules (stressed vowels
// longer than unstressed, stops shorter than fricatives), and the pitch falls linearly from
// F0Start to F0End with a rise on the first accented vowel. It exists so vocoders can be tested
// without the prosody planner.
func BuildPhrase(sampleRate int, words string, o PhraseOptions) (*prosody.Phrase, error) {
	if sampleRate <= 0 {
		return nil, fmt.Errorf("vocodertest: sample rate %d", sampleRate)
	}
	stretch := o.Stretch
	if stretch <= 0 {
		stretch = 1
	}
	ms := func(d float64) int {
		n := int(d * stretch * float64(sampleRate) / 1000)
		if n < 1 {
			n = 1
		}
		return n
	}
	ph := &prosody.Phrase{}
	if o.LeadSilence {
		ph.Segments = append(ph.Segments, prosody.Segment{Phone: phone.Sil, Samples: ms(150)})
	}
	accented := false
	var accentPos int
	for _, w := range strings.Split(words, "|") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		pron, err := phone.ParsePron(w)
		if err != nil {
			return nil, fmt.Errorf("vocodertest: word %q: %w", w, err)
		}
		start := ph.Samples()
		for si, syl := range pron {
			for pi, p := range syl.Phones {
				seg := prosody.Segment{
					Phone:         p,
					Stress:        syl.Stress,
					Samples:       ms(phoneMs(p, syl.Stress)),
					WordStart:     si == 0 && pi == 0,
					SyllableStart: pi == 0,
				}
				if p.IsVowel() && syl.Stress == phone.Primary && !accented {
					seg.Accent = true
					accented = true
					accentPos = ph.Samples() + seg.Samples/2
				}
				ph.Segments = append(ph.Segments, seg)
			}
		}
		ph.Words = append(ph.Words, prosody.WordSpan{Text: w, Start: start, End: ph.Samples()})
	}
	if o.TrailSilence {
		ph.Segments = append(ph.Segments, prosody.Segment{Phone: phone.Sil, Samples: ms(200)})
	}
	total := ph.Samples()
	f0a, f0b := o.F0Start, o.F0End
	if f0a <= 0 {
		f0a = 130
	}
	if f0b <= 0 {
		f0b = 90
	}
	ph.F0 = append(ph.F0, prosody.Point{Pos: 0, Hz: f0a})
	if accented && accentPos > 0 && accentPos < total {
		lin := f0a + (f0b-f0a)*float64(accentPos)/float64(total)
		ph.F0 = append(ph.F0, prosody.Point{Pos: accentPos, Hz: lin * 1.25})
	}
	if total > 0 {
		ph.F0 = append(ph.F0, prosody.Point{Pos: total, Hz: f0b})
	}
	return ph, nil
}

// phoneMs is a plausible duration for a phone out of context.
func phoneMs(p phone.Phone, stress uint8) float64 {
	switch p.Info().Manner {
	case phone.Vowel:
		if stress == phone.Unstressed {
			return 65
		}
		return 130
	case phone.Diphthong:
		if stress == phone.Unstressed {
			return 90
		}
		return 170
	case phone.Stop:
		return 70
	case phone.Affricate:
		return 95
	case phone.Fricative:
		return 90
	case phone.Nasal:
		return 65
	case phone.Liquid, phone.Glide:
		return 60
	case phone.Aspirate:
		return 60
	}
	return 100
}
