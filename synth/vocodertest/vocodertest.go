// Package vocodertest is the conformance suite every Chorus vocoder must pass.
package vocodertest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// Vocoder renders prosodic phrases to samples. It mirrors the engine's vocoder seam.
type Vocoder interface {
	Render(ctx context.Context, p *prosody.Phrase, w audio.Writer) error
}

// Level limits every vocoder must respect on normal speech.
const (
	// MaxPeak is −1 dBFS, EBU R 128's maximum true-peak level: headroom for inter-sample
	// peaks and lossy codecs.
	MaxPeak     = 0.8913
	MinRMSdB    = -40.0 // RMS of a speech phrase (pauses included), dBFS
	MaxRMSdB    = -8.0
	MaxMean     = 0.01 // |mean| of a phrase, full scale = 1
	MaxSilentDB = -60.0
)

// Speech test material: words as ARPAbet pronunciations separated by "|".
var speechTexts = []string{
	"DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S",
	"HH AH0 L OW1 | W ER1 L D",
	"G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K | B L UW1 | B AE1 K G R AW2 N D",
	"IH1 T S | IY1 Z IY0 | T UW1 | T EH1 L | DH AH0 | D EH1 P TH | AH1 V | AH0 | W EH1 L",
	"JH OY1 | AH0 N D | CH EY1 N JH | V AY1 Z | ZH AA1 N R AH0",
}

// Run runs the conformance suite against fresh vocoders made by newVocoder, all at sampleRate.
func Run(t *testing.T, newVocoder func() Vocoder, sampleRate int) {
	t.Helper()
	speech := make([]*prosody.Phrase, 0, len(speechTexts))
	for _, s := range speechTexts {
		ph, err := BuildPhrase(sampleRate, s, PhraseOptions{LeadSilence: true, TrailSilence: true})
		if err != nil {
			t.Fatalf("building test phrase %q: %v", s, err)
		}
		speech = append(speech, ph)
	}
	edges := edgePhrases(t, sampleRate)

	t.Run("ExactLength", func(t *testing.T) {
		all := append(append([]*prosody.Phrase{}, speech...), edgeList(edges)...)
		for i, ph := range all {
			got := render(t, newVocoder(), ph)
			if len(got) != ph.Samples() {
				t.Errorf("phrase %d: rendered %d samples, want %d", i, len(got), ph.Samples())
			}
			checkFinite(t, fmt.Sprintf("phrase %d", i), got)
		}
	})

	t.Run("EdgeInputs", func(t *testing.T) {
		for name, ph := range edges {
			var b audio.Buffer
			if err := newVocoder().Render(context.Background(), ph, &b); err != nil {
				t.Errorf("%s: Render: %v", name, err)
				continue
			}
			if len(b.Samples) != ph.Samples() {
				t.Errorf("%s: %d samples, want %d", name, len(b.Samples), ph.Samples())
			}
			checkFinite(t, name, b.Samples)
			for i, x := range b.Samples {
				if math.Abs(float64(x)) > MaxPeak {
					t.Errorf("%s: sample %d = %v exceeds −1 dBFS", name, i, x)
					break
				}
			}
		}
	})

	t.Run("NilPhrase", func(t *testing.T) {
		if err := newVocoder().Render(context.Background(), nil, &audio.Buffer{}); err == nil {
			t.Error("Render(nil phrase) returned no error")
		}
	})

	t.Run("SilenceIsSilent", func(t *testing.T) {
		ph := &prosody.Phrase{Segments: []prosody.Segment{{Phone: phone.Sil, Samples: sampleRate / 2}}}
		got := render(t, newVocoder(), ph)
		if db := rmsDB(got); db > MaxSilentDB {
			t.Errorf("a fresh vocoder rendering silence: RMS %.1f dBFS, want ≤ %.0f", db, MaxSilentDB)
		}
	})

	t.Run("Levels", func(t *testing.T) {
		for i, ph := range speech {
			got := render(t, newVocoder(), ph)
			checkFinite(t, fmt.Sprintf("phrase %d", i), got)
			peak, mean := 0.0, 0.0
			for _, x := range got {
				peak = math.Max(peak, math.Abs(float64(x)))
				mean += float64(x)
			}
			mean /= float64(len(got))
			if peak > MaxPeak {
				t.Errorf("phrase %d: peak %.4f (%.2f dBFS) above −1 dBFS", i, peak, 20*math.Log10(peak))
			}
			if db := rmsDB(got); db < MinRMSdB || db > MaxRMSdB {
				t.Errorf("phrase %d: RMS %.1f dBFS outside [%.0f, %.0f]", i, db, MinRMSdB, MaxRMSdB)
			}
			if math.Abs(mean) > MaxMean {
				t.Errorf("phrase %d: mean %.4f (DC offset)", i, mean)
			}
		}
	})

	t.Run("Determinism", func(t *testing.T) {
		a := renderAll(t, newVocoder(), speech)
		b := renderAll(t, newVocoder(), speech)
		if i := firstDiff(a, b); i >= 0 {
			t.Fatalf("two fresh vocoders differ at sample %d of %d", i, len(a))
		}
	})

	t.Run("WriterDoesNotAffectOutput", func(t *testing.T) {
		// A writer that scribbles over the slice after copying it must not change what the
		// vocoder produces next: vocoders must not read back from a buffer they handed out.
		a := renderAll(t, newVocoder(), speech[:2])
		var b []float32
		v := newVocoder()
		w := audio.WriterFunc(func(p []float32) error {
			b = append(b, p...)
			for i := range p {
				p[i] = float32(math.NaN())
			}
			return nil
		})
		for _, ph := range speech[:2] {
			if err := v.Render(context.Background(), ph, w); err != nil {
				t.Fatalf("Render: %v", err)
			}
		}
		if i := firstDiff(a, b); i >= 0 {
			t.Fatalf("scribbling writer changed the output at sample %d", i)
		}
	})

	t.Run("BoundedWrites", func(t *testing.T) {
		v := newVocoder()
		w := audio.WriterFunc(func(p []float32) error {
			if len(p) > sampleRate/4 {
				t.Errorf("Write of %d samples: chunks must stay ≤ 250 ms for streaming", len(p))
			}
			return nil
		})
		if err := v.Render(context.Background(), speech[0], w); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("ContinuousJoins", func(t *testing.T) {
		// Glued phrases (no pauses at the joins) rendered into one vocoder: no click at the join.
		texts := []string{"AA1 L OW1 | M AY1", "IY1 L AA1 M AA2", "W ER1 N IY1"}
		var glued []*prosody.Phrase
		for i, s := range texts {
			ph, err := BuildPhrase(sampleRate, s, PhraseOptions{LeadSilence: i == 0, TrailSilence: i == len(texts)-1, F0Start: 120, F0End: 120})
			if err != nil {
				t.Fatal(err)
			}
			glued = append(glued, ph)
		}
		v := newVocoder()
		var out []float32
		var joins []int
		for _, ph := range glued {
			var b audio.Buffer
			if err := v.Render(context.Background(), ph, &b); err != nil {
				t.Fatal(err)
			}
			out = append(out, b.Samples...)
			joins = append(joins, len(out))
		}
		joins = joins[:len(joins)-1]
		checkFinite(t, "glued", out)
		win := sampleRate / 50 // 20 ms
		for _, j := range joins {
			if j < win || j+win > len(out) {
				continue
			}
			if rmsDB(out[j-win:j+win]) < -50 {
				t.Errorf("join at %d: signal is silent around a glued join", j)
			}
			before := maxStep(out[j-win : j-2])
			at := maxStep(out[j-2 : j+3])
			if at > 1.5*before+0.01 {
				t.Errorf("join at %d: step %.4f across the join vs %.4f before it (click)", j, at, before)
			}
		}
	})

	t.Run("Cancellation", func(t *testing.T) {
		long, err := BuildPhrase(sampleRate, speechTexts[0], PhraseOptions{LeadSilence: true, TrailSilence: true, Stretch: 8})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		w := audio.WriterFunc(func(p []float32) error {
			n += len(p)
			cancel()
			return nil
		})
		err = newVocoder().Render(ctx, long, w)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Render with a context cancelled after the first write: err = %v, want context.Canceled", err)
		}
		// The contract: ctx is checked once per block, and a block is at most 250 ms
		// (BoundedWrites). After the write that cancels, at most the block in progress may
		// still be written.
		if limit := 2 * (sampleRate / 4); n > limit {
			t.Errorf("wrote %d of %d samples after cancellation, more than two blocks (%d): not prompt", n, long.Samples(), limit)
		}

		ctx2, cancel2 := context.WithCancel(context.Background())
		cancel2()
		m := 0
		err = newVocoder().Render(ctx2, long, audio.WriterFunc(func(p []float32) error { m += len(p); return nil }))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Render with a cancelled context: err = %v, want context.Canceled", err)
		}
		if m > 0 {
			t.Errorf("wrote %d of %d samples with an already cancelled context", m, long.Samples())
		}
	})

	t.Run("WriteErrorStops", func(t *testing.T) {
		sentinel := errors.New("sink closed")
		calls, after := 0, 0
		w := audio.WriterFunc(func(p []float32) error {
			calls++
			if calls > 2 {
				after++
			}
			if calls >= 2 {
				return sentinel
			}
			return nil
		})
		err := newVocoder().Render(context.Background(), speech[0], w)
		if !errors.Is(err, sentinel) {
			t.Fatalf("Render after a failing Write: err = %v, want it to wrap the writer's error", err)
		}
		if after > 0 {
			t.Errorf("%d writes after the writer failed", after)
		}
	})
}

func edgePhrases(t *testing.T, sr int) map[string]*prosody.Phrase {
	t.Helper()
	m := map[string]*prosody.Phrase{
		"empty":    {},
		"sil-only": {Segments: []prosody.Segment{{Phone: phone.Sil, Samples: sr / 5}}, F0: []prosody.Point{{Pos: 0, Hz: 100}}},
		"one-sample-segments": {Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: 1}, {Phone: phone.T, Samples: 1}, {Phone: phone.AA, Samples: 1, Stress: 1},
			{Phone: phone.S, Samples: 1}, {Phone: phone.M, Samples: 1}, {Phone: phone.Sil, Samples: 1},
		}, F0: []prosody.Point{{Pos: 0, Hz: 120}}},
		"no-f0": {Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: sr / 10}, {Phone: phone.M, Samples: sr / 15, WordStart: true, SyllableStart: true},
			{Phone: phone.AA, Stress: 1, Samples: sr / 6}, {Phone: phone.Sil, Samples: sr / 10},
		}},
		"out-of-range-phone": {Segments: []prosody.Segment{
			{Phone: phone.Phone(250), Samples: sr / 10}, {Phone: phone.AA, Stress: 1, Samples: sr / 10},
		}, F0: []prosody.Point{{Pos: 0, Hz: 110}}},
		"extreme-f0": {Segments: []prosody.Segment{
			{Phone: phone.AA, Stress: 1, Samples: sr / 10}, {Phone: phone.IY, Stress: 1, Samples: sr / 10},
		}, F0: []prosody.Point{{Pos: 0, Hz: 1}, {Pos: sr / 10, Hz: 5000}}},
	}
	for name, s := range map[string]string{
		"consonants-only": "S T R | P F | SH",
		"two-stops":       "AE1 K T | B D G | AA1 P T",
		"all-phones":      "AA1 AE1 AH1 AO1 AW1 AX0 AY1 EH1 ER1 EY1 IH1 IY1 OW1 OY1 UH1 UW1 B CH D DH F G HH JH K L M N NG P R S SH T TH V W Y Z ZH",
		"long-vowel":      "AA1",
	} {
		ph, err := BuildPhrase(sr, s, PhraseOptions{})
		if err != nil {
			t.Fatalf("edge phrase %s: %v", name, err)
		}
		m[name] = ph
	}
	m["long-vowel"].Segments[0].Samples = 2 * sr
	return m
}

func edgeList(m map[string]*prosody.Phrase) []*prosody.Phrase {
	out := make([]*prosody.Phrase, 0, len(m))
	for _, name := range []string{"empty", "sil-only", "one-sample-segments", "no-f0", "out-of-range-phone", "extreme-f0", "consonants-only", "two-stops", "all-phones", "long-vowel"} {
		out = append(out, m[name])
	}
	return out
}

func render(t *testing.T, v Vocoder, ph *prosody.Phrase) []float32 {
	t.Helper()
	var b audio.Buffer
	if err := v.Render(context.Background(), ph, &b); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return b.Samples
}

func renderAll(t *testing.T, v Vocoder, phs []*prosody.Phrase) []float32 {
	t.Helper()
	var b audio.Buffer
	for _, ph := range phs {
		if err := v.Render(context.Background(), ph, &b); err != nil {
			t.Fatalf("Render: %v", err)
		}
	}
	return b.Samples
}

func checkFinite(t *testing.T, name string, x []float32) {
	t.Helper()
	for i, s := range x {
		f := float64(s)
		if math.IsNaN(f) || math.IsInf(f, 0) || f > 1 || f < -1 {
			t.Errorf("%s: sample %d = %v (want finite in [-1, 1])", name, i, s)
			return
		}
	}
}

func rmsDB(x []float32) float64 {
	if len(x) == 0 {
		return math.Inf(-1)
	}
	return 20 * math.Log10(acoustics.RMS(x)+1e-15)
}

func maxStep(x []float32) float64 {
	m := 0.0
	for i := 1; i < len(x); i++ {
		m = math.Max(m, math.Abs(float64(x[i])-float64(x[i-1])))
	}
	return m
}

func firstDiff(a, b []float32) int {
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] && !(a[i] != a[i] && b[i] != b[i]) {
			return i
		}
	}
	return -1
}
