package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/synth"
)

// replicaEnv, set in a test binary's environment, makes it a plain chorusd with these arguments:
// a replica process of the balancing test, which can be stopped with SIGTERM or killed.
const replicaEnv = "CHORUSD_TEST_REPLICA"

// replicaMain is main for a replica process.
func replicaMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	return run(ctx, args, env{stderr: os.Stderr})
}

// proc is a chorusd process on a free loopback port, with its JSON log collected.
type proc struct {
	cmd    *exec.Cmd
	addr   string
	mu     sync.Mutex
	lines  []map[string]any
	raw    strings.Builder
	exited chan struct{} // closed once the process has been waited for
	err    error         // Wait's result, once exited is closed
}

func startProc(t *testing.T, args ...string) *proc {
	t.Helper()
	p := &proc{exited: make(chan struct{})}
	p.cmd = exec.Command(os.Args[0], "-test.run=^$")
	p.cmd.Env = append(os.Environ(), replicaEnv+"="+strings.Join(append([]string{"--listen", "127.0.0.1:0", "--log-format", "json"}, args...), " "),
		"GORACE=atexit_sleep_ms=0")
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	listening := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var rec map[string]any
			p.mu.Lock()
			p.raw.WriteString(sc.Text() + "\n")
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				p.lines = append(p.lines, rec)
				if rec["msg"] == "chorusd listening" {
					a, _ := rec["addr"].(string)
					listening <- a
				}
			}
			p.mu.Unlock()
		}
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill() // the test failed before stopping it
			<-p.exited
		}
	})
	select {
	case p.addr = <-listening:
	case <-p.exited:
		t.Fatalf("chorusd exited before listening: %v\n%s", p.err, p.log())
	case <-time.After(hangGuard):
		t.Fatalf("chorusd not listening after %v", hangGuard)
	}
	return p
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.raw.String()
}

// served counts the Synthesize calls the replica logged as finished with OK: its one
// "request" line per call.
func (p *proc) served() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, l := range p.lines {
		if l["msg"] == "request" && l["code"] == "OK" && strings.HasSuffix(l["method"].(string), "Synthesize") {
			n++
		}
	}
	return n
}

// has reports whether the replica logged a line with message msg.
func (p *proc) has(msg string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, l := range p.lines {
		if l["msg"] == msg {
			return true
		}
	}
	return false
}

// await polls cond until it holds, failing the test after hangGuard.
func await(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %v", what, hangGuard)
		}
		time.Sleep(10 * time.Millisecond) // polling interval, not a wait for an event
	}
}

func totalServed(ps []*proc) int {
	n := 0
	for _, p := range ps {
		n += p.served()
	}
	return n
}

// gate is a sink that reports its first audio on started and then holds the stream (reading
// nothing more) until open is closed: a call in flight on its server for as long as the test
// wants.
type gate struct {
	started chan<- struct{}
	open    <-chan struct{}
	once    sync.Once
}

func (g *gate) Audio([]float32) error {
	g.once.Do(func() {
		g.started <- struct{}{}
		<-g.open
	})
	return nil
}

func (g *gate) Word(synth.WordTiming) error { return nil }

type discard struct{}

func (discard) Audio([]float32) error       { return nil }
func (discard) Word(synth.WordTiming) error { return nil }

// heldCalls starts n calls of longText through c, each held by a gate after its first audio,
// and returns once all n are in flight; opening release lets them go on. Their errors arrive
// on the returned channel, one per call.
func heldCalls(t *testing.T, ctx context.Context, c *client.Client, n int, release <-chan struct{}) <-chan error {
	t.Helper()
	started := make(chan struct{}, n)
	errs := make(chan error, n)
	for range n {
		go func() {
			_, err := c.Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: longText}}}, &gate{started: started, open: release})
			errs <- err
		}()
	}
	for i := range n {
		select {
		case <-started:
		case err := <-errs:
			t.Fatalf("held call %d ended before its first audio: %v", i, err)
		case <-time.After(hangGuard):
			t.Fatalf("only %d of %d held calls started after %v", i, n, hangGuard)
		}
	}
	return errs
}

// Three chorusd processes behind one balanced client: calls spread over all three; one stopped
// with SIGTERM while serving loses no call; one killed while serving loses only its own calls,
// and their errors name it.
func TestThreeReplicas(t *testing.T) {
	const grace = 30 * time.Second
	var ps []*proc
	for range 3 {
		ps = append(ps, startProc(t, "--shutdown-timeout", grace.String(), "--drain-delay", "300ms"))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*hangGuard)
	defer cancel()
	c, err := client.Dial(ctx, ps[0].addr+","+ps[1].addr+","+ps[2].addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	say := func() error {
		_, err := c.Synthesize(ctx, synth.Request{Parts: []synth.Part{{Text: "Balanced."}}}, discard{})
		return err
	}

	// 1. The spread. Dial returns once one connection is up; calls reach a replica once its own
	// is, so first call until each has served one, then count a whole number of rounds.
	calls := 0
	await(t, "every replica serving", func() bool {
		if err := say(); err != nil {
			t.Fatal(err)
		}
		calls++
		await(t, "the replicas logging every call", func() bool { return totalServed(ps) == calls })
		return ps[0].served() > 0 && ps[1].served() > 0 && ps[2].served() > 0
	})
	var before []int
	for _, p := range ps {
		before = append(before, p.served())
	}
	const rounds = 5
	for range 3 * rounds {
		if err := say(); err != nil {
			t.Fatal(err)
		}
	}
	calls += 3 * rounds
	await(t, "the replicas logging every call", func() bool { return totalServed(ps) == calls })
	for i, p := range ps {
		if got := p.served() - before[i]; got != rounds {
			t.Errorf("replica %d served %d of %d round-robin calls, want %d", i, got, 3*rounds, rounds)
		}
	}

	// 2. A graceful stop mid-run. Six calls are held in flight (two on each replica), replica 1
	// is signalled, and calls keep coming while it drains; then the held calls are let go.
	release := make(chan struct{})
	held := heldCalls(t, ctx, c, 6, release)
	if err := ps[1].cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	await(t, "replica 1 shutting down", func() bool { return ps[1].has("shutting down") })
	for range 12 {
		if err := say(); err != nil {
			t.Errorf("a call made while replica 1 drained failed: %v", err)
		}
	}
	close(release)
	for range 6 {
		if err := <-held; err != nil {
			t.Errorf("a call in flight when replica 1 was stopped failed: %v", err)
		}
	}
	select {
	case <-ps[1].exited:
	case <-time.After(hangGuard):
		t.Fatalf("replica 1 still running %v after SIGTERM", hangGuard)
	}
	if ps[1].err != nil {
		t.Errorf("replica 1 exited with %v:\n%s", ps[1].err, ps[1].log())
	}
	if l := ps[1].log(); strings.Contains(l, "grace period") {
		t.Errorf("replica 1 did not drain within its grace period (a client's stream held it):\n%s", l)
	}
	if !ps[1].has("drain delay over; finishing running calls") {
		t.Errorf("replica 1 did not log the end of its drain delay:\n%s", ps[1].log())
	}

	// 3. A hard kill mid-run: four calls held (two on each of the replicas left), replica 2
	// killed. Its calls fail, naming it; the others finish.
	release = make(chan struct{})
	held = heldCalls(t, ctx, c, 4, release)
	if err := ps[2].cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-ps[2].exited
	close(release)
	var lost int
	for range 4 {
		err := <-held
		if err == nil {
			continue
		}
		lost++
		if !errors.Is(err, client.ErrUnavailable) || !strings.Contains(err.Error(), ps[2].addr) || !strings.Contains(err.Error(), "mid-stream") {
			t.Errorf("a lost call's error does not say it lost replica 2 (%s) mid-stream: %v", ps[2].addr, err)
		}
	}
	if lost != 2 {
		t.Errorf("%d of 4 held calls failed, want the 2 replica 2 served", lost)
	}
	// New calls go to the replica left.
	for range 6 {
		if err := say(); err != nil {
			t.Errorf("a call after replica 2 was killed failed: %v", err)
		}
	}
}
