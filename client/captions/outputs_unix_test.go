//go:build unix

package captions

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// testUnixOutputs covers the outputs only Unix has: a named pipe, and /dev/full for a device
// whose writes fail.
func testUnixOutputs(t *testing.T, dir string, cues []Cue, want []byte) {
	t.Run("named pipe", func(t *testing.T) {
		p := filepath.Join(dir, "pipe.vtt")
		if err := syscall.Mkfifo(p, 0o600); err != nil {
			t.Fatal(err)
		}
		got := make(chan []byte, 1)
		rerr := make(chan error, 1)
		go func() {
			b, err := os.ReadFile(p) // opens once the writer does
			rerr <- err
			got <- b
		}()
		if err := WriteFile(p, cues); err != nil {
			t.Fatal(err)
		}
		if err := <-rerr; err != nil {
			t.Fatal(err)
		}
		if b := <-got; !bytes.Equal(b, want) {
			t.Errorf("read %q from the pipe", b)
		}
		if fi, err := os.Lstat(p); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
			t.Errorf("the pipe is now %v (%v)", fi.Mode(), err)
		}
	})
	t.Run("write error", func(t *testing.T) {
		// A device that fails every write: the error comes back.
		if _, err := os.Stat("/dev/full"); err != nil {
			t.Fatalf("no /dev/full to fail writes: %v", err)
		}
		if err := WriteFileWith("/dev/full", cues, FileOptions{Format: WebVTT}); !errors.Is(err, syscall.ENOSPC) {
			t.Errorf("writing to /dev/full: %v", err)
		}
	})
}
