//go:build cgo

package encode

/*
#include <stdint.h>
#include <stddef.h>
*/
import "C"

import (
	"runtime/cgo"
	"unsafe"
)

// The callbacks libFLAC makes (through the C glue in flac.go) land here; h is the encoder's
// cgo.Handle. Each returns 0 on success.

//export chorusFLACWrite
func chorusFLACWrite(h C.uintptr_t, buf *C.uchar, n C.size_t) C.int {
	f := cgo.Handle(h).Value().(*flacEncoder)
	if f.write(unsafe.Slice((*byte)(unsafe.Pointer(buf)), int(n))) != nil {
		return 1
	}
	return 0
}

//export chorusFLACSeek
func chorusFLACSeek(h C.uintptr_t, off C.uint64_t) C.int {
	f := cgo.Handle(h).Value().(*flacEncoder)
	if f.seek(uint64(off)) != nil {
		return 1
	}
	return 0
}

//export chorusFLACTell
func chorusFLACTell(h C.uintptr_t, off *C.uint64_t) C.int {
	f := cgo.Handle(h).Value().(*flacEncoder)
	pos, err := f.tell()
	if err != nil {
		return 1
	}
	*off = C.uint64_t(pos)
	return 0
}
