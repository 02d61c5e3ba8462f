package audio

import (
	"errors"
	"math"
	"testing"

	"github.com/chorus-tts/chorus/synth/dsp"
)

func TestGain(t *testing.T) {
	tests := []struct {
		db   float64
		want float64 // effective linear factor
	}{
		{0, 1},
		{-6.0206, 0.5},
		{12, dsp.DBToAmplitude(12)},
		{40, dsp.DBToAmplitude(MaxGainDB)},
		{-200, dsp.DBToAmplitude(MinGainDB)},
		{math.Inf(1), dsp.DBToAmplitude(MaxGainDB)},
		{math.Inf(-1), dsp.DBToAmplitude(MinGainDB)},
		{math.NaN(), 1},
	}
	in := make([]float32, 3000) // longer than the internal scratch block
	for i := range in {
		in[i] = float32(math.Sin(float64(i)*0.01)) * 0.5
	}
	orig := append([]float32(nil), in...)
	for _, tt := range tests {
		var out Buffer
		g := NewGain(&out, tt.db)
		if err := g.Write(in[:1000]); err != nil {
			t.Fatal(err)
		}
		if err := g.Write(in[1000:]); err != nil {
			t.Fatal(err)
		}
		if len(out.Samples) != len(in) {
			t.Fatalf("%v dB: %d samples", tt.db, len(out.Samples))
		}
		for i, x := range out.Samples {
			// float32 output: the gain and the product each round to 2^-24 of the value.
			want := float64(in[i]) * tt.want
			if math.Abs(float64(x)-want) > 0x1p-23*math.Abs(want) {
				t.Fatalf("%v dB: sample %d = %v, want %v", tt.db, i, x, want)
			}
		}
	}
	for i := range in {
		if in[i] != orig[i] {
			t.Fatal("Gain modified its input")
		}
	}
}

func TestGainNaN(t *testing.T) {
	var out Buffer
	g := NewGain(&out, 16)
	in := []float32{float32(math.NaN()), 0.5, float32(math.Inf(1)), -1}
	if err := g.Write(in); err != nil {
		t.Fatal(err)
	}
	for i, x := range out.Samples {
		if x != x {
			t.Fatalf("sample %d is NaN", i)
		}
	}
	if out.Samples[0] != 0 {
		t.Errorf("NaN became %v, want 0", out.Samples[0])
	}
}

func TestGainErrorAndFlush(t *testing.T) {
	boom := errors.New("boom")
	g := NewGain(WriterFunc(func([]float32) error { return boom }), 0)
	if err := g.Write([]float32{1}); !errors.Is(err, boom) {
		t.Errorf("err = %v", err)
	}
	var rec blockRecorder
	if err := Flush(NewGain(&rec, 3)); err != nil || rec.flushed != 1 {
		t.Errorf("Flush not passed on: err %v, flushed %d", err, rec.flushed)
	}
}

func TestGainAllocs(t *testing.T) {
	g := NewGain(WriterFunc(func([]float32) error { return nil }), -3)
	in := make([]float32, 2500)
	var werr error
	if a := testing.AllocsPerRun(100, func() { werr = errors.Join(werr, g.Write(in)) }); a != 0 {
		t.Errorf("%v allocs per Write", a)
	}
	if werr != nil {
		t.Fatal(werr)
	}
}
