package podcast

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/client/captions"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

const shortEpisode = "A: Hello there, this is a short episode.\nB: And this is its second turn."

// reference renders shortEpisode to a new file and returns the WAV and caption bytes: the
// output every other destination must receive.
func reference(t *testing.T) (wav, vtt []byte) {
	t.Helper()
	dir := t.TempDir()
	if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{
		Output: filepath.Join(dir, "ref.wav"), Captions: filepath.Join(dir, "ref.vtt"),
	}); err != nil {
		t.Fatal(err)
	}
	return testkit.ReadFile(t, filepath.Join(dir, "ref.wav")), testkit.ReadFile(t, filepath.Join(dir, "ref.vtt"))
}

// TestRenderStdout: "-" writes the episode to Options.Stdout, front to back: a writer that
// cannot seek gets the same bytes as a file, header sizes included.
func TestRenderStdout(t *testing.T) {
	wantWAV, wantVTT := reference(t)
	var out bytes.Buffer
	res, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: "-", Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), wantWAV) {
		t.Errorf("standard output got %d bytes, a file %d (equal: %v)", out.Len(), len(wantWAV), bytes.Equal(out.Bytes(), wantWAV))
	}
	s, rate, err := audio.ReadWAV(bytes.NewReader(out.Bytes()))
	if err != nil || int64(len(s)) != res.Samples || rate != res.SampleRate {
		t.Errorf("the stream reads as %d samples at %d Hz (%v); result %d at %d", len(s), rate, err, res.Samples, res.SampleRate)
	}
	// Captions to standard output take their format from the options.
	out.Reset()
	dir := t.TempDir()
	if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{
		Output: filepath.Join(dir, "ep.wav"), Captions: "-", CaptionFormat: captions.WebVTT, Stdout: &out,
	}); err != nil {
		t.Fatal(err)
	}
	if out.String() != string(wantVTT) {
		t.Errorf("captions on standard output:\n%s\nwant:\n%s", out.String(), wantVTT)
	}
	if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{
		Output: filepath.Join(dir, "ep.wav"), Captions: "-", Stdout: &out,
	}); err == nil {
		t.Error("captions to standard output without a format were accepted")
	}
}

// TestRenderPaths: a new file is created with the mode a new file gets; an existing file keeps
// its mode; a symbolic link is followed and stays a link; all hold the same bytes.
func TestRenderPaths(t *testing.T) {
	wantWAV, wantVTT := reference(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.wav")
	if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(existing, 0o600); err != nil { // whatever the umask
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.wav")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(target, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.wav")
	if err := os.Symlink("target.wav", link); err != nil {
		t.Fatal(err)
	}
	capLink := filepath.Join(dir, "link.vtt")
	if err := os.Symlink("captions/real.vtt", capLink); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "captions"), 0o755); err != nil {
		t.Fatal(err)
	}
	probe := filepath.Join(dir, "probe")
	if err := os.WriteFile(probe, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	newMode := stat(t, probe).Mode().Perm() // 0666 less the umask, as os.Create makes it
	for _, c := range []struct {
		name, out, caps string
		file            string // where the bytes land
		mode            fs.FileMode
	}{
		{"new", filepath.Join(dir, "new.wav"), filepath.Join(dir, "new.vtt"), filepath.Join(dir, "new.wav"), newMode},
		{"existing", existing, filepath.Join(dir, "existing.vtt"), existing, 0o600},
		{"symlink", link, capLink, target, 0o640},
	} {
		if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: c.out, Captions: c.caps}); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := testkit.ReadFile(t, c.file); !bytes.Equal(got, wantWAV) {
			t.Errorf("%s: %s holds %d bytes, want the episode's %d", c.name, c.file, len(got), len(wantWAV))
		}
		if m := stat(t, c.file).Mode(); m.Perm() != c.mode || !m.IsRegular() {
			t.Errorf("%s: mode %v, want %v", c.name, m, c.mode)
		}
		if got := testkit.ReadFile(t, c.caps); !bytes.Equal(got, wantVTT) {
			t.Errorf("%s: captions %q", c.name, got)
		}
	}
	for _, l := range []string{link, capLink} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v %v", l, fi.Mode(), err)
		}
	}
	if names := readDir(t, filepath.Join(dir, "captions")); !reflect.DeepEqual(names, []string{"real.vtt"}) {
		t.Errorf("captions directory holds %v", names)
	}
}

func stat(t *testing.T, path string) fs.FileInfo {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// TestRenderFailureKeepsFiles: a render that fails in synthesis, or is cancelled while the
// episode is being written, leaves an existing file, a link's target (and the link) as they
// were, creates no new file, and leaves no temporary file behind.
func TestRenderFailureKeepsFiles(t *testing.T) {
	dir := t.TempDir()
	existing, target, link := filepath.Join(dir, "existing.wav"), filepath.Join(dir, "target.wav"), filepath.Join(dir, "link.wav")
	for _, f := range []string{existing, target, filepath.Join(dir, "ep.vtt")} {
		if err := os.WriteFile(f, []byte("old "+filepath.Base(f)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("target.wav", link); err != nil {
		t.Fatal(err)
	}
	before := readDir(t, dir)
	fails := map[string]func() (context.Context, Synthesizer, synth.Request, func(Progress)){
		"synthesis fails": func() (context.Context, Synthesizer, synth.Request, func(Progress)) {
			return context.Background(), failing{after: 50}, synth.Request{Parts: []synth.Part{{Text: "hello"}}, SampleRate: 24000}, nil
		},
		"cancelled while writing": func() (context.Context, Synthesizer, synth.Request, func(Progress)) {
			ctx, cancel := context.WithCancel(context.Background())
			t.Cleanup(cancel)
			return ctx, testkit.Engine(t), request(t, shortEpisode), func(p Progress) {
				if p.Done {
					cancel()
				}
			}
		},
	}
	for name, setup := range fails {
		for _, out := range []string{existing, link, filepath.Join(dir, "new.wav")} {
			ctx, syn, req, progress := setup()
			_, err := Render(ctx, syn, req, Options{Output: out, Captions: filepath.Join(dir, "ep.vtt"), Progress: progress})
			if !errors.Is(err, errBoom) && !errors.Is(err, context.Canceled) {
				t.Errorf("%s, %s: err = %v", name, out, err)
			}
			for _, f := range []string{existing, target, filepath.Join(dir, "ep.vtt")} {
				if got, want := string(testkit.ReadFile(t, f)), "old "+filepath.Base(f); got != want {
					t.Errorf("%s, %s: %s holds %q", name, out, f, got)
				}
			}
			if got := readDir(t, dir); !reflect.DeepEqual(got, before) {
				t.Errorf("%s, %s: directory holds %v, want %v", name, out, got, before)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("%s, %s: the link is gone: %v", name, out, err)
			}
		}
	}
}

// TestRenderRefusesSameFile: the episode and its captions may not be one file, however named;
// Render refuses before synthesizing anything.
func TestRenderRefusesSameFile(t *testing.T) {
	dir := t.TempDir()
	ep := filepath.Join(dir, "ep.srt") // an episode named like captions
	if err := os.WriteFile(ep, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("ep.srt", filepath.Join(dir, "link.srt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(ep, filepath.Join(dir, "hard.srt")); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{
		{ep, ep},
		{ep, filepath.Join(dir, "link.srt")},
		{ep, filepath.Join(dir, "hard.srt")},
		{filepath.Join(dir, "new.srt"), filepath.Join(dir, ".", "new.srt")},
		{"-", "-"},
	} {
		syn := &recording{Engine: testkit.Engine(t)}
		_, err := Render(context.Background(), syn, request(t, shortEpisode), Options{Output: c[0], Captions: c[1], Stdout: &bytes.Buffer{}, CaptionFormat: captions.SRT})
		if !errors.Is(err, ErrRender) || !strings.Contains(err.Error(), "same file") || syn.rec.Calls != 0 {
			t.Errorf("%s and %s: %v after %d blocks of audio", c[0], c[1], err, syn.rec.Calls)
		}
	}
	if got := string(testkit.ReadFile(t, ep)); got != "keep" {
		t.Errorf("the file holds %q", got)
	}
}

// sinkFunc is a monitor: a sink with a Start method.
type monitor struct {
	testkit.Recorder
	rate     int
	startErr error
	failAt   int // fail the Audio call that reaches this many samples (0: never)
}

var errNoDevice = errors.New("no usable sound device")

func (m *monitor) Start(rate int) error {
	m.rate = rate
	return m.startErr
}

func (m *monitor) Audio(p []float32) error {
	if err := m.Recorder.Audio(p); err != nil {
		return err
	}
	if m.failAt > 0 && len(m.Samples) >= m.failAt {
		return errBoom
	}
	return nil
}

// TestRenderMonitor: the monitor is given exactly what the file holds, after the file is
// complete; a monitor that fails (no sound device at Start, or part-way) does not fail the
// render or its files, and its error is reported.
func TestRenderMonitor(t *testing.T) {
	for _, c := range []struct {
		name      string
		mon       *monitor
		noNorm    bool
		want      error
		wantAudio bool
	}{
		{"plays", &monitor{}, false, nil, true},
		{"plays as synthesized", &monitor{}, true, nil, true},
		{"no device", &monitor{startErr: errNoDevice}, false, errNoDevice, false},
		{"fails part-way", &monitor{failAt: 10000}, false, errBoom, false},
	} {
		dir := t.TempDir()
		out := filepath.Join(dir, "ep.wav")
		c.mon.OnAudio = func(*testkit.Recorder) error {
			// The episode is complete before anything plays.
			if _, err := os.Stat(out); err != nil {
				return err
			}
			return nil
		}
		res, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: out, Monitor: c.mon, NoNormalize: c.noNorm})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !errors.Is(res.MonitorErr, c.want) || (c.want == nil) != (res.MonitorErr == nil) {
			t.Errorf("%s: MonitorErr = %v, want %v", c.name, res.MonitorErr, c.want)
		}
		file, rate := testkit.ReadWAV(t, out)
		if c.mon.rate != rate || int64(len(file)) != res.Samples {
			t.Errorf("%s: monitor started at %d Hz; file %d samples at %d Hz", c.name, c.mon.rate, len(file), rate)
		}
		if !c.wantAudio {
			if c.want == errNoDevice && c.mon.Calls != 0 {
				t.Errorf("%s: %d blocks after a failed Start", c.name, c.mon.Calls)
			}
			continue
		}
		if len(c.mon.Samples) != len(file) {
			t.Fatalf("%s: monitor got %d samples, the file holds %d", c.name, len(c.mon.Samples), len(file))
		}
		for i := range file {
			if c.mon.Samples[i] != file[i] {
				t.Fatalf("%s: sample %d: monitor %g, file %g", c.name, i, c.mon.Samples[i], file[i])
			}
		}
	}
}

// TestRenderRewrites: when the written episode misses the true-peak limit (here because the
// limiter is made to aim 0.5 dB over it), a seekable output is written again, corrected; a
// stream, which cannot be, is an error.
func TestRenderRewrites(t *testing.T) {
	over := -0.5
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.wav")
	res, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: out, tpMargin: &over})
	if err != nil {
		t.Fatal(err)
	}
	lufs, tp := loudness(t, out)
	if tp > DefaultTruePeakLimit || math.Abs(lufs-DefaultTargetLUFS) > lufsTolerance || math.Abs(tp-res.TruePeakAfter) > 0.05 {
		t.Errorf("rewritten: %.2f LUFS %.2f dBTP (result %.2f dBTP)", lufs, tp, res.TruePeakAfter)
	}
	var stream bytes.Buffer
	_, err = Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: "-", Stdout: &stream, tpMargin: &over})
	if !errors.Is(err, ErrRender) || !strings.Contains(err.Error(), "true peak") {
		t.Errorf("stream: err = %v", err)
	}
	if !res.Limited {
		t.Error("the test is weak: nothing was limited")
	}
}

// TestQuantize: the branch-free rounding is audio.ToInt16's, and samples go to and from the
// files little-endian.
func TestQuantize(t *testing.T) {
	xs := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 1.5, -1.5, 0.5 / 32767, -0.5 / 32767, 1.5 / 32767, -1.5 / 32767,
		32766.5 / 32767, -32767.5 / 32767, float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 2, -2}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 100000 {
		xs = append(xs, float32(rng.Float64()*2.2-1.1))
	}
	for _, x := range xs {
		if got, want := toInt16(x), audio.ToInt16(x); got != want {
			t.Fatalf("toInt16(%v) = %d, audio.ToInt16 %d", x, got, want)
		}
	}
	samples := []int16{0, 1, -1, 255, 256, -256, 32767, -32768, 0x1234}
	b := make([]byte, 2*len(samples))
	encodePCM(b, samples)
	for i, v := range samples {
		if got := int16(binary.LittleEndian.Uint16(b[2*i:])); got != v {
			t.Errorf("sample %d encoded as %d", v, got)
		}
	}
	back := make([]int16, len(samples))
	decodePCM(back, b)
	if !reflect.DeepEqual(back, samples) {
		t.Errorf("decoded %v, want %v", back, samples)
	}
}
