package hts

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/internal/cputime"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

func sltVoice(t testing.TB) *Voice {
	t.Helper()
	v, err := Slt()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestConformance(t *testing.T) {
	v := sltVoice(t)
	vocodertest.Run(t, func() vocodertest.Vocoder {
		vc, err := New(v, Params{ReferenceHz: 140}, 7)
		if err != nil {
			t.Fatal(err)
		}
		return vc
	}, NativeRate)
}

func render(t testing.TB, vc *Vocoder, ph *prosody.Phrase) []float32 {
	t.Helper()
	var b audio.Buffer
	if err := vc.Render(context.Background(), ph, &b); err != nil {
		t.Fatal(err)
	}
	return b.Samples
}

func TestParams(t *testing.T) {
	for raw, ok := range map[string]bool{
		``: true, `null`: true, `{"gain_db": -3, "reference_hz": 180, "warp": 0.05, "pitch_semitones": 2}`: true,
		`{"gain_db": 20}`: false, `{"reference_hz": 5}`: false, `{"warp": 0.5}`: false,
		`{"pitch_semitones": -13}`: false, `{"bogus": 1}`: false, `{} {}`: false, `[`: false,
	} {
		_, err := ParseParams([]byte(raw))
		if (err == nil) != ok {
			t.Errorf("ParseParams(%s): err = %v", raw, err)
		}
	}
	if _, err := Factory(16000, nil); err == nil || !strings.Contains(err.Error(), "32000") {
		t.Errorf("Factory at 16 kHz: %v, want an error naming the native rate", err)
	}
}

// medianF0 is the median pitch of the rendered phrase.
func medianF0(t *testing.T, p Params, ph *prosody.Phrase) float64 {
	t.Helper()
	vc, err := New(sltVoice(t), p, 1)
	if err != nil {
		t.Fatal(err)
	}
	f := acoustics.MedianF0(render(t, vc, ph), NativeRate)
	if !(f > 0) {
		t.Fatalf("no pitch found (%v)", f)
	}
	return f
}

func TestPitchControls(t *testing.T) {
	ph := testPhrase(t, NativeRate, "HH AH0 L OW1 | M AY1 | N EY1 M | IH1 Z | L IY1 N AH0")
	base := medianF0(t, Params{ReferenceHz: 130}, ph) // BuildPhrase starts at 130 Hz
	// slt's model pitch is about 170 Hz; the tracker's own error is a few per cent.
	if base < 120 || base > 260 {
		t.Errorf("model pitch %.0f Hz, want slt's range (120–260)", base)
	}
	up := medianF0(t, Params{ReferenceHz: 130 / math.Pow(2, 4.0/12)}, ph) // the phrase starts 4 st above the reference
	st := 12 * math.Log2(up/base)
	if math.Abs(st-4) > 1 {
		t.Errorf("phrase 4 st above the reference: pitch moved %.2f st (%.0f → %.0f Hz)", st, base, up)
	}
	down := medianF0(t, Params{ReferenceHz: 130, PitchSemitones: -5}, ph)
	if st := 12 * math.Log2(down/base); math.Abs(st+5) > 1 {
		t.Errorf("pitch_semitones −5: pitch moved %.2f st", st)
	}
	none := medianF0(t, Params{}, ph)
	if math.Abs(12*math.Log2(none/base)) > 0.25 {
		t.Errorf("reference_hz 0 should ignore the contour: %.0f Hz vs %.0f", none, base)
	}
	// A phrase with a planned key is shifted by the key's ratio to the reference, whatever its
	// contour starts at (a model contour's first target moves with the sentence).
	keyed := *ph
	keyed.KeyHz = 130 * math.Pow(2, 3.0/12)
	if st := 12 * math.Log2(medianF0(t, Params{ReferenceHz: 130}, &keyed)/base); math.Abs(st-3) > 1 {
		t.Errorf("key 3 st above the reference: pitch moved %.2f st", st)
	}
	keyed.KeyHz = 130
	// the same contour after its first sample
	keyed.F0 = append([]prosody.Point{{Pos: 0, Hz: 200}, {Pos: 1, Hz: ph.F0[0].Hz}}, ph.F0[1:]...)
	if st := 12 * math.Log2(medianF0(t, Params{ReferenceHz: 130}, &keyed)/base); math.Abs(st) > 0.25 {
		t.Errorf("key at the reference, contour starting at 200 Hz: pitch moved %.2f st", st)
	}
}

// centroid is the power-weighted mean frequency of x below 5 kHz (a plain DFT on a 50 Hz grid).
func centroid(x []float32, rate int) float64 {
	num, den := 0.0, 0.0
	for f := 50.0; f < 5000; f += 50 {
		w := 2 * math.Pi * f / float64(rate)
		re, im := 0.0, 0.0
		for i, v := range x {
			re += float64(v) * math.Cos(w*float64(i))
			im -= float64(v) * math.Sin(w*float64(i))
		}
		p := re*re + im*im
		num += f * p
		den += p
	}
	return num / den
}

func TestWarpMovesSpectrum(t *testing.T) {
	ph := testPhrase(t, NativeRate, "AA1 | IY1 | AE1 | UW1 | EH1")
	cent := func(w float64) float64 {
		vc, err := New(sltVoice(t), Params{Warp: w}, 1)
		if err != nil {
			t.Fatal(err)
		}
		return centroid(render(t, vc, ph), NativeRate)
	}
	lo, mid, hi := cent(0.08), cent(0), cent(-0.08)
	// A larger all-pass constant maps the envelope's features to lower frequencies.
	if !(lo < mid && mid < hi) {
		t.Errorf("spectral centroid with warp +0.08, 0, −0.08: %.0f %.0f %.0f Hz, want increasing", lo, mid, hi)
	}
}

func TestModelDurationsKeepWordSpans(t *testing.T) {
	ph := testPhrase(t, NativeRate, "S T R IY1 T S | AH0 N D | L AE1 N Z")
	u := buildUtterance(ph)
	before := make([]int, len(u.labs))
	for i, l := range u.labs {
		before[i] = l.samples
	}
	vc, err := New(sltVoice(t), Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	vc.modelDurations(u, u.labels())
	changed := false
	wordSum := map[int][2]int{}
	for i, l := range u.labs {
		if l.pau {
			if l.samples != before[i] {
				t.Errorf("pause %d changed: %d → %d", i, before[i], l.samples)
			}
			continue
		}
		w := u.syls[l.syl].word
		s := wordSum[w]
		wordSum[w] = [2]int{s[0] + before[i], s[1] + l.samples}
		changed = changed || l.samples != before[i]
	}
	for w, s := range wordSum {
		if s[0] != s[1] {
			t.Errorf("word %d: %d samples before, %d after", w, s[0], s[1])
		}
	}
	if !changed {
		t.Error("the duration model changed no phone's duration")
	}
}

func TestNonFiniteModelOutputIsContained(t *testing.T) {
	// A voice whose spectrum explodes must not leak NaN or infinities into the output.
	v, err := Parse(miniVoice(3, 7))
	if err != nil {
		t.Fatal(err)
	}
	v.Streams[0].Model.pdfs[0][0] = 1e30 // c0 mean: exp overflows
	vc, err := New(v, Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, vc, testPhrase(t, v.SampleRate, "AA1"))
	if n := acoustics.NonFinite(out); n > 0 {
		t.Errorf("%d non-finite samples", n)
	}
	if p := acoustics.Peak(out); p > vocodertest.MaxPeak {
		t.Errorf("peak %v above −1 dBFS", p)
	}
}

// BenchmarkVocoder renders a sentence with the slt voice (labels, durations, MLPG with GV and
// the overlap-add waveform stage) and reports the multiple of real time on one core: xRT by
// wall time, cpu-xRT by the process's CPU time (the one to read on a busy machine).
func BenchmarkVocoder(b *testing.B) {
	v := sltVoice(b)
	ph, err := vocodertest.BuildPhrase(NativeRate, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		b.Fatal(err)
	}
	vc, err := New(v, Params{}, 1)
	if err != nil {
		b.Fatal(err)
	}
	w := audio.WriterFunc(func([]float32) error { return nil })
	b.ResetTimer()
	start := time.Now()
	cpu0, cpuOK := cputime.Process()
	for i := 0; i < b.N; i++ {
		if err := vc.Render(context.Background(), ph, w); err != nil {
			b.Fatal(err)
		}
	}
	audioSec := float64(b.N*ph.Samples()) / NativeRate
	b.ReportMetric(audioSec/time.Since(start).Seconds(), "xRT")
	if cpu1, ok := cputime.Process(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(audioSec/(cpu1-cpu0).Seconds(), "cpu-xRT")
	}
}

// BenchmarkLoadVoice parses the embedded slt voice and reports the heap it keeps (the voice's
// resident cost beyond the embedded bytes, which live in the binary's read-only data).
func BenchmarkLoadVoice(b *testing.B) {
	var keep *Voice
	var before, after runtime.MemStats
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&before)
		v, _, err := LoadWrapped(sltData)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		keep = v
	}
	runtime.KeepAlive(keep)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
}

// A pause sounds as the voice's pause model gives it, as in hts_engine (and Festival's slt):
// noise through the pause's envelope, the recorded room's floor, not digital silence. A
// recognizer (PocketSphinx: noise removal, voice activity detection, cepstral mean) takes its
// noise estimate from the quietest frames, and gated pauses gave it none (Harvard 1-200 under
// two noise seeds: fewer words missed with the floor). The floor must be there in the middle
// of a long pause, and quiet: under the conformance suite's bound for silence.
func TestPausesCarryTheNoiseFloor(t *testing.T) {
	ph := testPhrase(t, NativeRate, "HH AH0 L OW1")
	long := prosody.Segment{Samples: NativeRate} // one second of pause mid-phrase
	ph.Segments = append(ph.Segments, long)
	more := testPhrase(t, NativeRate, "W ER1 L D")
	ph.Segments = append(ph.Segments, more.Segments...)
	vc, err := New(sltVoice(t), Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	out := render(t, vc, ph)
	// The pause (with the trailing 200 ms pause before it) starts after the first word; its
	// middle is well past the decay of the speech before it.
	start := 0
	for _, s := range ph.Segments {
		if s.Samples == NativeRate {
			break
		}
		start += s.Samples
	}
	mid := out[start+NativeRate/4 : start+3*NativeRate/4]
	r := acoustics.RMS(mid)
	if r == 0 {
		t.Fatal("middle of a 1 s pause: exact silence, want the pause model's noise floor")
	}
	if db := 20 * math.Log10(r); db > vocodertest.MaxSilentDB {
		t.Errorf("middle of a 1 s pause: RMS %.1f dBFS, want at most %.0f", db, vocodertest.MaxSilentDB)
	}
	speech := acoustics.RMS(out[:start])
	t.Logf("pause floor %.1f dB under the speech before it", 20*math.Log10(speech/r))
}

// The spectrum's parameter generation reads a PDF once per run of frames of one state: its
// mel-cepstra must be exactly those of generation from each frame's own PDF.
func TestSpectrumMLPGPerFrame(t *testing.T) {
	v := sltVoice(t)
	ph := testPhrase(t, NativeRate, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH")
	vc, err := New(v, Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := vc.generate(ph, ph.Samples()); err != nil {
		t.Fatal(err)
	}
	ms := v.Streams[v.mcp]
	V, K := ms.VecLen, len(ms.Windows)
	F := (ph.Samples() + v.FramePeriod - 1) / v.FramePeriod
	fr := vc.frames[:F]
	runs := 0
	for f := 1; f < F; f++ {
		if &fr[f].mcp[0] != &fr[f-1].mcp[0] {
			runs++
		}
	}
	if runs < 20 || runs > F/2 {
		t.Fatalf("%d frames in %d runs of one PDF", F, runs+1)
	}
	gv := ms.GV.find(buildUtterance(ph).labels()[0], 0, nil)
	on := make([]bool, F)
	for f := range fr {
		on[f] = !fr[f].pau
	}
	g := newMLPG(ms.Windows)
	for d := 0; d < V; d++ {
		g.reset(F)
		for f := 0; f < F; f++ {
			p := fr[f].mcp
			for k := 0; k < K; k++ {
				g.mu[f*K+k] = float64(p[k*V+d])
				g.prec[f*K+k] = 0
				if k == 0 || windowInside(ms.Windows[k], f, F, nil) {
					g.prec[f*K+k] = precision(float64(p[V*K+k*V+d]))
				}
			}
		}
		c := g.solve(F)
		g.applyGV(c, on, float64(gv[d]), float64(gv[V+d]))
		for f := 0; f < F; f++ {
			if got := vc.mcep[f*V+d]; got != c[f] {
				t.Fatalf("frame %d, coefficient %d: %v, per frame %v", f, d, got, c[f])
			}
		}
	}
}

// A frame of noise is filtered as one block of noiseSize samples: a voice file whose frames
// are longer is refused when the vocoder is made, rather than indexing past the block (a
// panic) when it speaks a voiceless frame. A frame period that fits still speaks.
func TestLongFramePeriodIsAnError(t *testing.T) {
	f32 := func(x float32) []byte { return binary.LittleEndian.AppendUint32(nil, math.Float32bits(x)) }
	voice := func(fp int) *Voice {
		b := bytes.Replace(miniVoice(3, 7), []byte("FRAME_PERIOD:80\n"), []byte(fmt.Sprintf("FRAME_PERIOD:%d\n", fp)), 1)
		// Every state voiceless (the LF0 PDF's voiced weight 0.9 -> 0.1), so that it speaks
		// noise.
		if bytes.Count(b, f32(0.9)) != 1 {
			t.Fatal("the mini voice's voiced weight is not where this test expects it")
		}
		v, err := Parse(bytes.Replace(b, f32(0.9), f32(0.1), 1))
		if err != nil {
			t.Fatal(err)
		}
		if v.FramePeriod != fp {
			t.Fatalf("frame period %d, want %d", v.FramePeriod, fp)
		}
		return v
	}
	for _, fp := range []int{noiseSize + 1, 10000} {
		if _, err := New(voice(fp), Params{}, 1); err == nil || !strings.Contains(err.Error(), "frame period") {
			t.Errorf("frame period %d: err = %v, want one naming the frame period", fp, err)
		}
	}
	v := voice(noiseSize)
	vc, err := New(v, Params{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if out := render(t, vc, testPhrase(t, v.SampleRate, "S AA1 S")); acoustics.Peak(out) == 0 {
		t.Error("a voiceless phrase at the longest frame period is silent")
	}
}

// TestWhisper: a whispered phrase keeps no voicing (see vocodertest.Whisper).
func TestWhisper(t *testing.T) {
	v := sltVoice(t)
	vocodertest.Whisper(t, func(seed uint64) (vocodertest.Vocoder, error) {
		return New(v, Params{ReferenceHz: 140}, seed)
	}, NativeRate)
}
