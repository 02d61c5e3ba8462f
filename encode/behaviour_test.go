package encode_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/internal/acoustics"
	"github.com/chorus-tts/chorus/synth/audio"
)

// sineFit fits a·sin + b·cos at hz to x (at rate) by least squares and returns the tone's
// amplitude and the ratio, in dB, of its power to the power of what is left.
func sineFit(x []float32, rate int, hz float64) (amp, snrDB float64) {
	var ss, cc, sc, xs, xc float64
	for i, v := range x {
		w := 2 * math.Pi * hz * float64(i) / float64(rate)
		s, c := math.Sin(w), math.Cos(w)
		ss += s * s
		cc += c * c
		sc += s * c
		xs += float64(v) * s
		xc += float64(v) * c
	}
	det := ss*cc - sc*sc
	a := (xs*cc - xc*sc) / det
	b := (xc*ss - xs*sc) / det
	var sig, res float64
	for i, v := range x {
		w := 2 * math.Pi * hz * float64(i) / float64(rate)
		f := a*math.Sin(w) + b*math.Cos(w)
		sig += f * f
		res += (float64(v) - f) * (float64(v) - f)
	}
	return math.Hypot(a, b), 10 * math.Log10(sig/res)
}

// peakHz finds the frequency near guess (±20 Hz, 0.05 Hz steps) where x has most energy.
func peakHz(x []float32, rate int, guess float64) float64 {
	best, bestP := guess, -1.0
	for f := guess - 20; f <= guess+20; f += 0.05 {
		var re, im float64
		for i, v := range x {
			w := 2 * math.Pi * f * float64(i) / float64(rate)
			re += float64(v) * math.Cos(w)
			im += float64(v) * math.Sin(w)
		}
		if p := re*re + im*im; p > bestP {
			best, bestP = f, p
		}
	}
	return best
}

// TestLossyTone sends a steady tone through Opus and MP3 at their default bit rates and checks
// that it comes back at its frequency and level.
//
// Tolerances: neither codec moves a tone (both code it in fixed frequency bins, and the
// resampling on the way is by exact rational ratios), so the frequency error is the estimate's:
// a 0.05 Hz search grid over 0.4 s, whose peak is 2.5 Hz wide; 0.2 Hz allows for it. The level
// must be the input's, less 0.45 dB for MP3 (LAME's constant-bit-rate presets scale the input
// by 0.95 for decoder headroom), within ±0.2 dB: well under the smallest level change a
// listener notices on a steady tone (about 0.5 dB), and room for the codecs' energy
// quantization. The tone must stand 20 dB above everything else the codec added (noise,
// pre-echo, distortion).
func TestLossyTone(t *testing.T) {
	needFFmpeg(t)
	const hz, amp = 440.0, 0.5
	for _, f := range []encode.Format{encode.Opus, encode.MP3} {
		for _, rate := range []int{16000, 24000, 44100} {
			t.Run(string(f)+"/"+strconv.Itoa(rate), func(t *testing.T) {
				t.Parallel()
				x := tone(rate, rate, hz, amp)
				path := writeTemp(t, f, encodeAll(t, f, rate, x, 960))
				y := ffdecode(t, path)
				sr := encode.StreamRate(f, rate)
				// The middle 0.4 s: away from the codecs' start-up and the stream's end.
				mid := y[3*sr/10 : 7*sr/10]
				if got := peakHz(mid, sr, hz); math.Abs(got-hz) > 0.2 {
					t.Errorf("tone at %.2f Hz, want %.2f ± 0.2", got, hz)
				}
				a, snr := sineFit(mid, sr, hz)
				want := 0.0
				if f == encode.MP3 {
					want = 20 * math.Log10(0.95)
				}
				if db := 20 * math.Log10(a/amp); math.Abs(db-want) > 0.2 {
					t.Errorf("tone level %+.2f dB from the input's, want %+.2f ± 0.2 dB", db, want)
				}
				if snr < 20 {
					t.Errorf("tone %.1f dB above the codec's noise and distortion, want at least 20", snr)
				}
				if n := acoustics.NonFinite(y); n > 0 {
					t.Errorf("%d non-finite samples decoded", n)
				}
				t.Logf("%s %d Hz: level %+.3f dB, SNR %.1f dB", f, rate, 20*math.Log10(a/amp), snr)
			})
		}
	}
}

// TestLosslessExact checks that the formats without loss give back exactly the 16-bit samples
// (µ-law and A-law: their companded values, within the step of the law at each level).
func TestLosslessExact(t *testing.T) {
	needFFmpeg(t)
	const rate = 16000
	x := tone(rate/4, rate, 1000, 0.9)
	x = append(x, 1.5, -1.5, float32(math.NaN()), float32(math.Inf(1)), 0) // saturate, silence
	for _, f := range []encode.Format{encode.WAV, encode.PCM, encode.FLAC, encode.MuLaw, encode.ALaw} {
		t.Run(string(f), func(t *testing.T) {
			y := ffdecode(t, writeTemp(t, f, encodeAll(t, f, rate, x, 333)), rawInput(f, rate)...)
			if len(y) != len(x) {
				t.Fatalf("decoded %d samples, want %d", len(y), len(x))
			}
			for i := range x {
				want := float64(audio.ToInt16(x[i])) / 32768 // FFmpeg's scale for 16-bit samples
				tol := 0.5 / 32768                           // float rounding only
				if f == encode.MuLaw || f == encode.ALaw {
					// G.711's step doubles each segment: at most 1/16 of the magnitude, or 2
					// steps of 16 bits at the bottom.
					tol = math.Abs(want)/16 + 16.0/32768
				}
				if d := math.Abs(float64(y[i]) - want); d > tol {
					t.Fatalf("sample %d: decoded %g, want %g ± %g", i, y[i], want, tol)
				}
			}
		})
	}
}

// countingWriter records how many bytes reached it.
type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

// TestStreamsBeforeClose checks that each format's bytes leave as audio is written, not at
// Close: after New (headers) and after each second of audio the destination has grown by more
// than a header, and by Close most of the stream is out.
func TestStreamsBeforeClose(t *testing.T) {
	const rate = 24000
	for _, f := range encode.Formats() {
		t.Run(string(f), func(t *testing.T) {
			var c countingWriter
			e, err := encode.New(&c, f, rate, encode.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			header := c.n
			x := tone(rate, rate, 300, 0.3)
			prev := header
			for sec := 1; sec <= 3; sec++ {
				writeBlocks(t, e, x, 2400) // 100 ms blocks, as the server sends
				if c.n <= prev {
					t.Fatalf("after %d s of audio the destination has %d bytes, as before it (%d): nothing streamed", sec, c.n, prev)
				}
				prev = c.n
			}
			before := c.n
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			// What Close adds is what the codec held back: under a second of audio's worth.
			if perSec := (before - header) / 3; c.n-before >= perSec {
				t.Errorf("Close wrote %d bytes, a second's worth is %d: the stream was held back", c.n-before, perSec)
			}
			t.Logf("%s: header %d B, 3 s → %d B before Close, %d B after", f, header, before, c.n)
		})
	}
}

// failWriter fails every write after the first ok bytes.
type failWriter struct{ ok int }

var errDisk = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) <= w.ok {
		w.ok -= len(p)
		return len(p), nil
	}
	n := w.ok
	w.ok = 0
	return n, errDisk
}

// TestDestinationErrors checks that a destination's error comes back from New, Write or Close,
// wrapped, for every format and wherever it happens.
func TestDestinationErrors(t *testing.T) {
	const rate = 16000
	x := tone(rate*2, rate, 300, 0.3)
	for _, f := range encode.Formats() {
		for _, ok := range []int{0, 10, 100, 2000} {
			t.Run(string(f)+"/"+strconv.Itoa(ok), func(t *testing.T) {
				e, err := encode.New(&failWriter{ok: ok}, f, rate, encode.Options{})
				if err == nil {
					for i := 0; i < len(x) && err == nil; i += 1600 {
						err = e.Write(x[i : i+1600])
					}
					if cerr := e.Close(); err == nil {
						err = cerr
					}
				}
				if !errors.Is(err, errDisk) {
					t.Fatalf("error %v, want the destination's (%v)", err, errDisk)
				}
			})
		}
	}
}

func TestWriteAfterClose(t *testing.T) {
	for _, f := range encode.Formats() {
		var b bytes.Buffer
		e, err := encode.New(&b, f, 16000, encode.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Close(); err != nil {
			t.Fatalf("%s: Close: %v", f, err)
		}
		n := b.Len()
		if err := e.Close(); err != nil {
			t.Errorf("%s: second Close: %v", f, err)
		}
		if err := e.Write([]float32{0.1}); err == nil {
			t.Errorf("%s: Write after Close succeeded", f)
		}
		if b.Len() != n {
			t.Errorf("%s: the destination grew after Close", f)
		}
	}
}

// TestSeekableHeaders checks what Close fills in on a destination that can seek, and that a
// stream states an unknown length instead: FLAC's STREAMINFO sample count, and MP3's Info frame.
func TestSeekableHeaders(t *testing.T) {
	const rate = 24000
	x := tone(rate/2, rate, 440, 0.5)

	flacSamples := func(b []byte) uint64 {
		// "fLaC", then the STREAMINFO block header (4 bytes); its 36-bit sample count starts
		// at the low 4 bits of byte 13 of the block.
		si := b[8:]
		return uint64(si[13]&0x0F)<<32 | uint64(binary.BigEndian.Uint32(si[14:18]))
	}
	stream := encodeAll(t, encode.FLAC, rate, x, 1000)
	if string(stream[:4]) != "fLaC" {
		t.Fatalf("FLAC stream starts %q", stream[:4])
	}
	if n := flacSamples(stream); n != 0 {
		t.Errorf("FLAC stream states %d samples, want 0 (unknown)", n)
	}
	file := readFile(t, encodeFile(t, encode.FLAC, rate, x, 1000))
	if n := flacSamples(file); n != uint64(len(x)) {
		t.Errorf("FLAC file states %d samples, want %d", n, len(x))
	}

	// LAME's Info frame: the first frame of a file, absent from a stream.
	hasInfo := func(b []byte) bool { return bytes.Contains(b[:min(len(b), 200)], []byte("Info")) }
	if s := encodeAll(t, encode.MP3, rate, x, 1000); hasInfo(s) {
		t.Error("MP3 stream has an Info frame, which it cannot complete")
	}
	if f := readFile(t, encodeFile(t, encode.MP3, rate, x, 1000)); !hasInfo(f) {
		t.Error("MP3 file has no Info frame")
	}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOpusHeader checks the Ogg Opus identification header: one channel, and the input rate
// libopusenc was given (always 48 kHz: other rates are resampled before it).
func TestOpusHeader(t *testing.T) {
	for _, rate := range []int{16000, 22050, 48000} {
		var b bytes.Buffer
		e, err := encode.New(&b, encode.Opus, rate, encode.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		s := b.Bytes()
		i := bytes.Index(s, []byte("OpusHead"))
		if string(s[:4]) != "OggS" || i < 0 || len(s) < i+19 {
			t.Fatalf("%d Hz: no Ogg page with OpusHead at the start", rate)
		}
		h := s[i:]
		if ch, in := h[9], binary.LittleEndian.Uint32(h[12:]); ch != 1 || in != 48000 {
			t.Errorf("OpusHead: %d channels, input rate %d; want 1, 48000", ch, in)
		}
	}
}

// TestBitrate checks that the lossy formats spend the bit rate asked for (and their defaults):
// on 4 s of noise, which leaves a codec nothing to save, the stream's size over its duration is
// the rate within 15% (MP3 is constant-rate: only headers and the last frame's padding differ;
// Opus's variable rate averages to its target on steady content).
func TestBitrate(t *testing.T) {
	const rate, secs = 24000, 4
	noise := make([]float32, rate*secs)
	seed := uint32(1)
	for i := range noise {
		seed = seed*1664525 + 1013904223
		noise[i] = (float32(seed>>8)/float32(1<<24) - 0.5) * 0.5
	}
	for _, tc := range []struct {
		f    encode.Format
		bits int
		want int
	}{
		{encode.Opus, 0, encode.DefaultOpusBitrate},
		{encode.Opus, 16000, 16000},
		{encode.Opus, 96000, 96000},
		{encode.MP3, 0, encode.DefaultMP3Bitrate(rate)},
		{encode.MP3, 32000, 32000},
		{encode.MP3, 128000, 128000},
	} {
		var c countingWriter
		e, err := encode.New(&c, tc.f, rate, encode.Options{Bitrate: tc.bits})
		if err != nil {
			t.Fatal(err)
		}
		writeBlocks(t, e, noise, 2400)
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		got := float64(c.n) * 8 / secs
		if math.Abs(got/float64(tc.want)-1) > 0.15 {
			t.Errorf("%s at Bitrate %d: %.0f b/s, want %d ± 15%%", tc.f, tc.bits, got, tc.want)
		}
	}
}
