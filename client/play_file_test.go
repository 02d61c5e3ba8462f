package client_test

import (
	"context"
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

const playedText = "Playing into a file, through the sound device."

// TestPlaybackReachesTheDevice plays through ALSA for real, with the default device pointed at
// the file plugin (testdata/asoundrc.tmpl), and checks that exactly the synthesized samples
// reached it. Playback runs in a child process: oto keeps one device open per process and,
// on a null sink, writes silence as fast as it can until the process ends.
func TestPlaybackReachesTheDevice(t *testing.T) {
	if os.Getenv("CHORUS_PLAY_CHILD") == "1" {
		dev := &client.Device{ReadyTimeout: 5 * time.Second}
		if _, err := dev.Play(context.Background(), client.Local{Engine: engine(t)}, synth.Request{Parts: []synth.Part{{Text: playedText}}}); err != nil {
			t.Fatalf("play: %v", err)
		}
		return
	}
	home := t.TempDir()
	out := filepath.Join(home, "played.raw")
	tmpl, err := os.ReadFile("testdata/asoundrc.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, ".asoundrc"), []byte(strings.ReplaceAll(string(tmpl), "@OUT@", out)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestPlaybackReachesTheDevice$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CHORUS_PLAY_CHILD=1", "HOME="+home)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("playback child: %v\n%s", err, b)
	}

	// What should have been played: the same request rendered to PCM16.
	var want recorder
	if _, err := (client.Local{Engine: engine(t)}).Synthesize(context.Background(), synth.Request{Parts: []synth.Part{{Text: playedText}}}, &want); err != nil {
		t.Fatal(err)
	}
	exp := want.pcm16()
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// oto opens ALSA in 32-bit float; our 16-bit samples arrive scaled by 1/32768.
	got := make([]int16, len(raw)/4)
	for i := range got {
		f := math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		got[i] = int16(math.Round(float64(f) * 32768))
	}
	// The null sink takes samples faster than real time, so the player can run dry and the
	// device then plays inserted silence. A zero says nothing (silence or gap), and the 16-bit
	// samples survive oto's float conversion exactly, so the speech that reached the device
	// without its zeros must equal the synthesized speech without its zeros, sample for sample.
	nonzero := func(p []int16) []int16 {
		var out []int16
		for _, v := range p {
			if v != 0 {
				out = append(out, v)
			}
		}
		return out
	}
	e, g := nonzero(exp), nonzero(got)
	if len(e) < len(exp)/2 {
		t.Fatalf("the synthesized speech is mostly zeros (%d of %d)", len(exp)-len(e), len(exp))
	}
	if len(g) != len(e) {
		t.Fatalf("the device received %d non-zero samples, the synthesis made %d", len(g), len(e))
	}
	for i := range e {
		if e[i] != g[i] {
			t.Fatalf("sample %d of the speech differs: played %d, synthesized %d", i, g[i], e[i])
		}
	}
	inserted := len(got) - len(exp)
	t.Logf("the device received all %d samples of speech, in order (plus %d samples of underrun silence on the null sink)", len(exp), inserted)
}
