package diphone

import (
	"bytes"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/phone"
	"github.com/chorus-tts/chorus/synth/prosody"
)

// muLawNearest returns the µ-law byte whose value is nearest to x.
func muLawNearest(x float64) byte {
	best, bd := byte(0), math.Inf(1)
	for i, v := range muLawTable {
		if d := math.Abs(float64(v) - x); d < bd {
			best, bd = byte(i), d
		}
	}
	return best
}

// alternatingVoice is a two-diphone database (pau-aa, aa-pau) recorded at 100 Hz whose
// residual pulses alternate strong and weak, 5 dB apart, as creaky, phrase-final voicing does
// (ked's m-pau: pulses of 460, 196, 292 and 148). One resonance at 500 Hz, 100 Hz wide,
// filters every frame, so any cycle-to-cycle change of the output comes from the excitation.
func alternatingVoice(t *testing.T) *Voice {
	t.Helper()
	const period, frames = 160, 24
	r := math.Exp(-math.Pi * 100 / NativeRate)
	a1 := float32(2 * r * math.Cos(2*math.Pi*500/NativeRate))
	a2 := float32(-r * r)
	mk := func(name string) Diphone {
		d := Diphone{Name: name, Middle: frames / 2}
		res := make([]float64, period*(frames+1))
		for f := 0; f < frames; f++ {
			pm := period * (f + 1)
			d.Times = append(d.Times, float32(pm)/NativeRate)
			d.Coefs = append(d.Coefs, a1, a2)
			amp := 2000.0
			if f%2 == 1 {
				amp *= 0.56 // −5 dB
			}
			res[pm-1], res[pm], res[pm+1] = -0.3*amp, amp, -0.3*amp
		}
		for _, x := range res {
			d.Residual = append(d.Residual, muLawNearest(x))
		}
		return d
	}
	db := &Database{SampleRate: NativeRate, Order: 2, Diphones: []Diphone{mk("pau-aa"), mk("aa-pau")}}
	var b bytes.Buffer
	if err := EncodeCompact(&b, db, CompactHeader{Provenance: "test", Notice: "test"}); err != nil {
		t.Fatal(err)
	}
	v, err := LoadCompact(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestCyclesAlikeAtNewPitch renders a vowel from a recording whose pulses alternate 5 dB
// (above) raised 1.6× and 1.9× and lowered to 0.8× of its recorded 100 Hz, and measures the
// level of every output cycle: the level alternation (mean distance of each cycle's level from
// the mean of its neighbours') stays under the 1 dB difference limen for level (levelJND).
// Without evenCycles it is 3.9, 1.8 and 2.2 dB. In ked the alternation made every second
// cycle of a phrase-final [m] alike ("Was it warm?" ended at 89 Hz after a 178 Hz vowel); on
// this one-resonance voice the tracker holds the target F0 either way, so the F0 check below
// only guards that evening the levels leaves the pitch where it was.
func TestCyclesAlikeAtNewPitch(t *testing.T) {
	voice := alternatingVoice(t)
	for _, hz := range []float64{80, 160, 190} {
		ph := &prosody.Phrase{Segments: []prosody.Segment{
			{Phone: phone.Sil, Samples: 1600},
			{Phone: phone.AA, Stress: 1, Samples: 6400, WordStart: true, SyllableStart: true},
			{Phone: phone.Sil, Samples: 1600},
		}, F0: []prosody.Point{{Pos: 0, Hz: hz}}}
		v, err := NewWithVoice(voice, Params{})
		if err != nil {
			t.Fatal(err)
		}
		x := renderOne(t, v, ph)
		lo, hi := 1600+1600, 1600+6400-1600
		var lv []float64
		for k := 0; k+1 < len(v.pms); k++ {
			s, e := int(v.pms[k].pos), int(v.pms[k+1].pos)
			if s < lo || e > hi {
				continue
			}
			lv = append(lv, rmsDB(x[s:e]))
		}
		if len(lv) < 8 {
			t.Fatalf("%v Hz: only %d cycles measured", hz, len(lv))
		}
		alt := 0.0
		for k := 1; k+1 < len(lv); k++ {
			alt += math.Abs(lv[k] - (lv[k-1]+lv[k+1])/2)
		}
		alt /= float64(len(lv) - 2)
		f0 := acoustics.MedianF0(x[lo:hi], NativeRate)
		t.Logf("%v Hz: %d cycles, level alternation %.2f dB, tracked F0 %.1f Hz", hz, len(lv), alt, f0)
		if alt > levelJND {
			t.Errorf("%v Hz: successive cycles' levels alternate by %.2f dB (limit %v dB)", hz, alt, levelJND)
		}
		if math.Abs(12*math.Log2(f0/hz)) > 1 {
			t.Errorf("%v Hz: tracked F0 %.1f Hz", hz, f0)
		}
	}
}
