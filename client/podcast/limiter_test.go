package podcast

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/chorus-tts/chorus/synth/audio"
)

func runLimiter(t *testing.T, in []float32, rate int, gainDB, ceilingDB float64, chunk int) ([]float32, bool) {
	t.Helper()
	var out []float32
	l := newLimiter(audio.WriterFunc(func(p []float32) error { out = append(out, p...); return nil }), rate, gainDB, ceilingDB)
	for len(in) > 0 {
		n := min(chunk, len(in))
		if err := l.Write(in[:n]); err != nil {
			t.Fatal(err)
		}
		in = in[n:]
	}
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	return out, l.acted()
}

func TestLimiter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const rate = 24000
	in := make([]float32, rate*2)
	for i := range in {
		env := 0.2
		if i%5000 < 300 { // bursts of loud transients
			env = 1.5
		}
		in[i] = float32(env * (rng.Float64()*2 - 1))
	}
	for _, chunk := range []int{1, 77, 4096} {
		out, acted := runLimiter(t, in, rate, 0, -3, chunk)
		if len(out) != len(in) || !acted {
			t.Fatalf("chunk %d: %d samples out of %d, acted %v", chunk, len(out), len(in), acted)
		}
		c := math.Pow(10, -3.0/20)
		for i, x := range out {
			if math.Abs(float64(x)) > c*(1+1e-6) {
				t.Fatalf("chunk %d: sample %d = %g exceeds the ceiling %g", chunk, i, x, c)
			}
		}
		// Quiet parts far from bursts come through at (nearly) full gain: sample 4800 is 187.5 ms
		// after the burst before it and 8.3 ms (beyond the 5 ms look-ahead) before the next, so
		// of the burst's gain reduction (at most to 0.708/1.5 = 0.47) the 80 ms release leaves
		// e^(-187.5/80) = 9.6%: a gain of at least 0.95, checked against 0.9.
		q := 4800
		if r := float64(out[q]) / float64(in[q]); in[q] != 0 && (r < 0.9 || r > 1+1e-6) {
			t.Errorf("chunk %d: quiet sample gain %g", chunk, r)
		}
	}
}

func TestLimiterTransparent(t *testing.T) {
	// Below the ceiling the limiter is an exact gain: no delay, no change of length.
	in := make([]float32, 1000)
	for i := range in {
		in[i] = float32(0.1 * math.Sin(float64(i)/7))
	}
	out, acted := runLimiter(t, in, 8000, 6, -1, 64)
	if acted || len(out) != len(in) {
		t.Fatalf("acted %v, %d samples", acted, len(out))
	}
	g := math.Pow(10, 6.0/20)
	for i := range in {
		if math.Abs(float64(out[i])-float64(in[i])*g) > 1e-6 {
			t.Fatalf("sample %d: %g, want %g", i, out[i], float64(in[i])*g)
		}
	}
	if out, _ := runLimiter(t, nil, 8000, 0, -1, 64); len(out) != 0 {
		t.Errorf("empty input gives %d samples", len(out))
	}
}
