//go:build linux

package main

import (
	"bufio"
	"encoding/binary"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// TestPlayAndSaveOnRealDevices runs chorus as a process on ALSA: with no device at all, and with
// a device (ALSA's file plugin) that records what it plays.
func TestPlayAndSaveOnRealDevices(t *testing.T) {
	dir := t.TempDir()
	req := synth.Request{Parts: []synth.Part{{Text: "Played and saved."}}}
	out := filepath.Join(dir, "nodevice.wav")
	cmd := chorusCmd(t, "no-device.conf", "say", "--play", "-o", out, "Played and saved.")
	b, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(b), "chorus: warning: nothing was played: no usable sound device") {
		t.Fatalf("no device: %v: %s", err, b)
	}
	if strings.Contains(string(b), "with -o") {
		t.Errorf("the warning tells to use -o, which was used: %s", b)
	}
	sameAudio(t, out, req)

	// A device: every non-zero sample played is the file's. The device writes into a named
	// pipe read as it plays (the null sink behind it plays silence as fast as it can until the
	// process ends: hundreds of megabytes a second).
	out = filepath.Join(dir, "played.wav")
	pipe := filepath.Join(dir, "device")
	done := playedReader(t, pipe)
	cmd = chorusCmd(t, "asound.conf", "say", "--play", "-o", out, "Played and saved.")
	cmd.Env = append(cmd.Env, "CHORUS_ALSA_OUT="+pipe)
	b, err = cmd.CombinedOutput()
	played := done()
	if err != nil || strings.Contains(string(b), "warning") {
		t.Fatalf("device: %v: %s", err, b)
	}
	sameAudio(t, out, req)
	got, _ := testkit.ReadWAV(t, out)
	saved := slices.DeleteFunc(pcm16(got), func(v int16) bool { return v == 0 })
	if len(saved) < len(got)/2 || !slices.Equal(played, saved) {
		t.Errorf("the device played %d non-zero samples, the file holds %d (of %d)", len(played), len(saved), len(got))
	}
}

// playedReader makes a named pipe at path for ALSA's file plugin and reads it as the device
// writes: 32-bit float samples carrying our 16-bit ones scaled by 1/32768. done closes the
// test's own writer (held so that a device that never opens the pipe cannot hang the test) and
// returns the non-zero samples played, in order.
func playedReader(t *testing.T, path string) (done func() []int16) {
	t.Helper()
	return fifo(t, path, func(r io.Reader) []int16 {
		var out []int16
		br := bufio.NewReaderSize(r, 1<<16)
		buf := make([]byte, 1<<16)
		for {
			n, err := io.ReadFull(br, buf)
			for i := 0; i+4 <= n; i += 4 {
				f := math.Float32frombits(binary.LittleEndian.Uint32(buf[i:]))
				if v := int16(math.Round(float64(f) * 32768)); v != 0 {
					out = append(out, v)
				}
			}
			if err != nil {
				if err != io.EOF && err != io.ErrUnexpectedEOF {
					t.Error(err)
				}
				return out
			}
		}
	})
}
