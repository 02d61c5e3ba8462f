//go:build cgo

package encode

/*
#cgo pkg-config: flac
#include <stdint.h>
#include <stdlib.h>
#include <FLAC/stream_encoder.h>

// Defined in flac_export.go.
extern int chorusFLACWrite(uintptr_t h, unsigned char *buf, size_t n);
extern int chorusFLACSeek(uintptr_t h, uint64_t off);
extern int chorusFLACTell(uintptr_t h, uint64_t *off);

static FLAC__StreamEncoderWriteStatus chorus_flac_write(const FLAC__StreamEncoder *e, const FLAC__byte buffer[], size_t bytes, uint32_t samples, uint32_t frame, void *client) {
	(void)e; (void)samples; (void)frame;
	return chorusFLACWrite((uintptr_t)client, (unsigned char *)buffer, bytes) == 0
		? FLAC__STREAM_ENCODER_WRITE_STATUS_OK : FLAC__STREAM_ENCODER_WRITE_STATUS_FATAL_ERROR;
}

static FLAC__StreamEncoderSeekStatus chorus_flac_seek(const FLAC__StreamEncoder *e, FLAC__uint64 off, void *client) {
	(void)e;
	return chorusFLACSeek((uintptr_t)client, off) == 0
		? FLAC__STREAM_ENCODER_SEEK_STATUS_OK : FLAC__STREAM_ENCODER_SEEK_STATUS_ERROR;
}

static FLAC__StreamEncoderTellStatus chorus_flac_tell(const FLAC__StreamEncoder *e, FLAC__uint64 *off, void *client) {
	(void)e;
	uint64_t v = 0;
	int rc = chorusFLACTell((uintptr_t)client, &v);
	*off = v;
	return rc == 0 ? FLAC__STREAM_ENCODER_TELL_STATUS_OK : FLAC__STREAM_ENCODER_TELL_STATUS_ERROR;
}

// chorus_flac_init starts a native FLAC stream whose bytes go to the Go encoder h; with seekable,
// libFLAC also seeks back at the end to complete STREAMINFO.
static FLAC__StreamEncoderInitStatus chorus_flac_init(FLAC__StreamEncoder *e, uintptr_t h, int seekable) {
	return FLAC__stream_encoder_init_stream(e, chorus_flac_write,
		seekable ? chorus_flac_seek : NULL, seekable ? chorus_flac_tell : NULL, NULL, (void *)h);
}
*/
import "C"

import (
	"errors"
	"fmt"
	"io"
	"runtime/cgo"

	"github.com/chorus-tts/chorus/synth/audio"
)

// flacLevel is libFLAC's compression level, 0 (fastest) to 8: 5 is its default and the flac
// tool's, within a few percent of 8's size at a fraction of its time.
const flacLevel = 5

// flacEncoder writes FLAC through libFLAC's stream encoder, which calls back into Go (write,
// and on a seekable destination seek and tell) through a cgo.Handle.
type flacEncoder struct {
	w      io.Writer
	enc    *C.FLAC__StreamEncoder
	h      cgo.Handle
	seeker io.Seeker
	pcm    []C.FLAC__int32
	err    error // the destination's error, kept from the callback
	// n counts the bytes of the stream; once libFLAC seeks (to complete STREAMINFO at the end)
	// its writes overwrite, and Close returns to end.
	n       int64
	seeking bool
	end     int64
	closed  bool
}

func newFLAC(w io.Writer, rate int) (Encoder, error) {
	f := &flacEncoder{w: w}
	f.seeker, _ = seekerOf(w)
	f.enc = C.FLAC__stream_encoder_new()
	if f.enc == nil {
		return nil, errors.New("encode: flac: out of memory")
	}
	ok := C.FLAC__stream_encoder_set_channels(f.enc, 1) != 0 &&
		C.FLAC__stream_encoder_set_bits_per_sample(f.enc, 16) != 0 &&
		C.FLAC__stream_encoder_set_sample_rate(f.enc, C.uint32_t(rate)) != 0 &&
		C.FLAC__stream_encoder_set_compression_level(f.enc, flacLevel) != 0 &&
		C.FLAC__stream_encoder_set_streamable_subset(f.enc, 1) != 0
	if !ok {
		C.FLAC__stream_encoder_delete(f.enc)
		return nil, fmt.Errorf("encode: flac: libFLAC refused the settings (%d Hz)", rate)
	}
	f.h = cgo.NewHandle(f)
	seekable := C.int(0)
	if f.seeker != nil {
		seekable = 1
	}
	// init writes the "fLaC" marker and STREAMINFO at once.
	if st := C.chorus_flac_init(f.enc, C.uintptr_t(f.h), seekable); st != C.FLAC__STREAM_ENCODER_INIT_STATUS_OK {
		err := f.err
		f.free()
		if err != nil {
			return nil, fmt.Errorf("encode: writing flac: %w", err)
		}
		return nil, fmt.Errorf("encode: flac: %s", C.GoString(C.FLAC__StreamEncoderInitStatusString[st]))
	}
	return f, nil
}

// flacBlock bounds the samples handed to libFLAC per call.
const flacBlock = 4096

func (f *flacEncoder) Write(p []float32) error {
	if f.closed {
		return errClosed(FLAC)
	}
	if cap(f.pcm) < flacBlock {
		f.pcm = make([]C.FLAC__int32, flacBlock)
	}
	for len(p) > 0 {
		n := min(len(p), flacBlock)
		for i, x := range p[:n] {
			f.pcm[i] = C.FLAC__int32(audio.ToInt16(x))
		}
		if C.FLAC__stream_encoder_process_interleaved(f.enc, &f.pcm[0], C.uint32_t(n)) == 0 {
			return f.failure("encoding")
		}
		p = p[n:]
	}
	return nil
}

// failure explains why libFLAC stopped: the destination's error, or its own state.
func (f *flacEncoder) failure(doing string) error {
	if f.err != nil {
		return fmt.Errorf("encode: writing flac: %w", f.err)
	}
	return fmt.Errorf("encode: flac: %s: %s", doing, C.GoString(C.FLAC__stream_encoder_get_resolved_state_string(f.enc)))
}

func (f *flacEncoder) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	defer f.free()
	if C.FLAC__stream_encoder_finish(f.enc) == 0 {
		return f.failure("finishing the stream")
	}
	if f.err != nil {
		return fmt.Errorf("encode: finishing flac: %w", f.err)
	}
	if f.seeking {
		if _, err := f.seeker.Seek(f.end, io.SeekStart); err != nil {
			return fmt.Errorf("encode: finishing flac: %w", err)
		}
	}
	return nil
}

func (f *flacEncoder) free() {
	if f.enc != nil {
		C.FLAC__stream_encoder_delete(f.enc)
		f.enc = nil
	}
	if f.h != 0 {
		f.h.Delete()
		f.h = 0
	}
}

func (f *flacEncoder) write(b []byte) error {
	if f.err != nil {
		return f.err
	}
	_, err := f.w.Write(b)
	if err != nil {
		f.err = err
		return err
	}
	if !f.seeking {
		f.n += int64(len(b))
	}
	return nil
}

func (f *flacEncoder) seek(off uint64) error {
	if !f.seeking {
		pos, err := f.seeker.Seek(0, io.SeekCurrent)
		if err != nil {
			f.err = err
			return err
		}
		f.seeking, f.end = true, pos
	}
	if _, err := f.seeker.Seek(int64(off), io.SeekStart); err != nil {
		f.err = err
		return err
	}
	return nil
}

func (f *flacEncoder) tell() (uint64, error) {
	pos, err := f.seeker.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	return uint64(pos), nil
}
