package prosody

import (
	"math"
	"math/rand/v2"

	"github.com/chorus-tts/chorus/synth/text"
)

// F0 limits: every pitch target is clamped into this range.
const (
	MinHz = 50
	MaxHz = 500
)

// Contour shape, in semitones relative to the (shifted) voice base.
const (
	startSt         = 1.0  // reference line at the start of a phrase
	maxDeclSt       = 3.0  // most declination over one phrase
	declStPerSec    = 1.25 // declination rate
	minDeclSt       = 0.5  // least declination, even for one short word
	peakFrac        = 0.65 // H* peak position within the accented vowel
	earlyPeakFrac   = 0.2  // the peak of a falling nuclear accent on the phrase's last syllable
	nuclearPeakFrac = 0.35 // the peak of a falling nuclear accent with syllables after it
	finalLowering   = 0.6  // the nuclear accent of a declarative, relative to its strength
	phraseAccentSt  = 0.5  // L- after a final nuclear accent, above the final low
	finalBelowRefSt = -3.0 // the final low at least this far below the declining reference line
	finalLowSt      = -3.0 // declarative final low, below the base
	whFinalLowSt    = -2.5 // wh-question final low
	exclFinalLowSt  = -3.5 // exclamation final low
	questionRiseSt  = 2.0  // yes/no final high above the base, plus 1.2 × range
	contRiseSt      = 1.5  // continuation rise above the reference line, plus 0.6 × range
	majorFallSt     = -1.5 // partial fall at a clause boundary, relative to the reference line
	exclRangeMul    = 1.5  // exclamations: wider range
	exclRaiseSt     = 2.0  // exclamations: higher reference line
	emphasisMul     = 1.6  // emphasis: bigger accent
	clashMul        = 0.6  // an accent right after an accented syllable
	postPeakFrac    = 0.5  // height kept at the end of a prenuclear accented vowel
	jitterFrac      = 0.1  // ± random variation of accent heights
	lowHoldFrac     = 0.35 // of the voicing after the last target, a statement's final low is held
	lowHoldMaxSec   = 0.06 // but for at most this long
	// A statement's final low is reached before the last lowVoicedSec of voicing, so that the
	// end of the voiced sound is heard low however little of it follows the nuclear accent.
	// The nuclear peak comes at least fallSec before that point (a fall of three or four
	// semitones takes a speaker about 0.1 s at the fastest, Xu and Sun 2002), or at the start
	// of its syllable when there is no room for that; a fall never takes less than minFallSec.
	lowVoicedSec = 0.1
	fallSec      = 0.1
	minFallSec   = 0.04
)

// jitter is the seeded source of the small variation of accent heights.
type jitter struct {
	r    *rand.Rand
	frac float64 // jitterFrac; 0 in tests that compare with another model's numbers
}

func newJitter(seed uint64) *jitter {
	return &jitter{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), frac: jitterFrac}
}

// next returns a factor in [1−frac, 1+frac].
func (j *jitter) next() float64 { return 1 + j.frac*(2*j.r.Float64()-1) }

// contour draws the phrase's F0 targets. times[i] is the start of segs[i] (times[len(segs)] the
// start of the final pause) and total the phrase's length in samples.
func contour(segs []pseg, times []int, total int, g group, kind text.Kind, s settings, j *jitter) []Point {
	speechEnd := times[len(segs)]
	// The range scale (a style's, a request's) widens or narrows the whole contour around the
	// base, as a speaker's pitch span does (Ladd 1996): accents, declination and boundary tones
	// alike. So targets are drawn at the voice's own range and add scales them.
	span := s.rs
	if span <= 0 {
		span = 1 // settings built without a range scale
	}
	rng, off := s.rangeSt/span, 0.0
	if kind == text.Exclamation {
		rng *= exclRangeMul
		off = exclRaiseSt
	}
	decl := math.Min(maxDeclSt, minDeclSt+declStPerSec*float64(speechEnd)/s.sr)
	ref := func(pos int) float64 { return off + startSt - decl*float64(pos)/float64(speechEnd) }

	pts := make([]Point, 0, 8)
	add := func(pos int, st float64) {
		hz := s.baseHz * math.Exp2(span*st/12)
		hz = math.Max(MinHz, math.Min(MaxHz, hz))
		if n := len(pts); n > 0 {
			switch {
			case pos < pts[n-1].Pos:
				return
			case pos == pts[n-1].Pos:
				pts[n-1].Hz = hz
				return
			}
		}
		pts = append(pts, Point{Pos: pos, Hz: hz})
	}
	add(0, ref(0))

	var accents, accSyl []int // accented nuclei and their phrase-level syllable ordinals
	syl := -1
	for i := range segs {
		if segs[i].sylStart {
			syl++
		}
		if segs[i].accent {
			accents = append(accents, i)
			accSyl = append(accSyl, syl)
		}
	}
	terminal := g.last || g.end >= bSentence
	rise := g.last && kind == text.YesNo
	continuation := !terminal && g.end != bMajor
	// The boundary tone is heard only while the voice sounds: it is placed at the end of the
	// last sonorant (vowel, nasal, liquid, glide), not after a voiceless coda or at the pause.
	// A final "sleeps" would otherwise end its vowel still near the accent's peak and fall
	// only during the [ps] nobody hears, which sounds like a rise.
	voiceEnd := speechEnd
	for i := len(segs) - 1; i >= 0; i-- {
		if segs[i].ph.IsVowel() || segs[i].ph.IsSonorant() {
			voiceEnd = times[i+1]
			break
		}
	}
	statement := terminal && !rise
	lb := lowBy(segs, times, voiceEnd, s.sr)
	n := len(accents)
	for k, i := range accents {
		v0, v1 := times[i], times[i+1]
		sylStart := i // the accented syllable's first segment
		for sylStart > 0 && !segs[sylStart].sylStart {
			sylStart--
		}
		peak := v0 + int(peakFrac*float64(v1-v0))
		if k == n-1 && terminal && !rise {
			// The nuclear accent of a final fall peaks earlier than prenuclear ones: the
			// tones that follow it crowd it (Silverman and Pierrehumbert 1990).
			peak = v0 + int(nuclearPeakFrac*float64(v1-v0))
		}
		if k == n-1 && terminal && segs[i].finalSyl {
			// English compresses a nuclear accent and boundary tone that share the last
			// syllable rather than cutting them short (Grabe 1998): the accent's target comes
			// early in the vowel so the fall to the final low, or the rise of a question, is
			// complete by the end of voicing.
			peak = v0 + int(earlyPeakFrac*float64(v1-v0))
		}
		if k == n-1 && statement {
			// Little voicing after the nucleus: its peak comes early enough for the fall to
			// reach the low before the end of voicing (compression, Grabe 1998).
			peak = max(min(peak, lb-int(fallSec*s.sr)), times[sylStart])
		}
		if k == n-1 && (rise || continuation) {
			// Low nuclear accent (L*) before a final or continuation rise.
			if rise && segs[i].finalSyl {
				// Accent and rise share the last syllable: the low is reached at its onset
				// and the vowel carries the whole rise.
				add(times[sylStart], ref(times[sylStart])-1)
				continue
			}
			add(v0, ref(v0)-0.5)
			add(peak, ref(peak)-1)
			continue
		}
		strength := 0.6 * math.Pow(0.9, float64(k-1)) // downstepped medial accents
		switch {
		case n == 1 || k == 0:
			strength = 1
		case k == n-1:
			strength = 0.9 // nuclear
		}
		if k > 0 && accSyl[k]-accSyl[k-1] == 1 {
			strength *= clashMul // adjacent accented syllables (MITalk: rise reduced 40 %)
		}
		if k == n-1 && terminal && !rise && kind != text.Exclamation {
			// Final lowering: the last accent of a declarative is lower than declination
			// alone predicts (Liberman and Pierrehumbert 1984). An exclamation keeps its
			// expanded nuclear accent.
			strength *= finalLowering
		}
		if segs[i].emph {
			strength *= emphasisMul
		}
		strength *= j.next()
		add(times[sylStart], ref(times[sylStart]))
		add(peak, ref(peak)+strength*rng)
		switch {
		case k < n-1:
			// Prenuclear accents fall back halfway by the end of their vowel.
			add(v1, ref(v1)+postPeakFrac*strength*rng)
		case statement && !segs[i].finalSyl:
			// A final fall (H* L-L%): the low phrase accent follows the nuclear accent at
			// once, and the syllables after it stay low to the end; it is reached within the
			// nuclear vowel when the voicing after it is short.
			low := math.Min(finalTone(kind), ref(v1)+finalBelowRefSt) + phraseAccentSt
			if at := max(lb, peak+int(minFallSec*s.sr)); at < v1 {
				add(at, low)
			}
			add(v1, low)
		}
	}

	var end float64
	switch {
	case rise:
		end = questionRiseSt + 1.2*rng
	case terminal:
		// The final low is the bottom of the speaker's range, which declines with the
		// reference line: after a long phrase it lies further below the base.
		end = math.Min(finalTone(kind), ref(voiceEnd)+finalBelowRefSt)
	case g.end == bMajor:
		end = ref(speechEnd) + majorFallSt
	default:
		// Continuation rise at a comma or a split: a low at the last nucleus (unless the
		// nuclear accent just put it there), then up.
		last := len(segs) - 1
		for last > 0 && !segs[last].nucleus {
			last--
		}
		add(times[last], ref(times[last])-1)
		end = ref(speechEnd) + contRiseSt + 0.6*rng
	}
	if terminal && !rise {
		// L-L% is a low plateau: the fall reaches the speaker's low before voicing ends and
		// stays there, rather than touching it at the last voiced sample. After a nuclear
		// accent on the last syllable the fall then takes the first part of the vowel
		// (English compresses it, Grabe 1998), so the vowel still ends low.
		if last := pts[len(pts)-1].Pos; voiceEnd > last {
			add(lowFrom(last, voiceEnd, s.sr), end)
		}
	}
	if rise {
		// A yes/no question's final high is reached before the last 0.1 s of voicing, as a
		// statement's final low is in the model's contour (holdFrom): a rise that reaches its
		// top only at the last voiced sample leaves that stretch, all a listener hears of the
		// boundary, at the height of the syllable before it.
		if last := pts[len(pts)-1].Pos; voiceEnd > last {
			add(holdFrom(last, voiceEnd, lb, s.sr), end)
		}
	}
	add(voiceEnd, end)
	add(speechEnd, end)
	add(total, end)
	return pts
}

// lowFrom is where a statement's final low starts to be held, after the contour's last target
// at last and before voicing ends at voiceEnd (samples at sample rate sr).
func lowFrom(last, voiceEnd int, sr float64) int {
	return voiceEnd - min(int(lowHoldMaxSec*sr), int(lowHoldFrac*float64(voiceEnd-last)))
}

// holdFrom is where a statement's final low is reached: after the contour's last target at
// last, by lowFrom or by lb (lowBy), whichever is earlier, but not sooner than minFallSec after
// last.
func holdFrom(last, voiceEnd, lb int, sr float64) int {
	return min(lowFrom(last, voiceEnd, sr), max(lb, last+int(minFallSec*sr)))
}

// lowBy is the position from which the last lowVoicedSec of voicing before voiceEnd is
// sounded: segments are counted back from voiceEnd, the voiced ones (vowels, sonorants, voiced
// obstruents) by their length. It is 0 when the phrase has less voicing than that.
func lowBy(segs []pseg, times []int, voiceEnd int, sr float64) int {
	need := int(lowVoicedSec * sr)
	for i := len(segs) - 1; i >= 0; i-- {
		a, b := times[i], min(times[i+1], voiceEnd)
		if b <= a || !(segs[i].ph.IsVowel() || segs[i].ph.IsSonorant() || segs[i].ph.Voiced()) {
			continue
		}
		if b-a >= need {
			return b - need
		}
		need -= b - a
	}
	return 0
}

// finalTone is the final low of a terminal phrase of the kind, in semitones from the base.
func finalTone(kind text.Kind) float64 {
	switch kind {
	case text.WhQuestion:
		return whFinalLowSt
	case text.Exclamation:
		return exclFinalLowSt
	}
	return finalLowSt
}
