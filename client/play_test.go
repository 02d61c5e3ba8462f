package client_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// TestPlayback plays through ALSA's null device (configured in a private HOME), so it runs
// without sound hardware: playback finishes, a second stream at another rate is refused
// clearly, and cancelling stops playback promptly. Where ALSA cannot even open the null device
// the test checks the other promise: a clear error, not a hang. oto allows one context per
// process, so everything shares one Device, as a program would.
func TestPlayback(t *testing.T) {
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, ".asoundrc"), []byte("pcm.!default { type null }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	dev := &client.Device{ReadyTimeout: 5 * time.Second}
	local := client.Local{Engine: engine(t)}
	ctx := context.Background()

	start := time.Now()
	sum, err := dev.Play(ctx, local, synth.Request{Parts: []synth.Part{{Text: "Playing on the null device."}}})
	elapsed := time.Since(start)
	if errors.Is(err, client.ErrNoDevice) {
		if elapsed > 10*time.Second || !strings.Contains(err.Error(), "-o") {
			t.Fatalf("no device: %v after %v; want a clear error within the timeout", err, elapsed)
		}
		t.Logf("ALSA null device unavailable here (%v); checked the error path only", err)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if sum.Samples == 0 || elapsed > time.Duration(sum.Seconds()*float64(time.Second))+15*time.Second {
		t.Errorf("played %d samples in %v", sum.Samples, elapsed)
	}

	// The device is open at the voice's rate; another rate is refused before any audio.
	_, err = dev.Play(ctx, local, synth.Request{Parts: []synth.Part{{Text: "Other rate."}}, SampleRate: 8000})
	if err == nil || !strings.Contains(err.Error(), "8000") {
		t.Errorf("second rate: %v", err)
	}

	// Cancelling mid-way returns promptly.
	cctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(300*time.Millisecond, cancel)
	start = time.Now()
	_, err = dev.Play(cctx, local, synth.Request{Parts: []synth.Part{{Text: strings.Repeat("This goes on and on. ", 200)}}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled playback: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("cancelled playback returned after %v", d)
	}
}
