package audio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// memFile is an in-memory io.WriteSeeker.
type memFile struct {
	b   []byte
	off int64
}

func (m *memFile) Write(p []byte) (int, error) {
	if need := m.off + int64(len(p)); need > int64(len(m.b)) {
		m.b = append(m.b, make([]byte, need-int64(len(m.b)))...)
	}
	copy(m.b[m.off:], p)
	m.off += int64(len(p))
	return len(p), nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		off += m.off
	case io.SeekEnd:
		off += int64(len(m.b))
	}
	if off < 0 {
		return 0, errors.New("negative seek")
	}
	m.off = off
	return off, nil
}

func writeWAV(t testing.TB, rate int, chunks ...[]float32) []byte {
	t.Helper()
	var f memFile
	w, err := NewWAVWriter(&f, rate)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range chunks {
		if err := w.Write(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return f.b
}

func TestWAVRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	in := make([]float32, 5000)
	for i := range in {
		in[i] = float32(rng.Float64()*2 - 1)
	}
	copy(in, []float32{0, 1, -1, 1.5, -7, float32(math.NaN()), float32(math.Inf(1)), 0.5})
	for _, rate := range []int{8000, 16000, 22050, 24000, 48000} {
		b := writeWAV(t, rate, in[:1234], in[1234:1235], nil, in[1235:])
		le := binary.LittleEndian
		if len(b) != 44+2*len(in) {
			t.Fatalf("file is %d bytes, want %d", len(b), 44+2*len(in))
		}
		if string(b[0:4]) != "RIFF" || string(b[8:16]) != "WAVEfmt " || string(b[36:40]) != "data" {
			t.Fatalf("bad header % x", b[:44])
		}
		if got := le.Uint32(b[4:]); got != uint32(36+2*len(in)) {
			t.Errorf("RIFF size %d", got)
		}
		if got := le.Uint32(b[40:]); got != uint32(2*len(in)) {
			t.Errorf("data size %d", got)
		}
		if got := le.Uint32(b[24:]); got != uint32(rate) {
			t.Errorf("header rate %d", got)
		}
		out, gotRate, err := ReadWAV(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if gotRate != rate || len(out) != len(in) {
			t.Fatalf("read %d samples at %d, want %d at %d", len(out), gotRate, len(in), rate)
		}
		for i := range in {
			want := max(float32(ToInt16(in[i]))/32767, -1) // -32768 reads as -1
			if out[i] != want {
				t.Fatalf("sample %d: wrote %v, read %v, want %v", i, in[i], out[i], want)
			}
			// Within half a 16-bit step, plus float32 rounding of the read value.
			if in[i] >= -1 && in[i] <= 1 && math.Abs(float64(out[i]-in[i])) > 0.5/32767+1e-7 {
				t.Fatalf("sample %d: %v → %v", i, in[i], out[i])
			}
		}
	}
}

func TestWAVFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tone.wav")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWAVWriter(f, 16000)
	if err != nil {
		t.Fatal(err)
	}
	tone := sine(16000, 16000, 440, 0.5, 0)
	if err := w.Write(tone); err != nil {
		t.Fatal(err)
	}
	if w.Samples() != 16000 {
		t.Errorf("Samples() = %d", w.Samples())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := w.Write(tone); err == nil {
		t.Error("Write after Close accepted")
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	f, err = os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out, rate, err := ReadWAV(f)
	if err != nil {
		t.Fatal(err)
	}
	if rate != 16000 || len(out) != len(tone) {
		t.Fatalf("%d samples at %d", len(out), rate)
	}
	// Quantization adds noise, not a change of level: its effect on a least-squares amplitude
	// over a second is far below half a 16-bit step, which any scaling error would exceed.
	if amp, _ := fitTone(out, rate, 440); math.Abs(amp-0.5) > halfLSB {
		t.Errorf("tone amplitude %v after the round trip", amp)
	}
}

func TestWAVEmpty(t *testing.T) {
	b := writeWAV(t, 24000)
	if len(b) != 44 {
		t.Fatalf("empty file is %d bytes", len(b))
	}
	out, rate, err := ReadWAV(bytes.NewReader(b))
	if err != nil || rate != 24000 || len(out) != 0 {
		t.Fatalf("ReadWAV = %d samples, %d, %v", len(out), rate, err)
	}
}

func TestWAVWriterErrors(t *testing.T) {
	if _, err := NewWAVWriter(nil, 16000); err == nil {
		t.Error("nil destination accepted")
	}
	for _, r := range []int{0, 7999, 48001} {
		if _, err := NewWAVWriter(&memFile{}, r); !errors.Is(err, ErrSampleRate) {
			t.Errorf("rate %d: %v", r, err)
		}
	}
	if _, err := NewWAVWriter(failingWS{}, 16000); err == nil {
		t.Error("write failure not reported")
	}
}

type failingWS struct{}

func (failingWS) Write([]byte) (int, error)      { return 0, errors.New("disk full") }
func (failingWS) Seek(int64, int) (int64, error) { return 0, errors.New("no seek") }

// chunk is one RIFF chunk for buildWAV.
type chunk struct {
	id   string
	size int // declared size; -1 means len(data)
	data []byte
}

func fmtChunk(tag, channels, rate, bits int) chunk {
	b := binary.LittleEndian.AppendUint16(nil, uint16(tag))
	b = binary.LittleEndian.AppendUint16(b, uint16(channels))
	b = binary.LittleEndian.AppendUint32(b, uint32(rate))
	b = binary.LittleEndian.AppendUint32(b, uint32(rate*channels*bits/8))
	b = binary.LittleEndian.AppendUint16(b, uint16(channels*bits/8))
	b = binary.LittleEndian.AppendUint16(b, uint16(bits))
	return chunk{"fmt ", -1, b}
}

func extensibleFmt(subTag, channels, rate, bits int) chunk {
	c := fmtChunk(wavExtensible, channels, rate, bits)
	c.data = binary.LittleEndian.AppendUint16(c.data, 22)           // cbSize
	c.data = binary.LittleEndian.AppendUint16(c.data, uint16(bits)) // valid bits
	c.data = binary.LittleEndian.AppendUint32(c.data, 4)            // channel mask
	c.data = binary.LittleEndian.AppendUint16(c.data, uint16(subTag))
	c.data = append(c.data, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71)
	return c
}

func buildWAV(chunks ...chunk) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WAVE")
	for _, c := range chunks {
		b = append(b, c.id...)
		size := c.size
		if size < 0 {
			size = len(c.data)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(size))
		b = append(b, c.data...)
		if len(c.data)%2 == 1 && c.id != "data" {
			b = append(b, 0)
		}
	}
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

func le16(v ...int16) []byte {
	var b []byte
	for _, x := range v {
		b = binary.LittleEndian.AppendUint16(b, uint16(x))
	}
	return b
}

func TestReadWAVFormats(t *testing.T) {
	f32 := func(v ...float32) []byte {
		var b []byte
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
		return b
	}
	list := chunk{"LIST", -1, []byte("INFOISFT\x05\x00\x00\x00test\x00\x00")}
	tests := []struct {
		name string
		file []byte
		rate int
		want []float32
	}{
		{"pcm16", buildWAV(fmtChunk(1, 1, 16000, 16), chunk{"data", -1, le16(0, 32767, -32767, -32768, 16384)}),
			16000, []float32{0, 1, -1, -1, 16384.0 / 32767}},
		{"pcm8", buildWAV(fmtChunk(1, 1, 8000, 8), chunk{"data", -1, []byte{128, 255, 0, 1, 192}}),
			8000, []float32{0, 1, -1, -1, 64.0 / 127}},
		{"pcm24", buildWAV(fmtChunk(1, 1, 22050, 24), chunk{"data", -1, []byte{0, 0, 0, 0xff, 0xff, 0x7f, 0x01, 0, 0x80, 0, 0, 0x40}}),
			22050, []float32{0, 1, -1, float32(0x400000) / 0x7fffff}},
		{"pcm32", buildWAV(fmtChunk(1, 1, 48000, 32), chunk{"data", -1, binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, 0x7fffffff), 0xc0000000)}),
			48000, []float32{1, float32(-0x40000000 / float64(0x7fffffff))}},
		{"float32", buildWAV(fmtChunk(3, 1, 24000, 32), chunk{"data", -1, f32(0.25, -0.5, 1.5, float32(math.NaN()))}),
			24000, []float32{0.25, -0.5, 1.5, 0}},
		{"stereo downmix", buildWAV(fmtChunk(1, 2, 16000, 16), chunk{"data", -1, le16(1000, 3000, -32767, 32767, 100, 100)}),
			16000, []float32{2000.0 / 32767, 0, 100.0 / 32767}},
		{"extensible pcm", buildWAV(extensibleFmt(1, 1, 16000, 16), chunk{"data", -1, le16(100, -100)}),
			16000, []float32{100.0 / 32767, -100.0 / 32767}},
		{"extensible float", buildWAV(extensibleFmt(3, 1, 16000, 32), chunk{"data", -1, f32(0.125)}),
			16000, []float32{0.125}},
		{"LIST before fmt and data", buildWAV(list, fmtChunk(1, 1, 16000, 16), list, chunk{"junk", -1, []byte{1, 2, 3}}, chunk{"data", -1, le16(7)}),
			16000, []float32{7.0 / 32767}},
		{"trailing chunk", buildWAV(fmtChunk(1, 1, 16000, 16), chunk{"data", -1, le16(7, 8)}, list),
			16000, []float32{7.0 / 32767, 8.0 / 32767}},
		{"truncated data", buildWAV(fmtChunk(1, 1, 16000, 16), chunk{"data", 1000, le16(1, 2, 3)}),
			16000, []float32{1.0 / 32767, 2.0 / 32767, 3.0 / 32767}},
		{"unfinished writer (size 0xffffffff)", buildWAV(fmtChunk(1, 1, 16000, 16), chunk{"data", math.MaxUint32, le16(5)}),
			16000, []float32{5.0 / 32767}},
		{"partial last frame", buildWAV(fmtChunk(1, 1, 16000, 16), chunk{"data", -1, []byte{1, 0, 2}}),
			16000, []float32{1.0 / 32767}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rate, err := ReadWAV(bytes.NewReader(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if rate != tt.rate || len(got) != len(tt.want) {
				t.Fatalf("got %v at %d, want %v at %d", got, rate, tt.want, tt.rate)
			}
			for i := range got {
				// float32 rounding of k/32767: under 2^-24 of full scale.
				if math.Abs(float64(got[i]-tt.want[i])) > 1e-7 {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestReadWAVFromOffset(t *testing.T) {
	b := writeWAV(t, 16000, []float32{0.5, -0.5})
	r := bytes.NewReader(append([]byte("prefix"), b...))
	if _, err := r.Seek(6, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	out, rate, err := ReadWAV(r)
	if err != nil || rate != 16000 || len(out) != 2 {
		t.Fatalf("ReadWAV at an offset: %v %d %v", out, rate, err)
	}
}

func TestReadWAVErrors(t *testing.T) {
	good := fmtChunk(1, 1, 16000, 16)
	data := chunk{"data", -1, le16(1, 2)}
	short := good
	short.data = short.data[:14]
	tests := []struct {
		name string
		file []byte
	}{
		{"empty", nil},
		{"RIFF only", []byte("RIFF")},
		{"not RIFF", []byte("RIFX\x00\x00\x00\x00WAVEfmt ")},
		{"not WAVE", []byte("RIFF\x04\x00\x00\x00AVI ")},
		{"no chunks", buildWAV()},
		{"no data", buildWAV(good)},
		{"data before fmt", buildWAV(data, good)},
		{"short fmt", buildWAV(short, data)},
		{"two fmt", buildWAV(good, good, data)},
		{"huge fmt", buildWAV(chunk{"fmt ", 1 << 30, good.data}, data)},
		{"huge LIST", buildWAV(good, chunk{"LIST", math.MaxUint32, []byte("INFO")}, data)},
		{"ADPCM", buildWAV(fmtChunk(2, 1, 16000, 4), data)},
		{"12-bit", buildWAV(fmtChunk(1, 1, 16000, 12), data)},
		{"64-bit float", buildWAV(fmtChunk(3, 1, 16000, 64), data)},
		{"0 channels", buildWAV(fmtChunk(1, 0, 16000, 16), data)},
		{"0 Hz", buildWAV(fmtChunk(1, 1, 0, 16), data)},
		{"short extensible", buildWAV(fmtChunk(wavExtensible, 1, 16000, 16), data)},
		{"extensible ADPCM", buildWAV(extensibleFmt(2, 1, 16000, 16), data)},
	}
	for _, tt := range tests {
		_, _, err := ReadWAV(bytes.NewReader(tt.file))
		if !errors.Is(err, ErrWAV) {
			t.Errorf("%s: err = %v, want ErrWAV", tt.name, err)
		}
	}
	if _, _, err := ReadWAV(nil); !errors.Is(err, ErrWAV) {
		t.Errorf("nil reader: %v", err)
	}
	if _, _, err := ReadWAV(failingRS{}); err == nil {
		t.Error("seek failure not reported")
	}
}

type failingRS struct{}

func (failingRS) Read([]byte) (int, error)       { return 0, errors.New("broken") }
func (failingRS) Seek(int64, int) (int64, error) { return 0, errors.New("broken") }

// slowReader returns at most 3 bytes per Read, to check that short reads do not misalign samples.
type slowReader struct{ *bytes.Reader }

func (s slowReader) Read(p []byte) (int, error) { return s.Reader.Read(p[:min(len(p), 3)]) }

func TestReadWAVShortReads(t *testing.T) {
	in := sine(10000, 16000, 300, 0.8, 0)
	b := writeWAV(t, 16000, in)
	want, _, err := ReadWAV(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := ReadWAV(slowReader{bytes.NewReader(b)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d samples, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("sample %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func FuzzReadWAV(f *testing.F) {
	f.Add(writeWAV(f, 16000, []float32{0.1, -0.2, 0.3}))
	f.Add(buildWAV(fmtChunk(1, 2, 44100, 24), chunk{"LIST", -1, []byte("INFOINAM\x03\x00\x00\x00ab\x00\x00")}, chunk{"data", -1, make([]byte, 12)}))
	f.Add(buildWAV(extensibleFmt(3, 1, 16000, 32), chunk{"data", -1, make([]byte, 8)}))
	f.Add(buildWAV(fmtChunk(1, 1, 8000, 8), chunk{"data", 99, []byte{1, 2, 3}}))
	f.Add([]byte("RIFF\xff\xff\xff\xffWAVELIST\xff\xff\xff\xffINFO"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		samples, rate, err := ReadWAV(bytes.NewReader(b))
		if err != nil {
			if samples != nil || rate != 0 {
				t.Fatalf("error %v with %d samples at %d", err, len(samples), rate)
			}
			return
		}
		if rate < 1 {
			t.Fatalf("rate %d", rate)
		}
		if len(samples) > len(b) {
			t.Fatalf("%d samples from %d bytes", len(samples), len(b))
		}
		for _, x := range samples {
			if x != x || math.IsInf(float64(x), 0) {
				t.Fatalf("non-finite sample %v", x)
			}
		}
	})
}

func BenchmarkWAVWriter(b *testing.B) {
	var f memFile
	w, err := NewWAVWriter(&f, 24000)
	if err != nil {
		b.Fatal(err)
	}
	p := sine(480, 24000, 440, 0.5, 0)
	for b.Loop() {
		if err := w.Write(p); err != nil {
			b.Fatal(err)
		}
		if len(f.b) > 1<<24 {
			f.b, f.off = f.b[:0], 0
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(p))/24000/b.Elapsed().Seconds(), "xRT")
}

func BenchmarkReadWAV(b *testing.B) {
	file := writeWAV(b, 24000, sine(24000, 24000, 440, 0.5, 0))
	for b.Loop() {
		if _, _, err := ReadWAV(bytes.NewReader(file)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "xRT")
}

// stream is a destination that cannot seek (a pipe): an io.Writer only.
type stream struct{ bytes.Buffer }

// TestWAVStreamUnknownLength: where the destination cannot seek, the header says "unknown" in
// both sizes and the samples follow it; such a file reads back whole.
func TestWAVStreamUnknownLength(t *testing.T) {
	in := sine(3000, 16000, 440, 0.5, 0)
	var s stream
	w, err := NewWAVWriter(&s, 16000)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in[:1000]); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in[1000:]); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b := s.Bytes()
	le := binary.LittleEndian
	if got := le.Uint32(b[4:]); got != 0xFFFFFFFF {
		t.Errorf("RIFF size %#x, want 0xFFFFFFFF", got)
	}
	if got := le.Uint32(b[40:]); got != 0xFFFFFFFF {
		t.Errorf("data size %#x, want 0xFFFFFFFF", got)
	}
	// Apart from the two sizes, the stream is the file a seekable destination gets.
	file := writeWAV(t, 16000, in)
	if len(b) != len(file) || !bytes.Equal(b[8:40], file[8:40]) || !bytes.Equal(b[44:], file[44:]) {
		t.Fatalf("stream differs from the file beyond the sizes")
	}
	out, rate, err := ReadWAV(bytes.NewReader(b))
	if err != nil || rate != 16000 || len(out) != len(in) {
		t.Fatalf("ReadWAV = %d samples at %d, %v; want %d at 16000", len(out), rate, err, len(in))
	}
}

// TestWAVStreamKnownLength: a length given in advance is in the header from the start, so a
// stream is byte for byte the file; more or fewer samples than stated are errors.
func TestWAVStreamKnownLength(t *testing.T) {
	in := sine(2500, 24000, 440, 0.5, 0)
	var s stream
	w, err := NewWAVWriterSize(&s, 24000, int64(len(in)))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if file := writeWAV(t, 24000, in); !bytes.Equal(s.Bytes(), file) {
		t.Fatal("a stream of known length differs from the file")
	}

	var over stream
	w, err = NewWAVWriterSize(&over, 24000, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in[:11]); err == nil {
		t.Error("writing 11 samples into a stream stated as 10 succeeded")
	}
	var under stream
	w, err = NewWAVWriterSize(&under, 24000, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in[:9]); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err == nil {
		t.Error("closing after 9 of 10 stated samples succeeded")
	}
	// On a seekable destination the short file is still patched to what it holds.
	var f memFile
	w, err = NewWAVWriterSize(&f, 24000, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in[:9]); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err == nil {
		t.Error("closing a file after 9 of 10 stated samples succeeded")
	}
	if got := binary.LittleEndian.Uint32(f.b[40:]); got != 18 {
		t.Errorf("data size %d after 9 samples, want 18", got)
	}
	for _, n := range []int64{-1, maxWAVSamples + 1} {
		if _, err := NewWAVWriterSize(&stream{}, 24000, n); err == nil {
			t.Errorf("length %d accepted", n)
		}
	}
}

// TestWAVAtOffset: a WAV written into a seekable destination that already holds data (standard
// output redirected into the middle of a file) is patched where it starts, not at offset 0, and
// the position is left at its end.
func TestWAVAtOffset(t *testing.T) {
	in := sine(1500, 8000, 300, 0.5, 0)
	f := memFile{}
	prefix := []byte("some bytes before the WAV")
	if _, err := f.Write(prefix); err != nil {
		t.Fatal(err)
	}
	w, err := NewWAVWriter(&f, 8000)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(in); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f.b[:len(prefix)], prefix) {
		t.Fatalf("the bytes before the WAV changed: %q", f.b[:len(prefix)])
	}
	if file := writeWAV(t, 8000, in); !bytes.Equal(f.b[len(prefix):], file) {
		t.Fatal("the WAV after the prefix differs from the same WAV written alone")
	}
	if want := int64(len(f.b)); f.off != want {
		t.Errorf("position %d after Close, want the end (%d)", f.off, want)
	}
}

// TestWAVPipe writes into a real pipe, whose Seek fails (ESPIPE): the writer streams.
func TestWAVPipe(t *testing.T) {
	r, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	in := sine(4000, 22050, 440, 0.5, 0)
	done := make(chan error, 1)
	go func() {
		defer pw.Close()
		w, err := NewWAVWriter(pw, 22050)
		if err == nil {
			err = w.Write(in)
		}
		if err == nil {
			err = w.Close()
		}
		done <- err
	}()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("writing into a pipe: %v", err)
	}
	if got := binary.LittleEndian.Uint32(b[40:]); got != 0xFFFFFFFF {
		t.Errorf("data size %#x on a pipe, want 0xFFFFFFFF", got)
	}
	out, _, err := ReadWAV(bytes.NewReader(b))
	if err != nil || len(out) != len(in) {
		t.Fatalf("ReadWAV = %d samples, %v; want %d", len(out), err, len(in))
	}
}
