//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/internal/testkit"
	"github.com/chorus-tts/chorus/synth"
)

var pathText = synth.Request{Parts: []synth.Part{{Text: "Where does it go?"}}}

const oldContent = "precious old content\n"

// pathCase is one output path situation: setup makes it in dir and returns the command line
// (and optionally the standard streams); check says what must have happened.
type pathCase struct {
	name  string
	setup func(t *testing.T, dir string) pathRun
	code  int
	check func(t *testing.T, dir string, stderr string)
}

type pathRun struct {
	args          []string
	stdin, stdout *os.File
	after         func() // runs after the command (closes a pipe end)
}

// mode returns the permission bits and type of path (not following a link).
func lmode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode()
}

// unchanged fails t unless path still holds content.
func unchanged(t *testing.T, path, content string) {
	t.Helper()
	if got := string(testkit.ReadFile(t, path)); got != content {
		t.Errorf("%s was changed: %.40q", filepath.Base(path), got)
	}
}

// noTemporaries fails t if a temporary file was left in dir.
func noTemporaries(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") || strings.HasSuffix(e.Name(), ".f32") {
			t.Errorf("a temporary file was left: %s", e.Name())
		}
	}
}

// devPath is the character device a case writes to: as root, a node in dir for the device
// name ("null" or "full"), so that a regression that replaces devices destroys only the test's
// own node, never the system's; otherwise the system's /dev/name, which a user other than root
// cannot replace.
func devPath(dir, name string) string {
	if os.Geteuid() == 0 {
		return filepath.Join(dir, name)
	}
	return "/dev/" + name
}

// makeDev makes devPath(dir, name) when it is the test's own node (as root) and returns it.
func makeDev(t *testing.T, dir, name string) string {
	t.Helper()
	p := devPath(dir, name)
	if os.Geteuid() != 0 {
		return p
	}
	minor := map[string]int{"null": 3, "full": 7}[name] // Linux's memory devices, major 1
	if err := syscall.Mknod(p, syscall.S_IFCHR|0o666, 1<<8|minor); err != nil {
		t.Fatalf("mknod %s: %v", p, err)
	}
	return p
}

// fifoReader makes a named pipe at path and reads it until the test's own writer, held open
// until done is called, closes: a command that never opens the pipe cannot hang the test.
func fifoReader(t *testing.T, path string) (done func() []byte) {
	t.Helper()
	return fifo(t, path, func(r io.Reader) []byte {
		b, err := io.ReadAll(r)
		if err != nil {
			t.Error(err)
		}
		return b
	})
}

// fifo makes a named pipe at path and runs read on its reading end until the test's own
// writer, held open until done is called, closes; done returns what read returned.
func fifo[T any](t *testing.T, path string, read func(io.Reader) T) (done func() T) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	opened := make(chan *os.File, 1)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			t.Error(err)
		}
		opened <- f
	}()
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := <-opened
	got := make(chan T, 1)
	go func() {
		defer r.Close()
		got <- read(r)
	}()
	return func() T {
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return <-got
	}
}

// TestOutputPaths: what -o (and --captions) do with every kind of path, and what they refuse.
func TestOutputPaths(t *testing.T) {
	text := pathText.Parts[0].Text
	var fifoDone func() []byte
	cases := []pathCase{
		{"new file", func(t *testing.T, dir string) pathRun {
			return pathRun{args: []string{"say", "-o", filepath.Join(dir, "x.wav"), text}}
		}, 0, func(t *testing.T, dir, _ string) {
			sameAudio(t, filepath.Join(dir, "x.wav"), pathText)
			probe, err := os.Create(filepath.Join(dir, "probe"))
			if err != nil {
				t.Fatal(err)
			}
			probe.Close()
			if got, want := lmode(t, filepath.Join(dir, "x.wav")), lmode(t, probe.Name()); got != want {
				t.Errorf("new file mode %v, want %v as os.Create gives", got, want)
			}
		}},
		{"existing 0600 file keeps its mode", func(t *testing.T, dir string) pathRun {
			p := filepath.Join(dir, "x.wav")
			if err := os.WriteFile(p, []byte(oldContent), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, 0o600); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"say", "-o", p, text}}
		}, 0, func(t *testing.T, dir, _ string) {
			sameAudio(t, filepath.Join(dir, "x.wav"), pathText)
			if m := lmode(t, filepath.Join(dir, "x.wav")); m != 0o600 {
				t.Errorf("mode %v, want -rw-------", m)
			}
		}},
		{"symlink to a file: target written, link kept", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "target.wav"), oldContent)
			if err := os.Symlink("target.wav", filepath.Join(dir, "link.wav")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"say", "-o", filepath.Join(dir, "link.wav"), text}}
		}, 0, func(t *testing.T, dir, _ string) {
			if lmode(t, filepath.Join(dir, "link.wav"))&fs.ModeSymlink == 0 {
				t.Error("the link was replaced")
			}
			sameAudio(t, filepath.Join(dir, "target.wav"), pathText)
		}},
		{"dangling symlink: target created, link kept", func(t *testing.T, dir string) pathRun {
			if err := os.Symlink("new.wav", filepath.Join(dir, "link.wav")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"say", "-o", filepath.Join(dir, "link.wav"), text}}
		}, 0, func(t *testing.T, dir, _ string) {
			if lmode(t, filepath.Join(dir, "link.wav"))&fs.ModeSymlink == 0 {
				t.Error("the link was replaced")
			}
			sameAudio(t, filepath.Join(dir, "new.wav"), pathText)
		}},
		{"named pipe: written into, kept", func(t *testing.T, dir string) pathRun {
			p := filepath.Join(dir, "fifo")
			fifoDone = fifoReader(t, p)
			return pathRun{args: []string{"say", "-o", p, text}}
		}, 0, func(t *testing.T, dir, _ string) {
			sameAudioBytes(t, "the pipe", fifoDone(), pathText)
			if lmode(t, filepath.Join(dir, "fifo"))&fs.ModeNamedPipe == 0 {
				t.Error("the named pipe was replaced")
			}
		}},
		{"null device: written into, kept", func(t *testing.T, dir string) pathRun {
			return pathRun{args: []string{"say", "-o", makeDev(t, dir, "null"), text}}
		}, 0, func(t *testing.T, dir, stderr string) {
			if lmode(t, devPath(dir, "null"))&fs.ModeCharDevice == 0 {
				t.Error("the null device is no longer a device")
			}
		}},
		{"full device: the write error is reported, the device kept", func(t *testing.T, dir string) pathRun {
			return pathRun{args: []string{"say", "-o", makeDev(t, dir, "full"), text}}
		}, 1, func(t *testing.T, dir, stderr string) {
			if !strings.Contains(stderr, "no space left on device") {
				t.Errorf("stderr %q", stderr)
			}
			if lmode(t, devPath(dir, "full"))&fs.ModeCharDevice == 0 {
				t.Error("the full device is no longer a device")
			}
		}},
		{"-o - to a pipe", func(t *testing.T, dir string) pathRun {
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			got := make(chan []byte, 1)
			go func() {
				b, err := io.ReadAll(pr)
				if err != nil {
					t.Error(err)
				}
				got <- b
			}()
			fifoDone = func() []byte { return <-got }
			return pathRun{args: []string{"say", "-o", "-", text}, stdout: pw, after: func() { pw.Close() }}
		}, 0, func(t *testing.T, dir, _ string) {
			sameAudioBytes(t, "the pipe", fifoDone(), pathText)
		}},
		{"render: symlink to an existing 0600 episode: target written, mode and link kept", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			target := filepath.Join(dir, "target.wav")
			writeFile(t, target, oldContent)
			if err := os.Chmod(target, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("target.wav", filepath.Join(dir, "ep.wav")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "-o", filepath.Join(dir, "ep.wav")}}
		}, 0, func(t *testing.T, dir, _ string) {
			if lmode(t, filepath.Join(dir, "ep.wav"))&fs.ModeSymlink == 0 {
				t.Error("the link was replaced")
			}
			if m := lmode(t, filepath.Join(dir, "target.wav")); m != 0o600 {
				t.Errorf("mode %v, want -rw-------", m)
			}
			checkSpeakingRate(t, filepath.Join(dir, "target.wav"), episode)
		}},
		{"render: named pipe, captions through a dangling link", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			p := filepath.Join(dir, "fifo")
			fifoDone = fifoReader(t, p)
			if err := os.Symlink("real.vtt", filepath.Join(dir, "ep.vtt")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "-o", p, "--captions", filepath.Join(dir, "ep.vtt")}}
		}, 0, func(t *testing.T, dir, _ string) {
			b := fifoDone()
			if s, _ := wavOf(t, b); len(s) == 0 {
				t.Error("nothing came through the pipe")
			}
			if lmode(t, filepath.Join(dir, "fifo"))&fs.ModeNamedPipe == 0 {
				t.Error("the named pipe was replaced")
			}
			if lmode(t, filepath.Join(dir, "ep.vtt"))&fs.ModeSymlink == 0 {
				t.Error("the caption link was replaced")
			}
			if c := string(testkit.ReadFile(t, filepath.Join(dir, "real.vtt"))); !strings.HasPrefix(c, "WEBVTT") {
				t.Errorf("captions %.40q", c)
			}
		}},
		{"render: -o - to a pipe", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			pr, pw, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			got := make(chan []byte, 1)
			go func() {
				b, err := io.ReadAll(pr)
				if err != nil {
					t.Error(err)
				}
				got <- b
			}()
			fifoDone = func() []byte { return <-got }
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "-o", "-"}, stdout: pw, after: func() { pw.Close() }}
		}, 0, func(t *testing.T, dir, _ string) {
			if s, _ := wavOf(t, fifoDone()); len(s) == 0 {
				t.Error("nothing came through the pipe")
			}
		}},
		{"render: -o is the script", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			// --format, so the name's extension does not stop it first (a .txt output is
			// refused as an unknown format on its own).
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "--format", "wav", "-o", filepath.Join(dir, "ep.txt")}}
		}, 2, func(t *testing.T, dir, stderr string) {
			unchanged(t, filepath.Join(dir, "ep.txt"), episode)
			if !strings.Contains(stderr, "is the script: refusing to overwrite an input") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"render: -o is a link to the script", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			if err := os.Symlink("ep.txt", filepath.Join(dir, "ep.wav")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "-o", filepath.Join(dir, "ep.wav")}}
		}, 2, func(t *testing.T, dir, _ string) {
			unchanged(t, filepath.Join(dir, "ep.txt"), episode)
		}},
		{"render: --captions is a hard link to the script", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			if err := os.Link(filepath.Join(dir, "ep.txt"), filepath.Join(dir, "ep.vtt")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "-o", filepath.Join(dir, "ep.wav"), "--captions", filepath.Join(dir, "ep.vtt")}}
		}, 2, func(t *testing.T, dir, _ string) {
			unchanged(t, filepath.Join(dir, "ep.txt"), episode)
			if _, err := os.Stat(filepath.Join(dir, "ep.wav")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the refused render wrote its audio: %v", err)
			}
		}},
		{"render: standard output appended to the script", func(t *testing.T, dir string) pathRun {
			p := filepath.Join(dir, "ep.txt")
			writeFile(t, p, episode)
			f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"render", p}, stdout: f, after: func() { f.Close() }}
		}, 2, func(t *testing.T, dir, stderr string) {
			unchanged(t, filepath.Join(dir, "ep.txt"), episode)
			if !strings.Contains(stderr, "-o standard output is the script") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"say: -o is the --lexicon file", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "lex.tsv"), "chorus\tK AO1 R AH0 S\n")
			return pathRun{args: []string{"say", "--lexicon", filepath.Join(dir, "lex.tsv"), "-o", filepath.Join(dir, "lex.tsv"), text}}
		}, 2, func(t *testing.T, dir, stderr string) {
			unchanged(t, filepath.Join(dir, "lex.tsv"), "chorus\tK AO1 R AH0 S\n")
			if !strings.Contains(stderr, "is the --lexicon file") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"say: -o is the file standard input reads", func(t *testing.T, dir string) pathRun {
			p := filepath.Join(dir, "in.txt")
			writeFile(t, p, text)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"say", "-o", p}, stdin: f, after: func() { f.Close() }}
		}, 2, func(t *testing.T, dir, stderr string) {
			unchanged(t, filepath.Join(dir, "in.txt"), text)
			if !strings.Contains(stderr, "is the file read on standard input") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"say: -o equals --captions", func(t *testing.T, dir string) pathRun {
			p := filepath.Join(dir, "x.srt")
			writeFile(t, p, oldContent)
			return pathRun{args: []string{"say", "-o", p, "--captions", p, text}}
		}, 2, func(t *testing.T, dir, stderr string) {
			unchanged(t, filepath.Join(dir, "x.srt"), oldContent)
			if !strings.Contains(stderr, "-o and --captions name the same file") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"say: -o is a link to --captions, not yet created", func(t *testing.T, dir string) pathRun {
			if err := os.Symlink("x.vtt", filepath.Join(dir, "x.wav")); err != nil {
				t.Fatal(err)
			}
			return pathRun{args: []string{"say", "-o", filepath.Join(dir, "x.wav"), "--captions", filepath.Join(dir, "x.vtt"), text}}
		}, 2, func(t *testing.T, dir, _ string) {
			if _, err := os.Stat(filepath.Join(dir, "x.vtt")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the refused command wrote: %v", err)
			}
		}},
		{"say: -o - and --captions - ", func(t *testing.T, dir string) pathRun {
			return pathRun{args: []string{"say", "-o", "-", "--captions", "-", text}}
		}, 2, func(t *testing.T, dir, stderr string) {
			if !strings.Contains(stderr, "both name standard output") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"say: a failed render leaves the old file", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "x.wav"), oldContent)
			return pathRun{args: []string{"say", "--voice", "nobody", "-o", filepath.Join(dir, "x.wav"), text}}
		}, 1, func(t *testing.T, dir, _ string) {
			unchanged(t, filepath.Join(dir, "x.wav"), oldContent)
		}},
		{"render: a failed render leaves the old file and captions", func(t *testing.T, dir string) pathRun {
			writeFile(t, filepath.Join(dir, "ep.txt"), episode)
			writeFile(t, filepath.Join(dir, "ep.wav"), oldContent)
			writeFile(t, filepath.Join(dir, "ep.vtt"), oldContent)
			return pathRun{args: []string{"render", filepath.Join(dir, "ep.txt"), "--rate", "9", "-o", filepath.Join(dir, "ep.wav"), "--captions", filepath.Join(dir, "ep.vtt")}}
		}, 1, func(t *testing.T, dir, _ string) {
			unchanged(t, filepath.Join(dir, "ep.wav"), oldContent)
			unchanged(t, filepath.Join(dir, "ep.vtt"), oldContent)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			pr := tc.setup(t, dir)
			var stdout io.Writer = new(bytes.Buffer)
			if pr.stdout != nil {
				stdout = pr.stdout
			}
			var stdin io.Reader = strings.NewReader("")
			if pr.stdin != nil {
				stdin = pr.stdin
			}
			var stderr bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			code := run(ctx, pr.args, stdin, stdout, &stderr, nil)
			if pr.after != nil {
				pr.after()
			}
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, stderr.String())
			}
			tc.check(t, dir, stderr.String())
			noTemporaries(t, dir)
			t.Logf("exit %d: %s", code, strings.ReplaceAll(strings.TrimSpace(stderr.String()), "\n", " | "))
		})
	}
}

// TestInterruptedRenderLeavesOldFile: cancelling say while it writes (as Ctrl-C does) leaves the
// existing output as it was and no temporary file.
func TestInterruptedRenderLeavesOldFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.wav")
	writeFile(t, out, oldContent)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel as soon as the temporary file beside the output holds audio.
	watched := make(chan bool, 1)
	go func() {
		deadline := time.Now().Add(time.Minute)
		for time.Now().Before(deadline) {
			if tmps, _ := filepath.Glob(filepath.Join(dir, ".x.wav.*.tmp")); len(tmps) > 0 {
				if fi, err := os.Stat(tmps[0]); err == nil && fi.Size() > 44 {
					cancel()
					watched <- true
					return
				}
			}
			time.Sleep(time.Millisecond) // bounded polling: the deadline ends it
		}
		watched <- false
	}()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"say", "-o", out, strings.Repeat("This sentence is spoken again and again. ", 2000)}, strings.NewReader(""), &stdout, &stderr, nil)
	if !<-watched {
		t.Fatalf("the temporary output never held audio (exit %d: %s)", code, stderr.String())
	}
	if code != 1 || stderr.String() != "chorus say: interrupted\n" {
		t.Errorf("exit %d %q, want 1 and interrupted", code, stderr.String())
	}
	unchanged(t, out, oldContent)
	noTemporaries(t, dir)
}
