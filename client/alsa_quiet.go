//go:build linux && !android && cgo

package client

/*
#cgo pkg-config: alsa
#include <alsa/asoundlib.h>

static void chorusALSASilent(const char *file, int line, const char *function, int err, const char *fmt, ...) {}

static void chorusQuietALSA(void) { snd_lib_error_set_handler(chorusALSASilent); }
*/
import "C"

// quietALSA stops libasound from printing its own diagnostics to stderr when no device can be
// opened: the failure comes back as an error (ErrNoDevice) with the reason, once.
func quietALSA() { C.chorusQuietALSA() }
