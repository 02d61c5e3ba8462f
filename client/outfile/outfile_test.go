package outfile

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

func write(t *testing.T, o *File, s string) {
	t.Helper()
	if _, err := io.WriteString(o, s); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// entries lists dir, so a test can see that no temporary file was left behind.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestNewFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "new.wav")
	o, err := Create(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "RIFF")
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("the file exists before Commit: %v", err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, p); got != "RIFF" {
		t.Errorf("content %q", got)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := 0o666 &^ umask(); fi.Mode().Perm() != want {
		t.Errorf("mode %v, want %v (0666 less the umask, as os.Create gives)", fi.Mode().Perm(), want)
	}
	if es := entries(t, dir); len(es) != 1 {
		t.Errorf("directory holds %v", es)
	}
}

func TestRegularFileKeepsItsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ep.wav")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	o, err := Create(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "new")
	if got := read(t, p); got != "old" {
		t.Errorf("the file changed before Commit: %q", got)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, p); got != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("content %q mode %v, want new and 0600", got, fi.Mode().Perm())
	}
}

func TestAbortLeavesTheFileUntouched(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ep.wav")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	o, err := Create(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "half an episode")
	if err := o.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, p); got != "old" {
		t.Errorf("content %q after Abort", got)
	}
	if es := entries(t, dir); len(es) != 1 {
		t.Errorf("directory holds %v after Abort", es)
	}
	// And a new file is simply not created.
	q := filepath.Join(dir, "never.wav")
	o, err = Create(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "x")
	if err := o.Abort(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(q); !os.IsNotExist(err) {
		t.Errorf("aborted new file exists: %v", err)
	}
}

func TestSymlinkIsFollowed(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "store")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(sub, "real.wav")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A relative link, through a second link: both stay links, the target gets the bytes.
	link1 := filepath.Join(dir, "link1.wav")
	link2 := filepath.Join(dir, "link2.wav")
	if err := os.Symlink(filepath.Join("store", "real.wav"), link1); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("link1.wav", link2); err != nil {
		t.Fatal(err)
	}
	o, err := Create(link2, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "new")
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{link1, link2} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v %v", l, fi.Mode(), err)
		}
	}
	fi, err := os.Stat(target)
	if err != nil {
		t.Fatal(err)
	}
	if got := read(t, target); got != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("target %q mode %v", got, fi.Mode().Perm())
	}
	if es := entries(t, sub); len(es) != 1 {
		t.Errorf("the target's directory holds %v", es)
	}
}

func TestDanglingSymlinkCreatesItsTarget(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "out.wav")
	if err := os.Symlink("later.wav", link); err != nil {
		t.Fatal(err)
	}
	o, err := Create(link, nil)
	if err != nil {
		t.Fatal(err)
	}
	write(t, o, "x")
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	if got := read(t, filepath.Join(dir, "later.wav")); got != "x" {
		t.Errorf("target holds %q", got)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.Symlink("b", a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a", b); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(a, nil); err == nil {
		t.Error("a link loop was accepted")
	}
}

// TestNamedPipeIsWrittenNotReplaced: a FIFO gets the bytes, in order, and stays a FIFO.
func TestNamedPipeIsWrittenNotReplaced(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		// Opening a FIFO for reading waits for a writer, as Create's open waits for a reader.
		b, err := os.ReadFile(fifo)
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		got <- string(b)
	}()
	o, err := Create(fifo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.tmp != "" {
		// Release the reader, which waits for a writer that will never come, then fail.
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		o.Abort()
		t.Fatalf("a named pipe is written through a temporary file %s", o.tmp)
	}
	if o.Seekable() {
		t.Error("a pipe claims to seek")
	}
	write(t, o, "streamed audio")
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "streamed audio" {
		t.Errorf("the reader got %q", s)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
	if es := entries(t, dir); len(es) != 1 {
		t.Errorf("directory holds %v", es)
	}
}

// TestDeviceIsWrittenNotReplaced: /dev/null takes the bytes and stays a device (as root a rename
// over it would succeed, so this checks the path Create takes, not the permissions).
func TestDeviceIsWrittenNotReplaced(t *testing.T) {
	before, err := os.Lstat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Create(os.DevNull, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.tmp != "" {
		o.Abort()
		t.Fatalf("a device is written through a temporary file %s", o.tmp)
	}
	write(t, o, "discarded")
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	after, err := os.Lstat(os.DevNull)
	if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
		t.Errorf("%s changed: %v -> %v (%v)", os.DevNull, before.Mode(), after.Mode(), err)
	}
}

func TestStdout(t *testing.T) {
	var buf bytes.Buffer
	o, err := Create(Stdout, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if o.Seekable() {
		t.Error("a buffer claims to seek")
	}
	write(t, o, "pcm")
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "pcm" {
		t.Errorf("stdout got %q", buf.String())
	}
	if _, err := os.Stat(Stdout); !os.IsNotExist(err) {
		t.Errorf("a file named - exists: %v", err)
	}
}

func TestDirectoryIsRefused(t *testing.T) {
	if _, err := Create(t.TempDir(), nil); err == nil {
		t.Error("a directory was accepted as an output")
	}
}

func TestWriteAfterCommit(t *testing.T) {
	o, err := Create(filepath.Join(t.TempDir(), "x"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := o.Write([]byte("late")); err == nil {
		t.Error("write after Commit succeeded")
	}
	if err := o.Commit(); err == nil {
		t.Error("second Commit succeeded")
	}
	if err := o.Abort(); err != nil {
		t.Errorf("Abort after Commit: %v", err)
	}
}

func TestSame(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.txt")
	if err := os.Link(a, hard); err != nil {
		t.Fatal(err)
	}
	soft := filepath.Join(dir, "soft.txt")
	if err := os.Symlink("a.txt", soft); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, filepath.Join(dir, "new.wav"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{a, a, true}, {a, hard, true}, {a, soft, true}, {a, filepath.Join(dir, ".", "a.txt"), true},
		{a, other, false}, {"-", "-", true}, {"-", a, false},
		{filepath.Join(dir, "new.wav"), rel, true}, // not there yet: the same path
		{filepath.Join(dir, "new.wav"), filepath.Join(dir, "new.vtt"), false},
	} {
		if got := Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestStdoutAppendedToStreams: standard output redirected with '>' can seek (a writer may patch
// a header), with '>>' it cannot (every write lands at the end), so writers must stream.
func TestStdoutAppendedToStreams(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the append flag is read with fcntl on Linux only")
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name     string
		flags    int
		seekable bool
	}{
		{"redirected", os.O_WRONLY | os.O_TRUNC | os.O_CREATE, true},
		{"appended", os.O_WRONLY | os.O_APPEND | os.O_CREATE, false},
	} {
		f, err := os.OpenFile(filepath.Join(dir, c.name), c.flags, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		o, err := Create(Stdout, f)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.Seekable(); got != c.seekable {
			t.Errorf("%s: Seekable() = %v, want %v", c.name, got, c.seekable)
		}
		if _, err := o.Seek(0, io.SeekStart); (err == nil) != c.seekable {
			t.Errorf("%s: Seek error %v", c.name, err)
		}
		if err := o.Commit(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDevStdoutIntoAPipe: /dev/stdout is a link to /proc/self/fd/1, whose own link names
// "pipe:[N]", no file: the path is opened as the kernel resolves it, and the bytes reach the
// pipe. (The child process's standard output is the pipe.)
func TestDevStdoutIntoAPipe(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/stdout through /proc is Linux's")
	}
	if os.Getenv("OUTFILE_CHILD") == "1" {
		o, err := Create("/dev/stdout", nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if _, err := io.WriteString(o, "through the pipe"); err != nil {
			os.Exit(4)
		}
		if err := o.Commit(); err != nil {
			os.Exit(5)
		}
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDevStdoutIntoAPipe$")
	cmd.Env = append(os.Environ(), "OUTFILE_CHILD=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output() // standard output is a pipe
	if err != nil {
		t.Fatalf("child: %v: %s", err, stderr.String())
	}
	if string(out) != "through the pipe" {
		t.Errorf("the pipe got %q", out)
	}
}
