package acoustics

import "math"

// PitchTrack returns the F0 in Hz of each FrameSeconds frame of x (frame i centred at
// (i+0.5)·FrameSeconds), 0 where the frame is unvoiced or silent. It returns nil when sampleRate
// is out of range and an empty track for input shorter than one frame.
func PitchTrack(x []float32, sampleRate int) []float64 {
	a := analyze(x, sampleRate)
	if a == nil {
		return nil
	}
	out := make([]float64, len(a.frames))
	for i, f := range a.frames {
		out[i] = f.f0
	}
	return out
}

// MedianF0 returns the median F0 in Hz over the voiced frames of x, 0 if none is voiced.
func MedianF0(x []float32, sampleRate int) float64 {
	var f0s []float64
	for _, f := range PitchTrack(x, sampleRate) {
		if f > 0 {
			f0s = append(f0s, f)
		}
	}
	return median(f0s)
}

// FormantEstimate holds a signal's typical formant frequencies over its voiced frames.
type FormantEstimate struct {
	// F1, F2 and F3 are each the geometric mean of the middle half of the frames' values, in Hz;
	// all 0 when no frame could be analysed.
	F1, F2, F3 float64
	// Scale is the formant scale in Hz: each frame's geometric mean of F2 and F3, averaged over
	// the frames as the formants are; 0 when unknown.
	Scale  float64
	Frames int // voiced frames that yielded all three
}

// Formants estimates the typical F1, F2 and F3 of x's voiced frames by linear prediction.
func Formants(x []float32, sampleRate int) FormantEstimate {
	a := analyze(x, sampleRate)
	if a == nil {
		return FormantEstimate{}
	}
	return a.formants()
}

// FormantScale returns the formant scale of x in Hz (FormantEstimate.Scale), a quantity
// inversely proportional to vocal-tract length; 0 when x has no analysable voiced frame.
func FormantScale(x []float32, sampleRate int) float64 {
	return Formants(x, sampleRate).Scale
}

// HNR returns the median harmonics-to-noise ratio in dB over the voiced frames of x (lower is
// breathier), 0 if none is voiced.
func HNR(x []float32, sampleRate int) float64 {
	return Measure(x, sampleRate).HNR
}

// ActiveSeconds returns how long x is within 35 dB of its loudest frame: its duration without
// silences.
func ActiveSeconds(x []float32, sampleRate int) float64 {
	return Measure(x, sampleRate).ActiveSeconds
}

// SyllableRate returns the number of syllable nuclei per second of active (non-silent) time: an
// articulation rate, independent of pauses. 0 when x is silent.
func SyllableRate(x []float32, sampleRate int) float64 {
	return Measure(x, sampleRate).SyllableRate
}

// Report gathers every measure of one signal, computed from a single analysis.
type Report struct {
	Seconds       float64 // duration of the input
	ActiveSeconds float64 // time within 35 dB of the loudest frame
	VoicedSeconds float64 // time in voiced frames
	MedianF0      float64 // Hz over voiced frames
	F0Range       float64 // semitones between the 10th and 90th percentile of voiced F0
	Formants      FormantEstimate
	FormantScale  float64 // Formants.Scale
	HNR           float64 // dB, median over voiced frames
	Syllables     int     // syllable nuclei counted
	SyllableRate  float64 // Syllables per ActiveSeconds, 0 when nothing is active
}

// Measure analyses x once and returns every measure. A sampleRate out of range gives the zero
// Report.
func Measure(x []float32, sampleRate int) Report {
	a := analyze(x, sampleRate)
	if a == nil {
		return Report{}
	}
	a.harmonicity()
	r := Report{Seconds: float64(len(x)) / float64(sampleRate)}
	var loud float64
	for _, f := range a.frames {
		loud = max(loud, f.act)
	}
	floor := loud * math.Pow(10, -activeDB/20)
	var f0s, hnrs []float64
	for _, f := range a.frames {
		if floor > 0 && f.act >= floor {
			r.ActiveSeconds += FrameSeconds
		}
		if f.f0 > 0 {
			f0s = append(f0s, f.f0)
			hnrs = append(hnrs, f.hnr)
		}
	}
	r.VoicedSeconds = float64(len(f0s)) * FrameSeconds
	r.MedianF0 = median(f0s) // sorts f0s
	if n := len(f0s); n > 0 {
		lo, hi := f0s[int(0.1*float64(n-1)+0.5)], f0s[int(0.9*float64(n-1)+0.5)]
		r.F0Range = 12 * math.Log2(hi/lo)
	}
	r.HNR = median(hnrs)
	r.Syllables = a.syllables()
	if r.ActiveSeconds > 0 {
		r.SyllableRate = float64(r.Syllables) / r.ActiveSeconds
	}
	r.Formants = a.formants()
	r.FormantScale = r.Formants.Scale
	return r
}
