package client_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"github.com/chorus-tts/chorus/client"
	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
	"github.com/chorus-tts/chorus/synth/audio"
)

// saveReq is a short request, and want its samples as a WAV holds them.
func saveReq(t *testing.T) (synth.Request, []int16) {
	t.Helper()
	req := synth.Request{Parts: []synth.Part{{Text: "Saving to every kind of output."}}}
	rec, _ := testkit.Render(t, testkit.Engine(t), req)
	return req, pcm16(rec.Samples)
}

// wavSamples decodes a WAV and checks its sizes: exact (length known) or both 0xFFFFFFFF.
func wavSamples(t *testing.T, b []byte, unknownLength bool) []int16 {
	t.Helper()
	if len(b) < 44 {
		t.Fatalf("%d bytes: no WAV header", len(b))
	}
	riff, data := binary.LittleEndian.Uint32(b[4:]), binary.LittleEndian.Uint32(b[40:])
	switch {
	case unknownLength && (riff != 0xFFFFFFFF || data != 0xFFFFFFFF):
		t.Errorf("sizes %#x, %#x; a stream that cannot seek states an unknown length", riff, data)
	case !unknownLength && (riff != uint32(len(b)-8) || data != uint32(len(b)-44)):
		t.Errorf("sizes %d, %d in a file of %d bytes", riff, data, len(b))
	}
	s, _, err := audio.ReadWAV(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return pcm16(s)
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode()
}

// TestSaveWAVOutputs: every kind of output gets the same samples, and none is replaced by
// something else: a new file, an existing file (keeping its mode), a symbolic link (its target
// written, the link kept), a named pipe (written, still a pipe), standard output (a pipe or a
// redirected file).
func TestSaveWAVOutputs(t *testing.T) {
	req, want := saveReq(t)
	local := client.Local{Engine: testkit.Engine(t)}
	ctx := context.Background()
	dir := t.TempDir()

	t.Run("new file", func(t *testing.T) {
		p := filepath.Join(dir, "new.wav")
		if _, err := client.SaveWAV(ctx, local, req, p); err != nil {
			t.Fatal(err)
		}
		if got := wavSamples(t, testkit.ReadFile(t, p), false); !reflect.DeepEqual(got, want) {
			t.Error("samples differ from a render")
		}
		if m := mode(t, p); !m.IsRegular() {
			t.Errorf("mode %v", m)
		}
	})
	t.Run("existing file keeps its mode", func(t *testing.T) {
		p := filepath.Join(dir, "private.wav")
		if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o600); err != nil { // whatever the umask
			t.Fatal(err)
		}
		if _, err := client.SaveWAV(ctx, local, req, p); err != nil {
			t.Fatal(err)
		}
		if m := mode(t, p); m != 0o600 {
			t.Errorf("mode %v after saving, want -rw-------", m)
		}
		if got := wavSamples(t, testkit.ReadFile(t, p), false); !reflect.DeepEqual(got, want) {
			t.Error("samples differ from a render")
		}
	})
	t.Run("symbolic link", func(t *testing.T) {
		target := filepath.Join(dir, "target.wav")
		if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(dir, "link.wav")
		if err := os.Symlink("target.wav", link); err != nil {
			t.Fatal(err)
		}
		if _, err := client.SaveWAV(ctx, local, req, link); err != nil {
			t.Fatal(err)
		}
		if m := mode(t, link); m&fs.ModeSymlink == 0 {
			t.Fatalf("the link was replaced by a %v", m)
		}
		if dest, err := os.Readlink(link); err != nil || dest != "target.wav" {
			t.Errorf("link points to %q (%v)", dest, err)
		}
		if got := wavSamples(t, testkit.ReadFile(t, target), false); !reflect.DeepEqual(got, want) {
			t.Error("the target's samples differ from a render")
		}
	})
	t.Run("named pipe", func(t *testing.T) {
		if runtime.GOOS != "linux" {
			t.Skip("named pipes are made here on Linux only")
		}
		p := filepath.Join(dir, "pipe.wav")
		if err := mkfifo(p); err != nil {
			t.Fatal(err)
		}
		got := make(chan []byte, 1)
		errc := make(chan error, 1)
		go func() {
			f, err := os.Open(p) // blocks until the writer opens
			if err != nil {
				errc <- err
				return
			}
			defer f.Close()
			b, err := io.ReadAll(f)
			errc <- err
			got <- b
		}()
		if _, err := client.SaveWAV(ctx, local, req, p); err != nil {
			t.Fatal(err)
		}
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
		if s := wavSamples(t, <-got, true); !reflect.DeepEqual(s, want) {
			t.Error("samples through the pipe differ from a render")
		}
		if m := mode(t, p); m&fs.ModeNamedPipe == 0 {
			t.Errorf("the named pipe was replaced by a %v", m)
		}
	})
	t.Run("stdout writer", func(t *testing.T) {
		t.Chdir(t.TempDir())
		var out bytes.Buffer
		if _, err := client.SaveWAVWith(ctx, local, req, "-", client.SaveOptions{Stdout: &out}); err != nil {
			t.Fatal(err)
		}
		if s := wavSamples(t, out.Bytes(), true); !reflect.DeepEqual(s, want) {
			t.Error("samples on standard output differ from a render")
		}
		if _, err := os.Lstat("-"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("a file named - was made (%v)", err)
		}
	})
	t.Run("stdout pipe", func(t *testing.T) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		got := make(chan []byte, 1)
		rerr := make(chan error, 1)
		go func() {
			b, err := io.ReadAll(r)
			rerr <- err
			got <- b
		}()
		_, err = client.SaveWAVWith(ctx, local, req, "-", client.SaveOptions{Stdout: w})
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := <-rerr; err != nil {
			t.Fatal(err)
		}
		if s := wavSamples(t, <-got, true); !reflect.DeepEqual(s, want) {
			t.Error("samples through a pipe on standard output differ from a render")
		}
	})
	// Standard output redirected into a file that already holds something: the WAV follows it.
	// Opened for writing (">"), the header is completed where the WAV starts; opened for
	// appending (">>"), where a write cannot go back, it is streamed.
	for _, tc := range []struct {
		name   string
		flag   int
		stream bool
	}{
		{"stdout redirected to a file", os.O_RDWR, false},
		{"stdout appended to a file", os.O_WRONLY | os.O_APPEND, runtime.GOOS == "linux"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "out")
			if err := os.WriteFile(p, []byte("prefix"), 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(p, tc.flag, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Seek(6, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			_, err = client.SaveWAVWith(ctx, local, req, "-", client.SaveOptions{Stdout: f})
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Fatal(err)
			}
			b := testkit.ReadFile(t, p)
			if string(b[:6]) != "prefix" {
				t.Fatalf("the file starts %q", b[:6])
			}
			if s := wavSamples(t, b[6:], tc.stream); !reflect.DeepEqual(s, want) {
				t.Errorf("samples differ from a render (%d, want %d)", len(s), len(want))
			}
		})
	}
}

// failAfterAudio is a synthesizer whose render fails after its first block of audio.
type failAfterAudio struct{ client.Synthesizer }

var errRender = errors.New("render failed")

func (f failAfterAudio) Synthesize(ctx context.Context, req synth.Request, sink synth.Sink) (synth.Summary, error) {
	fail := &testkit.Recorder{OnAudio: func(*testkit.Recorder) error { return errRender }}
	return f.Synthesizer.Synthesize(ctx, req, client.Tee{sink, fail})
}

// TestSaveWAVFailureKeepsTheOldFile: a render that fails after writing audio leaves an existing
// file (and a link's target) as it was, and no temporary file behind.
func TestSaveWAVFailureKeepsTheOldFile(t *testing.T) {
	req, _ := saveReq(t)
	s := failAfterAudio{client.Local{Engine: testkit.Engine(t)}}
	dir := t.TempDir()
	p := filepath.Join(dir, "episode.wav")
	if err := os.WriteFile(p, []byte("the old episode"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.wav")
	if err := os.Symlink("episode.wav", link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{p, link} {
		if _, err := client.SaveWAV(context.Background(), s, req, path); !errors.Is(err, errRender) {
			t.Fatalf("%s: err = %v, want the render's error", path, err)
		}
		if got := string(testkit.ReadFile(t, p)); got != "the old episode" {
			t.Errorf("%s: the old file now holds %d bytes", path, len(got))
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %q, want the file and the link only", names)
	}
}
