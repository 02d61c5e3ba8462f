package audio

import "github.com/chorus-tts/chorus/synth/dsp"

// Gain limits, dB.
const (
	MinGainDB = -96.0
	MaxGainDB = 16.0
)

// gain multiplies samples by a fixed factor.
type gain struct {
	dst     Writer
	g       float32
	scratch []float32
}

// NewGain returns a Writer that scales samples by db decibels (plain linear gain, no limiting)
// and writes them to dst; it passes Flush on to dst. db is clamped to [MinGainDB, MaxGainDB] and
// NaN means 0 dB. NaN samples become 0, so the output never holds NaN. The caller's slice is
// never modified. With a nil dst, Write and Flush return an error.
func NewGain(dst Writer, db float64) Writer {
	switch {
	case db != db:
		db = 0
	case db < MinGainDB:
		db = MinGainDB
	case db > MaxGainDB:
		db = MaxGainDB
	}
	return &gain{dst: dst, g: float32(dsp.DBToAmplitude(db)), scratch: make([]float32, rsBlock)}
}

func (w *gain) Write(p []float32) error {
	if w.dst == nil {
		return errZeroWriter
	}
	for len(p) > 0 {
		n := min(len(p), len(w.scratch))
		s := w.scratch[:n]
		for i, x := range p[:n] {
			if x != x {
				x = 0
			}
			s[i] = x * w.g
		}
		if err := w.dst.Write(s); err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

func (w *gain) Flush() error {
	if w.dst == nil {
		return errZeroWriter
	}
	return Flush(w.dst)
}
