package podcast

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"unsafe"

	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/synth/dsp"
)

// maxWAVSamples is the most 16-bit mono samples a WAV file's 32-bit sizes can describe.
const maxWAVSamples = (math.MaxUint32 - 36) / 2

// wavHeader is the 44-byte header of a 16-bit PCM mono WAV file of samples samples at rate.
// Pass 2 knows the length before it writes, so the header is final at once and the file is
// written front to back, never seeking: a pipe can take it.
func wavHeader(rate int, samples int64) []byte {
	data := uint32(2 * samples)
	b := make([]byte, 44)
	le := binary.LittleEndian
	copy(b[0:], "RIFF")
	le.PutUint32(b[4:], 36+data)
	copy(b[8:], "WAVEfmt ")
	le.PutUint32(b[16:], 16)           // fmt chunk size
	le.PutUint16(b[20:], 1)            // PCM
	le.PutUint16(b[22:], 1)            // mono
	le.PutUint32(b[24:], uint32(rate)) // sample rate
	le.PutUint32(b[28:], uint32(2*rate))
	le.PutUint16(b[32:], 2)  // block align
	le.PutUint16(b[34:], 16) // bits per sample
	copy(b[36:], "data")
	le.PutUint32(b[40:], data)
	return b
}

// blockSamples is the size of the blocks passes 1 and 2 hand between goroutines.
const blockSamples = 8192

// sampleReader reads 16-bit little-endian samples.
type sampleReader struct {
	r    io.Reader
	raw  []byte
	buf  []int16
	pos  int
	left int64 // samples not yet read from r
}

func newSampleReader(r io.Reader, samples int64) *sampleReader {
	return &sampleReader{r: r, raw: make([]byte, 2*blockSamples), buf: make([]int16, 0, blockSamples), left: samples}
}

// read returns the next n samples (n ≤ blockSamples).
func (s *sampleReader) read(n int) ([]int16, error) {
	if s.pos+n > len(s.buf) {
		k := copy(s.buf[:cap(s.buf)], s.buf[s.pos:])
		m := int(min(int64(cap(s.buf)-k), s.left))
		if _, err := io.ReadFull(s.r, s.raw[:2*m]); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
		s.left -= int64(m)
		s.buf = s.buf[:k+m]
		decodePCM(s.buf[k:k+m], s.raw[:2*m])
		s.pos = 0
		if n > len(s.buf) {
			return nil, fmt.Errorf("%w: temporary file: %w", ErrRender, io.ErrUnexpectedEOF)
		}
	}
	x := s.buf[s.pos : s.pos+n]
	s.pos += n
	return x, nil
}

// emitFunc takes a block of output: whole frames of samples, and for each frame a bound of the
// magnitude of its samples and interpolated values (see applyPlan). It must keep neither.
type emitFunc func(x []int16, bounds []float32) error

// quantStep bounds what 16-bit rounding adds to an interpolated value: half a step on each
// sample, times the interpolator's gain.
var quantStep = float32(audio.TruePeakGain() * 0.5 / 32767)

// applyPlan streams the episode (raw, an.samples samples; frames, its frame records) through
// the plan's gain and limiter and hands the 16-bit result to emit in blocks of at most
// blockSamples samples.
//
// With each frame goes a bound of its output's samples and interpolated values, from pass 1's
// records: the output is y = G·g·x + e, with g the limiter's gain (between its lowest, gmin,
// and highest, gmax, over the frame's windows: they span the frame and its neighbours, so the
// four boundaries around it) and |e| at most half a 16-bit step. An interpolated value of G·g·x
// is G·gmax times that of x (at most u) less the interpolation of G·(gmax-g)·x (at most
// G·(gmax-gmin)·w·TruePeakGain). So the measurement of the output need not run the
// interpolator where the gain is steady and the frame's input was not near the peak.
func applyPlan(ctx context.Context, raw, frames io.ReadSeeker, an analysis, rate int, pl plan, emit emitFunc) error {
	for _, f := range []io.Seeker{raw, frames} {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
	}
	src := newSampleReader(raw, an.samples)
	gc := newGainCurve(newFrameReader(frames), an.frames, rate, pl.theta())
	fr := newFramer(rate)
	gain := dsp.DBToAmplitude(pl.gainDB)
	tpGain := audio.TruePeakGain()
	out := make([]int16, 0, blockSamples)
	var bounds []float32
	left := an.samples
	bPrev := math.NaN()
	for f := int64(0); f < an.frames; f++ {
		rec, b0, b1, b2, err := gc.next()
		if err != nil {
			return err
		}
		if f == 0 {
			bPrev = b0
		}
		n := int(min(int64(fr.next()), left))
		left -= int64(n)
		if len(out)+n > cap(out) {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(out, bounds); err != nil {
				return err
			}
			out, bounds = out[:0], bounds[:0]
		}
		x, err := src.read(n)
		if err != nil {
			return err
		}
		bounds = append(bounds, frameBound(gain, [4]float64{bPrev, b0, b1, b2}, rec.u, rec.w, tpGain))
		bPrev = b0
		g, dg := b0*gain, (b1-b0)*gain/float64(n)
		at := len(out)
		out = out[:at+n]
		y := out[at : at+n]
		for i, v := range x {
			y[i] = quantize(float64(v) * g)
			g += dg
		}
	}
	if len(out) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		return emit(out, bounds)
	}
	return nil
}

// frameBound bounds the samples and interpolated values of a frame of the output G·g·x + e,
// where the input x's are at most u and its samples within reach at most w, and the gain g
// is linear between the boundary values b around the frame (see applyPlan).
func frameBound(gain float64, b [4]float64, u, w float32, tpGain float64) float32 {
	gmax, gmin := max(b[0], b[1], b[2], b[3]), min(b[0], b[1], b[2], b[3])
	bound := gain * (gmax*float64(u) + (gmax-gmin)*tpGain*float64(w))
	// Float32 sums and this product round differently: 1e-5 covers both.
	return float32(bound*(1+1e-5)) + quantStep
}

// quantize rounds v (on the 16-bit scale, not NaN) half away from zero to a 16-bit sample,
// saturating, as audio.ToInt16 does; without a branch on the sign, which audio would
// mispredict half the time.
func quantize(v float64) int16 {
	v = min(max(v, -32768), 32767)
	return int16(v + math.Copysign(0.5, v))
}

// toInt16 is audio.ToInt16: x scaled by 32767 and quantized; NaN is 0.
func toInt16(x float32) int16 {
	if x != x {
		return 0
	}
	return quantize(float64(x) * 32767)
}

// copyRaw hands the episode's samples to emit unchanged, in blocks (without bounds).
func copyRaw(ctx context.Context, raw io.ReadSeeker, samples int64, emit emitFunc) error {
	if _, err := raw.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	src := newSampleReader(raw, samples)
	for left := samples; left > 0; {
		if err := ctx.Err(); err != nil {
			return err
		}
		x, err := src.read(int(min(left, blockSamples)))
		if err != nil {
			return err
		}
		left -= int64(len(x))
		if err := emit(x, nil); err != nil {
			return err
		}
	}
	return nil
}

// writePCM encodes samples little-endian into w's buffer and hands them to it.
func writePCM(w *bufio.Writer, x []int16) error {
	for len(x) > 0 {
		if w.Available() < 2 {
			if err := w.Flush(); err != nil {
				return err
			}
		}
		b := w.AvailableBuffer()
		n := min(len(x), cap(b)/2)
		b = b[:2*n]
		encodePCM(b, x[:n])
		if _, err := w.Write(b); err != nil {
			return err
		}
		x = x[n:]
	}
	return nil
}

// littleEndian reports whether this machine stores integers as WAV files do: then samples are
// copied between memory and the files as they are, not encoded one by one.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// encodePCM writes x into b (2·len(x) bytes) as 16-bit little-endian samples.
func encodePCM(b []byte, x []int16) {
	if littleEndian && len(x) > 0 {
		copy(b, unsafe.Slice((*byte)(unsafe.Pointer(&x[0])), 2*len(x)))
		return
	}
	for i, v := range x {
		binary.LittleEndian.PutUint16(b[2*i:], uint16(v))
	}
}

// decodePCM reads 16-bit little-endian samples from b (2·len(x) bytes) into x.
func decodePCM(x []int16, b []byte) {
	if littleEndian && len(x) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&x[0])), 2*len(x)), b)
		return
	}
	for i := range x {
		x[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
}

// asyncAnalyzer runs an analyzer on a goroutine of its own, fed blocks in order.
type asyncAnalyzer struct {
	a    *analyzer
	work chan block
	free chan block
	done chan struct{}
}

// block is a run of samples for an asyncAnalyzer, with the bounds of its frames when the
// analyzer measures pass 2.
type block struct {
	x      []int16
	bounds []float32
}

const asyncBlocks = 8 // blocks in flight between a pass and its analyzer

func startAnalyzer(a *analyzer) *asyncAnalyzer {
	aa := &asyncAnalyzer{a: a, work: make(chan block, asyncBlocks), free: make(chan block, asyncBlocks), done: make(chan struct{})}
	for range asyncBlocks {
		aa.free <- block{x: make([]int16, 0, blockSamples)}
	}
	go func() {
		defer close(aa.done)
		for b := range aa.work {
			if b.bounds != nil {
				a.writeBounded(b.x, b.bounds)
			} else {
				a.write(b.x)
			}
			aa.free <- block{x: b.x[:0], bounds: b.bounds[:0]}
		}
	}()
	return aa
}

// buffer returns an empty block to fill (waiting for one while the analyzer is behind).
func (aa *asyncAnalyzer) buffer() block { return <-aa.free }

// send queues a filled block.
func (aa *asyncAnalyzer) send(b block) { aa.work <- b }

// copyIn queues a copy of x and bounds.
func (aa *asyncAnalyzer) copyIn(x []int16, bounds []float32) {
	b := aa.buffer()
	b.x = append(b.x, x...)
	if bounds != nil {
		b.bounds = append(b.bounds[:0], bounds...)
	}
	aa.send(b)
}

// finish waits for the analysis of everything sent and completes it.
func (aa *asyncAnalyzer) finish() (analysis, error) {
	close(aa.work)
	<-aa.done
	return aa.a.finish()
}
