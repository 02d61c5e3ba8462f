// Package podcast renders a multi-speaker request into a finished episode: a WAV file
// normalized to broadcast loudness, with optional captions, streamed through disk so memory
// stays bounded however long the episode is.
package podcast

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/client/outfile"
	"github.com/chorus-tts/chorus/encode"
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
// before rendering it (such as *synth.Engine). Render then checks every request of the episode
// before synthesizing any. Without it, and without Request.SampleRate, the rate comes from the
// synthesizer's Start call (as the gRPC client makes) or, failing that, from the first
// request's summary, and loudness is measured in an extra read of the temporary file.
type Validator interface {
	Validate(req synth.Request) (int, error)
}

// Options controls Render.
type Options struct {
	// Output is where the episode goes, as a 16-bit PCM mono WAV file, through package outfile:
	// a new or regular file is written to a temporary file beside it and renamed into place
	// only when complete (keeping an existing file's permissions); a symbolic link is followed
	// and its target written; a device or named pipe is written directly; "-" is Stdout. The
	// WAV header is written with the final length, so the file never needs a seek and a pipe
	// can take it. (An output that can seek is written again, corrected, should the measurement
	// of what was written miss a target; one that cannot is written once, and such a miss of
	// the true-peak limit, which the limiter's margin is there to prevent, is an error after
	// the fact.)
	Output string
	// Captions, if not empty, is a caption file to write from the word timings, opened like
	// Output. It may not be the same file as Output.
	Captions string
	// CaptionFormat is the caption format; 0 picks it from Captions' extension (.vtt or .srt),
	// which "-" does not have.
	CaptionFormat  captions.Format
	CaptionOptions captions.Options
	// Stdout is what "-" writes to (default os.Stdout). It is not closed.
	Stdout io.Writer
	// TempDir holds the temporary audio of the render and its analysis (2.7 bytes per sample:
	// 230 MB for an hour at 24 kHz). Default: the directory of Output when it is a file, else
	// os.TempDir().
	TempDir string
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
	// Monitor, if set, is also given the finished episode, to play it: once Output (and
	// Captions) are complete, Render streams the samples the file holds into it, calling its
	// Start(sampleRate) first if it has one (as client.FormatSink does). Its errors (no sound
	// device at Start, a failure while playing, ctx cancelled while playing) do not fail the
	// render, whose files are already written: they end the monitoring and are reported in
	// Result.MonitorErr. Render returns once the monitor has taken the last sample.
	Monitor synth.Sink
	// Format is the audio format of Output; "" means encode.WAV, written by this package as
	// described above. Any other goes through package encode's encoder (Encoding tunes it),
	// fed the same 16-bit samples a WAV file would hold; such an output is written once, as a
	// pipe is (a compressed file cannot be rewritten in place), and its loudness and true peak
	// are measured before the codec.
	Format   encode.Format
	Encoding encode.Options

	limits   limits   // per engine request (tests lower them)
	tpMargin *float64 // tpMarginDB unless set (tests make the limiter miss)
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
	Requests                       int           // engine requests the episode took (limits: synth.MaxTextBytes, synth.MaxParts)
	Elapsed                        time.Duration // until the files were complete (without monitoring)
	Speed                          float64       // audio duration / Elapsed (× real time)
	// MonitorErr is why Options.Monitor did not take the whole episode (nil if it did).
	MonitorErr error
}

// ErrRender marks a render that could not complete for a reason other than the synthesizer's
// own error or cancellation.
var ErrRender = errors.New("podcast")

// tpMarginDB is how far under the true-peak limit the limiter aims. Its detector sees the true
// peak of the synthesized audio; the gain it applies changes within the interpolator's span
// and the output is rounded to 16 bits, which moves the true peak of the result by hundredths
// of a dB. The measurement of the output checks the limit itself.
const tpMarginDB = 0.1

// loudnessRetryLU is how far from the target the written episode may measure before a
// seekable output is written again with a corrected gain: the gain plan predicts the loudness
// to hundredths of a LU, so a larger miss means the prediction failed; EBU R 128 allows ±0.5 LU.
const loudnessRetryLU = 0.1

// maxPasses bounds the writes of a seekable output (corrections after measuring).
const maxPasses = 3

// Render synthesizes req and writes the episode.
//
// The request is split into engine requests within synth.MaxTextBytes and synth.MaxParts at
// part boundaries (a part longer than a request at paragraph or sentence boundaries), rendered
// one after another into one continuous episode. Pass 1 streams the audio, on the 16-bit grid
// the file will hold, to a temporary file while a meter measures it on another goroutine:
// integrated loudness and true peak, and per millisecond frame the energy and peak the limiter
// needs. The gain plan then finds, from those frames alone, the gain that brings the limited
// episode to the target loudness. Pass 2 only applies it: gain, look-ahead limiter, 16-bit
// rounding and the WAV encoding, measured on the way (and, for a seekable output, written
// again with a correction in the rare case it misses a target).
//
// Options are checked before any work: caption format, ranges, Output and Captions not the
// same file, every engine request (when the synthesizer is a Validator). On any error nothing
// at Output or Captions is created or changed (what a pipe, device or Stdout was sent cannot be
// taken back), and the temporary files are removed.
func Render(ctx context.Context, s Synthesizer, req synth.Request, opts Options) (res Result, err error) {
	start := time.Now()
	r := &renderer{opts: opts}
	if err := r.checkOptions(); err != nil {
		return res, err
	}
	req.WordTimings = true
	r.subs = split(req, opts.limits.orEngine())
	res.Requests = len(r.subs)
	if len(r.subs) == 0 { // no parts: the engine explains
		r.subs = []subRequest{{req: req}}
	}
	rate := req.SampleRate
	if v, ok := s.(Validator); ok {
		for i := range r.subs {
			sr := &r.subs[i]
			if rate != 0 {
				sr.req.SampleRate = rate
			}
			if rate, err = v.Validate(sr.req); err != nil {
				return res, episodeError(err, sr)
			}
		}
	}

	if err := r.open(); err != nil {
		return res, err
	}
	defer r.cleanup()

	// Pass 1.
	k, err := r.synthesize(ctx, s, &req, rate, start)
	if err != nil {
		return res, err
	}
	an := r.an
	rate = k.rate
	res.SampleRate, res.Samples = rate, an.samples
	res.Duration = time.Duration(float64(an.samples) / float64(rate) * float64(time.Second))
	res.LoudnessBefore, res.TruePeakBefore = an.loudness, an.truePeak
	res.Words = len(k.words)

	// Captions first (in memory: cues are small), so a bad timing fails before the audio.
	var cues []captions.Cue
	if r.capOut != nil {
		co := opts.CaptionOptions
		co.NameSpeakers = co.NameSpeakers || r.capFormat == captions.SRT // SRT has no voice tags
		if cues, err = captions.Build(k.words, rate, co); err != nil {
			return res, err
		}
		res.Cues = len(cues)
	}

	// The gain plan and pass 2.
	pl, err := r.write(ctx, rate, &res)
	if err != nil {
		return res, err
	}
	if r.capOut != nil {
		if err := captions.Write(r.capOut, r.capFormat, cues); err != nil {
			return res, fmt.Errorf("%w: captions: %s: %w", ErrRender, r.capOut.Name(), err)
		}
		if err := r.capOut.Commit(); err != nil {
			return res, fmt.Errorf("%w: captions: %w", ErrRender, err)
		}
	}
	if err := r.out.Commit(); err != nil {
		return res, fmt.Errorf("%w: %w", ErrRender, err)
	}
	res.Elapsed = time.Since(start)
	if res.Elapsed > 0 {
		res.Speed = res.Duration.Seconds() / res.Elapsed.Seconds()
	}
	if opts.Monitor != nil {
		res.MonitorErr = r.monitor(ctx, rate, pl)
	}
	return res, nil
}

// renderer holds the state of one Render call.
type renderer struct {
	opts            Options
	target, ceiling float64
	capFormat       captions.Format
	subs            []subRequest
	out, capOut     *outfile.File
	raw, frames     *os.File
	an              analysis
	normalize       bool
}

// margin is how far under the true-peak limit the limiter aims.
func (r *renderer) margin() float64 {
	if r.opts.tpMargin != nil {
		return *r.opts.tpMargin
	}
	return tpMarginDB
}

func (r *renderer) checkOptions() error {
	o := &r.opts
	if o.Output == "" {
		return fmt.Errorf("%w: no output file given", ErrRender)
	}
	if o.Captions != "" {
		r.capFormat = o.CaptionFormat
		if r.capFormat == 0 {
			f, err := captions.FormatFor(o.Captions)
			if err != nil {
				return err
			}
			r.capFormat = f
		}
		if outfile.Same(o.Output, o.Captions) {
			return fmt.Errorf("%w: the episode and its captions would be the same file (%s)", ErrRender, o.Captions)
		}
	}
	r.target, r.ceiling = o.TargetLUFS, o.TruePeakLimit
	if r.target == 0 {
		r.target = DefaultTargetLUFS
	}
	if r.ceiling == 0 {
		r.ceiling = DefaultTruePeakLimit
	}
	if math.IsNaN(r.target) || r.target < -70 || r.target > -5 || math.IsNaN(r.ceiling) || r.ceiling < -20 || r.ceiling > 0 {
		return fmt.Errorf("%w: loudness target %g LUFS / peak limit %g dBTP out of range (-70…-5, -20…0)", ErrRender, r.target, r.ceiling)
	}
	if o.Stdout == nil {
		o.Stdout = os.Stdout
	}
	return r.checkFormat()
}

// open opens the outputs and creates the temporary files.
func (r *renderer) open() (err error) {
	defer func() {
		if err != nil {
			r.cleanup()
		}
	}()
	if r.out, err = outfile.Create(r.opts.Output, r.opts.Stdout); err != nil {
		return fmt.Errorf("%w: %w", ErrRender, err)
	}
	if r.opts.Captions != "" {
		if r.capOut, err = outfile.Create(r.opts.Captions, r.opts.Stdout); err != nil {
			return fmt.Errorf("%w: captions: %w", ErrRender, err)
		}
	}
	dir := r.opts.TempDir
	if dir == "" {
		dir = os.TempDir()
		if o := r.opts.Output; o != outfile.Stdout {
			if fi, err := os.Stat(o); errors.Is(err, fs.ErrNotExist) || (err == nil && fi.Mode().IsRegular()) {
				dir = filepath.Dir(o)
			}
		}
	}
	if r.raw, err = os.CreateTemp(dir, ".chorus-episode-*.pcm"); err != nil {
		return fmt.Errorf("%w: %w", ErrRender, err)
	}
	if r.frames, err = os.CreateTemp(dir, ".chorus-episode-*.frames"); err != nil {
		return fmt.Errorf("%w: %w", ErrRender, err)
	}
	return nil
}

// cleanup removes the temporary files and discards outputs not committed.
func (r *renderer) cleanup() {
	for _, f := range []*os.File{r.raw, r.frames} {
		if f != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}
	r.raw, r.frames = nil, nil
	for _, o := range []*outfile.File{r.out, r.capOut} {
		if o != nil {
			o.Abort() // after Commit it does nothing
		}
	}
}

// synthesize is pass 1: every request of the episode into the raw file and the analyzer.
func (r *renderer) synthesize(ctx context.Context, s Synthesizer, req *synth.Request, rate int, start time.Time) (*sink, error) {
	r.normalize = !r.opts.NoNormalize
	detOffset := math.Inf(1)
	if r.normalize {
		detOffset = r.ceiling - r.margin() - r.target
	}
	k := newSink(r.raw, r.frames, detOffset, req, r.opts, start)
	defer k.stop()
	if rate != 0 {
		if err := k.Start(rate); err != nil {
			return nil, err
		}
	}
	for i := range r.subs {
		sr := &r.subs[i]
		if k.rate != 0 {
			sr.req.SampleRate = k.rate
		}
		k.offset = k.samples
		sum, err := s.Synthesize(ctx, sr.req, k)
		if err != nil {
			return nil, episodeError(err, sr)
		}
		if got := k.samples - k.offset; sum.Samples != got {
			return nil, fmt.Errorf("%w: the synthesizer reported %d samples but sent %d", ErrRender, sum.Samples, got)
		}
		if sum.SampleRate < audio.MinSampleRate || sum.SampleRate > audio.MaxSampleRate || (k.rate != 0 && sum.SampleRate != k.rate) {
			return nil, fmt.Errorf("%w: the synthesizer reported sample rate %d (expected %d)", ErrRender, sum.SampleRate, k.rate)
		}
		k.rate = sum.SampleRate
	}
	k.tick(true)
	an, err := k.finish(ctx)
	if err != nil {
		return nil, err
	}
	r.an = an
	return k, nil
}

// write makes the gain plan and writes the episode (pass 2), measuring it into res.
func (r *renderer) write(ctx context.Context, rate int, res *Result) (plan, error) {
	an := r.an
	if an.samples > maxWAVSamples {
		return plan{}, fmt.Errorf("%w: %d samples do not fit in a WAV file (at most %d)", ErrRender, an.samples, int64(maxWAVSamples))
	}
	if !r.normalize || math.IsInf(an.loudness, -1) {
		// As synthesized: the samples of the raw file, measured already.
		r.normalize = false
		err := r.writeWAV(ctx, rate, func(emit emitFunc) error {
			return copyRaw(ctx, r.raw, an.samples, emit)
		}, nil)
		res.LoudnessAfter, res.TruePeakAfter = an.loudness, an.truePeak
		return plan{}, err
	}
	ceiling, target := r.ceiling-r.margin(), r.target
	var pl plan
	for pass := 1; ; pass++ {
		var err error
		if pl, _, err = makePlan(ctx, r.raw, r.frames, an, rate, target, ceiling); err != nil {
			return plan{}, err
		}
		var m analysis
		err = r.writeWAV(ctx, rate, func(emit emitFunc) error {
			return applyPlan(ctx, r.raw, r.frames, an, rate, pl, emit)
		}, &m)
		if err != nil {
			return plan{}, err
		}
		res.LoudnessAfter, res.TruePeakAfter = m.loudness, m.truePeak
		res.GainDB, res.Limited = pl.gainDB, pl.limited
		over := res.TruePeakAfter - r.ceiling
		miss := r.target - res.LoudnessAfter
		if (over <= 0 && math.Abs(miss) <= loudnessRetryLU) || pass == maxPasses || !r.out.Seekable() || r.encoded() {
			break
		}
		// Write it again, corrected.
		if over > 0 {
			ceiling -= over + 0.05
		}
		if math.Abs(miss) > loudnessRetryLU {
			target += miss
		}
		if _, err := r.out.Seek(0, io.SeekStart); err != nil {
			return plan{}, fmt.Errorf("%w: %w", ErrRender, err)
		}
	}
	if res.TruePeakAfter > r.ceiling {
		return plan{}, fmt.Errorf("%w: could not bring the true peak under %g dBTP (%.2f)", ErrRender, r.ceiling, res.TruePeakAfter)
	}
	return pl, nil
}

// writeWAV writes the header and what stream emits to the output, measuring it into *meas
// when meas is not nil.
func (r *renderer) writeWAV(ctx context.Context, rate int, stream func(emit emitFunc) error, meas *analysis) error {
	if r.encoded() {
		return r.writeEncoded(ctx, rate, stream, meas)
	}
	bw := bufio.NewWriterSize(r.out, 1<<16)
	if _, err := bw.Write(wavHeader(rate, r.an.samples)); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrRender, r.out.Name(), err)
	}
	var aa *asyncAnalyzer
	if meas != nil {
		a, err := newAnalyzer(rate, nil, math.Inf(1))
		if err != nil {
			return err
		}
		aa = startAnalyzer(a)
	}
	var werr error
	err := stream(func(x []int16, bounds []float32) error {
		if aa != nil {
			aa.copyIn(x, bounds)
		}
		if err := writePCM(bw, x); err != nil {
			werr = err
			return err
		}
		return nil
	})
	if aa != nil {
		m, aerr := aa.finish()
		if err == nil {
			err = aerr
		}
		*meas = m
	}
	if err == nil {
		if err = bw.Flush(); err != nil {
			werr = err
		}
	}
	if werr != nil {
		return fmt.Errorf("%w: %s: %w", ErrRender, r.out.Name(), werr)
	}
	return err
}

// monitor streams the written episode into Options.Monitor.
func (r *renderer) monitor(ctx context.Context, rate int, pl plan) error {
	mon := r.opts.Monitor
	if st, ok := mon.(interface{ Start(int) error }); ok {
		if err := st.Start(rate); err != nil {
			return err
		}
	}
	f := make([]float32, blockSamples)
	emit := func(x []int16, _ []float32) error {
		for i, v := range x {
			f[i] = audio.FromInt16(v)
		}
		return mon.Audio(f[:len(x)])
	}
	if !r.normalize {
		return copyRaw(ctx, r.raw, r.an.samples, emit)
	}
	return applyPlan(ctx, r.raw, r.frames, r.an, rate, pl, emit)
}

// sink is pass 1: the audio, on the 16-bit grid, to the raw file and the analyzer; words kept.
type sink struct {
	raw       *bufio.Writer
	rawFile   *os.File
	frames    *os.File
	detOffset float64
	q         []int16
	// rot is the phase rotator of a normalized episode (rotator.go), decided at the first
	// audio: nil when normalization is off, or when the rate was not known by then.
	rot       *rotator
	rotKnown  bool
	normalize bool
	rate      int
	an        *asyncAnalyzer // nil until the rate is known, or when it was not known in time
	samples   int64
	offset    int64 // samples before the current request
	words     []synth.WordTiming

	// progress
	report      func(Progress)
	every       time.Duration
	last, start time.Time
	cum         []int // cumulative estimated words per part
	prog        Progress
}

func newSink(raw, frames *os.File, detOffset float64, req *synth.Request, opts Options, start time.Time) *sink {
	sk := &sink{raw: bufio.NewWriterSize(raw, 1<<16), rawFile: raw, frames: frames, detOffset: detOffset, q: make([]int16, blockSamples),
		report: opts.Progress, every: opts.ProgressInterval, start: start, normalize: !opts.NoNormalize}
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

// Start learns the sample rate before the first audio: from Render when it knows it, and from
// synthesizers that announce it (the gRPC client calls it when the stream's format arrives),
// so the analysis runs during synthesis. Later requests of the episode announce it again.
func (k *sink) Start(rate int) error {
	if k.rate != 0 {
		if rate != k.rate {
			return fmt.Errorf("%w: sample rate %d announced, but the episode is at %d Hz", ErrRender, rate, k.rate)
		}
		return nil
	}
	if rate < audio.MinSampleRate || rate > audio.MaxSampleRate {
		return fmt.Errorf("%w: sample rate %d announced", ErrRender, rate)
	}
	k.rate = rate
	if k.samples > 0 {
		return nil // measured from the file after synthesis
	}
	a, err := newAnalyzer(rate, k.frames, k.detOffset)
	if err != nil {
		return err
	}
	k.an = startAnalyzer(a)
	return nil
}

func (k *sink) Audio(p []float32) error {
	if k.samples+int64(len(p)) > maxWAVSamples {
		return fmt.Errorf("%w: the episode is longer than a WAV file can hold (%d samples)", ErrRender, int64(maxWAVSamples))
	}
	for len(p) > 0 {
		n := min(len(p), blockSamples)
		var b block
		if k.an != nil {
			b = k.an.buffer()
		}
		// Samples are taken on the 16-bit grid the wire carries, so an episode rendered
		// in-process and one rendered over gRPC are normalized from identical input and come
		// out identical.
		q := k.q[:n]
		for i, x := range p[:n] {
			q[i] = toInt16(x)
		}
		k.rotate(q)
		if err := writePCM(k.raw, q); err != nil {
			return fmt.Errorf("%w: temporary file: %w", ErrRender, err)
		}
		if k.an != nil {
			b.x = append(b.x, q...)
		}
		if k.an != nil {
			k.an.send(b)
		}
		k.samples += int64(n)
		p = p[n:]
	}
	k.tick(false)
	return nil
}

// rotate passes q through the episode's phase rotator, in place. It takes the samples on the
// 16-bit grid and puts them back on it, so an episode rendered in-process and one rendered over
// gRPC still come out identical.
func (k *sink) rotate(q []int16) {
	if !k.rotKnown {
		k.rotKnown = true
		if k.normalize && k.rate != 0 {
			k.rot = newRotator(k.rate)
		}
	}
	if k.rot == nil {
		return
	}
	for i, x := range q {
		q[i] = toInt16(float32(k.rot.step(float64(x) / 32767)))
	}
}

func (k *sink) Word(w synth.WordTiming) error {
	w.Start += k.offset
	w.End += k.offset
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

// finish completes the raw file and the analysis: the analyzer's when it ran during synthesis,
// else one made now from the raw file.
func (k *sink) finish(ctx context.Context) (analysis, error) {
	if err := k.raw.Flush(); err != nil {
		return analysis{}, fmt.Errorf("%w: temporary file: %w", ErrRender, err)
	}
	if k.an != nil {
		an := k.an
		k.an = nil
		return an.finish()
	}
	a, err := newAnalyzer(k.rate, k.frames, k.detOffset)
	if err != nil {
		return analysis{}, err
	}
	if err := copyRaw(ctx, k.rawFile, k.samples, func(x []int16, _ []float32) error { a.write(x); return nil }); err != nil {
		return analysis{}, err
	}
	return a.finish()
}

// stop ends a running analysis that will not be finished (an error in pass 1).
func (k *sink) stop() {
	if k.an != nil {
		_, _ = k.an.finish() // its result and error are moot: the render failed
		k.an = nil
	}
}
