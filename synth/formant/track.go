package formant

import (
	"math"

	"github.com/chorus-tts/chorus/synth/dsp"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// frame is the synthesis state at one control point (a block boundary). Frequencies are in Hz
// for the adult male tract (scaled at render time); amplitudes are linear.
type frame struct {
	f, b    [3]float64 // F1–F3, B1–B3
	fnz     float64    // nasal zero (= fnp when not nasal)
	mz, mw  float64    // a nasal murmur's oral antiformant (male Hz; 0: none) and its depth 0–1
	av, avs float64    // voicing, quasi-sinusoidal voicing
	ah, af  float64    // aspiration, frication
	par     [5]float64 // parallel gains A2..A6
	ab      float64    // bypass gain
	f6, b6  float64    // parallel F6 frequency and bandwidth
	lpb     float64    // share (0–1) of the bypass noise that is low-passed (labiodental frication)
	asp     float64    // 1 inside post-stop aspiration (B1 widening, F1 cutback)
}

// segPlan is the per-segment data the track is drawn from.
type segPlan struct {
	t          *target
	ph         phone.Phone
	start, dur int
	sE, eE     [3]float64 // base formant values at the segment's start and end
	bw         [3]float64
	bIn, bOut  [3]float64 // boundary values at the start and end
	tIn, tOut  [3]float64 // transition lengths (samples) at the start and end
	aspIn      int        // samples of post-stop aspiration at the start of this segment
	aspAmp     float64    // its level, dB
	voiceBar   bool       // voiced stop with a voice bar
	fixed      bool       // formants copied from neighbours (stops, silence, [h])
}

const neutralF1, neutralF2, neutralF3 = 500.0, 1500.0, 2500.0

// planner builds frame tracks; it is reused across phrases to avoid allocations.
type planner struct {
	sr                float64
	aspGain, fricGain float64 // the voice's AspirationDB and FricationDB as linear factors
	segs              []segPlan
	tmp               []float64
}

func (pl *planner) ms(x float64) float64 { return x * pl.sr / 1000 }

// plan fills pl.segs for the phrase.
func (pl *planner) plan(ph *prosody.Phrase) {
	pl.segs = pl.segs[:0]
	pos := 0
	for _, s := range ph.Segments {
		n := s.Samples
		if n < 0 {
			n = 0
		}
		t := targetOf(s.Phone)
		if s.Phone == phone.L && !s.SyllableStart {
			t = &darkL
		}
		sp := segPlan{t: t, ph: s.Phone, start: pos, dur: n}
		if int(s.Phone) >= phone.Count {
			sp.ph = phone.Sil
		}
		switch t.cl {
		case clVowel, clGlide, clNasal, clFric:
			sp.sE = t.f
			sp.eE = t.f
			if t.off[0] > 0 {
				sp.eE = t.off
			}
			if t.cl == clVowel && s.Stress == 0 {
				// Unstressed vowels centralise a little toward schwa: 10 %, not 25 %, since
				// function words ("and", "is", "on") lose their stress here too and must keep
				// their vowel.
				for i, nv := range [3]float64{neutralF1, neutralF2, neutralF3} {
					sp.sE[i] = 0.9*sp.sE[i] + 0.1*nv
					sp.eE[i] = 0.9*sp.eE[i] + 0.1*nv
				}
			}
			sp.bw = t.b
		default:
			sp.fixed = true
			sp.bw = [3]float64{60, 90, 150}
			if t.cl == clStop || t.cl == clAffr {
				sp.sE, sp.eE = t.f, t.f
				sp.bw = t.b
			}
		}
		pl.segs = append(pl.segs, sp)
		pos += n
	}
	segs := pl.segs
	// Copy formants into [h] and silence from neighbours.
	for i := range segs {
		s := &segs[i]
		if s.t.cl != clAsp && s.t.cl != clSil {
			continue
		}
		if j := nextVoiced(segs, i); j >= 0 && (s.t.cl == clAsp || i == 0 || segs[i-1].t.cl == clSil) {
			s.sE, s.eE, s.bw = segs[j].sE, segs[j].sE, segs[j].bw
		} else if i > 0 {
			s.sE, s.eE, s.bw = segs[i-1].eE, segs[i-1].eE, segs[i-1].bw
		} else {
			s.sE, s.eE = [3]float64{neutralF1, neutralF2, neutralF3}, [3]float64{neutralF1, neutralF2, neutralF3}
		}
		if s.t.cl == clAsp {
			s.bw[0] = 300
		}
	}
	// Stops and affricates take locus-based values from their vowel (or sonorant) neighbours.
	for i := range segs {
		s := &segs[i]
		if s.t.cl != clStop && s.t.cl != clAffr {
			continue
		}
		if i > 0 && isOpen(segs[i-1].t.cl) {
			s.sE = boundaryValue(s.t, segs[i-1].eE)
		} else if i+1 < len(segs) && isOpen(segs[i+1].t.cl) {
			s.sE = boundaryValue(s.t, segs[i+1].sE)
		}
		if i+1 < len(segs) && isOpen(segs[i+1].t.cl) {
			s.eE = boundaryValue(s.t, segs[i+1].sE)
		} else {
			s.eE = s.sE
		}
		if s.t.cl == clAffr {
			s.sE = s.eE
		}
	}
	// Boundaries.
	for i := range segs {
		segs[i].bIn, segs[i].bOut = segs[i].sE, segs[i].eE
	}
	for i := 0; i+1 < len(segs); i++ {
		pl.boundary(&segs[i], &segs[i+1])
	}
	// Post-stop aspiration and voice bars.
	for i := range segs {
		s := &segs[i]
		if s.t.cl != clStop {
			continue
		}
		if s.t.voiced {
			s.voiceBar = i > 0 && segs[i-1].t.cl != clSil && segs[i-1].t.voiced || i > 0 && segs[i-1].t.cl == clVowel
			continue
		}
		if i+1 >= len(segs) {
			continue
		}
		nx := &segs[i+1]
		var asp, amp float64
		switch nx.t.cl {
		case clVowel, clGlide, clAsp:
			if nx.t.cl == clVowel && ph.Segments[i+1].WordStart {
				break // released into the next word's glottal stop, not aspirated
			}
			stressed := ph.Segments[i+1].Stress > 0 || (i+2 < len(segs) && ph.Segments[i+2].Stress > 0)
			switch {
			case i > 0 && (segs[i-1].ph == phone.S):
				asp, amp = 8, 46 // "sp", "st", "sk": unaspirated
			case ph.Segments[i].SyllableStart && stressed:
				asp, amp = 50, 56
			case ph.Segments[i].SyllableStart:
				asp, amp = 25, 51
			default:
				asp, amp = 15, 48
			}
			if nx.t.cl == clGlide {
				asp += 10
			}
			if max := 0.55 * float64(nx.dur); pl.ms(asp) > max {
				asp = max * 1000 / pl.sr
			}
		case clSil:
			// A voiceless stop released into a pause has its burst and no aspiration after
			// it. Against Festival's recorded kal (Harvard 1–60, the 15 sentence-final [p t k]
			// of each voice, 15–60 ms after the burst, 500 Hz–1 kHz bands relative to the middle
			// of the vowel before the stop) kal's release dies into weak noise 27–33 dB under
			// the vowel in every band from 0 to 4 kHz; our 35 ms of aspiration at 50 dB, white
			// noise through the stop's formants, was 30 dB under at 0–1 kHz but only 13 to 2 dB
			// under at 1–4 kHz: a whispered vowel after the word, which the recognizer took for
			// one more word ("the parked truck" → "the power to write it"; a word added at the
			// end of 18 of the 90 sentences ending in [p t k] at Harvard 1–200 under two noise
			// seeds). An utterance-final release is weak and short in English, often absent
			// (Byrd 1993, TIMIT). Harvard 1–200 (tuning), joe with its noise floor: 36.39 →
			// 36.13 % WER (7 sentences better, 3 worse) with the vocoder's seed, 36.58 → 35.81 %
			// (13, 4) with another.
		case clNasal:
			asp, amp = 10, 45
		}
		nx.aspIn = int(pl.ms(asp))
		nx.aspAmp = amp
	}
}

func isOpen(c class) bool { return c == clVowel || c == clGlide || c == clNasal }

func nextVoiced(segs []segPlan, i int) int {
	for j := i + 1; j < len(segs) && j <= i+1; j++ {
		switch segs[j].t.cl {
		case clVowel, clGlide, clNasal:
			return j
		}
	}
	return -1
}

// boundaryValue is the formant value at the boundary between a consonant and an adjacent vowel
// (or sonorant) whose edge value is v, by locus rules.
func boundaryValue(c *target, v [3]float64) [3]float64 {
	l, k := locus(c.place, v)
	var out [3]float64
	for i := range out {
		out[i] = l[i] + k[i]*(v[i]-l[i])
	}
	return out
}

// boundary sets the boundary values and transition times between adjacent segments a and b.
func (pl *planner) boundary(a, b *segPlan) {
	ca, cb := a.t.cl, b.t.cl
	set := func(tA, tB [3]float64) {
		for i := range tA {
			a.tOut[i] = pl.ms(tA[i])
			b.tIn[i] = pl.ms(tB[i])
		}
	}
	switch {
	case ca == clSil || cb == clSil || ca == clAsp || cb == clAsp:
		// No transitions into or out of silence; [h] carries its vowel's formants.
		return
	case ca == clVowel && cb == clVowel:
		m := avg3(a.eE, b.sE)
		a.bOut, b.bIn = m, m
		set([3]float64{40, 50, 50}, [3]float64{40, 50, 50})
	case ca == clVowel || cb == clVowel || (ca == clGlide) != (cb == clGlide):
		// Consonant–vowel (or glide–consonant): v is the vowel-like side.
		v, c, vFirst := a, b, true
		if ca != clVowel && !(ca == clGlide && cb != clVowel) {
			v, c, vFirst = b, a, false
		}
		vEdge := v.sE
		if vFirst {
			vEdge = v.eE
		}
		var bv, bc [3]float64
		var tv, tc [3]float64
		switch c.t.cl {
		case clStop, clAffr:
			bv = boundaryValue(c.t, vEdge)
			bc = bv
			tv = [3]float64{25, 45, 45}
			if c.t.cl == clAffr {
				bc = c.t.f
				tc = [3]float64{10, 10, 10}
			}
		case clFric:
			bv = boundaryValue(c.t, vEdge)
			bc = c.sE
			tv = [3]float64{30, 40, 40}
			tc = [3]float64{15, 15, 15}
		case clNasal:
			bv = boundaryValue(c.t, vEdge)
			bv[0] = 0.6*vEdge[0] + 0.4*350
			bc = c.sE
			tv = [3]float64{25, 40, 40}
			tc = [3]float64{5, 5, 5}
		case clGlide:
			for i := range bv {
				bv[i] = c.sE[i] + 0.45*(vEdge[i]-c.sE[i])
			}
			bc = bv
			tv = [3]float64{60, 70, 70}
			d := 1000 * float64(c.dur) / pl.sr
			tc = [3]float64{d, d, d}
		default:
			bv = vEdge
			bc = vEdge
		}
		if vFirst {
			a.bOut, b.bIn = bv, bc
			set(tv, tc)
		} else {
			a.bOut, b.bIn = bc, bv
			set(tc, tv)
		}
	default:
		// Consonant–consonant.
		switch {
		case ca == clStop:
			a.bOut = a.eE
			b.bIn = b.sE
		case cb == clStop:
			a.bOut = a.eE
			b.bIn = b.sE
		default:
			m := avg3(a.eE, b.sE)
			a.bOut, b.bIn = m, m
			set([3]float64{15, 15, 15}, [3]float64{15, 15, 15})
		}
	}
}

func avg3(x, y [3]float64) [3]float64 {
	return [3]float64{(x[0] + y[0]) / 2, (x[1] + y[1]) / 2, (x[2] + y[2]) / 2}
}

// formants evaluates F1–F3 of segment s at offset d samples.
func (s *segPlan) formants(d float64) [3]float64 {
	dur := float64(s.dur)
	u := 0.0
	if dur > 0 {
		u = d / dur
	}
	var out [3]float64
	for i := 0; i < 3; i++ {
		// Base trajectory: onset, then an offglide (diphthongs) or a linear glide (stops).
		base0, base1 := s.sE[i], s.eE[i]
		v := base0
		if base1 != base0 {
			switch {
			case s.t.cl != clVowel:
				v = base0 + (base1-base0)*smooth(u)
			case s.t.diph:
				if at := s.t.offAt; u > at {
					v = base0 + (base1-base0)*smooth((u-at)/(1-at))
				}
			default:
				// A monophthong moves through the vowel, never holding one spectrum: from
				// its onset value, held for the first 20 % (where Hillenbrand et al. 1995
				// sampled the onset of vowel-inherent spectral change), to its offglide at
				// the end, as Klatt's offglides are the values a vowel ends on. Reaching the
				// offglide already at 80 % (where Hillenbrand sampled the offset) moved
				// the middle of every vowel toward its offglide and cost the recognizer
				// about a point of word error rate; ending at 100 % cost nothing.
				v = base0 + (base1-base0)*smooth((u-viscStart)/(viscEnd-viscStart))
			}
		}
		if t := s.tIn[i]; t > 0 && d < t {
			x := 1 - d/t
			v += (s.bIn[i] - base0) * x * x
		}
		if t := s.tOut[i]; t > 0 && dur-d < t {
			x := 1 - (dur-d)/t
			v += (s.bOut[i] - base1) * x * x
		}
		out[i] = v
	}
	return out
}

// The part of a monophthong (fractions of its length) over which it moves from its onset to
// its offglide values.
const viscStart, viscEnd = 0.2, 1.0

func smooth(x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	return x * x * (3 - 2*x)
}

// dbLin converts Klatt dB (60 = nominal strong level) to a linear factor; ≤ 0 is silence.
func dbLin(db float64) float64 {
	if db <= 0 {
		return 0
	}
	return dsp.DBToAmplitude(db - 60)
}

// amps fills the source and parallel amplitudes of segment i at offset d samples.
func (pl *planner) amps(i int, d float64, fr *frame, ph *prosody.Phrase) {
	s := &pl.segs[i]
	t := s.t
	dur := float64(s.dur)
	*fr = frame{f: fr.f, b: fr.b, fnz: fr.fnz}
	stress := ph.Segments[i].Stress
	switch t.cl {
	case clSil:
	case clVowel:
		fr.av = t.av
		if stress == 0 {
			fr.av -= 2
		}
	case clGlide, clNasal:
		fr.av = t.av
	case clAsp:
		fr.ah = 48
		if i > 0 && i+1 < len(pl.segs) && pl.segs[i-1].t.cl == clVowel && pl.segs[i+1].t.cl == clVowel {
			fr.av = 42 // voiced [ɦ] between vowels
		}
	case clFric:
		fr.av, fr.avs, fr.af = t.av, t.avs, t.af
		fr.par, fr.ab = t.par, t.ab
		fr.f6, fr.b6 = t.f6, t.b6
		if t.place == phone.Labiodental {
			fr.lpb = 1
		}
		// Frication rises and decays over 10 ms; voicing fills in between.
		edge := math.Min(d, dur-d) / pl.ms(12)
		if edge < 1 {
			fr.af -= 12 * (1 - edge)
		}
		if t.voiced && i+1 < len(pl.segs) && pl.segs[i+1].t.cl == clSil {
			// Before a pause a voiced fricative devoices (finalVoicingFrom).
			if x := (d/dur - finalVoicingFrom) / (finalVoicingTo - finalVoicingFrom); x > 0 {
				fr.av -= 30 * math.Min(1, x)
				fr.avs -= 30 * math.Min(1, x)
			}
		}
	case clStop:
		burst := math.Min(pl.ms(t.burst), dur/2)
		if s.voiceBar {
			fr.avs = t.avs
		}
		if d >= dur-burst && !pl.unreleased(i, ph) {
			x := (d - (dur - burst)) / math.Max(burst, 1)
			fr.af = t.af - 12*x
			fr.par, fr.ab = t.par, t.ab
			fr.f6, fr.b6 = t.f6, t.b6
			if t.place == phone.Velar && pl.backVowelNear(i) {
				// Next to a back vowel the velar burst's peak is the front cavity's resonance
				// at F2, not F3 (Stevens 1998, ch. 7): its gains move down one branch.
				fr.par[0], fr.par[1], fr.par[2] = t.par[1], t.par[2], 0
			}
		}
	case clAffr:
		cl := math.Max(0.4*dur, math.Min(pl.ms(t.burst), dur/2))
		if d >= cl {
			fr.af = t.af
			if x := (d - cl) / pl.ms(8); x < 1 {
				fr.af += 4 * (1 - x) // release transient
			}
			if x := (dur - d) / pl.ms(10); x < 1 {
				fr.af -= 15 * (1 - x)
			}
			fr.par, fr.ab = t.par, t.ab
			fr.av = t.av
			fr.avs = t.avs
		} else if t.voiced && i > 0 && pl.segs[i-1].t.voiced {
			fr.avs = t.avs
		}
	}
	if s.aspIn > 0 && d < float64(s.aspIn) {
		// The aspiration builds up after the release (Stevens, Acoustic Phonetics ch. 8: the
		// release transient and frication at the constriction come first, glottal flow and its
		// turbulence rise as the constriction opens), so it does not mask the burst.
		amp := s.aspAmp
		if x := d / pl.ms(aspRiseMs); x < 1 {
			amp -= 12 * (1 - x)
		}
		fr.ah = math.Max(fr.ah, amp)
		fr.av = 0
		fr.asp = 1
	}
	if s.t.cl == clVowel || s.t.cl == clGlide || s.t.cl == clNasal {
		if s.t.cl == clVowel && i > 0 && pl.segs[i-1].t.cl != clSil && ph.Segments[i].WordStart && !pl.cliticVowel(i, ph) {
			// Glottal attack of a word-initial vowel inside a phrase: a short closure, then an
			// abrupt onset, so that the word does not fuse with the one before ("red and" was
			// heard as "red cent").
			if d < pl.ms(glottalMs) {
				fr.av = 0
				fr.ah = 0
			} else if x := (d - pl.ms(glottalMs)) / pl.ms(15); x < 1 {
				fr.av -= 8 * (1 - x)
			}
		}
		if i > 0 && pl.segs[i-1].t.cl == clSil && d < pl.ms(30) {
			// Soft voicing onset after a pause.
			fr.av -= 10 * (1 - d/pl.ms(30))
		}
		if i+1 < len(pl.segs) && pl.segs[i+1].t.cl == clSil && dur-d < pl.ms(60) {
			// Phrase-final decay with a little breath.
			x := 1 - (dur-d)/pl.ms(60)
			fr.av -= 14 * x * x
			fr.ah = math.Max(fr.ah, 38*x)
		}
	}
}

// unreleased reports whether stop segment i closes without an audible release: before another
// stop, and before a fricative or affricate that starts the next word. In English a stop
// before a consonant is mostly unreleased, across word boundaries above all (Henderson & Repp
// 1982; Byrd 1993, TIMIT): the next constriction is made before the stop's own opens. A burst
// released into the next word's fricative is a sound of its own: before [ð] it was heard as
// part of another word ("the" after [t d] missed 18 of 37 times, as "a", "as", "this"). Inside
// a word a stop keeps its release before a fricative, which carries it ("box", "parts", "lists":
// taking those releases too cost more than "the" won).
func (pl *planner) unreleased(i int, ph *prosody.Phrase) bool {
	if i+1 >= len(pl.segs) {
		return false
	}
	switch pl.segs[i+1].t.cl {
	case clStop:
		return true
	case clAffr, clFric:
		return ph.Segments[i+1].WordStart
	}
	return false
}

// cliticVowel reports whether vowel segment i is a whole word of one schwa: the article "a"
// ([ə], unaccented). That word is a proclitic, said as one with the word after it ("a pile",
// [əˈpaɪl]), and a reduced vowel inside a phrase is seldom glottalised (Dilley,
// Shattuck-Hufnagel & Ostendorf 1996), so it starts without a glottal attack. With one, "a"
// after a word was heard as "the" ("the depth of a well": "of the well"): a closure and an
// abrupt onset before a schwa is what a stop-like [ð] sounds like. Harvard 1–200, joe: 47.85 →
// 47.47 % WER ("a" missed 39 → 35 times of 56, heard as "the" 18 → 14), and 49.39 → 48.81 %
// with another noise seed: small, but the same way under both. Taking the attack
// from every word-initial schwa ("and", "of", "at") instead cost 0.3 points, "and" most.
func (pl *planner) cliticVowel(i int, ph *prosody.Phrase) bool {
	if ph.Segments[i].Stress != 0 || (pl.segs[i].ph != phone.AH && pl.segs[i].ph != phone.AX) {
		return false
	}
	return i+1 >= len(pl.segs) || ph.Segments[i+1].WordStart || pl.segs[i+1].t.cl == clSil
}

// backVowelF2 is the F2 (male Hz) below which a vowel is back: between the back vowels' F2
// (about 900–1300 Hz) and the front vowels' (1700–2300 Hz) in Peterson & Barney's and
// Hillenbrand's tables.
const backVowelF2 = 1500

// backVowelNear reports whether the vowel a stop at segment i is released into (or, before a
// pause or consonant, the vowel before it) is a back vowel.
func (pl *planner) backVowelNear(i int) bool {
	v := -1
	switch {
	case i+1 < len(pl.segs) && pl.segs[i+1].t.cl == clVowel:
		v = i + 1
	case i > 0 && pl.segs[i-1].t.cl == clVowel:
		v = i - 1
	}
	return v >= 0 && pl.segs[v].t.f[1] < backVowelF2
}

// finalVoicingFrom and finalVoicingTo: a voiced fricative before a pause loses its voicing
// between these fractions of its length (30 dB down by the second), its frication going on. In
// English, utterance-final /z v ð/ are voiced through only the first part of their frication,
// often less than half (Haggard 1978; Docherty 1992; Smith 1997), and the recognizer heard our
// fully voiced final [z] as a syllable of its own ("wrong sums" → "wrong side is", "simplest
// things" → "simplest thing is"). Harvard 1–200 (tuning), joe: 36.13 → 35.75 % WER (6
// sentences better, 2 worse) with the vocoder's seed, 35.81 → 35.43 % (5, 1) with another.
const finalVoicingFrom, finalVoicingTo = 0.2, 0.5

// aspRiseMs is how long post-stop aspiration takes to rise by 12 dB to its level. Harvard-dev
// 1–200, joe: 48.11 → 47.85 % WER (22 sentences better, 14 worse: within the noise, kept for
// its reason); a 20 ms rise 48.88 %. The opposite, aspiration at its full level from the burst
// on, cost 3.6 points (51.70 %): it masks the burst.
const aspRiseMs = 10

// glottalMs is the closure of the glottal stop before a word-initial vowel inside a phrase.
const glottalMs = 20

// track fills frames[k] for positions k*blk (the last at the phrase end).
func (pl *planner) track(ph *prosody.Phrase, blk int, frames []frame) {
	n := ph.Samples()
	seg := 0
	for k := range frames {
		pos := k * blk
		if pos > n {
			pos = n
		}
		for seg+1 < len(pl.segs) && pos >= pl.segs[seg].start+pl.segs[seg].dur {
			seg++
		}
		fr := &frames[k]
		if len(pl.segs) == 0 {
			*fr = frame{f: [3]float64{neutralF1, neutralF2, neutralF3}, b: [3]float64{60, 90, 150}, fnz: 270}
			continue
		}
		s := &pl.segs[seg]
		d := float64(pos - s.start)
		fr.f = s.formants(d)
		fr.b = s.bw
		fr.fnz = 270
		if s.t.cl == clNasal {
			fr.fnz = 450
		} else if w := pl.nasality(seg, d); w > 0 {
			// Nasalised vowel (Klatt 1980): F1 up by about 100 Hz and the nasal zero between
			// the nasal pole and the raised F1.
			fr.f[0] += 100 * w
			fr.fnz = 270 + w*((fr.f[0]+270)/2-270)
		}
		pl.amps(seg, d, fr, ph)
		if s.t.cl == clNasal && s.t.mz > 0 {
			fr.mz, fr.mw = s.t.mz, 1
		}
		if fr.asp > 0 {
			fr.b[0] += 200
		}
	}
	// Smooth voicing and nasal-zero tracks (zero-phase moving average) to avoid steps.
	pl.boxSmooth(frames, max(1, int(pl.ms(6))/blk), func(f *frame) *float64 { return &f.av })
	pl.boxSmooth(frames, max(1, int(pl.ms(6))/blk), func(f *frame) *float64 { return &f.avs })
	pl.boxSmooth(frames, max(1, int(pl.ms(4))/blk), func(f *frame) *float64 { return &f.ah })
	pl.boxSmooth(frames, max(1, int(pl.ms(8))/blk), func(f *frame) *float64 { return &f.fnz })
	pl.boxSmooth(frames, max(1, int(pl.ms(8))/blk), func(f *frame) *float64 { return &f.mw })
	spreadMurmurZero(frames)
	for k := range frames {
		fr := &frames[k]
		fr.av, fr.avs, fr.ab = dbLin(fr.av), dbLin(fr.avs), dbLin(fr.ab)
		fr.ah, fr.af = dbLin(fr.ah)*pl.aspGain, dbLin(fr.af)*pl.fricGain
		for j := range fr.par {
			fr.par[j] = dbLin(fr.par[j])
		}
	}
}

// spreadMurmurZero gives the frames next to a nasal murmur, where the smoothing of its depth
// reaches, the murmur's antiformant frequency: from the murmur that follows first (the one
// whose depth rises there), then from the one before.
func spreadMurmurZero(frames []frame) {
	next := 0.0
	for k := len(frames) - 1; k >= 0; k-- {
		if frames[k].mz > 0 {
			next = frames[k].mz
		} else if frames[k].mw > 0 {
			frames[k].mz = next
		}
	}
	prev := 0.0
	for k := range frames {
		if frames[k].mz > 0 {
			prev = frames[k].mz
		} else if frames[k].mw > 0 {
			frames[k].mz = prev
		}
	}
}

// Nasal coarticulation of vowels, ms: the velum opens well before a nasal consonant
// (anticipatory) and closes soon after one.
const nasalBeforeMs, nasalAfterMs = 70, 30

// nasality is how nasalised (0–1) vowel segment i is at offset d samples, next to a nasal.
func (pl *planner) nasality(i int, d float64) float64 {
	s := &pl.segs[i]
	if s.t.cl != clVowel {
		return 0
	}
	w := 0.0
	if i > 0 && pl.segs[i-1].t.cl == clNasal {
		if x := 1 - d/pl.ms(nasalAfterMs); x > w {
			w = x
		}
	}
	if i+1 < len(pl.segs) && pl.segs[i+1].t.cl == clNasal {
		if x := 1 - (float64(s.dur)-d)/pl.ms(nasalBeforeMs); x > w {
			w = x
		}
	}
	return w
}

// boxSmooth applies a centred moving average of width 2w+1 to one field of the frames.
func (pl *planner) boxSmooth(frames []frame, w int, field func(*frame) *float64) {
	n := len(frames)
	if n < 3 || w < 1 {
		return
	}
	if cap(pl.tmp) < n {
		pl.tmp = make([]float64, n)
	}
	tmp := pl.tmp[:n]
	for k := range frames {
		tmp[k] = *field(&frames[k])
	}
	sum := 0.0
	cnt := 0
	// running window [k-w, k+w]
	for j := 0; j <= w && j < n; j++ {
		sum += tmp[j]
		cnt++
	}
	for k := 0; k < n; k++ {
		*field(&frames[k]) = sum / float64(cnt)
		if add := k + w + 1; add < n {
			sum += tmp[add]
			cnt++
		}
		if rem := k - w; rem >= 0 {
			sum -= tmp[rem]
			cnt--
		}
	}
}
