package formant

import (
	"math"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chorus-tts/chorus/synth/phone"
)

// formantTrack is a Praat formant track: F1 and F2 (Hz, NaN where undefined) every step
// seconds from step on.
type formantTrack struct {
	step   float64
	f1, f2 []float64
}

// at returns F1 and F2 at time sec (the nearest frame).
func (tr formantTrack) at(sec float64) (float64, float64) {
	i := int(math.Round(sec/tr.step)) - 1
	i = max(0, min(len(tr.f1)-1, i))
	return tr.f1[i], tr.f2[i]
}

func praatFormants(t *testing.T, dir string, step float64) map[string]formantTrack {
	t.Helper()
	out := map[string]formantTrack{}
	for _, f := range praat(t, "formants.praat", 4, dir, strconv.FormatFloat(step, 'f', -1, 64)) {
		tr := out[f[0]]
		tr.step = step
		val := func(s string) float64 {
			if s == "--undefined--" {
				return math.NaN()
			}
			return parseFloat(t, s)
		}
		tr.f1 = append(tr.f1, val(f[2]))
		tr.f2 = append(tr.f2, val(f[3]))
		out[f[0]] = tr
	}
	return out
}

// formantDL is the difference limen for formant frequency, 3–5 % (Flanagan 1955): the upper
// value, so a change larger than it is audible to any listener.
const formantDL = 0.05

// TestVowelsMove measures, with Praat, F1 and F2 through long monophthongs held between pauses
// (300 ms, a stressed vowel read slowly). The vowels whose formants move in American English
// (Hillenbrand et al. 1995) move audibly: F1 or F2 changes by more than a difference limen
// between 20 % and 80 % of the vowel. And no vowel jumps: between 10 % and 90 % (inside the
// onset and the final decay, where the tracker has a steady signal), F1 and F2 change by less
// than a difference limen in any 10 ms. Hillenbrand's largest mean change, AH's F2 by 26 % over
// 60 % of a 190 ms vowel, is 2.3 % per 10 ms: a step of a whole limen in 10 ms is no glide.
func TestVowelsMove(t *testing.T) {
	const sr = 16000
	const dur = 0.3
	const step = 0.005
	dir := t.TempDir()
	moving := []phone.Phone{phone.IH, phone.EH, phone.AE, phone.AA, phone.AH, phone.UH, phone.UW, phone.ER}
	all := append([]phone.Phone{phone.IY, phone.AO, phone.AX}, moving...)
	starts := map[string]int{}
	for _, ph := range all {
		x, start, _ := held(t, DefaultParams(), sr, ph, 100, dur)
		name := ph.String() + ".wav"
		starts[name] = start
		writeWAV(t, filepath.Join(dir, name), x, sr)
	}
	tracks := praatFormants(t, dir, step)
	if len(tracks) != len(all) {
		t.Fatalf("praat measured %d of %d files", len(tracks), len(all))
	}
	for _, ph := range all {
		name := ph.String() + ".wav"
		tr := tracks[name]
		t0 := float64(starts[name]) / sr
		f1a, f2a := tr.at(t0 + 0.2*dur)
		f1b, f2b := tr.at(t0 + 0.8*dur)
		d1, d2 := (f1b-f1a)/f1a, (f2b-f2a)/f2a
		t.Logf("%v: F1 %.0f → %.0f Hz (%+.1f %%), F2 %.0f → %.0f Hz (%+.1f %%)", ph, f1a, f1b, 100*d1, f2a, f2b, 100*d2)
		if math.IsNaN(d1) || math.IsNaN(d2) {
			t.Errorf("%v: no formant measured at 20 %% or 80 %%", ph)
			continue
		}
		for _, m := range moving {
			if m == ph && math.Max(math.Abs(d1), math.Abs(d2)) <= formantDL {
				t.Errorf("%v: F1 %+.1f %%, F2 %+.1f %% between 20 %% and 80 %%: holds one spectrum (want more than %.0f %%)", ph, 100*d1, 100*d2, 100*formantDL)
			}
		}
		for k := t0 + 0.1*dur; k+0.01 <= t0+0.9*dur+1e-9; k += step {
			a1, a2 := tr.at(k)
			b1, b2 := tr.at(k + 0.01)
			for _, s := range [][2]float64{{a1, b1}, {a2, b2}} {
				if r := math.Abs(s[1]-s[0]) / s[0]; !(r < formantDL) {
					t.Errorf("%v: formant %.0f → %.0f Hz in 10 ms at %.3f s: a jump", ph, s[0], s[1], k)
				}
			}
		}
	}
}
