package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testcerts"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// startHTTPDaemon runs chorusd with --http on free loopback ports and returns its HTTP base URL.
func startHTTPDaemon(t *testing.T, args ...string) (*daemon, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	d := &daemon{logs: &syncBuffer{}, signal: cancel, exited: make(chan int, 1)}
	ready := make(chan net.Addr, 2)
	go func() {
		d.exited <- run(ctx, append([]string{"--listen", "127.0.0.1:0", "--http", "127.0.0.1:0", "--log-format", "json"}, args...),
			env{stderr: d.logs, ready: ready})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-d.exited:
		case <-time.After(hangGuard):
			t.Errorf("chorusd still running %v after the test", hangGuard)
		}
	})
	var addrs []string
	for len(addrs) < 2 {
		select {
		case a := <-ready:
			addrs = append(addrs, a.String())
		case code := <-d.exited:
			d.exited <- code
			t.Fatalf("exited %d before listening: %s", code, d.logs)
		case <-time.After(hangGuard):
			t.Fatalf("not listening after %v", hangGuard)
		}
	}
	d.addr = addrs[0]
	return d, "http://" + addrs[1]
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

// chorusd --http serves the API and the playground beside gRPC, with the server's tokens, and
// on SIGTERM lets a running HTTP request finish before it exits; --voice-alias reaches the API.
func TestHTTPBesideGRPC(t *testing.T) {
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("web:tok-0123456789abcdef\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d, url := startHTTPDaemon(t, "--auth-tokens", tokens, "--shutdown-timeout", "30s", "--openai-voices", "--voice-alias", "onyx=joe")

	if resp, _ := get(t, url+"/healthz"); resp.StatusCode != 200 {
		t.Errorf("/healthz: %d", resp.StatusCode)
	}
	if resp, _ := get(t, url+"/readyz"); resp.StatusCode != 200 {
		t.Errorf("/readyz: %d", resp.StatusCode)
	}
	if resp, b := get(t, url+"/"); resp.StatusCode != 200 || !strings.Contains(string(b), "<title>Chorus playground</title>") {
		t.Errorf("/: %d, %.100s", resp.StatusCode, b)
	}
	if resp, _ := get(t, url+"/v1/voices"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("/v1/voices without a token: %d, want 401", resp.StatusCode)
	}

	speak := func(voice, text string) *http.Response {
		req, err := http.NewRequest("POST", url+"/v1/audio/speech", strings.NewReader(fmt.Sprintf(`{"input":%q,"voice":%q,"response_format":"pcm"}`, text, voice)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer tok-0123456789abcdef")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		return resp
	}
	// --openai-voices gives OpenAI's names, and --voice-alias overrides one of them.
	req, err := http.NewRequest("GET", url+"/v1/voices", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer tok-0123456789abcdef")
	vr, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var listing struct {
		Voices []struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		} `json:"voices"`
	}
	err = json.NewDecoder(vr.Body).Decode(&listing)
	vr.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	aliasOf := map[string]string{}
	for _, v := range listing.Voices {
		for _, a := range v.Aliases {
			aliasOf[a] = v.Name
		}
	}
	for name, want := range map[string]string{"alloy": "slt", "echo": "kal", "shimmer": "val", "onyx": "joe"} {
		if aliasOf[name] != want {
			t.Errorf("GET /v1/voices: %s is an alias of %q, want %q (%v)", name, aliasOf[name], want, aliasOf)
		}
	}
	resp := speak("onyx", "Over HTTP.") // an alias of joe, overriding the preset's sam
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := testkit.Render(t, testkit.Engine(t), synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "joe", Text: "Over HTTP."}}})
	if want := audio.Encode(nil, audio.PCM16, rec.Samples); !bytes.Equal(got, want) {
		t.Errorf("%d bytes over HTTP, the engine renders %d: they differ", len(got), len(want))
	}

	// A long request in flight when the signal comes is finished, whole, before chorusd exits.
	long := strings.Repeat("A request that is still being spoken when the server is told to stop. ", 10)
	resp = speak("joe", long)
	defer resp.Body.Close()
	first := make([]byte, 4800)
	if _, err := io.ReadFull(resp.Body, first); err != nil {
		t.Fatal(err)
	}
	d.signal()
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("the request in flight was cut at shutdown: %v", err)
	}
	rec, _ = testkit.Render(t, testkit.Engine(t), synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "joe", Text: long}}})
	if n, want := len(first)+len(rest), 2*len(rec.Samples); n != want {
		t.Errorf("the request in flight at shutdown got %d bytes, want %d", n, want)
	}
	if code := d.wait(t, hangGuard); code != 0 {
		t.Errorf("exit %d after SIGTERM: %s", code, d.logs)
	}
}

// An HTTP address other than loopback needs TLS or --insecure, as the gRPC one does.
func TestHTTPRefusesPlainTextOnNetwork(t *testing.T) {
	var errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	code := run(ctx, []string{"--listen", "127.0.0.1:0", "--http", "0.0.0.0:0"}, env{stderr: &errb})
	if code != 2 || !strings.Contains(errb.String(), "--http: refusing to serve plain text") {
		t.Errorf("exit %d, stderr %q; want 2 and the refusal", code, errb.String())
	}
}

// With --tls-cert the HTTP port serves HTTPS with the gRPC server's certificate, over HTTP/2 and
// HTTP/1.1 alike, and plain HTTP on it fails.
func TestHTTPServesTLS(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	pair := ca.Server(t, dir, "server")
	_, url := startHTTPDaemon(t, "--tls-cert", pair.CertFile, "--tls-key", pair.KeyFile)
	url = strings.Replace(url, "http://", "https://", 1)
	for _, tc := range []struct {
		proto string
		h2    bool
	}{{"HTTP/2.0", true}, {"HTTP/1.1", false}} {
		tr := &http.Transport{TLSClientConfig: &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}, ForceAttemptHTTP2: tc.h2}
		if !tc.h2 {
			tr.TLSNextProto = map[string]func(string, *tls.Conn) http.RoundTripper{} // HTTP/1.1 only
		}
		client := &http.Client{Transport: tr, Timeout: hangGuard}
		resp, err := client.Post(url+"/v1/audio/speech", "application/json", strings.NewReader(`{"input":"Secure.","response_format":"wav"}`))
		if err != nil {
			t.Fatalf("%s: %v", tc.proto, err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 || resp.Proto != tc.proto || len(b) < 44+2400 {
			t.Errorf("%s: status %d over %s, %d bytes, %v", tc.proto, resp.StatusCode, resp.Proto, len(b), err)
		}
		tr.CloseIdleConnections()
	}
	resp, err := http.Get(strings.Replace(url, "https://", "http://", 1) + "/healthz")
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Error("plain HTTP on the TLS port was served")
		}
	}
}
