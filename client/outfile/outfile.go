// Package outfile opens the files a user names as outputs, and never destroys anything else: a
// new or regular file is written through a temporary file renamed over it only on success; a
// symbolic link is followed and its target written, the link kept; a device or named pipe is
// written directly, never replaced; "-" is standard output.
package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Stdout is the path that names standard output.
const Stdout = "-"

// maxLinks bounds the symbolic links followed to reach a target, as the kernel does (40).
const maxLinks = 40

// File is an output being written. Write (and Seek, when the destination can) fill it; Commit
// makes it final; Abort discards it where that is possible. Exactly one of them must be called.
type File struct {
	name   string // the path as the user gave it
	target string // where the bytes end up (the link's target, for a link)
	f      *os.File
	w      io.Writer // f, or standard output
	tmp    string    // temporary file renamed over target on Commit ("" when writing directly)
	mode   fs.FileMode
	done   bool
}

// Create opens path for writing. stdout is what "-" writes to (it is not closed).
func Create(path string, stdout io.Writer) (*File, error) {
	if path == "" {
		return nil, errors.New("outfile: empty path")
	}
	if path == Stdout {
		o := &File{name: "standard output", target: Stdout, w: stdout}
		if f, ok := stdout.(*os.File); ok && !appendOnly(f) {
			// Standard output can seek when the shell redirected it to a file with '>'. With
			// '>>' every write lands at the end whatever Seek says, so it must stream.
			o.f = f
		}
		return o, nil
	}
	// A path that leads to a pipe, device or socket is opened as it is: the kernel follows its
	// links, some of which (/dev/stdout → /proc/self/fd/1 → "pipe:[N]") name no file.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("outfile: %w", err)
		}
		return &File{name: path, target: path, f: f, w: f}, nil
	}
	target, err := resolve(path)
	if err != nil {
		return nil, err
	}
	o := &File{name: path, target: target}
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		o.mode = newFileMode()
	case err != nil:
		return nil, fmt.Errorf("outfile: %w", err)
	case fi.IsDir():
		return nil, fmt.Errorf("outfile: %s is a directory", path)
	case fi.Mode().IsRegular():
		o.mode = fi.Mode().Perm()
	default:
		// A device, a named pipe or a socket: write into it, as a shell redirection does.
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("outfile: %w", err)
		}
		o.f, o.w = f, f
		return o, nil
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("outfile: %w", err)
	}
	o.f, o.w, o.tmp = f, f, f.Name()
	return o, nil
}

// resolve follows symbolic links from path to the file they end at, which may not exist yet.
func resolve(path string) (string, error) {
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", fmt.Errorf("outfile: %w", err)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", fmt.Errorf("outfile: %w", err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", fmt.Errorf("outfile: %s: too many levels of symbolic links", path)
}

// newFileMode is the mode os.Create would give a new file: 0666 less the process's umask.
func newFileMode() fs.FileMode {
	return 0o666 &^ umask()
}

// umask reads the process's file mode creation mask from /proc (Linux 4.7 and later) without
// changing it; elsewhere it assumes the common 022.
func umask() fs.FileMode {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "Umask:"); ok {
				if m, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32); err == nil {
					return fs.FileMode(m) & fs.ModePerm
				}
			}
		}
	}
	return 0o022
}

// Name is the output as the user named it ("standard output" for "-").
func (o *File) Name() string { return o.name }

// Write writes to the output.
func (o *File) Write(p []byte) (int, error) {
	if o.done {
		return 0, errors.New("outfile: write after Commit or Abort")
	}
	return o.w.Write(p)
}

// Seek moves within the output when it is a file that can seek (a regular file, or standard
// output redirected to one with '>'); on a pipe, a device or standard output appended to ('>>')
// it fails, and writers that patch headers must then stream instead.
func (o *File) Seek(offset int64, whence int) (int64, error) {
	if o.f == nil {
		return 0, errors.New("outfile: output cannot seek")
	}
	return o.f.Seek(offset, whence)
}

// Seekable reports whether Seek works on this output.
func (o *File) Seekable() bool {
	if o.f == nil {
		return false
	}
	_, err := o.f.Seek(0, io.SeekCurrent)
	return err == nil
}

// Commit finishes the output: a temporary file is synced, given the mode of the file it
// replaces (or of a new file) and renamed over it; a device or pipe is closed. Standard output
// is left open.
func (o *File) Commit() error {
	if o.done {
		return errors.New("outfile: Commit after Commit or Abort")
	}
	o.done = true
	if o.tmp == "" {
		if o.target == Stdout || o.f == nil {
			return nil
		}
		if err := o.f.Close(); err != nil {
			return fmt.Errorf("outfile: %w", err)
		}
		return nil
	}
	err := o.f.Sync()
	if err == nil {
		err = o.f.Chmod(o.mode)
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp, o.target)
	}
	if err != nil {
		os.Remove(o.tmp)
		return fmt.Errorf("outfile: %w", err)
	}
	return nil
}

// Abort discards the output: a temporary file is removed, leaving whatever path named untouched.
// What was written to a device, a pipe or standard output cannot be taken back; they are only
// closed (standard output is left open). Abort after Commit does nothing.
func (o *File) Abort() error {
	if o.done {
		return nil
	}
	o.done = true
	if o.tmp != "" {
		o.f.Close()
		if err := os.Remove(o.tmp); err != nil {
			return fmt.Errorf("outfile: %w", err)
		}
		return nil
	}
	if o.target != Stdout && o.f != nil {
		return o.f.Close()
	}
	return nil
}

// Same reports whether a and b name the same file: the same existing file through symbolic and
// hard links, or the same path once links are followed when the file does not exist yet (two
// outputs about to be created in one place). "-" is the same as nothing but itself.
func Same(a, b string) bool {
	if a == Stdout || b == Stdout {
		return a == b
	}
	fa, ea := os.Stat(a)
	fb, eb := os.Stat(b)
	if ea == nil && eb == nil {
		return os.SameFile(fa, fb)
	}
	ra, err := resolve(a)
	if err != nil {
		return false
	}
	rb, err := resolve(b)
	if err != nil {
		return false
	}
	ra, err = filepath.Abs(ra)
	if err != nil {
		return false
	}
	rb, err = filepath.Abs(rb)
	return err == nil && ra == rb
}
