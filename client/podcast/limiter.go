package podcast

import (
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
)

// limiter applies a fixed gain and then a look-ahead peak limiter, so no output sample exceeds
// the ceiling. Gain reduction is computed from the trailing minimum of the required gain over
// a window of L samples, released exponentially, and smoothed by an L-sample moving average;
// the moving average of values that each cover a sample is at most that sample's requirement,
// so the ceiling holds exactly (up to rounding) while the gain changes smoothly. The output is
// delayed by L−1 samples internally; Flush emits the tail, so the output has as many samples as
// the input.
type limiter struct {
	dst     audio.Writer
	gain    float64 // linear pre-gain
	ceiling float64 // linear sample ceiling
	release float64 // per-sample release coefficient

	l     int       // window length
	xs    []float64 // ring of the last l gained inputs
	ms    []float64 // ring of the last l released gains
	sum   float64   // sum of ms
	dq    []qent    // monotonic deque for the trailing minimum (ring, capacity l)
	dqH   int       // deque head index into dq
	dqN   int
	n     int64   // inputs seen
	minG  float64 // lowest gain applied
	rel   float64
	out   []float32
	recal int
}

type qent struct {
	i int64
	v float64
}

// newLimiter builds a limiter at rate with pre-gain gainDB, ceilingDB (dBFS), 5 ms look-ahead
// and 80 ms release.
func newLimiter(dst audio.Writer, rate int, gainDB, ceilingDB float64) *limiter {
	l := max(2, rate*5/1000)
	m := &limiter{
		dst: dst, gain: dsp.DBToAmplitude(gainDB), ceiling: dsp.DBToAmplitude(ceilingDB),
		release: math.Exp(-1 / (0.080 * float64(rate))),
		l:       l, xs: make([]float64, l), ms: make([]float64, l), dq: make([]qent, l),
		rel: 1, minG: 1, out: make([]float32, 0, 4096),
	}
	for i := range m.ms {
		m.ms[i] = 1
	}
	m.sum = float64(l)
	return m
}

func (m *limiter) push(x float64) error {
	// Required gain for this sample.
	req := 1.0
	if a := math.Abs(x); a > m.ceiling {
		req = m.ceiling / a
	}
	i := m.n
	m.n++
	// Trailing minimum over the last l requirements.
	for m.dqN > 0 && m.dq[(m.dqH+m.dqN-1)%m.l].v >= req {
		m.dqN--
	}
	m.dq[(m.dqH+m.dqN)%m.l] = qent{i, req}
	m.dqN++
	for m.dq[m.dqH].i <= i-int64(m.l) {
		m.dqH = (m.dqH + 1) % m.l
		m.dqN--
	}
	mn := m.dq[m.dqH].v
	// Release: the gain recovers exponentially, never faster than the minimum allows.
	m.rel = min(mn, 1-(1-m.rel)*m.release)
	m.minG = min(m.minG, m.rel)
	slot := int(i % int64(m.l))
	m.sum += m.rel - m.ms[slot]
	m.ms[slot] = m.rel
	if m.recal++; m.recal >= 1<<16 { // keep the running sum from drifting
		m.recal = 0
		m.sum = 0
		for _, v := range m.ms {
			m.sum += v
		}
	}
	// The sample l−1 back now has all the gains its average needs.
	m.xs[slot] = x
	if i >= int64(m.l-1) {
		k := int((i - int64(m.l-1)) % int64(m.l))
		g := m.sum / float64(m.l)
		m.out = append(m.out, float32(m.xs[k]*g))
		if len(m.out) == cap(m.out) {
			return m.emit()
		}
	}
	return nil
}

func (m *limiter) emit() error {
	if len(m.out) == 0 {
		return nil
	}
	err := m.dst.Write(m.out)
	m.out = m.out[:0]
	return err
}

// Write gains, limits and forwards p (delayed by the look-ahead).
func (m *limiter) Write(p []float32) error {
	for _, x := range p {
		v := float64(x)
		if v != v || math.IsInf(v, 0) {
			v = 0
		}
		if err := m.push(v * m.gain); err != nil {
			return err
		}
	}
	return nil
}

// Flush emits the delayed tail.
func (m *limiter) Flush() error {
	in := m.n
	for k := 0; k < m.l-1 && in > 0; k++ {
		if err := m.push(0); err != nil {
			return err
		}
	}
	return m.emit()
}

// acted reports whether the limiter reduced the gain anywhere.
func (m *limiter) acted() bool { return m.minG < 1 }
