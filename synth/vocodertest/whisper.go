package vocodertest

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
)

// Whisper checks that a phrase asked to be whispered (Quality.Whisper 1) keeps no voicing: its
// excitation is noise alone. Two vocoders seeded differently render the same phrase; where they
// pulse, the pulses fall in the same places and their outputs correlate, and where they excite
// with noise alone, the two noises are independent and the outputs do not. The voiced reading
// must correlate (so the measure sees voicing when it is there) and the whispered one must not:
// independent noises through the same filters, over about two seconds of speech whose filters
// remember a few milliseconds, leave a correlation near 0 with a standard error near 0.05; the
// bound 0.2 is four of those. A whisper must also keep the level limits of speech, with no
// sample that is not finite.
func Whisper(t *testing.T, newVocoder func(seed uint64) (Vocoder, error), sampleRate int) {
	t.Helper()
	ph, err := BuildPhrase(sampleRate, speechTexts[0], PhraseOptions{LeadSilence: true, TrailSilence: true})
	if err != nil {
		t.Fatal(err)
	}
	render := func(whisper float64, seed uint64) []float32 {
		t.Helper()
		v, err := newVocoder(seed)
		if err != nil {
			t.Fatal(err)
		}
		p := *ph
		p.Quality.Whisper = whisper
		return render(t, v, &p)
	}
	voicedR := correlation(render(0, 1), render(0, 2))
	a, b := render(1, 1), render(1, 2)
	whisperR := correlation(a, b)
	t.Logf("correlation of two seeds: voiced %.3f, whispered %.3f", voicedR, whisperR)
	if voicedR < 0.5 {
		t.Errorf("voiced reading: two seeds correlate %.3f, below 0.5: the measure cannot see voicing in this vocoder", voicedR)
	}
	if math.Abs(whisperR) > 0.2 {
		t.Errorf("whispered reading: two seeds correlate %.3f: voicing is left in the whisper", whisperR)
	}
	checkWhisperLevel(t, a)
}

func checkWhisperLevel(t *testing.T, x []float32) {
	t.Helper()
	checkFinite(t, "whisper", x)
	if rms, peak := rmsDB(x), acoustics.Peak(x); rms < MinRMSdB || rms > MaxRMSdB || peak > MaxPeak {
		t.Errorf("whisper: RMS %.1f dBFS (want %g to %g), peak %.3f (at most %g)", rms, MinRMSdB, MaxRMSdB, peak, MaxPeak)
	}
}

// correlation is the normalized cross-correlation of a and b at lag 0 over their common length.
func correlation(a, b []float32) float64 {
	n := min(len(a), len(b))
	var ab, aa, bb float64
	for i := range n {
		x, y := float64(a[i]), float64(b[i])
		ab += x * y
		aa += x * x
		bb += y * y
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}
