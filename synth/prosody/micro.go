package prosody

import (
	"slices"

	"github.com/chorus-tts/chorus/synth/phone"
)

// Micro-prosody: segmental effects on F0 a speaker does not control, laid over the intonation
// contour as a multiplicative factor.
//
//   - Consonant perturbation: F0 starts a vowel higher after a voiceless obstruent and a little
//     lower after a voiced one, and returns to the contour within some tens of milliseconds
//     (Lehiste and Peterson 1961; Hombert 1978; Silverman 1986: about +5 % and −2 % at onset in
//     running speech, over 40–100 ms).
//   - Intrinsic F0: high vowels have a higher F0 than low ones (Whalen and Levitt 1995: about
//     15 Hz between [i u] and [a] in citation forms, less in running speech; we use ±2 %).
const (
	perturbVoiceless = 0.05  // after p t k f th s sh ch hh
	perturbVoiced    = -0.02 // after b d g v dh z zh jh
	perturbMs        = 50    // time for the perturbation to fade
	intrinsicHigh    = 0.02  // iy ih uw uh
	intrinsicLow     = -0.02 // aa ae ao
	intrinsicRampMs  = 20    // the intrinsic shift fades in and out over this much
)

// intrinsic is a vowel's intrinsic F0 factor minus one.
func intrinsic(p phone.Phone) float64 {
	switch p {
	case phone.IY, phone.IH, phone.UW, phone.UH:
		return intrinsicHigh
	case phone.AA, phone.AE, phone.AO:
		return intrinsicLow
	}
	return 0
}

// perturbation is the F0 factor minus one at the onset of a vowel after prev.
func perturbation(prev phone.Phone) float64 {
	if !prev.IsObstruent() && prev != phone.HH {
		return 0
	}
	if prev.Voiced() {
		return perturbVoiced
	}
	return perturbVoiceless
}

// microProsody multiplies the contour pts of a phrase by the consonant perturbation and the
// intrinsic F0 of its vowels. times[i] is the start of segs[i] (times[len(segs)] the end of
// speech); sr the sample rate.
func microProsody(pts []Point, segs []pseg, times []int, sr float64) []Point {
	if len(pts) == 0 {
		return pts
	}
	type mod struct {
		pos int
		f   float64 // factor minus one
	}
	var mods []mod
	ramp := int(intrinsicRampMs / 1000.0 * sr)
	fade := int(perturbMs / 1000.0 * sr)
	for i := range segs {
		if !segs[i].ph.IsVowel() {
			continue
		}
		v0, v1 := times[i], times[i+1]
		in := intrinsic(segs[i].ph)
		cp := 0.0
		if i > 0 && segs[i-1].word == segs[i].word {
			cp = perturbation(segs[i-1].ph)
		}
		if in == 0 && cp == 0 {
			continue
		}
		r := min(ramp, (v1-v0)/4)
		if cp == 0 {
			mods = append(mods, mod{v0 - r, 0}, mod{v0 + r, in}, mod{v1 - r, in}, mod{v1, 0})
			continue
		}
		// After an obstruent the vowel's voicing starts at its onset: no ramp before it.
		end := v0 + min(fade, (v1-v0)/2)
		mods = append(mods, mod{v0 - 1, 0}, mod{v0, in + cp}, mod{end, in}, mod{v1 - r, in}, mod{v1, 0})
	}
	if len(mods) == 0 {
		return pts
	}
	slices.SortStableFunc(mods, func(a, b mod) int { return a.pos - b.pos })
	// The modulation between its breakpoints is linear and 0 outside them.
	modAt := func(pos int) float64 {
		for k := 1; k < len(mods); k++ {
			a, b := mods[k-1], mods[k]
			if pos >= a.pos && pos <= b.pos {
				if b.pos == a.pos {
					return b.f
				}
				return a.f + (b.f-a.f)*float64(pos-a.pos)/float64(b.pos-a.pos)
			}
		}
		return 0
	}
	ph := Phrase{F0: pts}
	out := make([]Point, 0, len(pts)+len(mods))
	for _, p := range pts {
		out = append(out, Point{p.Pos, clampHz(p.Hz * (1 + modAt(p.Pos)))})
	}
	for _, m := range mods {
		if m.pos < 0 {
			continue
		}
		out = append(out, Point{m.pos, clampHz(ph.F0At(m.pos) * (1 + m.f))})
	}
	slices.SortStableFunc(out, func(a, b Point) int { return a.Pos - b.Pos })
	// Keep one point per position (the contour's own, which came first).
	k := 0
	for i := range out {
		if k > 0 && out[i].Pos == out[k-1].Pos {
			continue
		}
		out[k] = out[i]
		k++
	}
	return out[:k]
}

func clampHz(hz float64) float64 { return max(MinHz, min(MaxHz, hz)) }
