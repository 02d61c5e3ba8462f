package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

// say --stream speaks standard input; cut at sentence boundaries (here: one read) it writes what
// say writes for the whole text, in-process and over gRPC.
func TestSayStreamWritesTheText(t *testing.T) {
	dir := t.TempDir()
	text := "First sentence here. And a second one, with a comma."
	addr := startServer(t)
	for i, where := range [][]string{nil, {"--server", addr}} {
		out := filepath.Join(dir, "s"+string(rune('0'+i))+".wav")
		args := append([]string{"say", "--stream", "--voice", "ava", "-o", out}, where...)
		if r := runCmd(t, text, nil, args...); r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		sameAudio(t, out, synth.Request{Parts: []synth.Part{{Voice: "ava", Text: text}}})
	}
	if r := runCmd(t, "", nil, "say", "--stream", "text", "-o", filepath.Join(dir, "x.wav")); r.code != exitUsage || !strings.Contains(r.stderr, "--stream reads standard input") {
		t.Errorf("--stream with TEXT: exit %d, %q", r.code, r.stderr)
	}
}

// firstAudio is standard output that says when audio (past the WAV header) has come.
type firstAudio struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	audio chan struct{}
	once  sync.Once
}

func (f *firstAudio) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.buf.Write(p)
	if f.buf.Len() > 44 {
		f.once.Do(func() { close(f.audio) })
	}
	return len(p), nil
}

func (f *firstAudio) bytes() []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]byte(nil), f.buf.Bytes()...)
}

// With --stream the first sentence's audio leaves on standard output before the rest of the
// input is written (the test writes it only then: a say that waited for the end of its input
// would never finish), and the WAV header says "length unknown", as streamed WAV does.
func TestSayStreamSpeaksBeforeTheInputEnds(t *testing.T) {
	addr := startServer(t)
	first, rest := "Hello there, this is the first sentence. ", "And this comes later."
	for _, where := range [][]string{nil, {"--server", addr}} {
		pr, pw := io.Pipe()
		out := &firstAudio{audio: make(chan struct{})}
		var errb bytes.Buffer
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		done := make(chan int, 1)
		go func() {
			done <- run(ctx, append([]string{"say", "--stream", "-o", "-"}, where...), pr, out, &errb, nil)
		}()
		if _, err := io.WriteString(pw, first); err != nil {
			t.Fatal(err)
		}
		select {
		case <-out.audio:
		case code := <-done:
			t.Fatalf("%q: say ended (exit %d) before the rest of its input: %s", where, code, errb.String())
		case <-ctx.Done():
			t.Fatalf("%q: no audio before the rest of the input: %v", where, ctx.Err())
		}
		if _, err := io.WriteString(pw, rest); err != nil {
			t.Fatal(err)
		}
		if err := pw.Close(); err != nil {
			t.Fatal(err)
		}
		if code := <-done; code != 0 {
			t.Fatalf("%q: exit %d: %s", where, code, errb.String())
		}
		cancel()
		b := out.bytes()
		if len(b) < 44 || string(b[:4]) != "RIFF" || binary.LittleEndian.Uint32(b[4:]) != 0xFFFFFFFF || binary.LittleEndian.Uint32(b[40:]) != 0xFFFFFFFF {
			t.Fatalf("%q: the header does not say the length is unknown: % x", where, b[:min(len(b), 44)])
		}
		want, _ := testkit.Render(t, testkit.Engine(t), synth.Request{Parts: []synth.Part{{Text: first + rest}}})
		got := make([]int16, (len(b)-44)/2)
		if _, err := binary.Decode(b[44:], binary.LittleEndian, got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, pcm16(want.Samples)) {
			t.Errorf("%q: %d samples streamed; the whole text renders %d", where, len(got), len(want.Samples))
		}
	}
}
