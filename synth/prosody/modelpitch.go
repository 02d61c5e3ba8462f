package prosody

import (
	"math"

	"github.com/chorus-tts/chorus/synth/text"
)

// defaultStdOfRange derives a voice's F0 standard deviation from its accent range when the voice
// gives none: std = mean·(2^(range/12) − 1)·defaultStdOfRange. Festival's kal (mean 105 Hz,
// std 14) is 0.13 of its mean; with our kal's 2.5-semitone range this factor gives 0.12.
const defaultStdOfRange = 0.8

// The ends of sentences, in the voice's standard deviations from its mean: a yes/no question
// ends at least questionEndStd above (its last vowel's middle questionMidStd), a statement (and
// a wh-question or exclamation) at most statementEndStd from it. The regression tables alone
// leave both short of what a listener hears as a rise or a fall (Festival's H-H% adds 50 Hz at a model deviation of 34 Hz; our
// test's bounds are a semitone and a half beyond the median). A statement's final low is the
// bottom of the speaker's range (Liberman and Pierrehumbert 1984; Pierrehumbert 1980's L% at the
// baseline): a deviation and a half below the mean, where about the lowest 7 % of a speaker's
// F0 lies; at one deviation kal ended at 0.87 of its mean, which the slope of the fall and the
// weak last frames of a recorded vowel left too close to its median.
const (
	questionMidStd  = 2.0 // the middle of a yes/no question's last vowel
	questionEndStd  = 4.0
	statementEndStd = -1.5
)

// contour draws a phrase's F0 from the three regression tables (Black and Hunt 1996), placed as
// Festival's Int_Targets_LR places them: per syllable a start target at its first segment (after
// a voiced neighbour, the mean of its own start and the previous syllable's end), a mid target
// at the middle of its vowel, and at the end of the phrase an end target. The end target goes to
// the end of the last sonorant rather than of the last segment, where a voiceless coda would hide
// the movement. Values map from the model's mean and deviation onto the voice's; an exclamation
// widens them. Accent heights vary by the seeded jitter.
func (m *modelRun) contour(segs []pseg, times []int, total int, g group, base int, kind text.Kind, s settings, j *jitter) []Point {
	fs := m.fs
	mm, ms := m.set.Model.Mean, m.set.Model.Std
	mean, std := s.f0Mean, s.f0Std
	if kind == text.Exclamation {
		std *= exclRangeMul
		mean *= math.Exp2(exclRaiseSt / 12)
	}
	mapHz := func(x, scale float64) float64 {
		hz := mean + (x-mm)/ms*std*scale
		return math.Max(MinHz, math.Min(MaxHz, hz))
	}
	pts := make([]Point, 0, 3*len(segs)/2+2)
	add := func(pos int, hz float64) {
		if n := len(pts); n > 0 && pos <= pts[n-1].Pos {
			pos = pts[n-1].Pos + 1 // Festival moves a target that repeats a time 1 ms on
		}
		pts = append(pts, Point{Pos: pos, Hz: hz})
	}
	speechEnd := times[len(segs)]
	voiceEnd := speechEnd
	for i := len(segs) - 1; i >= 0; i-- {
		if segs[i].ph.IsSonorant() {
			voiceEnd = times[i+1]
			break
		}
	}
	terminal := g.last || g.end >= bSentence
	rise := g.last && kind == text.YesNo
	statement := terminal && !rise
	// The nuclear (last accented) syllable of the phrase, as in the rules' contour (pitch.go):
	// a statement's fall from it reaches the low before voicing ends, and a yes/no question
	// rises from it to the end.
	nuc := -1
	for i := range segs {
		if segs[i].accent {
			nuc = fs.segs[base+i].syl
		}
	}
	lb := lowBy(segs, times, voiceEnd, s.sr)
	low := clampHz(mean + statementEndStd*std)
	lowL := clampHz(low * math.Exp2(phraseAccentSt/12)) // L-
	high := clampHz(mean + questionEndStd*std)
	var nucPos, riseBy int // the nucleus's mid target, and where a question's rise from it ends
	nucHz := math.NaN()    // and its value
	lowDone := false       // a statement's fall reached the low phrase accent in the nucleus
	prevEnd := math.NaN()  // mapped end target of the previous syllable in this phrase
	for i := 0; i < len(segs); {
		k := base + i // segment index in fs
		sy := fs.segs[k].syl
		last := fs.syls[sy].last - base // the syllable's last segment in segs
		f := m.feats(sylItem(sy))
		scale := 1.0
		if fs.syls[sy].accent != toneNone {
			scale = j.next()
		}
		start := mapHz(m.set.F0Start.Value(f), 1)
		mid := mapHz(m.set.F0Mid.Value(f), scale)
		end := mapHz(m.set.F0End.Value(f), 1)
		if !math.IsNaN(prevEnd) {
			start = (start + prevEnd) / 2
		}
		add(times[i], start)
		v := i
		if vi := fs.syls[sy].vowel; vi >= 0 {
			v = vi - base
		}
		final := last == len(segs)-1
		midFrac := 0.5
		switch {
		case final && rise:
			// The rise carries the whole last vowel: high by its middle, higher at its end.
			mid = math.Max(mid, mean+questionMidStd*std)
			end = math.Max(end, mean+questionEndStd*std)
		case final && terminal:
			end = math.Min(end, low)
			// A fall on the last syllable comes early in its vowel, so that it is complete by
			// the end of voicing (the rules' compression, pitch.go).
			midFrac = earlyPeakFrac
		}
		end = clampHz(end)
		midPos := times[v] + int(midFrac*float64(times[v+1]-times[v]))
		post := nuc >= 0 && sy > nuc
		switch {
		case statement && (lowDone || post && final):
			// The fall ended in the nucleus: what little follows stays low. And a last
			// syllable after the nucleus, which carries the low phrase accent and the low
			// boundary tone together (L-L%), starts low rather than where the tables put it.
			start, mid, end = min(start, lowL), min(mid, lowL), min(end, lowL)
			pts[len(pts)-1].Hz = start
		case statement && sy == nuc:
			// Little voicing after the nucleus: its peak comes early enough for the fall to
			// reach the low before the end of voicing (pitch.go).
			midPos = max(min(midPos, lb-int(fallSec*s.sr)), times[i])
		case rise && post && !math.IsNaN(nucHz):
			// A yes/no question rises from its nucleus to its end (L* H-H%): the syllables
			// after the nucleus lie at least on the way up.
			up := func(pos int) float64 {
				f := float64(pos-nucPos) / float64(max(riseBy-nucPos, 1))
				return nucHz * math.Pow(high/nucHz, max(0, min(1, f)))
			}
			start = max(start, up(times[i]))
			pts[len(pts)-1].Hz = start
			mid = max(mid, up(midPos))
		}
		add(midPos, mid)
		if sy == nuc {
			nucPos, nucHz = pts[len(pts)-1].Pos, mid
			// A question's rise from its nucleus reaches the final high where the last 0.1 s
			// of voicing starts, as a statement's fall reaches its low (holdFrom).
			riseBy = min(voiceEnd, max(lb, nucPos+int(fallSec*s.sr)))
			if statement && !final {
				if at := max(lb, nucPos+int(minFallSec*s.sr)); at < times[last+1] {
					add(at, lowL)
					end = min(end, lowL)
					lowDone = true
				}
			}
		}
		if final {
			if statement || rise {
				// The final low is held before voicing ends (pitch.go), and so is a yes/no
				// question's final high: a rise that reached its top only at the last voiced
				// sample left the last 0.1 s of voicing, all a listener hears of the boundary,
				// at the height of the syllable before it (ked's "Did she sing?", "Will she be
				// there?" at 1.07 of the median).
				if last := pts[len(pts)-1].Pos; voiceEnd > last {
					add(holdFrom(last, voiceEnd, lb, s.sr), end)
				}
			}
			add(max(voiceEnd, pts[len(pts)-1].Pos+1), end)
		}
		prevEnd = end
		i = last + 1
	}
	// The last value holds through the pause to the phrase's end.
	if n := len(pts); n > 0 && pts[n-1].Pos < total {
		pts = append(pts, Point{Pos: total, Hz: pts[n-1].Hz})
	}
	if n := len(pts); n > 0 && pts[n-1].Pos > total {
		// a phrase too short in samples for its targets: keep them inside it
		for i := range pts {
			pts[i].Pos = min(pts[i].Pos, total)
		}
	}
	return pts
}

// endTone is the tone tree's event on the last syllable of phrase gi (Festival's tobi_endtone
// of the phrase-final syllable, which the HTS labels carry as h5): "NONE" when it has none or
// the phrase has no syllable.
func (m *modelRun) endTone(gi int) string {
	fs := m.fs
	if gi >= len(fs.phrases) {
		return toneNone
	}
	ph := fs.phrases[gi]
	lo, hi := fs.words[ph.first].first, fs.words[ph.last].last
	if hi < lo || hi < 0 {
		return toneNone
	}
	return fs.syls[hi].tone
}
