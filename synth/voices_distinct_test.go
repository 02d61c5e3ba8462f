package synth_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// Thresholds for "clearly distinct": two voices must differ in at least one of these, each
// beyond what listeners reliably hear in running speech.
const (
	// distinctF0Semitones: pitch differences in running speech need about 1.5–3 semitones to
	// be heard reliably (Rietveld & Gussenhoven 1985: 1.5; 't Hart 1981: up to 3).
	distinctF0Semitones = 2.0
	// distinctScale: above the difference limen for formant frequencies, 3–5 % (Flanagan
	// 1955), relative.
	distinctScale = 0.06
	// distinctDuration: above the just-noticeable difference for speech tempo, about 5 %
	// (Quené 2007), relative.
	distinctDuration = 0.08
)

// formantDL is the difference limen for a formant frequency, 3–5 % (Flanagan 1955), and
// levelJND the just-noticeable difference in level, about 1 dB.
const (
	formantDL = 0.05
	levelJND  = 1.0
)

// commonF0 is the pitch every voice is shifted to for the formant-scale render: LPC formant
// estimates drift upward once F0 nears F1 (above about 200 Hz), so comparing vocal tracts at
// each voice's own pitch would credit a high voice with a short tract it may not have.
const commonF0 = 140.0

type voiceMeasure struct {
	v     voices.Voice
	rep   acoustics.Report          // at the voice's own pitch
	shift float64                   // semitones applied for the formant render
	form  acoustics.FormantEstimate // shifted to commonF0
}

// scale is the voice's formant scale measured at commonF0.
func (m voiceMeasure) scale() float64 { return m.form.Scale }

func (m voiceMeasure) formant() bool { return m.v.Vocoder == "formant" }

func (m voiceMeasure) child() bool {
	return strings.Contains(strings.ToLower(m.v.Description), "child")
}

// measureVoices renders the same Harvard sentences with every voice and measures them.
func measureVoices(t *testing.T) []voiceMeasure {
	t.Helper()
	const text = "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background. " +
		"It's easy to tell the depth of a well."
	var out []voiceMeasure
	for _, v := range engine(t).Catalog().Voices() {
		m := voiceMeasure{v: v}
		rec, sum := render(t, synth.Request{Parts: []synth.Part{{Voice: v.Name, Text: text}}})
		m.rep = acoustics.Measure(rec.Samples, sum.SampleRate)
		if m.rep.MedianF0 > 0 {
			m.shift = min(max(12*math.Log2(commonF0/m.rep.MedianF0), synth.MinPitch), synth.MaxPitch)
		}
		rec, sum = render(t, synth.Request{Parts: []synth.Part{{Voice: v.Name, Text: text}}, PitchSemitones: m.shift})
		m.form = acoustics.Formants(rec.Samples, sum.SampleRate)
		out = append(out, m)
	}
	t.Logf("formant scale and F1–F3 measured with the pitch shifted to about %g Hz", commonF0)
	t.Logf("%-6s %-8s %-8s %9s %8s %7s %8s %6s %6s %6s %7s %7s %6s %5s %6s", "voice", "gender", "vocoder",
		"medianF0", "range", "shift", "scale", "F1", "F2", "F3", "dur(s)", "active", "HNR", "syll", "syl/s")
	for _, m := range out {
		r, f := m.rep, m.form
		t.Logf("%-6s %-8s %-8s %9.1f %8.1f %+7.1f %8.0f %6.0f %6.0f %6.0f %7.2f %7.2f %6.1f %5d %6.2f", m.v.Name,
			m.v.Gender, m.v.Vocoder, r.MedianF0, r.F0Range, m.shift, f.Scale, f.F1, f.F2, f.F3,
			r.Seconds, r.ActiveSeconds, r.HNR, r.Syllables, r.SyllableRate)
	}
	return out
}

// TestVoicesAreDistinct checks, from the audio alone, that the catalog's voices differ: every pair
// in pitch, vocal-tract length or tempo; a female voice far above the male ones; and a child-like
// voice highest in both pitch and formant scale.
func TestVoicesAreDistinct(t *testing.T) {
	ms := measureVoices(t)
	if len(ms) < 6 {
		t.Errorf("%d voices in the catalog, want at least six", len(ms))
	}
	for _, m := range ms {
		if m.rep.MedianF0 <= 0 || m.rep.VoicedSeconds < 1 {
			t.Errorf("%s: median F0 %.1f Hz over %.2f s voiced: no usable pitch", m.v.Name, m.rep.MedianF0, m.rep.VoicedSeconds)
		}
		if m.scale() <= 0 {
			t.Errorf("%s: no formant scale measured", m.v.Name)
		}
	}

	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := ms[i], ms[j]
			df0 := math.Abs(12 * math.Log2(a.rep.MedianF0/b.rep.MedianF0))
			dur := math.Abs(a.rep.Seconds/b.rep.Seconds - 1)
			// The measured formant scale counts for every pair, the recorded voice's too: it is
			// what the ear hears. Only the orderings below are held to formant voices, whose
			// tract length is a setting.
			dscale := math.Abs(a.scale()/b.scale() - 1)
			if !(df0 >= distinctF0Semitones || dscale >= distinctScale || dur >= distinctDuration) {
				t.Errorf("%s and %s are too alike: median F0 %.2f semitones apart (want ≥ %g), formant scale %.1f%% (want ≥ %g%%), duration %.1f%% (want ≥ %g%%)",
					a.v.Name, b.v.Name, df0, distinctF0Semitones, 100*dscale, 100*distinctScale, 100*dur, 100*distinctDuration)
			}
		}
	}

	var maleMax float64
	var males []string
	for _, m := range ms {
		if m.v.Gender == "male" {
			maleMax = max(maleMax, m.rep.MedianF0)
			males = append(males, m.v.Name)
		}
	}
	if len(males) == 0 {
		t.Fatal("no male voice in the catalog")
	}
	// Women's mean F0 is about 1.7 times men's (Hillenbrand et al. 1995: 220 and 131 Hz); a
	// female voice must be at least 1.5 times the highest male one.
	var highFemale string
	for _, m := range ms {
		if m.v.Gender == "female" && m.rep.MedianF0 >= 1.5*maleMax {
			highFemale = m.v.Name
		}
	}
	if highFemale == "" {
		t.Errorf("no female voice has a median F0 ≥ 1.5 × the highest male one (%.1f Hz among %v)", maleMax, males)
	}

	var child *voiceMeasure
	for i := range ms {
		if ms[i].child() {
			child = &ms[i]
		}
	}
	if child == nil {
		t.Fatal(`no voice whose description says "child"`)
	}
	for _, m := range ms {
		if m.v.Name == child.v.Name {
			continue
		}
		if m.rep.MedianF0 >= child.rep.MedianF0 {
			t.Errorf("child-like %s (median F0 %.1f Hz) is not above %s (%.1f Hz)", child.v.Name, child.rep.MedianF0, m.v.Name, m.rep.MedianF0)
		}
		if child.formant() && m.formant() && m.scale() >= child.scale() {
			t.Errorf("child-like %s (formant scale %.0f Hz) is not above %s (%.0f Hz)", child.v.Name, child.scale(), m.v.Name, m.scale())
		}
	}
}

// TestFormantScaleMeasuresTractScale calibrates the measurement above through the real formant
// vocoder: copies of the default voice that differ only in tract_scale must measure formant
// scales in the same ratios, at the voice's own pitch and shifted to commonF0 as
// TestVoicesAreDistinct does. The vocoder multiplies every cascade formant by tract_scale, so
// the ratio is exact in the signal; what is checked is the LPC estimate on running speech, to
// within the formant difference limen (an error the ear would not notice).
func TestFormantScaleMeasuresTractScale(t *testing.T) {
	base := engine(t).Catalog().Default()
	if base.Vocoder != "formant" {
		t.Fatalf("default voice %s uses the %s vocoder: the calibration needs the formant vocoder's tract_scale", base.Name, base.Vocoder)
	}
	tracts := []float64{0.9, 1.0, 1.15, 1.3}
	params := make([]string, len(tracts))
	for i, k := range tracts {
		params[i] = withParam(t, base.Params, "tract_scale", k)
	}
	eng := variants(t, base, params)
	const text = "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background."
	for _, shift := range []float64{0, 12 * math.Log2(commonF0/base.Prosody.BaseHz)} {
		scales := make([]float64, len(tracts))
		for i := range tracts {
			rec := &testkit.Recorder{}
			req := synth.Request{Parts: []synth.Part{{Voice: fmt.Sprintf("tract%d", i), Text: text}}, PitchSemitones: shift}
			sum, err := eng.Synthesize(context.Background(), req, rec)
			if err != nil {
				t.Fatal(err)
			}
			e := acoustics.Formants(rec.Samples, sum.SampleRate)
			scales[i] = e.Scale
			t.Logf("tract_scale %.2f, pitch %+.1f st: F1–F3 %.0f %.0f %.0f, scale %.0f Hz (%d frames)",
				tracts[i], shift, e.F1, e.F2, e.F3, e.Scale, e.Frames)
		}
		for i := range tracts {
			want := tracts[i] / tracts[1]
			if got := scales[i] / scales[1]; math.Abs(got/want-1) > formantDL {
				t.Errorf("pitch %+.1f st: tract_scale %.2f measured ×%.3f of tract_scale 1, want ×%.3f ±%g%%", shift, tracts[i], got, want, 100*formantDL)
			}
		}
	}
}

// withParam returns the vocoder params p with key set to v.
func withParam(t *testing.T, p json.RawMessage, key string, v float64) string {
	t.Helper()
	m := map[string]any{}
	if len(p) > 0 {
		if err := json.Unmarshal(p, &m); err != nil {
			t.Fatal(err)
		}
	}
	m[key] = v
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// variants builds an engine whose voices tract0, tract1, … are copies of base with the given
// vocoder params.
func variants(t *testing.T, base voices.Voice, params []string) *synth.Engine {
	t.Helper()
	fsys := fstest.MapFS{}
	for i, p := range params {
		v := base
		v.Name = fmt.Sprintf("tract%d", i)
		v.Default = i == 0
		v.Params = json.RawMessage(p)
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		fsys[v.Name+".json"] = &fstest.MapFile{Data: b}
	}
	cat, err := voices.Parse(fsys)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := synth.New(cat)
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// TestHNRMeasuresBreathiness checks that the harmonics-to-noise ratio falls as the formant
// vocoder's breathiness rises, so it can tell a breathy voice from a modal one: strictly at each
// step, and by more than the level JND over the whole range.
func TestHNRMeasuresBreathiness(t *testing.T) {
	base := engine(t).Catalog().Default()
	if base.Vocoder != "formant" {
		t.Fatalf("default voice %s uses the %s vocoder: the calibration needs the formant vocoder's breathiness", base.Name, base.Vocoder)
	}
	breath := []float64{0, 0.5, 1}
	params := make([]string, len(breath))
	for i, b := range breath {
		params[i] = withParam(t, base.Params, "breathiness", b)
	}
	eng := variants(t, base, params)
	const text = "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background."
	prev, first := math.Inf(1), 0.0
	for i := range breath {
		rec := &testkit.Recorder{}
		req := synth.Request{Parts: []synth.Part{{Voice: fmt.Sprintf("tract%d", i), Text: text}}}
		sum, err := eng.Synthesize(context.Background(), req, rec)
		if err != nil {
			t.Fatal(err)
		}
		h := acoustics.HNR(rec.Samples, sum.SampleRate)
		t.Logf("breathiness %.2f: HNR %.1f dB", breath[i], h)
		if h >= prev {
			t.Errorf("breathiness %.2f: HNR %.1f dB, not below %.1f dB of the less breathy voice", breath[i], h, prev)
		}
		if i == 0 {
			first = h
		}
		prev = h
	}
	if first-prev <= levelJND {
		t.Errorf("breathiness %g to %g lowers HNR by %.2f dB, not more than the level JND (%g dB)", breath[0], breath[len(breath)-1], first-prev, levelJND)
	}
}
