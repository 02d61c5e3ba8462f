//go:build unix

package podcast

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// readFIFO opens the named pipe at path for reading (which waits for a writer) and returns
// what it reads until the writer closes it.
func readFIFO(path string) <-chan []byte {
	ch := make(chan []byte, 1)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			ch <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		ch <- b
	}()
	return ch
}

// TestRenderFIFO: a named pipe is written, never replaced: it receives the episode as a file
// would hold it (the header's sizes known before the first byte), and nothing when the render
// fails; afterwards it is still a named pipe.
func TestRenderFIFO(t *testing.T) {
	want, _ := reference(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.wav")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := readFIFO(fifo)
	if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: fifo}); err != nil {
		t.Fatal(err)
	}
	if b := <-got; !bytes.Equal(b, want) {
		t.Errorf("the pipe carried %d bytes, a file holds %d", len(b), len(want))
	}

	got = readFIFO(fifo)
	req := synth.Request{Parts: []synth.Part{{Text: "hello"}}, SampleRate: 24000}
	if _, err := Render(context.Background(), failing{after: 20}, req, Options{Output: fifo}); !errors.Is(err, errBoom) {
		t.Errorf("err = %v", err)
	}
	if b := <-got; len(b) != 0 {
		t.Errorf("a failed render sent %d bytes", len(b))
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("%s is no longer a named pipe: %v", fifo, err)
	}
	if names := readDir(t, dir); len(names) != 1 {
		t.Errorf("directory holds %v", names)
	}
}

// TestRenderDevice: a device is written into, not replaced, and the temporary audio goes to
// the system's temporary directory, not the device's.
func TestRenderDevice(t *testing.T) {
	fi, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var during []string
	progress := func(p Progress) {
		if p.Done {
			during = readDir(t, tmp)
		}
	}
	if _, err := Render(context.Background(), testkit.Engine(t), request(t, shortEpisode), Options{Output: os.DevNull, Progress: progress}); err != nil {
		t.Fatal(err)
	}
	if len(during) != 2 {
		t.Errorf("the temporary directory held %v during the render, want the audio and its frames", during)
	}
	after, err := os.Stat(os.DevNull)
	if err != nil || after.Mode() != fi.Mode() || !os.SameFile(fi, after) {
		t.Errorf("%s changed: %v → %v (%v)", os.DevNull, fi.Mode(), after.Mode(), err)
	}
	if names := readDir(t, tmp); len(names) != 0 {
		t.Errorf("left in the temporary directory: %v", names)
	}
}
