package main

import (
	"io"
	"os"
	"syscall"
)

// appendOnly reports whether w is a file opened for appending (a shell's ">>"): every write goes
// to its end whatever Seek says, so a WAV header cannot be completed in place and the stream
// must state an unknown length instead.
func appendOnly(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_APPEND != 0
}
