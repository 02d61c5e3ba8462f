package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// engineCLI is a container engine's command line: podman with the settings the project's
// sandboxed machines need (harmless elsewhere: docs of ../shared/reference/containers.md), or
// docker.
type engineCLI struct {
	name string
	pre  []string // global flags for run/exec
	env  []string
}

func containerEngine(t *testing.T) engineCLI {
	t.Helper()
	if p, err := exec.LookPath("podman"); err == nil {
		// No default ulimits (raising them is forbidden in a sandbox), runc with cgroupfs.
		conf := filepath.Join(t.TempDir(), "containers.conf")
		if err := os.WriteFile(conf, []byte("[containers]\ndefault_ulimits = []\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return engineCLI{name: p, pre: []string{"--runtime", "runc", "--cgroup-manager=cgroupfs"}, env: append(os.Environ(), "CONTAINERS_CONF="+conf)}
	}
	if p, err := exec.LookPath("docker"); err == nil {
		return engineCLI{name: p, env: os.Environ()}
	}
	t.Fatal("podman (or docker) is needed to test the image: make test installs podman and runc")
	return engineCLI{}
}

func (e engineCLI) cmd(args ...string) *exec.Cmd {
	c := exec.Command(e.name, append(slices.Clone(e.pre), args...)...)
	c.Env = e.env
	return c
}

func (e engineCLI) run(t *testing.T, args ...string) string {
	t.Helper()
	out, err := e.cmd(args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(e.name), strings.Join(args, " "), err, out)
	}
	return string(out)
}

// The image builds from the Containerfile, runs chorusd as a non-root user with arguments passed
// to it, synthesizes what the engine does in-process, answers its own health probe and stops
// cleanly on SIGTERM.
func TestImage(t *testing.T) {
	eng := containerEngine(t)
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build the static binary: %v", err)
	}

	// The build context as make image lays it out: chorusd built with cgo (its codecs) and the
	// libraries it loads, where the Containerfile expects them.
	dir := t.TempDir()
	root := filepath.Join(dir, "bin", "image")
	build := exec.Command(goTool, "build", "-trimpath", "-tags", "netgo,osusergo", "-ldflags=-s -w", "-o", filepath.Join(root, "chorusd"), ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	if out, err := exec.Command("sh", "../../deploy/image-root.sh", root).CombinedOutput(); err != nil {
		t.Fatalf("deploy/image-root.sh: %v\n%s", err, out)
	}
	// The image redistributes the C library and the codec libraries: their packages' copyright
	// files go with them.
	docs, err := os.ReadDir(filepath.Join(root, "usr", "share", "doc"))
	if err != nil {
		t.Fatalf("no copyright files in the image: %v", err)
	}
	for _, pkg := range []string{"libc6", "libflac", "libopus0", "libopusenc", "libogg", "libmp3lame"} {
		if !slices.ContainsFunc(docs, func(d os.DirEntry) bool {
			_, err := os.Stat(filepath.Join(root, "usr", "share", "doc", d.Name(), "copyright"))
			return strings.HasPrefix(d.Name(), pkg) && err == nil
		}) {
			t.Errorf("no copyright file of %s* in the image (usr/share/doc holds %d packages)", pkg, len(docs))
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "Containerfile"), readFile(t, "../../Containerfile"), 0o644); err != nil {
		t.Fatal(err)
	}
	tag := fmt.Sprintf("localhost/chorusd-test-%d:latest", os.Getpid())
	args := []string{"build", "-q", "-t", tag, "-f", filepath.Join(dir, "Containerfile")}
	if filepath.Base(eng.name) == "podman" {
		args = append(args, "--format", "docker") // keeps HEALTHCHECK
	}
	eng.run(t, append(args, dir)...)
	t.Cleanup(func() { _ = eng.cmd("rmi", "-f", tag).Run() })

	// The image's configuration.
	var img []struct {
		Size        int64
		HealthCheck *struct{ Test []string } // podman puts it here
		Config      struct {
			User         string
			Entrypoint   []string
			ExposedPorts map[string]any
			Healthcheck  *struct{ Test []string }
		}
	}
	if err := json.Unmarshal([]byte(eng.run(t, "image", "inspect", tag)), &img); err != nil || len(img) != 1 {
		t.Fatalf("image inspect: %v", err)
	}
	cfg := img[0].Config
	if !regexp.MustCompile(`^[1-9][0-9]*(:[1-9][0-9]*)?$`).MatchString(cfg.User) {
		t.Errorf("user %q: want a numeric non-root user", cfg.User)
	}
	if !slices.Equal(cfg.Entrypoint, []string{"/chorusd"}) {
		t.Errorf("entrypoint %q, want chorusd", cfg.Entrypoint)
	}
	for _, p := range []string{"50051/tcp", "8080/tcp", "9090/tcp"} {
		if _, ok := cfg.ExposedPorts[p]; !ok {
			t.Errorf("port %s is not exposed (%v)", p, cfg.ExposedPorts)
		}
	}
	hc := cfg.Healthcheck // docker puts it here
	if hc == nil {
		hc = img[0].HealthCheck
	}
	if hc == nil || !slices.Contains(hc.Test, "health") {
		t.Errorf("no health check running chorusd health: %+v", hc)
	}
	t.Logf("image size: %d bytes (%.1f MB)", img[0].Size, float64(img[0].Size)/1e6)

	// Run it on the host's network (the sandbox allows no other), on a free loopback port that
	// chorusd picks and logs: the arguments go to chorusd.
	name := fmt.Sprintf("chorusd-test-%d", os.Getpid())
	eng.run(t, "run", "-d", "--name", name, "--network=host", tag, "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0", "--log-format", "json", "--shutdown-timeout", "5s")
	t.Cleanup(func() { _ = eng.cmd("rm", "-f", name).Run() })
	var addr, httpAddr string
	listening := regexp.MustCompile(`"msg":"chorusd listening","addr":"([^"]+)"`)
	httpListening := regexp.MustCompile(`"msg":"HTTP API listening","addr":"([^"]+)"`)
	deadline := time.Now().Add(hangGuard)
	for addr == "" || httpAddr == "" {
		out, _ := eng.cmd("logs", name).CombinedOutput()
		m, h := listening.FindSubmatch(out), httpListening.FindSubmatch(out)
		if m != nil && h != nil {
			addr, httpAddr = string(m[1]), string(h[1])
		} else if time.Now().After(deadline) {
			t.Fatalf("the container's chorusd is not listening after %v:\n%s", hangGuard, out)
		} else {
			time.Sleep(50 * time.Millisecond) // polling interval
		}
	}

	// Synthesis through the container equals the in-process engine's, after PCM16 on the wire.
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	c, err := client.Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	req := synth.Request{Parts: []synth.Part{{Text: "Hello from a container."}}}
	got := &testkit.Recorder{}
	if _, err := c.Synthesize(ctx, req, got); err != nil {
		t.Fatal(err)
	}
	local, _ := testkit.Render(t, testkit.Engine(t), req)
	want := audio.Decode(nil, audio.PCM16, audio.Encode(nil, audio.PCM16, local.Samples))
	if len(want) == 0 || !slices.Equal(got.Samples, want) {
		t.Errorf("the container's audio (%d samples) differs from the in-process render (%d samples)", len(got.Samples), len(want))
	}

	// Every format the HTTP API offers is encoded inside the image: FLAC decodes to the
	// in-process engine's samples exactly; MP3 and Opus are streams of their codec that last as
	// long (within 0.1 s: the encoders' delay and last-frame padding are a few tens of ms).
	text := "Every format comes out of the image."
	flacPCM := imageSpeech(t, httpAddr, text, "flac", "flac")
	pcm24, _ := testkit.Render(t, testkit.Engine(t), synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "sam", Text: text}}})
	if want := audio.Encode(nil, audio.PCM16, pcm24.Samples); !slices.Equal(flacPCM, want) {
		t.Errorf("FLAC from the image decodes to %d bytes, the engine's PCM has %d: they differ", len(flacPCM), len(want))
	}
	for _, f := range []struct{ format, codec string }{{"mp3", "mp3"}, {"opus", "opus"}} {
		pcm := imageSpeech(t, httpAddr, text, f.format, f.codec)
		if d := math.Abs(float64(len(pcm)-len(flacPCM))) / 2 / 24000; d > 0.1 {
			t.Errorf("%s from the image lasts %.3f s, FLAC %.3f s", f.format, float64(len(pcm))/2/24000, float64(len(flacPCM))/2/24000)
		}
	}

	// The health probe inside the image.
	if out := eng.run(t, "exec", name, "/chorusd", "health", "--addr", addr); strings.TrimSpace(out) != "SERVING" {
		t.Errorf("chorusd health in the container: %q", out)
	}

	// SIGTERM (stop) drains and exits 0, well within the engine's stop timeout.
	eng.run(t, "stop", "-t", "30", name)
	if code := strings.TrimSpace(eng.run(t, "inspect", name, "--format", "{{.State.ExitCode}}")); code != "0" {
		out, _ := eng.cmd("logs", name).CombinedOutput()
		t.Errorf("exit code %s after stop:\n%s", code, out)
	}
}

// imageSpeech asks the HTTP API at addr for text spoken by sam in format, checks that ffprobe
// reads the response as codec, and returns it decoded by ffmpeg (which make test installs) to
// 16-bit mono PCM at 24 kHz.
func imageSpeech(t *testing.T, addr, text, format, codec string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	body := fmt.Sprintf(`{"input":%q,"voice":"sam","response_format":%q}`, text, format)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/v1/audio/speech", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s from the image: status %d: %s", format, resp.StatusCode, data)
	}
	path := filepath.Join(t.TempDir(), "speech."+format)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(ctx, "ffprobe", "-v", "error", "-show_entries", "stream=codec_name", "-of", "csv=p=0", path).Output()
	if err != nil {
		t.Fatalf("ffprobe %s: %v (make test installs ffmpeg)", format, err)
	}
	if got := strings.TrimSpace(string(out)); got != codec {
		t.Errorf("%s from the image: ffprobe reads codec %q, want %q", format, got, codec)
	}
	pcm, err := exec.CommandContext(ctx, "ffmpeg", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", "24000", "-").Output()
	if err != nil {
		t.Fatalf("ffmpeg %s: %v", format, err)
	}
	return pcm
}
