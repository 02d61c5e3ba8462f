package podcast

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/chorus-tts/chorus/synth/audio"
)

// The episode is analysed in frames of about a millisecond: each 100 ms gating sub-block is cut
// into framesPerSub(rate) frames of at least audio.TruePeakHalf samples, so a frame's true-peak
// windows reach no further than its neighbours, and the limiter's gain (one value per frame
// boundary, linear in between) lines up with the loudness gating. For every frame, pass 1
// records the K-weighted energy and the peak the limiter must respect (frameRec); the gain plan
// and pass 2 read them back from a temporary file.

// minFrame is the shortest frame: the true-peak interpolator's half-width.
const minFrame = audio.TruePeakHalf

// framesPerSub is the number of frames in each 100 ms sub-block at rate: frames of about 1 ms,
// at least minFrame samples.
func framesPerSub(rate int) int {
	return max(1, (rate/10)/max(minFrame, rate/1000))
}

// framer yields the lengths of consecutive frames.
type framer struct {
	rate, per int
	sub       int64 // current sub-block
	s         int   // its length
	j         int   // frames of it yielded
}

func newFramer(rate int) framer {
	f := framer{rate: rate, per: framesPerSub(rate), sub: -1}
	f.j = f.per
	return f
}

// next returns the length of the next frame.
func (f *framer) next() int {
	if f.j == f.per {
		f.sub++
		f.j = 0
		f.s = int(audio.SubBlockStart(f.rate, f.sub+1) - audio.SubBlockStart(f.rate, f.sub))
	}
	n := (f.j+1)*f.s/f.per - f.j*f.s/f.per
	f.j++
	return n
}

// frameRec is what pass 1 records of a frame.
type frameRec struct {
	// det is the frame's peak for the limiter: the largest magnitude of its samples and, where
	// it may reach the limiter's threshold, of the true-peak interpolator's values between them
	// (and the next frame's first sample). Elsewhere it is the sample peak.
	det float32
	// e is the sum of squares of the K-weighted frame.
	e float32
	// w is the largest sample magnitude in the frame and the frames either side, which the
	// windows of its interpolated values reach into.
	w float32
	// u bounds the frame's samples and interpolated values: their true maximum, or a bound of
	// it under the threshold, where the interpolator ran; else w times audio.TruePeakGain.
	u float32
}

const frameRecSize = 16

func (r frameRec) put(b []byte) {
	le := binary.LittleEndian
	le.PutUint32(b, math.Float32bits(r.det))
	le.PutUint32(b[4:], math.Float32bits(r.e))
	le.PutUint32(b[8:], math.Float32bits(r.w))
	le.PutUint32(b[12:], math.Float32bits(r.u))
}

func getFrameRec(b []byte) frameRec {
	le := binary.LittleEndian
	return frameRec{
		det: math.Float32frombits(le.Uint32(b)),
		e:   math.Float32frombits(le.Uint32(b[4:])),
		w:   math.Float32frombits(le.Uint32(b[8:])),
		u:   math.Float32frombits(le.Uint32(b[12:])),
	}
}

// analysis is what a pass measured.
type analysis struct {
	samples    int64
	frames     int64
	loudness   float64 // integrated, LUFS
	truePeak   float64 // dBTP
	samplePeak float64 // dBFS
}

// analyzer measures a stream frame by frame: loudness (a BS.1770 gating fed per frame), the
// true peak of the whole, and, in pass 1, the frame records, written as the frames complete.
// Pass 2 measures what it writes with one too.
//
// A frame's true peak needs the next frame, so frames are evaluated one behind: buf holds
// TruePeakHalf-1 samples before the pending frame, the pending frame, and the current one. The
// interpolator runs on a frame only where a bound of its values could beat the true peak so far
// (so the whole's true peak is exact): the window's largest sample times audio.TruePeakGain,
// or a tighter bound given with the frame (pass 2 derives one from pass 1's records). In pass 1
// it also runs where the values could reach detFloor (see detAllowanceDB).
type analyzer struct {
	rate   int
	kw     *audio.KWeighting
	gate   *audio.Gating
	fr     framer
	frames *bufio.Writer // nil: no records

	// detOffset turns the loudness so far into detFloor, a floor on the values that matter to
	// the limiter (dB); +Inf when nothing is limited.
	detOffset float64
	detFloor  float32
	settle    int // settleBlocks (tests shorten it)
	tpGain    float32

	buf      []float32 // history, pending frame, current frame (being filled)
	pendAt   int       // start of the pending frame in buf (-1: none)
	pendLen  int
	pendE    float32
	pendB    float32 // bound given with the pending frame
	curAt    int     // start of the current frame in buf
	curLen   int     // its full length
	curP     int32   // the largest magnitude in it so far, on the 16-bit scale
	prevP    float32
	pendP    float32
	bounds   []float32 // bounds given for the frames still to complete, in order
	useBound bool

	samples    int64
	nframes    int64
	samplePeak float32
	truePeak   float32 // of the interpolated values evaluated so far
	rec        [frameRecSize]byte
	err        error
}

// The analyzer computes a frame's true peak exactly (det) where it may exceed detFloor: the
// limiter's threshold estimated from the loudness so far, lowered by detAllowanceDB for how
// far the threshold may still fall: the loudness so far may still rise, and the gain plan adds
// gain to make up what the limiter takes (for speech, tenths of a dB). A frame whose true peak
// turns out to reach the final threshold without having been computed exactly is computed
// again before pass 2 (repairFrames), so the limiter sees every true peak it must act on;
// the allowance only keeps that rare.
const detAllowanceDB = 2

// fromInt16 scales 16-bit samples as audio.FromInt16 does, to within a unit in the last place
// (a product instead of a quotient).
const fromInt16 = 1.0 / 32767

// analyzerBuf is the capacity of an analyzer's sample buffer: the frames slide along it and
// are moved back to its start only when the next frame would not fit.
const analyzerBuf = 4096

// newAnalyzer measures a stream at rate. In pass 1 it writes frame records to frames, and
// detOffsetDB is the limiter's threshold relative to the integrated loudness (+Inf when
// nothing will be limited). A measurement of pass 2's output passes nil and +Inf.
func newAnalyzer(rate int, frames io.Writer, detOffsetDB float64) (*analyzer, error) {
	kw, err := audio.NewKWeighting(rate)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRender, err)
	}
	gate, err := audio.NewGating(rate)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRender, err)
	}
	a := &analyzer{
		rate: rate, kw: kw, gate: gate, fr: newFramer(rate),
		detOffset: detOffsetDB - detAllowanceDB,
		settle:    settleBlocks,
		tpGain:    float32(audio.TruePeakGain()),
		buf:       make([]float32, minFrame-1, analyzerBuf),
		pendAt:    -1,
	}
	if frames != nil {
		a.frames = bufio.NewWriterSize(frames, 1<<16)
	}
	a.curAt = len(a.buf)
	a.curLen = a.fr.next()
	a.setFloor()
	return a, nil
}

// settleBlocks is how many gating blocks (of 100 ms) the loudness so far needs before it
// sets detFloor: 30 s. Over the first seconds of speech it swings by dB; until then every
// frame that may matter is computed exactly.
const settleBlocks = 300

// setFloor updates detFloor from the loudness so far.
func (a *analyzer) setFloor() {
	l := a.gate.AbsoluteGated()
	switch {
	case math.IsInf(a.detOffset, 1):
		a.detFloor = float32(math.Inf(1))
	case math.IsInf(l, -1) || a.gate.Blocks() < a.settle:
		a.detFloor = 0
	default:
		a.detFloor = float32(math.Pow(10, (l+a.detOffset)/20))
	}
}

// write analyses samples on the 16-bit grid.
func (a *analyzer) write(p []int16) {
	for len(p) > 0 {
		at := len(a.buf)
		n := min(a.curAt+a.curLen-at, len(p))
		a.buf = a.buf[:at+n]
		x := a.buf[at : at+n]
		pk := a.curP
		for i, v := range p[:n] {
			x[i] = float32(v) * fromInt16
			m := int32(v)
			if m < 0 {
				m = -m
			}
			pk = max(pk, m)
		}
		a.curP = pk
		p = p[n:]
		if len(a.buf) == a.curAt+a.curLen {
			a.frameDone(a.curLen)
			a.curLen = a.fr.next()
		}
	}
}

// writeBounded analyses samples that make up whole frames, given a bound of the
// interpolated values of each (see analyzer).
func (a *analyzer) writeBounded(p []int16, bounds []float32) {
	a.useBound = true
	a.bounds = append(a.bounds, bounds...)
	a.write(p)
}

// frameDone measures the current frame (n samples, complete or the last) and evaluates the
// pending one, which now has the samples after it.
func (a *analyzer) frameDone(n int) {
	x := a.buf[a.curAt : a.curAt+n]
	e := a.kw.SumSquares(x)
	left := a.gate.Left()
	a.gate.Add(e, n)
	if n == left { // a sub-block ended: its gating block may move the floor
		a.setFloor()
	}
	p := float32(a.curP) * fromInt16
	a.curP = 0
	a.samplePeak = max(a.samplePeak, p)
	a.samples += int64(n)
	if a.pendAt >= 0 {
		a.evalPending(p)
	}
	// The current frame becomes the pending one.
	var b float32
	if a.useBound && len(a.bounds) > 0 {
		b = a.bounds[0]
		a.bounds = a.bounds[1:]
	}
	a.pendAt, a.pendLen, a.pendE, a.pendB = a.curAt, n, float32(e), b
	a.prevP, a.pendP = a.pendP, p // pendP is 0 before the first frame
	a.curAt += n
	if a.curAt+2*max(minFrame, a.rate/1000)+minFrame > cap(a.buf) {
		// Move the history and the pending frame back to the start.
		drop := a.pendAt - (minFrame - 1)
		a.buf = a.buf[:copy(a.buf, a.buf[drop:])]
		a.pendAt -= drop
		a.curAt -= drop
	}
}

// evalPending records the pending frame; nextP is the sample peak of what follows it.
func (a *analyzer) evalPending(nextP float32) {
	det := a.pendP
	w := max(a.prevP, a.pendP, nextP)
	bound := w * a.tpGain
	if a.useBound {
		bound = min(bound, a.pendB)
	}
	u := bound
	if global, limit := bound > a.truePeak, bound > a.detFloor; w > 0 && (global || limit) {
		// The values that matter: above the true peak so far, or where the limiter may act.
		floor := float32(math.Inf(1))
		if global {
			floor = a.truePeak
		}
		if limit {
			floor = min(floor, a.detFloor)
		}
		// The windows of the pending frame's positions: TruePeakHalf-1 samples before its first
		// to TruePeakHalf after its last. tp is their true peak if that exceeds floor, else a
		// bound of it no higher than floor.
		lo := a.pendAt - (minFrame - 1)
		hi := a.pendAt + a.pendLen + minFrame
		tp := audio.InterSamplePeakAbove(a.buf[lo:hi], floor)
		u = max(det, tp)
		if tp > floor { // exact
			a.truePeak = max(a.truePeak, tp)
			det = u
		}
	}
	a.nframes++
	if a.frames == nil || a.err != nil {
		return
	}
	frameRec{det: det, e: a.pendE, w: w, u: u}.put(a.rec[:])
	if _, err := a.frames.Write(a.rec[:]); err != nil {
		a.err = fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
}

// finish ends the stream (silence follows it) and returns the measurements.
func (a *analyzer) finish() (analysis, error) {
	// Silence follows the stream: the last windows run into zeros, which are not samples.
	n := len(a.buf) - a.curAt
	a.buf = append(a.buf, make([]float32, minFrame)...)
	if n > 0 {
		a.frameDone(n)
	}
	if a.pendAt >= 0 {
		a.evalPending(0)
		a.pendAt = -1
	}
	if a.err == nil && a.frames != nil {
		if err := a.frames.Flush(); err != nil {
			a.err = fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
	}
	return analysis{
		samples: a.samples, frames: a.nframes,
		loudness:   a.gate.Integrated(),
		truePeak:   20 * math.Log10(float64(max(a.truePeak, a.samplePeak))),
		samplePeak: 20 * math.Log10(float64(a.samplePeak)),
	}, a.err
}

func abs32(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }
