//go:build !linux

package outfile

import "os"

// appendOnly reports whether f was opened for appending; it is known on Linux only, and taken
// as false elsewhere.
func appendOnly(*os.File) bool { return false }
