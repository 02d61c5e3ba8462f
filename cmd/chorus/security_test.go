package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/internal/testcerts"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/internal/testserver"
)

const testToken = testserver.Token

// TestServerSecurityFlags: every command that talks to a server reaches one that requires TLS
// and a token when given --ca and --token (or CHORUS_TOKEN), and each missing piece fails with
// a message that says what is missing.
func TestServerSecurityFlags(t *testing.T) {
	addr, ca, dir := testserver.Secure(t, false)
	out := filepath.Join(dir, "out.wav")

	t.Run("flags", func(t *testing.T) {
		r := runCmd(t, "", nil, "say", "--server", addr, "--ca", ca.File, "--token", testToken, "-o", out, "Over TLS.")
		if r.code != exitOK {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		samples, _ := testkit.ReadWAV(t, out)
		if len(samples) == 0 {
			t.Fatal("no audio in the WAV")
		}
		for _, args := range [][]string{
			{"voices"},
			{"text", "--phonemes", "Over TLS."},
		} {
			r := runCmd(t, "", nil, append(args, "--server", addr, "--ca", ca.File, "--token", testToken)...)
			if r.code != exitOK || r.stdout == "" {
				t.Errorf("%v: exit %d, stdout %q, stderr %s", args, r.code, r.stdout, r.stderr)
			}
		}
	})
	t.Run("environment", func(t *testing.T) {
		t.Setenv(tokenEnv, testToken+"\n") // as read from a file: surrounding space is dropped
		r := runCmd(t, "", nil, "voices", "--server", addr, "--ca", ca.File)
		if r.code != exitOK {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	})
	t.Run("no token", func(t *testing.T) {
		t.Setenv(tokenEnv, "")
		r := runCmd(t, "", nil, "voices", "--server", addr, "--ca", ca.File)
		failed(t, r)
		if !strings.Contains(r.stderr, "Unauthenticated") || !strings.Contains(strings.ToLower(r.stderr), "token") {
			t.Errorf("stderr %q does not say a token is needed", r.stderr)
		}
	})
	t.Run("wrong token", func(t *testing.T) {
		r := runCmd(t, "", nil, "voices", "--server", addr, "--ca", ca.File, "--token", strings.Repeat("x", len(testToken)))
		failed(t, r)
		if !strings.Contains(r.stderr, "Unauthenticated") {
			t.Errorf("stderr %q does not say the token was refused", r.stderr)
		}
	})
	t.Run("no TLS", func(t *testing.T) {
		// Plaintext to a TLS port: the connection never comes up.
		r := runCmd(t, "", nil, "voices", "--server", addr, "--connect-timeout", "5s")
		failed(t, r)
		if !strings.Contains(r.stderr, addr) || !strings.Contains(r.stderr, "--ca") {
			t.Errorf("stderr %q does not name the server and suggest TLS", r.stderr)
		}
	})
	t.Run("untrusted CA", func(t *testing.T) {
		other := testcerts.NewCA(t, dir, "other")
		r := runCmd(t, "", nil, "voices", "--server", addr, "--ca", other.File, "--token", testToken, "--connect-timeout", "5s")
		failed(t, r)
		if !strings.Contains(r.stderr, "certificate") {
			t.Errorf("stderr %q does not say the certificate was not trusted", r.stderr)
		}
	})
}

// TestMutualTLSFlags: --cert and --key present a client certificate the server requires.
func TestMutualTLSFlags(t *testing.T) {
	addr, ca, dir := testserver.Secure(t, true)
	pair := ca.Client(t, dir, "client", "tester")
	r := runCmd(t, "", nil, "voices", "--server", addr, "--ca", ca.File, "--cert", pair.CertFile, "--key", pair.KeyFile, "--token", testToken)
	if r.code != exitOK {
		t.Fatalf("with a client certificate: exit %d: %s", r.code, r.stderr)
	}
	r = runCmd(t, "", nil, "voices", "--server", addr, "--ca", ca.File, "--token", testToken, "--connect-timeout", "5s")
	if r.code == exitOK {
		t.Fatal("without the client certificate the call succeeded")
	}
}

// TestSecurityFlagMistakes: connection flags without --server, and half a key pair, are
// refused before anything runs; a token is never sent in plain text off loopback.
func TestSecurityFlagMistakes(t *testing.T) {
	dir := t.TempDir()
	ca := testcerts.NewCA(t, dir, "ca")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"voices", "--token", testToken}, exitUsage, "need --server"},
		{[]string{"say", "--ca", ca.File, "hi"}, exitUsage, "need --server"},
		{[]string{"voices", "--server", "127.0.0.1:1", "--cert", ca.File}, exitFail, "both --cert and --key"},
		{[]string{"voices", "--server", "192.0.2.1:50051", "--token", testToken}, exitFail, "only over TLS"},
		{[]string{"voices", "--server", "127.0.0.1:1", "--ca", filepath.Join(dir, "missing.pem")}, exitFail, "missing.pem"},
	} {
		r := runCmd(t, "", nil, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	// Set for another program, the variable alone is no mistake in-process.
	t.Setenv(tokenEnv, testToken)
	if r := runCmd(t, "", nil, "voices"); r.code != exitOK {
		t.Errorf("voices with %s set and no --server: exit %d: %s", tokenEnv, r.code, r.stderr)
	}
}

// failed checks that a command ran and failed with exit status 1 and one line on stderr.
func failed(t *testing.T, r cmdResult) {
	t.Helper()
	if r.code != exitFail {
		t.Errorf("exit %d, want %d; stderr %q", r.code, exitFail, r.stderr)
	}
	runtimeError(t, nil, r)
}
