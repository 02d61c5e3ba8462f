//go:build cgo

package encode

/*
#cgo pkg-config: libopusenc opus
#include <stdlib.h>
#include <opus/opusenc.h>

// ope_encoder_ctl is variadic, which cgo cannot call: one wrapper per request used.
static int chorus_ope_set_int(OggOpusEnc *enc, int request, opus_int32 v) {
	switch (request) {
	case OPUS_SET_BITRATE_REQUEST: return ope_encoder_ctl(enc, OPUS_SET_BITRATE(v));
	case OPUS_SET_MAX_BANDWIDTH_REQUEST: return ope_encoder_ctl(enc, OPUS_SET_MAX_BANDWIDTH(v));
	case OPUS_SET_SIGNAL_REQUEST: return ope_encoder_ctl(enc, OPUS_SET_SIGNAL(v));
	case OPUS_SET_VBR_CONSTRAINT_REQUEST: return ope_encoder_ctl(enc, OPUS_SET_VBR_CONSTRAINT(v));
	case OPE_SET_DECISION_DELAY_REQUEST: return ope_encoder_ctl(enc, OPE_SET_DECISION_DELAY(v));
	case OPE_SET_MUXING_DELAY_REQUEST: return ope_encoder_ctl(enc, OPE_SET_MUXING_DELAY(v));
	}
	return OPE_UNIMPLEMENTED;
}
*/
import "C"

import (
	"fmt"
	"io"
	"unsafe"

	"github.com/chorus-tts/chorus/synth/audio"
)

// Opus stream parameters.
const (
	// opusMuxingDelay is the most audio (in 48 kHz samples) an Ogg page holds before it is
	// written: 200 ms keeps a stream's first audio prompt while the pages' overhead (27 bytes
	// and a lacing byte per packet) stays near 5% at 32 kb/s. libopusenc's default is 1 s.
	opusMuxingDelay = 9600
	// opusDecisionDelay is how much audio libopusenc buffers before coding it (its default is
	// 2 s, for choosing where to chain streams, which a single stream never does): 0 codes
	// each 20 ms frame as soon as it is complete.
	opusDecisionDelay = 0
)

// opusEncoder writes Ogg Opus through libopusenc's pull interface: it encodes, and every page
// it completes is written to w by the Go side (no callbacks from C).
//
// Opus codes at 48 kHz. Other rates are resampled here with audio.Resampler (the engine's,
// measured flat to 0.0003 dB with 89.5 dB of stop-band attenuation) rather than by
// libopusenc's own resampler, so one resampler serves every codec and libopusenc always takes
// 48 kHz.
type opusEncoder struct {
	w        io.Writer
	enc      *C.OggOpusEnc
	comments *C.OggOpusComments
	in       audio.Writer // the resampler to 48 kHz, or the encoding stage itself
	rs       *audio.Resampler
	n        int64 // samples given to libopusenc
	closed   bool
}

func newOpus(w io.Writer, rate int, opts Options) (Encoder, error) {
	bitrate := opts.Bitrate
	if bitrate == 0 {
		bitrate = DefaultOpusBitrate
	}
	o := &opusEncoder{w: w}
	o.comments = C.ope_comments_create()
	if o.comments == nil {
		return nil, fmt.Errorf("encode: opus: out of memory")
	}
	var cerr C.int
	o.enc = C.ope_encoder_create_pull(o.comments, opusRate, 1, 0, &cerr)
	if o.enc == nil {
		C.ope_comments_destroy(o.comments)
		return nil, fmt.Errorf("encode: opus: creating the encoder at %d Hz: %s", rate, opeError(cerr))
	}
	settings := []struct {
		name    string
		request C.int
		value   int
	}{
		{"bit rate", C.OPUS_SET_BITRATE_REQUEST, bitrate},
		{"bandwidth", C.OPUS_SET_MAX_BANDWIDTH_REQUEST, opusBandwidth(rate)},
		{"signal", C.OPUS_SET_SIGNAL_REQUEST, C.OPUS_SIGNAL_VOICE},
		{"decision delay", C.OPE_SET_DECISION_DELAY_REQUEST, opusDecisionDelay},
		{"muxing delay", C.OPE_SET_MUXING_DELAY_REQUEST, opusMuxingDelay},
	}
	for _, s := range settings {
		if rc := C.chorus_ope_set_int(o.enc, s.request, C.opus_int32(s.value)); rc != C.OPE_OK {
			o.free()
			return nil, fmt.Errorf("encode: opus: setting the %s to %d: %s", s.name, s.value, opeError(rc))
		}
	}
	if rc := C.ope_encoder_flush_header(o.enc); rc != C.OPE_OK {
		o.free()
		return nil, fmt.Errorf("encode: opus: writing the header: %s", opeError(rc))
	}
	if err := o.pages(true); err != nil {
		o.free()
		return nil, err
	}
	o.in = audio.WriterFunc(o.encode)
	if rate != opusRate {
		rs, err := audio.NewResampler(o.in, rate, opusRate)
		if err != nil {
			o.free()
			return nil, fmt.Errorf("encode: opus: %w", err)
		}
		o.rs, o.in = rs, rs
	}
	return o, nil
}

// opusRate is the rate libopusenc is given: Opus's own.
const opusRate = 48000

// opusBandwidth is the widest Opus audio bandwidth a stream at rate has content for, so no
// bits go to the empty band above its Nyquist frequency once resampled to 48 kHz.
func opusBandwidth(rate int) int {
	switch {
	case rate <= 8000:
		return C.OPUS_BANDWIDTH_NARROWBAND // 4 kHz
	case rate <= 12000:
		return C.OPUS_BANDWIDTH_MEDIUMBAND // 6 kHz
	case rate <= 16000:
		return C.OPUS_BANDWIDTH_WIDEBAND // 8 kHz
	case rate <= 24000:
		return C.OPUS_BANDWIDTH_SUPERWIDEBAND // 12 kHz
	}
	return C.OPUS_BANDWIDTH_FULLBAND
}

func opeError(rc C.int) string { return C.GoString(C.ope_strerror(rc)) }

// opusBlock bounds the samples handed to libopusenc per call.
const opusBlock = 4096

func (o *opusEncoder) Write(p []float32) error {
	if o.closed {
		return errClosed(Opus)
	}
	return o.in.Write(p)
}

// encode is the libopusenc stage: samples at 48 kHz in, pages out.
func (o *opusEncoder) encode(p []float32) error {
	for len(p) > 0 {
		n := min(len(p), opusBlock)
		// Non-finite samples would poison the resampler and the codec's state: silence them,
		// as the 16-bit formats do, and saturate like them.
		buf := clean(p[:n])
		if rc := C.ope_encoder_write_float(o.enc, (*C.float)(unsafe.Pointer(&buf[0])), C.int(n)); rc != C.OPE_OK {
			return fmt.Errorf("encode: opus: %s", opeError(rc))
		}
		o.n += int64(n)
		if err := o.pages(false); err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

// pages writes every page libopusenc has completed (flush: and the one it is filling).
func (o *opusEncoder) pages(flush bool) error {
	f := C.int(0)
	if flush {
		f = 1
	}
	for {
		var page *C.uchar
		var n C.opus_int32
		if C.ope_encoder_get_page(o.enc, &page, &n, f) == 0 {
			return nil
		}
		// The page lives in libopusenc's buffer until the next call: write it now.
		if _, err := o.w.Write(C.GoBytes(unsafe.Pointer(page), C.int(n))); err != nil {
			return fmt.Errorf("encode: writing opus: %w", err)
		}
	}
}

func (o *opusEncoder) Close() error {
	if o.closed {
		return nil
	}
	o.closed = true
	defer o.free()
	if o.rs != nil {
		if err := o.rs.Flush(); err != nil {
			return err
		}
	}
	if o.n == 0 {
		// libopusenc 0.2.1 cannot drain a stream it was never given a sample for (it asserts,
		// aborting the process): give it a call with none, which starts the stream as audio
		// would.
		var none C.float
		if rc := C.ope_encoder_write_float(o.enc, &none, 0); rc != C.OPE_OK {
			return fmt.Errorf("encode: opus: %s", opeError(rc))
		}
	}
	if rc := C.ope_encoder_drain(o.enc); rc != C.OPE_OK {
		return fmt.Errorf("encode: opus: finishing the stream: %s", opeError(rc))
	}
	return o.pages(true)
}

func (o *opusEncoder) free() {
	if o.enc != nil {
		C.ope_encoder_destroy(o.enc)
		o.enc = nil
	}
	if o.comments != nil {
		C.ope_comments_destroy(o.comments)
		o.comments = nil
	}
}
