//go:build unix

package hts

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the process has used so far: on a loaded
// machine a benchmark's wall time measures the other processes too, its CPU time does not.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
