package outfile

import (
	"os"
	"syscall"
)

// appendOnly reports whether f was opened for appending (a shell's ">>"): every write then goes
// to the end of the file whatever Seek says, so a header cannot be patched in place.
func appendOnly(f *os.File) bool {
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_APPEND != 0
}
