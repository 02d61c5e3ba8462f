package podcast

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
)

// The limiter works on frames (analyze.go). Each frame f needs a gain of at most
// req_f = min(1, θ/det_f), where det_f is its peak and θ the ceiling divided by the episode's
// gain; a frame boundary needs the lower of its two frames' (a_m). The gain at boundary m is
//
//	rel_m = min(min(a_{m-L+1}, …, a_m), 1 - (1 - rel_{m-1})·r)
//	b_m   = (rel_m + … + rel_{m+L-1}) / L
//
// with L frames of look-ahead (lookAheadMillis) and release r per frame (releaseMillis). Every
// rel in b_f's average is at most a_f, and every one in b_{f+1}'s at most a_{f+1}, so both ends
// of frame f are within req_f and the gain inside it, linear between them, keeps every sample
// and every interpolated value the detector saw under the ceiling; the gain falls over L frames
// before a peak (moving average) and recovers exponentially after it. The curve depends on the
// frame records alone, so the gain plan predicts exactly the gains pass 2 applies.
const (
	lookAheadMillis = 5
	releaseMillis   = 80
)

// frameReader reads frame records in order.
type frameReader struct {
	r   io.Reader
	buf []byte
	pos int
}

func newFrameReader(r io.Reader) *frameReader {
	return &frameReader{r: r, buf: make([]byte, 0, 1<<16)}
}

func (f *frameReader) next() (frameRec, error) {
	if f.pos+frameRecSize > len(f.buf) {
		n := copy(f.buf[:cap(f.buf)], f.buf[f.pos:])
		k, err := io.ReadAtLeast(f.r, f.buf[n:cap(f.buf)], frameRecSize-n)
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return frameRec{}, fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
		f.buf, f.pos = f.buf[:n+k], 0
	}
	r := getFrameRec(f.buf[f.pos:])
	f.pos += frameRecSize
	return r, nil
}

// gainCurve yields, frame by frame, the limiter's gain at both ends of each of n frames.
type gainCurve struct {
	src     *frameReader
	n       int64   // frames
	theta   float64 // threshold on det
	la      int     // look-ahead, frames
	r       float64 // release factor per frame
	m       int64   // next boundary whose rel is computed
	i       int     // m modulo la: its slot in as and rels
	prevReq float64
	rel     float64
	as      []float64 // a of the last la boundaries (ring)
	rels    []float64 // rel of the last la boundaries (ring)
	recs    ring[frameRec]
	bs      ring[float64]
	minGain float64
}

// newGainCurve limits the n frames src reads to theta, at rate.
func newGainCurve(src *frameReader, n int64, rate int, theta float64) *gainCurve {
	frame := float64(rate/10) / float64(framesPerSub(rate)) // mean frame length, samples
	la := max(1, int(math.Ceil(lookAheadMillis*float64(rate)/1000/frame)))
	g := &gainCurve{
		src: src, n: n, theta: theta, la: la,
		r:       math.Exp(-frame / (releaseMillis * float64(rate) / 1000)),
		prevReq: 1, rel: 1, minGain: 1,
		as: make([]float64, la), rels: make([]float64, la),
		recs: newRing[frameRec](la + 3), bs: newRing[float64](4),
	}
	for i := range la {
		g.as[i], g.rels[i] = 1, 1
	}
	return g
}

// step computes the next boundary's rel, reading a frame record while there are any.
func (g *gainCurve) step() error {
	a := 1.0
	switch {
	case g.m < g.n:
		rec, err := g.src.next()
		if err != nil {
			return err
		}
		g.recs.push(rec)
		req := 1.0
		if d := float64(rec.det); d > g.theta {
			req = g.theta / d
		}
		a = min(g.prevReq, req)
		g.prevReq = req
	case g.m == g.n:
		a = g.prevReq
	}
	g.as[g.i] = a
	mn := a
	for _, v := range g.as {
		mn = min(mn, v)
	}
	g.rel = min(mn, 1-(1-g.rel)*g.r)
	g.rels[g.i] = g.rel
	if g.m >= int64(g.la-1) {
		var s float64
		for _, v := range g.rels {
			s += v
		}
		b := s / float64(g.la)
		g.bs.push(b)
		g.minGain = min(g.minGain, b)
	}
	g.m++
	if g.i++; g.i == g.la {
		g.i = 0
	}
	return nil
}

// next returns the next frame's record, its gains at its start (b0) and end (b1), and the
// gain at the end of the frame after it (b2).
func (g *gainCurve) next() (rec frameRec, b0, b1, b2 float64, err error) {
	for g.bs.len() < 3 {
		if err := g.step(); err != nil {
			return frameRec{}, 0, 0, 0, err
		}
	}
	return g.recs.pop(), g.bs.pop(), g.bs.at(0), g.bs.at(1), nil
}

// limited reports whether the gain fell below 1 in the frames returned so far (and the few
// after them already computed).
func (g *gainCurve) limited() bool { return g.minGain < 1 }

// ring is a small FIFO queue; its capacity is a power of two.
type ring[T any] struct {
	v          []T
	head, size int
}

func newRing[T any](n int) ring[T] {
	c := 1
	for c < n {
		c *= 2
	}
	return ring[T]{v: make([]T, c)}
}

func (r *ring[T]) len() int { return r.size }

func (r *ring[T]) push(x T) {
	if r.size == len(r.v) { // never with the sizes above; grow rather than lose data
		v := make([]T, 2*len(r.v))
		for i := range r.size {
			v[i] = r.v[(r.head+i)&(len(r.v)-1)]
		}
		r.v, r.head = v, 0
	}
	r.v[(r.head+r.size)&(len(r.v)-1)] = x
	r.size++
}

func (r *ring[T]) pop() T {
	x := r.v[r.head]
	r.head = (r.head + 1) & (len(r.v) - 1)
	r.size--
	return x
}

// at returns the i-th element from the head.
func (r *ring[T]) at(i int) T { return r.v[(r.head+i)&(len(r.v)-1)] }

// meanSquare is the mean of g² over n samples of a gain rising linearly from b0 (at the first
// sample) towards b1 (reached one sample after the last): g_i = b0 + (b1-b0)·i/n.
func meanSquare(b0, b1 float64, n int) float64 {
	if b0 == b1 {
		return b0 * b0
	}
	d := b1 - b0
	fn := float64(n)
	return b0*b0 + b0*d*(fn-1)/fn + d*d*(fn-1)*(2*fn-1)/(6*fn*fn)
}

// plan is the gain and ceiling pass 2 applies.
type plan struct {
	gainDB    float64 // applied to the whole episode
	ceilingDB float64 // the limiter's ceiling, dBFS
	predicted float64 // integrated loudness the frames predict, LUFS
	limited   bool    // the limiter lowers the gain somewhere
	repair    []int64 // frames to compute again before the plan can be applied (prediction.repair)
}

// theta is the limiter's threshold on the frames' peaks.
func (p plan) theta() float64 { return dsp.DBToAmplitude(p.ceilingDB - p.gainDB) }

// prediction is what predict found.
type prediction struct {
	lufs    float64
	free    float64 // share of the energy in frames whose gain is within 1 % of full
	limited bool
	// repair lists the frames whose true peak may reach the limiter's threshold but whose
	// det was not computed exactly (see detAllowanceDB).
	repair []int64
}

// predict returns the integrated loudness of the episode through gainDB and the limiter at
// ceilingDB, from the frame records (K-weighted energy per frame, times the mean square of the
// frame's gain), and the share of the energy in frames whose gain is within 1 % of full: a
// first guess of the slope of the loudness against the gain.
func predict(ctx context.Context, frames io.ReadSeeker, an analysis, rate int, gainDB, ceilingDB float64) (prediction, error) {
	var pr prediction
	lufs, free, limited, err := pr.run(ctx, frames, an, rate, gainDB, ceilingDB)
	pr.lufs, pr.free, pr.limited = lufs, free, limited
	return pr, err
}

func (pr *prediction) run(ctx context.Context, frames io.ReadSeeker, an analysis, rate int, gainDB, ceilingDB float64) (lufs, free float64, limited bool, err error) {
	if _, err := frames.Seek(0, io.SeekStart); err != nil {
		return 0, 0, false, fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	gate, err := audio.NewGating(rate)
	if err != nil {
		return 0, 0, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	p := plan{gainDB: gainDB, ceilingDB: ceilingDB}
	theta := p.theta()
	gc := newGainCurve(newFrameReader(frames), an.frames, rate, theta)
	fr := newFramer(rate)
	g2 := dsp.DBToAmplitude(2 * gainDB)
	left := an.samples
	var freeE, all float64
	for f := int64(0); f < an.frames; f++ {
		if f%(1<<16) == 0 {
			if err := ctx.Err(); err != nil {
				return 0, 0, false, err
			}
		}
		rec, b0, b1, _, err := gc.next()
		if err != nil {
			return 0, 0, false, err
		}
		n := int(min(int64(fr.next()), left))
		left -= int64(n)
		if float64(rec.u) > theta && rec.det != rec.u {
			pr.repair = append(pr.repair, f)
		}
		e := g2 * float64(rec.e) * meanSquare(b0, b1, n)
		gate.Add(e, n)
		all += e
		if min(b0, b1) >= 0.99 {
			freeE += e
		}
	}
	free = 1
	if all > 0 {
		free = freeE / all
	}
	return gate.Integrated(), free, gc.limited(), nil
}

// maxLimitingDB bounds how much louder than the measured loudness asks the gain plan may go to
// make up what the limiter takes: past it, an episode is more limiter than speech.
const maxLimitingDB = 12

// solve finds the gain that brings the episode, limited at ceilingDB, to target, starting from
// start when that is a plausible gain (a previous solution; NaN if none). The loudness rises
// with the gain, a little slower than it once the limiter acts; the search keeps a bracket
// [lo, hi] and takes secant steps (the first with the share of unlimited energy as the slope),
// bisecting when a step would leave the bracket.
func solve(ctx context.Context, frames io.ReadSeeker, an analysis, rate int, target, ceilingDB, start float64) (plan, error) {
	g0 := target - an.loudness
	lo, hi := g0, g0+maxLimitingDB
	g := g0
	if start > lo && start < hi { // a previous solution: the first guess
		g = start
	}
	best := plan{gainDB: g0, ceilingDB: ceilingDB, predicted: math.Inf(-1)}
	prevG, prevL := math.NaN(), math.NaN()
	for range 20 {
		pr, err := predict(ctx, frames, an, rate, g, ceilingDB)
		if err != nil {
			return plan{}, err
		}
		l, free := pr.lufs, pr.free
		if math.Abs(l-target) < math.Abs(best.predicted-target) {
			best = plan{gainDB: g, ceilingDB: ceilingDB, predicted: l, limited: pr.limited, repair: pr.repair}
		}
		miss := target - l
		// A hundredth of a LU is a tenth of what a meter shows and far below what a listener
		// hears.
		if math.Abs(miss) < 0.01 || math.IsInf(l, 0) {
			break
		}
		if miss > 0 {
			lo = g
		} else {
			hi = g
		}
		if hi-lo < 1e-3 {
			break
		}
		slope := max(free, 0.1)
		if !math.IsNaN(prevG) && g != prevG {
			slope = (l - prevL) / (g - prevG)
		}
		next := g + miss/slope
		if !(next > lo && next < hi) { // also when the slope was not positive
			next = (lo + hi) / 2
		}
		prevG, prevL = g, l
		g = next
	}
	return best, nil
}

// makePlan solves for the plan, and while it reaches frames whose true peak was not computed
// exactly, has them computed (repairFrames) and solves again.
func makePlan(ctx context.Context, raw io.ReaderAt, frames readSeekWriterAt, an analysis, rate int, target, ceilingDB float64) (pl plan, repaired int, err error) {
	start := math.NaN()
	for range maxRepairs {
		if pl, err = solve(ctx, frames, an, rate, target, ceilingDB, start); err != nil || len(pl.repair) == 0 {
			return pl, repaired, err
		}
		repaired += len(pl.repair)
		if err := repairFrames(ctx, raw, frames, an, rate, pl.repair); err != nil {
			return plan{}, repaired, err
		}
		start = pl.gainDB // the repaired peaks move it little
	}
	pl, err = solve(ctx, frames, an, rate, target, ceilingDB, start)
	return pl, repaired, err
}

// maxRepairs bounds the rounds of repairing frames and planning again: each round raises only
// peaks the limiter then acts on, so the threshold moves less each time (for speech, one round
// is rare).
const maxRepairs = 4

type readSeekWriterAt interface {
	io.ReadSeeker
	readWriterAt
}

type readWriterAt interface {
	io.ReaderAt
	io.WriterAt
}

// repairFrames computes the true peak of each listed frame exactly, from the raw samples, and
// records it as the frame's det (and u). The plan must then be made again.
func repairFrames(ctx context.Context, raw io.ReaderAt, frames readWriterAt, an analysis, rate int, list []int64) error {
	per := int64(framesPerSub(rate))
	buf := make([]byte, 2*(2*max(minFrame, rate/1000+2)+2*minFrame))
	var x []float32
	var rec [frameRecSize]byte
	for i, f := range list {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		k, j := f/per, f%per
		s0 := audio.SubBlockStart(rate, k)
		sub := audio.SubBlockStart(rate, k+1) - s0
		start := s0 + j*sub/per
		end := min(s0+(j+1)*sub/per, an.samples)
		// The frame's windows, with silence beyond the ends of the episode.
		lo, hi := start-(minFrame-1), end+minFrame
		x = x[:0]
		for range max(0, -lo) {
			x = append(x, 0)
		}
		a, b := max(lo, 0), min(hi, an.samples)
		raw16 := buf[:2*(b-a)]
		if _, err := raw.ReadAt(raw16, 2*a); err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
		for q := 0; q < len(raw16); q += 2 {
			x = append(x, float32(int16(binary.LittleEndian.Uint16(raw16[q:])))*fromInt16)
		}
		for range hi - b {
			x = append(x, 0)
		}
		var p float32
		for _, v := range x[minFrame-1 : len(x)-minFrame] {
			p = max(p, abs32(v))
		}
		exact := max(p, audio.InterSamplePeak(x))
		if _, err := frames.ReadAt(rec[:], f*frameRecSize); err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
		r := getFrameRec(rec[:])
		r.det, r.u = exact, exact
		r.put(rec[:])
		if _, err := frames.WriteAt(rec[:], f*frameRecSize); err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
	}
	return nil
}
