// Package podcast renders a multi-speaker request into a finished episode: a WAV file
// normalized to broadcast loudness, with optional captions, streamed through disk so memory
// stays bounded however long the episode is.
package podcast

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// Defaults of Options.
const (
	DefaultTargetLUFS    = -16.0 // integrated loudness, ITU-R BS.1770-4
	DefaultTruePeakLimit = -1.0  // dBTP
)

// Synthesizer renders a request into a sink. *synth.Engine and the gRPC client satisfy it.
type Synthesizer interface {
	Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error)
}

// Validator is implemented by synthesizers that can tell the output sample rate of a request
// before rendering it (such as *synth.Engine). Without it, and without Request.SampleRate,
// Render measures loudness in an extra read of the temporary file.
type Validator interface {
	Validate(req synth.Request) (int, error)
}

// Options controls Render.
type Options struct {
	// Output is the WAV file to write (16-bit PCM mono). It is written to a temporary file
	// beside it and renamed into place only when complete.
	Output string
	// Captions, if not empty, is a .vtt or .srt file to write from the word timings.
	Captions       string
	CaptionOptions captions.Options
	// TargetLUFS is the integrated loudness to reach (0 means DefaultTargetLUFS).
	TargetLUFS float64
	// TruePeakLimit is the highest true peak allowed, in dBTP (0 means DefaultTruePeakLimit).
	TruePeakLimit float64
	// NoNormalize writes the audio as synthesized (loudness is still measured).
	NoNormalize bool
	// Progress, if set, is called from Render's goroutine as the render advances (at most
	// every ProgressInterval, default 200 ms) and once at the end of synthesis.
	Progress         func(Progress)
	ProgressInterval time.Duration
}

// Progress describes a render under way. Turn and word counts are estimates from the request's
// text (the engine reports words, not parts).
type Progress struct {
	Turns, TotalTurns int
	Words, TotalWords int
	AudioSeconds      float64 // audio rendered so far
	Elapsed, ETA      time.Duration
	Done              bool // synthesis is finished (normalization follows)
}

// Fraction is the estimated share of the work done, in [0, 1].
func (p Progress) Fraction() float64 {
	if p.Done {
		return 1
	}
	if p.TotalWords == 0 {
		return 0
	}
	return min(0.99, float64(p.Words)/float64(p.TotalWords))
}

// Result reports a finished render.
type Result struct {
	Samples    int64
	SampleRate int
	Duration   time.Duration
	// Loudness (LUFS) and true peak (dBTP) as synthesized and as written.
	LoudnessBefore, TruePeakBefore float64
	LoudnessAfter, TruePeakAfter   float64
	GainDB                         float64 // gain applied before limiting
	Limited                        bool    // the peak limiter had to act
	Words, Cues                    int
	Elapsed                        time.Duration
	Speed                          float64 // audio duration / elapsed time (× real time)
}

// ErrRender marks a render that could not complete for a reason other than the synthesizer's
// own error or cancellation.
var ErrRender = errors.New("podcast")

// Render synthesizes req (all parts in one stream, so a server can pipeline them) and writes
// the episode. Pass 1 streams the audio to a temporary float32 file beside the output while a
// loudness meter measures it and the word timings are kept; pass 2 streams the file through a
// gain to the target loudness and a look-ahead peak limiter into the WAV file, measuring the
// result (and repeating with corrected settings in the rare case it misses the targets). On
// any error no output or caption file is created or changed and the temporary files are
// removed.
func Render(ctx context.Context, s Synthesizer, req synth.Request, opts Options) (res Result, err error) {
	start := time.Now()
	if opts.Output == "" {
		return res, fmt.Errorf("%w: no output file given", ErrRender)
	}
	if opts.Captions != "" {
		if _, err := captions.FormatFor(opts.Captions); err != nil {
			return res, err
		}
	}
	target, ceiling := opts.TargetLUFS, opts.TruePeakLimit
	if target == 0 {
		target = DefaultTargetLUFS
	}
	if ceiling == 0 {
		ceiling = DefaultTruePeakLimit
	}
	if math.IsNaN(target) || target < -70 || target > -5 || math.IsNaN(ceiling) || ceiling < -20 || ceiling > 0 {
		return res, fmt.Errorf("%w: loudness target %g LUFS / peak limit %g dBTP out of range (-70…-5, -20…0)", ErrRender, target, ceiling)
	}
	req.WordTimings = true
	rate := req.SampleRate
	if v, ok := s.(Validator); ok && rate == 0 {
		if rate, err = v.Validate(req); err != nil {
			return res, err
		}
	}

	raw, err := os.CreateTemp(filepath.Dir(opts.Output), "."+filepath.Base(opts.Output)+".*.f32")
	if err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	defer func() {
		raw.Close()
		os.Remove(raw.Name())
	}()

	// Pass 1: synthesize into the raw file, metering as we go.
	sk := newSink(raw, rate, &req, opts, start)
	sum, err := s.Synthesize(ctx, req, sk)
	if err != nil {
		return res, err
	}
	if err := sk.finish(); err != nil {
		return res, fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	if sum.Samples != sk.samples {
		return res, fmt.Errorf("%w: the synthesizer reported %d samples but sent %d", ErrRender, sum.Samples, sk.samples)
	}
	if sum.SampleRate < audio.MinSampleRate || sum.SampleRate > audio.MaxSampleRate || (rate != 0 && sum.SampleRate != rate) {
		return res, fmt.Errorf("%w: the synthesizer reported sample rate %d (expected %d)", ErrRender, sum.SampleRate, rate)
	}
	rate = sum.SampleRate
	meter := sk.meter
	if meter == nil { // rate was unknown: measure now
		if meter, err = measure(ctx, raw, rate); err != nil {
			return res, err
		}
	}
	res.SampleRate, res.Samples = rate, sk.samples
	res.Duration = time.Duration(float64(sk.samples) / float64(rate) * float64(time.Second))
	res.LoudnessBefore, res.TruePeakBefore = meter.Integrated(), meter.TruePeak()
	res.Words = len(sk.words)

	// Captions first (in memory: cues are small), so a bad timing fails before the audio.
	var cues []captions.Cue
	if opts.Captions != "" {
		if cues, err = captions.Build(sk.words, rate, opts.CaptionOptions); err != nil {
			return res, err
		}
		res.Cues = len(cues)
	}

	// Pass 2: gain and limit into the WAV file.
	tmpWAV, err := os.CreateTemp(filepath.Dir(opts.Output), "."+filepath.Base(opts.Output)+".*.tmp")
	if err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	committed := false
	defer func() {
		if !committed {
			tmpWAV.Close()
			os.Remove(tmpWAV.Name())
		}
	}()
	gain := 0.0
	normalize := !opts.NoNormalize && !math.IsInf(res.LoudnessBefore, -1)
	if normalize {
		gain = target - res.LoudnessBefore
	}
	sampleCeiling := ceiling - 0.5 // margin for inter-sample peaks; corrected below if needed
	for try := 0; ; try++ {
		after, limited, err := writeWAV(ctx, raw, tmpWAV, rate, gain, sampleCeiling, normalize)
		if err != nil {
			return res, err
		}
		res.LoudnessAfter, res.TruePeakAfter, res.GainDB, res.Limited = after.Integrated(), after.TruePeak(), gain, limited
		if !normalize || try == 4 {
			break
		}
		if over := res.TruePeakAfter - ceiling; over > 0 {
			sampleCeiling -= over + 0.1
			continue
		}
		if miss := target - res.LoudnessAfter; math.Abs(miss) > 0.1 && !math.IsInf(miss, 0) {
			gain += miss
			continue
		}
		break
	}
	if normalize && res.TruePeakAfter > ceiling {
		return res, fmt.Errorf("%w: could not bring the true peak under %g dBTP (%.2f)", ErrRender, ceiling, res.TruePeakAfter)
	}
	if err := tmpWAV.Chmod(0o644); err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	if err := tmpWAV.Close(); err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	if opts.Captions != "" {
		if err := captions.WriteFile(opts.Captions, cues); err != nil {
			return res, fmt.Errorf("%w: captions: %w", ErrRender, err)
		}
	}
	if err := os.Rename(tmpWAV.Name(), opts.Output); err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	committed = true
	res.Elapsed = time.Since(start)
	if res.Elapsed > 0 {
		res.Speed = res.Duration.Seconds() / res.Elapsed.Seconds()
	}
	return res, nil
}

// sink is pass 1: audio to the raw file (float32 little-endian) and the meter, words kept.
type sink struct {
	w       *bufio.Writer
	meter   *audio.LoudnessMeter
	buf     []byte
	q       []float32 // p on the 16-bit grid
	samples int64
	rate    int
	words   []synth.WordTiming

	// progress
	report      func(Progress)
	every       time.Duration
	last, start time.Time
	cum         []int // cumulative estimated words per part
	prog        Progress
}

func newSink(f *os.File, rate int, req *synth.Request, opts Options, start time.Time) *sink {
	sk := &sink{w: bufio.NewWriterSize(f, 1<<16), rate: rate, report: opts.Progress, every: opts.ProgressInterval, start: start}
	if rate != 0 {
		sk.meter, _ = audio.NewLoudnessMeter(rate) // rate was validated by the synthesizer
	}
	if sk.every <= 0 {
		sk.every = 200 * time.Millisecond
	}
	total := 0
	for _, p := range req.Parts {
		total += len(strings.Fields(p.Text))
		sk.cum = append(sk.cum, total)
	}
	sk.prog = Progress{TotalTurns: len(req.Parts), TotalWords: total}
	return sk
}

func (k *sink) Audio(p []float32) error {
	if cap(k.buf) < 4*len(p) {
		k.buf = make([]byte, 4*len(p))
		k.q = make([]float32, len(p))
	}
	b := k.buf[:4*len(p)]
	// Samples are taken on the 16-bit grid the wire carries, so an episode rendered in-process
	// and one rendered over gRPC are normalized from identical input and come out identical.
	q := k.q[:len(p)]
	for i, x := range p {
		q[i] = audio.FromInt16(audio.ToInt16(x))
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(q[i]))
	}
	p = q
	if _, err := k.w.Write(b); err != nil {
		return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	if k.meter != nil {
		k.meter.Write(p)
	}
	k.samples += int64(len(p))
	k.tick(false)
	return nil
}

// Start learns the sample rate before the first audio, from synthesizers that announce it (the
// gRPC client calls it when the stream's format arrives), so the meter runs in pass 1.
func (k *sink) Start(rate int) error {
	if k.samples > 0 || (k.rate != 0 && k.rate != rate) {
		return fmt.Errorf("%w: sample rate %d announced after audio or in conflict with %d", ErrRender, rate, k.rate)
	}
	if k.meter == nil {
		m, err := audio.NewLoudnessMeter(rate)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrRender, err)
		}
		k.meter, k.rate = m, rate
	}
	return nil
}

func (k *sink) Word(w synth.WordTiming) error {
	k.words = append(k.words, w)
	k.prog.Words++
	return nil
}

func (k *sink) tick(done bool) {
	if k.report == nil {
		return
	}
	now := time.Now()
	if !done && now.Sub(k.last) < k.every {
		return
	}
	k.last = now
	p := &k.prog
	for p.Turns < len(k.cum) && k.cum[p.Turns] <= p.Words {
		p.Turns++
	}
	if done {
		p.Turns, p.Words = p.TotalTurns, max(p.Words, p.TotalWords)
	}
	if k.rate > 0 {
		p.AudioSeconds = float64(k.samples) / float64(k.rate)
	}
	p.Elapsed = now.Sub(k.start)
	p.Done = done
	p.ETA = 0
	if f := p.Fraction(); f > 0 && !done {
		p.ETA = time.Duration(float64(p.Elapsed) * (1 - f) / f)
	}
	k.report(*p)
}

func (k *sink) finish() error {
	k.tick(true)
	return k.w.Flush()
}

// readRaw streams the raw float32 file to w in blocks, checking ctx per block.
func readRaw(ctx context.Context, f *os.File, w audio.Writer) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	r := bufio.NewReaderSize(f, 1<<16)
	b := make([]byte, 4*4096)
	p := make([]float32, 4096)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := io.ReadFull(r, b)
		n -= n % 4
		for i := 0; i < n/4; i++ {
			p[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		if n > 0 {
			if werr := w.Write(p[:n/4]); werr != nil {
				return werr
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
	}
}

func measure(ctx context.Context, f *os.File, rate int) (*audio.LoudnessMeter, error) {
	m, err := audio.NewLoudnessMeter(rate)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRender, err)
	}
	return m, readRaw(ctx, f, m)
}

// writeWAV writes the raw file through gain and limiter into dst (truncated first) and returns
// a meter of what it wrote and whether the limiter acted.
func writeWAV(ctx context.Context, raw, dst *os.File, rate int, gainDB, ceilingDB float64, limit bool) (*audio.LoudnessMeter, bool, error) {
	if err := dst.Truncate(0); err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	if _, err := dst.Seek(0, io.SeekStart); err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	bw := &bufferedFile{f: dst, w: bufio.NewWriterSize(dst, 1<<16)}
	wav, err := audio.NewWAVWriter(bw, rate)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	after, err := audio.NewLoudnessMeter(rate)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	limited := false
	out := audio.WriterFunc(func(p []float32) error {
		// Measure what the file will hold: 16-bit values.
		for i, x := range p {
			p[i] = float32(audio.ToInt16(x)) / 32768
		}
		after.Write(p)
		return wav.Write(p)
	})
	var head audio.Writer = out
	var lim *limiter
	if limit {
		lim = newLimiter(out, rate, gainDB, ceilingDB)
		head = lim
	}
	if err := readRaw(ctx, raw, head); err != nil {
		return nil, false, err
	}
	if lim != nil {
		if err := lim.Flush(); err != nil {
			return nil, false, err
		}
		limited = lim.acted()
	}
	if err := wav.Close(); err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	if err := bw.w.Flush(); err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrRender, err)
	}
	return after, limited, nil
}

// bufferedFile is an io.WriteSeeker that buffers writes and flushes before seeking.
type bufferedFile struct {
	f *os.File
	w *bufio.Writer
}

func (b *bufferedFile) Write(p []byte) (int, error) { return b.w.Write(p) }

func (b *bufferedFile) Seek(off int64, whence int) (int64, error) {
	if err := b.w.Flush(); err != nil {
		return 0, err
	}
	return b.f.Seek(off, whence)
}
