//go:build cgo

package encode

/*
#cgo LDFLAGS: -lmp3lame
#include <stdlib.h>
#include <lame/lame.h>
*/
import "C"

import (
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/chorus-tts/chorus/synth/audio"
)

// mp3Quality is LAME's algorithm quality, 0 (best, slowest) to 9: 2 is what LAME recommends as
// "near-best quality, not too slow" (its -h).
const mp3Quality = 2

// mp3Encoder writes MP3 through LAME. LAME's constant-bit-rate presets scale the input by 0.95
// (−0.45 dB) to leave decoders headroom against overshoot; that tuning is kept. Samples at a rate MPEG audio has no version for are
// resampled first (in), which writes to the LAME stage (encode).
type mp3Encoder struct {
	w      io.Writer
	gf     *C.lame_global_flags
	in     audio.Writer // the resampler, or the encoder itself
	rs     *audio.Resampler
	buf    []byte
	seeker io.Seeker // non-nil: the Info frame is written back at base by Close
	base   int64
	closed bool
}

func newMP3(w io.Writer, rate int, opts Options) (Encoder, error) {
	out := mp3Rate(rate)
	bitrate := opts.Bitrate
	if bitrate == 0 {
		bitrate = DefaultMP3Bitrate(rate)
	}
	m := &mp3Encoder{w: w}
	m.seeker, m.base = seekerOf(w)
	m.gf = C.lame_init()
	if m.gf == nil {
		return nil, errors.New("encode: mp3: LAME could not start")
	}
	tag := C.int(0)
	if m.seeker != nil {
		tag = 1
	}
	set := []struct {
		name string
		rc   C.int
	}{
		{"input rate", C.lame_set_in_samplerate(m.gf, C.int(out))},
		{"output rate", C.lame_set_out_samplerate(m.gf, C.int(out))},
		{"channels", C.lame_set_num_channels(m.gf, 1)},
		{"mode", C.lame_set_mode(m.gf, C.MONO)},
		{"bit rate", C.lame_set_brate(m.gf, C.int((bitrate+500)/1000))},
		{"VBR", C.lame_set_VBR(m.gf, C.vbr_off)},
		{"quality", C.lame_set_quality(m.gf, mp3Quality)},
		{"Info tag", C.lame_set_bWriteVbrTag(m.gf, tag)},
	}
	for _, s := range set {
		if s.rc != 0 {
			C.lame_close(m.gf)
			return nil, fmt.Errorf("encode: mp3: LAME refused the %s (%d)", s.name, int(s.rc))
		}
	}
	if rc := C.lame_init_params(m.gf); rc < 0 {
		C.lame_close(m.gf)
		return nil, fmt.Errorf("encode: mp3: LAME refused the settings (%d Hz, %d b/s): error %d", out, bitrate, int(rc))
	}
	m.in = audio.WriterFunc(m.encode)
	if out != rate {
		rs, err := audio.NewResampler(m.in, rate, out)
		if err != nil {
			C.lame_close(m.gf)
			return nil, fmt.Errorf("encode: mp3: %w", err)
		}
		m.rs, m.in = rs, rs
	}
	return m, nil
}

// mp3Block bounds the samples handed to LAME per call, and so its output buffer, which LAME
// asks to be 1.25 times the samples plus 7200 bytes.
const mp3Block = 4096

func (m *mp3Encoder) Write(p []float32) error {
	if m.closed {
		return errClosed(MP3)
	}
	return m.in.Write(p)
}

// encode is the LAME stage: samples at the MPEG rate in, frames out.
func (m *mp3Encoder) encode(p []float32) error {
	for len(p) > 0 {
		n := min(len(p), mp3Block)
		pcm := clean(p[:n])
		b := m.buffer(n)
		k := C.lame_encode_buffer_ieee_float(m.gf, (*C.float)(unsafe.Pointer(&pcm[0])), nil, C.int(n),
			(*C.uchar)(unsafe.Pointer(&b[0])), C.int(len(b)))
		if err := m.emit(b, k); err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

func (m *mp3Encoder) buffer(n int) []byte {
	size := n*5/4 + 7200
	if cap(m.buf) < size {
		m.buf = make([]byte, size)
	}
	return m.buf[:size]
}

// emit writes the k bytes LAME put in b (k < 0 is LAME's error code).
func (m *mp3Encoder) emit(b []byte, k C.int) error {
	if k < 0 {
		return fmt.Errorf("encode: mp3: LAME error %d", int(k))
	}
	if k == 0 {
		return nil
	}
	if _, err := m.w.Write(b[:k]); err != nil {
		return fmt.Errorf("encode: writing mp3: %w", err)
	}
	return nil
}

func (m *mp3Encoder) Close() error {
	if m.closed {
		return nil
	}
	m.closed = true
	defer C.lame_close(m.gf)
	if m.rs != nil {
		if err := m.rs.Flush(); err != nil {
			return err
		}
	}
	b := m.buffer(mp3Block)
	if err := m.emit(b, C.lame_encode_flush(m.gf, (*C.uchar)(unsafe.Pointer(&b[0])), C.int(len(b)))); err != nil {
		return err
	}
	if m.seeker != nil {
		return m.writeTag()
	}
	return nil
}

// writeTag writes the Info frame (frame count, byte count, encoder delay and padding) over the
// placeholder LAME left at the start of the stream, and returns to the end.
func (m *mp3Encoder) writeTag() error {
	b := m.buffer(mp3Block)
	n := C.lame_get_lametag_frame(m.gf, (*C.uchar)(unsafe.Pointer(&b[0])), C.size_t(len(b)))
	if n == 0 || int(n) > len(b) {
		return nil // LAME made no tag frame
	}
	end, err := m.seeker.Seek(0, io.SeekCurrent)
	if err != nil {
		return fmt.Errorf("encode: finishing mp3: %w", err)
	}
	if _, err := m.seeker.Seek(m.base, io.SeekStart); err != nil {
		return fmt.Errorf("encode: finishing mp3: %w", err)
	}
	if _, err := m.w.Write(b[:n]); err != nil {
		return fmt.Errorf("encode: finishing mp3: %w", err)
	}
	if _, err := m.seeker.Seek(end, io.SeekStart); err != nil {
		return fmt.Errorf("encode: finishing mp3: %w", err)
	}
	return nil
}
