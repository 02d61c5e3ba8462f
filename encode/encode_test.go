package encode_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/synth/audio"
)

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want encode.Format
	}{
		{"wav", encode.WAV}, {"WAV", encode.WAV}, {" flac ", encode.FLAC}, {"ulaw", encode.MuLaw},
		{"mulaw", encode.MuLaw}, {"alaw", encode.ALaw}, {"pcm", encode.PCM}, {"raw", encode.PCM},
		{"opus", encode.Opus}, {"ogg", encode.Opus}, {"mp3", encode.MP3}, {"MP3", encode.MP3},
	} {
		got, err := encode.ParseFormat(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "aac", "wma", "mp4", "wav2"} {
		_, err := encode.ParseFormat(in)
		if !errors.Is(err, encode.ErrUnknownFormat) {
			t.Errorf("ParseFormat(%q) error = %v, want ErrUnknownFormat", in, err)
			continue
		}
		for _, f := range encode.Formats() {
			if !strings.Contains(err.Error(), string(f)) {
				t.Errorf("ParseFormat(%q) error %q does not name the choice %q", in, err, f)
			}
		}
	}
}

func TestForPath(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want encode.Format
	}{
		{"ep.wav", encode.WAV}, {"dir.mp3/ep.MP3", encode.MP3}, {"a.b.flac", encode.FLAC},
		{"ep.opus", encode.Opus}, {"ep.ogg", encode.Opus}, {"x.ulaw", encode.MuLaw},
		{"x.al", encode.ALaw}, {"x.raw", encode.PCM}, {"x.pcm", encode.PCM},
	} {
		got, err := encode.ForPath(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ForPath(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"ep.aac", "ep", "ep.mp3.txt", "-", "ep."} {
		_, err := encode.ForPath(in)
		if !errors.Is(err, encode.ErrUnknownFormat) {
			t.Errorf("ForPath(%q) error = %v, want ErrUnknownFormat", in, err)
			continue
		}
		for _, ext := range []string{".wav", ".flac", ".opus", ".mp3", ".pcm", ".ulaw", ".alaw"} {
			if !strings.Contains(err.Error(), ext) {
				t.Errorf("ForPath(%q) error %q does not name %s", in, err, ext)
			}
		}
	}
	// Every format's own extension maps back to it.
	for _, f := range encode.Formats() {
		if got, err := encode.ForPath("x." + f.Extension()); err != nil || got != f {
			t.Errorf("ForPath(x.%s) = %q, %v; want %q", f.Extension(), got, err, f)
		}
	}
}

func TestAvailable(t *testing.T) {
	for _, f := range encode.Formats() {
		var b bytes.Buffer
		e, err := encode.New(&b, f, 16000, encode.Options{})
		if err == nil {
			err = e.Close()
		}
		if got := encode.Available(f); got != (err == nil) {
			t.Errorf("Available(%s) = %v, but New gave error %v", f, got, err)
		}
		if err != nil && !errors.Is(err, encode.ErrUnavailable) {
			t.Errorf("New(%s): %v, want ErrUnavailable when not available", f, err)
		}
	}
	if encode.Available("aac") {
		t.Error(`Available("aac") = true`)
	}
}

func TestNewRejects(t *testing.T) {
	var b bytes.Buffer
	for _, tc := range []struct {
		name string
		f    encode.Format
		rate int
		opts encode.Options
		want error
	}{
		{"unknown format", "aac", 24000, encode.Options{}, encode.ErrUnknownFormat},
		{"rate too low", encode.WAV, 7999, encode.Options{}, audio.ErrSampleRate},
		{"rate too high", encode.FLAC, 48001, encode.Options{}, audio.ErrSampleRate},
		{"opus bit rate", encode.Opus, 24000, encode.Options{Bitrate: 1000}, nil},
		{"mp3 bit rate", encode.MP3, 24000, encode.Options{Bitrate: 500000}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := encode.New(&b, tc.f, tc.rate, tc.opts)
			if err == nil {
				e.Close()
				t.Fatalf("New(%s, %d, %+v) succeeded", tc.f, tc.rate, tc.opts)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := encode.New(nil, encode.WAV, 24000, encode.Options{}); err == nil {
		t.Error("New with a nil destination succeeded")
	}
}

// tone is n samples of a sine of frequency hz and amplitude amp at rate.
func tone(n, rate int, hz, amp float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(amp * math.Sin(2*math.Pi*hz*float64(i)/float64(rate)))
	}
	return x
}

// encodeAll encodes x in blocks of block samples into a buffer (a destination that cannot seek).
func encodeAll(t *testing.T, f encode.Format, rate int, x []float32, block int) []byte {
	t.Helper()
	var b bytes.Buffer
	e, err := encode.New(&b, f, rate, encode.Options{})
	if err != nil {
		t.Fatalf("New(%s, %d): %v", f, rate, err)
	}
	writeBlocks(t, e, x, block)
	if err := e.Close(); err != nil {
		t.Fatalf("%s Close: %v", f, err)
	}
	return b.Bytes()
}

// encodeFile encodes x into a file through its *os.File (a destination that can seek) and
// returns its path.
func encodeFile(t *testing.T, f encode.Format, rate int, x []float32, block int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "seek."+f.Extension())
	fh, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	e, err := encode.New(fh, f, rate, encode.Options{})
	if err != nil {
		t.Fatalf("New(%s, %d): %v", f, rate, err)
	}
	writeBlocks(t, e, x, block)
	if err := e.Close(); err != nil {
		t.Fatalf("%s Close: %v", f, err)
	}
	// Close leaves the file at the end of the stream: appending there must not overwrite it.
	end, err := fh.Seek(0, io.SeekCurrent)
	if err != nil {
		t.Fatal(err)
	}
	st, err := fh.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if end != st.Size() {
		t.Errorf("%s: Close left the file at %d, its end is %d", f, end, st.Size())
	}
	if err := fh.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeBlocks(t *testing.T, e encode.Encoder, x []float32, block int) {
	t.Helper()
	for len(x) > 0 {
		n := min(block, len(x))
		if err := e.Write(x[:n]); err != nil {
			t.Fatalf("Write: %v", err)
		}
		x = x[n:]
	}
}

// codecs are what ffprobe calls each format's codec.
var codecs = map[encode.Format]string{
	encode.WAV: "pcm_s16le", encode.FLAC: "flac", encode.Opus: "opus", encode.MP3: "mp3",
	encode.PCM: "pcm_s16le", encode.MuLaw: "pcm_mulaw", encode.ALaw: "pcm_alaw",
}

// frameSamples is one codec frame at the stream's rate: the duration tolerance the issue sets
// (a decoder can only end a stream on a frame boundary unless the container trims it).
func frameSamples(f encode.Format, streamRate int) int {
	switch f {
	case encode.Opus:
		return 960 // 20 ms at 48 kHz, libopusenc's frame
	case encode.MP3:
		if streamRate >= 32000 {
			return 1152 // MPEG-1 Layer III
		}
		return 576 // MPEG-2 and 2.5
	}
	return 0 // PCM, G.711, WAV and FLAC end on the sample
}

// mp3StreamDelay bounds what a decoder adds to an MP3 stream without an Info frame: LAME's
// encoder delay (576 samples) and the decoder's (529), which nothing says to trim.
const mp3StreamDelay = 576 + 529

// TestFormatsDecode encodes half a second of a tone in each format at rates each codec takes
// natively and rates it must convert, to a stream and to a seekable file, and checks what FFmpeg
// makes of it: the codec, the sample rate, one channel, and the decoded length within one codec
// frame of the input's.
func TestFormatsDecode(t *testing.T) {
	needFFmpeg(t)
	for _, f := range encode.Formats() {
		for _, rate := range []int{8000, 16000, 24000, 30000, 48000} {
			x := tone(rate/2, rate, 440, 0.5)
			for _, seek := range []bool{false, true} {
				name := string(f) + "/" + strconv.Itoa(rate) + map[bool]string{false: "/stream", true: "/file"}[seek]
				t.Run(name, func(t *testing.T) {
					t.Parallel() // FFmpeg runs in its own process: use the cores
					var path string
					if seek {
						path = encodeFile(t, f, rate, x, 1000)
					} else {
						path = writeTemp(t, f, encodeAll(t, f, rate, x, 1000))
					}
					sr := encode.StreamRate(f, rate)
					raw := rawInput(f, rate)
					if raw == nil {
						p := ffprobe(t, path)
						if p.Codec != codecs[f] || p.Rate != sr || p.Channels != 1 {
							t.Errorf("ffprobe: codec %s, %d Hz, %d channels; want %s, %d Hz, 1", p.Codec, p.Rate, p.Channels, codecs[f], sr)
						}
					}
					y := ffdecode(t, path, raw...)
					want := audio.ResampledLength(len(x), rate, sr)
					lo, hi := want-frameSamples(f, sr), want+frameSamples(f, sr)
					if f == encode.MP3 && !seek {
						hi += mp3StreamDelay
					}
					if len(y) < lo || len(y) > hi {
						t.Errorf("decoded %d samples at %d Hz, want %d (%d to %d)", len(y), sr, want, lo, hi)
					}
				})
			}
		}
	}
}
