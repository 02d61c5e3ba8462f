package main

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// noDevicePlayer plays as client.Device does on a machine without a sound device: the sink's
// Start fails with client.ErrNoDevice.
type noDevicePlayer struct{ plays int }

func (p *noDevicePlayer) Play(ctx context.Context, s client.Synthesizer, req synth.Request) (synth.Summary, error) {
	p.plays++
	return s.Synthesize(ctx, req, noDeviceSink{})
}

type noDeviceSink struct{}

func (noDeviceSink) Start(int) error {
	return fmt.Errorf("%w: no card in this test", client.ErrNoDevice)
}
func (noDeviceSink) Audio([]float32) error       { return fmt.Errorf("audio played without a device") }
func (noDeviceSink) Word(synth.WordTiming) error { return nil }

// TestPlayAndSave: --play with -o plays and writes the same audio; without a sound device the
// file is still written, and a warning says why nothing played. Without -o, no device is an
// error.
func TestPlayAndSave(t *testing.T) {
	dir := t.TempDir()
	req := synth.Request{Parts: []synth.Part{{Text: "Played and saved."}}}
	out := filepath.Join(dir, "say.wav")
	p := &fakePlayer{}
	if r := runCmd(t, "", p, "say", "--play", "-o", out, "Played and saved."); r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sameAudio(t, out, req)
	want, _ := testkit.Render(t, testkit.Engine(t), req)
	if !reflect.DeepEqual(p.got.Samples, want.Samples) {
		t.Errorf("the player received %d samples, the request renders %d", len(p.got.Samples), len(want.Samples))
	}

	nd := &noDevicePlayer{}
	out2 := filepath.Join(dir, "nodevice.wav")
	r := runCmd(t, "", nd, "say", "--play", "-o", out2, "Played and saved.")
	if r.code != 0 || nd.plays != 1 || !strings.Contains(r.stderr, "chorus: warning: nothing was played: no usable sound device: no card in this test\n") {
		t.Fatalf("no device: exit %d, %d plays: %q", r.code, nd.plays, r.stderr)
	}
	sameAudio(t, out2, req)

	r = runCmd(t, "", nd, "say", "Played only.")
	if r.code != 1 || !strings.Contains(r.stderr, "no usable sound device") {
		t.Errorf("no device, no file: exit %d %q", r.code, r.stderr)
	}

	// render --play -o without a device.
	scriptPath, ep := filepath.Join(dir, "ep.txt"), filepath.Join(dir, "ep.wav")
	writeFile(t, scriptPath, episode)
	r = runCmd(t, "", &noDevicePlayer{}, "render", scriptPath, "--play", "-o", ep)
	if r.code != 0 || !strings.Contains(r.stderr, "warning: nothing was played: no usable sound device") {
		t.Fatalf("render without device: exit %d: %s", r.code, r.stderr)
	}
	checkSpeakingRate(t, ep, episode)
}
