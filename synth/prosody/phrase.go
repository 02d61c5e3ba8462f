// Package prosody turns pronounced words into prosodic phrases: phone durations, pitch and
// pauses, the whole input a vocoder needs.
package prosody

import (
	"fmt"
	"strings"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Segment is one phone with its duration, in samples at the vocoder's rate.
type Segment struct {
	Phone   phone.Phone
	Stress  uint8 // stress of the segment's syllable as spoken (function words lose theirs)
	Lexical uint8 // the syllable's stress in the word's pronunciation
	Samples int   // duration; always > 0
	// Position flags, for context-dependent rules (clusters, aspiration, final lengthening).
	WordStart     bool // first phone of a word
	SyllableStart bool // first phone of a syllable
	Accent        bool // nucleus of a pitch-accented syllable
}

// Point is one pitch target: F0 in Hz at a sample position within the phrase. Between points the
// contour is linear; before the first and after the last it is flat.
type Point struct {
	Pos int
	Hz  float64
}

// Quality is voice quality for a phrase, as offsets from the voice's own settings (0 = neutral).
type Quality struct {
	Effort float64 // vocal effort, -1 (soft, steep tilt) .. +1 (pressed, bright)
	Breath float64 // extra breathiness, 0 .. 1
	// Whisper replaces voicing by aspiration noise through the same filter, 0 (none) .. 1 (no
	// voicing at all: a whisper). Vocoders that cannot mix the two whisper from 0.5 up.
	Whisper float64
}

// WordSpan locates a word of the phrase in samples from the phrase's start.
type WordSpan struct {
	Text       string
	Start, End int
}

// Phrase is the whole input of a vocoder for one prosodic phrase. It starts and ends with
// silence (the pauses around it) unless the phrase is glued to a neighbour.
type Phrase struct {
	Segments []Segment
	F0       []Point
	Quality  Quality
	Words    []WordSpan
	// Sentence places the phrase in its sentence (zero when unknown), for vocoders whose
	// models read past the phrase, such as the HTS voice's full-context labels.
	Sentence SentenceContext
	// EndTone is the ToBI boundary tone the planner predicted at the phrase's end ("L-L%",
	// "L-H%", "H-H%", or "NONE" for none), when its intonation comes from Festival's tone tree;
	// "" when the planner's rules drew the contour without naming a tone.
	EndTone string
	// KeyHz is the pitch level the contour is drawn around: the voice's base pitch (rules) or
	// mean F0 (model intonation), after the request's and the style's pitch shift and an
	// exclamation's raise. A vocoder that draws its own intonation (the HTS voice) shifts it by
	// the ratio of KeyHz to the voice's neutral key. 0 when unknown.
	KeyHz float64
	// RangeScale is the request's and the style's pitch range multiplier, as the planner's own
	// contour already has it. A vocoder that draws its own intonation scales its contour's
	// excursions around the voice's key by it. 0 means 1.
	RangeScale float64
}

// SentenceContext is a phrase's place in its sentence: counts of phrases, words and syllables
// (syllables with at least one phone).
type SentenceContext struct {
	Index, Count             int // the phrase's index among the sentence's phrases, and their number
	Syllables, Words         int // the whole sentence's
	PrevSyllables, PrevWords int // the previous phrase's (0 for the first)
	NextSyllables, NextWords int // the next phrase's (0 for the last)
	// Prev and Next are the neighbouring phrases of the same plan (nil at the sentence's ends),
	// read-only, for labels whose fields reach across a phrase boundary (the neighbouring
	// phones, syllable and word).
	Prev, Next *Phrase
}

// Samples is the phrase's total duration; a vocoder renders exactly this many samples.
func (p *Phrase) Samples() int {
	n := 0
	for _, s := range p.Segments {
		n += s.Samples
	}
	return n
}

// F0At returns the pitch contour's value at sample position pos (0 if the phrase has no contour).
func (p *Phrase) F0At(pos int) float64 {
	f := p.F0
	if len(f) == 0 {
		return 0
	}
	if pos <= f[0].Pos {
		return f[0].Hz
	}
	for i := 1; i < len(f); i++ {
		if pos < f[i].Pos {
			a, b := f[i-1], f[i]
			if b.Pos == a.Pos {
				return b.Hz
			}
			t := float64(pos-a.Pos) / float64(b.Pos-a.Pos)
			return a.Hz + t*(b.Hz-a.Hz)
		}
	}
	return f[len(f)-1].Hz
}

// String prints the phrase one segment a line: phone, stress, duration in samples and flags
// (w word start, s syllable start, * accent), then the pitch targets ("f0 pos hz"), the word
// spans ("word start end text") and, when not neutral, the voice quality. It is the printable form used by tests and `chorus text --prosody`.
func (p *Phrase) String() string {
	var b strings.Builder
	for _, s := range p.Segments {
		fmt.Fprintf(&b, "%-3s %d %6d", s.Phone, s.Stress, s.Samples)
		if s.WordStart {
			b.WriteString(" w")
		}
		if s.SyllableStart {
			b.WriteString(" s")
		}
		if s.Accent {
			b.WriteString(" *")
		}
		b.WriteByte('\n')
	}
	for _, pt := range p.F0 {
		fmt.Fprintf(&b, "f0 %d %.1f\n", pt.Pos, pt.Hz)
	}
	for _, w := range p.Words {
		fmt.Fprintf(&b, "word %d %d %s\n", w.Start, w.End, w.Text)
	}
	if p.Quality != (Quality{}) {
		fmt.Fprintf(&b, "quality effort %.2f breath %.2f\n", p.Quality.Effort, p.Quality.Breath)
		if p.Quality.Whisper != 0 {
			fmt.Fprintf(&b, "quality whisper %.2f\n", p.Quality.Whisper)
		}
	}
	return b.String()
}

// PrependSilence puts n samples of silence at the start of the phrase (lengthening a leading
// silence it already has), shifting its pitch points and word spans by n.
func (p *Phrase) PrependSilence(n int) {
	if len(p.Segments) > 0 && p.Segments[0].Phone == phone.Sil {
		p.Segments[0].Samples += n
	} else {
		p.Segments = append([]Segment{{Phone: phone.Sil, Samples: n}}, p.Segments...)
	}
	for i := range p.F0 {
		p.F0[i].Pos += n
	}
	for i := range p.Words {
		p.Words[i].Start += n
		p.Words[i].End += n
	}
}

// LeadingSilence is the length in samples of the silence the phrase starts with, and whether the
// whole phrase is silence.
func (p *Phrase) LeadingSilence() (n int, all bool) {
	for _, s := range p.Segments {
		if s.Phone != phone.Sil {
			return n, false
		}
		n += s.Samples
	}
	return n, true
}

// TrailingSilence is the length in samples of the silence the phrase ends with.
func (p *Phrase) TrailingSilence() int {
	n := 0
	for i := len(p.Segments) - 1; i >= 0 && p.Segments[i].Phone == phone.Sil; i-- {
		n += p.Segments[i].Samples
	}
	return n
}
