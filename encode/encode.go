// Package encode turns Chorus's mono float32 samples into the audio files and streams people
// ask for: WAV, raw 16-bit PCM, G.711 µ-law and A-law, FLAC, Ogg Opus and MP3. The same
// encoders serve the HTTP API, the gRPC encodings and the CLI.
//
// Every encoder streams: Write takes samples as they are synthesized and writes encoded bytes to
// the destination as soon as the codec has them (a FLAC block, an MP3 frame, an Ogg page), and
// Close finishes the stream. None needs to seek. Where the destination can seek (an io.Seeker
// whose Seek works, such as a regular file), Close goes back to fill in what is only known at the
// end:
//
//   - WAV: the RIFF and data sizes (on a stream they say "unknown length", which players accept).
//   - FLAC: the STREAMINFO block's total samples, frame sizes and MD5 signature (on a stream they
//     are 0, "unknown", as the format allows).
//   - MP3: the Xing/LAME "Info" frame, which holds the frame count and the encoder delay and
//     padding that let decoders trim the stream to its exact length (on a stream there is no
//     such frame: the decoded audio has LAME's encoder delay before it and up to one frame of
//     padding after it).
//
// Ogg Opus, raw PCM and the G.711 laws never seek.
//
// The compressed formats use well-kept C libraries through cgo: libFLAC, libopusenc (libopus)
// and LAME. A build without cgo has the uncompressed formats only; New reports ErrUnavailable for
// the others.
package encode

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chorus-tts/chorus/synth/audio"
)

// Format names an output format.
type Format string

// The formats.
const (
	WAV   Format = "wav"   // RIFF WAVE, 16-bit PCM
	PCM   Format = "pcm"   // headerless signed 16-bit little-endian PCM
	MuLaw Format = "mulaw" // headerless G.711 µ-law, 8 bits a sample
	ALaw  Format = "alaw"  // headerless G.711 A-law, 8 bits a sample
	FLAC  Format = "flac"  // FLAC, 16 bits, lossless
	Opus  Format = "opus"  // Opus in Ogg (RFC 7845)
	MP3   Format = "mp3"   // MPEG-1/2/2.5 Layer III, constant bit rate
)

// Formats lists every format in a stable order.
func Formats() []Format { return []Format{WAV, PCM, MuLaw, ALaw, FLAC, Opus, MP3} }

// ErrUnknownFormat reports a format name or file extension that names no format.
var ErrUnknownFormat = errors.New("encode: unknown audio format")

// ErrUnavailable reports a format this build cannot produce (a build without cgo has no FLAC,
// Opus or MP3).
var ErrUnavailable = errors.New("encode: audio format not available in this build")

// aliases maps other common names of the formats (as written after --format or as file
// extensions) to a format.
var aliases = map[string]Format{
	"wav": WAV, "wave": WAV,
	"pcm": PCM, "raw": PCM, "s16le": PCM, "l16": PCM,
	"mulaw": MuLaw, "ulaw": MuLaw, "mu-law": MuLaw, "µ-law": MuLaw, "μ-law": MuLaw, "pcmu": MuLaw,
	"alaw": ALaw, "a-law": ALaw, "pcma": ALaw,
	"flac": FLAC,
	"opus": Opus, "ogg": Opus, "oga": Opus,
	"mp3": MP3,
}

// extensions are the file extensions (without the dot) ForPath recognizes, per format; the
// first is the one Extension returns.
var extensions = map[Format][]string{
	WAV:   {"wav", "wave"},
	PCM:   {"pcm", "raw"},
	MuLaw: {"ulaw", "mulaw", "ul"},
	ALaw:  {"alaw", "al"},
	FLAC:  {"flac"},
	Opus:  {"opus", "ogg", "oga"},
	MP3:   {"mp3"},
}

// Choices is the list of format names for messages: "wav, pcm, mulaw, alaw, flac, opus, mp3".
func Choices() string {
	names := make([]string, 0, len(extensions))
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// ParseFormat returns the format a name means, ignoring case: a format's name or a common alias
// ("ulaw", "ogg", "raw"). An unknown name is an ErrUnknownFormat naming the choices.
func ParseFormat(name string) (Format, error) {
	if f, ok := aliases[strings.ToLower(strings.TrimSpace(name))]; ok {
		return f, nil
	}
	return "", fmt.Errorf("%w %q: use one of %s", ErrUnknownFormat, name, Choices())
}

// ForPath returns the format a file name's extension says (ignoring case): .wav, .pcm/.raw,
// .ulaw/.mulaw/.ul, .alaw/.al, .flac, .opus/.ogg/.oga, .mp3. A name without an extension, or
// with one that names no format, is an ErrUnknownFormat naming the extensions that work.
func ForPath(name string) (Format, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))
	for _, f := range Formats() {
		if slices.Contains(extensions[f], ext) {
			return f, nil
		}
	}
	var list []string
	for _, f := range Formats() {
		for _, e := range extensions[f] {
			list = append(list, "."+e)
		}
	}
	what := fmt.Sprintf("extension %q", "."+ext)
	if ext == "" {
		what = "no extension"
	}
	return "", fmt.Errorf("%w: %q has %s: use one of %s, or name the format", ErrUnknownFormat, name, what, strings.Join(list, " "))
}

// Extension is the usual file extension of f, without the dot.
func (f Format) Extension() string {
	if e := extensions[f]; len(e) > 0 {
		return e[0]
	}
	return ""
}

// MIMEType is the media type to label f with (an HTTP Content-Type).
func (f Format) MIMEType() string {
	switch f {
	case WAV:
		return "audio/wav"
	case PCM:
		return "audio/pcm"
	case MuLaw:
		return "audio/basic"
	case ALaw:
		return "audio/x-alaw-basic"
	case FLAC:
		return "audio/flac"
	case Opus:
		return "audio/ogg; codecs=opus"
	case MP3:
		return "audio/mpeg"
	}
	return "application/octet-stream"
}

// Lossy reports whether f discards information (Opus, MP3); the others carry the 16-bit
// samples exactly (µ-law and A-law: their 8-bit companding of them).
func (f Format) Lossy() bool { return f == Opus || f == MP3 }

func (f Format) valid() bool { _, ok := extensions[f]; return ok }

// Available reports whether this build can write f: every format with cgo, only WAV, PCM,
// µ-law and A-law without it. A server can check it before it answers anything.
func Available(f Format) bool {
	switch f {
	case FLAC, Opus, MP3:
		return codecsBuilt
	}
	return f.valid()
}

// Encoder takes mono samples in [-1, 1] (values beyond saturate, NaN is silence) and writes
// them, encoded, to its destination as they come. Write must not be called after Close. Close
// finishes the stream (flushing what the codec held back and, on a seekable destination,
// completing headers); it does not close the destination. An Encoder is not safe for
// concurrent use.
type Encoder interface {
	audio.Writer
	io.Closer
}

// Options tunes an encoder. The zero value gives each format's defaults.
type Options struct {
	// Bitrate of the lossy formats in bits per second: Opus 6000–256000 (default 32000 for
	// speech), MP3 8000–320000 (default: DefaultMP3Bitrate; LAME takes the nearest bit rate
	// the MPEG version has). 0 means the default; ignored by the lossless formats.
	Bitrate int
}

// Bitrate limits.
const (
	MinOpusBitrate = 6000
	MaxOpusBitrate = 256000
	MinMP3Bitrate  = 8000
	MaxMP3Bitrate  = 320000
)

// New returns an encoder writing format f of mono audio at sampleRate (audio.MinSampleRate to
// audio.MaxSampleRate) to w. Headers that can be written at once are written before New
// returns, so an empty stream is still a valid file and an unwritable destination fails here.
// Rates a codec cannot carry are converted: MP3 streams are resampled (audio.Resampler) to the
// lowest MPEG rate at or above sampleRate, Opus streams to 48 kHz, the rate Opus codes at.
// StreamRate tells the rate a stream ends up with.
func New(w io.Writer, f Format, sampleRate int, opts Options) (Encoder, error) {
	if w == nil {
		return nil, errors.New("encode: nil destination")
	}
	if !f.valid() {
		return nil, fmt.Errorf("%w %q: use one of %s", ErrUnknownFormat, string(f), Choices())
	}
	if sampleRate < audio.MinSampleRate || sampleRate > audio.MaxSampleRate {
		return nil, fmt.Errorf("encode: %w: %d Hz (use %d to %d)", audio.ErrSampleRate, sampleRate, audio.MinSampleRate, audio.MaxSampleRate)
	}
	if err := checkBitrate(f, opts.Bitrate); err != nil {
		return nil, err
	}
	switch f {
	case WAV:
		return newWAV(w, sampleRate)
	case PCM:
		return newRaw(w, audio.PCM16), nil
	case MuLaw:
		return newRaw(w, audio.MuLaw), nil
	case ALaw:
		return newRaw(w, audio.ALaw), nil
	case FLAC:
		return newFLAC(w, sampleRate)
	case Opus:
		return newOpus(w, sampleRate, opts)
	case MP3:
		return newMP3(w, sampleRate, opts)
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownFormat, string(f))
}

func checkBitrate(f Format, b int) error {
	if b == 0 || !f.Lossy() {
		return nil
	}
	lo, hi := MinOpusBitrate, MaxOpusBitrate
	if f == MP3 {
		lo, hi = MinMP3Bitrate, MaxMP3Bitrate
	}
	if b < lo || b > hi {
		return fmt.Errorf("encode: %s bit rate %d b/s is out of range: use %d to %d, or 0 for the default", f, b, lo, hi)
	}
	return nil
}

// DefaultOpusBitrate is the Opus bit rate when Options.Bitrate is 0: Opus is near transparent
// on mono speech at 24–32 kb/s.
const DefaultOpusBitrate = 32000

// DefaultMP3Bitrate is the constant bit rate of an MP3 stream at rate when Options.Bitrate is
// 0: clean mono speech at each bandwidth, and a frame large enough to hold the Info frame that
// makes a file's length exact (LAME leaves it out when a frame is too small for it, as one of
// 48 kb/s at 22.05 or 24 kHz is): 64 kb/s from 22.05 kHz up, 48 kb/s at 16 kHz, 32 kb/s below.
func DefaultMP3Bitrate(rate int) int {
	switch r := mp3Rate(rate); {
	case r >= 22050:
		return 64000
	case r >= 16000:
		return 48000
	}
	return 32000
}

// StreamRate is the sample rate of the audio in a stream of format f made from sampleRate
// input: the rate a decoder reports. It is sampleRate itself except for MP3 (the lowest MPEG
// rate at or above it) and Opus (always 48000).
func StreamRate(f Format, sampleRate int) int {
	switch f {
	case Opus:
		return 48000
	case MP3:
		return mp3Rate(sampleRate)
	}
	return sampleRate
}

// mp3Rates are the sample rates of MPEG-2.5, MPEG-2 and MPEG-1 Layer III, ascending.
var mp3Rates = [...]int{8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000}

// mp3Rate is the lowest MPEG rate at or above r (48000 for anything above it).
func mp3Rate(r int) int {
	for _, m := range mp3Rates {
		if m >= r {
			return m
		}
	}
	return mp3Rates[len(mp3Rates)-1]
}

// seekerOf returns w as an io.Seeker and its current position when w can seek, else nil.
func seekerOf(w io.Writer) (io.Seeker, int64) {
	s, ok := w.(io.Seeker)
	if !ok {
		return nil, 0
	}
	pos, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil, 0
	}
	return s, pos
}

// errClosed reports a Write after Close.
func errClosed(f Format) error { return fmt.Errorf("encode: %s encoder is closed", f) }
