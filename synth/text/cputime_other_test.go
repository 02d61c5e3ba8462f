//go:build !unix

package text

// processCPU is not measured here: benchmarks report wall time only.
func processCPU() float64 { return 0 }
