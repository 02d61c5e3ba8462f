//go:build !linux

package main

import "io"

// appendOnly reports whether w is a file opened for appending; off Linux it is not known, and a
// redirected standard output is taken as seekable when it seeks.
func appendOnly(io.Writer) bool { return false }
