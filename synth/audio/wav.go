package audio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	goaudio "github.com/go-audio/audio"
	"github.com/go-audio/wav"
)

// ErrWAV reports WAV data that is malformed or in a format ReadWAV does not support.
var ErrWAV = errors.New("audio: invalid or unsupported WAV data")

// errWAVClosed reports a Write after Close.
var errWAVClosed = errors.New("audio: WAV writer is closed")

// maxWAVSamples is the most 16-bit mono samples a RIFF file's 32-bit sizes can describe.
const maxWAVSamples = (math.MaxUint32 - 36) / 2

// wavUnknownSize is the RIFF and data size a WAV stream of unknown length carries: the largest
// 32-bit value, which streaming tools write where they cannot seek back (ffmpeg's WAV muxer on a
// pipe) and read as "to the end of the stream" (sox, ffmpeg, and ReadWAV here, which reads a
// data chunk as far as the input goes).
const wavUnknownSize = math.MaxUint32

// wavHeaderBytes is the size of the canonical header: RIFF, fmt and data chunk headers.
const wavHeaderBytes = 44

// WAVWriter is a Writer that writes a 16-bit PCM mono WAV stream. Samples are converted with
// ToInt16 (saturating; NaN becomes 0).
//
// The header holds the length, which is known only at the end. A destination that can seek (a
// file, or standard output redirected to one) gets it patched in by Close, at the offset the
// stream started from. One that cannot (a pipe, a FIFO, a terminal) gets a header whose sizes
// say "unknown" (0xFFFFFFFF, see wavUnknownSize), unless the length was given in advance
// (NewWAVWriterSize), in which case the header holds it from the start and Close checks that it
// was kept.
type WAVWriter struct {
	w        io.Writer
	seeker   io.Seeker // nil when the destination cannot seek
	base     int64     // offset of the header in a seekable destination
	declared int64     // samples announced in the header; -1 when unknown
	pcm      []byte
	n        int64
	closed   bool
}

// NewWAVWriter writes a WAV header for a mono stream of unknown length at sampleRate (which must
// lie in [MinSampleRate, MaxSampleRate]) to w and returns a writer for the samples. Close it to
// complete the stream; Close does not close w. If w is an io.Seeker whose Seek works, Close
// patches the sizes in; otherwise they stay "unknown".
func NewWAVWriter(w io.Writer, sampleRate int) (*WAVWriter, error) {
	return newWAVWriter(w, sampleRate, -1)
}

// NewWAVWriterSize is NewWAVWriter for a stream whose length is known in advance: the header
// states samples from the start, so the file is exact on any destination. Writing more is an
// error, and so is closing after fewer (on a seekable destination the header is still patched
// to what was written).
func NewWAVWriterSize(w io.Writer, sampleRate int, samples int64) (*WAVWriter, error) {
	if samples < 0 || samples > maxWAVSamples {
		return nil, fmt.Errorf("audio: WAV writer: %d samples: a WAV file holds 0 to %d", samples, int64(maxWAVSamples))
	}
	return newWAVWriter(w, sampleRate, samples)
}

func newWAVWriter(w io.Writer, sampleRate int, samples int64) (*WAVWriter, error) {
	if w == nil {
		return nil, errors.New("audio: WAV writer: nil destination")
	}
	if sampleRate < MinSampleRate || sampleRate > MaxSampleRate {
		return nil, fmt.Errorf("%w: WAV rate %d", ErrSampleRate, sampleRate)
	}
	ww := &WAVWriter{w: w, declared: samples}
	if s, ok := w.(io.Seeker); ok {
		if pos, err := s.Seek(0, io.SeekCurrent); err == nil {
			ww.seeker, ww.base = s, pos
		}
	}
	// Write the header now, so that I/O problems show at once and an empty stream is still a
	// valid file.
	if _, err := w.Write(wavHeader(sampleRate, samples)); err != nil {
		return nil, fmt.Errorf("audio: writing WAV header: %w", err)
	}
	return ww, nil
}

// wavHeader is the canonical 44-byte header of 16-bit mono PCM at rate, for samples samples
// (-1: unknown length).
func wavHeader(rate int, samples int64) []byte {
	riff, data := uint32(wavUnknownSize), uint32(wavUnknownSize)
	if samples >= 0 {
		data = uint32(2 * samples)
		riff = 36 + data
	}
	le := binary.LittleEndian
	b := make([]byte, 0, wavHeaderBytes)
	b = append(b, "RIFF"...)
	b = le.AppendUint32(b, riff)
	b = append(b, "WAVEfmt "...)
	b = le.AppendUint32(b, 16)             // fmt chunk size
	b = le.AppendUint16(b, wavPCM)         // format tag
	b = le.AppendUint16(b, 1)              // channels
	b = le.AppendUint32(b, uint32(rate))   // sample rate
	b = le.AppendUint32(b, uint32(rate)*2) // bytes per second
	b = le.AppendUint16(b, 2)              // block align
	b = le.AppendUint16(b, 16)             // bits per sample
	b = append(b, "data"...)
	return le.AppendUint32(b, data)
}

// Write appends p to the stream.
func (w *WAVWriter) Write(p []float32) error {
	if w.w == nil {
		return errZeroWriter
	}
	if w.closed {
		return errWAVClosed
	}
	limit := int64(maxWAVSamples)
	if w.declared >= 0 {
		limit = w.declared
	}
	if int64(len(p)) > limit-w.n {
		if w.declared >= 0 {
			return fmt.Errorf("audio: WAV stream would exceed the %d samples its header states", w.declared)
		}
		return fmt.Errorf("audio: WAV file would exceed %d samples, the format's limit", int64(maxWAVSamples))
	}
	for len(p) > 0 {
		n := min(len(p), rsBlock)
		w.pcm = Encode(w.pcm[:0], PCM16, p[:n])
		k, err := w.w.Write(w.pcm)
		w.n += int64(k / 2)
		if err != nil {
			return fmt.Errorf("audio: writing WAV samples: %w", err)
		}
		p = p[n:]
	}
	return nil
}

// Samples is the number of samples written so far.
func (w *WAVWriter) Samples() int64 { return w.n }

// Close completes the stream: on a seekable destination it patches the RIFF and data sizes into
// the header and leaves the position at the end of the stream. It does not close the
// destination. A length given to NewWAVWriterSize that was not reached is an error. Calling
// Close again does nothing.
func (w *WAVWriter) Close() error {
	if w.w == nil {
		return errZeroWriter
	}
	if w.closed {
		return nil
	}
	w.closed = true
	if w.seeker != nil {
		if err := w.patch(); err != nil {
			return fmt.Errorf("audio: finishing WAV file: %w", err)
		}
	}
	if w.declared >= 0 && w.n != w.declared {
		return fmt.Errorf("audio: WAV stream ended after %d of the %d samples its header states", w.n, w.declared)
	}
	return nil
}

// patch writes the sizes of what was written into the header.
func (w *WAVWriter) patch() error {
	data := uint32(2 * w.n)
	var b [4]byte
	for _, f := range []struct {
		at   int64
		size uint32
	}{{4, 36 + data}, {40, data}} {
		if _, err := w.seeker.Seek(w.base+f.at, io.SeekStart); err != nil {
			return err
		}
		binary.LittleEndian.PutUint32(b[:], f.size)
		if _, err := w.w.Write(b[:]); err != nil {
			return err
		}
	}
	_, err := w.seeker.Seek(w.base+wavHeaderBytes+2*w.n, io.SeekStart)
	return err
}

// WAV format tags.
const (
	wavPCM        = 1
	wavFloat      = 3
	wavExtensible = 0xFFFE
)

// wavFormat is what ReadWAV needs from a fmt chunk.
type wavFormat struct {
	tag      uint16 // wavPCM or wavFloat, after resolving WAVE_FORMAT_EXTENSIBLE
	channels int
	rate     int
	bits     int
}

// ReadWAV reads a WAV file from r's current position and returns its samples as mono float32
// (multi-channel files are averaged to mono) with its sample rate. It reads integer PCM of 8,
// 16, 24 or 32 bits and 32-bit IEEE float, plain or WAVE_FORMAT_EXTENSIBLE. Integer samples are
// scaled to [-1, 1] the way ToInt16 and Decode scale 16-bit ones; non-finite float samples
// become 0. A data chunk shorter than its header claims (a file whose writer never finished) is
// read as far as it goes. Malformed or unsupported data gives an error wrapping ErrWAV.
//
// The samples are decoded by go-audio/wav. That decoder trusts the sizes in the file: a corrupt
// LIST, fmt or smpl chunk size makes it allocate (or slice) whatever the file claims. So ReadWAV
// first walks the RIFF chunks itself, checking every size against the real length of the input,
// and hands the decoder only a canonical header plus the data chunk. As a last line of defence
// it also recovers a panic inside the decoder call and reports it as an ErrWAV error.
func ReadWAV(r io.ReadSeeker) (samples []float32, rate int, err error) {
	if r == nil {
		return nil, 0, fmt.Errorf("%w: nil reader", ErrWAV)
	}
	f, dataLen, err := scanWAV(r)
	if err != nil {
		return nil, 0, err
	}
	frameBytes := int64(f.channels * f.bits / 8)
	frames := dataLen / frameBytes
	dataLen = frames * frameBytes

	// A canonical 44-byte header for the decoder, followed by the data chunk read in place.
	var hdr bytes.Buffer
	hdr.WriteString("RIFF")
	_ = binary.Write(&hdr, binary.LittleEndian, uint32(36+dataLen))
	hdr.WriteString("WAVEfmt ")
	_ = binary.Write(&hdr, binary.LittleEndian, [...]uint32{16})
	_ = binary.Write(&hdr, binary.LittleEndian, [...]uint16{wavPCM, uint16(f.channels)})
	_ = binary.Write(&hdr, binary.LittleEndian, [...]uint32{uint32(f.rate), uint32(int64(f.rate) * frameBytes)})
	_ = binary.Write(&hdr, binary.LittleEndian, [...]uint16{uint16(frameBytes), uint16(f.bits)})
	hdr.WriteString("data")
	_ = binary.Write(&hdr, binary.LittleEndian, uint32(dataLen))
	src := noSeek{io.MultiReader(&hdr, fullReader{io.LimitReader(r, dataLen)})}

	samples = make([]float32, 0, frames)
	if err := decodeWAV(src, f, frames, &samples); err != nil {
		return nil, 0, err
	}
	return samples, f.rate, nil
}

// decodeWAV runs the go-audio/wav decoder over the canonical stream and appends mono frames.
func decodeWAV(src io.ReadSeeker, f wavFormat, frames int64, out *[]float32) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w: decoder failed: %v", ErrWAV, v)
		}
	}()
	dec := wav.NewDecoder(src)
	buf := &goaudio.IntBuffer{Data: make([]int, 4096)}
	scale := 1 / (math.Exp2(float64(f.bits-1)) - 1)
	var sum float64
	ch := 0
	for int64(len(*out)) < frames {
		n, err := dec.PCMBuffer(buf)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrWAV, err)
		}
		if n == 0 {
			break
		}
		for _, v := range buf.Data[:n] {
			var x float64
			switch {
			case f.tag == wavFloat:
				x = float64(math.Float32frombits(uint32(v)))
				if x-x != 0 {
					x = 0
				}
			case f.bits == 8: // unsigned
				x = math.Max(float64(v-128)*scale, -1)
			default:
				x = math.Max(float64(v)*scale, -1)
			}
			sum += x
			if ch++; ch == f.channels {
				*out = append(*out, float32(sum/float64(f.channels)))
				sum, ch = 0, 0
			}
		}
	}
	if int64(len(*out)) != frames {
		return fmt.Errorf("%w: data chunk ended after %d of %d frames", ErrWAV, len(*out), frames)
	}
	return nil
}

// fullReader fills every Read completely unless the stream ends: the decoder assumes one Read
// returns whole samples.
type fullReader struct{ r io.Reader }

func (f fullReader) Read(p []byte) (int, error) {
	n, err := io.ReadFull(f.r, p)
	if err == io.ErrUnexpectedEOF {
		err = nil
	}
	return n, err
}

// noSeek is a ReadSeeker for a stream the decoder only reads forward.
type noSeek struct{ io.Reader }

func (noSeek) Seek(int64, int) (int64, error) {
	return 0, errors.New("audio: canonical WAV stream does not seek")
}

// scanWAV walks the RIFF chunks from r's position to the data chunk, validating every size
// against the input's real length, and leaves r at the first data byte. It returns the format
// and the number of data bytes actually present.
func scanWAV(r io.ReadSeeker) (wavFormat, int64, error) {
	var f wavFormat
	start, err := r.Seek(0, io.SeekCurrent)
	if err != nil {
		return f, 0, fmt.Errorf("audio: reading WAV: %w", err)
	}
	end, err := r.Seek(0, io.SeekEnd)
	if err != nil {
		return f, 0, fmt.Errorf("audio: reading WAV: %w", err)
	}
	if _, err := r.Seek(start, io.SeekStart); err != nil {
		return f, 0, fmt.Errorf("audio: reading WAV: %w", err)
	}
	size := end - start
	var hdr [12]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return f, 0, fmt.Errorf("%w: no RIFF/WAVE header", ErrWAV)
	}
	if string(hdr[0:4]) != "RIFF" || string(hdr[8:12]) != "WAVE" {
		return f, 0, fmt.Errorf("%w: no RIFF/WAVE header", ErrWAV)
	}
	pos := int64(12)
	haveFmt := false
	for {
		var ch [8]byte
		if size-pos < 8 {
			return f, 0, fmt.Errorf("%w: no data chunk", ErrWAV)
		}
		if _, err := io.ReadFull(r, ch[:]); err != nil {
			return f, 0, fmt.Errorf("%w: reading chunk header: %w", ErrWAV, err)
		}
		pos += 8
		id := string(ch[0:4])
		n := int64(binary.LittleEndian.Uint32(ch[4:8]))
		rest := size - pos
		switch id {
		case "data":
			if !haveFmt {
				return f, 0, fmt.Errorf("%w: data chunk before fmt chunk", ErrWAV)
			}
			return f, min(n, rest), nil
		case "fmt ":
			if haveFmt {
				return f, 0, fmt.Errorf("%w: two fmt chunks", ErrWAV)
			}
			if n < 16 || n > 1024 || n > rest {
				return f, 0, fmt.Errorf("%w: fmt chunk of %d bytes", ErrWAV, n)
			}
			b := make([]byte, n)
			if _, err := io.ReadFull(r, b); err != nil {
				return f, 0, fmt.Errorf("%w: reading fmt chunk: %w", ErrWAV, err)
			}
			if f, err = parseFmt(b); err != nil {
				return f, 0, err
			}
			haveFmt = true
			pos += n
			if n%2 == 1 && pos < size { // pad byte
				if _, err := r.Seek(1, io.SeekCurrent); err != nil {
					return f, 0, fmt.Errorf("audio: reading WAV: %w", err)
				}
				pos++
			}
		default:
			skip := n + n%2
			if skip > rest {
				return f, 0, fmt.Errorf("%w: %q chunk of %d bytes overruns the file", ErrWAV, id, n)
			}
			if _, err := r.Seek(skip, io.SeekCurrent); err != nil {
				return f, 0, fmt.Errorf("audio: reading WAV: %w", err)
			}
			pos += skip
		}
	}
}

// parseFmt validates a fmt chunk.
func parseFmt(b []byte) (wavFormat, error) {
	le := binary.LittleEndian
	f := wavFormat{
		tag:      le.Uint16(b[0:2]),
		channels: int(le.Uint16(b[2:4])),
		rate:     int(le.Uint32(b[4:8])),
		bits:     int(le.Uint16(b[14:16])),
	}
	if f.tag == wavExtensible {
		// cbSize (2), valid bits (2), channel mask (4), then the sub-format GUID, whose first two
		// bytes are the real format tag.
		if len(b) < 40 {
			return f, fmt.Errorf("%w: short WAVE_FORMAT_EXTENSIBLE fmt chunk", ErrWAV)
		}
		f.tag = le.Uint16(b[24:26])
	}
	switch {
	case f.tag != wavPCM && f.tag != wavFloat:
		return f, fmt.Errorf("%w: format tag %#x (only PCM and IEEE float are read)", ErrWAV, f.tag)
	case f.channels < 1 || f.channels > 64:
		return f, fmt.Errorf("%w: %d channels", ErrWAV, f.channels)
	case f.rate < 1 || f.rate > 1<<20:
		return f, fmt.Errorf("%w: sample rate %d", ErrWAV, f.rate)
	case f.tag == wavPCM && f.bits != 8 && f.bits != 16 && f.bits != 24 && f.bits != 32:
		return f, fmt.Errorf("%w: %d-bit PCM", ErrWAV, f.bits)
	case f.tag == wavFloat && f.bits != 32:
		return f, fmt.Errorf("%w: %d-bit float", ErrWAV, f.bits)
	}
	return f, nil
}
