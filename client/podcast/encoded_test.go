package podcast

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chorus-tts/chorus/encode"
	"github.com/chorus-tts/chorus/internal/testkit"
)

const encodedEpisode = "A: Hello there, this is the episode in another format.\nB: And every format holds the same samples."

// TestRenderFormats renders one episode as WAV and through package encode as raw PCM and FLAC:
// the PCM file is the WAV file's data, byte for byte, and FFmpeg decodes the FLAC file to the
// same 16-bit samples (both lossless: the encoders get exactly the samples a WAV file holds).
func TestRenderFormats(t *testing.T) {
	dir := t.TempDir()
	eng := testkit.Engine(t)
	req := request(t, encodedEpisode)
	outs := map[encode.Format]string{}
	var results []Result
	for _, f := range []encode.Format{"", encode.PCM, encode.FLAC} {
		name := "ep." + map[encode.Format]string{"": "wav"}[f] + f.Extension()
		out := filepath.Join(dir, name)
		res, err := Render(context.Background(), eng, req, Options{Output: out, Format: f})
		if err != nil {
			t.Fatalf("%q: %v", f, err)
		}
		outs[f] = out
		results = append(results, res)
	}
	for _, r := range results[1:] {
		if r.LoudnessAfter != results[0].LoudnessAfter || r.GainDB != results[0].GainDB {
			t.Errorf("result %+v differs from the WAV render's %+v", r, results[0])
		}
	}
	wav := testkit.ReadFile(t, outs[""])
	if string(wav[:4]) != "RIFF" || len(wav) < 44 {
		t.Fatalf("the WAV render is not a WAV file")
	}
	data := wav[44:]
	if pcm := testkit.ReadFile(t, outs[encode.PCM]); !bytes.Equal(pcm, data) {
		t.Errorf("the PCM render (%d bytes) is not the WAV render's data (%d bytes)", len(pcm), len(data))
	}
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skipf("ffmpeg is not installed (make deps-test installs it): %v", err)
	}
	dec, err := exec.Command("ffmpeg", "-v", "error", "-nostdin", "-i", outs[encode.FLAC], "-f", "s16le", "-").Output()
	if err != nil {
		t.Fatalf("ffmpeg decoding the FLAC render: %v", err)
	}
	if !bytes.Equal(dec, data) {
		t.Errorf("the FLAC render decodes to %d bytes, not the WAV render's %d bytes of data", len(dec), len(data))
	}
}

// TestRenderUnknownFormat checks that a format package encode does not know is refused before
// any work: no file is created.
func TestRenderUnknownFormat(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ep.aac")
	_, err := Render(context.Background(), testkit.Engine(t), request(t, encodedEpisode), Options{Output: out, Format: "aac"})
	if !errors.Is(err, encode.ErrUnknownFormat) || !errors.Is(err, ErrRender) {
		t.Fatalf("error %v, want ErrRender and ErrUnknownFormat", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s exists after the refusal (%v)", out, err)
	}
	if names := readDir(t, dir); len(names) != 0 {
		t.Errorf("files left: %v", names)
	}
}
