package encode_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chorus-tts/chorus/encode"
)

// The tests check every format by decoding it with FFmpeg, a decoder nobody here wrote
// (Debian's ffmpeg package; make test installs it).

func needFFmpeg(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"ffmpeg", "ffprobe"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps-test installs Debian's ffmpeg): %v", tool, err)
		}
	}
}

// probe is what ffprobe says about a file's first audio stream.
type probe struct {
	Codec    string
	Rate     int
	Channels int
	Format   string // container
}

func ffprobe(t *testing.T, path string) probe {
	t.Helper()
	out, err := exec.Command("ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", path).Output()
	if err != nil {
		t.Fatalf("ffprobe %s: %v: %s", filepath.Base(path), err, stderrOf(err))
	}
	var r struct {
		Streams []struct {
			CodecName  string `json:"codec_name"`
			CodecType  string `json:"codec_type"`
			SampleRate string `json:"sample_rate"`
			Channels   int    `json:"channels"`
		} `json:"streams"`
		Format struct {
			FormatName string `json:"format_name"`
		} `json:"format"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("ffprobe output: %v: %s", err, out)
	}
	if len(r.Streams) != 1 || r.Streams[0].CodecType != "audio" {
		t.Fatalf("ffprobe found %d streams, want one audio stream: %s", len(r.Streams), out)
	}
	s := r.Streams[0]
	rate, err := strconv.Atoi(s.SampleRate)
	if err != nil {
		t.Fatalf("ffprobe sample rate %q: %v", s.SampleRate, err)
	}
	return probe{Codec: s.CodecName, Rate: rate, Channels: s.Channels, Format: r.Format.FormatName}
}

// ffdecode decodes path with ffmpeg to mono float samples at the stream's own rate. input are
// ffmpeg's options for the input (the format of a headerless file).
func ffdecode(t *testing.T, path string, input ...string) []float32 {
	t.Helper()
	args := append([]string{"-v", "error", "-nostdin"}, input...)
	args = append(args, "-i", path, "-f", "f32le", "-acodec", "pcm_f32le", "-")
	out, err := exec.Command("ffmpeg", args...).Output()
	if err != nil {
		t.Fatalf("ffmpeg decoding %s: %v: %s", filepath.Base(path), err, stderrOf(err))
	}
	if len(out)%4 != 0 {
		t.Fatalf("ffmpeg gave %d bytes, not whole float samples", len(out))
	}
	x := make([]float32, len(out)/4)
	for i := range x {
		x[i] = math.Float32frombits(binary.LittleEndian.Uint32(out[4*i:]))
	}
	return x
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(bytes.TrimSpace(ee.Stderr))
	}
	return ""
}

// rawInput is ffmpeg's input options for a headerless format at rate.
func rawInput(f encode.Format, rate int) []string {
	name := map[encode.Format]string{encode.PCM: "s16le", encode.MuLaw: "mulaw", encode.ALaw: "alaw"}[f]
	if name == "" {
		return nil
	}
	return []string{"-f", name, "-ar", strconv.Itoa(rate), "-ac", "1"}
}

// writeTemp writes b to a new file named for format f in a test directory.
func writeTemp(t *testing.T, f encode.Format, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "out."+f.Extension())
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
