package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/diphone"
	"github.com/chorus-tts/chorus/synth/g2p"
	"github.com/chorus-tts/chorus/synth/hts"
	"github.com/chorus-tts/chorus/synth/prosody/model"
	"github.com/chorus-tts/chorus/synth/text"
)

// fakePlayer records what it was asked to play, running the synthesis into a recorder.
type fakePlayer struct {
	reqs []synth.Request
	got  testkit.Recorder
}

func (p *fakePlayer) Play(ctx context.Context, s client.Synthesizer, req synth.Request) (synth.Summary, error) {
	p.reqs = append(p.reqs, req)
	return s.Synthesize(ctx, req, &p.got)
}

// cmdResult is the outcome of one command line.
type cmdResult struct {
	code           int
	stdout, stderr string
}

// runCmd runs one command line in-process.
func runCmd(t *testing.T, stdin string, p Player, args ...string) cmdResult {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := run(ctx, args, strings.NewReader(stdin), &out, &errb, p)
	return cmdResult{code, out.String(), errb.String()}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startServer serves the shared engine on a loopback port.
func startServer(t *testing.T) string {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g, _ := server.NewGRPCServer(server.New(testkit.Engine(t), nil, server.Options{})) // the second result is the health service
	served := make(chan error, 1)
	go func() { served <- g.Serve(lis) }()
	t.Cleanup(func() {
		g.Stop()
		// Serve returns nil after Stop; anything else means the server failed under the test.
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return lis.Addr().String()
}

// TestMain lets the tests run this test binary as the chorus command itself, for what depends on
// real standard streams (pipes, redirection) and the real sound device: see chorusCmd.
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
	}
	os.Exit(m.Run())
}

const runMainEnv = "CHORUS_TEST_RUN_MAIN"

// chorusCmd is the chorus command line args run by this test binary in a child process, with
// the environment's ALSA configuration replaced by alsaConfig (under client/testdata; "" keeps
// the environment's).
func chorusCmd(t *testing.T, alsaConfig string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	if alsaConfig != "" {
		cfg, err := filepath.Abs(filepath.Join("..", "..", "client", "testdata", alsaConfig))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(cfg); err != nil {
			t.Fatal(err)
		}
		cmd.Env = append(cmd.Env, "ALSA_CONFIG_PATH="+cfg)
	}
	return cmd
}

// runtimeError checks that a command that ran and failed said so in one line without usage.
func runtimeError(t *testing.T, args []string, r cmdResult) {
	t.Helper()
	if strings.Count(r.stderr, "\n") != 1 || strings.Contains(r.stderr, "Usage") || strings.Contains(r.stderr, "goroutine") {
		t.Errorf("%q: runtime errors are one line without usage: %q", args, r.stderr)
	}
}

func TestErrorsExitNonZeroWithOneLine(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.wav")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"say", "--rate", "9", "-o", out, "hi"}, "chorus say: --rate: 9 is out of range"},
		{[]string{"say", "--voice", "nobody", "-o", out, "hi"}, "available voices: ava"},
		{[]string{"say", "--style", "grumpy", "-o", out, "hi"}, "--style"},
		{[]string{"say", "-o", out, "-"}, "nothing to say"},
		{[]string{"say", "-o", filepath.Join(dir, "missing", "x.wav"), "hi"}, "no such file or directory"},
		{[]string{"say", "--markup", "-o", out, "a <blink>b</blink>"}, "markup: column 3"},
		{[]string{"render", filepath.Join(dir, "nope.txt"), "-o", out}, "nope.txt"},
		{[]string{"say", "--server", "127.0.0.1:1", "--connect-timeout", "3s", "-o", out, "hi"}, "cannot connect"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 1 mentioning %q", tc.args, r.code, r.stderr, tc.want)
		}
		runtimeError(t, tc.args, r)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("failed commands left behind: %v", entries)
	}
}

func TestVoicesTextAndLicenses(t *testing.T) {
	r := runCmd(t, "", nil, "voices")
	if r.code != 0 || !strings.Contains(r.stdout, "joe *") || !strings.Contains(r.stdout, "cheerful") {
		t.Errorf("voices: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "text", "Hello world. It's 5 o'clock!")
	if r.code != 0 || r.stdout != "hello world\nit's five o'clock\n" {
		t.Errorf("text: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "Hello world.", nil, "text", "--phonemes")
	if r.code != 0 || r.stdout != "HH AH0 L OW1 W ER1 L D\n" {
		t.Errorf("text --phonemes: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	lex := filepath.Join(t.TempDir(), "lex.txt")
	writeFile(t, lex, "chorus\tK AO1 R AX0 S\n")
	r = runCmd(t, "", nil, "text", "chorus", "--phonemes", "--lexicon", lex)
	if r.code != 0 || r.stdout != "K AO1 R AH0 S\n" {
		t.Errorf("text --lexicon: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "Hello world.", nil, "text", "--by-word")
	if r.code != 0 || r.stdout != "hello\tHH AH0 L OW1\nworld\tW ER1 L D\n" {
		t.Errorf("text --by-word: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "", nil, "licenses")
	if r.code != 0 {
		t.Errorf("licenses: exit %d %s", r.code, r.stderr)
	}
	for _, notice := range []string{g2p.Notice(), diphone.Notice(), hts.Notice(), model.Notice(), text.Notice(), "google.golang.org/grpc", "libmp3lame"} {
		if strings.TrimSpace(notice) == "" || !strings.Contains(r.stdout, strings.TrimSpace(notice)) {
			t.Errorf("licenses lack the notice %.60q", notice)
		}
	}
}

type panicking struct{}

func (panicking) Play(context.Context, client.Synthesizer, synth.Request) (synth.Summary, error) {
	panic("bug")
}

func TestPanicEndsInOneLine(t *testing.T) {
	r := runCmd(t, "", panicking{}, "say", "hi")
	if r.code != 1 || r.stderr != "chorus: internal error: bug\n" {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
}
