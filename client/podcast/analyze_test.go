package podcast

import (
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth/audio"
)

// TestFramer: frames tile each 100 ms gating sub-block exactly, none shorter than the
// true-peak interpolator's half-width, about a millisecond long.
func TestFramer(t *testing.T) {
	for _, rate := range []int{8000, 11025, 16000, 22050, 24000, 44100, 48000} {
		fr := newFramer(rate)
		for k := int64(0); k < 25; k++ {
			want := int(audio.SubBlockStart(rate, k+1) - audio.SubBlockStart(rate, k))
			got := 0
			for range framesPerSub(rate) {
				n := fr.next()
				if n < minFrame || float64(n) > max(float64(minFrame)+1, float64(rate)/1000+1) {
					t.Fatalf("%d Hz: a frame of %d samples", rate, n)
				}
				got += n
			}
			if got != want {
				t.Fatalf("%d Hz: sub-block %d has %d samples in frames, %d in the gating", rate, k, got, want)
			}
		}
	}
}

// frameTruth computes, by brute force, what the analyzer should record for each frame of x:
// sample peak, true peak of its interpolated values, the largest magnitude in it and the frames
// either side (which its windows reach into) and its K-weighted energy.
type frameTruth struct {
	p, tp, w float32
	e        float64
	start    int
}

// clickThenQuiet is a full-scale click followed by limiterSignal at a third of its level.
func clickThenQuiet(rate int) []int16 {
	x := limiterSignal(rate)
	for i := range x {
		x[i] /= 3
	}
	x[rate/10] = 32767
	return x
}

func truth(t *testing.T, x []int16, rate int) []frameTruth {
	t.Helper()
	f := make([]float32, minFrame-1+len(x)+minFrame) // silence before and after
	for i, v := range x {
		f[minFrame-1+i] = float32(v) * fromInt16 // as the analyzer scales them
	}
	kw, err := audio.NewKWeighting(rate)
	if err != nil {
		t.Fatal(err)
	}
	var out []frameTruth
	fr := newFramer(rate)
	for s := 0; s < len(x); {
		n := min(fr.next(), len(x)-s)
		at := minFrame - 1 + s
		ft := frameTruth{start: s, e: kw.SumSquares(f[at : at+n])}
		for _, v := range f[at : at+n] {
			ft.p = max(ft.p, abs32(v))
		}
		ft.tp = audio.InterSamplePeak(f[at-(minFrame-1) : at+n+minFrame])
		out = append(out, ft)
		s += n
	}
	// The windows reach into the frames either side, by less than a frame.
	for i := range out {
		out[i].w = out[i].p
		if i > 0 {
			out[i].w = max(out[i].w, out[i-1].p)
		}
		if i+1 < len(out) {
			out[i].w = max(out[i].w, out[i+1].p)
		}
	}
	return out
}

// TestAnalyzer: pass 1's measurement agrees with a full one, and its frame records with
// brute force: the energies; the window maxima; u bounds every sample and interpolated value
// of its frame; det is the true peak (and then equal to u) or the sample peak, the true peak
// wherever it is well over the limiter's threshold (once the loudness so far has settled:
// after the first two seconds).
func TestAnalyzer(t *testing.T) {
	speech, sum := testkit.Render(t, testkit.Engine(t), request(t, episode))
	sp := make([]int16, len(speech.Samples))
	for i, v := range speech.Samples {
		sp[i] = audio.ToInt16(v)
	}
	for _, c := range []struct {
		name string
		x    []int16
		rate int
	}{
		{"speech", sp, sum.SampleRate},
		{"bursts 8 kHz", limiterSignal(8000), 8000},
		{"bursts 44.1 kHz", limiterSignal(44100), 44100},
		// A click far louder than everything after it: the true peak so far alone would not
		// make the interpolator run on the bursts, the limiter's threshold must.
		{"click, then quiet bursts", clickThenQuiet(24000), 24000},
	} {
		const target, ceiling = -16.0, -1.0
		an, _, frames := analyze(t, c.x, c.rate, ceiling-tpMarginDB-target)
		f := make([]float32, len(c.x))
		for i, v := range c.x {
			f[i] = audio.FromInt16(v)
		}
		lufs, tp, err := audio.MeasureLoudness(f, c.rate)
		if err != nil {
			t.Fatal(err)
		}
		// Float32 samples scaled by a product rather than a quotient: 1e-6 dB.
		if math.Abs(an.loudness-lufs) > 1e-5 || math.Abs(an.truePeak-tp) > 1e-5 || an.samples != int64(len(c.x)) {
			t.Errorf("%s: %.6f LUFS %.6f dBTP over %d samples, a full measurement %.6f %.6f", c.name, an.loudness, an.truePeak, an.samples, lufs, tp)
		}
		// Nothing to limit (no normalization): the true peak is exact all the same.
		if nl, _, _ := analyze(t, c.x, c.rate, math.Inf(1)); math.Abs(nl.truePeak-tp) > 1e-5 {
			t.Errorf("%s: without a threshold, %.6f dBTP, a full measurement %.6f", c.name, nl.truePeak, tp)
		}
		want := truth(t, c.x, c.rate)
		if an.frames != int64(len(want)) || frames.Size() != int64(frameRecSize*len(want)) {
			t.Fatalf("%s: %d frames, %d bytes of records; want %d frames", c.name, an.frames, frames.Size(), len(want))
		}
		theta := float32(math.Pow(10, (ceiling-tpMarginDB-target+an.loudness)/20))
		fr := newFrameReader(frames)
		exact := 0
		var before float32 // the true peak of the frames before this one
		for i, w := range want {
			rec, err := fr.next()
			if err != nil {
				t.Fatal(err)
			}
			peak := max(w.p, w.tp)
			const ulp = 1e-6 // float32 rounding of the same sums in another order
			switch {
			case math.Abs(float64(rec.e)-w.e) > ulp*w.e+1e-12:
				t.Fatalf("%s frame %d: energy %g, want %g", c.name, i, rec.e, w.e)
			case rec.w != w.w:
				t.Fatalf("%s frame %d: window peak %g, want %g", c.name, i, rec.w, w.w)
			case rec.u < peak*(1-ulp):
				t.Fatalf("%s frame %d: bound %g below the peak %g", c.name, i, rec.u, peak)
			case rec.det != w.p && rec.det != peak:
				t.Fatalf("%s frame %d: det %g, want the sample peak %g or the true peak %g", c.name, i, rec.det, w.p, peak)
			case rec.det == rec.u && rec.det != peak:
				t.Fatalf("%s frame %d: det %g marked exact (u %g), the true peak is %g", c.name, i, rec.det, rec.u, peak)
			case peak > theta*1.5 && w.start > 2*c.rate && rec.det != peak:
				// Well over the threshold (3.5 dB: more than the allowance), no repair is needed.
				t.Fatalf("%s frame %d: true peak %g over the threshold %g, but det %g", c.name, i, peak, theta, rec.det)
			}
			// Where neither could matter (the frame's samples, times the interpolator's gain, at
			// most half the true peak before it, and a further 3 dB under the threshold than the
			// allowance), the interpolator does not run: u is the bound.
			if w.start > 3*c.rate && w.w*float32(audio.TruePeakGain()) < min(before/2, theta*float32(math.Pow(10, -(detAllowanceDB+3)/20.0))) &&
				rec.u != w.w*float32(audio.TruePeakGain()) {
				t.Fatalf("%s frame %d: the interpolator ran on a frame far from any peak (u %g, w %g)", c.name, i, rec.u, w.w)
			}
			if rec.u == rec.det {
				exact++
			}
			before = max(before, peak)
		}
		t.Logf("%s: %d frames, the interpolator ran on %d", c.name, len(want), exact)
	}
}
