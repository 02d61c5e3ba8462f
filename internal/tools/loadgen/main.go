// Command loadgen drives a chorusd with concurrent Synthesize streams and reports errors,
// latency percentiles and the server's resident memory every interval: the soak test of the
// server (docs/server.md).
//
//	loadgen --addr 127.0.0.1:50051 --ca ca.pem --token-file token --streams 64 --duration 10m --pid $(pidof chorusd)
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	chorusv1 "github.com/chorus-tts/chorus/proto/chorus/v1"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:50051", "chorusd address")
	ca := flag.String("ca", "", "trust this CA's PEM certificate and use TLS")
	tokenFile := flag.String("token-file", "", "send the bearer token in this file (or CHORUS_TOKEN)")
	streams := flag.Int("streams", 64, "concurrent streams")
	conns := flag.Int("conns", 4, "client connections the streams share")
	duration := flag.Duration("duration", 10*time.Minute, "how long to run")
	every := flag.Duration("every", time.Minute, "report interval")
	pid := flag.Int("pid", 0, "report this process's resident memory (Linux)")
	text := flag.String("text", "The quick brown fox jumps over the lazy dog. It costs $3.50, and it arrived on Feb. 14, 1990.", "text of every request")
	flag.Parse()
	if err := run(*addr, *ca, *tokenFile, *streams, *conns, *duration, *every, *pid, *text); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

type bearer string

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(b)}, nil
}
func (b bearer) RequireTransportSecurity() bool { return true }

// stats collects results; it is reset at every report except for the totals.
type stats struct {
	mu         sync.Mutex
	ok         int
	errs       map[string]int
	latency    []time.Duration // whole stream
	firstChunk []time.Duration
	audio      float64 // seconds received
}

func (s *stats) take() (ok int, errs map[string]int, lat, first []time.Duration, audio float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ok, errs, lat, first, audio = s.ok, s.errs, s.latency, s.firstChunk, s.audio
	s.ok, s.errs, s.latency, s.firstChunk, s.audio = 0, map[string]int{}, nil, nil, 0
	return
}

func run(addr, ca, tokenFile string, streams, nconns int, duration, every time.Duration, pid int, text string) error {
	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	if ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			return err
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return fmt.Errorf("%s: no certificate", ca)
		}
		opts = []grpc.DialOption{grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{RootCAs: pool}))}
	}
	token := os.Getenv("CHORUS_TOKEN")
	if tokenFile != "" {
		b, err := os.ReadFile(tokenFile)
		if err != nil {
			return err
		}
		token = strings.TrimSpace(string(b))
	}
	if token != "" {
		opts = append(opts, grpc.WithPerRPCCredentials(bearer(token)))
	}
	var clients []chorusv1.ChorusClient
	for range max(1, nconns) {
		conn, err := grpc.NewClient(addr, opts...)
		if err != nil {
			return err
		}
		defer conn.Close()
		clients = append(clients, chorusv1.NewChorusClient(conn))
	}

	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, duration)
	defer stop()
	st := &stats{errs: map[string]int{}}
	var cut int
	var cutMu sync.Mutex
	var wg sync.WaitGroup
	for i := range streams {
		wg.Add(1)
		go func() {
			defer wg.Done()
			api := clients[i%len(clients)]
			for ctx.Err() == nil {
				start := time.Now()
				first, secs, err := one(ctx, api, text)
				if ctx.Err() != nil {
					cutMu.Lock()
					cut++ // the run ended under it
					cutMu.Unlock()
					return
				}
				st.mu.Lock()
				if err != nil {
					st.errs[status.Code(err).String()+": "+status.Convert(err).Message()]++
				} else {
					st.ok++
					st.latency = append(st.latency, time.Since(start))
					st.firstChunk = append(st.firstChunk, first)
					st.audio += secs
				}
				st.mu.Unlock()
			}
		}()
	}

	began := time.Now()
	var totalOK, totalErr int
	var totalAudio float64
	var allLat, allFirst []time.Duration
	cpu0, cpuErr := cpuSeconds(pid)
	report := func() {
		ok, errs, lat, first, audio := st.take()
		totalOK += ok
		for _, n := range errs {
			totalErr += n
		}
		allLat, allFirst = append(allLat, lat...), append(allFirst, first...)
		totalAudio += audio
		rss := "-"
		if pid > 0 {
			rss = residentMB(pid)
		}
		fmt.Printf("t=%5.0fs ok=%d errors=%d audio=%.0fs rss=%sMB latency p50=%v p99=%v first-chunk p50=%v p99=%v\n",
			time.Since(began).Seconds(), ok, sumErrs(errs), audio, rss, pct(lat, 50), pct(lat, 99), pct(first, 50), pct(first, 99))
		for e, n := range errs {
			fmt.Printf("  %d × %s\n", n, e)
		}
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
loop:
	for {
		select {
		case <-tick.C:
			report()
		case <-done:
			break loop
		}
	}
	report()
	wall := time.Since(began).Seconds()
	fmt.Printf("total: %d streams ok, %d errors, %d cut by the end of the run; latency p50=%v p99=%v; first chunk p50=%v p99=%v\n",
		totalOK, totalErr, cut, pct(allLat, 50), pct(allLat, 99), pct(allFirst, 50), pct(allFirst, 99))
	fmt.Printf("audio: %.0f s in %.1f s wall: %.1f audio seconds per second\n", totalAudio, wall, totalAudio/wall)
	if pid > 0 && cpuErr == nil {
		// The server's CPU time over the run (the streams cut at the end included, whose audio
		// is not counted: a slight underestimate of the speed per core).
		if cpu1, err := cpuSeconds(pid); err == nil && cpu1 > cpu0 {
			fmt.Printf("server CPU: %.1f s (%.2f cores busy): %.1f audio seconds per CPU second\n", cpu1-cpu0, (cpu1-cpu0)/wall, totalAudio/(cpu1-cpu0))
		}
	}
	if totalErr > 0 {
		return errors.New("errors during the run")
	}
	return nil
}

func sumErrs(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// one runs a stream to its end and returns when its first audio chunk came and the seconds of
// audio received.
func one(ctx context.Context, api chorusv1.ChorusClient, text string) (time.Duration, float64, error) {
	start := time.Now()
	stream, err := api.Synthesize(ctx, &chorusv1.SynthesizeRequest{Input: &chorusv1.SynthesisInput{Source: &chorusv1.SynthesisInput_Text{Text: text}}})
	if err != nil {
		return 0, 0, err
	}
	var first time.Duration
	var rate, samples float64
	for {
		m, err := stream.Recv()
		if err == io.EOF {
			if rate == 0 {
				return 0, 0, status.Error(codes.Internal, "no format message")
			}
			return first, samples / rate, nil
		}
		if err != nil {
			return 0, 0, err
		}
		switch {
		case m.GetFormat() != nil:
			rate = float64(m.GetFormat().GetSampleRateHertz())
		case m.GetAudio() != nil:
			if first == 0 {
				first = time.Since(start)
			}
			samples += float64(len(m.GetAudio().GetAudio()) / 2)
		}
	}
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)].Round(time.Millisecond)
}

// cpuSeconds reads the user and system CPU time of a process from /proc (Linux; USER_HZ 100).
func cpuSeconds(pid int) (float64, error) {
	if pid <= 0 {
		return 0, errors.New("no pid")
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, err
	}
	// The fields after the command name, which is in parentheses and may hold spaces.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0, errors.New("unexpected /proc stat")
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, errors.New("unexpected /proc stat")
	}
	utime, err1 := strconv.ParseFloat(f[11], 64)
	stime, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return 0, errors.New("unexpected /proc stat")
	}
	return (utime + stime) / 100, nil
}

// residentMB reads VmRSS of a process from /proc.
func residentMB(pid int) string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.Atoi(f[1])
			if err != nil {
				return "?"
			}
			return fmt.Sprintf("%.1f", float64(kb)/1024)
		}
	}
	return "?"
}
