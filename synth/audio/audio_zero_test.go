package audio

import (
	"errors"
	"math"
	"testing"
)

// TestZeroValues: writers used without their constructor (or with a nil destination) return
// errors rather than panicking or spinning.
func TestZeroValues(t *testing.T) {
	p := []float32{0.1, 0.2}
	writers := map[string]Writer{
		"Resampler":     &Resampler{},
		"Chunker":       &Chunker{},
		"Chunker(nil)":  NewChunker(nil, 4),
		"Gain(nil)":     NewGain(nil, 0),
		"WAVWriter":     &WAVWriter{},
		"LoudnessMeter": &LoudnessMeter{}, // measures nothing, but must not fail
		"Buffer":        &Buffer{},
	}
	for name, w := range writers {
		err := w.Write(p)
		switch name {
		case "LoudnessMeter", "Buffer":
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		default:
			if !errors.Is(err, errZeroWriter) {
				t.Errorf("%s: Write err = %v", name, err)
			}
			if f, ok := w.(Flusher); ok && !errors.Is(f.Flush(), errZeroWriter) {
				t.Errorf("%s: Flush did not fail", name)
			}
		}
	}
	if err := (&WAVWriter{}).Close(); !errors.Is(err, errZeroWriter) {
		t.Errorf("WAVWriter.Close: %v", err)
	}
	// A zero LoudnessMeter measures nothing: no block, no peak.
	var m LoudnessMeter
	if err := m.Write(make([]float32, 10000)); err != nil {
		t.Errorf("zero LoudnessMeter: Write: %v", err)
	}
	if l, tp := m.Integrated(), m.TruePeak(); !math.IsInf(l, -1) || !math.IsInf(tp, -1) || m.Blocks() != 0 {
		t.Errorf("zero LoudnessMeter: %v LUFS, %v dBTP, %d blocks; want -Inf, -Inf, 0", l, tp, m.Blocks())
	}
}
