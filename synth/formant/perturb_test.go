package formant

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// held renders phone ph, stressed, for sec seconds between 100 ms pauses at a flat f0 and
// returns the whole render and where the phone starts and how long it is (samples).
func held(t *testing.T, p Params, sr int, ph phone.Phone, f0, sec float64) (x []float32, start, n int) {
	t.Helper()
	v, err := New(sr, p, 7)
	if err != nil {
		t.Fatal(err)
	}
	n = int(sec * float64(sr))
	phr := &prosody.Phrase{
		Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: sr / 10},
			{Phone: ph, Stress: 1, Samples: n, WordStart: true, SyllableStart: true},
			{Phone: phone.Sil, Samples: sr / 10},
		},
		F0: []prosody.Point{{Pos: 0, Hz: f0}},
	}
	var b audio.Buffer
	if err := v.Render(context.Background(), phr, &b); err != nil {
		t.Fatal(err)
	}
	return b.Samples, sr / 10, n
}

// writeWAV writes x as a 16-bit WAV file.
func writeWAV(t *testing.T, path string, x []float32, sr int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := audio.NewWAVWriterSize(f, sr, int64(len(x)))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(x); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// praat runs testdata/script with args and returns its output lines split into fields, each
// line with exactly fields fields.
func praat(t *testing.T, script string, fields int, args ...string) [][]string {
	t.Helper()
	bin, err := exec.LookPath("praat")
	if err != nil {
		t.Skip("praat is not installed (make test installs it)")
	}
	path, err := filepath.Abs(filepath.Join("testdata", script))
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"--run", path}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("praat %s: %v: %s", script, err, stderr.String())
	}
	var lines [][]string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != fields {
			t.Fatalf("praat %s printed %q", script, sc.Text())
		}
		lines = append(lines, f)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func parseFloat(t *testing.T, s string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("praat printed %q: %v", s, err)
	}
	return x
}

// Natural perturbation of modal voice, measured by Praat on the audio of a held vowel. The
// upper bounds are the thresholds Praat (after MDVP) gives for pathological voices: local jitter
// 1.040 %, local shimmer 3.810 %. The lower bounds are half the means of normal adult voices
// on sustained /a/ (Felippe, Grillo & Grechi 2006: jitter 0.49–0.62 %, shimmer 0.19–0.22 dB,
// that is 2.2–2.6 %): a voice measuring under half the normal mean is unnaturally steady.
const (
	maxJitter, maxShimmer = 1.040, 3.810
	minJitter, minShimmer = 0.49 / 2, 2.2 / 2
)

// TestJitterShimmer measures local jitter and shimmer with Praat on a one-second [ɑ] of the
// default male voice (KLGLOTT88 and LF sources) and of a female voice: inside the natural range.
// The same vowel rendered without jitter and shimmer must measure under the lower bounds, so
// the measurement can tell a perturbed source from a mechanically steady one.
func TestJitterShimmer(t *testing.T) {
	const sr = 24000
	dir := t.TempDir()
	type voice struct {
		p       Params
		f0      float64
		natural bool
	}
	male := DefaultParams()
	lf := DefaultParams()
	lf.Source = SourceLF
	female := DefaultParams()
	female.TractScale, female.OpenQuotient, female.SpectralTiltDB, female.Breathiness = 1.17, 0.65, 10, 0.15
	steadyMale := DefaultParams()
	steadyMale.Jitter, steadyMale.Shimmer = 0, 0
	voices := map[string]voice{
		"male":        {male, 112, true},
		"male-lf":     {lf, 112, true},
		"female":      {female, 205, true},
		"male-steady": {steadyMale, 112, false},
	}
	for name, v := range voices {
		x, start, n := held(t, v.p, sr, phone.AA, v.f0, 1.0)
		// The middle: no onset or final decay, as a clinic cuts a sustained vowel.
		writeWAV(t, filepath.Join(dir, name+".wav"), x[start+n/10:start+9*n/10], sr)
	}
	lines := praat(t, "perturbation.praat", 4, dir)
	if len(lines) != len(voices) {
		t.Fatalf("praat measured %d of %d files", len(lines), len(voices))
	}
	for _, f := range lines {
		name := strings.TrimSuffix(f[0], ".wav")
		v, ok := voices[name]
		if !ok {
			t.Fatalf("praat measured %s, which the test did not write", f[0])
		}
		jit, shim, periods := parseFloat(t, f[1]), parseFloat(t, f[2]), parseFloat(t, f[3])
		t.Logf("%s: jitter %.3f %%, shimmer %.3f %% over %.0f periods", name, jit, shim, periods)
		// Praat needs the periods of most of the 0.8 s it was given: a voice it cannot
		// follow gives no measurement.
		if want := 0.7 * 0.8 * v.f0; periods < want {
			t.Errorf("%s: Praat found %.0f periods, want at least %.0f", name, periods, want)
			continue
		}
		if !v.natural {
			if jit >= minJitter || shim >= minShimmer {
				t.Errorf("%s: jitter %.3f %%, shimmer %.3f %% without perturbation: the measure cannot tell a steady source (want under %.3f %% and %.2f %%)",
					name, jit, shim, minJitter, minShimmer)
			}
			continue
		}
		if jit < minJitter || jit >= maxJitter {
			t.Errorf("%s: jitter %.3f %%, want natural [%.3f, %.3f)", name, jit, minJitter, maxJitter)
		}
		if shim < minShimmer || shim >= maxShimmer {
			t.Errorf("%s: shimmer %.3f %%, want natural [%.2f, %.3f)", name, shim, minShimmer, maxShimmer)
		}
	}
}
