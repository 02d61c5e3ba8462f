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
	startSt        = 1.0  // reference line at the start of a phrase
	maxDeclSt      = 3.0  // most declination over one phrase
	declStPerSec   = 1.25 // declination rate
	minDeclSt      = 0.5  // least declination, even for one short word
	peakFrac       = 0.65 // H* peak position within the accented vowel
	finalLowSt     = -3.0 // declarative final low, below the base
	whFinalLowSt   = -2.5 // wh-question final low
	exclFinalLowSt = -3.5 // exclamation final low
	questionRiseSt = 2.0  // yes/no final high above the base, plus 1.2 × range
	contRiseSt     = 1.5  // continuation rise above the reference line, plus 0.6 × range
	majorFallSt    = -1.5 // partial fall at a clause boundary, relative to the reference line
	exclRangeMul   = 1.5  // exclamations: wider range
	exclRaiseSt    = 2.0  // exclamations: higher reference line
	emphasisMul    = 1.6  // emphasis: bigger accent
	clashMul       = 0.6  // an accent right after an accented syllable
	postPeakFrac   = 0.5  // height kept at the end of a prenuclear accented vowel
	jitterFrac     = 0.1  // ± random variation of accent heights
)

// jitter is the seeded source of the small variation of accent heights.
type jitter struct{ r *rand.Rand }

func newJitter(seed uint64) *jitter {
	return &jitter{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// next returns a factor in [1−jitterFrac, 1+jitterFrac].
func (j *jitter) next() float64 { return 1 + jitterFrac*(2*j.r.Float64()-1) }

// contour draws the phrase's F0 targets. times[i] is the start of segs[i] (times[len(segs)] the
// start of the final pause) and total the phrase's length in samples.
func contour(segs []pseg, times []int, total int, g group, kind text.Kind, s settings, j *jitter) []Point {
	speechEnd := times[len(segs)]
	rng, off := s.rangeSt, 0.0
	if kind == text.Exclamation {
		rng *= exclRangeMul
		off = exclRaiseSt
	}
	decl := math.Min(maxDeclSt, minDeclSt+declStPerSec*float64(speechEnd)/s.sr)
	ref := func(pos int) float64 { return off + startSt - decl*float64(pos)/float64(speechEnd) }

	pts := make([]Point, 0, 8)
	add := func(pos int, st float64) {
		hz := s.baseHz * math.Exp2(st/12)
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
	n := len(accents)
	for k, i := range accents {
		v0, v1 := times[i], times[i+1]
		peak := v0 + int(peakFrac*float64(v1-v0))
		if k == n-1 && (rise || continuation) {
			// Low nuclear accent (L*) before a final or continuation rise.
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
		if segs[i].emph {
			strength *= emphasisMul
		}
		strength *= j.next()
		sylStart := i
		for sylStart > 0 && !segs[sylStart].sylStart {
			sylStart--
		}
		add(times[sylStart], ref(times[sylStart]))
		add(peak, ref(peak)+strength*rng)
		if k < n-1 {
			// Prenuclear accents fall back halfway by the end of their vowel; the nuclear
			// accent runs straight into the boundary tone.
			add(v1, ref(v1)+postPeakFrac*strength*rng)
		}
	}

	var end float64
	switch {
	case rise:
		end = questionRiseSt + 1.2*rng
	case terminal && kind == text.WhQuestion:
		end = whFinalLowSt
	case terminal && kind == text.Exclamation:
		end = exclFinalLowSt
	case terminal:
		end = finalLowSt
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
	add(speechEnd, end)
	add(total, end)
	return pts
}
