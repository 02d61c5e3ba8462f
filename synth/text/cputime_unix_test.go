//go:build unix

package text

import "syscall"

// processCPU returns the CPU time (user and system) the process has used, in seconds, so a
// benchmark can report its cost apart from waiting for a busy machine's cores.
func processCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
