// Package cputime measures the CPU time a process has used, for benchmarks that must not count
// the other processes of a loaded machine.
package cputime
