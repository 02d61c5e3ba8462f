package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorus-tts/chorus/server"
	"github.com/chorus-tts/chorus/synth"
)

// openaiModule finds the openai npm package that `make test` installs (make deps-web), or
// the one CHORUS_OPENAI_MODULE names. Without it (or without node) the test fails, saying how to
// get them: it is a precondition make test provides.
func openaiModule(t *testing.T) (node, module string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not installed: run make test (or make deps-web), which installs Debian's nodejs and npm and the openai package: %v", err)
	}
	module = os.Getenv("CHORUS_OPENAI_MODULE")
	if module == "" {
		module, err = filepath.Abs(filepath.Join("..", "..", ".dev", "node", "node_modules", "openai"))
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(module, "package.json")); err != nil {
		t.Fatalf("the openai npm package is not installed at %s: run make deps-web (make test does): %v", module, err)
	}
	return node, module
}

// The official openai package, pointed at the API by its base URL, speaks, streams and gets its
// typed errors, with a token the server checks; an OpenAI voice name the operator aliased is
// spoken by its voice, one it did not is 404; the package's custom-voice object ({id}) names a
// Chorus voice.
func TestOpenAINodeClient(t *testing.T) {
	node, module := openaiModule(t)
	st := start(t, stackOpts{server: server.Options{Auth: tokens{"sk-chorus-test": "node"}}, http: Options{VoiceAliases: VoiceAliases{"shimmer": "mia"}}})
	dir := t.TempDir()
	input := "Hello from the OpenAI client. It costs $3.50."
	long := strings.Repeat("This sentence is one of many in a long input. ", 30)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("testdata", "openai_client.cjs"))
	cmd.Env = append(os.Environ(), "OPENAI_MODULE="+module, "OPENAI_BASE_URL="+st.url+"/v1",
		"OPENAI_API_KEY=sk-chorus-test", "OUT_DIR="+dir, "INPUT="+input, "LONG="+long)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.Bytes())
	}
	var got struct {
		WAV, PCM                                     struct{ ContentType string }
		Stream                                       struct{ Pieces, Bytes int }
		UnknownVoice, BadSpeed, EmptyInput, WrongKey struct {
			Class   string
			Status  int
			Param   *string
			Type    *string
			Message string
		}
	}
	if err := json.Unmarshal(stdout, &got); err != nil {
		t.Fatalf("node printed %q: %v", stdout, err)
	}

	want := enginePCM(t, synth.Request{SampleRate: 24000, Rate: 1.25, Parts: []synth.Part{{Voice: "ava", Style: "cheerful", Text: input}}})
	_, wavPCMBytes := wavPCM(t, readFile(t, filepath.Join(dir, "speech.wav")))
	if !bytes.Equal(wavPCMBytes, want) {
		t.Errorf("the WAV the client saved holds %d bytes of PCM; the engine renders %d: they differ", len(wavPCMBytes), len(want))
	}
	if pcm := readFile(t, filepath.Join(dir, "speech.pcm")); !bytes.Equal(pcm, want) {
		t.Errorf("the PCM the client saved has %d bytes; the engine renders %d: they differ", len(pcm), len(want))
	}
	if got.WAV.ContentType != "audio/wav" || got.PCM.ContentType != "audio/pcm" {
		t.Errorf("content types %q, %q", got.WAV.ContentType, got.PCM.ContentType)
	}
	_, aliasPCM := wavPCM(t, readFile(t, filepath.Join(dir, "alias.wav")))
	if want := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "mia", Text: "Hello."}}}); !bytes.Equal(aliasPCM, want) {
		t.Errorf("voice shimmer (an alias of mia) gave %d bytes of PCM; mia renders %d: they differ", len(aliasPCM), len(want))
	}
	if want := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "kit", Text: "Hello."}}}); !bytes.Equal(readFile(t, filepath.Join(dir, "custom.pcm")), want) {
		t.Errorf("voice {id: kit} (the package's custom-voice object) did not give kit's %d bytes of PCM", len(want))
	}
	wantLong := enginePCM(t, synth.Request{SampleRate: 24000, Parts: []synth.Part{{Voice: "joe", Text: long}}})
	if got.Stream.Bytes != len(wantLong) || got.Stream.Pieces < 2 {
		t.Errorf("streamed %d bytes in %d pieces; want the engine's %d in several", got.Stream.Bytes, got.Stream.Pieces, len(wantLong))
	}
	str := func(p *string) string {
		if p == nil {
			return "<null>"
		}
		return *p
	}
	for _, c := range []struct {
		name              string
		got               string
		status            int
		class, param, typ string
	}{
		{"unknown voice", got.UnknownVoice.Class, got.UnknownVoice.Status, "NotFoundError", str(got.UnknownVoice.Param), str(got.UnknownVoice.Type)},
		{"bad speed", got.BadSpeed.Class, got.BadSpeed.Status, "BadRequestError", str(got.BadSpeed.Param), str(got.BadSpeed.Type)},
		{"empty input", got.EmptyInput.Class, got.EmptyInput.Status, "BadRequestError", str(got.EmptyInput.Param), str(got.EmptyInput.Type)},
	} {
		if c.got != c.class {
			t.Errorf("%s: the client raised %q, want %s", c.name, c.got, c.class)
		}
		if c.typ != typeInvalidRequest {
			t.Errorf("%s: error type %q", c.name, c.typ)
		}
	}
	if got.UnknownVoice.Status != 404 || str(got.UnknownVoice.Param) != "voice" || !strings.Contains(got.UnknownVoice.Message, "ava") {
		t.Errorf("unknown voice: %+v; want 404 on voice, listing the voices", got.UnknownVoice)
	}
	if got.BadSpeed.Status != 400 || str(got.BadSpeed.Param) != "speed" {
		t.Errorf("bad speed: %+v; want 400 on speed", got.BadSpeed)
	}
	if got.EmptyInput.Status != 400 || str(got.EmptyInput.Param) != "input" {
		t.Errorf("empty input: %+v; want 400 on input", got.EmptyInput)
	}
	if got.WrongKey.Class != "AuthenticationError" || got.WrongKey.Status != 401 {
		t.Errorf("wrong key: %+v; want AuthenticationError, 401", got.WrongKey)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
