package main

import (
	"os"
	"testing"
	"time"
)

// cpuSeconds follows this process's own CPU time: busy work raises it by about the wall time it
// took (the process runs one busy goroutine; the kernel counts in ticks of 10 ms).
func TestCPUSeconds(t *testing.T) {
	before, err := cpuSeconds(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	x := 1.0
	for {
		for range 1_000_000 {
			x = x*1.0000001 + 1e-9
		}
		now, err := cpuSeconds(os.Getpid())
		if err != nil {
			t.Fatal(err)
		}
		if now-before >= 0.2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("CPU time rose %.2f s in a minute of busy work (x=%v)", now-before, x)
		}
	}
	if _, err := cpuSeconds(0); err == nil {
		t.Error("pid 0 gave a CPU time")
	}
}
