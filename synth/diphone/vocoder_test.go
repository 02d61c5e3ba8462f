package diphone

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"runtime"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
	"github.com/chorus-tts/chorus/synth/vocodertest"
)

func TestConformance(t *testing.T) {
	vocodertest.Run(t, func() vocodertest.Vocoder {
		v, err := New(NativeRate, Params{}, 1)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}, NativeRate)
}

func TestParseParams(t *testing.T) {
	cases := []struct {
		in      string
		want    Params
		wantErr string
	}{
		{"", Params{}, ""},
		{"null", Params{}, ""},
		{"{}", Params{}, ""},
		{`{"gain_db": -6, "pitch_scale": 1.2, "join_frames": 4}`, Params{GainDB: -6, PitchScale: 1.2, JoinFrames: 4}, ""},
		{`{"source_pitch": true, "join_frames": -1}`, Params{SourcePitch: true, JoinFrames: -1}, ""},
		{`{"gain": 3}`, Params{}, "unknown field"},
		{`{"gain_db": 40}`, Params{}, "gain_db"},
		{`{"pitch_scale": 0.1}`, Params{}, "pitch_scale"},
		{`{"join_frames": 99}`, Params{}, "join_frames"},
		{`{"noise_floor_db": -73}`, Params{NoiseFloorDB: -73}, ""},
		{`{"noise_floor_db": -120}`, Params{}, "noise_floor_db"},
		{`{"noise_floor_db": -40}`, Params{}, "noise_floor_db"},
		{`{"gain_db": "x"}`, Params{}, "cannot unmarshal"},
		{`{} {}`, Params{}, "trailing"},
		{`[`, Params{}, "unexpected EOF"},
	}
	for _, tc := range cases {
		got, err := ParseParams([]byte(tc.in))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%q: err %v, want one mentioning %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q: got %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func FuzzParseParams(f *testing.F) {
	f.Add([]byte(`{"gain_db": -6, "pitch_scale": 1.2}`))
	f.Add([]byte(`{"join_frames": -1, "source_pitch": true}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := ParseParams(raw)
		if err != nil {
			return
		}
		if _, err := New(NativeRate, p, 0); err != nil {
			t.Fatalf("params %+v parsed but rejected by New: %v", p, err)
		}
	})
}

func TestNewRejectsOtherRates(t *testing.T) {
	for _, sr := range []int{0, 8000, 22050, 48000} {
		if _, err := New(sr, Params{}, 0); !errors.Is(err, ErrSampleRate) {
			t.Errorf("rate %d: err %v, want ErrSampleRate", sr, err)
		}
	}
	if _, err := New(NativeRate, Params{GainDB: 100}, 0); err == nil {
		t.Error("invalid params accepted by New")
	}
}

func phrase(t testing.TB, words string, o vocodertest.PhraseOptions) *prosody.Phrase {
	t.Helper()
	ph, err := vocodertest.BuildPhrase(NativeRate, words, o)
	if err != nil {
		t.Fatal(err)
	}
	return ph
}

func renderOne(t testing.TB, v *Vocoder, ph *prosody.Phrase) []float32 {
	t.Helper()
	var b audio.Buffer
	if err := v.Render(context.Background(), ph, &b); err != nil {
		t.Fatal(err)
	}
	return b.Samples
}

func newV(t testing.TB, p Params) *Vocoder {
	t.Helper()
	v, err := New(NativeRate, p, 0)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func db(x float64) float64 { return 20 * math.Log10(x+1e-12) }

func rmsDB(x []float32) float64 { return db(acoustics.RMS(x)) }

// Tolerances from reasons independent of the output.
const (
	// f0DL is the difference limen for the F0 of steady synthetic vowels, 0.3–0.5 % (Flanagan
	// & Saslow 1958; Klatt 1973).
	f0DL = 0.005
	// levelJND is the just-noticeable difference in level, about 1 dB.
	levelJND = 1.0
)

// bandDB is the energy of x in [lo, hi) Hz, in dB: the Hann-windowed spectrum summed at 25 Hz
// steps.
func bandDB(x []float32, lo, hi float64) float64 {
	e := 0.0
	for f := lo; f < hi; f += 25 {
		re, im := 0.0, 0.0
		for i, v := range x {
			w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(len(x)))
			ph := 2 * math.Pi * f * float64(i) / NativeRate
			re += w * float64(v) * math.Cos(ph)
			im -= w * float64(v) * math.Sin(ph)
		}
		e += re*re + im*im
	}
	return 10 * math.Log10(e+1e-30)
}

// tilt is the level of 2–4 kHz over that of 100–500 Hz, in dB.
func tilt(x []float32) float64 { return bandDB(x, 2000, 4000) - bandDB(x, 100, 500) }

// TestGoldenMetrics renders sentences and checks duration, level, peak and finiteness: the
// peak stays under −1 dBFS (the soft limiter's ceiling, limitCeil), the level within the
// conformance kit's range for a speech phrase.
func TestGoldenMetrics(t *testing.T) {
	sentences := []string{
		"DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S",
		"HH AH0 L OW1 | W ER1 L D",
		"S T R IY1 T S | AH1 V | M EH1 N IY0 | K AH1 L ER0 Z",
	}
	for _, s := range sentences {
		ph := phrase(t, s, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
		x := renderOne(t, newV(t, Params{}), ph)
		if len(x) != ph.Samples() {
			t.Fatalf("%s: %d samples, want %d", s, len(x), ph.Samples())
		}
		if n := acoustics.NonFinite(x); n > 0 {
			t.Fatalf("%s: %d non-finite samples", s, n)
		}
		peak, r := acoustics.Peak(x), rmsDB(x)
		t.Logf("%s: %d samples, RMS %.1f dBFS, peak %.1f dBFS", s, len(x), r, db(peak))
		if peak > vocodertest.MaxPeak {
			t.Errorf("%s: peak %.3f above −1 dBFS", s, peak)
		}
		if r < vocodertest.MinRMSdB || r > vocodertest.MaxRMSdB {
			t.Errorf("%s: RMS %.1f dBFS outside [%g, %g]", s, r, vocodertest.MinRMSdB, vocodertest.MaxRMSdB)
		}
	}
}

// zcr is the zero-crossing rate of x, per sample.
func zcr(x []float32) float64 {
	n := 0
	for i := 1; i < len(x); i++ {
		if (x[i] >= 0) != (x[i-1] >= 0) {
			n++
		}
	}
	return float64(n) / float64(max(len(x)-1, 1))
}

// TestFollowsDurations stretches segments and checks that each segment's sound lands in its
// target span: a fricative [s] has a high zero-crossing rate, the vowel [aa] a low one. A signal
// dominated by frequency f crosses zero about 2f/rate times a sample: over 0.3 means most energy
// above 2.4 kHz, where [s] frication lies; under 0.15, below 1.2 kHz, [ɑ]'s F1 and F2.
func TestFollowsDurations(t *testing.T) {
	for _, dur := range []int{1600, 4000, 9600} {
		ph := &prosody.Phrase{Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: 1600},
			{Phone: phone.S, Samples: dur, WordStart: true, SyllableStart: true},
			{Phone: phone.AA, Stress: 1, Samples: dur},
			{Phone: phone.Sil, Samples: 1600},
		}, F0: []prosody.Point{{Pos: 0, Hz: 110}}}
		x := renderOne(t, newV(t, Params{}), ph)
		m := dur / 5
		sPart := x[1600+m : 1600+dur-m]
		aPart := x[1600+dur+m : 1600+2*dur-m]
		zs, za := zcr(sPart), zcr(aPart)
		if zs < 0.3 || za > 0.15 {
			t.Errorf("segments of %d samples: zero-crossing rate [s] %.2f (want > 0.3), [aa] %.2f (want < 0.15)", dur, zs, za)
		}
		// The vowel is the loudest part of speech: above the kit's floor for a whole phrase.
		if r := rmsDB(aPart); r < vocodertest.MinRMSdB {
			t.Errorf("segments of %d samples: vowel too quiet (%.1f dBFS)", dur, r)
		}
	}
}

// TestFollowsPitch renders a long vowel at several flat F0 values and measures the pitch: it
// must be within the F0 difference limen of the target (PSOLA places pitchmarks a float period
// apart, so the mean period is exact).
func TestFollowsPitch(t *testing.T) {
	for _, hz := range []float64{80, 100, 130, 170} {
		ph := &prosody.Phrase{Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: 1600},
			{Phone: phone.AA, Stress: 1, Samples: 8000, WordStart: true, SyllableStart: true},
			{Phone: phone.Sil, Samples: 1600},
		}, F0: []prosody.Point{{Pos: 0, Hz: hz}}}
		x := renderOne(t, newV(t, Params{}), ph)
		got := acoustics.MedianF0(x[1600+2000:1600+6000], NativeRate)
		if math.Abs(got-hz)/hz > f0DL {
			t.Errorf("F0 %v Hz: measured %.1f Hz", hz, got)
		}
		scaled := renderOne(t, newV(t, Params{PitchScale: 1.5}), ph)
		if got := acoustics.MedianF0(scaled[1600+2000:1600+6000], NativeRate); math.Abs(got-1.5*hz)/(1.5*hz) > f0DL {
			t.Errorf("F0 %v Hz × 1.5: measured %.1f Hz", hz, got)
		}
	}
}

func TestGainParam(t *testing.T) {
	ph := phrase(t, "HH AH0 L OW1 | W ER1 L D", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	x := renderOne(t, newV(t, Params{}), ph)
	// The gain is a factor before the soft limiter, which is linear below limitKnee: with the
	// phrase under it, −12 dB is exact but for float32 rounding (0.001 dB is 1e-4 of the level).
	if p := acoustics.Peak(x); p >= limitKnee {
		t.Fatalf("peak %.3f reaches the limiter's knee %.2f: the phrase no longer tests the gain alone", p, limitKnee)
	}
	a := acoustics.RMS(x)
	b := acoustics.RMS(renderOne(t, newV(t, Params{GainDB: -12}), ph))
	if d := db(b) - db(a); math.Abs(d+12) > 0.001 {
		t.Errorf("gain_db −12 changed the level by %.2f dB", d)
	}
}

// TestMissingDiphonesAreNotSilent renders pairs the database lacks: each must be above the
// conformance kit's floor for speech.
func TestMissingDiphonesAreNotSilent(t *testing.T) {
	for _, s := range []string{"HH NG", "W NG", "Y ER1 NG", "AA1 HH"} {
		ph := phrase(t, s, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
		x := renderOne(t, newV(t, Params{}), ph)
		if r := rmsDB(x); r < vocodertest.MinRMSdB {
			t.Errorf("%s: RMS %.1f dBFS: missing diphones rendered as silence", s, r)
		}
	}
}

// TestChunksAreBounded checks that Render writes in blocks of at most blockSize samples (never
// empty) and that the blocks add up to the phrase.
func TestChunksAreBounded(t *testing.T) {
	ph := phrase(t, "DH AH0 | B IH1 R CH | K AE1 N UW0", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true, Stretch: 3})
	v := newV(t, Params{})
	n := 0
	err := v.Render(context.Background(), ph, audio.WriterFunc(func(p []float32) error {
		if len(p) == 0 || len(p) > blockSize {
			t.Errorf("write of %d samples", len(p))
		}
		n += len(p)
		return nil
	}))
	if err != nil || n != ph.Samples() {
		t.Fatalf("err %v, %d samples of %d", err, n, ph.Samples())
	}
}

// TestSplitPhraseEqualsOneRender renders phrases whole, and split in two with the two parts
// rendered in turn by one vocoder (as the engine renders the phrases of a group), and compares.
//
// What "equal" means follows from the design. A vocoder cannot see past the end of the phrase it
// is given: it ends a phrase that runs on as if a schwa followed, so the test splits before an
// unstressed [ah] ([ax]), where the whole render picks the same diphone units. Pitchmarks are
// carried across the split; the pitch is a flat 125 Hz, a period of exactly 128 samples, so every
// pitchmark position is exact in floating point and the split cannot move one by rounding. What
// the first part cannot know: the pitchmarks just after the split, whose windows reach back at
// most maxHalf samples and which end the coefficient interpolation of the last period (at most
// maxPeriod < maxHalf samples), and the levels of the first part's last two frames, which
// evenCycles averages with the frames that follow them in their unit. Hence:
//   - before split−maxHalf, or before the first pitchmark taking one of those two frames less
//     maxHalf if that is earlier, the two renders are identical, sample for sample;
//   - from split+maxHalf+100 ms on they differ by at most half a step of the 16-bit PCM the
//     engine delivers (less than the quantization error the output adds anyway). 100 ms is the
//     time the engine's design (resetMillis in synth/pipeline.go) allows for every filter to ring
//     out; the difference between the renders is such a ringing, started within maxHalf of the
//     split.
//
// A vocoder that forgot its state between the parts (pitch phase, previous diphone, filters)
// differs for the whole second part. Segments are stretched ×3 so that the first segment after
// the split, whose unit depends on the carried diphone name, outlasts the 100 ms.
func TestSplitPhraseEqualsOneRender(t *testing.T) {
	const (
		f0      = 125.0             // Hz: a period of exactly NativeRate/f0 = 128 samples
		halfLSB = 1.0 / (1 << 16)   // half a step of 16-bit PCM (full scale ±1)
		ringOut = NativeRate / 10   // 100 ms, the engine's resetMillis
		settle  = maxHalf + ringOut // samples after the split
	)
	texts := []string{
		"DH AH0 | B IH1 R CH | K AE1 N UW0",
		"HH AH0 L OW1 | W ER1 L D",
		"IH1 T S | IY1 Z IY0 | T UW1 | T EH1 L | DH AH0 | D EH1 P TH | AH1 V | AH0 | W EH1 L",
		"JH OY1 | AH0 N D | CH EY1 N JH | V AY1 Z | ZH AA1 N R AH0",
		"G L UW1 | DH AH0 | SH IY1 T | T UW1 | DH AH0 | D AA1 R K",
	}
	flat := []prosody.Point{{Pos: 0, Hz: f0}}
	splits := 0
	for _, words := range texts {
		ph := phrase(t, words, vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true, Stretch: 3})
		ph.F0 = flat
		whole := renderOne(t, newV(t, Params{}), ph)
		at := 0 // first sample of segment k
		for k, s := range ph.Segments {
			if k == 0 || s.Phone != phone.AH || s.Stress != 0 {
				at += s.Samples
				continue
			}
			splits++
			a := &prosody.Phrase{Segments: ph.Segments[:k], F0: flat}
			b := &prosody.Phrase{Segments: ph.Segments[k:], F0: flat}
			if b.Samples() <= settle {
				t.Fatalf("%s, split %d: second part of %d samples is too short to check", words, k, b.Samples())
			}
			v := newV(t, Params{})
			var split audio.Buffer
			reach := at - maxHalf // first sample the split can change
			for pi, part := range []*prosody.Phrase{a, b} {
				if err := v.Render(context.Background(), part, &split); err != nil {
					t.Fatal(err)
				}
				if pi > 0 {
					continue
				}
				// evenCycles averages a frame's level with up to two following frames of its
				// unit; the last two frames of part a are averaged without the frames that
				// follow them in the whole render, so the split reaches back to the first
				// pitchmark that takes one of them.
				for _, pm := range v.pms {
					if pm.frame >= len(v.frames)-2 {
						reach = min(reach, int(pm.pos)-maxHalf)
						break
					}
				}
			}
			got := split.Samples
			if len(got) != len(whole) {
				t.Fatalf("%s, split %d: %d samples, whole render %d", words, k, len(got), len(whole))
			}
			for i := 0; i < reach; i++ {
				if got[i] != whole[i] {
					t.Errorf("%s, split before segment %d (sample %d): sample %d differs (%v, whole %v) before the split could reach it (%d)",
						words, k, at, i, got[i], whole[i], reach)
					break
				}
			}
			for i := at + settle; i < len(whole); i++ {
				if d := math.Abs(float64(got[i] - whole[i])); d > halfLSB {
					t.Errorf("%s, split before segment %d (sample %d): sample %d differs by %.2g (more than half a 16-bit step) %d samples after the split",
						words, k, at, i, d, i-at)
					break
				}
			}
			at += s.Samples
		}
	}
	if splits < len(texts) {
		t.Fatalf("only %d splits before a schwa in %d phrases", splits, len(texts))
	}
}

func TestNilAndBadInput(t *testing.T) {
	v := newV(t, Params{})
	if err := v.Render(context.Background(), nil, &audio.Buffer{}); err == nil {
		t.Error("nil phrase accepted")
	}
	bad := &prosody.Phrase{Segments: []prosody.Segment{{Phone: phone.AA, Samples: -5}}}
	if err := v.Render(context.Background(), bad, &audio.Buffer{}); err == nil {
		t.Error("negative duration accepted")
	}
	if err := v.Render(context.Background(), &prosody.Phrase{}, nil); err == nil {
		t.Error("nil writer accepted")
	}
}

// TestVoiceMemory reports the resident cost of each decoded embedded voice.
func TestVoiceMemory(t *testing.T) {
	for _, e := range builtinVoices {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		v, err := LoadCompact(e.data)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&m1)
		mb := float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc)) / (1 << 20)
		t.Logf("decoded %s voice: %d diphones, heap %.2f MB (embedded file %.2f MB)", e.name, v.Diphones(), mb, float64(len(e.data))/(1<<20))
		runtime.KeepAlive(v)
		if mb > 12 {
			t.Errorf("decoded %s voice holds %.1f MB", e.name, mb)
		}
	}
}

// TestEmbeddedLazy: an embedded voice is decoded on its first use, once, and not before.
func TestEmbeddedLazy(t *testing.T) {
	e := newEmbedded("ked", kedBin, kedNaming)
	if e.loaded.Load() {
		t.Fatal("decoded before first use")
	}
	a, err := e.load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.load()
	if err != nil {
		t.Fatal(err)
	}
	if !e.loaded.Load() || a != b || a.rules != kedNaming {
		t.Fatalf("loaded %v, same voice %v, ked naming %v", e.loaded.Load(), a == b, a.rules == kedNaming)
	}
	if _, err := EmbeddedVoice("nobody"); err == nil || !strings.Contains(err.Error(), "kal, ked") {
		t.Errorf("unknown voice: %v", err)
	}
	if _, err := New(NativeRate, Params{Voice: "nobody"}, 1); err == nil {
		t.Error("New accepted an unknown voice")
	}
	if _, err := ParseParams([]byte(`{"voice":"ked","gain_db":-7}`)); err != nil {
		t.Errorf("ked params: %v", err)
	}
	if _, err := ParseParams([]byte(`{"voice":"kid"}`)); err == nil {
		t.Error("ParseParams accepted an unknown voice")
	}
}

func BenchmarkRender(b *testing.B) { benchRender(b, Params{}) }

// BenchmarkRenderKed is BenchmarkRender with the ked voice.
func BenchmarkRenderKed(b *testing.B) { benchRender(b, Params{Voice: "ked"}) }

// benchRender renders one sentence with the voice p names, reporting times real time.
func benchRender(b *testing.B, p Params) {
	ph := phrase(b, "DH AH0 | B IH1 R CH | K AE1 N UW0 | S L IH1 D | AA1 N | DH AH0 | S M UW1 DH | P L AE1 NG K S",
		vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	v := newV(b, p)
	w := audio.WriterFunc(func([]float32) error { return nil })
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := v.Render(context.Background(), ph, w); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	audioSec := float64(b.N*ph.Samples()) / NativeRate
	b.ReportMetric(audioSec/sec, "xRT")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadCompact(kalBin); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzRender renders arbitrary phrases: exact length, finite samples within −1 dBFS, no error
// for valid input, and state carried into a second phrase.
func FuzzRender(f *testing.F) {
	f.Add([]byte{0, 10, 1, 30, 17, 5, 0, 10}, uint16(120), uint16(90))
	f.Add([]byte{32, 1, 34, 1, 2, 1, 250, 3}, uint16(0), uint16(5000))
	f.Fuzz(func(t *testing.T, spec []byte, f0a, f0b uint16) {
		if len(spec) > 64 {
			spec = spec[:64]
		}
		ph := &prosody.Phrase{}
		for i := 0; i+1 < len(spec); i += 2 {
			ph.Segments = append(ph.Segments, prosody.Segment{
				Phone: phone.Phone(spec[i] % 48), Stress: spec[i] % 3, Samples: int(spec[i+1]) * 40,
				SyllableStart: spec[i]&64 != 0, WordStart: spec[i]&128 != 0,
			})
		}
		n := ph.Samples()
		if f0a > 0 {
			ph.F0 = []prosody.Point{{Pos: 0, Hz: float64(f0a)}, {Pos: n, Hz: float64(f0b)}}
		}
		v := newV(t, Params{})
		for round := 0; round < 2; round++ {
			var b audio.Buffer
			if err := v.Render(context.Background(), ph, &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Samples) != n {
				t.Fatalf("%d samples, want %d", len(b.Samples), n)
			}
			for i, x := range b.Samples {
				if math.IsNaN(float64(x)) || math.Abs(float64(x)) > vocodertest.MaxPeak {
					t.Fatalf("sample %d = %v", i, x)
				}
			}
		}
	})
}

// TestQuality: vocal effort tilts the spectrum (a high shelf above about 1 kHz, +6 dB at full
// effort, −3 dB at full softness), audibly: by more than the level JND between 100–500 Hz and
// 2–4 kHz at ±0.6. Breath adds noise: the harmonics-to-noise ratio falls by more than the JND.
// The breath noise follows the seed, and without breath the seed does not matter.
func TestQuality(t *testing.T) {
	base := phrase(t, "HH AH0 L OW1 | W ER1 L D", vocodertest.PhraseOptions{LeadSilence: true, TrailSilence: true})
	with := func(q prosody.Quality, seed uint64) []float32 {
		ph := *base
		ph.Quality = q
		v, err := New(NativeRate, Params{}, seed)
		if err != nil {
			t.Fatal(err)
		}
		return renderOne(t, v, &ph)
	}
	neutral := tilt(with(prosody.Quality{}, 1))
	pressed := tilt(with(prosody.Quality{Effort: 0.6}, 1))
	soft := tilt(with(prosody.Quality{Effort: -0.6}, 1))
	if !(pressed > neutral+levelJND && soft < neutral-levelJND) {
		t.Errorf("effort does not tilt the spectrum audibly: 2–4 kHz over 100–500 Hz soft %.2f dB, neutral %.2f dB, pressed %.2f dB", soft, neutral, pressed)
	}
	a := with(prosody.Quality{Breath: 0.8}, 1)
	b := with(prosody.Quality{Breath: 0.8}, 1)
	c := with(prosody.Quality{Breath: 0.8}, 2)
	same, diff := true, false
	for i := range a {
		same = same && a[i] == b[i]
		diff = diff || a[i] != c[i]
	}
	if !same || !diff {
		t.Errorf("breath noise: same seed equal %v, other seed differs %v", same, diff)
	}
	if h, h0 := acoustics.HNR(a, NativeRate), acoustics.HNR(with(prosody.Quality{}, 1), NativeRate); h > h0-levelJND {
		t.Errorf("breath 0.8: HNR %.1f dB, not audibly below %.1f dB without breath", h, h0)
	}
	// Without breath the seed does not matter.
	x, y := with(prosody.Quality{}, 1), with(prosody.Quality{}, 7)
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("seed changes breath-free output at sample %d", i)
		}
	}
}

// TestDefaultDiphoneWarns renders, with a tiny synthetic voice, phones it lacks entirely: the
// vocoder must fall back to a default unit, log a warning and still produce sound.
func TestDefaultDiphoneWarns(t *testing.T) {
	voice, err := LoadCompact(encode(t, synthDB(t)))
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewWithVoice(voice, Params{})
	if err != nil {
		t.Fatal(err)
	}
	var logBuf strings.Builder
	v.SetLogger(slog.New(slog.NewTextHandler(&logBuf, nil)))
	ph := &prosody.Phrase{Segments: []prosody.Segment{
		{Phone: phone.Sil, Samples: 800},
		{Phone: phone.M, Samples: 1600, WordStart: true, SyllableStart: true},
		{Phone: phone.AA, Stress: 1, Samples: 1600},
		{Phone: phone.Sil, Samples: 800},
	}, F0: []prosody.Point{{Pos: 0, Hz: 120}}}
	x := renderOne(t, v, ph)
	if len(x) != ph.Samples() {
		t.Fatalf("%d samples, want %d", len(x), ph.Samples())
	}
	if acoustics.RMS(x[800:4000]) == 0 {
		t.Error("fallback rendered silence")
	}
	if !strings.Contains(logBuf.String(), "missing diphone") || !strings.Contains(logBuf.String(), "pau-m") {
		t.Errorf("no warning naming the missing diphone; log: %q", logBuf.String())
	}
}

// TestWhisper: a whispered phrase keeps no voicing (see vocodertest.Whisper).
func TestWhisper(t *testing.T) {
	vocodertest.Whisper(t, func(seed uint64) (vocodertest.Vocoder, error) { return New(NativeRate, Params{}, seed) }, NativeRate)
}
