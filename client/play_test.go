package client_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// The playback tests play through ALSA for real, on a device the test brings along:
// testdata/asound.conf, selected with ALSA_CONFIG_PATH, makes the default device ALSA's file
// plugin in front of a null sink, so playback works without a sound card and everything played
// reaches a file, here a named pipe the test reads. Each test runs its playback in a child
// process (this test binary, running that one test with childEnv set): oto opens one device per
// process, and on a null sink it writes silence as fast as it can until the process ends.

const childEnv = "CHORUS_PLAYBACK_CHILD"

// inChild reports whether this process is the child that plays for test t.
func inChild(t *testing.T) bool { return os.Getenv(childEnv) == t.Name() }

// played is what reached the device: its non-zero samples in order, and the number of samples in
// all. The null sink takes samples faster than real time, so the player runs dry between blocks
// and the device plays silence meanwhile; a zero tells nothing (silence or underrun), so only the
// non-zero samples are compared with the synthesis.
type played struct {
	speech []int16
	total  int
}

// playInChild runs test t again in a child process whose ALSA configuration is config, and
// returns what reached the device. It fails t if the child fails.
func playInChild(t *testing.T, config string) played {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skipf("the playback tests bring their own ALSA device; on %s playback would go to the machine's sound card", runtime.GOOS)
	}
	cfg, err := filepath.Abs(config)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cfg); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(t.TempDir(), "device")
	if err := mkfifo(pipe); err != nil {
		t.Fatal(err)
	}
	// Each end of a named pipe waits, when opened, for the other: open both here. The writer the
	// test keeps means the reader sees the end of the stream only once the test closes it (after
	// the child has exited), whether or not the child ever opened the pipe.
	type opened struct {
		f   *os.File
		err error
	}
	rc := make(chan opened, 1)
	go func() {
		f, err := os.Open(pipe)
		rc <- opened{f, err}
	}()
	w, err := os.OpenFile(pipe, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := <-rc
	if r.err != nil {
		w.Close()
		t.Fatal(r.err)
	}
	defer r.f.Close()
	type result struct {
		p   played
		err error
	}
	got := make(chan result, 1)
	go func() {
		p, err := readDevice(r.f)
		got <- result{p, err}
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+t.Name(), "ALSA_CONFIG_PATH="+cfg, "CHORUS_ALSA_OUT="+pipe)
	out, cerr := cmd.CombinedOutput()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	res := <-got
	if cerr != nil {
		t.Fatalf("playback child: %v\n%s", cerr, out)
	}
	if res.err != nil {
		t.Fatalf("reading what the device received: %v", res.err)
	}
	return res.p
}

// readDevice reads the raw stream of the file plugin: 32-bit float samples (oto opens ALSA in
// float), which carry our 16-bit samples scaled by 1/32768, exactly.
func readDevice(r io.Reader) (played, error) {
	var p played
	br := bufio.NewReaderSize(r, 1<<16)
	buf := make([]byte, 1<<16)
	for {
		n, err := io.ReadFull(br, buf)
		if n%4 != 0 && err == io.ErrUnexpectedEOF {
			return p, fmt.Errorf("the stream ends inside a sample (%d bytes left over)", n%4)
		}
		for i := 0; i+4 <= n; i += 4 {
			f := math.Float32frombits(binary.LittleEndian.Uint32(buf[i:]))
			if v := int16(math.Round(float64(f) * 32768)); v != 0 {
				p.speech = append(p.speech, v)
			}
			p.total++
		}
		switch err {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			return p, nil
		default:
			return p, err
		}
	}
}

// speechOf renders req with the shared engine and returns its non-zero PCM16 samples, failing
// if it is mostly zeros (then comparing non-zero samples would say little).
func speechOf(t *testing.T, req synth.Request) []int16 {
	t.Helper()
	rec, _ := testkit.Render(t, testkit.Engine(t), req)
	all := pcm16(rec.Samples)
	speech := slices.DeleteFunc(slices.Clone(all), func(v int16) bool { return v == 0 })
	if len(speech) < len(all)/2 {
		t.Fatalf("the synthesized speech is mostly zeros (%d of %d)", len(all)-len(speech), len(all))
	}
	return speech
}

var playedText = synth.Request{Parts: []synth.Part{{Text: "Playing through the sound device, into a file."}}}

// TestPlaybackReachesTheDevice: every synthesized sample reaches the device, in order and
// bit-exact, and nothing else: a second request at another rate than the open device's is
// refused, naming the rate, before any of its audio is played. (Whether Play waits for the end of
// playback is not observable here: the null sink drains the player within microseconds of each
// write, so nothing is left to play when synthesis ends.)
func TestPlaybackReachesTheDevice(t *testing.T) {
	if inChild(t) {
		dev := &client.Device{}
		local := client.Local{Engine: testkit.Engine(t)}
		sum, err := dev.Play(context.Background(), local, playedText)
		if err != nil || sum.Samples == 0 {
			t.Fatalf("play: %v after %d samples", err, sum.Samples)
		}
		other := synth.Request{Parts: []synth.Part{{Text: "At another rate."}}, SampleRate: sum.SampleRate / 3}
		if _, err := dev.Play(context.Background(), local, other); err == nil || !strings.Contains(err.Error(), fmt.Sprint(other.SampleRate)) {
			t.Errorf("second rate: %v; want a refusal naming %d Hz", err, other.SampleRate)
		}
		return // the process ends here, and the parent reads what the device received
	}
	got := playInChild(t, "testdata/asound.conf")
	want := speechOf(t, playedText)
	if len(got.speech) != len(want) {
		t.Fatalf("the device received %d non-zero samples, the synthesis made %d", len(got.speech), len(want))
	}
	for i := range want {
		if got.speech[i] != want[i] {
			t.Fatalf("sample %d of the speech differs: played %d, synthesized %d", i, got.speech[i], want[i])
		}
	}
	t.Logf("the device received all %d non-zero samples of the speech, in order (%d samples in all, with the null sink's underruns)", len(want), got.total)
}

var longText = synth.Request{Parts: []synth.Part{{Text: strings.Repeat("This goes on and on. ", 20)}}}

// TestPlaybackStopsWhenCancelled: cancelling the context as the first audio reaches the device
// makes Play return context.Canceled, and synthesis and playback stop there: at most a second of
// audio goes to the device after it.
func TestPlaybackStopsWhenCancelled(t *testing.T) {
	if inChild(t) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		first := 0 // samples in the block during which the context was cancelled
		seen := &testkit.Recorder{OnAudio: func(r *testkit.Recorder) error {
			if r.Calls == 1 {
				first = len(r.Samples)
				cancel()
			}
			return nil
		}}
		dev := &client.Device{}
		sum, err := dev.Play(ctx, alsoTo{client.Local{Engine: testkit.Engine(t)}, seen}, longText)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled playback: %v", err)
		}
		// The engine checks for cancellation before every block it writes (1024 samples), and a
		// listener who stops playback expects silence at once: more than a second of audio after
		// the cancellation means it was not honoured. The request holds about 25 s.
		if after := len(seen.Samples) - first; after > sum.SampleRate {
			t.Errorf("%d samples went to the device after the cancellation (%d Hz)", after, sum.SampleRate)
		}
		return
	}
	got := playInChild(t, "testdata/asound.conf")
	rate, err := testkit.Engine(t).Validate(longText)
	if err != nil {
		t.Fatal(err)
	}
	// The player's buffer is dropped on cancellation, so the device may receive nothing at all.
	if len(got.speech) > rate {
		t.Errorf("the device received %d samples of speech (%d Hz) from a playback cancelled at its first block", len(got.speech), rate)
	}
}

// alsoTo is a Synthesizer that also gives everything it synthesizes to another sink, after the
// caller's.
type alsoTo struct {
	client.Synthesizer
	also synth.Sink
}

func (a alsoTo) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	return a.Synthesizer.Synthesize(ctx, req, client.Tee{sink, a.also})
}

// TestPlaybackWithoutADevice: where ALSA has no device at all, Play fails with ErrNoDevice,
// pointing to -o, before anything is synthesized, and nothing is played.
func TestPlaybackWithoutADevice(t *testing.T) {
	if inChild(t) {
		dev := &client.Device{}
		seen := &testkit.Recorder{}
		_, err := dev.Play(context.Background(), alsoTo{client.Local{Engine: testkit.Engine(t)}, seen}, playedText)
		if !errors.Is(err, client.ErrNoDevice) || !strings.Contains(err.Error(), "-o") {
			t.Errorf("play: %v; want ErrNoDevice pointing to -o", err)
		}
		if seen.Calls != 0 {
			t.Errorf("%d blocks of audio were synthesized for a device that does not exist", seen.Calls)
		}
		return
	}
	if got := playInChild(t, "testdata/no-device.conf"); got.total != 0 {
		t.Errorf("%d samples reached a device that does not exist", got.total)
	}
}
