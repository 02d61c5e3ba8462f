// Package acoustics measures speech audio: pitch, formant scaling, voice quality and activity. It
// exists so tests can check what a voice sounds like from its samples alone, independent of how
// the voice was made.
//
// Every function takes mono samples (nominally in −1…1) and their sample rate, never panics, and
// never returns NaN or ±Inf: non-finite input samples are read as 0, and a rate outside
// MinSampleRate…MaxSampleRate, or input too short or too quiet to measure, gives an empty track
// or 0. Measure computes every measure from one analysis; the single-measure functions are
// shorthands for it. Analysis runs on 10 ms frames (FrameSeconds); rates above 20 kHz are first low-passed and
// decimated by an integer factor to 10–20 kHz, which loses nothing below 4 kHz.
//
// # Measures
//
// PitchTrack gives the fundamental frequency (F0) of each 10 ms frame, or 0 where the frame is
// unvoiced or silent. It is a YIN estimator (de Cheveigné & Kawahara 2002) run on the signal
// low-passed at 1 kHz (fourth-order Butterworth) and decimated to 5–10 kHz, which keeps the fundamental and a few harmonics
// and smooths away the sharp glottal pulses and the noise that blur a sampled period: the
// squared-difference function over lags of 1/600…1/50 s with a 25 ms integration window,
// normalized by its cumulative mean, so a perfectly periodic frame has a dip to 0 at its period
// and noise sits near 1. The period is the first dip below 0.15 (falling back to the first dip
// within 0.1 of the deepest one), refined by parabolic interpolation. A frame is voiced when that
// dip is below 0.35 (roughly a harmonics-to-noise ratio above 3 dB), its energy is within 40 dB of
// the loudest frame, and it is not periodic at a lag shorter than 1/600 s (a tone, not a voice).
// Octave errors are then guarded twice: a frame whose F0 lies 2, 3 or 4 times above or below the
// median of the voiced frames within ±150 ms is folded back, and voiced runs shorter than 30 ms
// are dropped as spurious.
//
// MedianF0 is the median of the voiced frames' F0: a speaker's pitch baseline, insensitive to
// accents, declination and the odd tracking error. Report.F0Range adds the spread between the
// 10th and 90th percentiles in semitones.
//
// Formants estimates F1, F2 and F3 by linear prediction on the voiced frames within 30 dB of the
// loudest: each frame is pre-emphasized (first difference 0.97), Hamming-windowed over two pitch
// periods (6–25 ms; short enough that the window does not resolve harmonics, which would draw
// poles of their own), and modelled by an all-pole filter of order 2 + rate/1000 (autocorrelation
// method, Levinson–Durbin, roots by Durand–Kerner). Roots between max(150 Hz, 1.1·F0) and 150 Hz
// below the Nyquist frequency are candidates: those narrower than 400 Hz, or, when fewer than
// three are, those narrower than 800 Hz (a weak F3 can be wide). The lowest three are F1, F2 and
// F3. Each formant is summarized by the geometric mean of the middle half of its values over the
// frames: as robust to outliers as a median, but it moves smoothly when the mix of vowels changes,
// where a median jumps across the gap between two clusters. At high F0 a harmonic near F1 pulls
// the F1 estimate (about 6 % at F0 210 Hz in the tests), and where F1 lies below about 1.1·F0 it
// cannot be seen at all, so F2 is taken for F1 in those frames: an adult male tract measures
// about 7 % higher at F0 280 Hz than at 110 Hz, and Chorus's formant voices about 17 % higher at
// 285 Hz (figures for the F1–F3 mean). To compare vocal tracts, compare voices at a common pitch
// (synth's voices-distinct test shifts every voice to 140 Hz); up to 200 Hz, and up to 280 Hz
// for a tract 1.2× shorter, the tests find FormantScale drifting by no more than 2 %.
//
// FormantScale is, frame by frame, the geometric mean of F2 and F3, averaged over the frames in
// the same way. Formant frequencies scale inversely with vocal-tract length, so multiplying every
// formant by k multiplies FormantScale by k. F1 is left out of the scale because it is the
// formant most disturbed by the voice source and by harmonics: with it, copies of a Chorus
// formant voice differing only in tract scale measured up to 4.8 % off their true ratios across
// pitch shifts of −3…+6 semitones; without it, 2.8 %. On synthetic vowel sequences the ratio is
// within 2 % at F0 110 Hz and within 5 % at 200 Hz. Ratios between voices speaking the same text
// are what it is for; its absolute value depends on the phones spoken.
//
// HNR is the median harmonics-to-noise ratio in dB over voiced frames. For each, the signal
// low-passed at 4 kHz is correlated over three periods with itself one period later, the period
// refined to 0.15 % by Lanczos (windowed-sinc) interpolation between samples; the best normalized
// correlation r gives HNR = 10·log10(r / (1 − r)). Breathy voices, whose glottal source carries
// turbulence noise, score lower than modal ones; white noise added to a periodic signal gives an
// HNR within 1 dB of the signal-to-noise ratio in the tests, and a clean periodic signal 30 dB and
// more (the value is capped at 40 dB). Running speech scores far lower than sustained vowels,
// since F0 and formants move within the window.
//
// SyllableRate counts syllable nuclei, after de Jong & Wempe (2009): peaks of the intensity
// contour (25 ms RMS in dB, smoothed over ±20 ms) that are voiced, within 25 dB of the loudest
// frame, and separated from the previous nucleus by a dip of at least 2 dB (otherwise the louder
// of the two stands). Report.Syllables is the count; SyllableRate divides it by ActiveSeconds, an
// articulation rate that pauses do not dilute. On Chorus's voices reading 28 syllables of Harvard
// sentences it counts 25–27.
//
// ActiveSeconds is the time during which the signal is within 35 dB of its loudest 10 ms frame: the
// speaking time without leading, trailing or inter-phrase silences, a duration measure that
// does not count pauses.
package acoustics
