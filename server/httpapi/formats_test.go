package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/synth"
)

// probe runs ffprobe (Debian's ffmpeg, which make test installs) on a file and returns the codec,
// the sample rate and the duration of its audio stream, decoding it whole for the duration.
func probe(t *testing.T, path string) (codec string, rate int, seconds float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ffprobe", "-v", "error", "-count_packets", "-show_entries",
		"stream=codec_name,sample_rate:format=duration", "-of", "json", path).Output()
	if err != nil {
		t.Fatalf("ffprobe %s: %v (run make test, which installs ffmpeg)", path, err)
	}
	var p struct {
		Streams []struct {
			CodecName  string `json:"codec_name"`
			SampleRate string `json:"sample_rate"`
		}
		Format struct{ Duration string }
	}
	if err := json.Unmarshal(out, &p); err != nil || len(p.Streams) != 1 {
		t.Fatalf("ffprobe %s said %s (%v)", path, out, err)
	}
	rate, _ = strconv.Atoi(p.Streams[0].SampleRate)
	seconds, _ = strconv.ParseFloat(p.Format.Duration, 64)
	return p.Streams[0].CodecName, rate, seconds
}

// decodePCM decodes a file to 16-bit mono PCM at rate with ffmpeg.
func decodePCM(t *testing.T, path string, rate int) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ffmpeg", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", strconv.Itoa(rate), "-").Output()
	if err != nil {
		t.Fatalf("ffmpeg %s: %v", path, err)
	}
	return out
}

// Each compressed format comes out as a stream of its codec that decoders read whole: FLAC
// gives back the engine's samples exactly; MP3 and Opus last as long as the PCM within one codec
// frame (their decoders add the encoder's delay and pad to whole frames).
func TestSpeechCompressedFormats(t *testing.T) {
	st := start(t, stackOpts{})
	text := "Compressed formats stream too. This is the second sentence of the paragraph."
	want := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "sam", Text: text}}})
	wantSec := float64(len(want)/2) / 24000
	dir := t.TempDir()
	for _, tc := range []struct {
		format, ctype, codec string
		rate                 int
		frame                float64 // seconds of one codec frame
	}{
		{"flac", "audio/flac", "flac", 24000, 0},
		{"mp3", "audio/mpeg", "mp3", 24000, 576.0 / 24000}, // MPEG-2 layer III: 576 samples a frame
		{"opus", "audio/ogg; codecs=opus", "opus", 48000, 0.020},
	} {
		t.Run(tc.format, func(t *testing.T) {
			resp := post(t, st.url+"/v1/audio/speech", fmt.Sprintf(`{"input":%q,"voice":"sam","response_format":%q}`, text, tc.format))
			body := readAll(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != tc.ctype {
				t.Errorf("Content-Type %q, want %q", ct, tc.ctype)
			}
			path := filepath.Join(dir, "speech."+tc.format)
			if err := os.WriteFile(path, body, 0o644); err != nil {
				t.Fatal(err)
			}
			codec, rate, _ := probe(t, path)
			if codec != tc.codec || rate != tc.rate {
				t.Errorf("ffprobe: %s at %d Hz, want %s at %d Hz", codec, rate, tc.codec, tc.rate)
			}
			pcm := decodePCM(t, path, 24000)
			if tc.format == "flac" {
				if !bytes.Equal(pcm, want) {
					t.Errorf("FLAC decodes to %d bytes, the engine's PCM has %d: they differ", len(pcm), len(want))
				}
				return
			}
			// Decoded length: the PCM, plus the encoder's delay and the padding of the last frame
			// (MP3 from a stream has no header to trim them: LAME's delay is 1105 samples at most,
			// under two frames); Opus is trimmed by its pre-skip, to within a frame.
			got := float64(len(pcm)/2) / 24000
			slack := tc.frame
			if tc.format == "mp3" {
				slack = 4 * tc.frame
			}
			if got < wantSec-tc.frame || got > wantSec+slack || math.IsNaN(got) {
				t.Errorf("decodes to %.4f s; the PCM lasts %.4f s (allowed %.4f s under, %.4f s over)", got, wantSec, tc.frame, slack)
			}
		})
	}
}
