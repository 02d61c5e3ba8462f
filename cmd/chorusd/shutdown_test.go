package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/voices"
)

// childEnv, set in a test binary's environment, makes it chorusd with these arguments and an
// engine whose Synthesize ignores cancellation: the misbehaving handler of the shutdown test.
const childEnv = "CHORUSD_TEST_STUCK_CHILD"

func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv(childEnv); ok {
		os.Exit(stuckChild(strings.Fields(args)))
	}
	if args, ok := os.LookupEnv(replicaEnv); ok {
		os.Exit(replicaMain(strings.Fields(args)))
	}
	os.Exit(m.Run())
}

// stuckEngine sends one block of audio, then never returns, whatever its context says.
type stuckEngine struct{ server.Engine }

func (s stuckEngine) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	if err := sink.Audio(make([]float32, 4800)); err != nil {
		return synth.Summary{}, err
	}
	<-make(chan struct{}) // ignores ctx for good
	return synth.Summary{}, nil
}

// stuckChild is main with a stuck engine.
func stuckChild(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	cat, err := voices.Load()
	if err != nil {
		return 3
	}
	eng, err := synth.New(cat)
	if err != nil {
		return 3
	}
	return run(ctx, args, env{stderr: os.Stderr, engine: stuckEngine{eng}})
}

// The grace period is enforced even for a handler that ignores cancellation: after SIGTERM the
// process exits within grace + 1 s (the probe's stopped after 515 s).
func TestShutdownExitsWithinGraceWhenHandlersIgnoreCancellation(t *testing.T) {
	const grace = time.Second
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	// GORACE: a race-enabled binary otherwise sleeps a second in os.Exit (atexit_sleep_ms), which
	// a chorusd built without -race does not.
	cmd.Env = append(os.Environ(), childEnv+"=--listen 127.0.0.1:0 --log-format json --shutdown-timeout "+grace.String(),
		"GORACE=atexit_sleep_ms=0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	var logs strings.Builder
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill() // only after a failure: the test waits for the exit otherwise
			<-exited
		}
	})
	// The address from the "listening" line.
	var addr string
	for addr == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("chorusd exited before listening:\n%s", logs.String())
			}
			logs.WriteString(l + "\n")
			var rec map[string]any
			if json.Unmarshal([]byte(l), &rec) == nil && rec["msg"] == "chorusd listening" {
				addr, _ = rec["addr"].(string)
			}
		case <-time.After(hangGuard):
			t.Fatalf("not listening after %v:\n%s", hangGuard, logs.String())
		}
	}
	go func() {
		// Drain the log so the child never blocks on a full pipe, then wait.
		for l := range lines {
			logs.WriteString(l + "\n")
		}
		exited <- cmd.Wait()
	}()

	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	stream, err := chorusv1.NewChorusClient(conn).Synthesize(ctx, &chorusv1.SynthesizeRequest{
		Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: "Stuck for good."}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"format", "audio"} { // the handler is running, stuck in the engine
		m, err := stream.Recv()
		if err != nil || kind(m) != want {
			t.Fatalf("want %s: %v %v", want, m, err)
		}
	}

	signalled := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		took := time.Since(signalled)
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		if code := cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("exit code %d", code)
		}
		// The property under test: exit within the grace period plus one second.
		if took > grace+time.Second {
			t.Errorf("exited %v after SIGTERM, over the %v grace period + 1 s", took, grace)
		}
		if took < grace {
			t.Errorf("exited %v after SIGTERM, before the grace period was over", took)
		}
		t.Logf("exited %v after SIGTERM (grace %v)", took, grace)
	case <-time.After(hangGuard):
		t.Fatalf("still running %v after SIGTERM:\n%s", hangGuard, logs.String())
	}
	if !strings.Contains(logs.String(), "exiting without them") {
		t.Errorf("the log does not say handlers were left behind:\n%s", logs.String())
	}
	// The client's stream ends with an error, not a summary.
	var rerr error
	for rerr == nil {
		_, rerr = stream.Recv()
	}
	if rerr == io.EOF {
		t.Error("the stuck stream ended normally")
	}
}
