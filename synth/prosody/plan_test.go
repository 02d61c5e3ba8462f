package prosody

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/text"
)

// lexicon is a tiny pronouncing dictionary for the tests.
var lexicon = map[string]string{
	"the": "DH AH0", "cat": "K AE1 T", "sat": "S AE1 T", "on": "AA1 N", "mat": "M AE1 T",
	"a": "AH0", "is": "IH1 Z", "it": "IH1 T", "raining": "R EY1 N IH0 NG", "today": "T AH0 D EY1",
	"where": "W EH1 R", "are": "AA1 R", "you": "Y UW1", "going": "G OW1 IH0 NG",
	"we": "W IY1", "saw": "S AO1", "big": "B IH1 G", "dog": "D AO1 G", "and": "AH0 N D",
	"small": "S M AO1 L", "bird": "B ER1 D", "in": "IH0 N", "park": "P AA1 R K",
	"yesterday": "Y EH1 S T ER0 D EY2", "morning": "M AO1 R N IH0 NG", "with": "W IH1 DH",
	"my": "M AY1", "friend": "F R EH1 N D", "from": "F R AH1 M", "school": "S K UW1 L",
	"who": "HH UW1", "lives": "L IH1 V Z", "near": "N IH1 R", "river": "R IH1 V ER0",
	"but": "B AH1 T", "never": "N EH1 V ER0", "visits": "V IH1 Z AH0 T S", "of": "AH1 V",
	"us": "AH1 S", "hello": "HH AH0 L OW1", "world": "W ER1 L D", "bead": "B IY1 D",
	"beat": "B IY1 T", "bees": "B IY1 Z", "wonderful": "W AH1 N D ER0 F AH0 L",
	"follow": "F AA1 L OW0", "street": "S T R IY1 T", "play": "P L EY1",
	// the sentence-end tests (endpitch_test.go)
	"mother": "M AH1 DH ER0", "call": "K AO1 L", "her": "HH ER0", "did": "D IH1 D",
	"short": "SH AO1 R T", "bat": "B AE1 T", "hit": "HH IH1 T", "ball": "B AO1 L",
	"attic": "AE1 T IH0 K", "teacher": "T IY1 CH ER0", "water": "W AO1 T ER0",
	"sugar": "SH UH1 G ER0", "take": "T EY1 K", "do": "D UW1", "he": "HH IY1",
	"tasty": "T EY1 S T IY0", "jug": "JH AH1 G", "brown": "B R AW1 N", "found": "F AW1 N D",
	"old": "OW1 L D", "map": "M AE1 P", "stick": "S T IH1 K", "wooden": "W UH1 D AH0 N",
	"that": "DH AE1 T", "by": "B AY1", "fine": "F AY1 N", "day": "D EY1", "an": "AE1 N",
	// round h3b: short statements and questions (endpitch_test.go)
	"ate": "EY1 T", "plums": "P L AH1 M Z", "was": "W AA1 Z", "wrong": "R AO1 NG",
	"clock": "K L AA1 K", "struck": "S T R AH1 K", "nine": "N AY1 N", "i": "AY1",
	"heard": "HH ER1 D", "noise": "N OY1 Z", "kettle": "K EH1 T AH0 L", "boiled": "B OY1 L D",
	"she": "SH IY1", "sing": "S IH1 NG", "will": "W IH1 L", "be": "B IY1", "there": "DH EH1 R",
	"again": "AH0 G EH1 N", "lemon": "L EH1 M AH0 N",
}

// words builds test words from a sentence written with punctuation marks as breaks: "," minor,
// ";" major, "." sentence end, "/" paragraph; "*word" is emphasized.
func words(t testing.TB, s string) []Word {
	t.Helper()
	var out []Word
	for _, f := range strings.Fields(s) {
		var br text.Break
		switch f[len(f)-1] {
		case ',':
			br = text.Minor
		case ';':
			br = text.Major
		case '.':
			br = text.SentenceEnd
		case '/':
			br = text.Paragraph
		}
		if br != text.NoBreak {
			f = f[:len(f)-1]
		}
		emph := strings.HasPrefix(f, "*")
		f = strings.TrimPrefix(f, "*")
		src, ok := lexicon[f]
		if !ok {
			t.Fatalf("test lexicon lacks %q", f)
		}
		pr, err := phone.ParsePron(src)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Word{Text: f, Pron: pr, Break: br, Emphasis: emph, Function: IsFunctionWord(f)})
	}
	return out
}

var (
	male = Voice{BaseHz: 110, RangeSemitones: 4, Tempo: 1}
	opts = Options{SampleRate: 16000, Seed: 1}
)

func plan(t testing.TB, s string, kind text.Kind, v Voice, o Options) []Phrase {
	t.Helper()
	ps, err := Plan(words(t, s), kind, v, o)
	if err != nil {
		t.Fatalf("Plan(%q): %v", s, err)
	}
	checkInvariants(t, ps, len(words(t, s)))
	return ps
}

// checkInvariants verifies what every plan must satisfy.
func checkInvariants(t testing.TB, ps []Phrase, nwords int) {
	t.Helper()
	got := 0
	for pi, p := range ps {
		total := p.Samples()
		if len(p.Segments) < 2 {
			t.Fatalf("phrase %d: %d segments", pi, len(p.Segments))
		}
		if last := p.Segments[len(p.Segments)-1]; last.Phone != phone.Sil {
			t.Errorf("phrase %d does not end in a pause: %v", pi, last.Phone)
		}
		pos := 0
		starts := map[int]int{} // word-start segment positions
		for si, s := range p.Segments {
			if s.Samples <= 0 {
				t.Errorf("phrase %d segment %d (%v): %d samples", pi, si, s.Phone, s.Samples)
			}
			if s.WordStart {
				starts[pos] = si
			}
			if s.Phone == phone.Sil && si != len(p.Segments)-1 {
				t.Errorf("phrase %d: silence inside the phrase at segment %d", pi, si)
			}
			pos += s.Samples
		}
		if len(starts) != len(p.Words) {
			t.Errorf("phrase %d: %d word starts, %d word spans", pi, len(starts), len(p.Words))
		}
		prevEnd := 0
		for wi, w := range p.Words {
			if _, ok := starts[w.Start]; !ok {
				t.Errorf("phrase %d word %d %q starts at %d, not at a word-start segment", pi, wi, w.Text, w.Start)
			}
			if w.Start != prevEnd || w.End <= w.Start || w.End > total {
				t.Errorf("phrase %d word %d %q span [%d,%d) after %d (total %d)", pi, wi, w.Text, w.Start, w.End, prevEnd, total)
			}
			prevEnd = w.End
		}
		if pause := p.Segments[len(p.Segments)-1].Samples; prevEnd != total-pause {
			t.Errorf("phrase %d: words end at %d, speech ends at %d", pi, prevEnd, total-pause)
		}
		got += len(p.Words)
		if len(p.F0) < 2 {
			t.Errorf("phrase %d: %d pitch points", pi, len(p.F0))
		}
		for i, pt := range p.F0 {
			if pt.Pos < 0 || pt.Pos > total || (i > 0 && pt.Pos <= p.F0[i-1].Pos) {
				t.Errorf("phrase %d: pitch point %d at %d out of order (total %d)", pi, i, pt.Pos, total)
			}
			if !(pt.Hz >= MinHz && pt.Hz <= MaxHz) {
				t.Errorf("phrase %d: pitch point %d: %g Hz", pi, i, pt.Hz)
			}
		}
		if p.F0[len(p.F0)-1].Pos != total {
			t.Errorf("phrase %d: contour ends at %d, phrase at %d", pi, p.F0[len(p.F0)-1].Pos, total)
		}
	}
	if got != nwords {
		t.Errorf("%d word spans for %d words", got, nwords)
	}
}

func totalSamples(ps []Phrase) int {
	n := 0
	for i := range ps {
		n += ps[i].Samples()
	}
	return n
}

// segDur returns the duration of the n-th segment (0-based) with phone p across the plan.
func segDur(t *testing.T, ps []Phrase, p phone.Phone, n int) int {
	t.Helper()
	for _, ph := range ps {
		for _, s := range ph.Segments {
			if s.Phone == p {
				if n == 0 {
					return s.Samples
				}
				n--
			}
		}
	}
	t.Fatalf("no segment %v #%d", p, n)
	return 0
}

func TestFinalLengthening(t *testing.T) {
	// "mat" ends the phrase; "sat" (same vowel, same context) does not.
	ps := plan(t, "the cat sat on the mat.", text.Statement, male, opts)
	first, last := segDur(t, ps, phone.AE, 1), segDur(t, ps, phone.AE, 2)
	// A listener needs a change of 10-20 % to notice a segment's duration change (Huggins 1972,
	// JASA 51:1270; Klatt 1976, JASA 59:1208): final lengthening, a cue to the boundary, must
	// exceed the top of that range.
	if 10*last < 12*first {
		t.Errorf("phrase-final AE %d samples, non-final %d: want ≥ 1.2×", last, first)
	}
}

func TestStressedLongerThanUnstressed(t *testing.T) {
	// The same word in the same place, stressed and then reduced as a function word.
	stressed := words(t, "bird bird.")
	unstressed := words(t, "bird bird.")
	unstressed[0].Pron[0].Stress = phone.Unstressed
	unstressed[0].Function = true
	a, err := Plan(stressed, text.Statement, male, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Plan(unstressed, text.Statement, male, opts)
	if err != nil {
		t.Fatal(err)
	}
	if s, u := segDur(t, a, phone.ER, 0), segDur(t, b, phone.ER, 0); s <= u {
		t.Errorf("stressed ER %d samples, unstressed %d", s, u)
	}
	// Within a word: "visits" V IH1 Z AH0 T S, the stressed vowel is longer than the
	// unstressed one (whose inherent duration is longer).
	ps := plan(t, "visits visits.", text.Statement, male, opts)
	// As for final lengthening, the difference must exceed the 10-20 % duration JND.
	if s, u := segDur(t, ps, phone.IH, 0), segDur(t, ps, phone.AH, 0); 10*s < 12*u {
		t.Errorf("stressed IH %d, unstressed AH %d: want ≥ 1.2×", s, u)
	}
}

func TestRule9Voicing(t *testing.T) {
	// Vowel before a voiced consonant is longer than before a voiceless one (rule 9),
	// most of all before a voiced fricative.
	ps := plan(t, "bead beat bees.", text.Statement, male, opts)
	d, tt := segDur(t, ps, phone.IY, 0), segDur(t, ps, phone.IY, 1)
	if d <= tt {
		t.Errorf("IY before D %d, before T %d", d, tt)
	}
	fin := plan(t, "beat.", text.Statement, male, opts)
	fz := plan(t, "bees.", text.Statement, male, opts)
	// Vowels before voiced consonants are about half again as long as before voiceless ones
	// (House & Fairbanks 1953, JASA 25:105; Peterson & Lehiste 1960, JASA 32:693), most of all
	// before a fricative at the end of an utterance.
	if z, tv := segDur(t, fz, phone.IY, 0), segDur(t, fin, phone.IY, 0); 2*z < 3*tv {
		t.Errorf("final IY before Z %d, before T %d: want ≥ 1.5×", z, tv)
	}
}

func TestRateScalesDuration(t *testing.T) {
	const s = "we saw a big dog, and a small bird in the park yesterday morning."
	base := totalSamples(plan(t, s, text.Statement, male, opts))
	for _, rate := range []float64{0.5, 2, 4} {
		o := opts
		o.Rate = rate
		got := totalSamples(plan(t, s, text.Statement, male, o))
		// Every duration, pauses included, is divided by the rate, and the sentence is rounded
		// once on a running clock: each total is within half a sample of its exact value, so
		// they agree to within one sample.
		if want := float64(base) / rate; math.Abs(float64(got)-want) > 1 {
			t.Errorf("rate %g: %d samples, want %.1f ±1", rate, got, want)
		}
	}
	// Voice tempo acts the same way.
	v := male
	v.Tempo = 2
	got := totalSamples(plan(t, s, text.Statement, v, opts))
	if want := float64(base) / 2; math.Abs(float64(got)-want) > 1 {
		t.Errorf("tempo 2: %d samples, want %.1f ±1", got, want)
	}
}

func TestNoDriftAcrossSampleRates(t *testing.T) {
	const s = "we saw a big dog, and a small bird in the park yesterday morning."
	a := totalSamples(plan(t, s, text.Statement, male, Options{SampleRate: 8000}))
	b := totalSamples(plan(t, s, text.Statement, male, Options{SampleRate: 48000}))
	// Rounded cumulatively, totals agree to within one sample at the lower rate.
	if d := math.Abs(float64(a)*6 - float64(b)); d > 6 {
		t.Errorf("8 kHz total %d ×6 = %d vs 48 kHz %d", a, a*6, b)
	}
}

func first(p Phrase) float64 { return p.F0[0].Hz }
func last(p Phrase) float64  { return p.F0[len(p.F0)-1].Hz }

func TestFinalContours(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		kind     text.Kind
		higher   bool // ends higher than it starts
		belowMin bool // ends below the voice base
	}{
		{"the cat sat on the mat.", text.Statement, false, true},
		{"is it raining.", text.YesNo, true, false},
		{"where are you going.", text.WhQuestion, false, true},
		{"it is wonderful.", text.Exclamation, false, true},
	} {
		ps := plan(t, tc.sentence, tc.kind, male, opts)
		p := ps[len(ps)-1]
		if got := last(p) > first(p); got != tc.higher {
			t.Errorf("%q (kind %d): start %.1f Hz end %.1f Hz", tc.sentence, tc.kind, first(p), last(p))
		}
		if tc.belowMin && last(p) >= male.BaseHz {
			t.Errorf("%q: ends at %.1f Hz, not below the base %g", tc.sentence, last(p), male.BaseHz)
		}
	}
}

func TestContinuationRise(t *testing.T) {
	ps := plan(t, "the cat sat, on the mat.", text.Statement, male, opts)
	if len(ps) != 2 {
		t.Fatalf("%d phrases, want 2", len(ps))
	}
	// The last two distinct heights of the comma phrase: the low before the boundary, then
	// the rise (a boundary tone is held to the phrase's end by repeated points).
	p := ps[0]
	var heights []float64
	for _, pt := range p.F0 {
		if n := len(heights); n == 0 || pt.Hz != heights[n-1] {
			heights = append(heights, pt.Hz)
		}
	}
	if n := len(heights); n < 2 || heights[n-1] <= heights[n-2] {
		t.Errorf("no continuation rise at the comma: %v", p.F0)
	}
	if last(ps[0]) <= last(ps[1]) {
		t.Errorf("comma phrase ends %.1f Hz, final %.1f Hz", last(ps[0]), last(ps[1]))
	}
}

func peakHz(p Phrase) float64 {
	m := 0.0
	for _, pt := range p.F0 {
		m = math.Max(m, pt.Hz)
	}
	return m
}

func TestAccents(t *testing.T) {
	ps := plan(t, "the cat sat on the mat.", text.Statement, male, opts)
	var acc []string
	for _, s := range ps[0].Segments {
		if s.Accent {
			acc = append(acc, s.Phone.String())
		}
	}
	if got := strings.Join(acc, " "); got != "AE AE AE" {
		t.Errorf("accented nuclei %q, want the three content words' AE", got)
	}
	// Emphasis raises the peak and lengthens the vowel.
	plain := plan(t, "we saw a big dog.", text.Statement, male, opts)
	emph := plan(t, "we saw a *big dog.", text.Statement, male, opts)
	if peakHz(emph[0]) <= peakHz(plain[0]) {
		t.Errorf("emphasis peak %.1f Hz, plain %.1f Hz", peakHz(emph[0]), peakHz(plain[0]))
	}
	if e, p := segDur(t, emph, phone.IH, 0), segDur(t, plain, phone.IH, 0); e <= p {
		t.Errorf("emphasized IH %d samples, plain %d", e, p)
	}
	// Exclamations are higher.
	excl := plan(t, "we saw a big dog.", text.Exclamation, male, opts)
	if peakHz(excl[0]) <= peakHz(plain[0]) {
		t.Errorf("exclamation peak %.1f Hz, statement %.1f Hz", peakHz(excl[0]), peakHz(plain[0]))
	}
	// A wh-question accents its question word; a statement would not.
	wh := plan(t, "where are you going.", text.WhQuestion, male, opts)
	if !wh[0].Segments[1].Accent {
		t.Errorf("wh-word not accented:\n%s", wh[0].String())
	}
	st := plan(t, "where are you going.", text.Statement, male, opts)
	if st[0].Segments[1].Accent {
		t.Errorf("function word 'where' accented in a statement")
	}
	// A function-word-only phrase still gets one accent.
	fw := plan(t, "it is.", text.Statement, male, opts)
	n := 0
	for _, s := range fw[0].Segments {
		if s.Accent {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d accents", "it is", n)
	}
}

func TestPitchShiftAndRange(t *testing.T) {
	const s = "the cat sat on the mat."
	base := plan(t, s, text.Statement, male, opts)
	o := opts
	o.PitchSemitones = 12
	up := plan(t, s, text.Statement, male, o)
	for i, pt := range base[0].F0 {
		// +12 semitones is exactly ×2; the bound only absorbs float rounding.
		if got := up[0].F0[i].Hz; math.Abs(got-2*pt.Hz) > 1e-9*pt.Hz {
			t.Errorf("point %d: %.2f Hz shifted +12 st → %.2f Hz, want %.2f", i, pt.Hz, got, 2*pt.Hz)
		}
	}
	o = opts
	o.RangeScale = 2
	wide := plan(t, s, text.Statement, male, o)
	if peakHz(wide[0]) <= peakHz(base[0]) {
		t.Errorf("range ×2 peak %.1f Hz, ×1 %.1f Hz", peakHz(wide[0]), peakHz(base[0]))
	}
	// Clamped into MinHz..MaxHz at extremes.
	hi := plan(t, s, text.Exclamation, Voice{BaseHz: 480, RangeSemitones: 24}, Options{SampleRate: 16000, PitchSemitones: 12, RangeScale: 4})
	lo := plan(t, s, text.Statement, Voice{BaseHz: 40, RangeSemitones: 24}, Options{SampleRate: 16000, PitchSemitones: -12})
	if peakHz(hi[0]) != MaxHz || lo[0].F0[len(lo[0].F0)-1].Hz != MinHz {
		t.Errorf("not clamped: high peak %.1f, low end %.1f", peakHz(hi[0]), last(lo[0]))
	}
}

func TestDeclination(t *testing.T) {
	// The accent peaks of a long phrase fall, and the reference resets at the next phrase.
	ps := plan(t, "we saw a big dog with my friend from school; we saw a big dog with my friend from school.", text.Statement, male, opts)
	if len(ps) != 2 {
		t.Fatalf("%d phrases", len(ps))
	}
	p := ps[0]
	if p.F0[0].Hz <= p.F0[len(p.F0)-1].Hz {
		t.Errorf("no fall across the phrase: %v", p.F0)
	}
	if math.Abs(ps[1].F0[0].Hz-ps[0].F0[0].Hz) > 1e-9*ps[0].F0[0].Hz { // float rounding only
		t.Errorf("no reset: phrase starts %.1f then %.1f Hz", ps[0].F0[0].Hz, ps[1].F0[0].Hz)
	}
}

func TestPauses(t *testing.T) {
	pause := func(b text.Break) int {
		ws := words(t, "cat mat.")
		ws[0].Break = b
		ps, err := Plan(ws, text.Statement, male, opts)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, ps, 2)
		if b == text.NoBreak {
			return 0
		}
		if len(ps) != 2 {
			t.Fatalf("break %d: %d phrases", b, len(ps))
		}
		s := ps[0].Segments
		return s[len(s)-1].Samples
	}
	prev := 0
	for _, b := range []text.Break{text.Minor, text.Major, text.SentenceEnd, text.Paragraph} {
		got := pause(b)
		if got <= prev {
			t.Errorf("break %d: pause %d samples, not longer than the weaker break's %d", b, got, prev)
		}
		prev = got
	}
	// Each break gets the pause its documented constant gives. Durations are rounded on a
	// running clock, so a pause can differ from its exact length by one sample.
	for _, c := range []struct {
		b  text.Break
		ms int
	}{{text.Minor, PauseMinorMs}, {text.Major, PauseMajorMs}, {text.SentenceEnd, PauseSentenceEndMs}, {text.Paragraph, PauseParagraphMs}} {
		if got, want := pause(c.b), c.ms*opts.SampleRate/1000; got < want-1 || got > want+1 {
			t.Errorf("break %d: pause %d samples, want %d (%d ms) ±1", c.b, got, want, c.ms)
		}
	}
	// The sentence's last phrase ends in at least a sentence-end pause.
	ps := plan(t, "cat mat", text.Statement, male, opts)
	if got, want := ps[0].Segments[len(ps[0].Segments)-1].Samples, PauseSentenceEndMs*opts.SampleRate/1000; got < want-1 {
		t.Errorf("final pause %d samples, want ≥ %d (%d ms)", got, want, PauseSentenceEndMs)
	}
}

func TestLongRunSplit(t *testing.T) {
	const s = "we saw a big dog and a small bird in the park yesterday morning with my friend from school who lives near the river."
	ps := plan(t, s, text.Statement, male, opts)
	if len(ps) < 2 {
		t.Fatalf("%d phrases for a 22-word run", len(ps))
	}
	for i, p := range ps {
		if len(p.Words) > maxRunWords || len(p.Words) < 3 {
			t.Errorf("phrase of %d words", len(p.Words))
		}
		// Splits fall before a function word.
		if w := p.Words[0].Text; i > 0 && !IsFunctionWord(w) {
			t.Errorf("phrase %d starts with content word %q", i, w)
		}
	}
}

func TestEmptyAndErrors(t *testing.T) {
	ps, err := Plan(nil, text.Statement, male, opts)
	if err != nil || len(ps) != 0 {
		t.Errorf("empty sentence: %v, %v", ps, err)
	}
	good := words(t, "cat.")
	bad := []struct {
		name string
		w    []Word
		v    Voice
		o    Options
		kind text.Kind
	}{
		{"sample rate", good, male, Options{}, 0},
		{"rate", good, male, Options{SampleRate: 16000, Rate: 17}, 0},
		{"negative rate", good, male, Options{SampleRate: 16000, Rate: -1}, 0},
		{"nan rate", good, male, Options{SampleRate: 16000, Rate: math.NaN()}, 0},
		{"pitch", good, male, Options{SampleRate: 16000, PitchSemitones: 13}, 0},
		{"range scale", good, male, Options{SampleRate: 16000, RangeScale: -1}, 0},
		{"effort", good, male, Options{SampleRate: 16000, Effort: 2}, 0},
		{"breath", good, male, Options{SampleRate: 16000, Breath: -0.1}, 0},
		{"base", good, Voice{}, opts, 0},
		{"tempo", good, Voice{BaseHz: 100, Tempo: -1}, opts, 0},
		{"voice range", good, Voice{BaseHz: 100, RangeSemitones: math.Inf(1)}, opts, 0},
		{"kind", good, male, opts, 9},
		{"empty pron", []Word{{Text: "x"}}, male, opts, 0},
		{"silence in pron", []Word{{Text: "x", Pron: phone.Pron{{Phones: []phone.Phone{phone.Sil}}}}}, male, opts, 0},
		{"bad phone", []Word{{Text: "x", Pron: phone.Pron{{Phones: []phone.Phone{200}}}}}, male, opts, 0},
		{"bad stress", []Word{{Text: "x", Pron: phone.Pron{{Phones: []phone.Phone{phone.AA}, Stress: 3}}}}, male, opts, 0},
		{"bad break", []Word{{Text: "x", Pron: good[0].Pron, Break: 9}}, male, opts, 0},
	}
	for _, tc := range bad {
		if _, err := Plan(tc.w, tc.kind, tc.v, tc.o); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: error %v, want ErrInvalid", tc.name, err)
		}
	}
}

// TestDeterministic checks that a plan depends only on its input and seed: the same seed gives
// the same plan, phrase for phrase, and the seed reaches the accent heights it varies.
func TestDeterministic(t *testing.T) {
	const s = "we saw a big dog, and a small bird in the park."
	render := func(o Options) string {
		ps := plan(t, s, text.Statement, male, o)
		if len(ps) != 2 {
			t.Fatalf("seed %d: %d phrases, want 2 (one per comma-separated part)", o.Seed, len(ps))
		}
		var b strings.Builder
		for i := range ps {
			fmt.Fprintf(&b, "-- phrase %d\n%s", i, ps[i].String())
		}
		return b.String()
	}
	o := opts
	a, b := render(o), render(o)
	if a != b {
		t.Errorf("seed %d gave two different plans:\n%s\nthen\n%s", o.Seed, a, b)
	}
	o.Seed = opts.Seed + 1
	if c := render(o); c == a {
		t.Errorf("seeds %d and %d gave the same plan: the seed does not reach the accent heights", opts.Seed, o.Seed)
	}
}

func TestQuality(t *testing.T) {
	o := opts
	o.Effort, o.Breath = 0.5, 0.25
	ps := plan(t, "cat, mat.", text.Statement, male, o)
	for _, p := range ps {
		if p.Quality != (Quality{Effort: 0.5, Breath: 0.25}) {
			t.Errorf("quality %+v", p.Quality)
		}
	}
}

func TestIsFunctionWord(t *testing.T) {
	for w, want := range map[string]bool{
		"the": true, "The": true, "a": true, "of": true, "into": true, "she": true, "themselves": true,
		"would": true, "is": true, "and": true, "because": true, "i'm": true, "there": true,
		"cat": false, "river": false, "can't": false, "not": false, "no": false, "one": false,
		"up": false, "": false, "theirs's": false,
	} {
		if got := IsFunctionWord(w); got != want {
			t.Errorf("IsFunctionWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLongRunWithoutFunctionWords(t *testing.T) {
	s := strings.TrimSpace(strings.Repeat("big dog ", 20)) + "."
	ps := plan(t, s, text.Statement, male, opts)
	n := 0
	for _, p := range ps {
		if len(p.Words) > maxRunWords || len(p.Words) < 3 {
			t.Errorf("phrase of %d words", len(p.Words))
		}
		n += len(p.Words)
	}
	if n != 40 || len(ps) < 4 {
		t.Errorf("%d words in %d phrases", n, len(ps))
	}
	// Split pauses are short, shorter than a comma's.
	if got := ps[0].Segments[len(ps[0].Segments)-1].Samples; got >= 16000*PauseMinorMs/1000 {
		t.Errorf("split pause %d samples", got)
	}
}

// TestStatementEndsOnLowPlateau: a statement's final low (L-L%) is reached before voicing ends
// and held, also when the nuclear accent falls on the last syllable, so the last part of the
// voice is low (the pitch bound of issue 15 measures the last 100 ms of voicing): with the rule
// contour and with the model's.
func TestStatementEndsOnLowPlateau(t *testing.T) {
	model := Voice{BaseHz: 100, RangeSemitones: 2.5, Tempo: 1, Durations: "kal", Intonation: IntonationModel, F0Mean: 105, F0Std: 14}
	for name, v := range map[string]Voice{"rules": male, "model": model} {
		for _, s := range []string{"the cat sat on the mat.", "we saw a big dog.", "my friend lives near the street.", "hello world.", "my friend never visits us."} {
			ps := plan(t, s, text.Statement, v, opts)
			p := ps[len(ps)-1]
			// The end of voicing: the end of the last vowel or sonorant consonant.
			pos, voiceEnd, lastLen := 0, 0, 0
			for _, sg := range p.Segments {
				if sg.Phone.IsVowel() || sg.Phone.IsSonorant() {
					voiceEnd, lastLen = pos+sg.Samples, sg.Samples
				}
				pos += sg.Samples
			}
			low := last(p)
			// Held over the last 40 ms of voicing, or the last fifth of the last voiced segment
			// when that is shorter.
			hold := min(40*opts.SampleRate/1000, lastLen/5)
			for _, at := range []int{voiceEnd - hold, voiceEnd - 1} {
				// Micro-prosody's intrinsic vowel F0 (±2 %, micro.go) stays on the contour to the
				// vowel's end.
				if got := p.F0At(at); math.Abs(got/low-1) > 0.025 {
					t.Errorf("%s, %q: %.1f Hz at sample %d (voicing ends at %d), want the final low %.1f Hz", name, s, got, at, voiceEnd, low)
				}
			}
		}
	}
}
