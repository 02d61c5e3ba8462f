// Package testkit holds the helpers that tests across Chorus share: one engine over the embedded
// catalog, a recording sink and a WAV reader.
package testkit

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
	"github.com/chorus-tts/chorus/voices"
)

// The engine is immutable and safe for concurrent use; building it once per test binary keeps
// the tests fast.
var shared = sync.OnceValues(func() (*synth.Engine, error) {
	cat, err := voices.Load()
	if err != nil {
		return nil, err
	}
	return synth.New(cat)
})

// Engine returns an engine over the embedded voice catalog with default options, shared by every
// test of the binary. It fails the test if the engine cannot be built.
func Engine(t testing.TB) *synth.Engine {
	t.Helper()
	e, err := shared()
	if err != nil {
		t.Fatalf("testkit: engine: %v", err)
	}
	return e
}

// Recorder is a synth.Sink that keeps everything it is given. OnAudio, when set, runs after each
// Audio call, and its error is returned from it (to fail or cancel a render part-way).
type Recorder struct {
	Samples []float32
	Words   []synth.WordTiming
	Calls   int // Audio calls
	OnAudio func(r *Recorder) error
}

// Audio appends p.
func (r *Recorder) Audio(p []float32) error {
	r.Samples = append(r.Samples, p...)
	r.Calls++
	if r.OnAudio != nil {
		return r.OnAudio(r)
	}
	return nil
}

// Word appends w.
func (r *Recorder) Word(w synth.WordTiming) error {
	r.Words = append(r.Words, w)
	return nil
}

// Render synthesizes req on e into a new Recorder and fails the test on error.
func Render(t testing.TB, e *synth.Engine, req synth.Request) (*Recorder, synth.Summary) {
	t.Helper()
	rec := &Recorder{}
	sum, err := e.Synthesize(context.Background(), req, rec)
	if err != nil {
		t.Fatalf("Synthesize: %v", err)
	}
	return rec, sum
}

// ReadWAV reads a 16-bit mono WAV file and returns its samples and rate, failing the test if the
// file is missing or malformed.
func ReadWAV(t testing.TB, path string) ([]float32, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, rate, err := audio.ReadWAV(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s, rate
}

// ReadFile returns the contents of path, failing the test if it cannot be read.
func ReadFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
