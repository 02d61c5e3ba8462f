package formant

import "github.com/chorus-tts/chorus/synth/phone"

// class is how the vocoder treats a phone.
type class uint8

const (
	clSil class = iota
	clVowel
	clGlide // W Y R L
	clNasal
	clFric
	clStop
	clAffr
	clAsp // HH
)

// target is one phone's synthesis data: adult-male formant targets (Klatt 1980 tables II and
// III), offglides, source amplitudes and parallel-branch gains in Klatt dB (60 ≈ strong).
type target struct {
	cl   class
	f, b [3]float64 // F1–F3 and B1–B3 at the onset (Hz)
	// off is the offglide F1–F3 (0: none): a diphthong's second target, or where a
	// monophthong's vowel-inherent spectral change leads (reached at the vowel's end).
	off    [3]float64
	diph   bool       // a diphthong: the offglide starts at offAt
	offAt  float64    // fraction of the segment where a diphthong's offglide starts
	av     float64    // voicing (cascade) dB
	avs    float64    // quasi-sinusoidal voicing dB (voice bars, voiced fricatives)
	af     float64    // frication dB (fricatives, affricate release, bursts)
	par    [5]float64 // parallel gains A2..A6 dB
	ab     float64    // bypass gain dB
	f6     float64    // frequency of the parallel "F6" frication resonance (male Hz)
	b6     float64    // its bandwidth
	burst  float64    // burst duration ms (stops)
	mz     float64    // a nasal's murmur antiformant (male Hz; 0: none)
	place  phone.Place
	voiced bool
}

var targets = [phone.Count]target{
	phone.Sil: {cl: clSil},
	// Vowels: F, B, offglide and, for diphthongs, offglide timing (MITalk Tdmid).
	// American English monophthongs are not static either (vowel-inherent spectral change):
	// Klatt's offglides of IY IH EH AE AO UH UW ER are kept as where each one moves.
	// Hillenbrand et al. (1995) measured formants at 20 % and 80 % of each vowel (45 men, hVd
	// words); from their data the men's mean F2 changes by −9 % in IH, −11 % in AE, +24 % in
	// AO, +33 % in UH and +8 % in ER, the directions of Klatt's F2 offglides. AA and AH have
	// no offglide in Klatt's table: theirs are half of the men's mean change (AA F1 754 → 706,
	// F2 1304 → 1461 Hz; AH F1 622 → 574, F2 1181 → 1493 Hz), since at 80 % of an hVd word
	// part of the change is already the transition into [d], which the planner draws itself.
	// The front vowels IY IH EY EH
	// AE have F2 (and a little F1/F3) raised from Klatt's single speaker toward the American
	// English male means of Peterson & Barney 1952 and Hillenbrand et al. 1995 (e.g. IY F2 2020
	// -> 2250, IH 1800 -> 1980), offglides moved with them: with Klatt's values IY was heard as
	// IH ("these" -> "this").
	phone.IY: {cl: clVowel, f: [3]float64{320, 2250, 2980}, b: [3]float64{45, 200, 400}, off: [3]float64{300, 2300, 3000}, av: 60},
	phone.IH: {cl: clVowel, f: [3]float64{410, 1980, 2620}, b: [3]float64{50, 100, 140}, off: [3]float64{470, 1800, 2620}, av: 60},
	phone.EY: {cl: clVowel, f: [3]float64{480, 1900, 2560}, b: [3]float64{70, 100, 200}, off: [3]float64{340, 2200, 2650}, offAt: 0.45, diph: true, av: 60},
	phone.EH: {cl: clVowel, f: [3]float64{560, 1800, 2550}, b: [3]float64{60, 90, 200}, off: [3]float64{620, 1650, 2550}, av: 60},
	phone.AE: {cl: clVowel, f: [3]float64{640, 1780, 2500}, b: [3]float64{70, 150, 320}, off: [3]float64{660, 1620, 2500}, av: 60},
	phone.AA: {cl: clVowel, f: [3]float64{700, 1220, 2600}, b: [3]float64{130, 70, 160}, off: [3]float64{678, 1293, 2600}, av: 60},
	phone.AO: {cl: clVowel, f: [3]float64{600, 990, 2570}, b: [3]float64{90, 100, 80}, off: [3]float64{630, 1040, 2600}, av: 60},
	phone.AH: {cl: clVowel, f: [3]float64{620, 1220, 2550}, b: [3]float64{80, 50, 140}, off: [3]float64{596, 1381, 2550}, av: 60},
	phone.OW: {cl: clVowel, f: [3]float64{540, 1100, 2300}, b: [3]float64{80, 70, 70}, off: [3]float64{450, 900, 2300}, offAt: 0.5, diph: true, av: 60},
	phone.UH: {cl: clVowel, f: [3]float64{450, 1100, 2350}, b: [3]float64{80, 100, 80}, off: [3]float64{500, 1180, 2390}, av: 60},
	phone.UW: {cl: clVowel, f: [3]float64{350, 1250, 2200}, b: [3]float64{65, 110, 140}, off: [3]float64{320, 900, 2200}, av: 60},
	phone.ER: {cl: clVowel, f: [3]float64{470, 1270, 1540}, b: [3]float64{100, 60, 110}, off: [3]float64{420, 1310, 1540}, av: 60},
	phone.AY: {cl: clVowel, f: [3]float64{660, 1200, 2550}, b: [3]float64{100, 70, 200}, off: [3]float64{400, 1880, 2500}, offAt: 0.4, diph: true, av: 60},
	phone.AW: {cl: clVowel, f: [3]float64{640, 1230, 2550}, b: [3]float64{80, 70, 140}, off: [3]float64{420, 940, 2350}, offAt: 0.45, diph: true, av: 60},
	phone.OY: {cl: clVowel, f: [3]float64{550, 960, 2400}, b: [3]float64{80, 50, 130}, off: [3]float64{360, 1820, 2450}, offAt: 0.45, diph: true, av: 60},
	phone.AX: {cl: clVowel, f: [3]float64{500, 1400, 2450}, b: [3]float64{80, 50, 140}, av: 58},

	// Sonorant consonants. [j] keeps its F2 above the (raised) F2 of IY, as in Klatt's table.
	phone.W: {cl: clGlide, f: [3]float64{290, 610, 2150}, b: [3]float64{50, 80, 60}, av: 57, place: phone.Labial, voiced: true},
	phone.Y: {cl: clGlide, f: [3]float64{260, 2300, 3050}, b: [3]float64{40, 250, 500}, av: 57, place: phone.Palatal, voiced: true},
	phone.R: {cl: clGlide, f: [3]float64{310, 1060, 1380}, b: [3]float64{70, 100, 120}, av: 57, place: phone.Postalveolar, voiced: true},
	phone.L: {cl: clGlide, f: [3]float64{310, 1050, 2880}, b: [3]float64{50, 100, 280}, av: 57, place: phone.Alveolar, voiced: true},

	// Nasal murmurs: the closed mouth is a side branch of the nasal tract whose resonance is an
	// antiformant of the murmur, by place (Fujimura 1962): [m] 750–1250 Hz (here 1000), [ŋ]
	// above 3 kHz (here 3300, on the fixed F4, which otherwise gave [ŋ] a 3–4 kHz peak that
	// Festival's recorded kal [ŋ] does not have: relative to 0–400 Hz, kal's murmur is 24 dB
	// weaker there). [n]'s (1450–2200 Hz) is left out: kal's [n] murmur shows no dip there
	// beside ours. Harvard-dev 1–200, joe: 49.97 → 50.10 % WER (13 sentences better, 14 worse).
	// [ŋ]'s F3 is 2500 Hz, not Klatt's 2900: kal's recorded [ŋ] murmur has its upper resonance at
	// 2.0–2.75 kHz and is 30 dB or more under its maximum from 2.75 kHz up (long-term spectrum of
	// 14 tokens), where ours peaked at 2.75–3 kHz and stood 10–14 dB over kal's at 3–4 kHz (a
	// higher F3 in a cascade raises everything above it). With it the murmur's F2 and F3 are
	// closer, as the velar pinch leaves them. The words with [ŋ] were joe's worst class (81 %
	// missed against 42 % for the rest). Harvard 1–200 (tuning), joe: 47.21 → 45.61 % WER (16
	// sentences better, 3 worse; words with [ŋ] missed 38 → 29 of 47) with the vocoder's seed,
	// 48.05 → 46.83 % with another noise seed (14 better, 3 worse; [ŋ] words missed 36 → 27).
	phone.M:  {cl: clNasal, f: [3]float64{480, 1270, 2130}, b: [3]float64{40, 200, 200}, av: 57, mz: 1000, place: phone.Labial, voiced: true},
	phone.N:  {cl: clNasal, f: [3]float64{480, 1340, 2470}, b: [3]float64{40, 300, 300}, av: 57, place: phone.Alveolar, voiced: true},
	phone.NG: {cl: clNasal, f: [3]float64{480, 2000, 2500}, b: [3]float64{40, 300, 300}, av: 57, mz: 3300, place: phone.Velar, voiced: true},
	phone.HH: {cl: clAsp, b: [3]float64{300, 0, 0}, place: phone.Glottal},

	// Fricatives. [z ʒ] frication 5 dB under [s ʃ] (Klatt's table has 10): at 10 dB under,
	// word-final [z] was often lost. [ʃ ʒ] and the affricate releases have A3 5 dB over Klatt's:
	// his amplitudes are for resonators normalized at DC, whose gain at the peak grows with
	// F/B, ours are normalized at the peak, which left [ʃ] 3 dB under [s] where English [ʃ] is
	// at least as loud (Jongman, Wayland & Wong 2000). Harvard-dev 1–200, joe: 50.61 →
	// 49.97 % WER (11 sentences better, 6 worse: within the noise, kept for the level).
	// [s z] peak at 4.5 kHz (F6 4500 Hz, 1000 Hz wide; was 5500 and 1500): Festival's recorded
	// kal [s] peaks at 4.35–4.73 kHz (Praat, six tokens), Klatt's (1980) F6 is 4.9 kHz; at 5.5 kHz
	// ours peaked at 5.5–6.0 kHz. Harvard-dev 1–200, joe: 50.10 → 49.90 % WER (within the noise).
	// The [s z] peak is 6 dB stronger (A6 58 dB, was 52) and [ʃ ʒ] spread over 2–6 kHz (A3 63,
	// A4 and A5 57, A6 52 dB; were 62, 48, 48, 46): against the mean level of the vowels of each
	// sentence (Harvard 1–40, long-term spectra in 500 Hz bands), Festival's recorded kal [s] is
	// at −7.5 dB and peaks at −39 dB at 4–4.5 kHz, ours was at −13.7 dB with its peak at −46; kal's
	// [ʃ] is a plateau within 8 dB of its peak from 2 to 7 kHz, ours one peak at 2.5–3 kHz that
	// fell 25 dB by 6.5 kHz. Now [s] is at −7.7 dB, peak −40, and [ʃ] 1 dB over [s] (Jongman et al.).
	// Harvard-dev 1–200 (tuning), joe: 44.65 → 44.33 % WER (23 sentences better, 20 worse) with
	// the vocoder's seed, 46.19 → 45.87 % (25, 20) with another; words with [s z] missed 156 →
	// 150 and 153 → 146 of 386. Small, the same way under both seeds.
	phone.F:  {cl: clFric, f: [3]float64{340, 1100, 2080}, b: [3]float64{200, 120, 150}, af: 60, ab: 57, place: phone.Labiodental},
	phone.V:  {cl: clFric, f: [3]float64{220, 1100, 2080}, b: [3]float64{60, 90, 120}, av: 47, avs: 47, af: 50, ab: 57, place: phone.Labiodental, voiced: true},
	phone.TH: {cl: clFric, f: [3]float64{320, 1290, 2540}, b: [3]float64{200, 90, 200}, af: 60, par: [5]float64{0, 0, 0, 0, 28}, ab: 48, place: phone.Dental},
	phone.DH: {cl: clFric, f: [3]float64{270, 1290, 2540}, b: [3]float64{60, 80, 170}, av: 47, avs: 47, af: 50, par: [5]float64{0, 0, 0, 0, 28}, ab: 48, place: phone.Dental, voiced: true},
	phone.S:  {cl: clFric, f: [3]float64{320, 1390, 2530}, b: [3]float64{200, 80, 200}, af: 60, par: [5]float64{0, 0, 0, 0, 58}, f6: 4500, b6: 1000, place: phone.Alveolar},
	phone.Z:  {cl: clFric, f: [3]float64{240, 1390, 2530}, b: [3]float64{70, 60, 180}, av: 47, avs: 47, af: 55, par: [5]float64{0, 0, 0, 0, 58}, f6: 4500, b6: 1000, place: phone.Alveolar, voiced: true},
	phone.SH: {cl: clFric, f: [3]float64{300, 1840, 2750}, b: [3]float64{200, 100, 300}, af: 60, par: [5]float64{0, 63, 57, 57, 52}, place: phone.Postalveolar},
	phone.ZH: {cl: clFric, f: [3]float64{300, 1840, 2750}, b: [3]float64{70, 60, 280}, av: 47, avs: 47, af: 55, par: [5]float64{0, 63, 57, 57, 52}, place: phone.Postalveolar, voiced: true},

	// Stops (formants are release values; the track replaces F2/F3 by locus rules).
	// Labial bursts are diffuse-falling (Blumstein & Stevens 1979; Stevens, Acoustic Phonetics
	// ch. 7): with no cavity in front of the constriction there is no high front-cavity
	// resonance, and the spectrum falls with frequency from the labial F2 locus. Klatt's bypass
	// alone (AB 63) made the burst flat up to the Nyquist frequency. Here A2, at the locus,
	// carries it and the bypass is 8 dB under Klatt's: the mean level at 4–8 kHz is 9–12 dB
	// under that at 0.5–2 kHz (within 1 dB before). Harvard-dev 1–200, joe: 47.47 → 46.57 % WER
	// (18 sentences better, 11 worse; "help", "open", "apple", "post" now heard), but with
	// another noise seed 48.81 → 49.39 %: neutral, kept for the spectrum.
	phone.P: {cl: clStop, f: [3]float64{400, 1100, 2150}, b: [3]float64{300, 150, 220}, af: 60, par: [5]float64{60, 0, 0, 0, 0}, ab: 55, burst: 5, place: phone.Labial},
	phone.B: {cl: clStop, f: [3]float64{200, 1100, 2150}, b: [3]float64{60, 110, 130}, avs: 42, af: 57, par: [5]float64{57, 0, 0, 0, 0}, ab: 55, burst: 5, place: phone.Labial, voiced: true},
	phone.T: {cl: clStop, f: [3]float64{400, 1600, 2600}, b: [3]float64{300, 120, 250}, af: 60, par: [5]float64{0, 30, 45, 57, 63}, burst: 15, place: phone.Alveolar},
	phone.D: {cl: clStop, f: [3]float64{200, 1600, 2600}, b: [3]float64{60, 100, 170}, avs: 42, af: 57, par: [5]float64{0, 47, 60, 62, 60}, burst: 10, place: phone.Alveolar, voiced: true},
	// Velar bursts are compact (Blumstein & Stevens 1979; Stevens, Acoustic Phonetics ch. 7):
	// one mid-frequency peak at the following vowel's F2–F3, which the A3 branch follows
	// through the velar locus. Klatt's table spreads [k g] over A3–A6, and A6 sat at the default
	// F6 (4.9 kHz), a second, high peak that made the burst alveolar-like. Here A3 carries the
	// burst (7 dB above Klatt's), A4 (3.3 kHz) 25 dB under it is the peak's upper skirt, A5 and
	// A6 are off. Harvard-dev 1–200, joe: 52.72 → 50.61 % WER (Klatt's A4–A5 kept 8–10 dB under
	// A3 with A6 off: 51.06 %). Next to a back vowel the peak is at F2, not F3 (the front
	// cavity's resonance is F2 there; planner.amps moves the gains down one branch): kal's
	// final [k] of "sock" peaks at 1–2.5 kHz. Harvard-dev 1–200, joe: 49.90 → 48.11 % WER
	// (18 sentences better, 7 worse, paired t −2.5).
	phone.K: {cl: clStop, f: [3]float64{300, 1990, 2850}, b: [3]float64{250, 160, 330}, af: 60, par: [5]float64{0, 60, 35, 0, 0}, burst: 25, place: phone.Velar},
	phone.G: {cl: clStop, f: [3]float64{200, 1990, 2850}, b: [3]float64{60, 150, 280}, avs: 42, af: 57, par: [5]float64{0, 57, 32, 0, 0}, burst: 20, place: phone.Velar, voiced: true},

	// Affricates: closure then a [ʃ]-like release.
	phone.CH: {cl: clAffr, f: [3]float64{350, 1800, 2820}, b: [3]float64{200, 90, 300}, af: 60, par: [5]float64{0, 49, 60, 53, 53}, burst: 15, place: phone.Postalveolar},
	phone.JH: {cl: clAffr, f: [3]float64{260, 1800, 2820}, b: [3]float64{60, 80, 270}, avs: 42, av: 40, af: 50, par: [5]float64{0, 49, 60, 53, 53}, burst: 10, place: phone.Postalveolar, voiced: true},
}

// darkL is post-vocalic [l] (velarised, "dark"): lower F2 than the syllable-initial clear [l]
// of the table, a little higher F1 and lower F3.
var darkL = target{cl: clGlide, f: [3]float64{400, 850, 2650}, b: [3]float64{60, 100, 280}, av: 56, place: phone.Alveolar, voiced: true}

// targetOf returns the phone's data; unknown phones are silence.
func targetOf(p phone.Phone) *target {
	if int(p) >= phone.Count {
		return &targets[phone.Sil]
	}
	return &targets[p]
}

// locus returns the F2/F3 locus (male Hz) and the fraction k of the way from the locus to the
// vowel's value at which a consonant-vowel boundary sits (Delattre et al. 1955; MITalk PHONET).
// Velars have no fixed locus: it is computed from the vowel (MITalk: F2 + 2·(F1 − 300)).
func locus(place phone.Place, vowel [3]float64) (l [3]float64, k [3]float64) {
	switch place {
	case phone.Labial, phone.Labiodental:
		return [3]float64{250, 800, 2200}, [3]float64{0.25, 0.55, 0.5}
	case phone.Dental:
		return [3]float64{250, 1500, 2600}, [3]float64{0.25, 0.5, 0.5}
	case phone.Alveolar:
		return [3]float64{250, 1750, 2700}, [3]float64{0.25, 0.45, 0.4}
	case phone.Postalveolar, phone.Palatal:
		return [3]float64{250, 1950, 2650}, [3]float64{0.25, 0.4, 0.4}
	case phone.Velar:
		f2 := vowel[1] + 2*(vowel[0]-300)
		if f2 < 1300 {
			f2 = 1300
		}
		if f2 > 2400 {
			f2 = 2400
		}
		if vowel[1] > 1700 {
			f2 += 200
		}
		return [3]float64{250, f2, f2 + 500}, [3]float64{0.25, 0.3, 0.3}
	}
	return vowel, [3]float64{1, 1, 1}
}
