//go:build race

package hts

// raceBuild: the race detector slows the label comparisons sevenfold and adds nothing to them
// (one goroutine; TestShapesConcurrently covers concurrent use), so race builds check a sample.
const raceBuild = true
